use crate::browser;
use crate::components::comparison::comparison;
use crate::components::headline::headline_view;
use crate::components::notice::url_notice;
use crate::components::results::results;
use crate::components::share::share_panel;
use crate::components::wizard::wizard;
use crate::components::STEP_HEADING_ID;
use crate::dataset;
use crate::embed::full_page_href;
use crate::engine;
use crate::state::{Action, AppState, FactsLoad};
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The query string to start from; the page's own `location.search` when not given.
    #[prop_or_default]
    pub query: Option<AttrValue>,
    /// The question the reader answered on the pre-rendered page before the app started: the
    /// answers are in `query`, the flow stays on that question, and the address bar follows at once.
    #[prop_or_default]
    pub answered_early: Option<crate::questions::Question>,
    /// The id of the element that had focus on the pre-rendered page: focused again once the
    /// app has rendered, so a keyboard or mouse reader does not lose their place.
    #[prop_or_default]
    pub refocus: Option<AttrValue>,
    /// Rendering the page at build time (`xtask/src/prerender.rs`): the share panel, whose
    /// buttons and snippets only work in the browser, is left out; it appears below the results
    /// once the app runs, and readers without JavaScript do not meet buttons that do nothing.
    #[prop_or_default]
    pub prerender: bool,
}

/// The whole widget: the question flow beside the live results.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let query = props.query.clone();
        let answered_early = props.answered_early;
        use_reducer(move || {
            let mut state =
                AppState::from_query(&query.map_or_else(browser::query, |q| q.to_string()));
            if let Some(q) = answered_early {
                state.touched = true;
                state.step = crate::state::Step::Ask(q);
            }
            state
        })
    };
    // The compiled-in records until the whole ones arrive; then the same verdicts, with the
    // reasons' sentences and sources.
    let outcomes = use_memo((state.url.answers, state.facts), |(answers, _)| {
        engine::evaluate(dataset::current(), answers)
    });
    {
        let refocus = props.refocus.clone();
        use_effect_with((), move |_| {
            if let Some(id) = refocus {
                browser::focus(&id);
            }
            browser::mark_interactive();
        });
    }
    {
        // The address bar follows the answers once the reader has changed something.
        let query = state.query();
        use_effect_with((query, state.touched), |(query, touched)| {
            if *touched {
                browser::replace_query(query);
            }
        });
    }
    let theme = state.host_theme.unwrap_or(state.url.theme);
    use_effect_with((theme, state.url.accent), |&(theme, accent)| {
        browser::apply_theme(theme, accent);
    });
    {
        // Embedded: report the height to the host page, and take theme changes from it.
        let state = state.clone();
        use_effect_with(state.url.embed, move |&embed| {
            let guard = embed.then(|| {
                browser::start_embed(move |theme| state.dispatch(Action::SetTheme(theme)))
            });
            move || drop(guard)
        });
    }
    {
        // A link's `model=` on the full page: that model's details are open; its button takes
        // the focus, which brings it into view. Embedded, the host page keeps its focus.
        let model = state
            .url
            .model
            .clone()
            .filter(|_| !state.touched && !state.url.embed);
        use_effect_with((), move |_| {
            if let Some(id) = model {
                browser::focus(&format!("omc-model-{id}"));
            }
        });
    }
    {
        // The first reason, opened model or comparison to show fetches every model's whole
        // record, once: the verdicts never wait for it, and a page with none of these (the
        // first screen) never fetches it.
        let state = state.clone();
        // Once asked for, nothing to work out at each answer.
        let wanted = state.facts == FactsLoad::NotAsked
            && (!state.open.is_empty()
                || !state.url.compare.is_empty()
                || outcomes
                    .assessments
                    .iter()
                    .any(|(_, a)| !a.reasons.is_empty()));
        use_effect_with(wanted, move |&wanted| {
            if wanted {
                state.dispatch(Action::Facts(FactsLoad::Loading));
                browser::fetch_facts(move |ok| {
                    state.dispatch(Action::Facts(if ok {
                        FactsLoad::Loaded
                    } else {
                        FactsLoad::Failed
                    }))
                });
            }
        });
    }
    use_effect_with(state.focus_request, |&request| {
        if request > 0 {
            browser::focus(STEP_HEADING_ID);
        }
    });

    let embed = state.url.embed;
    // The views get the state and the one callback that sends actions to the reducer, not the
    // reducer's handle.
    let dispatch = state.dispatcher().to_callback();
    html! {
        <div class={if embed { "omc omc-embedded" } else { "omc" }}>
            <main class="omc-main">
            if embed {
                // A heading for screen-reader users; the host page shows its own title.
                <h1 class="omc-visually-hidden">{ "Open Model Chooser: open source, open weights or closed?" }</h1>
                <p class="omc-full-page">
                    <a href={full_page_href(&state.url)} target="_blank" rel="noopener">
                        { "Open full page" }<span class="omc-visually-hidden">{ " (opens in a new tab)" }</span>{ " \u{2197}" }
                    </a>
                </p>
            }
            if !state.ignored.is_empty() {
                { url_notice(&dispatch, &state.ignored) }
            }
            <div class="omc-layout">
                <div class="omc-flow">
                    { wizard(&state, &dispatch) }
                </div>
                <div class="omc-outcome">
                    { headline_view(&dispatch, &outcomes) }
                    { comparison(&state, &dispatch, &outcomes) }
                    { results(&state, &dispatch, &outcomes) }
                </div>
            </div>
            if !embed && !props.prerender {
                { share_panel(&state, &dispatch) }
            }
            </main>
        </div>
    }
}
