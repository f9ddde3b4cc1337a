//! What the independent audits of the dataset found (issues 14 and 16), held: each fact they
//! corrected, and the rule that `verified` means a primary source. Each of these failed on the
//! data before.
#![cfg(not(target_arch = "wasm32"))]

use open_model_chooser::catalog::{Binding, Catalog, Confidence, Effect, Metric, Model, Term};
use open_model_chooser::dataset;
use open_model_chooser::engine::{assess, Verdict};
use open_model_chooser::questions::{Answers, Question};

fn model(id: &str) -> &'static Model {
    dataset::catalogue().model(id).unwrap()
}

#[test]
fn olmo_2_covers_the_base_checkpoints_and_shows_the_instruct_ones_terms_with_their_source() {
    let olmo = model("olmo-2");
    for v in olmo.variants.iter() {
        let hub = v.hub_id.as_deref().unwrap_or_default();
        assert!(
            !hub.contains("Instruct"),
            "{hub}: this entry covers the base checkpoints"
        );
    }
    assert!(olmo.description.contains("covers the base checkpoints"));
    let claim = olmo
        .commonly_described_as
        .iter()
        .find(|c| c.fact.contains("Gemma Terms of Use"))
        .expect("the Instruct checkpoints' additional terms are shown");
    assert!(claim.fact.contains("are subject to additional terms"));
    assert!(claim.source.contains("allenai/OLMo-2-1124-13B-Instruct"));
    assert_eq!(claim.confidence, Confidence::Verified);
    // Olmo 3's Instruct card carries no such terms: said beside its licence fact, whose quote is
    // the card's licence line, read on an Olmo 3 card (not Olmo 3.1's, which has its own entry);
    // its outputs term is Apache 2.0's, read in full.
    let olmo3 = model("olmo-3");
    let note = olmo3.licence.note.unwrap();
    assert!(note.contains("no third-party terms"), "{note}");
    let quote = olmo3.licence.quote.unwrap();
    assert!(
        quote.contains("Apache 2.0") || quote.contains("apache-2.0"),
        "{quote}"
    );
    let source = &*olmo3.licence.source;
    assert!(
        source.contains("allenai/Olmo-3-") && !source.contains("Olmo-3.1"),
        "{source}"
    );
    let outputs = olmo3
        .terms
        .iter()
        .find(|t| t.kind.id() == "outputs-training")
        .unwrap();
    assert_eq!(outputs.read_in_full, Some(true));
}

#[test]
fn pythia_says_which_sizes_have_no_deduplicated_version() {
    let note = model("pythia").release.weights.note.unwrap();
    assert!(note.contains("14M and 31M"), "{note}");
    assert!(!note.contains("each size also has"), "{note}");
    assert_eq!(
        &*model("pythia").release.weights.source,
        "https://github.com/EleutherAI/pythia/blob/main/README.md"
    );
}

#[test]
fn nemotron_4_quotes_the_june_2024_licence_it_shipped_under() {
    let m = model("nemotron-4-340b");
    let termination = m
        .terms
        .iter()
        .find(|t| t.kind.id() == "termination-for-conduct")
        .unwrap();
    assert!(termination
        .text
        .contains("June 2024 text, which has no guardrail clause"));
    assert!(
        termination.text.contains("came with the 2025 revisions"),
        "the later wording is marked as later"
    );
}

#[test]
fn gemma_4_records_the_sentence_that_decides_whether_its_usage_policy_binds() {
    let note = model("gemma-4").release.weights.note.unwrap();
    assert!(
        note.contains("For Gemma 4 terms, see the Gemma 4 license"),
        "{note}"
    );
    assert!(!note.contains("not stated"));
}

#[test]
fn terms_binding_through_a_licence_cite_the_licence_sentence() {
    for (id, licence) in [
        (
            "llama-4-scout",
            "meta-llama/llama-models/blob/main/models/llama4/LICENSE",
        ),
        ("gemma-3n", "ai.google.dev/gemma/terms"),
    ] {
        let aup = model(id)
            .terms
            .iter()
            .find(|t| t.kind.id() == "acceptable-use-policy")
            .unwrap();
        assert!(aup.source.contains(licence), "{id}: {}", aup.source);
        assert!(
            aup.quote
                .unwrap()
                .contains("hereby incorporated by reference"),
            "{id}"
        );
    }
}

/// `verified` means "seen in a primary source": a fact labelled so that cites an API router, a
/// hosting provider, a mirror or a third-party blog fails the build (it only warned before
/// issue 16), naming the model and the field.
#[test]
fn verified_facts_cite_primary_sources() {
    let mut value: serde_json::Value = serde_json::from_str(
        &open_model_chooser::export::models_json(dataset::catalogue()),
    )
    .unwrap();
    let qwen = value["models"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|m| m["id"] == "qwen3.5")
        .unwrap();
    qwen["licence"]["source"] = "https://openrouter.ai/qwen/qwen3.5".into();
    qwen["licence"]["confidence"] = "verified".into();
    qwen["licence"]["quote"] = "Apache 2.0".into();
    let problems = Catalog::from_json(&value.to_string())
        .unwrap_err()
        .0
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>();
    assert_eq!(
        problems,
        [
            "model `qwen3.5`, field `licence.confidence`: `verified` needs a primary source (the \
          licence, the model card, the vendor's repository or announcement), and \
          https://openrouter.ai/qwen/qwen3.5 cannot be one: cite the primary text, or lower the \
          confidence to `likely`"
        ]
    );
}

// The second audit (issue 16): each finding, held. Each of these failed on the data before.

fn verdict_for(id: &str, question: Question, answer: &str) -> Verdict {
    let mut answers = Answers::default();
    answers.set(question, answer);
    assess(model(id), &answers).verdict
}

fn term<'a>(m: &'a Model, kind: &str) -> &'a Term {
    m.terms
        .iter()
        .find(|t| t.kind.id() == kind)
        .unwrap_or_else(|| panic!("{}: no {kind} term", m.id))
}

#[test]
fn mistral_medium_3_5_ends_the_licence_above_20m_monthly_revenue() {
    let m = model("mistral-medium-3.5");
    let threshold = term(m, "threshold");
    assert_eq!(threshold.effect, Some(Effect::LosesLicence));
    assert_eq!(threshold.metric, Some(Metric::MonthlyRevenueUsd));
    assert_eq!(threshold.above, Some(20_000_000.0));
    assert!(threshold.quote.unwrap().contains("$20 million"));
    for scale in ["large", "hyperscale"] {
        assert_eq!(
            verdict_for("mistral-medium-3.5", Question::Scale, scale),
            Verdict::Excluded,
            "{scale}"
        );
    }
    assert_ne!(
        verdict_for("mistral-medium-3.5", Question::Scale, "business"),
        Verdict::Excluded
    );
}

#[test]
fn later_releases_have_their_own_ids_and_not_the_sizes_of_earlier_ones() {
    // GLM-4.7-Flash (30B, January 2026) is not a size of GLM-4.7 (355B).
    assert!(model("glm-4.7")
        .variants
        .iter()
        .all(|v| !v.name.contains("Flash")));
    assert_eq!(
        verdict_for("glm-4.7", Question::Hardware, "gpu"),
        Verdict::Excluded
    );
    assert_eq!(
        verdict_for("glm-4.7-flash", Question::Hardware, "gpu"),
        Verdict::Match
    );
    assert_eq!(&*model("glm-4.7-flash").released.value, "2026-01");
    // Phi-4-mini and Gemma 3 270M likewise.
    for (parent, later) in [("phi-4", "phi-4-mini"), ("gemma-3", "gemma-3-270m")] {
        let later_hub = model(later).variants[0].hub_id.unwrap();
        assert!(
            model(parent)
                .variants
                .iter()
                .all(|v| v.hub_id != Some(later_hub)),
            "{later} is no longer a size of {parent}"
        );
    }
}

#[test]
fn regional_terms_are_absent_only_where_the_whole_text_was_read_and_quoted() {
    for id in [
        "claude-5",
        "grok-4",
        "mistral-medium-3",
        "falcon-3",
        "falcon-h1",
    ] {
        let m = model(id);
        let mut kinds = vec!["regional"];
        if id.starts_with("falcon") {
            kinds.push("threshold");
        }
        for kind in kinds {
            let t = term(m, kind);
            match t.effect {
                Some(Effect::NoSuchTerm) => {
                    assert_eq!(t.read_in_full, Some(true), "{id} {kind}");
                    assert!(t.quote.is_some(), "{id} {kind}");
                }
                Some(Effect::Unknown) => assert_eq!(
                    verdict_for(id, Question::Region, "eu"),
                    Verdict::Conditional,
                    "{id}: an unknown gives a condition"
                ),
                _ => {}
            }
        }
    }
}

#[test]
fn muse_glimmers_usage_policy_binding_rests_on_what_was_read() {
    let aup = term(model("muse-glimmer"), "acceptable-use-policy");
    match aup.binding {
        Some(Binding::Unknown) => {
            assert_eq!(aup.confidence, Confidence::Unverified);
            assert_eq!(
                verdict_for("muse-glimmer", Question::Restrictions, "no"),
                Verdict::Conditional
            );
        }
        Some(_) => assert!(aup.quote.is_some(), "a known binding quotes its source"),
        None => panic!("an acceptable-use policy says whether it binds"),
    }
}

#[test]
fn command_a_plus_licence_rests_on_a_vendor_page_and_its_gate_is_recorded() {
    let m = model("command-a-plus");
    assert!(!m.licence.source.contains("news."), "{}", m.licence.source);
    assert!(m.licence.quote.unwrap().contains("Apache 2.0"));
    let aup = term(m, "acceptable-use-policy");
    assert!(aup.binding.is_some());
}

#[test]
fn claude_5_bars_training_any_model_on_outputs_quoting_the_usage_policy() {
    let outputs = term(model("claude-5"), "outputs-training");
    assert_eq!(outputs.effect, Some(Effect::Forbidden));
    let quote = outputs.quote.unwrap();
    assert!(
        quote.contains("to train an AI model") && quote.contains("without prior authorization")
    );
    assert!(!outputs.text.contains("competing AI models") || outputs.text.contains("not only"));
}

#[test]
fn the_smaller_findings_are_fixed() {
    // Gemini Flash: the current Flash model, with the superseded ids said.
    let flash = &model("gemini-flash").variants[0];
    assert!(
        !flash.name.starts_with("Gemini 3.5 Flash"),
        "{}",
        flash.name
    );
    // Jamba2 3B's hub id.
    let jamba = model("jamba2");
    assert!(jamba.variants.iter().all(|v| v.hub_id.is_some()));
    // EXAONE 4.0 §2.2: no distribution without LG's written agreement.
    let exaone = term(model("exaone-4"), "redistribution-limit");
    assert!(exaone.quote.unwrap().contains("agreed upon in writing"));
    // MiniMax-M2.7's earlier licence, in `licence.earlier`.
    assert!(!model("minimax-m2.7").licence.earlier.is_empty());
}

#[test]
fn the_audits_labels_are_fixed_at_source() {
    // Facts cited to third-party copies or aggregators are no longer `verified` on them.
    for (id, banned) in [
        ("gemma-3", "ggml-org"),
        ("gemma-3", "peterblazejewicz"),
        ("phi-4", "calcuis"),
        ("olmoe", "adsabs"),
        ("marin", "developers.googleblog.com"),
    ] {
        for (field, url, confidence, _) in model(id).sourced() {
            assert!(
                !(url.contains(banned) && confidence == Confidence::Verified),
                "{id} {field}: {url}"
            );
        }
    }
    assert!(!model("marin")
        .release
        .training_code
        .source
        .contains("googleblog"));
    // A term a model inherits from its licence is no more certain than its licence fact.
    for m in dataset::catalogue().models.iter() {
        if m.licence.confidence == Confidence::Likely {
            assert!(
                m.terms.iter().all(|t| t.confidence != Confidence::Verified),
                "{}",
                m.id
            );
        }
    }
}
