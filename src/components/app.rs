use crate::browser;
use crate::components::comparison::comparison;
use crate::components::explainer::explainer;
use crate::components::headline::headline_view;
use crate::components::model_table::model_table;
use crate::components::notice::url_notice;
use crate::components::results::results;
use crate::components::share::SharePanel;
use crate::components::wizard::wizard;
use crate::components::{StateHandle, STEP_HEADING_ID};
use crate::dataset;
use crate::embed::full_page_href;
use crate::engine;
use crate::state::{Action, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The query string to start from; the page's own `location.search` when not given.
    #[prop_or_default]
    pub query: Option<AttrValue>,
    /// Rendering the static page at build time (`examples/prerender.rs`): the closed "licence
    /// terms, releases and sources" boxes of the cards are left empty, which keeps the page
    /// light and changes nothing on screen; the app fills them when it takes over.
    #[prop_or_default]
    pub prerender: bool,
    /// The question the reader answered on the pre-rendered page before the app started: the
    /// answers are in `query`, the flow stays on that question, and the address bar follows at once.
    #[prop_or_default]
    pub answered_early: Option<crate::questions::Question>,
    /// The id of the element that had focus on the pre-rendered page: focused again once the
    /// app has rendered, so a keyboard or mouse reader does not lose their place.
    #[prop_or_default]
    pub refocus: Option<AttrValue>,
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
    let catalog = dataset::embedded();
    let outcomes = use_memo(state.url.answers, |answers| {
        engine::evaluate(catalog, answers)
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
    use_effect_with((state.url.theme, state.url.accent), |&(theme, accent)| {
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
    use_effect_with(state.focus_request, |&request| {
        if request > 0 {
            browser::focus(STEP_HEADING_ID);
        }
    });

    let info = &catalog.dataset;
    let embed = state.url.embed;
    html! {
        <ContextProvider<StateHandle> context={state.clone()}>
            <div class={classes!("omc", embed.then_some("omc-embedded"))}>
                if !embed {
                    <header class="omc-header">
                        <h1>{ "Open source, open weights or closed?" }</h1>
                        <p class="omc-lede">
                            { "Answer a few questions about what you need. Every model stays on screen \
                               and shows, live, whether it fits your answers and why, from its licence \
                               and release facts, each with its source." }
                        </p>
                    </header>
                }
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
                    { url_notice(&state, &state.ignored) }
                }
                <div class="omc-layout">
                    <div class="omc-flow">
                        { wizard(&state) }
                    </div>
                    <div class="omc-outcome">
                        { headline_view(&state, &outcomes) }
                        { comparison(&state, &outcomes) }
                        { results(&state, &outcomes, props.prerender) }
                    </div>
                </div>
                { explainer() }
                { model_table() }
                </main>
                <footer class="omc-footer">
                    if !embed {
                        <SharePanel />
                    }
                    <p>
                        { format!("Dataset version {}, reviewed on {}, {} models. ", info.version, info.reviewed_on, catalog.models.len()) }
                        { "Licensed " }
                        <a href={&*info.licence.url} rel="license">{ &*info.licence.name }</a>
                        { ". Not legal advice: read the licence texts linked on each model." }
                    </p>
                    <p>
                        { "Download the dataset: " }
                        <a href="models.json" download="open-model-chooser-models.json" type="application/json">{ "JSON" }</a>
                        { " (every fact with its source and confidence; " }
                        <a href="models.schema.json" type="application/schema+json">{ "schema" }</a>
                        { ") or " }
                        <a href="models.csv" download="open-model-chooser-models.csv" type="text/csv">{ "CSV" }</a>
                        { " (one row per model). Cite as: " }{ &*info.citation }
                    </p>
                </footer>
            </div>
        </ContextProvider<StateHandle>>
    }
}
