//! The widget's state and the one reducer that changes it. Components render this state and send
//! [`Action`]s; nothing else mutates it. Pure: no web dependency, tested natively.

use crate::catalog::Tier;
use crate::dataset;
use crate::questions::{Answers, Question};
use crate::url_state::{self, Theme, UrlState};
use std::rc::Rc;
use yew::Reducible;

/// At most this many models side by side: the limit of the `compare=` URL value.
pub use crate::url_state::MAX_COMPARE;

/// Where the reader is in the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Ask(Question),
    /// All answers, with links to change each.
    Summary,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// Answers and settings, exactly what the URL holds.
    pub url: UrlState,
    pub step: Step,
    /// URL keys whose values were ignored when the page loaded, for the notice.
    pub ignored: Vec<&'static str>,
    /// Bumped when the reader moves to another step, so the view moves focus to its heading
    /// (never on page load: an embedded widget must not steal focus).
    pub focus_request: u32,
    /// Whether the reader has changed anything: until then the address bar is left alone.
    pub touched: bool,
    /// The kind of site the share panel writes its embed snippet for (not part of the URL).
    pub snippet_host: crate::embed::Host,
    /// What the last copy button did, announced by the share panel's status line.
    pub copy_status: &'static str,
    /// The models whose details are open, in the order they were opened: only these render
    /// their full facts. The URL's `model=` is the last of them.
    pub open: Vec<&'static str>,
    /// The kinds whose ruled-out models the reader has asked to see: elsewhere they are collapsed
    /// into one "N ruled out" button, so the fitting ones stand out.
    pub shown_excluded: Vec<Tier>,
    /// The kinds whose "Show all" box the reader ticked: on the full page the rows after a
    /// kind's first three are rendered whole only then (before, each is its bare element with
    /// its hooks, which the page does not display), so that the page holds about 400 elements
    /// rather than one row's six per model (the report's DOM budget, issue 19).
    pub kinds_shown: Vec<Tier>,
    /// Embedded: whether the reader asked for every model, rather than the first few rows (which
    /// keep the frame short in a blog post).
    pub show_all: bool,
    /// Where the models' whole records are: fetched when a reader first opens one (`dataset.rs`).
    pub facts: FactsLoad,
    /// Embedded: the theme the host page asks for (its own dark mode, or `setTheme`). It is how
    /// the frame looks, not a setting of the link: the "Open full page" link keeps `theme=` only
    /// when the embed's own address has it.
    pub host_theme: Option<Theme>,
    /// While the app starts in slices (docs/ARCHITECTURE.md, "Start-up"): how many of the
    /// catalogue's models have their row rendered so far, a slice more a task (`Action::MoreRows`);
    /// `usize::MAX` when the app renders whole at once.
    pub rows_ready: usize,
    /// Whether the app is on the page: `false` while it is built in slices beside the
    /// pre-rendered screen, which the reader uses meanwhile.
    pub live: bool,
}

/// The fetch of the models' whole records, which opened details show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FactsLoad {
    /// Not asked for yet: no model has been opened.
    #[default]
    NotAsked,
    Loading,
    Loaded,
    /// The file could not be fetched or read: opened details say so and link the dataset.
    Failed,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Answer(Question, &'static str),
    Next,
    Back,
    GoTo(Step),
    Restart,
    ToggleCompare(&'static str),
    ClearCompare,
    DismissNotice,
    SetTheme(Theme),
    /// The share panel's kind of site for its embed snippet.
    SetSnippetHost(crate::embed::Host),
    /// A copy to the clipboard finished: the message to announce.
    Copied(&'static str),
    /// Opens or closes a model's details.
    ToggleDetails(&'static str),
    /// The find box's text.
    Find(String),
    /// Shows or collapses the ruled-out models of one kind.
    ToggleExcluded(Tier),
    /// The "Show all" box of one kind: every model of the kind, or its first three.
    ToggleKindRows(Tier),
    /// Embedded: shows every model.
    ShowAll,
    /// The fetch of the models' whole records started or ended.
    Facts(FactsLoad),
    /// Starting in slices: [`rows::START_SLICE`](crate::rows::START_SLICE) rows more.
    MoreRows,
    /// The app replaced the pre-rendered screen: the answers the reader gave there meanwhile
    /// (each question's checked radio, as the page had it) are applied, never lost.
    Live(Vec<(Question, String)>),
}

impl Action {
    /// Whether the action is the reader changing what the URL holds (answers, steps, comparison,
    /// theme, open model, find text): from the first one on, the address bar follows the state.
    /// The share panel's settings and what is collapsed are not in the URL.
    fn touches_url(&self) -> bool {
        !matches!(
            self,
            Action::SetSnippetHost(_)
                | Action::Copied(_)
                | Action::ToggleExcluded(_)
                | Action::ToggleKindRows(_)
                | Action::ShowAll
                | Action::Facts(_)
                | Action::SetTheme(_)
                | Action::MoreRows
                | Action::Live(_)
        )
    }
}

/// Adds `tier` to `list`, or removes it if it is there.
fn toggle(list: &mut Vec<Tier>, tier: Tier) {
    match list.iter().position(|&t| t == tier) {
        Some(at) => {
            list.remove(at);
        }
        None => list.push(tier),
    }
}

impl AppState {
    /// The state a page opened with `query` (its `location.search`) starts in.
    pub fn from_query(query: &str) -> AppState {
        let parsed = url_state::parse(query, |id| dataset::catalogue().model(id).is_some());
        let step = first_open_step(&parsed.state.answers);
        // `model=` names a model of the catalog (the parser checked), so this always finds it.
        let open = parsed
            .state
            .model
            .as_deref()
            .and_then(|id| dataset::catalogue().model(id))
            .map(|m| vec![&*m.id])
            .unwrap_or_default();
        AppState {
            url: parsed.state,
            step,
            ignored: parsed.invalid,
            focus_request: 0,
            touched: false,
            snippet_host: crate::embed::Host::Html,
            copy_status: "",
            open,
            shown_excluded: Vec::new(),
            kinds_shown: Vec::new(),
            show_all: false,
            facts: FactsLoad::NotAsked,
            host_theme: None,
            rows_ready: usize::MAX,
            live: true,
        }
    }

    pub fn answers(&self) -> &Answers {
        &self.url.answers
    }

    /// The questions asked, in order.
    pub fn steps(&self) -> Vec<Question> {
        self.url.answers.steps()
    }

    /// "Step n of N" for a question step.
    pub fn position(&self) -> Option<(usize, usize)> {
        let Step::Ask(q) = self.step else {
            return None;
        };
        let steps = self.steps();
        steps
            .iter()
            .position(|&s| s == q)
            .map(|i| (i + 1, steps.len()))
    }

    /// The canonical query string of the current state.
    pub fn query(&self) -> String {
        url_state::print(&self.url)
    }

    fn moved(mut self, step: Step) -> AppState {
        if step != self.step {
            self.step = step;
            self.focus_request += 1;
        }
        self
    }
}

/// The first unanswered question, or the summary when everything is answered.
fn first_open_step(answers: &Answers) -> Step {
    answers
        .steps()
        .into_iter()
        .find(|&q| answers.chosen(q).is_none())
        .map(Step::Ask)
        .unwrap_or(if answers.is_empty() {
            Step::Ask(Question::ALL[0])
        } else {
            Step::Summary
        })
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.touched |= action.touches_url();
        let steps = next.steps();
        let next = match action {
            Action::Answer(q, id) => {
                if !next.url.answers.change(q, id) {
                    // Nothing changes: returning the same Rc skips the re-render.
                    return self;
                }
                next
            }
            Action::Next => match next.step {
                Step::Ask(q) => {
                    let at = steps.iter().position(|&s| s == q).unwrap_or(0);
                    let to = steps.get(at + 1).map_or(Step::Summary, |&s| Step::Ask(s));
                    next.moved(to)
                }
                Step::Summary => return self,
            },
            Action::Back => {
                let to = match next.step {
                    Step::Ask(q) => {
                        let at = steps.iter().position(|&s| s == q).unwrap_or(0);
                        if at == 0 {
                            return self;
                        }
                        Step::Ask(steps[at - 1])
                    }
                    Step::Summary => Step::Ask(*steps.last().unwrap_or(&Question::ALL[0])),
                };
                next.moved(to)
            }
            Action::GoTo(step) => {
                if let Step::Ask(q) = step {
                    if !next.url.answers.is_asked(q) {
                        return self;
                    }
                }
                next.moved(step)
            }
            Action::Restart => {
                next.url.answers = Answers::default();
                next.url.compare.clear();
                next.url.find.clear();
                next.url.model = None;
                next.open.clear();
                next.moved(Step::Ask(Question::ALL[0]))
            }
            Action::ToggleCompare(id) => {
                if let Some(at) = next.url.compare.iter().position(|c| c == id) {
                    next.url.compare.remove(at);
                } else if next.url.compare.len() < MAX_COMPARE
                    && dataset::catalogue().model(id).is_some()
                {
                    next.url.compare.push(id.to_owned());
                } else {
                    return self;
                }
                next
            }
            Action::ClearCompare => {
                if next.url.compare.is_empty() {
                    return self;
                }
                next.url.compare.clear();
                next
            }
            Action::DismissNotice => {
                next.ignored.clear();
                next
            }
            Action::SetTheme(theme) => {
                next.host_theme = Some(theme);
                next
            }
            Action::SetSnippetHost(host) => {
                if host == self.snippet_host {
                    return self;
                }
                next.snippet_host = host;
                next
            }
            Action::Copied(status) => {
                next.copy_status = status;
                next
            }
            Action::ToggleDetails(id) => {
                if let Some(at) = next.open.iter().position(|&o| o == id) {
                    next.open.remove(at);
                } else if let Some(model) = dataset::catalogue().model(id) {
                    next.open.push(&model.id);
                } else {
                    return self;
                }
                next.url.model = next.open.last().map(|&id| id.to_owned());
                next
            }
            Action::Find(text) => {
                // The same bound as a link's `q=`: the input's maxlength keeps to it, and a
                // state that could not round-trip through the URL must never exist.
                let text: String = text
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(url_state::MAX_FIND)
                    .collect();
                if text == self.url.find {
                    return self;
                }
                next.url.find = text;
                next
            }
            Action::ToggleExcluded(tier) => {
                toggle(&mut next.shown_excluded, tier);
                next
            }
            Action::ToggleKindRows(tier) => {
                toggle(&mut next.kinds_shown, tier);
                next
            }
            Action::ShowAll => {
                if self.show_all {
                    return self;
                }
                next.show_all = true;
                next
            }
            Action::Facts(load) => {
                next.facts = load;
                next
            }
            Action::MoreRows => {
                next.rows_ready = next.rows_ready.saturating_add(crate::rows::START_SLICE);
                next
            }
            Action::Live(early) => {
                next.live = true;
                // As if answered in the app: the address bar follows, and the flow stays on the
                // question of the last answer given.
                for (q, value) in &early {
                    if next.url.answers.change(*q, value) {
                        next.touched = true;
                        next.step = Step::Ask(*q);
                    }
                }
                next
            }
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: AppState, actions: &[Action]) -> AppState {
        let mut rc = Rc::new(state);
        for a in actions {
            rc = rc.reduce(a.clone());
        }
        (*rc).clone()
    }

    #[test]
    fn starting_in_slices_adds_rows_then_applies_the_answers_given_meanwhile() {
        let mut s = AppState::from_query("?scale=business");
        assert_eq!(
            (s.rows_ready, s.live),
            (usize::MAX, true),
            "whole by default"
        );
        s.rows_ready = 0;
        s.live = false;
        let s = reduce(s, &[Action::MoreRows, Action::MoreRows]);
        assert_eq!(s.rows_ready, 2 * crate::rows::START_SLICE);
        assert!(!s.touched, "rows are not the reader's doing");
        // The pre-rendered page's radios: one new answer, one as the URL had it, one a value
        // the question does not have (a page of another build), which is ignored.
        let early = vec![
            (Question::Deploy, "self".to_owned()),
            (Question::Scale, "business".to_owned()),
            (Question::Outputs, "<b>".to_owned()),
        ];
        let live = reduce(s.clone(), &[Action::Live(early)]);
        assert!(live.live);
        assert_eq!(live.answers().chosen(Question::Deploy), Some("self"));
        assert_eq!(live.answers().chosen(Question::Scale), Some("business"));
        assert_eq!(live.answers().chosen(Question::Outputs), None);
        assert!(live.touched, "the address bar follows the early answer");
        assert_eq!(
            live.step,
            Step::Ask(Question::Deploy),
            "the flow stays on it"
        );
        assert_eq!(
            live.focus_request, s.focus_request,
            "no focus moves on load"
        );
        // Nothing answered meanwhile: the address bar is left alone.
        let quiet = reduce(
            s,
            &[Action::Live(vec![(Question::Scale, "business".into())])],
        );
        assert!(quiet.live && !quiet.touched);
        assert_eq!(quiet.step, first_open_step(quiet.answers()));
    }

    #[test]
    fn the_host_pages_theme_changes_the_look_not_the_link() {
        let s = AppState::from_query("?embed=1&deploy=self");
        let s = Rc::new(s).reduce(Action::SetTheme(Theme::Dark));
        assert_eq!(s.host_theme, Some(Theme::Dark));
        assert_eq!(s.url.theme, Theme::Auto, "not a setting of the link");
        assert!(!s.touched);
        assert_eq!(crate::embed::full_page_href(&s.url), "./?deploy=self");
    }

    #[test]
    fn a_fresh_page_starts_at_the_first_question_and_leaves_the_url_alone() {
        let s = AppState::from_query("");
        assert_eq!(s.step, Step::Ask(Question::Deploy));
        assert_eq!(s.position(), Some((1, 8)));
        assert!(!s.touched);
        assert_eq!(s.focus_request, 0);
    }

    #[test]
    fn a_link_restores_answers_and_opens_at_the_first_open_question() {
        let s = AppState::from_query("?deploy=self&hardware=gpu&scale=business");
        assert_eq!(s.answers().get(Question::Hardware), Some("gpu"));
        assert_eq!(s.step, Step::Ask(Question::Customize));
        assert_eq!(s.query(), "?deploy=self&hardware=gpu&scale=business");
        let all = "?deploy=api&scale=large&customize=no&outputs=no&transparency=docs&restrictions=yes&region=eu";
        assert_eq!(AppState::from_query(all).step, Step::Summary);
    }

    #[test]
    fn a_bad_value_is_ignored_and_named() {
        let s = AppState::from_query("?deploy=moon&scale=business&utm_source=x");
        assert_eq!(s.ignored, ["deploy"]);
        assert_eq!(s.answers().get(Question::Scale), Some("business"));
        let s = reduce(s, &[Action::DismissNotice]);
        assert!(s.ignored.is_empty());
    }

    #[test]
    fn next_and_back_walk_the_asked_steps_and_keep_answers() {
        let s = reduce(
            AppState::from_query(""),
            &[Action::Answer(Question::Deploy, "api"), Action::Next],
        );
        // hardware is not asked after deploy=api.
        assert_eq!(s.step, Step::Ask(Question::Scale));
        assert_eq!(s.position(), Some((2, 7)));
        assert_eq!(s.focus_request, 1);
        let s = reduce(s, &[Action::Back]);
        assert_eq!(s.step, Step::Ask(Question::Deploy));
        assert_eq!(
            s.answers().chosen(Question::Deploy),
            Some("api"),
            "kept when going back"
        );
        let s = reduce(s, &[Action::Back]);
        assert_eq!(s.focus_request, 2, "Back on the first step does nothing");
        let mut s = s;
        for _ in 0..10 {
            s = reduce(s, &[Action::Next]);
        }
        assert_eq!(s.step, Step::Summary);
        let s = reduce(s, &[Action::Back]);
        assert_eq!(s.step, Step::Ask(Question::Region));
    }

    #[test]
    fn jumping_restarting_and_comparing() {
        let s = reduce(
            AppState::from_query("?deploy=self&compare=olmo-3"),
            &[Action::GoTo(Step::Ask(Question::Hardware))],
        );
        assert_eq!(s.step, Step::Ask(Question::Hardware));
        let s = reduce(
            s,
            &[
                Action::ToggleCompare("gpt-5"),
                Action::ToggleCompare("deepseek-r1"),
                Action::ToggleCompare("pythia"),
            ],
        );
        assert_eq!(
            s.url.compare,
            ["olmo-3", "gpt-5", "deepseek-r1"],
            "three at most"
        );
        let s = reduce(s, &[Action::ToggleCompare("olmo-3")]);
        assert_eq!(s.url.compare, ["gpt-5", "deepseek-r1"]);
        assert_eq!(s.query(), "?deploy=self&compare=gpt-5,deepseek-r1");
        let s = reduce(s, &[Action::Restart]);
        assert!(s.answers().is_empty() && s.url.compare.is_empty());
        assert_eq!(s.step, Step::Ask(Question::Deploy));
        assert_eq!(s.query(), "");
    }

    #[test]
    fn the_share_panel_settings_leave_the_answers_and_the_address_bar_alone() {
        let start = AppState::from_query("?deploy=self");
        let s = reduce(
            start.clone(),
            &[
                Action::SetSnippetHost(crate::embed::Host::Sphinx),
                Action::Copied("Link copied."),
            ],
        );
        assert_eq!(s.snippet_host, crate::embed::Host::Sphinx);
        assert_eq!(s.copy_status, "Link copied.");
        assert!(!s.touched, "the address bar is not rewritten");
        assert_eq!(s.url, start.url);
        let s = Rc::new(s);
        let same = s
            .clone()
            .reduce(Action::SetSnippetHost(crate::embed::Host::Sphinx));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn details_open_and_close_and_model_follows_the_last_opened() {
        let s = reduce(
            AppState::from_query(""),
            &[
                Action::ToggleDetails("olmo-3"),
                Action::ToggleDetails("gpt-5"),
            ],
        );
        assert_eq!(s.open, ["olmo-3", "gpt-5"]);
        assert_eq!(s.url.model.as_deref(), Some("gpt-5"));
        assert!(s.touched, "the address bar links to the open model");
        assert_eq!(s.query(), "?model=gpt-5");
        let s = reduce(s, &[Action::ToggleDetails("gpt-5")]);
        assert_eq!(s.open, ["olmo-3"]);
        assert_eq!(s.url.model.as_deref(), Some("olmo-3"));
        let s = reduce(s, &[Action::ToggleDetails("olmo-3")]);
        assert!(s.open.is_empty());
        assert_eq!(s.url.model, None);
        // An unknown id changes nothing.
        let s = Rc::new(s);
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::ToggleDetails("llama-9"))
        ));
    }

    #[test]
    fn a_link_to_a_model_opens_it() {
        let s = AppState::from_query("?model=qwen3.6-max");
        assert_eq!(s.open, ["qwen3.6-max"]);
        assert!(!s.touched);
        let s = AppState::from_query("?model=nope");
        assert!(s.open.is_empty());
        assert_eq!(s.ignored, ["model"]);
    }

    #[test]
    fn the_find_text_is_kept_bounded_and_plain() {
        let s = reduce(
            AppState::from_query(""),
            &[Action::Find("Apache qwen".into())],
        );
        assert_eq!(s.url.find, "Apache qwen");
        assert_eq!(s.query(), "?q=Apache+qwen");
        let long = "x".repeat(500) + "\n";
        let s = reduce(s, &[Action::Find(long)]);
        assert_eq!(s.url.find.chars().count(), crate::url_state::MAX_FIND);
        assert_eq!(
            AppState::from_query(&s.query()).url,
            s.url,
            "it round-trips"
        );
        let s = reduce(s, &[Action::Restart]);
        assert_eq!(s.url.find, "");
    }

    #[test]
    fn ruled_out_groups_show_all_and_kind_boxes_leave_the_address_bar_alone() {
        let s = reduce(
            AppState::from_query(""),
            &[
                Action::ToggleExcluded(Tier::Closed),
                Action::ToggleExcluded(Tier::OpenSource),
                Action::ToggleExcluded(Tier::Closed),
                Action::ToggleKindRows(Tier::OpenWeights),
                Action::ToggleKindRows(Tier::Closed),
                Action::ToggleKindRows(Tier::OpenWeights),
                Action::ShowAll,
            ],
        );
        assert_eq!(s.shown_excluded, [Tier::OpenSource]);
        assert_eq!(s.kinds_shown, [Tier::Closed]);
        assert!(s.show_all);
        assert!(!s.touched);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let s = Rc::new(reduce(
            AppState::from_query(""),
            &[Action::Answer(Question::Deploy, "self")],
        ));
        let same = s.clone().reduce(Action::Answer(Question::Deploy, "self"));
        assert!(Rc::ptr_eq(&s, &same));
        let same = s.clone().reduce(Action::Answer(Question::Deploy, "moon"));
        assert!(Rc::ptr_eq(&s, &same));
    }
}
