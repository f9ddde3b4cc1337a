use crate::catalog::{Availability, Confidence, DataRelease, Fact, Model, Variant, WeightsAccess};
use crate::components::send;
use crate::engine::{Assessment, Outcome, Verdict};
use crate::format::{params, thousands};
use crate::state::{Action, FactsLoad};
use yew::prelude::*;

#[derive(Properties)]
pub struct ModelCardProps {
    pub model: &'static Model,
    /// The model's verdict for the current answers.
    #[prop_or_default]
    pub assessment: Option<std::rc::Rc<Assessment>>,
    /// Whether the model is in the comparison.
    #[prop_or_default]
    pub compared: bool,
    /// Whether the comparison is full (and this model not in it).
    #[prop_or_default]
    pub compare_full: bool,
    /// Whether the details are open: every fact, source and confidence, rendered only then, so
    /// that the page holds one compact row per model until the reader asks for more.
    #[prop_or_default]
    pub open: bool,
    /// Whether the row is hidden (by the find box, a collapsed "ruled out" group or the embed's
    /// first rows); it keeps its element and its `data-*` hooks (CONTRACT §6).
    #[prop_or_default]
    pub hidden: bool,
    /// Whether the row is only its element with its hooks (CONTRACT §6), with nothing inside:
    /// a row the page does not display (`results.rs`).
    #[prop_or_default]
    pub bare: bool,
    /// The reducer's dispatcher, for the details and compare buttons (none in a card rendered on
    /// its own). Props rather than a context: one component type fewer in the wasm, and the
    /// dispatcher is the same callback on every render, so it never defeats the comparison below.
    #[prop_or_default]
    pub dispatch: Option<Callback<Action>>,
    /// Where the whole records are (the wasm fetches them when a model is first opened).
    #[prop_or_default]
    pub facts: FactsLoad,
}

impl PartialEq for ModelCardProps {
    /// The model by identity: the dataset is static, so the same reference is the same model,
    /// and comparing whole models field by field on every answer would cost milliseconds.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.model, other.model)
            && self.assessment == other.assessment
            && self.compared == other.compared
            && self.compare_full == other.compare_full
            && self.open == other.open
            && self.hidden == other.hidden
            && self.bare == other.bare
            && self.dispatch == other.dispatch
            && self.facts == other.facts
    }
}

/// One model as a compact row: its name (the button that opens its details), vendor and kind,
/// its verdict with the one reason that decides it, and the compare button. Opened, it shows
/// the whole card: the licence with its link, sizes, what is released, every licence term, every
/// fact's source and confidence, and where popular claims are wrong.
#[component]
pub fn ModelCard(props: &ModelCardProps) -> Html {
    let model = props.model;
    let id: &'static str = &model.id;
    let verdict = props.assessment.as_ref().map(|a| a.verdict);
    let tier = model.tier();
    let details_id = AttrValue::from(format!("omc-details-{id}"));
    let heading_id = AttrValue::from(format!("omc-model-{id}"));
    // The reason that decides the verdict: the first that rules the model out, else the first
    // condition. The others are in the details.
    let deciding = props.assessment.as_ref().and_then(|a| {
        a.reasons
            .iter()
            .find(|r| r.outcome == Outcome::Fail)
            .or(a.reasons.first())
    });
    let toggle = props
        .dispatch
        .as_ref()
        .map(|dispatch| send::<MouseEvent>(dispatch, Action::ToggleDetails(id)));
    html! {
        <li class={verdict.map_or("omc-row", row_class)} data-model-id={id} data-tier={tier.id()}
            data-verdict={verdict.map(Verdict::id)} data-details={props.open.then_some("open")}
            hidden={props.hidden}>
            // A row the page does not display is only its element and hooks (results.rs).
            if !props.bare {
                <h4>
                    <button type="button" id={heading_id.clone()} class="omc-row-toggle"
                        aria-expanded={props.open.to_string()}
                        aria-controls={props.open.then(|| details_id.clone())}
                        onclick={toggle}>
                        { &*model.name }
                    </button>
                </h4>
                <p>
                    { &*model.vendor.value }{ " · " }{ tier.name() }{ " · " }{ &*model.licence.name }
                </p>
                if let Some(verdict) = verdict {
                    <p class={verdict_class(verdict)}>
                        { verdict.label() }
                        // The sentence and its source come with the whole records.
                        if let Some(reason) = deciding.filter(|_| crate::dataset::has_full()) {
                            { ": " }{ &reason.text }
                            { source_mark(reason.confidence, reason.source) }
                        }
                    </p>
                }
                if let Some(dispatch) = &props.dispatch {
                    // Named with the model in an attribute rather than a hidden span: one element
                    // fewer a row, for a page that holds every model (the name starts with the
                    // visible text, as WCAG 2.5.3 asks).
                    <button type="button" class="omc-compare-toggle" aria-pressed={props.compared.to_string()}
                        aria-label={format!("{} {}", compare_label(props.compared), model.name)}
                        disabled={props.compare_full} onclick={send::<MouseEvent>(dispatch, Action::ToggleCompare(id))}
                        title={props.compare_full.then_some("You can compare three models at most")}>
                        { compare_label(props.compared) }
                    </button>
                }
                if props.open {
                    <div id={details_id} class="omc-details" role="region" aria-labelledby={heading_id}>
                        { match crate::dataset::has_full().then_some(model) {
                            Some(full) => html! { <>{ reasons(full, props.assessment.as_deref()) }{ details(full) }</> },
                            None if props.facts == FactsLoad::Failed => html! {
                                <p class="omc-failure" role="alert">
                                    { "This model's facts could not be loaded. Every fact is also in " }
                                    <a href="models.json" download="">{ "the dataset (JSON)" }</a>{ "." }
                                </p>
                            },
                            None => html! { <p class="omc-loading">{ "Loading the facts\u{2026}" }</p> },
                        } }
                    </div>
                }
            }
        </li>
    }
}

fn compare_label(compared: bool) -> &'static str {
    if compared {
        "Remove from comparison"
    } else {
        "Compare"
    }
}

/// Why the model fits or not, for the current answers: every reason, each with its source and,
/// under it, the words of the source that decide it.
fn reasons(model: &Model, assessment: Option<&Assessment>) -> Html {
    let Some(assessment) = assessment.filter(|a| !a.reasons.is_empty()) else {
        return Html::default();
    };
    html! {
        <ul class="omc-reasons" aria-label="Why">
            for reason in &assessment.reasons {
                <li class={if reason.outcome == Outcome::Fail { "omc-reason-fail" } else { "omc-reason-condition" }}>
                    <span class="omc-reason-kind">
                        { if reason.outcome == Outcome::Fail { "Rules it out" } else { "Condition" } }
                        { " (" }{ reason.question.short() }{ "): " }
                    </span>
                    { &reason.text }
                    { source_mark(reason.confidence, reason.source) }
                    { quote_block(says(model, reason.source), reason.quote) }
                </li>
            }
        </ul>
    }
}

/// The whole card of one model, shown when its row is opened: from its whole record.
fn details(model: &'static Model) -> Html {
    let licence = &model.licence;
    let weights = match model.release.weights.value {
        WeightsAccess::Open => "downloadable",
        WeightsAccess::Gated => "downloadable after accepting terms",
        WeightsAccess::None => "not downloadable (API or app only)",
    };
    html! {
        <>
            <p>{ &*model.description }</p>
            <p class="omc-tier-reason">{ model.tier_reason() }</p>
            <dl class="omc-facts">
                <dt>{ "Licence" }</dt>
                <dd>
                    <a href={&*licence.url} rel="noopener noreferrer">{ &*licence.name }</a>
                    { if licence.osi_approved { " (OSI-approved)" } else { " (not OSI-approved)" } }
                    { source_mark(licence.confidence, &licence.source) }
                    // The licence's view on the licences page (issue 20); `_top`, like "Open full
                    // page", so that an embedded frame does not become the page.
                    { " " }<a href={format!("licences.html#licence-{}", licence.id)} target="_top">{ "What it permits, requires and forbids" }</a>
                    { quote_block("The model's page says", licence.quote.as_deref()) }
                    if let Some(ruling) = &licence.permissive {
                        <br />
                        { if ruling.value {
                            "Permissive licence, not OSI-approved: it grants use, study, modification and redistribution for any purpose, with no use restrictions."
                        } else {
                            "Not permissive: it withholds a freedom or restricts use."
                        } }
                        if let Some(note) = ruling.note.as_deref() {
                            { " " }{ note }
                        }
                        { source_mark(ruling.confidence, &ruling.source) }
                        { quote_block("The licence says", ruling.quote.as_deref()) }
                    }
                </dd>
                if !licence.earlier.is_empty() {
                    <dt>{ "Licence changed" }</dt>
                    for earlier in licence.earlier.iter() {
                        <dd>
                            { "Until " }{ &*earlier.until }{ ": " }
                            <a href={&*earlier.url} rel="noopener noreferrer">{ &*earlier.name }</a>
                            { ". " }{ &*earlier.change }
                            { source_mark(earlier.confidence, &earlier.source) }
                        </dd>
                    }
                }
                <dt>{ "Weights" }</dt>
                <dd>
                    { weights }
                    { source_mark(model.release.weights.confidence, &model.release.weights.source) }
                </dd>
                <dt>{ "Also released" }</dt>
                <dd>{ also_released(model) }</dd>
                if !model.variants.is_empty() {
                    <dt>{ "Sizes" }</dt>
                    <dd>{ summarise_sizes(&model.variants) }</dd>
                }
            </dl>
            <p class="omc-more-title">{ "Licence terms" }</p>
            <ul>
                for term in model.terms.iter() {
                    <li>
                        { &*term.text }
                        { source_mark(term.confidence, &term.source) }
                        { quote_block(says(model, &term.source), term.quote.as_deref()) }
                    </li>
                }
            </ul>
            <p class="omc-more-title">{ "What is released" }</p>
            <ul>
                { release_fact("Weights", FactText::of(&model.release.weights, weights)) }
                { release_fact("Training code", FactText::of(&model.release.training_code, availability(model.release.training_code.value))) }
                { release_fact("Training data", FactText::of(&model.release.training_data, data_release(model.release.training_data.value))) }
                { release_fact("Technical report", FactText::of(&model.release.technical_report, availability(model.release.technical_report.value))) }
                { release_fact("Model card", FactText::of(&model.release.model_card, availability(model.release.model_card.value))) }
                { release_fact("Released", FactText::of(&model.released, &model.released.value)) }
                { release_fact("Vendor", FactText::of(&model.vendor, &model.vendor.value)) }
            </ul>
            <p class="omc-more-title">{ "Sizes" }</p>
            <ul>
                for variant in model.variants.iter() {
                    <li>
                        { describe_variant(variant) }
                        if let Some(hub) = &variant.hub_id {
                            { " (" }<code>{ &**hub }</code>{ ")" }
                        }
                        { source_mark(variant.confidence, &variant.source) }
                    </li>
                }
            </ul>
            if !model.commonly_described_as.is_empty() {
                <div class="omc-claims">
                    <p class="omc-claims-title">{ "Commonly described as" }</p>
                    <ul>
                        for claim in model.commonly_described_as.iter() {
                            <li>
                                { format!("\u{201c}{}\u{201d} ({}). ", claim.claim.trim_end_matches('.'), claim.by) }
                                <strong>{ "In fact: " }</strong>{ &*claim.fact }
                                { source_mark(claim.confidence, &claim.source) }
                            </li>
                        }
                    </ul>
                </div>
            }
        </>
    }
}

/// The text of a source link: whole strings rather than `format!`, smaller in the wasm and no
/// allocation for each of the cards' many sources.
fn source_label(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Verified => "[source, verified]",
        Confidence::Likely => "[source, likely]",
        Confidence::Unverified => "[source, unverified]",
    }
}

/// The row's class, by verdict: ruled-out rows are dimmed.
fn row_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Excluded => "omc-row omc-row-excluded",
        Verdict::Match | Verdict::Conditional => "omc-row",
    }
}

/// Whole class strings rather than `classes!` and `format!`: smaller in the wasm.
fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Match => "omc-verdict omc-verdict-match",
        Verdict::Conditional => "omc-verdict omc-verdict-conditional",
        Verdict::Excluded => "omc-verdict omc-verdict-excluded",
    }
}

/// A fact's value in words, with its note, confidence and source.
#[derive(PartialEq, Clone)]
struct FactText {
    value: &'static str,
    note: Option<&'static str>,
    confidence: Confidence,
    source: &'static str,
    quote: Option<&'static str>,
}

impl FactText {
    fn of<T>(fact: &'static Fact<T>, value: &'static str) -> FactText {
        FactText {
            value,
            note: fact.note.as_deref(),
            quote: fact.quote.as_deref(),
            confidence: fact.confidence,
            source: &fact.source,
        }
    }
}

/// "Training code, data, technical report" or "Model card only", from the release facts.
fn also_released(model: &Model) -> String {
    let r = &model.release;
    let yes = |a: Availability| matches!(a, Availability::Yes | Availability::Partial);
    let mut parts = Vec::new();
    if yes(r.training_code.value) {
        parts.push("training code");
    }
    match r.training_data.value {
        DataRelease::Data | DataRelease::Partial => parts.push("training data"),
        DataRelease::Recipe => parts.push("a training-data recipe"),
        DataRelease::No | DataRelease::Unknown => {}
    }
    if yes(r.technical_report.value) {
        parts.push("technical report");
    }
    if yes(r.model_card.value) {
        parts.push("model card");
    }
    if parts.is_empty() {
        return "Nothing beyond the model.".to_owned();
    }
    let mut text = parts.join(", ");
    if let Some(first) = text.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// One fact of "What is released", with its note, confidence and source. A plain function, not
/// a component: it holds no state, and every component type costs the wasm its own lifecycle code.
fn release_fact(label: &'static str, fact: FactText) -> Html {
    html! {
        <li>
            <strong>{ label }{ ": " }</strong>{ fact.value }
            if let Some(note) = fact.note {
                { ". " }{ note }
            }
            { source_mark(fact.confidence, fact.source) }
            { quote_block("The source says", fact.quote) }
        </li>
    }
}

/// Who speaks in a quote: the licence when the quote comes from its text, the provider's terms
/// for a closed model, else the source.
fn says(model: &Model, source: &str) -> &'static str {
    if model.release.weights.value == WeightsAccess::None {
        "The provider's terms say"
    } else if source == &*model.licence.url {
        "The licence says"
    } else {
        "The source says"
    }
}

/// The words of a source, under the fact or reason they decide (issue 16). Text nodes only: a
/// quote is never markup.
fn quote_block(lead: &'static str, quote: Option<&'static str>) -> Html {
    match quote {
        // One text node (curly quotes mark the source's words): the card can hold dozens.
        Some(quote) => html! {
            <span class="omc-quote">{ format!("{lead}: \u{201c}{quote}\u{201d}") }</span>
        },
        None => Html::default(),
    }
}

pub fn availability(a: Availability) -> &'static str {
    match a {
        Availability::Yes => "yes",
        Availability::Partial => "partly",
        Availability::No => "no",
        Availability::Unknown => "unknown",
    }
}

pub fn data_release(d: DataRelease) -> &'static str {
    match d {
        DataRelease::Data => "yes, the data",
        DataRelease::Recipe => "a complete recipe to rebuild it",
        DataRelease::Partial => "partly",
        DataRelease::No => "no",
        DataRelease::Unknown => "unknown",
    }
}

/// The confidence of a fact, as a link to its source; a word, never a colour alone.
fn source_mark(confidence: Confidence, source: &'static str) -> Html {
    html! {
        <>
            { " " }
            <a class="omc-source" href={source} rel="noopener noreferrer">
                { source_label(confidence) }
            </a>
        </>
    }
}

/// "Olmo 3 7B: 7B parameters, 65,536-token context".
fn describe_variant(v: &Variant) -> String {
    let size = match (
        v.params_total_b.map(f64::from),
        v.params_active_b.map(f64::from),
    ) {
        (Some(total), Some(active)) if active < total => {
            format!("{} parameters ({} active)", params(total), params(active))
        }
        (Some(total), _) => format!("{} parameters", params(total)),
        (None, _) => "size undisclosed".to_string(),
    };
    match v.context_tokens {
        Some(ctx) => format!(
            "{}: {size}, {}-token context",
            v.name,
            thousands(ctx.into())
        ),
        None => format!("{}: {size}", v.name),
    }
}

/// The sizes in one line: the single variant in full, or the range of several.
fn summarise_sizes(variants: &[Variant]) -> String {
    if let [one] = variants {
        return describe_variant(one);
    }
    let sizes: Vec<f64> = variants
        .iter()
        .filter_map(|v| v.params_total_b.map(f64::from))
        .collect();
    let smallest = sizes.iter().copied().reduce(f64::min);
    let largest = sizes.iter().copied().reduce(f64::max);
    match (smallest, largest) {
        (Some(lo), Some(hi)) if lo < hi => {
            format!(
                "{} sizes, {} to {} parameters",
                variants.len(),
                params(lo),
                params(hi)
            )
        }
        (Some(n), _) => format!("{} variants of {} parameters", variants.len(), params(n)),
        (None, _) => format!("{} variants, sizes undisclosed", variants.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_and_label_strings_follow_the_ids() {
        for verdict in [Verdict::Match, Verdict::Conditional, Verdict::Excluded] {
            assert_eq!(
                verdict_class(verdict),
                format!("omc-verdict omc-verdict-{}", verdict.id())
            );
        }
        for c in [
            Confidence::Verified,
            Confidence::Likely,
            Confidence::Unverified,
        ] {
            assert_eq!(source_label(c), format!("[source, {}]", c.label()));
        }
    }

    #[test]
    fn what_else_is_released_is_listed() {
        let catalog = crate::dataset::catalogue();
        assert_eq!(
            also_released(catalog.model("olmo-3").unwrap()),
            "Training code, training data, technical report, model card"
        );
        assert_eq!(
            also_released(catalog.model("smollm3").unwrap()),
            "Training code, a training-data recipe, technical report, model card"
        );
        // A system card with evaluations counts as a partial report (data/README.md).
        assert_eq!(
            also_released(catalog.model("gpt-5").unwrap()),
            "Technical report, model card"
        );
    }

    #[test]
    fn sizes_are_summarised_as_a_range() {
        let catalog = crate::dataset::catalogue();
        let pythia = &catalog.model("pythia").unwrap().variants;
        assert_eq!(summarise_sizes(pythia), "10 sizes, 14M to 12B parameters");
        let r1 = &catalog.model("deepseek-r1").unwrap().variants;
        assert_eq!(summarise_sizes(r1), "2 variants of 671B parameters");
        let scout = &catalog.model("llama-4-scout").unwrap().variants;
        assert_eq!(
            summarise_sizes(scout),
            "Llama 4 Scout 17B-16E: 109B parameters (17B active), 10,000,000-token context"
        );
    }
}
