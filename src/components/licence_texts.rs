use crate::components::explainer::licence_texts;
use crate::dataset;
use yew::prelude::*;

/// The licence texts page (`licences.html`): every licence text in the dataset, linked, with the
/// models under it. Rendered once at build time (`xtask/src/bin/prerender.rs`), like the static
/// sections of the chooser's page, and never by the app: it needs no JavaScript, search engines
/// index it, and the chooser's own first load does not grow with each licence added.
#[component]
pub fn LicenceTexts() -> Html {
    let texts = licence_texts();
    let info = &dataset::catalogue().dataset;
    html! {
        <>
            <header class="omc omc-header">
                <h1>{ "The licence texts" }</h1>
                <p class="omc-lede">
                    { format!(
                        "The {} licences and terms of service the {} models of the Open Model Chooser are under, each linked to its text, with the models under it.",
                        texts.len(),
                        dataset::catalogue().models.len()
                    ) }
                </p>
                <p><a href="./">{ "Back to the chooser" }</a></p>
            </header>
            <main class="omc omc-static">
                <p class="omc-legal">
                    { "This is not legal advice. Read the licence texts, and ask a lawyer for decisions that depend on them. What each licence permits and forbids, with its own words, is in " }
                    <a href="licences.json" type="application/json">{ "the licences download" }</a>
                    { "." }
                </p>
                <ul class="omc-licence-texts">
                    for text in texts {
                        <li>
                            <a href={text.url}>{ text.name }</a>
                            { match text.models.len() { 1 => " (1 model): ".to_owned(), n => format!(" ({n} models): ") } }
                            { text.models.join(", ") }
                        </li>
                    }
                </ul>
                <footer class="omc-footer">
                    <p>{ format!("Dataset version {}, as of {}. Licensed ", info.version, info.as_of) }
                        <a href={&*info.licence.url} rel="license">{ &*info.licence.name }</a>{ "." }
                    </p>
                </footer>
            </main>
        </>
    }
}
