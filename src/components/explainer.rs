use crate::catalog::Tier;
use crate::dataset;
use yew::prelude::*;

/// What each kind of model gives you, and why the difference matters. Static: a plain function
/// rather than a component, which would cost the wasm its own lifecycle code.
pub fn explainer() -> Html {
    let gives = |tier: Tier| {
        match tier {
        Tier::OpenSource => "Use it for any purpose, study it, change it, share it, and reproduce its training. The fewest restrictions and no lock-in.",
        Tier::OpenWeights => "Run it where you like, fine-tune it, ship it commercially, with a permissive licence; but you cannot rebuild it, and you rely on its vendor for new versions.",
        Tier::WeightsAvailable => "You can download and run it, but the licence sets conditions: user or revenue caps, acceptable-use policies, naming rules, regional limits. Read them before you build on it.",
        Tier::Closed => "Managed infrastructure and instant scaling, but no weights: no self-hosting, limited fine-tuning, and terms (on prices, data and outputs) the provider can change.",
    }
    };
    html! {
        <section class="omc-explainer" aria-labelledby="omc-explainer-heading">
            <h2 id="omc-explainer-heading">{ "The kinds of model" }</h2>
            <p>
                { "The article this chooser grew from uses three words: open source, open weights, closed. \
                   Here open weights is split in two, as the G7 and OSI vocabulary of May 2026 does: open \
                   weights under a permissive licence, and weights available under a restricted one." }
            </p>
            <dl class="omc-kinds">
                for tier in Tier::ALL {
                    <div>
                        <dt>{ tier.name() }</dt>
                        <dd>{ tier_summary(tier) }{ " " }{ gives(tier) }</dd>
                    </div>
                }
            </dl>
            <p>
                { "Why it matters: commercial use, licence restrictions, freedom to fine-tune, research \
                   reproducibility, vendor lock-in, and your rights over outputs all follow from the kind." }
            </p>
            <p class="omc-legal">
                { "This is not legal advice. Read the licence texts, and ask a lawyer for decisions that depend on them: " }
                // A page of its own, pre-rendered like this one and readable without JavaScript:
                // this page's weight stays flat as licences are added (issue 18).
                <a href="licences.html">{ format!("the {} licence texts, with the models under each", licence_texts().len()) }</a>
                { "." }
            </p>
        </section>
    }
}

/// A licence text and the models under it.
pub struct LicenceText {
    pub name: &'static str,
    pub url: &'static str,
    pub models: Vec<&'static str>,
}

/// Every licence text in the dataset once (a licence record, `data/licences/<id>.json`), in the
/// order of the models, with the names of the models it covers.
pub fn licence_texts() -> Vec<LicenceText> {
    let mut texts: Vec<LicenceText> = Vec::new();
    for m in dataset::catalogue().models.iter() {
        let url: &'static str = &m.licence.url;
        match texts.iter_mut().find(|t| t.url == url) {
            Some(text) => text.models.push(&m.name),
            None => texts.push(LicenceText {
                name: &m.licence.name,
                url,
                models: vec![&m.name],
            }),
        }
    }
    texts
}

/// One line on what each kind of model is.
fn tier_summary(tier: Tier) -> &'static str {
    match tier {
        Tier::OpenSource => "OSI-approved licence, no use restrictions, training code and data released.",
        Tier::OpenWeights => "Weights under a permissive licence (OSI-approved, or shown permissive by its text) with no use restrictions; training code or data not released.",
        Tier::WeightsAvailable => "Weights downloadable, but the licence restricts use or withholds a freedom (or is not shown to be permissive).",
        Tier::Closed => "No weights: used through the provider's API or apps only.",
    }
}
