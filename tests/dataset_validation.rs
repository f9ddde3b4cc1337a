//! A corpus of broken datasets, each rejected with the right message naming the model and field.
//! Each case starts from the published `models.json` (the assembled `data/`, as the build writes
//! it) and breaks one thing (or several, to show that every problem is reported at once). The
//! validator takes the published file back, so a reader can check a download too;
//! `tests/dataset_files.rs` holds the same checks on the source files.
#![cfg(not(target_arch = "wasm32"))]

use open_model_chooser::catalog::{Catalog, Problems};
use serde_json::{json, Value};

/// The published `models.json` of the shipped dataset.
fn data() -> String {
    let catalog = open_model_chooser::sources::load_compiled().unwrap_or_else(|p| panic!("{p}"));
    open_model_chooser::export::models_json(&catalog)
}

fn shipped() -> Value {
    serde_json::from_str(&data()).unwrap()
}

/// The model with this id, as JSON to edit.
fn model<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["models"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|m| m["id"] == id)
        .unwrap_or_else(|| panic!("{id} is not in the shipped dataset"))
}

/// Applies `edit` to the shipped dataset and returns every problem reported, as text.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut value = shipped();
    edit(&mut value);
    match Catalog::from_json(&value.to_string()) {
        Ok(_) => panic!("a broken dataset was accepted"),
        Err(Problems(list)) => list.iter().map(ToString::to_string).collect(),
    }
}

/// Asserts that the edit is rejected with exactly these problems.
fn rejects(edit: impl FnOnce(&mut Value), expected: &[&str]) {
    let got = problems_after(edit);
    assert_eq!(
        got, expected,
        "\ngot:      {got:#?}\nexpected: {expected:#?}"
    );
}

#[test]
fn the_shipped_dataset_is_accepted() {
    let catalog = Catalog::from_json(&data()).unwrap_or_else(|p| panic!("{p}"));
    assert!(catalog.models.len() >= 75, "{}", catalog.models.len());
}

#[test]
fn not_json_at_all() {
    let err = Catalog::from_json("{ \"models\": [ ").unwrap_err();
    assert_eq!(err.0.len(), 1);
    assert!(
        err.0[0]
            .to_string()
            .starts_with("field `(file)`: not valid JSON: EOF"),
        "{}",
        err
    );
}

#[test]
fn a_missing_field_is_named() {
    rejects(
        |v| {
            model(v, "olmo-3")
                .as_object_mut()
                .unwrap()
                .remove("licence");
        },
        &["model `olmo-3`, field `licence`: missing field `licence`"],
    );
    rejects(
        |v| {
            model(v, "gpt-5")["release"]["weights"]
                .as_object_mut()
                .unwrap()
                .remove("source");
        },
        &["model `gpt-5`, field `release.weights.source`: missing field `source`"],
    );
    rejects(
        |v| {
            v.as_object_mut().unwrap().remove("dataset");
        },
        &["field `dataset`: missing field `dataset`"],
    );
}

#[test]
fn a_duplicate_id_is_rejected() {
    rejects(
        |v| {
            let copy = model(v, "pythia").clone();
            v["models"].as_array_mut().unwrap().push(copy);
        },
        &["model `pythia`, field `id`: duplicate id"],
    );
}

/// Where pythia is in the published file (the models are in id order).
fn pythia_index() -> usize {
    shipped()["models"]
        .as_array()
        .unwrap()
        .iter()
        .position(|m| m["id"] == "pythia")
        .unwrap()
}

#[test]
fn an_id_of_the_wrong_shape_is_rejected() {
    rejects(
        |v| model(v, "pythia")["id"] = json!("Pythia 12B"),
        &["model `Pythia 12B`, field `id`: must be lower-case letters, digits, `.` and `-`"],
    );
    rejects(
        |v| {
            model(v, "pythia").as_object_mut().unwrap().remove("id");
        },
        &[&*format!(
            "model `models[{}]`, field `id`: missing field `id`",
            pythia_index()
        )],
    );
}

#[test]
fn an_http_url_is_rejected() {
    rejects(
        |v| model(v, "glm-5")["licence"]["url"] = json!("http://example.org/LICENSE"),
        &["model `glm-5`, field `licence.url`: must be an https:// URL"],
    );
    rejects(
        |v| model(v, "glm-5")["variants"][0]["source"] = json!("http://example.org/card"),
        &["model `glm-5`, field `variants[0].source`: must be an https:// URL"],
    );
    rejects(
        |v| v["dataset"]["licence"]["url"] = json!("javascript:alert(1)"),
        &["field `dataset.licence.url`: must be an https:// URL"],
    );
}

#[test]
fn an_empty_source_is_rejected() {
    rejects(
        |v| model(v, "claude-4")["terms"][0]["source"] = json!(""),
        &["model `claude-4`, field `terms[0].source`: must not be empty: every fact needs a source"],
    );
}

#[test]
fn an_unknown_enum_value_is_rejected() {
    let got =
        problems_after(|v| model(v, "kimi-k2.5")["release"]["weights"]["value"] = json!("maybe"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with(
            "model `kimi-k2.5`, field `release.weights.value`: unknown variant `maybe`, expected one of `open`, `gated`, `none`"
        ),
        "{got:?}"
    );
    let got = problems_after(|v| model(v, "kimi-k2.5")["terms"][0]["kind"] = json!("royalty"));
    assert!(
        got[0].starts_with("model `kimi-k2.5`, field `terms[0].kind`: unknown variant `royalty`"),
        "{got:?}"
    );
    let got = problems_after(|v| model(v, "olmo-2")["licence"]["confidence"] = json!("certain"));
    assert!(
        got[0].starts_with("model `olmo-2`, field `licence.confidence`: unknown variant `certain`"),
        "{got:?}"
    );
}

#[test]
fn an_unknown_field_is_rejected() {
    let got = problems_after(|v| model(v, "smollm3")["licnese"] = json!("MIT"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("model `smollm3`, field `licnese`: unknown field `licnese`"),
        "{got:?}"
    );
}

#[test]
fn a_value_of_the_wrong_type_is_rejected() {
    let got = problems_after(|v| model(v, "olmo-2")["licence"]["osi_approved"] = json!("yes"));
    assert_eq!(
        got,
        ["model `olmo-2`, field `licence.osi_approved`: invalid type: string \"yes\", expected a boolean"]
    );
}

#[test]
fn a_bad_date_is_rejected() {
    rejects(
        |v| model(v, "gemma-4")["released"]["value"] = json!("2026-13"),
        &["model `gemma-4`, field `released.value`: must be a month, YYYY-MM"],
    );
    rejects(
        |v| model(v, "gemma-4")["released"]["value"] = json!("April 2026"),
        &["model `gemma-4`, field `released.value`: must be a month, YYYY-MM"],
    );
    rejects(
        |v| v["dataset"]["as_of"] = json!("2026-02-30"),
        &["field `dataset.as_of`: must be a date, YYYY-MM-DD"],
    );
}

/// devstral-2's revenue threshold, as JSON to edit.
fn devstral_threshold(v: &mut Value) -> &mut Value {
    model(v, "devstral-2")["terms"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|t| t["kind"] == "threshold")
        .unwrap()
}

#[test]
fn a_threshold_without_a_number_is_rejected() {
    rejects(
        |v| {
            devstral_threshold(v).as_object_mut().unwrap().remove("above");
        },
        &["model `devstral-2`, field `terms[1].above`: a threshold needs a positive number (or 0 for a duty owed from the first dollar)"],
    );
}

#[test]
fn a_threshold_at_zero_is_a_duty_from_the_first_dollar_never_a_loss() {
    // devstral-2's revenue threshold loses the licence: at 0 it would be a ban on commercial use,
    // which only the commercial-use term may say.
    rejects(
        |v| {
            devstral_threshold(v)["above"] = 0.into();
        },
        &["model `devstral-2`, field `terms[1].above`: a threshold needs a positive number (or 0 for a duty owed from the first dollar)"],
    );
}

#[test]
fn numbers_must_be_positive() {
    rejects(
        |v| model(v, "olmo-3")["variants"][0]["params_total_b"] = json!(-7),
        &[
            "model `olmo-3`, field `variants[0].params_total_b`: must be a positive number (or null when unknown)",
            "model `olmo-3`, field `variants[0].params_active_b`: must not exceed params_total_b",
        ],
    );
    rejects(
        |v| model(v, "olmo-3")["variants"][0]["context_tokens"] = json!(0),
        &["model `olmo-3`, field `variants[0].context_tokens`: must be a positive number (or null when unknown)"],
    );
}

#[test]
fn a_term_must_carry_what_its_kind_needs() {
    rejects(
        |v| model(v, "olmo-3")["terms"][0]["effect"] = json!("duty"),
        &["model `olmo-3`, field `terms[0].effect`: a `commercial-use` term's effect must be one of: allowed, forbidden, unknown"],
    );
    rejects(
        |v| {
            model(v, "olmo-3")["terms"][0]["above"] = json!(5);
        },
        &["model `olmo-3`, field `terms[0].above`: only a threshold has a number, not a `commercial-use` term"],
    );
    rejects(
        |v| {
            let terms = model(v, "olmo-3")["terms"].as_array_mut().unwrap();
            terms.retain(|t| t["kind"] != "commercial-use");
        },
        &["model `olmo-3`, field `terms`: needs exactly one `commercial-use` term"],
    );
}

/// CONTRACT §3: every fact a verdict rule reads is recorded for every model, if only as "no such
/// term" (with the source that shows it) or "unknown" (with the reason).
#[test]
fn a_model_must_record_every_fact_the_verdict_rules_read() {
    for kind in ["threshold", "outputs-training", "regional"] {
        rejects(
            |v| {
                let terms = model(v, "pythia")["terms"].as_array_mut().unwrap();
                terms.retain(|t| t["kind"] != kind);
            },
            &[&format!(
                "model `pythia`, field `terms`: needs a `{kind}` term: the term itself, or effect \
                 `no-such-term` with the source that shows there is none, or `unknown` with what is \
                 unknown and where to check"
            )],
        );
    }
    // A record of absence stands alone: "no threshold" beside a threshold is a contradiction.
    rejects(
        |v| {
            let terms = model(v, "llama-4-scout")["terms"].as_array_mut().unwrap();
            terms.push(json!({"kind": "threshold", "effect": "no-such-term", "text": "None.",
                "quote": "The licence's words.", "read_in_full": true,
                "source": "https://example.org/licence", "confidence": "likely",
                "checked": "2026-11-29"}));
        },
        &["model `llama-4-scout`, field `terms`: a `threshold` term that is `no-such-term` or `unknown` must be the only `threshold` term"],
    );
    // An unknown carries no number or region, and needs none; its sentence is the reason.
    let mut value = shipped();
    let terms = model(&mut value, "pythia")["terms"].as_array_mut().unwrap();
    for t in terms
        .iter_mut()
        .filter(|t| t["kind"] == "threshold" || t["kind"] == "regional")
    {
        t["effect"] = json!("unknown");
        t["confidence"] = json!("unverified");
        let t = t.as_object_mut().unwrap();
        t.remove("read_in_full");
        t.remove("quote");
    }
    Catalog::from_json(&value.to_string()).unwrap_or_else(|p| panic!("{p}"));
    // A duty is there (no effect), absent or unknown: never "allowed".
    let at = shipped()["models"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "pythia")
        .unwrap()["terms"]
        .as_array()
        .unwrap()
        .iter()
        .position(|t| t["kind"] == "attribution")
        .unwrap();
    rejects(
        |v| {
            let t = &mut model(v, "pythia")["terms"][at];
            t["effect"] = json!("allowed");
        },
        &[&*format!(
            "model `pythia`, field `terms[{at}].effect`: a `attribution` term has no effect, or says that the text has none (`no-such-term`) or that no source settles it (`unknown`)"
        )],
    );
}

/// Facts carry time: each records when it was checked, no later than the dataset's date.
#[test]
fn every_fact_records_when_it_was_checked() {
    rejects(
        |v| {
            model(v, "pythia")["release"]["weights"]
                .as_object_mut()
                .unwrap()
                .remove("checked");
        },
        &["model `pythia`, field `release.weights.checked`: missing field `checked`"],
    );
    rejects(
        |v| model(v, "pythia")["licence"]["checked"] = json!("2026-13-01"),
        &["model `pythia`, field `licence.checked`: must be a date, YYYY-MM-DD"],
    );
    rejects(
        |v| model(v, "pythia")["terms"][0]["checked"] = json!("2099-01-01"),
        &["model `pythia`, field `terms[0].checked`: must not be after the dataset's `as_of` date"],
    );
}

/// CONTRACT §1's rulings are facts: a permissive licence is shown with its source and only where
/// OSI has not approved it; every usage policy says whether it binds.
#[test]
fn the_rulings_are_recorded_as_facts() {
    rejects(
        |v| {
            model(v, "pythia")["licence"]["permissive"] = json!({"value": true,
                "quote": "The licence's words.",
                "source": "https://example.org/licence", "confidence": "likely", "checked": "2026-11-29"});
        },
        &["model `pythia`, field `licence.permissive`: only a licence that OSI has not approved needs a ruling on whether it is permissive"],
    );
    let aup_at = shipped()["models"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "apertus")
        .unwrap()["terms"]
        .as_array()
        .unwrap()
        .iter()
        .position(|t| t["kind"] == "acceptable-use-policy" && t["effect"].is_null())
        .unwrap();
    rejects(
        |v| {
            model(v, "apertus")["terms"][aup_at]
                .as_object_mut()
                .unwrap()
                .remove("binding");
        },
        &[&*format!("model `apertus`, field `terms[{aup_at}].binding`: an `acceptable-use-policy` term says whether it binds: `binding` true when the licence or download terms incorporate it or end the licence for breaking it, false when it is only linked as guidance")],
    );
}

/// The broken-dataset corpus, for the catalogue's new fields.
#[test]
fn a_non_commercial_licence_quotes_its_clause_and_a_permissive_ruling_has_a_source() {
    // A term that forbids commercial use carries the licence's clause: readers ruled out by it
    // see those words (issue 16: in `quote`, no longer inside the sentence).
    let (i, confidence) = {
        let v = shipped();
        let terms = v["models"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == "exaone-4")
            .unwrap()["terms"]
            .clone();
        let i = terms
            .as_array()
            .unwrap()
            .iter()
            .position(|t| t["kind"] == "commercial-use")
            .unwrap();
        (i, terms[i]["confidence"].as_str().unwrap().to_owned())
    };
    rejects(
        |v| {
            model(v, "exaone-4")["terms"][i]
                .as_object_mut()
                .unwrap()
                .remove("quote");
        },
        &[
            &*format!("model `exaone-4`, field `terms[{i}].quote`: a `commercial-use` term that forbids commercial use quotes the licence's clause"),
            &*format!("model `exaone-4`, field `terms[{i}].quote`: a `{confidence}` deciding fact needs `quote`: the words of its source that settle it, copied verbatim (or lower its confidence to `unverified`)"),
        ],
    );
    rejects(
        |v| {
            model(v, "nemotron-3-ultra")["licence"]["permissive"]
                .as_object_mut()
                .unwrap()
                .remove("source");
        },
        &["model `nemotron-3-ultra`, field `licence.permissive.source`: missing field `source`"],
    );
    rejects(
        |v| model(v, "nemotron-3-ultra")["licence"]["permissive"]["source"] = json!(""),
        &["model `nemotron-3-ultra`, field `licence.permissive.source`: must not be empty: every fact needs a source"],
    );
}

#[test]
fn a_closed_model_has_no_hub_id() {
    rejects(
        |v| model(v, "gpt-5")["variants"][0]["hub_id"] = json!("openai/gpt-5"),
        &["model `gpt-5`, field `variants[0].hub_id`: a model whose weights are not downloadable has no hub id"],
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let got = problems_after(|v| {
        model(v, "qwen3.5")["licence"]["url"] = json!("http://example.org");
        model(v, "qwen3.5")["released"]["value"] = json!("2026-00");
        model(v, "llm360-k2")["release"]["training_code"]["value"] = json!("perhaps");
        v["dataset"]["version"] = json!("one");
    });
    assert_eq!(got.len(), 4, "{got:#?}");
    assert!(got
        .iter()
        .any(|p| p == "model `qwen3.5`, field `licence.url`: must be an https:// URL"));
    assert!(got
        .iter()
        .any(|p| p == "model `qwen3.5`, field `released.value`: must be a month, YYYY-MM"));
    assert!(got.iter().any(|p| p.starts_with(
        "model `llm360-k2`, field `release.training_code.value`: unknown variant `perhaps`"
    )));
    assert!(got
        .iter()
        .any(|p| p == "field `dataset.version`: must be a version, MAJOR.MINOR.PATCH"));
}

#[test]
fn the_report_lists_each_problem_on_its_own_line() {
    let err = Catalog::from_json(&{
        let mut v = shipped();
        model(&mut v, "pythia")["name"] = json!(" ");
        v.to_string()
    })
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the model dataset has 1 problem(s):\n  - model `pythia`, field `name`: must not be empty\n"
    );
}
