//! The decision engine: the reader's answers to a verdict per model, with reasons that name the
//! fact and its source (CONTRACT §3), and the headline recommendation (CONTRACT §4).
//!
//! Pure Rust with no web dependency, tested natively.

use crate::catalog::{
    Availability, Binding, Catalog, Confidence, DataRelease, Effect, Metric, Model, Region,
    TermKind, Tier, WeightsAccess,
};
use crate::questions::{Answers, Question};

/// Memory needed per billion parameters, in GB: 4-bit weights plus 20% runtime overhead.
pub const GB_PER_BILLION_PARAMS: f64 = 0.6;
/// A laptop's memory, GB.
pub const LAPTOP_GB: f64 = 16.0;
/// One large GPU's memory, GB.
pub const GPU_GB: f64 = 80.0;

/// What one answer means for one model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    Pass,
    /// Fits only if the reader does something (shows an attribution, names a model a certain way,
    /// uses a paid tier).
    Condition,
    Fail,
}

/// Whether a model fits all the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Match,
    Conditional,
    Excluded,
}

impl Verdict {
    /// The public id (CONTRACT §6 `data-verdict`).
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Match => "match",
            Verdict::Conditional => "conditional",
            Verdict::Excluded => "excluded",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Match => "Fits",
            Verdict::Conditional => "Fits, with conditions",
            Verdict::Excluded => "Does not fit",
        }
    }

    /// Whether the model fits (with or without conditions).
    pub fn fits(self) -> bool {
        self != Verdict::Excluded
    }
}

/// A reason's sentence: a term's own text from the dataset, or one written from the facts.
pub type ReasonText = std::borrow::Cow<'static, str>;

/// Why an answer gives a model a condition or a fail: one sentence naming the fact, and its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub question: Question,
    pub outcome: Outcome,
    pub text: ReasonText,
    pub source: &'static str,
    pub confidence: Confidence,
    /// The words of the source that decide it (issue 16), shown under the reason; `None` for a
    /// reason that no quoted fact decides (a size estimate, an unknown).
    pub quote: Option<&'static str>,
}

/// A model's verdict with its reasons, in question order.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
}

/// The smallest downloadable size of the model, in billions of parameters, with its variant;
/// `None` when the weights are not downloadable or no size is known.
pub fn smallest_size(model: &Model) -> Option<(f64, &crate::catalog::Variant)> {
    if model.release.weights.value == WeightsAccess::None {
        return None;
    }
    model
        .variants
        .iter()
        .filter_map(|v| Some((f64::from(v.params_total_b?), v)))
        .min_by(|a, b| a.0.total_cmp(&b.0))
}

/// Assesses one model against the answers (CONTRACT §3).
pub fn assess(model: &'static Model, answers: &Answers) -> Assessment {
    let mut reasons = Vec::new();
    for q in Question::ALL {
        if !answers.is_asked(q) {
            continue;
        }
        if let Some(reason) = answer_outcome(model, answers, q) {
            reasons.push(reason);
        }
    }
    let verdict = if reasons.iter().any(|r| r.outcome == Outcome::Fail) {
        Verdict::Excluded
    } else if reasons.iter().any(|r| r.outcome == Outcome::Condition) {
        Verdict::Conditional
    } else {
        Verdict::Match
    };
    Assessment { verdict, reasons }
}

/// The outcome of one answer for one model; `None` is a pass.
fn answer_outcome(model: &'static Model, answers: &Answers, q: Question) -> Option<Reason> {
    let answer = answers.get(q)?;
    let downloadable = model.release.weights.value != WeightsAccess::None;
    let weights = &model.release.weights;
    let reason = |outcome,
                  text: ReasonText,
                  source: &'static str,
                  confidence,
                  quote: Option<&'static str>| Reason {
        question: q,
        outcome,
        text,
        source,
        confidence,
        quote,
    };
    match (q, answer) {
        (Question::Deploy, "self") | (Question::Customize, "yes") if !downloadable => {
            let need = if q == Question::Deploy {
                "to run it yourself"
            } else {
                "to fine-tune or modify it"
            };
            Some(reason(
                Outcome::Fail,
                format!("Its weights cannot be downloaded, and you need them {need}.").into(),
                &weights.source,
                weights.confidence,
                weights.quote.as_deref(),
            ))
        }
        (Question::Hardware, "laptop" | "gpu") if downloadable => {
            let (limit, what) = if answer == "laptop" {
                (LAPTOP_GB, "a laptop's 16 GB")
            } else {
                (GPU_GB, "one 80 GB GPU")
            };
            match smallest_size(model) {
                Some((billions, variant)) => {
                    let gb = billions * GB_PER_BILLION_PARAMS;
                    (gb > limit).then(|| {
                        reason(
                            Outcome::Fail,
                            format!(
                                "Its smallest size, {} ({} parameters), needs about {} GB of memory (estimate: 0.6 GB per billion parameters), more than {what}.",
                                variant.name,
                                crate::format::params(billions),
                                crate::format::one_decimal(gb)
                            )
                            .into(),
                            &variant.source,
                            variant.confidence,
                            None,
                        )
                    })
                }
                None => Some(reason(
                    Outcome::Fail,
                    format!("Its size is not disclosed, so it cannot be shown to fit {what}.")
                        .into(),
                    &weights.source,
                    weights.confidence,
                    None,
                )),
            }
        }
        (Question::Scale, scale) => scale_outcome(model, scale).map(|(outcome, text, term)| {
            reason(
                outcome,
                text,
                &term.source,
                term.confidence,
                term.quote.as_deref(),
            )
        }),
        (Question::Outputs, "yes") => {
            let term = model
                .terms
                .iter()
                .find(|t| t.kind == TermKind::OutputsTraining)?;
            term_reason(q, term, Effect::Forbidden, Effect::DutiesPassOn)
        }
        (Question::Transparency, "reproduce") => {
            let r = &model.release;
            let code = r.training_code.value == Availability::Yes;
            let data = matches!(
                r.training_data.value,
                DataRelease::Data | DataRelease::Recipe
            );
            let code_unknown = r.training_code.value == Availability::Unknown;
            let data_unknown = r.training_data.value == DataRelease::Unknown;
            // Unknowns give a condition unless a known fact already rules the model out.
            if (code || code_unknown) && (data || data_unknown) && (code_unknown || data_unknown) {
                let (what, fact) = if code_unknown {
                    ("training code", &r.training_code.source)
                } else {
                    ("training data", &r.training_data.source)
                };
                let (source, confidence) = if code_unknown {
                    (fact, r.training_code.confidence)
                } else {
                    (fact, r.training_data.confidence)
                };
                return Some(reason(
                    Outcome::Condition,
                    format!("Whether its {what} is released is not established: check its source before you rely on it.").into(),
                    source,
                    confidence,
                    None,
                ));
            }
            // Known to be missing (an unknown is not "missing": it gave the condition above).
            let (code_missing, data_missing) = (!code && !code_unknown, !data && !data_unknown);
            let text = match (code_missing, data_missing) {
                (false, false) => return None,
                (true, false) => "Its training code is not released.",
                (false, true) => "Its training data (or a complete recipe for it) is not released.",
                (true, true) => "Neither its training code nor its training data is released.",
            };
            // Cite the missing fact: the code when it is missing, else the data.
            let (source, confidence, quote) = if code_missing {
                let f = &r.training_code;
                (&f.source, f.confidence, f.quote.as_deref())
            } else {
                let f = &r.training_data;
                (&f.source, f.confidence, f.quote.as_deref())
            };
            Some(reason(
                Outcome::Fail,
                text.into(),
                source,
                confidence,
                quote,
            ))
        }
        (Question::Transparency, "docs") => {
            let r = &model.release;
            let exists = |a: Availability| matches!(a, Availability::Yes | Availability::Partial);
            if exists(r.technical_report.value) || exists(r.model_card.value) {
                return None;
            }
            // Neither is known to exist: a fail when both are known to be missing, else a
            // condition naming the unknown (CONTRACT §3).
            let unknown = [
                ("technical report", &r.technical_report),
                ("model card", &r.model_card),
            ]
            .into_iter()
            .find(|(_, f)| f.value == Availability::Unknown);
            Some(match unknown {
                Some((what, fact)) => reason(
                    Outcome::Condition,
                    format!("Whether it has a {what} is not established: check its source before you rely on it.").into(),
                    &fact.source,
                    fact.confidence,
                    None,
                ),
                None => reason(
                    Outcome::Fail,
                    "No technical report or model card was found for it.".into(),
                    &r.model_card.source,
                    r.model_card.confidence,
                    r.model_card.quote.as_deref(),
                ),
            })
        }
        (Question::Restrictions, "no") => restrictions_outcome(model, q),
        (Question::Region, "eu") => {
            // A limit on the EU or the EEA, or an unknown (which names no region).
            let term = model.terms.iter().find(|t| {
                t.kind == TermKind::Regional
                    && (t.is_unknown() || matches!(t.region, Some(Region::Eu | Region::Eea)))
            })?;
            term_reason(q, term, Effect::LosesLicence, Effect::PaidTier)
        }
        _ => None,
    }
}

/// The reason a term gives for the answer to `q`: a fail when its effect is `fail`, a condition
/// when it is `condition` or `unknown` (CONTRACT §3), and nothing (a pass) otherwise. The term's own sentence is the reason.
fn term_reason(
    q: Question,
    term: &'static crate::catalog::Term,
    fail: Effect,
    condition: Effect,
) -> Option<Reason> {
    let effect = term.effect?;
    let outcome = if effect == fail {
        Outcome::Fail
    } else if effect == condition || effect == Effect::Unknown {
        // An unknown never passes silently: the term's sentence names it and where to check.
        Outcome::Condition
    } else {
        return None;
    };
    Some(Reason {
        question: q,
        outcome,
        text: term.text.0.into(),
        source: &term.source,
        confidence: term.confidence,
        quote: term.quote.as_deref(),
    })
}

/// `scale`: a fail when the licence removes the right to use at that scale, a condition when it
/// adds a duty there.
fn scale_outcome(
    model: &'static Model,
    scale: &str,
) -> Option<(Outcome, ReasonText, &'static crate::catalog::Term)> {
    let commercial = scale != "personal";
    let mut worst: Option<(Outcome, ReasonText, &'static crate::catalog::Term)> = None;
    if commercial {
        if let Some(term) = model
            .terms
            .iter()
            .find(|t| t.kind == TermKind::CommercialUse && t.effect == Some(Effect::Forbidden))
        {
            return Some((Outcome::Fail, term.text.0.into(), term));
        }
        // Unknown whether commercial use is allowed, or whether a user or revenue threshold
        // applies: a condition at every commercial scale, unless a known term fails it below.
        let unknown: Vec<_> = model
            .terms
            .iter()
            .filter(|t| {
                matches!(t.kind, TermKind::CommercialUse | TermKind::Threshold) && t.is_unknown()
            })
            .collect();
        // One sentence names each unknown; the first one's source is cited.
        worst = unknown.first().map(|&t| {
            let text: ReasonText = match unknown.len() {
                1 => t.text.0.into(),
                _ => unknown
                    .iter()
                    .map(|t| &*t.text)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .into(),
            };
            (Outcome::Condition, text, t)
        });
    }
    // The thresholds that a reader of this scale may cross. The bands are CONTRACT §2's:
    // business is under US$20M monthly revenue and under 100M monthly users; large is over either
    // (revenue unbounded) and under 700M users; hyperscale is 700M users or more.
    let crosses = |metric: Metric, above: f64| match (scale, metric) {
        ("business", Metric::MonthlyRevenueUsd) => above < 20_000_000.0,
        ("business", Metric::MonthlyActiveUsers) => above < 100_000_000.0,
        ("large", Metric::MonthlyRevenueUsd) => true,
        ("large", Metric::MonthlyActiveUsers) => above < 700_000_000.0,
        ("hyperscale", _) => true,
        _ => false,
    };
    for term in model.terms.iter().filter(|t| t.kind == TermKind::Threshold) {
        let (Some(metric), Some(above), Some(effect)) = (term.metric, term.above, term.effect)
        else {
            continue;
        };
        if !crosses(metric, above) {
            continue;
        }
        let outcome = match effect {
            Effect::LosesLicence => Outcome::Fail,
            Effect::Duty => Outcome::Condition,
            _ => continue,
        };
        if worst.as_ref().is_none_or(|(o, _, _)| outcome > *o) {
            worst = Some((outcome, term.text.0.into(), term));
        }
    }
    worst
}

/// `restrictions=no`: every restricted or closed model fails, naming the restriction. A model
/// restricted only by a usage policy whose binding no source settles gets a condition naming that
/// unknown instead (CONTRACT §3: an unknown never passes silently, and never fails as if known).
fn restrictions_outcome(model: &'static Model, q: Question) -> Option<Reason> {
    let tier = model.tier();
    if !matches!(tier, Tier::WeightsAvailable | Tier::Closed) {
        return None;
    }
    let restricting: Vec<&'static crate::catalog::Term> =
        model.terms.iter().filter(|t| t.restricts()).collect();
    let only_unknown_binding = tier == Tier::WeightsAvailable
        && model.licence.is_permissive()
        && !restricting.is_empty()
        && restricting
            .iter()
            .all(|t| t.binding == Some(Binding::Unknown));
    if only_unknown_binding {
        let term = restricting[0];
        return Some(Reason {
            question: q,
            outcome: Outcome::Condition,
            text: format!(
                "Whether its usage policy binds you is not established: {}",
                term.text
            )
            .into(),
            source: &term.source,
            confidence: term.confidence,
            quote: term.quote.as_deref(),
        });
    }
    // A known restriction decides; an unknown binding only where nothing else does.
    let restriction = restricting
        .iter()
        .find(|t| t.binding != Some(Binding::Unknown))
        .or(restricting.first())
        .copied();
    let (text, source, confidence, quote) = match (tier, restriction) {
        (Tier::Closed, Some(term)) => (
            format!(
                "It is used under its provider's terms and usage policy: {}",
                term.text
            ),
            &term.source,
            term.confidence,
            term.quote.as_deref(),
        ),
        (Tier::Closed, None) => (
            "It is used under its provider's terms and usage policy.".to_owned(),
            &model.licence.source,
            model.licence.confidence,
            model.licence.quote.as_deref(),
        ),
        (_, Some(term)) => (
            format!(
                "Its licence carries {}: {}",
                if term.kind.restriction_words().is_empty() {
                    "use restrictions"
                } else {
                    term.kind.restriction_words()
                },
                term.text
            ),
            &term.source,
            term.confidence,
            term.quote.as_deref(),
        ),
        (_, None) => (
            format!(
                "Its licence, {}, is not OSI-approved and restricts use.",
                model.licence.name
            ),
            &model.licence.source,
            model.licence.confidence,
            model.licence.quote.as_deref(),
        ),
    };
    Some(Reason {
        question: q,
        outcome: Outcome::Fail,
        text: text.into(),
        source,
        confidence,
        quote,
    })
}

/// The headline (CONTRACT §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Recommendation {
    OpenSource,
    OpenWeights,
    Closed,
    Undecided,
    None,
}

impl Recommendation {
    /// The public id (CONTRACT §6 `data-recommendation`).
    pub fn id(self) -> &'static str {
        match self {
            Recommendation::OpenSource => "open-source",
            Recommendation::OpenWeights => "open-weights",
            Recommendation::Closed => "closed",
            Recommendation::Undecided => "undecided",
            Recommendation::None => "none",
        }
    }

    /// The tiers a recommendation stands for: `open-weights` counts `weights-available` too.
    pub fn tiers(self) -> &'static [Tier] {
        match self {
            Recommendation::OpenSource => &[Tier::OpenSource],
            Recommendation::OpenWeights => &[Tier::OpenWeights, Tier::WeightsAvailable],
            Recommendation::Closed => &[Tier::Closed],
            Recommendation::Undecided | Recommendation::None => &[],
        }
    }
}

/// The headline with what led to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub recommendation: Recommendation,
    /// The answers that chose the kind of model (rules 2 to 4 of CONTRACT §4).
    pub because: Vec<(Question, &'static str)>,
    /// When the chosen kind had no fitting model, the kind first chosen.
    pub moved_from: Option<Recommendation>,
    /// For `none`: the answers that rule models out, in question order.
    pub conflicts: Vec<(Question, &'static str)>,
}

/// Every model's assessment, in dataset order, and the headline.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcomes {
    /// Shared, so that each render hands a row its assessment without copying its reasons.
    pub assessments: Vec<(&'static Model, std::rc::Rc<Assessment>)>,
    pub headline: Headline,
}

impl Outcomes {
    pub fn fitting(&self) -> usize {
        self.assessments
            .iter()
            .filter(|(_, a)| a.verdict.fits())
            .count()
    }

    pub fn assessment(&self, id: &str) -> Option<&Assessment> {
        self.assessments
            .iter()
            .find(|(m, _)| m.id == id)
            .map(|(_, a)| &**a)
    }
}

/// Assesses every model and chooses the headline.
pub fn evaluate(catalog: &'static Catalog, answers: &Answers) -> Outcomes {
    let assessments: Vec<(&'static Model, std::rc::Rc<Assessment>)> = catalog
        .models
        .iter()
        .map(|m| (m, std::rc::Rc::new(assess(m, answers))))
        .collect();
    let headline = recommend(&assessments, answers);
    Outcomes {
        assessments,
        headline,
    }
}

fn recommend(
    assessments: &[(&'static Model, std::rc::Rc<Assessment>)],
    answers: &Answers,
) -> Headline {
    let given = |q: Question, id: &'static str| answers.is(q, id).then_some((q, id));
    let (chosen, because): (Recommendation, Vec<(Question, &'static str)>) =
        if let Some(a) = given(Question::Transparency, "reproduce") {
            (Recommendation::OpenSource, vec![a])
        } else {
            let open: Vec<_> = [
                given(Question::Deploy, "self"),
                given(Question::Customize, "yes"),
                given(Question::Outputs, "yes"),
                given(Question::Restrictions, "no"),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !open.is_empty() {
                (Recommendation::OpenWeights, open)
            } else if let Some(a) = given(Question::Deploy, "api") {
                (Recommendation::Closed, vec![a])
            } else {
                (Recommendation::Undecided, Vec::new())
            }
        };
    let has_fit = |r: Recommendation| {
        assessments
            .iter()
            .any(|(m, a)| a.verdict.fits() && r.tiers().contains(&m.tier()))
    };
    let mut headline = Headline {
        recommendation: chosen,
        because,
        moved_from: None,
        conflicts: Vec::new(),
    };
    if !assessments.iter().any(|(_, a)| a.verdict.fits()) {
        // No model at all fits: name the answers that rule models out.
        headline.recommendation = Recommendation::None;
        headline.moved_from = (chosen != Recommendation::Undecided).then_some(chosen);
        // In question order; no sort, which would cost the wasm a sorting routine.
        for q in Question::ALL {
            let rules_out = assessments.iter().any(|(_, a)| {
                a.reasons
                    .iter()
                    .any(|r| r.question == q && r.outcome == Outcome::Fail)
            });
            if let (true, Some(id)) = (rules_out, answers.get(q)) {
                headline.conflicts.push((q, id));
            }
        }
    } else if chosen != Recommendation::Undecided && !has_fit(chosen) {
        // The chosen kind has no fitting model: move to the most open kind that has one (one
        // exists, since some model fits and the three kinds cover every tier).
        headline.moved_from = Some(chosen);
        headline.recommendation = [
            Recommendation::OpenSource,
            Recommendation::OpenWeights,
            Recommendation::Closed,
        ]
        .into_iter()
        .find(|&r| has_fit(r))
        .unwrap_or(Recommendation::None);
    }
    headline
}
