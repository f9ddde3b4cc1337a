use crate::catalog::{Confidence, Model, Variant, WeightsAccess};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModelCardProps {
    pub model: &'static Model,
}

/// One model: name, vendor, tier, licence with its link, sizes and what is released.
#[component]
pub fn ModelCard(props: &ModelCardProps) -> Html {
    let model = props.model;
    let tier = model.tier();
    let licence = &model.licence;
    let weights = match model.release.weights.value {
        WeightsAccess::Open => "downloadable",
        WeightsAccess::Gated => "downloadable after accepting terms",
        WeightsAccess::None => "not downloadable (API or app only)",
    };
    html! {
        <li class="omc-card" data-model-id={model.id.clone()} data-tier={tier.id()}>
            <article aria-labelledby={format!("omc-model-{}", model.id)}>
                <h4 id={format!("omc-model-{}", model.id)}>{ &model.name }</h4>
                <p class="omc-vendor">
                    { &model.vendor.value }{ " · released " }{ &model.released.value }
                </p>
                <p class={classes!("omc-badge", format!("omc-badge-{}", tier.id()))}>{ tier.name() }</p>
                <p>{ &model.description }</p>
                <p class="omc-tier-reason">{ model.tier_reason() }</p>
                <dl class="omc-facts">
                    <dt>{ "Licence" }</dt>
                    <dd>
                        <a href={licence.url.clone()} rel="noopener noreferrer">{ &licence.name }</a>
                        { if licence.osi_approved { " (OSI-approved)" } else { " (not OSI-approved)" } }
                        <ConfidenceMark confidence={licence.confidence} source={licence.source.clone()} />
                    </dd>
                    <dt>{ "Weights" }</dt>
                    <dd>
                        { weights }
                        <ConfidenceMark confidence={model.release.weights.confidence} source={model.release.weights.source.clone()} />
                    </dd>
                    if !model.variants.is_empty() {
                        <dt>{ "Sizes" }</dt>
                        <dd>{ model.variants.iter().map(describe_variant).collect::<Vec<_>>().join("; ") }</dd>
                    }
                </dl>
                if !model.commonly_described_as.is_empty() {
                    <div class="omc-claims">
                        <p class="omc-claims-title">{ "Commonly described as" }</p>
                        <ul>
                            for claim in &model.commonly_described_as {
                                <li>
                                    { format!("\u{201c}{}\u{201d} ({}). ", claim.claim.trim_end_matches('.'), claim.by) }
                                    <strong>{ "In fact: " }</strong>{ &claim.fact }
                                    <ConfidenceMark confidence={claim.confidence} source={claim.source.clone()} />
                                </li>
                            }
                        </ul>
                    </div>
                }
            </article>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct ConfidenceMarkProps {
    confidence: Confidence,
    source: String,
}

/// The confidence of a fact, as a link to its source; a word, never a colour alone.
#[component]
fn ConfidenceMark(props: &ConfidenceMarkProps) -> Html {
    html! {
        <>
            { " " }
            <a class="omc-source" href={props.source.clone()} rel="noopener noreferrer">
                { format!("[source, {}]", props.confidence.label()) }
            </a>
        </>
    }
}

/// "Olmo 3 7B: 7B parameters, 65,536-token context".
fn describe_variant(v: &Variant) -> String {
    let size = match (v.params_total_b, v.params_active_b) {
        (Some(total), Some(active)) if active < total => {
            format!("{}B parameters ({}B active)", number(total), number(active))
        }
        (Some(total), _) => format!("{}B parameters", number(total)),
        (None, _) => "size undisclosed".to_string(),
    };
    match v.context_tokens {
        Some(ctx) => format!("{}: {size}, {}-token context", v.name, thousands(ctx)),
        None => format!("{}: {size}", v.name),
    }
}

/// A parameter count in billions with at most one decimal ("0.8", "37", "1,600"), written with
/// integer arithmetic so that the wasm carries no float-formatting code.
fn number(n: f64) -> String {
    let tenths = (n * 10.0).round() as u64;
    match tenths % 10 {
        0 => thousands(tenths / 10),
        d => format!("{}.{d}", thousands(tenths / 10)),
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameter_counts_keep_one_decimal() {
        assert_eq!(number(0.8), "0.8");
        assert_eq!(number(5.1), "5.1");
        assert_eq!(number(37.0), "37");
        assert_eq!(number(1600.0), "1,600");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(65536), "65,536");
        assert_eq!(thousands(10_000_000), "10,000,000");
    }
}
