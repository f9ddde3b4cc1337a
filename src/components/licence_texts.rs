use crate::catalog::{Catalog, LicenceRecord, Model, Term};
use crate::licence_view::{items, ruling, Item, Section, Status};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LicenceTextsProps {
    /// The assembled dataset, with its licence records (`sources::load_compiled`): the packed
    /// form the widget reads leaves the records out.
    pub catalog: &'static Catalog,
}

/// The licences page (`licences.html`): every licence in the dataset as a native `<details>`
/// (issue 20, item 4), with what it permits, requires and forbids in three lists, each item in a
/// plain sentence beside the licence's own words, and the models under it. Rendered once at build
/// time (`xtask/src/bin/prerender.rs`) and never by the app: it needs no JavaScript, search
/// engines index it, and the chooser's own first load does not grow with each licence added.
#[component]
pub fn LicenceTexts(props: &LicenceTextsProps) -> Html {
    let catalog = props.catalog;
    let info = &catalog.dataset;
    html! {
        <>
            <header class="omc omc-header">
                <h1>{ "The licences" }</h1>
                <p class="omc-lede">
                    { format!(
                        "The {} licences and terms of service the {} models of the Open Model Chooser are under: what each permits, requires and forbids, in its own words, with the models under it.",
                        catalog.licences.len(),
                        catalog.models.len()
                    ) }
                </p>
                <p><a href="./">{ "Back to the chooser" }</a></p>
            </header>
            <main class="omc omc-static">
                <p class="omc-legal">
                    { "This is not legal advice. Read the licence texts, and ask a lawyer for decisions that depend on them. Each item below is permitted, a condition, limited, not addressed by the text, or unknown (no source read settles it). Downloads: " }
                    <a href="licences.json" type="application/json">{ "licences.json" }</a>
                    { " (every record, with its quotes) and " }
                    <a href="licences.csv" type="text/csv">{ "licences.csv" }</a>
                    { " (one row per licence, one column per item)." }
                </p>
                // A contents list: the page is long, and a licence's view opens where it is
                // linked (`#licence-<id>`, public: CONTRACT §5).
                <nav aria-label="Licences">
                    <ul class="omc-details">
                        for licence in catalog.licences.iter() {
                            <li><a href={format!("#licence-{}", licence.id)}>{ &*licence.name }</a></li>
                        }
                    </ul>
                </nav>
                for licence in catalog.licences.iter() {
                    { licence_view(catalog, licence) }
                }
                <footer class="omc-footer">
                    <p>{ format!("Dataset version {}, as of {}. Licensed ", info.version, info.as_of) }
                        <a href={&*info.licence.url} rel="license">{ &*info.licence.name }</a>{ "." }
                    </p>
                </footer>
            </main>
        </>
    }
}

/// One licence: its ruling, its text, its three lists and its models.
fn licence_view(catalog: &Catalog, licence: &LicenceRecord) -> Html {
    let id = &*licence.id;
    let models: Vec<_> = catalog
        .models
        .iter()
        .filter(|m| m.licence.id == licence.id)
        .collect();
    let all = items(licence);
    html! {
        <details class="omc-licence" id={format!("licence-{id}")} data-licence-id={id.to_owned()}>
            <summary>
                <h2>{ &*licence.name }</h2>
                { match models.len() { 1 => " (1 model)".to_owned(), n => format!(" ({n} models)") } }
            </summary>
            <p>{ ruling(licence) }</p>
            <p>
                <a class="omc-licence-text" href={licence.url.to_string()}>{ "The text" }</a>
                { licence.version.as_deref().map(|v| format!(" ({v}), read on {}.", licence.checked)).unwrap_or_else(|| format!(", read on {}.", licence.checked)) }
            </p>
            for section in Section::ALL {
                <h3>{ section.title() }</h3>
                <ul class="omc-details">
                    for item in all.iter().filter(|i| i.kind.section == section) {
                        { item_view(id, item, &models) }
                    }
                </ul>
            }
            <h3>{ "Models under it" }</h3>
            <ul class="omc-details">
                for m in models {
                    <li>{ format!("{}: {}", m.name, m.tier().name()) }</li>
                }
            </ul>
        </details>
    }
}

/// One item: what it is and its status in words (never colour alone), then each record's plain
/// sentence with the licence's words beside it.
/// A kind the licence leaves to each model (the Llama 3.2 licence's regional limit differs between
/// its text and vision models) shows each model's own record.
fn item_view(licence: &str, item: &Item<'_>, models: &[&Model]) -> Html {
    let per_model: Vec<(&Model, &Term)> = if item.terms.is_empty() {
        models
            .iter()
            .flat_map(|m| {
                m.terms
                    .iter()
                    .filter(|t| t.kind == item.kind.term)
                    .map(move |t| (*m, t))
            })
            .collect()
    } else {
        Vec::new()
    };
    let status = match item.status {
        Status::Permitted => "permitted",
        Status::Condition => "a condition",
        Status::Limited => "limited",
        Status::NotAddressed => "not addressed",
        Status::Unknown => "unknown",
    };
    html! {
        <li id={format!("licence-{licence}-{}", item.kind.id)} data-status={item.status.word()}>
            <strong>{ format!("{}: {status}.", item.kind.label) }</strong>
            { " " }
            if item.terms.is_empty() && per_model.is_empty() {
                { item.fallback() }
            }
            if !per_model.is_empty() {
                { "The licence record leaves it to each model. " }
                for (m, term) in per_model {
                    <strong>{ format!("{}: ", m.name) }</strong>
                    { term_view(term) }
                }
            }
            for term in item.terms.iter() {
                { term_view(term) }
            }
        </li>
    }
}

fn term_view(term: &Term) -> Html {
    html! {
        <>
            { &*term.text }
            if let Some(quote) = term.quote.as_deref() {
                <q class="omc-quote" cite={term.source.to_string()}>{ quote }</q>
            }
            <a href={term.source.to_string()}>{ format!("Source ({}, read {})", term.confidence.label(), term.checked) }</a>
            { " " }
        </>
    }
}
