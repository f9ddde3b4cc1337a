//! The catalogue's unit tests: types, parsing, validation, tiers, and the shipped data's tiers.

use super::tier::join_words;
use super::*;

#[test]
fn the_find_text_matches_name_vendor_and_licence_in_any_case() {
    let catalog = &shipped();
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
    crate::sources::load_compiled().unwrap_or_else(|problems| panic!("{problems}"))
}

/// The schema editors use is generated from these types; regenerate it with
/// `UPDATE_GENERATED=1 cargo test` after changing them.
#[test]
fn the_json_schemas_are_in_step_with_the_types() {
    use crate::sources::ModelFile;
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
        ("dataset.schema.json", schemars::schema_for!(DatasetInfo)),
    ];
    for (name, schema) in schemas {
        let mut value = serde_json::to_value(&schema).unwrap();
        // The source files carry `$schema` for editors; the build sets it aside.
        if let Some(props) = value["properties"].as_object_mut() {
            props.insert("$schema".into(), serde_json::json!({ "type": "string" }));
        }
        let text = serde_json::to_string_pretty(&value).unwrap() + "\n";
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../data")
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

/// The age warning names the facts checked longest ago first: the ones to read again first.
#[test]
fn stale_facts_come_oldest_first() {
    let mut catalog = shipped();
    // Two facts made old, the older one in a later model.
    let mut models = catalog.models.to_vec();
    let last = models.len() - 1;
    models[0].vendor.checked = "2025-01-10".into();
    models[last].vendor.checked = "2024-06-01".into();
    catalog.models = models.into();
    let oldest = catalog.oldest_checked();
    assert_eq!(oldest[0].0, "2024-06-01");
    assert_eq!(oldest[0].1, &*catalog.models[last].id);
    assert_eq!(oldest[0].2, "vendor.checked");
    assert_eq!(oldest[1].0, "2025-01-10");
    assert!(oldest
        .windows(2)
        .all(|w| days_from_civil(w[0].0) <= days_from_civil(w[1].0)));
    let warnings = catalog.warnings(&catalog.dataset.as_of);
    assert_eq!(warnings.len(), 2, "only the two old facts: {warnings:?}");
    assert!(warnings[0].to_string().contains("checked on 2024-06-01"));
    assert!(warnings[1].to_string().contains("checked on 2025-01-10"));
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

/// A small model built here, not read from the shipped data: the rule tests run on it, so that a
/// change to the data cannot hide a change to a rule.
fn fixture() -> Model {
    fn fact<T>(value: T) -> Fact<T> {
        Fact {
            value,
            note: None,
            quote: Some("The source's words.".into()),
            source: "https://example.org/card".into(),
            confidence: Confidence::Verified,
            checked: "2026-11-29".into(),
        }
    }
    Model {
        id: "fixture".into(),
        name: "Fixture 7B".into(),
        vendor: fact(Text("Example Lab")),
        released: fact(Text("2026-01")),
        description: "A model made up for the rule tests.".into(),
        variants: List::default(),
        licence: Licence {
            id: "example".into(),
            name: "Example Licence".into(),
            version: None,
            spdx: None,
            url: "https://example.org/licence".into(),
            osi_approved: true,
            permissive: None,
            earlier: List::default(),
            note: None,
            quote: Some("Licensed under the Example Licence.".into()),
            source: "https://example.org/card".into(),
            confidence: Confidence::Verified,
            checked: "2026-11-29".into(),
        },
        release: Releases {
            weights: fact(WeightsAccess::Open),
            training_code: fact(Availability::No),
            training_data: fact(DataRelease::No),
            technical_report: fact(Availability::Yes),
            model_card: fact(Availability::Yes),
        },
        terms: vec![Term {
            effect: Some(Effect::Allowed),
            ..term(TermKind::CommercialUse)
        }]
        .into(),
        commonly_described_as: List::default(),
    }
}

#[test]
fn tiers_follow_the_contract_rules() {
    let mut model = fixture();
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
        TermKind::RedistributionLimit,
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
fn a_usage_policy_restricts_unless_it_is_only_guidance() {
    let mut model = fixture();
    model.release.training_code.value = Availability::Yes;
    model.release.training_data.value = DataRelease::Data;
    assert_eq!(model.tier(), Tier::OpenSource);
    for (binding, tier) in [
        (Binding::Binds, Tier::WeightsAvailable),
        (Binding::Unknown, Tier::WeightsAvailable),
        (Binding::Guidance, Tier::OpenSource),
    ] {
        let mut m = model.clone();
        m.terms = [
            &m.terms[..],
            &[Term {
                binding: Some(binding),
                ..term(TermKind::AcceptableUsePolicy)
            }],
        ]
        .concat()
        .into();
        assert_eq!(m.tier(), tier, "{binding:?}");
    }
    // A no-such-term or unknown record never restricts by itself.
    for effect in [Effect::NoSuchTerm, Effect::Unknown] {
        let mut m = model.clone();
        m.terms = [
            &m.terms[..],
            &[Term {
                effect: Some(effect),
                ..term(TermKind::Threshold)
            }],
        ]
        .concat()
        .into();
        assert_eq!(m.tier(), Tier::OpenSource, "{effect:?}");
    }
}

#[test]
fn words_are_joined_in_english() {
    assert_eq!(join_words(&[]), "");
    assert_eq!(join_words(&["a"]), "a");
    assert_eq!(join_words(&["a", "b"]), "a and b");
    assert_eq!(join_words(&["a", "b", "c"]), "a, b and c");
}
