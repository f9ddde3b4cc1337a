//! What the independent audit of the dataset found (issue 14), held: each fact it corrected, and
//! the rule that `verified` means a primary source. Each of these failed on the data before.
#![cfg(not(target_arch = "wasm32"))]

use open_model_chooser::catalog::{Catalog, Confidence, Model};
use open_model_chooser::dataset;

fn model(id: &str) -> &'static Model {
    dataset::embedded().model(id).unwrap()
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
    // the card's licence line; its outputs term is Apache 2.0's, read in full.
    let olmo3 = model("olmo-3");
    let note = olmo3.licence.note.unwrap();
    assert!(note.contains("no third-party terms"), "{note}");
    assert!(olmo3.licence.quote.unwrap().contains("Apache 2.0"));
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
    let mut value: serde_json::Value =
        serde_json::from_str(&open_model_chooser::export::models_json(dataset::embedded()))
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
