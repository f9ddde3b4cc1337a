use crate::components::explainer::explainer;
use crate::dataset;
use yew::prelude::*;

/// The parts of the page that never change with the answers: what each kind of model gives you
/// (with every licence text linked), and the dataset's version, licence and downloads, which
/// list every model.
///
/// They are rendered once, at build time, into `index.html` beside the widget
/// (`xtask/src/prerender.rs`), and are not part of the app: the wasm neither carries their code
/// nor rebuilds them when it starts, which keeps it smaller and interactive sooner. Readers
/// without JavaScript get them too. A component only so that the server renderer can render it.
#[component]
pub fn StaticSections() -> Html {
    html! {
        <>
            { explainer() }
            { dataset_footer() }
        </>
    }
}

/// The dataset's version, licence, downloads and citation, and the legal caveat.
fn dataset_footer() -> Html {
    let catalog = dataset::catalogue();
    let info = &catalog.dataset;
    html! {
        <footer class="omc-footer">
            <p>
                { format!("Dataset version {}, as of {}, {} models. ", info.version, info.as_of, catalog.models.len()) }
                { "Licensed " }
                <a href={&*info.licence.url} rel="license">{ &*info.licence.name }</a>
                { ". Not legal advice: read the licence texts linked on each model." }
            </p>
            <p>
                { "Download the dataset: " }
                <a href="models.json" download="open-model-chooser-models.json" type="application/json">{ "JSON" }</a>
                { " (every fact with its source, confidence and quote; " }
                <a href="models.schema.json" type="application/schema+json">{ "schema" }</a>
                { "), its " }
                <a href="licences.json" download="open-model-chooser-licences.json" type="application/json">{ "licences" }</a>
                { " or " }
                <a href="models.csv" download="open-model-chooser-models.csv" type="text/csv">{ "CSV" }</a>
                { " (one row per model). Cite as: " }{ info.citation() }
            </p>
        </footer>
    }
}
