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
    /// Start in slices (the browser, on a pre-rendered page): the rows are rendered a few at a
    /// time, a task each, beside the pre-rendered screen, which the whole app then replaces
    /// (`browser::reveal`), applying the answers given there meanwhile. Otherwise the app renders
    /// whole at once.
    #[prop_or_default]
    pub start_in_slices: bool,
    /// Rendering the page at build time (`xtask/src/prerender.rs`): the share panel, whose
    /// buttons and snippets only work in the browser, is left out; it appears below the results
    /// once the app runs, and readers without JavaScript do not meet buttons that do nothing.
    /// Of the models, only the rows that show on the first screen are there (the first of each
    /// kind): the page's weight does not grow with the catalogue, and the app adds the others as
    /// it starts. Every licence text is in the static sections below, and every model in the
    /// downloads.
    #[prop_or_default]
    pub prerender: bool,
}

/// The whole widget: the question flow beside the live results.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let query = props.query.clone();
        let slices = props.start_in_slices;
        use_reducer(move || {
            let mut state =
                AppState::from_query(&query.map_or_else(browser::query, |q| q.to_string()));
            if slices {
                state.rows_ready = 0;
            }
            state.live = !slices;
            state
        })
    };
    // The lean records until the whole ones arrive; then the same verdicts, with the
    // reasons' sentences and sources.
    let outcomes = use_memo((state.url.answers, state.facts), |(answers, _)| {
        engine::evaluate(dataset::current(), answers)
    });
    {
        // Starting in slices: the next rows in a task of their own (`Action::MoreRows`),
        // until every row is there; then the app takes the pre-rendered screen's place, with the
        // answers given there.
        let dispatcher = state.dispatcher();
        let total = dataset::catalogue().models.len();
        use_effect_with((state.rows_ready, state.live), move |&(ready, live)| {
            if live {
                return;
            }
            if ready >= total {
                dispatcher.dispatch(Action::Live(browser::reveal()));
                return;
            }
            browser::after_yield(move || dispatcher.dispatch(Action::MoreRows));
        });
    }
    use_effect_with(state.live, |&live| {
        if live {
            browser::mark_interactive();
        }
    });
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
        use_effect_with(state.live, move |&live| {
            if let Some(id) = model.filter(|_| live) {
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
        // The pre-rendered page is marked: its "Show all" boxes wait for the app (styles/main.css).
        <div class={if embed { "omc omc-embedded" } else if props.prerender { "omc omc-prerendered" } else { "omc" }}>
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
                    { results(&state, &dispatch, &outcomes, props.prerender) }
                </div>
            </div>
            if !embed && !props.prerender {
                { share_panel(&state, &dispatch) }
            }
            </main>
        </div>
    }
}
