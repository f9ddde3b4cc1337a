//! The catalogue readers choose between (issue 12): its size, the ids readers look for, the closed
//! references they compare against, and the non-commercial licences doing what their text says.
#![cfg(not(target_arch = "wasm32"))]

use open_model_chooser::catalog::{Catalog, Tier, WeightsAccess};
use open_model_chooser::dataset;
use open_model_chooser::engine::{assess, Outcome, Verdict};
use open_model_chooser::questions::{Answers, Question};

/// Stable ids (CONTRACT §1), required by the catalogue's issue, beside the first 29.
const REQUIRED: [&str; 25] = [
    "llama-3.1",
    "llama-3.3",
    "gemma-3",
    "qwen3",
    "qwen3-coder",
    "phi-4",
    "granite-4",
    "mistral-large-3",
    "mistral-small-3.2",
    "command-a",
    "minimax-m2",
    "deepseek-v3.2",
    "glm-4.5",
    "nemotron-3-nano",
    "falcon-3",
    "grok-2.5",
    "ernie-4.5",
    "seed-oss",
    "olmoe",
    "marin",
    "starcoder2",
    "bloom",
    "yi-1.5",
    "exaone-4",
    "grok-4",
];

const FIRST_29: [&str; 29] = [
    "deepseek-v3",
    "deepseek-v3-0324",
    "deepseek-r1",
    "deepseek-v4-pro",
    "gpt-oss-120b",
    "gpt-oss-20b",
    "qwen3.5",
    "qwen3.6",
    "qwen3.6-max",
    "glm-5",
    "glm-5.1",
    "devstral-2",
    "devstral-small-2",
    "llama-4-scout",
    "llama-4-maverick",
    "kimi-k2.5",
    "kimi-k2.6",
    "gemma-3n",
    "gemma-4",
    "nemotron-4-340b",
    "olmo-2",
    "olmo-3",
    "pythia",
    "smollm3",
    "apertus",
    "llm360-k2",
    "gpt-5",
    "claude-4",
    "gemini-pro",
];

/// The releases of 2026 readers look for (issue 19).
const REQUIRED_2026: [&str; 10] = [
    "deepseek-v4-flash",
    "kimi-k3",
    "glm-5.2",
    "glm-5.3",
    "minimax-m3",
    "granite-4.1",
    "mimo-v2.5",
    "qwen3-next",
    "lfm2.5",
    "nemotron-3-nano-omni",
];

#[test]
fn the_catalogue_holds_at_least_110_models_with_every_required_and_every_earlier_id() {
    let catalog = dataset::catalogue();
    assert!(catalog.models.len() >= 110, "{}", catalog.models.len());
    for id in REQUIRED
        .iter()
        .chain(FIRST_29.iter())
        .chain(REQUIRED_2026.iter())
    {
        assert!(catalog.model(id).is_some(), "{id} is missing");
    }
}

#[test]
fn closed_references_from_each_vendor_readers_compare_against() {
    let catalog = dataset::catalogue();
    for vendor in ["OpenAI", "Anthropic", "Google", "xAI", "Mistral"] {
        assert!(
            catalog
                .models
                .iter()
                .any(|m| m.release.weights.value == WeightsAccess::None
                    && m.vendor.value.starts_with(vendor)),
            "no closed model from {vendor}"
        );
    }
}

/// A non-commercial licence fails every commercial scale with a reason that quotes it, and
/// passes personal use.
#[test]
fn non_commercial_licences_fail_business_large_and_hyperscale_quoting_the_licence() {
    for id in ["command-a", "exaone-4", "minimax-m2.7"] {
        let model = dataset::catalogue().model(id).unwrap();
        for scale in ["business", "large", "hyperscale"] {
            let mut answers = Answers::default();
            answers.set(Question::Scale, scale);
            let a = assess(model, &answers);
            assert_eq!(a.verdict, Verdict::Excluded, "{id} {scale}");
            let reason = &a.reasons[0];
            assert_eq!(reason.outcome, Outcome::Fail);
            // The licence's own words come with the reason (issue 16).
            let quote = reason
                .quote
                .unwrap_or_else(|| panic!("{id}: the reason has no quote"));
            assert!(!quote.trim().is_empty(), "{id}");
            assert!(reason.text.to_lowercase().contains("commercial"), "{id}");
        }
        let mut personal = Answers::default();
        personal.set(Question::Scale, "personal");
        assert_ne!(
            assess(model, &personal).verdict,
            Verdict::Excluded,
            "{id} personal"
        );
    }
}

/// Licences move in both directions: a release whose licence changed keeps the earlier one, with
/// the source that shows the change.
#[test]
fn releases_whose_licence_changed_keep_the_earlier_licence_with_its_source() {
    for id in ["minimax-m2", "minimax-m2.5", "grok-2.5", "nemotron-3-nano"] {
        let licence = &dataset::catalogue().model(id).unwrap().licence;
        assert!(!licence.earlier.is_empty(), "{id}");
        for e in licence.earlier.iter() {
            assert!(
                e.source.starts_with("https://") && e.url.starts_with("https://"),
                "{id}"
            );
            assert!(!e.change.is_empty());
        }
    }
    // MiniMax M2.7 went non-commercial: its own id, under its own licence.
    let m27 = dataset::catalogue().model("minimax-m2.7").unwrap();
    assert_ne!(
        m27.licence.name,
        dataset::catalogue()
            .model("minimax-m2")
            .unwrap()
            .licence
            .name
    );
}

/// Every model's tier follows from the facts its sentence names: the weights, the licence (its
/// OSI approval or permissive ruling) and each use restriction, and what else is released.
#[test]
fn every_tier_follows_from_the_facts_its_sentence_names() {
    use open_model_chooser::catalog::{Availability, Binding, DataRelease, Term, Tier};
    for m in dataset::catalogue().models.iter() {
        let (tier, reason) = (m.tier(), m.tier_reason());
        let restrictions = m.restriction_kinds();
        let open_data = matches!(
            m.release.training_data.value,
            DataRelease::Data | DataRelease::Recipe
        );
        let code = m.release.training_code.value == Availability::Yes;
        match tier {
            Tier::Closed => {
                assert_eq!(m.release.weights.value, WeightsAccess::None, "{}", m.id);
                assert!(reason.contains("cannot be downloaded"), "{}", m.id);
            }
            Tier::WeightsAvailable => {
                assert!(
                    !m.licence.is_permissive() || m.terms.iter().any(Term::restricts),
                    "{}",
                    m.id
                );
                assert!(reason.contains(&*m.licence.name), "{}: {reason}", m.id);
                // A usage policy whose binding is unknown is named as such (issue 16).
                if m.terms
                    .iter()
                    .filter(|t| t.restricts())
                    .all(|t| t.binding == Some(Binding::Unknown))
                {
                    assert!(reason.contains("not established"), "{}: {reason}", m.id);
                    continue;
                }
                for kind in restrictions {
                    assert!(
                        reason.contains(kind.restriction_words()),
                        "{}: {reason}",
                        m.id
                    );
                }
            }
            Tier::OpenSource => {
                assert!(
                    m.licence.osi_approved && restrictions.is_empty() && code && open_data,
                    "{}",
                    m.id
                );
                assert!(
                    reason.contains(&*m.licence.name) && reason.contains("training code"),
                    "{}",
                    m.id
                );
            }
            Tier::OpenWeights => {
                assert!(
                    m.licence.is_permissive() && restrictions.is_empty(),
                    "{}",
                    m.id
                );
                assert!(!(m.licence.osi_approved && code && open_data), "{}", m.id);
                assert!(reason.contains(&*m.licence.name), "{}: {reason}", m.id);
                if !m.licence.osi_approved {
                    assert!(
                        reason.contains("permissive licence that is not OSI-approved"),
                        "{}",
                        m.id
                    );
                }
            }
        }
    }
}

// The shipped data's tiers and sentences (the rules themselves are tested on a fixture in
// src/catalog/tests.rs).

/// The shipped dataset, assembled from `data/` as the build does.
fn shipped() -> Catalog {
    open_model_chooser::sources::load_compiled().unwrap_or_else(|problems| panic!("{problems}"))
}

#[test]
fn the_shipped_dataset_is_valid() {
    let catalog = shipped();
    assert_eq!(catalog.schema.as_deref(), Some("./models.schema.json"));
}

#[test]
fn the_shipped_tiers_are_the_expected_ones() {
    let catalog = shipped();
    let expected = [
        (
            Tier::OpenSource,
            &[
                "olmo-2",
                "olmo-3",
                // Post-trained further from the Olmo 3 32B base a month later (December 2025):
                // Apache 2.0, open-instruct and OLMo-core scripts, Dolma 3 and Dolci data.
                "olmo-3.1",
                "pythia",
                "smollm3",
                "llm360-k2",
                "k2-v2",
                "marin",
                "olmoe",
            ][..],
        ),
        (
            Tier::OpenWeights,
            &[
                "deepseek-v3-0324",
                "deepseek-r1",
                "deepseek-v4-pro",
                "gpt-oss-120b",
                "gpt-oss-20b",
                "qwen3.5",
                "qwen3.6",
                "glm-5",
                "glm-5.1",
                "devstral-small-2",
                "gemma-4",
                "deepseek-v3.2",
                "ernie-4.5",
                "eurollm",
                "glm-4.5",
                "glm-4.7",
                // Later releases, not sizes of an earlier one (issue 16's audit).
                "glm-4.7-flash",
                "phi-4-mini",
                "phi-4-reasoning",
                "granite-4",
                "internlm3",
                "jamba2",
                "longcat-flash",
                "mimo-v2",
                "mistral-large-3",
                "mistral-small-3.2",
                "mistral-small-4",
                "phi-4",
                "qwen3-coder",
                "qwen3.8",
                "qwen3",
                "seed-oss",
                "step-3.5-flash",
                "tencent-hy3",
                "yi-1.5",
                // The releases of 2026 readers look for (issue 19), and more.
                "deepseek-v4-flash",
                "glm-5.2",
                "glm-5.3-flash",
                "granite-4.1",
                "mimo-v2.5",
                "qwen3-next",
                "ling-2.5",
                "magistral-small",
                "sarvam-m",
                "salamandra",
                "teuken",
                "ministral-3",
                "qwen3-coder-next",
                "qwq-32b",
                "intern-s1",
            ][..],
        ),
        (
            Tier::WeightsAvailable,
            &[
                // OpenMDW 1.1 ends all rights of a licensee who sues over the materials' patents
                // or copyright: a termination for conduct, like the Llama licences' clause.
                "nemotron-3-ultra",
                // The NVIDIA Nemotron Open Model License §2 ends every licence of a licensee who
                // sues claiming the work or an output infringes a patent or copyright: the same
                // kind of clause, so its licence is not permissive (CONTRACT §1).
                "nemotron-3-nano",
                "nemotron-3-super",
                "nemotron-3-nano-omni",
                "arcee-trinity",
                "deepseek-v3",
                "devstral-2",
                "llama-4-scout",
                "llama-4-maverick",
                "kimi-k2.5",
                "kimi-k2.6",
                "gemma-3n",
                "nemotron-4-340b",
                // Apache 2.0 weights, code and a data recipe, but the download gate adds an
                // acceptable-use policy: a use restriction beyond the law (CONTRACT §1).
                "apertus",
                "bloom",
                "command-a",
                "exaone-4",
                "falcon-3",
                "falcon-h1",
                "gemma-3",
                "grok-2.5",
                "llama-3.1",
                "llama-3.2-vision",
                "llama-3.2",
                "llama-3.3",
                "minimax-m2.5",
                "minimax-m2.7",
                "minimax-m2",
                "mistral-medium-3.5",
                // A usage policy whose binding no source settles: the tier cannot claim "no
                // use restrictions" (issue 16), and `restrictions=no` gives a condition.
                "muse-glimmer",
                "command-a-plus",
                "gemma-3-270m",
                "qwen3.8-flash-next",
                "starcoder2",
                // Revenue caps, approval duties above a revenue level, regional exclusions
                // (issue 19).
                "kimi-k3",
                "glm-5.3",
                "qwen3.8-max",
                "minimax-m3",
                "lfm2.5",
                // The first LFM2 release (July 2025), under the same LFM Open License.
                "lfm2",
                "hunyuan-a13b",
                "tulu-3",
                "apriel",
                "llama-nemotron-super",
                // A separate agreement to make the model available to others commercially
                // (a duty from the first dollar).
                "k-exaone",
                "dots-llm1",
                "aya-expanse",
            ][..],
        ),
        (
            Tier::Closed,
            &[
                "qwen3.6-max",
                "gpt-5",
                "claude-4",
                "gemini-pro",
                "claude-5",
                "gemini-flash",
                "grok-4",
                "mistral-medium-3",
                "muse-spark",
                "amazon-nova",
                "doubao-seed-2",
            ][..],
        ),
    ];
    let mut count = 0;
    for (tier, ids) in expected {
        for id in ids {
            let model = catalog
                .model(id)
                .unwrap_or_else(|| panic!("{id} is missing"));
            assert_eq!(model.tier(), tier, "{id}");
            count += 1;
        }
    }
    assert_eq!(
        count,
        catalog.models.len(),
        "every shipped model has an expected tier"
    );
}

#[test]
fn every_tier_reason_is_a_sentence_naming_the_licence() {
    for model in shipped().models.iter() {
        let reason = model.tier_reason();
        assert!(reason.starts_with("Its weights"), "{}: {reason}", model.id);
        assert!(reason.ends_with('.'), "{}: {reason}", model.id);
        if model.tier() != Tier::Closed {
            assert!(
                reason.contains(&*model.licence.name),
                "{}: {reason}",
                model.id
            );
        }
    }
    let apertus = shipped().model("apertus").unwrap().tier_reason();
    assert!(apertus.contains("an acceptable-use policy"), "{apertus}");
    let kimi = shipped().model("kimi-k2.5").unwrap().tier_reason();
    assert!(
        kimi.contains("not OSI-approved and carries a user or revenue threshold"),
        "{kimi}"
    );
    let r1 = shipped().model("deepseek-r1").unwrap().tier_reason();
    assert!(
        r1.contains("training code and data are not released"),
        "{r1}"
    );
}

/// The verdict and deciding reason of `id` for one answer.
fn verdict_for(id: &str, q: Question, answer: &str) -> (Verdict, Option<(Outcome, String, bool)>) {
    let model = dataset::catalogue()
        .model(id)
        .unwrap_or_else(|| panic!("{id} is missing"));
    let mut answers = Answers::default();
    answers.set(q, answer);
    let a = assess(model, &answers);
    let reason = a
        .reasons
        .iter()
        .find(|r| r.question == q)
        .map(|r| (r.outcome, r.text.to_string(), r.quote.is_some()));
    (a.verdict, reason)
}

/// Issue 19's new kinds of licence term, as the rules read them. A revenue cap on commercial use
/// (LFM Open License: US$10M a year) rules a business out, quoting the licence, and leaves
/// personal use alone; an approval duty above a revenue level (MiniMax M3, US$20M a year; Kimi
/// K3's and GLM-5.3's model-as-a-service duties) is a condition, never a silent pass; a regional
/// exclusion (Tencent Hunyuan: no EU) rules out a reader in the EU only.
#[test]
fn revenue_caps_approval_duties_and_regional_exclusions_decide_verdicts() {
    let (v, reason) = verdict_for("lfm2.5", Question::Scale, "business");
    assert_eq!(v, Verdict::Excluded, "a business may earn US$10M a year");
    let (outcome, text, quoted) = reason.unwrap();
    assert_eq!(outcome, Outcome::Fail);
    assert!(quoted, "the licence's own words come with the reason");
    assert!(text.contains("10"), "{text}");
    assert_ne!(
        verdict_for("lfm2.5", Question::Scale, "personal").0,
        Verdict::Excluded
    );

    for id in ["minimax-m3", "kimi-k3", "glm-5.3", "qwen3.8-max"] {
        let (v, reason) = verdict_for(id, Question::Scale, "large");
        assert_eq!(v, Verdict::Conditional, "{id}: a duty is a condition");
        let (outcome, _, quoted) = reason.unwrap();
        assert_eq!(outcome, Outcome::Condition, "{id}");
        assert!(quoted, "{id}: the duty is quoted");
    }
    let (v, _) = verdict_for("minimax-m3", Question::Scale, "business");
    assert_eq!(
        v,
        Verdict::Conditional,
        "US$20M a year is within the business band"
    );

    assert_eq!(
        verdict_for("hunyuan-a13b", Question::Region, "eu").0,
        Verdict::Excluded
    );
    assert_ne!(
        verdict_for("hunyuan-a13b", Question::Region, "other").0,
        Verdict::Excluded
    );
}
