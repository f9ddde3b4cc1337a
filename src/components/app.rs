use crate::browser;
use crate::components::model_list::ModelList;
use crate::dataset;
use yew::prelude::*;

/// The whole widget.
#[component]
pub fn App() -> Html {
    let catalog = dataset::embedded();
    use_effect_with((), |_| browser::mark_interactive());
    let info = &catalog.dataset;

    html! {
        <div class="omc">
            <header class="omc-header">
                <h1>{ "Open source, open weights or closed?" }</h1>
                <p class="omc-lede">
                    { "Which kind of AI model fits your needs? Every model below is classified from \
                       its recorded licence and release facts, each with its source." }
                </p>
            </header>
            <ModelList models={catalog.models.as_slice()} />
            <footer class="omc-footer">
                <p>
                    { format!("Dataset version {}, reviewed on {}, {} models. ", info.version, info.reviewed_on, catalog.models.len()) }
                    { "Licensed " }
                    <a href={info.licence.url.clone()} rel="license">{ &info.licence.name }</a>
                    { ". Not legal advice: read the licence texts linked on each model." }
                </p>
                <p>
                    { "Download the dataset: " }
                    <a href="models.json" download="open-model-chooser-models.json" type="application/json">{ "JSON" }</a>
                    { " (every fact with its source and confidence; " }
                    <a href="models.schema.json" type="application/schema+json">{ "schema" }</a>
                    { ") or " }
                    <a href="models.csv" download="open-model-chooser-models.csv" type="text/csv">{ "CSV" }</a>
                    { " (one row per model). Cite as: " }{ &info.citation }
                </p>
            </footer>
        </div>
    }
}
