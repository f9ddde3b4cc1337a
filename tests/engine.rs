//! The decision engine against CONTRACT §3 and §4: every rule, the contract's own examples, and
//! properties checked over every answer combination.
#![cfg(not(target_arch = "wasm32"))]

use open_model_chooser::catalog::{Catalog, Tier};
use open_model_chooser::dataset;
use open_model_chooser::engine::{assess, evaluate, Outcome, Recommendation, Verdict};
use open_model_chooser::questions::{Answers, Question, UNSURE};

fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut a = Answers::default();
    for (q, v) in pairs {
        assert!(a.set(Question::from_id(q).unwrap(), v), "{q}={v}");
    }
    a
}

fn verdict(id: &str, pairs: &[(&str, &str)]) -> Verdict {
    let model = dataset::catalogue().model(id).unwrap();
    assess(model, &answers(pairs)).verdict
}

/// The single reason a model gets for an answer, asserting there is exactly one.
fn reason(id: &str, pairs: &[(&str, &str)]) -> (Outcome, String, &'static str) {
    let model = dataset::catalogue().model(id).unwrap();
    let a = assess(model, &answers(pairs));
    assert_eq!(a.reasons.len(), 1, "{id}: {:?}", a.reasons);
    let r = &a.reasons[0];
    (r.outcome, r.text.to_string(), r.source)
}

fn models_of(tier: Tier) -> Vec<&'static str> {
    dataset::catalogue()
        .models
        .iter()
        .filter(|m| m.tier() == tier)
        .map(|m| &*m.id)
        .collect()
}

#[test]
fn no_answer_means_every_model_matches() {
    for m in dataset::catalogue().models.iter() {
        let a = assess(m, &Answers::default());
        assert_eq!(a.verdict, Verdict::Match, "{}", m.id);
        assert!(a.reasons.is_empty());
    }
}

#[test]
fn deploy_self_excludes_models_whose_weights_cannot_be_downloaded() {
    for id in models_of(Tier::Closed) {
        let (outcome, text, source) = reason(id, &[("deploy", "self")]);
        assert_eq!(outcome, Outcome::Fail);
        assert!(text.contains("weights cannot be downloaded"), "{text}");
        assert_eq!(
            source,
            dataset::catalogue()
                .model(id)
                .unwrap()
                .release
                .weights
                .source
        );
    }
    for tier in [Tier::OpenSource, Tier::OpenWeights, Tier::WeightsAvailable] {
        for id in models_of(tier) {
            assert_eq!(verdict(id, &[("deploy", "self")]), Verdict::Match, "{id}");
        }
    }
    assert_eq!(verdict("gpt-5", &[("deploy", "api")]), Verdict::Match);
    assert_eq!(verdict("olmo-3", &[("deploy", "api")]), Verdict::Match);
}

#[test]
fn hardware_uses_the_smallest_size_times_point_six_gb() {
    // gpt-oss-20b: 21B x 0.6 = 12.6 GB, fits a laptop.
    assert_eq!(
        verdict("gpt-oss-20b", &[("hardware", "laptop")]),
        Verdict::Match
    );
    // gpt-oss-120b: 117B x 0.6 = 70.2 GB: not a laptop, one 80 GB GPU is enough.
    let (outcome, text, _) = reason("gpt-oss-120b", &[("hardware", "laptop")]);
    assert_eq!(outcome, Outcome::Fail);
    assert!(
        text.contains("117B parameters") && text.contains("about 70.2 GB"),
        "{text}"
    );
    assert!(text.contains("more than a laptop's 16 GB"), "{text}");
    assert_eq!(
        verdict("gpt-oss-120b", &[("hardware", "gpu")]),
        Verdict::Match
    );
    // DeepSeek-R1: 671B x 0.6 = 402.6 GB: a cluster only.
    let (_, text, _) = reason("deepseek-r1", &[("hardware", "gpu")]);
    assert!(
        text.contains("about 402.6 GB") && text.contains("one 80 GB GPU"),
        "{text}"
    );
    assert_eq!(
        verdict("deepseek-r1", &[("hardware", "cluster")]),
        Verdict::Match
    );
    // Qwen3.5 has a 0.8B size: the smallest decides.
    assert_eq!(
        verdict("qwen3.5", &[("hardware", "laptop")]),
        Verdict::Match
    );
    // 27B x 0.6 = 16.2 GB: just over a laptop.
    assert_eq!(
        verdict("qwen3.6", &[("hardware", "laptop")]),
        Verdict::Excluded
    );
    // Closed models have no weights to run: hardware does not apply.
    assert_eq!(verdict("gpt-5", &[("hardware", "laptop")]), Verdict::Match);
}

#[test]
fn an_unknown_size_fails_laptop_and_gpu_but_not_cluster() {
    let mut model = dataset::catalogue().model("olmo-3").unwrap().clone();
    let mut variants = model.variants.to_vec();
    for v in &mut variants {
        v.params_total_b = None;
        v.params_active_b = None;
    }
    model.variants = variants.into();
    let model: &'static _ = Box::leak(Box::new(model));
    for hw in ["laptop", "gpu"] {
        let a = assess(model, &answers(&[("hardware", hw)]));
        assert_eq!(a.verdict, Verdict::Excluded, "{hw}");
        assert!(a.reasons[0].text.contains("size is not disclosed"));
    }
    assert_eq!(
        assess(model, &answers(&[("hardware", "cluster")])).verdict,
        Verdict::Match
    );
}

#[test]
fn scale_follows_the_licence_thresholds() {
    // Devstral 2: no rights above US$20M monthly revenue.
    assert_eq!(
        verdict("devstral-2", &[("scale", "business")]),
        Verdict::Match
    );
    for scale in ["large", "hyperscale"] {
        let (outcome, text, _) = reason("devstral-2", &[("scale", scale)]);
        assert_eq!(outcome, Outcome::Fail, "{scale}");
        assert!(text.contains("20"), "{text}");
    }
    // Llama 4: the 700M monthly active users clause fails hyperscale only.
    for id in ["llama-4-scout", "llama-4-maverick"] {
        assert_eq!(verdict(id, &[("scale", "large")]), Verdict::Match, "{id}");
        assert_eq!(
            verdict(id, &[("scale", "hyperscale")]),
            Verdict::Excluded,
            "{id}"
        );
    }
    // Kimi K2.x: a display duty above 100M users or US$20M monthly revenue.
    for id in ["kimi-k2.5", "kimi-k2.6"] {
        assert_eq!(
            verdict(id, &[("scale", "business")]),
            Verdict::Match,
            "{id}"
        );
        for scale in ["large", "hyperscale"] {
            let (outcome, text, _) = reason(id, &[("scale", scale)]);
            assert_eq!(outcome, Outcome::Condition, "{id} {scale}");
            assert!(text.contains("Kimi"), "{text}");
        }
    }
    // Nothing forbids personal use, and permissive licences pass every scale.
    for m in dataset::catalogue().models.iter() {
        assert_eq!(
            assess(m, &answers(&[("scale", "personal")])).verdict,
            Verdict::Match
        );
    }
    for scale in ["personal", "business", "large", "hyperscale"] {
        assert_eq!(verdict("olmo-3", &[("scale", scale)]), Verdict::Match);
    }
}

#[test]
fn a_licence_forbidding_commercial_use_fails_every_business_scale() {
    let mut model = dataset::catalogue().model("olmo-3").unwrap().clone();
    let mut terms = model.terms.to_vec();
    for t in &mut terms {
        if t.kind == open_model_chooser::catalog::TermKind::CommercialUse {
            t.effect = Some(open_model_chooser::catalog::Effect::Forbidden);
            t.text = "Non-commercial use only.".into();
        }
    }
    model.terms = terms.into();
    let model: &'static _ = Box::leak(Box::new(model));
    assert_eq!(
        assess(model, &answers(&[("scale", "personal")])).verdict,
        Verdict::Match
    );
    for scale in ["business", "large", "hyperscale"] {
        let a = assess(model, &answers(&[("scale", scale)]));
        assert_eq!(a.verdict, Verdict::Excluded);
        assert_eq!(a.reasons[0].text, "Non-commercial use only.");
    }
}

#[test]
fn customizing_needs_the_weights() {
    for id in models_of(Tier::Closed) {
        assert_eq!(
            verdict(id, &[("customize", "yes")]),
            Verdict::Excluded,
            "{id}"
        );
        assert_eq!(verdict(id, &[("customize", "no")]), Verdict::Match, "{id}");
    }
    assert_eq!(
        verdict("llama-4-scout", &[("customize", "yes")]),
        Verdict::Match
    );
}

#[test]
fn training_on_outputs_follows_the_terms() {
    for id in ["gpt-5", "claude-4", "gemini-pro"] {
        assert_eq!(reason(id, &[("outputs", "yes")]).0, Outcome::Fail, "{id}");
    }
    for id in [
        "llama-4-scout",
        "llama-4-maverick",
        "gemma-3n",
        "deepseek-v3",
    ] {
        assert_eq!(
            reason(id, &[("outputs", "yes")]).0,
            Outcome::Condition,
            "{id}"
        );
    }
    let (_, text, _) = reason("llama-4-scout", &[("outputs", "yes")]);
    assert!(text.contains("Llama"), "{text}");
    for id in ["deepseek-r1", "gpt-oss-120b", "olmo-3", "kimi-k2.5"] {
        assert_eq!(verdict(id, &[("outputs", "yes")]), Verdict::Match, "{id}");
    }
    assert_eq!(verdict("gpt-5", &[("outputs", "no")]), Verdict::Match);
}

#[test]
fn reproducing_needs_training_code_and_data() {
    for m in dataset::catalogue().models.iter() {
        let fits = assess(m, &answers(&[("transparency", "reproduce")]))
            .verdict
            .fits();
        // Code and data (or a recipe) released, or not known to be missing (a condition).
        use open_model_chooser::catalog::{Availability, DataRelease};
        let r = &m.release;
        let expected = matches!(
            r.training_code.value,
            Availability::Yes | Availability::Unknown
        ) && matches!(
            r.training_data.value,
            DataRelease::Data | DataRelease::Recipe | DataRelease::Unknown
        );
        assert_eq!(fits, expected, "{}", m.id);
        if m.tier() == Tier::OpenSource {
            assert!(fits, "{}: every open-source model can be reproduced", m.id);
        }
    }
    let (_, text, source) = reason("deepseek-r1", &[("transparency", "reproduce")]);
    assert_eq!(
        text,
        "Neither its training code nor its training data is released."
    );
    assert_eq!(
        source,
        dataset::catalogue()
            .model("deepseek-r1")
            .unwrap()
            .release
            .training_code
            .source
    );
    // Documentation: every model in the dataset has a report or a model card.
    for m in dataset::catalogue().models.iter() {
        let has_docs = [m.release.technical_report.value, m.release.model_card.value]
            .iter()
            .any(|a| {
                matches!(
                    a,
                    open_model_chooser::catalog::Availability::Yes
                        | open_model_chooser::catalog::Availability::Partial
                )
            });
        let unknown = [m.release.technical_report.value, m.release.model_card.value]
            .contains(&open_model_chooser::catalog::Availability::Unknown);
        let a = assess(m, &answers(&[("transparency", "docs")]));
        // A report or card known to exist: a pass. Neither known, one unknown: a condition
        // naming it (CONTRACT §3). Both known to be missing: a fail.
        let expected = if has_docs {
            Verdict::Match
        } else if unknown {
            Verdict::Conditional
        } else {
            Verdict::Excluded
        };
        assert_eq!(a.verdict, expected, "{}", m.id);
        if expected == Verdict::Conditional {
            assert!(a.reasons[0].text.contains("is not established"), "{}", m.id);
        }
    }
    let mut model = dataset::catalogue().model("olmo-3").unwrap().clone();
    model.release.technical_report.value = open_model_chooser::catalog::Availability::No;
    model.release.model_card.value = open_model_chooser::catalog::Availability::No;
    let model: &'static _ = Box::leak(Box::new(model));
    assert_eq!(
        assess(model, &answers(&[("transparency", "docs")])).verdict,
        Verdict::Excluded
    );
}

#[test]
fn refusing_restrictions_excludes_restricted_and_closed_models_naming_the_restriction() {
    for m in dataset::catalogue().models.iter() {
        let a = assess(m, &answers(&[("restrictions", "no")]));
        let restricted = matches!(m.tier(), Tier::WeightsAvailable | Tier::Closed);
        // A usage policy whose binding no source settles is the only restriction of a permissive
        // licence: a condition naming that unknown, never a silent pass nor a fail as if known.
        let only_unknown = restricted
            && m.licence.is_permissive()
            && m.terms
                .iter()
                .filter(|t| t.restricts())
                .all(|t| t.binding == Some(open_model_chooser::catalog::Binding::Unknown));
        if only_unknown {
            assert_eq!(a.verdict, Verdict::Conditional, "{}", m.id);
            assert!(a.reasons[0].text.contains("not established"), "{}", m.id);
            continue;
        }
        assert_eq!(a.verdict == Verdict::Excluded, restricted, "{}", m.id);
        if restricted {
            assert!(!a.reasons[0].text.is_empty());
        }
    }
    for id in ["muse-glimmer", "command-a-plus"] {
        assert_eq!(
            verdict(id, &[("restrictions", "no")]),
            Verdict::Conditional,
            "{id}"
        );
    }
    let (_, text, _) = reason("apertus", &[("restrictions", "no")]);
    assert!(
        text.starts_with("Its licence carries an acceptable-use policy: "),
        "{text}"
    );
    let (_, text, _) = reason("gpt-5", &[("restrictions", "no")]);
    assert!(
        text.starts_with("It is used under its provider's terms and usage policy"),
        "{text}"
    );
    let (_, text, _) = reason("kimi-k2.5", &[("restrictions", "no")]);
    assert!(text.contains("a user or revenue threshold"), "{text}");
    assert_eq!(
        verdict("apertus", &[("restrictions", "yes")]),
        Verdict::Match
    );
}

#[test]
fn the_eu_region_follows_regional_terms() {
    for id in ["llama-4-scout", "llama-4-maverick"] {
        let (outcome, text, _) = reason(id, &[("region", "eu")]);
        assert_eq!(outcome, Outcome::Fail);
        assert!(text.contains("EU"), "{text}");
        assert_eq!(verdict(id, &[("region", "other")]), Verdict::Match);
    }
    assert_eq!(
        reason("gemini-pro", &[("region", "eu")]).0,
        Outcome::Condition
    );
    // Not checked: Alibaba Cloud's terms for organisations in the EU. A condition that says so.
    let (outcome, text, _) = reason("qwen3.6-max", &[("region", "eu")]);
    assert_eq!(outcome, Outcome::Condition);
    assert!(text.contains("read"), "{text}");
    // Read in full and quoted (issue 16): OpenAI's agreement has no regional limit, only another
    // contracting entity in the EEA. A pass, resting on the quoted clause.
    assert_eq!(verdict("gpt-5", &[("region", "eu")]), Verdict::Match);
    let regional = dataset::catalogue()
        .model("gpt-5")
        .unwrap()
        .terms
        .iter()
        .find(|t| t.kind.id() == "regional")
        .unwrap();
    assert_eq!(regional.read_in_full, Some(true));
    assert!(regional.quote.is_some());
    // Checked, and there is none: a pass.
    assert_eq!(verdict("pythia", &[("region", "eu")]), Verdict::Match);
}

/// CONTRACT §3, "unknown facts never pass silently", over every model and every rule: a rule that
/// meets an unknown gives a condition whose sentence names it (or a fail, where a known fact
/// already rules the model out); never a pass. Checked on the shipped records and on every model
/// with each rule-read term made unknown in turn.
#[test]
fn an_unknown_fact_never_passes_silently() {
    use open_model_chooser::catalog::{Effect, List, Model, Term, TermKind, RULE_TERM_KINDS};
    // The answers each kind of term decides.
    let decided_by = |kind: TermKind| -> &'static [(&'static str, &'static str)] {
        match kind {
            TermKind::CommercialUse | TermKind::Threshold => &[
                ("scale", "business"),
                ("scale", "large"),
                ("scale", "hyperscale"),
            ],
            TermKind::OutputsTraining => &[("outputs", "yes")],
            TermKind::Regional => &[("region", "eu")],
            _ => &[],
        }
    };
    let check = |m: &'static Model, term: &Term| {
        for &(q, a) in decided_by(term.kind) {
            let assessment = assess(m, &answers(&[(q, a)]));
            assert_ne!(
                assessment.verdict,
                Verdict::Match,
                "{} {q}={a}: {}",
                m.id,
                term.text
            );
            if assessment.verdict == Verdict::Conditional {
                assert!(
                    assessment
                        .reasons
                        .iter()
                        .any(|r| r.text.contains(&*term.text)),
                    "{} {q}={a}: the condition names the unknown",
                    m.id
                );
            }
        }
    };
    let mut unknowns = 0;
    for m in dataset::catalogue().models.iter() {
        for kind in RULE_TERM_KINDS {
            assert!(
                m.terms.iter().any(|t| t.kind == kind),
                "{}: no {} term",
                m.id,
                kind.id()
            );
        }
        for term in m.terms.iter().filter(|t| t.is_unknown()) {
            unknowns += 1;
            check(m, term);
        }
        // Each rule-read term made unknown in turn (its sentence naming the unknown).
        for kind in RULE_TERM_KINDS {
            let mut changed = m.clone();
            let mut terms: Vec<Term> = changed
                .terms
                .iter()
                .filter(|t| t.kind != kind)
                .cloned()
                .collect();
            let unknown = Term {
                kind,
                metric: None,
                above: None,
                effect: Some(Effect::Unknown),
                region: None,
                binding: None,
                text: open_model_chooser::catalog::Text("Not checked: read the licence."),
                quote: None,
                read_in_full: None,
                source: m.licence.url,
                confidence: open_model_chooser::catalog::Confidence::Unverified,
                checked: open_model_chooser::catalog::Text("2026-11-29"),
            };
            terms.push(unknown.clone());
            changed.terms = List::leak(terms);
            let changed: &'static Model = Box::leak(Box::new(changed));
            check(changed, &unknown);
        }
    }
    assert!(
        unknowns >= 3,
        "the shipped records hold unknowns (Qwen3.6-Max, GPT-5, Claude)"
    );
    // Release facts: an unknown training code or data never passes `reproduce`.
    for m in dataset::catalogue().models.iter() {
        let mut changed = m.clone();
        changed.release.training_code.value = open_model_chooser::catalog::Availability::Unknown;
        changed.release.training_data.value = open_model_chooser::catalog::DataRelease::Unknown;
        let changed: &'static Model = Box::leak(Box::new(changed));
        let a = assess(changed, &answers(&[("transparency", "reproduce")]));
        assert_eq!(a.verdict, Verdict::Conditional, "{}", m.id);
        assert!(a.reasons[0].text.contains("is not established"));
    }
}

#[test]
fn qwen_3_6_max_with_outputs_yes_is_a_condition_naming_the_unchecked_terms() {
    let (outcome, text, source) = reason("qwen3.6-max", &[("outputs", "yes")]);
    assert_eq!(outcome, Outcome::Condition);
    assert!(
        text.contains("Alibaba Cloud") && text.contains("before you rely on it"),
        "{text}"
    );
    assert!(source.starts_with("https://"));
}

#[test]
fn claude_with_outputs_yes_quotes_the_usage_policy() {
    // Issue 16: the Usage Policy bars training any AI model on inputs or outputs without prior
    // authorisation, not only competing ones; the reason carries the policy's own words.
    for id in ["claude-4", "claude-5"] {
        let model = dataset::catalogue().model(id).unwrap();
        let a = assess(model, &answers(&[("outputs", "yes")]));
        let r = &a.reasons[0];
        assert_eq!(r.outcome, Outcome::Fail, "{id}");
        assert!(r.text.contains("not only competing models"), "{}", r.text);
        let quote = r.quote.expect("the Usage Policy's words");
        assert!(
            quote.contains("to train an AI model")
                && quote.contains("model distillation")
                && quote.contains("without prior authorization from Anthropic"),
            "{quote}"
        );
        assert_eq!(r.source, "https://www.anthropic.com/legal/aup");
    }
}

#[test]
fn verdicts_combine_fails_and_conditions() {
    // A condition alone: conditional; a condition and a fail: excluded, with both reasons.
    assert_eq!(
        verdict("kimi-k2.5", &[("scale", "large")]),
        Verdict::Conditional
    );
    let model = dataset::catalogue().model("llama-4-scout").unwrap();
    let a = assess(model, &answers(&[("outputs", "yes"), ("region", "eu")]));
    assert_eq!(a.verdict, Verdict::Excluded);
    assert_eq!(
        a.reasons
            .iter()
            .map(|r| (r.question, r.outcome))
            .collect::<Vec<_>>(),
        [
            (Question::Outputs, Outcome::Condition),
            (Question::Region, Outcome::Fail)
        ]
    );
}

fn headline(pairs: &[(&str, &str)]) -> open_model_chooser::engine::Headline {
    evaluate(dataset::catalogue(), &answers(pairs)).headline
}

#[test]
fn the_recommendation_follows_the_contract_order() {
    assert_eq!(headline(&[]).recommendation, Recommendation::Undecided);
    assert_eq!(
        headline(&[("scale", "business"), ("region", "eu")]).recommendation,
        Recommendation::Undecided
    );
    assert_eq!(
        headline(&[("deploy", "unsure")]).recommendation,
        Recommendation::Undecided
    );
    let h = headline(&[("transparency", "reproduce"), ("deploy", "self")]);
    assert_eq!(h.recommendation, Recommendation::OpenSource);
    assert_eq!(h.because, [(Question::Transparency, "reproduce")]);
    for pair in [
        ("deploy", "self"),
        ("customize", "yes"),
        ("outputs", "yes"),
        ("restrictions", "no"),
    ] {
        let h = headline(&[pair]);
        assert_eq!(h.recommendation, Recommendation::OpenWeights, "{pair:?}");
        assert_eq!(h.because, [(Question::from_id(pair.0).unwrap(), pair.1)]);
    }
    let h = headline(&[
        ("deploy", "self"),
        ("outputs", "yes"),
        ("restrictions", "yes"),
    ]);
    assert_eq!(
        h.because,
        [(Question::Deploy, "self"), (Question::Outputs, "yes")]
    );
    let h = headline(&[("deploy", "api"), ("scale", "large")]);
    assert_eq!(h.recommendation, Recommendation::Closed);
    assert_eq!(h.because, [(Question::Deploy, "api")]);
    assert_eq!(h.moved_from, None);
    // Rule 3 comes before rule 4.
    assert_eq!(
        headline(&[("deploy", "api"), ("restrictions", "no")]).recommendation,
        Recommendation::OpenWeights
    );
}

/// The shipped dataset without its open-source models, to exercise the fallbacks.
fn without_open_source() -> &'static Catalog {
    let mut catalog = dataset::catalogue().clone();
    let mut models = catalog.models.to_vec();
    models.retain(|m| m.tier() != Tier::OpenSource);
    catalog.models = models.into();
    Box::leak(Box::new(catalog))
}

#[test]
fn the_headline_moves_to_a_kind_that_has_a_fitting_model() {
    let catalog = without_open_source();
    let h = evaluate(catalog, &answers(&[("transparency", "reproduce")])).headline;
    // Apertus (weights available: code and recipe released) still fits, and open weights
    // counts weights-available models.
    assert_eq!(h.recommendation, Recommendation::OpenWeights);
    assert_eq!(h.moved_from, Some(Recommendation::OpenSource));
}

#[test]
fn no_fitting_model_at_all_names_the_conflicting_answers() {
    // Without the open-source models, and without those whose training code no source settles:
    // an unknown gives `reproduce` a condition, never a fail (CONTRACT §3), so they would fit.
    let catalog = {
        let mut catalog = without_open_source().clone();
        let mut models = catalog.models.to_vec();
        models.retain(|m| {
            m.release.training_code.value != open_model_chooser::catalog::Availability::Unknown
        });
        catalog.models = models.into();
        Box::leak(Box::new(catalog))
    };
    let o = evaluate(
        catalog,
        &answers(&[
            ("transparency", "reproduce"),
            ("restrictions", "no"),
            ("region", "other"),
        ]),
    );
    assert_eq!(o.fitting(), 0);
    assert_eq!(o.headline.recommendation, Recommendation::None);
    assert_eq!(
        o.headline.conflicts,
        [
            (Question::Transparency, "reproduce"),
            (Question::Restrictions, "no")
        ]
    );
    // With the real dataset the same answers have fitting open-source models.
    let h = headline(&[("transparency", "reproduce"), ("restrictions", "no")]);
    assert_eq!(h.recommendation, Recommendation::OpenSource);
}

/// Every combination of answers (each question unanswered or one of its options, `unsure` aside),
/// respecting the rule that `hardware` is not asked after `deploy=api`.
fn every_answer_set() -> Vec<Answers> {
    let mut all = vec![Answers::default()];
    for q in Question::ALL {
        let mut next = Vec::new();
        for a in &all {
            next.push(*a);
            for c in q.choices().iter().filter(|c| c.id != UNSURE) {
                let mut b = *a;
                if b.set(q, c.id) {
                    next.push(b);
                }
            }
        }
        all = next;
    }
    all
}

#[test]
fn properties_hold_for_every_answer_set() {
    let catalog = dataset::catalogue();
    let sets = every_answer_set();
    // deploy unanswered or self: 4 hardware states; deploy=api: hardware not asked. Then
    // scale 5, customize 3, outputs 3, transparency 4, restrictions 3, region 3.
    assert_eq!(sets.len(), (2 * 4 + 1) * 5 * 3 * 3 * 4 * 3 * 3);
    for (i, a) in sets.iter().enumerate() {
        let o = evaluate(catalog, a);

        // The recommendation never names a kind with no fitting model.
        let r = o.headline.recommendation;
        if !r.tiers().is_empty() {
            assert!(
                o.assessments
                    .iter()
                    .any(|(m, x)| x.verdict.fits() && r.tiers().contains(&m.tier())),
                "{a:?} recommends {r:?} with no fitting model"
            );
        }
        assert_eq!(r == Recommendation::None, o.fitting() == 0, "{a:?}");

        // Answering unsure never changes a verdict: every question left open, answered unsure.
        let mut unsure = *a;
        for q in a.steps() {
            if a.chosen(q).is_none() {
                assert!(unsure.set(q, UNSURE));
            }
        }
        assert_eq!(evaluate(catalog, &unsure), o, "{a:?}");

        // Adding an answer never turns an excluded model back into a match. (Answering
        // deploy=api after hardware withdraws the hardware question: a removal, not an addition.)
        let open: Vec<Question> = a
            .steps()
            .into_iter()
            .filter(|&q| a.chosen(q).is_none())
            .collect();
        if !open.is_empty() {
            // One added answer per set, spread over the open questions and their options (every
            // pair is covered by the generated property below).
            let q = open[i % open.len()];
            let choices: Vec<_> = q.choices().iter().filter(|c| c.id != UNSURE).collect();
            let c = choices[(i / open.len()) % choices.len()];
            assert_adding_never_loosens(catalog, a, &o, q, c.id);
        }
    }
}

/// Adding the answer `q=choice` to `a` never turns an excluded model back into a fit, nor a
/// conditional one into a match. (Answering deploy=api after hardware withdraws the hardware
/// question: a removal, not an addition, so that case is skipped.)
fn assert_adding_never_loosens(
    catalog: &'static open_model_chooser::catalog::Catalog,
    a: &Answers,
    before: &open_model_chooser::engine::Outcomes,
    q: Question,
    choice: &str,
) {
    let mut b = *a;
    assert!(b.set(q, choice));
    if b.chosen(Question::Hardware) != a.chosen(Question::Hardware) {
        return;
    }
    let after = evaluate(catalog, &b);
    for ((m, x), (_, y)) in before.assessments.iter().zip(&after.assessments) {
        assert!(
            y.verdict >= x.verdict,
            "{}: {a:?} + {}={choice}: {:?} became {:?}",
            m.id,
            q.id(),
            x.verdict,
            y.verdict
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config {
        cases: 2_000,
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    })]

    /// For any answer set and any answer added to it (drawn by proptest, which shrinks a failing
    /// pair to the smallest), no verdict loosens.
    #[test]
    fn adding_an_answer_never_loosens_a_verdict(
        picks in proptest::collection::vec(0usize..8, Question::ALL.len()),
        added in 0usize..Question::ALL.len(),
        choice in 0usize..8,
    ) {
        let catalog = dataset::catalogue();
        let mut a = Answers::default();
        for (q, pick) in Question::ALL.into_iter().zip(&picks) {
            let choices = q.choices();
            // Index past the options: leave the question open.
            if let Some(c) = choices.get(*pick) {
                let _ = a.set(q, c.id);
            }
        }
        let q = Question::ALL[added];
        let choices: Vec<_> = q.choices().iter().filter(|c| c.id != UNSURE).collect();
        if a.chosen(q).is_none() && a.steps().contains(&q) {
            let before = evaluate(catalog, &a);
            assert_adding_never_loosens(catalog, &a, &before, q, choices[choice % choices.len()].id);
        }
    }
}
