//! The widget's state and the one reducer that changes it. Components render this state and send
//! [`Action`]s; nothing else mutates it. Pure: no web dependency, tested natively.

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
    /// The theme chosen for the embed snippets in the share panel (not part of the URL).
    pub snippet_theme: Theme,
    /// What the last copy button did, announced by the share panel's status line.
    pub copy_status: &'static str,
    /// The models whose details box the reader has opened: only these render its contents.
    pub details_shown: Vec<&'static str>,
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
    /// The share panel's theme for its embed snippets.
    SetSnippetTheme(Theme),
    /// A copy to the clipboard finished: the message to announce.
    Copied(&'static str),
    /// The reader opened a model's details box for the first time.
    ShowDetails(&'static str),
}

impl Action {
    /// Whether the action is the reader changing what the URL holds (answers, steps, comparison,
    /// theme): from the first one on, the address bar follows the state. The share panel's
    /// settings and the details boxes are not in the URL.
    fn touches_url(&self) -> bool {
        !matches!(
            self,
            Action::SetSnippetTheme(_) | Action::Copied(_) | Action::ShowDetails(_)
        )
    }
}

impl AppState {
    /// The state a page opened with `query` (its `location.search`) starts in.
    pub fn from_query(query: &str) -> AppState {
        let parsed = url_state::parse(query, |id| dataset::embedded().model(id).is_some());
        let step = first_open_step(&parsed.state.answers);
        AppState {
            url: parsed.state,
            step,
            ignored: parsed.invalid,
            focus_request: 0,
            touched: false,
            snippet_theme: Theme::Auto,
            copy_status: "",
            details_shown: Vec::new(),
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
                if next.url.answers.chosen(q) == Some(id) || !next.url.answers.set(q, id) {
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
                next.moved(Step::Ask(Question::ALL[0]))
            }
            Action::ToggleCompare(id) => {
                if let Some(at) = next.url.compare.iter().position(|c| c == id) {
                    next.url.compare.remove(at);
                } else if next.url.compare.len() < MAX_COMPARE
                    && dataset::embedded().model(id).is_some()
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
                next.url.theme = theme;
                next
            }
            Action::SetSnippetTheme(theme) => {
                if theme == self.snippet_theme {
                    return self;
                }
                next.snippet_theme = theme;
                next
            }
            Action::Copied(status) => {
                next.copy_status = status;
                next
            }
            Action::ShowDetails(id) => {
                if self.details_shown.contains(&id) {
                    return self;
                }
                next.details_shown.push(id);
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
                Action::SetSnippetTheme(Theme::Dark),
                Action::Copied("Link copied."),
            ],
        );
        assert_eq!(s.snippet_theme, Theme::Dark);
        assert_eq!(s.copy_status, "Link copied.");
        assert!(!s.touched, "the address bar is not rewritten");
        assert_eq!(s.url, start.url);
        let s = Rc::new(s);
        let same = s.clone().reduce(Action::SetSnippetTheme(Theme::Dark));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn a_details_box_is_filled_once_opened_and_the_address_bar_is_left_alone() {
        let s = reduce(
            AppState::from_query(""),
            &[Action::ShowDetails("olmo-3"), Action::ShowDetails("gpt-5")],
        );
        assert_eq!(s.details_shown, ["olmo-3", "gpt-5"]);
        assert!(!s.touched);
        let s = Rc::new(s);
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::ShowDetails("olmo-3"))
        ));
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
