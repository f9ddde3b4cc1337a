//! The catalogue's unit tests: types, parsing, validation, tiers, and the shipped data's tiers.

use super::tier::join_words;
use super::*;

#[test]
fn the_find_text_matches_name_vendor_and_licence_in_any_case() {
    let catalog = crate::dataset::embedded();
    let ids = |text: &str| -> Vec<&str> {
        catalog
            .models
            .iter()
            .filter(|m| m.matches(text))
            .map(|m| &*m.id)
            .collect()
    };
    assert_eq!(
        ids("").len(),
        catalog.models.len(),
        "empty text picks every model"
    );
    assert!(ids("QWEN").contains(&"qwen3.5"), "name, any case");
    assert!(ids("ai2").contains(&"olmo-3"), "vendor");
    let apache = ids("apache");
    assert!(
        apache.contains(&"olmo-3") && !apache.contains(&"gpt-5"),
        "licence name"
    );
    assert!(ids("Apache-2.0").contains(&"olmo-3"), "SPDX id");
    assert_eq!(
        ids("apache qwen"),
        ids("qwen apache"),
        "every word, in any order"
    );
    assert!(ids("apache qwen").iter().all(|id| apache.contains(id)));
    assert!(ids("no such model").is_empty());
}

fn shipped() -> Catalog {
    crate::sources::load_dir(std::path::Path::new(crate::sources::DATA_DIR))
        .unwrap_or_else(|problems| panic!("{problems}"))
}

#[test]
fn the_shipped_dataset_is_valid() {
    let catalog = shipped();
    assert_eq!(catalog.schema.as_deref(), Some("./models.schema.json"));
}

/// The schema editors use is generated from these types; regenerate it with
/// `UPDATE_GENERATED=1 cargo test` after changing them.
#[test]
fn the_json_schemas_are_in_step_with_the_types() {
    use crate::sources::{DatasetFile, ModelFile};
    /// `licences.json`, as published.
    #[derive(schemars::JsonSchema)]
    #[allow(dead_code)]
    struct LicencesFile {
        dataset: serde_json::Value,
        licences: Vec<LicenceRecord>,
    }
    let schemas = [
        ("models.schema.json", schemars::schema_for!(Catalog)),
        ("licences.schema.json", schemars::schema_for!(LicencesFile)),
        ("model.schema.json", schemars::schema_for!(ModelFile)),
        ("licence.schema.json", schemars::schema_for!(LicenceRecord)),
        ("dataset.schema.json", schemars::schema_for!(DatasetFile)),
    ];
    for (name, schema) in schemas {
        let mut value = serde_json::to_value(&schema).unwrap();
        // The source files carry `$schema` for editors; the build sets it aside.
        if let Some(props) = value["properties"].as_object_mut() {
            props.insert("$schema".into(), serde_json::json!({ "type": "string" }));
        }
        let text = serde_json::to_string_pretty(&value).unwrap() + "\n";
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data")
            .join(name);
        if std::env::var_os("UPDATE_GENERATED").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "data/{name} is out of step with the types: run `UPDATE_GENERATED=1 cargo test` \
             and commit the result"
        );
    }
}

#[test]
fn ids_are_checked() {
    assert!(is_valid_id("qwen3.6-max"));
    assert!(!is_valid_id("Qwen"));
    assert!(!is_valid_id(""));
    assert!(!is_valid_id("a b"));
    assert!(!is_valid_id("a_b"));
}

#[test]
fn months_and_dates_are_checked() {
    assert!(is_year_month("2024-12"));
    assert!(!is_year_month("2024-13"));
    assert!(!is_year_month("2024-00"));
    assert!(!is_year_month("24-12"));
    assert!(!is_year_month("2024-1x"));
    assert!(!is_year_month("2024-+1"));
    assert!(is_date("2026-11-27"));
    assert!(is_date("2024-02-29"));
    assert!(!is_date("2023-02-29"));
    assert!(!is_date("1900-02-29"));
    assert!(is_date("2000-02-29"));
    assert!(!is_date("2026-04-31"));
    assert!(!is_date("2026-11-00"));
    assert!(!is_date("2026-11-2x"));
    assert!(!is_date("2026-11"));
}

#[test]
fn urls_must_be_https() {
    assert!(is_https("https://example.org/x"));
    assert!(!is_https("http://example.org/x"));
    assert!(!is_https("https://"));
    assert!(!is_https("https:///path"));
    assert!(!is_https("https://exa mple.org"));
    assert!(!is_https("javascript:alert(1)"));
}

#[test]
fn other_formats_are_checked() {
    assert!(is_version("1.0.0"));
    assert!(!is_version("1.0"));
    assert!(!is_version("1.0.x"));
    assert!(is_spdx("Apache-2.0"));
    assert!(is_spdx("GPL-2.0+"));
    assert!(!is_spdx("Apache 2.0"));
    assert!(is_hub_id("allenai/Olmo-3-1025-7B"));
    assert!(!is_hub_id("allenai"));
    assert!(!is_hub_id("a/b/c"));
    assert!(!is_hub_id("/b"));
}

fn term(kind: TermKind) -> Term {
    Term {
        kind,
        metric: None,
        above: None,
        effect: None,
        region: None,
        binding: (kind == TermKind::AcceptableUsePolicy).then_some(Binding::Binds),
        text: "A term.".into(),
        quote: Some("The licence's words.".into()),
        read_in_full: None,
        source: "https://example.org".into(),
        confidence: Confidence::Verified,
        checked: "2026-11-29".into(),
    }
}

/// Facts carry time: the build warns about a fact checked more than 180 days before it.
#[test]
fn a_fact_checked_over_180_days_ago_is_a_warning() {
    let catalog = shipped();
    assert!(catalog.warnings(&catalog.dataset.as_of).is_empty());
    let later = civil_from_days(days_from_civil("2026-11-27").unwrap() + 181);
    assert_eq!(later, "2027-05-27");
    let warnings = catalog.warnings(&later);
    assert!(!warnings.is_empty());
    assert!(warnings.iter().all(|w| w.field.ends_with(".checked")));
    assert!(warnings[0]
        .to_string()
        .contains("checked on 2026-11-27, more than 180 days ago"));
    // One day less: not yet.
    let not_yet = civil_from_days(days_from_civil("2026-11-29").unwrap() + 180);
    assert!(catalog
        .warnings(&not_yet)
        .iter()
        .all(|w| !w.message.contains("2026-11-29")));
}

#[test]
fn dates_convert_both_ways() {
    for (date, days) in [
        ("1970-01-01", 0),
        ("2000-02-29", 11_016),
        ("2026-11-29", 20_786),
    ] {
        assert_eq!(days_from_civil(date), Some(days), "{date}");
        assert_eq!(civil_from_days(days), date);
    }
    assert_eq!(days_from_civil("2026-02-30"), None);
}

/// CONTRACT §1's two rulings, as facts that move a model's tier when they change.
#[test]
fn the_rulings_are_facts_that_move_the_tier() {
    let catalog = shipped();
    let find = |id: &str| catalog.models.iter().find(|m| m.id == id).unwrap().clone();

    // A usage policy binds (Apertus's download gate): restricted. Only linked: not.
    let mut apertus = find("apertus");
    assert_eq!(apertus.tier(), Tier::WeightsAvailable);
    apertus.terms = apertus
        .terms
        .iter()
        .map(|t| Term {
            binding: t.binding.map(|_| Binding::Guidance),
            ..t.clone()
        })
        .collect::<Vec<_>>()
        .into();
    assert_eq!(apertus.tier(), Tier::OpenSource);
    assert!(apertus
        .tier_reason()
        .contains("OSI-approved licence with no use restrictions"));

    // A licence OSI has not approved: restricted unless shown permissive, with a source; then
    // open weights, never open source.
    let mut nemotron = find("nemotron-4-340b");
    nemotron.terms = nemotron
        .terms
        .iter()
        .filter(|t| !t.restricts())
        .cloned()
        .collect::<Vec<_>>()
        .into();
    assert!(!nemotron.licence.osi_approved && nemotron.licence.permissive.is_none());
    assert_eq!(nemotron.tier(), Tier::WeightsAvailable);
    let ruling = |value| Fact {
        value,
        note: None,
        quote: Some("The licence's words.".into()),
        source: "https://example.org/licence".into(),
        confidence: Confidence::Likely,
        checked: "2026-11-29".into(),
    };
    nemotron.licence.permissive = Some(ruling(true));
    nemotron.release.training_code.value = Availability::Yes;
    nemotron.release.training_data.value = DataRelease::Data;
    assert_eq!(nemotron.tier(), Tier::OpenWeights);
    assert!(nemotron
        .tier_reason()
        .contains("a permissive licence that is not OSI-approved"));
    nemotron.licence.permissive = Some(ruling(false));
    assert_eq!(nemotron.tier(), Tier::WeightsAvailable);
}

#[test]
fn tiers_follow_the_contract_rules() {
    let mut model = shipped().models[0].clone();
    model.terms = vec![Term {
        effect: Some(Effect::Allowed),
        ..term(TermKind::CommercialUse)
    }]
    .into();
    model.licence.osi_approved = true;
    model.release.weights.value = WeightsAccess::Open;
    model.release.training_code.value = Availability::Yes;
    model.release.training_data.value = DataRelease::Recipe;
    assert_eq!(model.tier(), Tier::OpenSource);
    model.release.training_data.value = DataRelease::Data;
    assert_eq!(model.tier(), Tier::OpenSource);
    model.release.training_data.value = DataRelease::Partial;
    assert_eq!(model.tier(), Tier::OpenWeights);
    model.release.training_data.value = DataRelease::Data;
    model.release.training_code.value = Availability::Partial;
    assert_eq!(model.tier(), Tier::OpenWeights);
    // Attribution and output terms are not use restrictions.
    model.terms = [&model.terms[..], &[term(TermKind::Attribution)]]
        .concat()
        .into();
    assert_eq!(model.tier(), Tier::OpenWeights);
    for kind in [
        TermKind::AcceptableUsePolicy,
        TermKind::FieldOfUseBan,
        TermKind::TerminationForConduct,
        TermKind::NamingRule,
        TermKind::Threshold,
        TermKind::Regional,
    ] {
        let mut restricted = model.clone();
        restricted.terms = [&restricted.terms[..], &[term(kind)]].concat().into();
        assert_eq!(restricted.tier(), Tier::WeightsAvailable, "{kind:?}");
    }
    model.licence.osi_approved = false;
    assert_eq!(model.tier(), Tier::WeightsAvailable);
    model.release.weights.value = WeightsAccess::Gated;
    assert_eq!(model.tier(), Tier::WeightsAvailable);
    model.release.weights.value = WeightsAccess::None;
    assert_eq!(model.tier(), Tier::Closed);
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
                // Licences OSI has not approved, shown permissive with a source
                // (CONTRACT §1, first ruling): open weights, never open source.
                "nemotron-3-nano",
                "nemotron-3-super",
                "nemotron-3-ultra",
            ][..],
        ),
        (
            Tier::WeightsAvailable,
            &[
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

#[test]
fn words_are_joined_in_english() {
    assert_eq!(join_words(&[]), "");
    assert_eq!(join_words(&["a"]), "a");
    assert_eq!(join_words(&["a", "b"]), "a and b");
    assert_eq!(join_words(&["a", "b", "c"]), "a, b and c");
}
