//! The dataset as contributors edit it: one licence per file, one model per file. Each case starts
//! from the shipped files and breaks one thing; the problem names the file, the record and the
//! field (issue 16).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use open_model_chooser::catalog::{Binding, Confidence, Effect, TermKind};
use open_model_chooser::sources::{assemble, load_compiled, load_dir, SourceFile, DATA_DIR};
use serde_json::Value;

/// The shipped files: `data/dataset.json`, `data/licences/*.json`, `data/models/*.json`.
struct Files {
    dataset: SourceFile,
    licences: Vec<SourceFile>,
    models: Vec<SourceFile>,
}

fn folder(name: &str) -> Vec<SourceFile> {
    let mut paths: Vec<_> = std::fs::read_dir(Path::new(DATA_DIR).join(name))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| SourceFile {
            path: format!("data/{name}/{}", p.file_name().unwrap().to_str().unwrap()),
            text: std::fs::read_to_string(&p).unwrap(),
        })
        .collect()
}

fn shipped() -> Files {
    Files {
        dataset: SourceFile {
            path: "data/dataset.json".into(),
            text: std::fs::read_to_string(Path::new(DATA_DIR).join("dataset.json")).unwrap(),
        },
        licences: folder("licences"),
        models: folder("models"),
    }
}

/// Edits the JSON of the file whose path ends with `name`.
fn edit(files: &mut [SourceFile], name: &str, change: impl FnOnce(&mut Value)) {
    let file = files
        .iter_mut()
        .find(|f| f.path.ends_with(name))
        .unwrap_or_else(|| panic!("no file {name}"));
    let mut value: Value = serde_json::from_str(&file.text).unwrap();
    change(&mut value);
    file.text = serde_json::to_string_pretty(&value).unwrap();
}

/// Every problem of the edited files, as text.
fn problems(files: &Files) -> Vec<String> {
    match assemble(&files.dataset, &files.licences, &files.models) {
        Ok(_) => panic!("a broken dataset was accepted"),
        Err(p) => p.0.iter().map(ToString::to_string).collect(),
    }
}

fn term_index(value: &Value, kind: &str) -> usize {
    value["terms"]
        .as_array()
        .unwrap()
        .iter()
        .position(|t| t["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} term"))
}

#[test]
fn the_shipped_files_assemble_one_licence_per_file_and_one_model_per_file() {
    let files = shipped();
    let catalog =
        assemble(&files.dataset, &files.licences, &files.models).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(catalog.models.len(), files.models.len());
    assert_eq!(catalog.licences.len(), files.licences.len());
    // Each licence text is recorded once, and every record is used by a model.
    for licence in catalog.licences.iter() {
        assert!(
            catalog.models.iter().any(|m| m.licence.id == licence.id),
            "licence `{}` is used by no model",
            licence.id
        );
    }
    let names: std::collections::BTreeSet<_> = catalog
        .licences
        .iter()
        .map(|l| (&*l.name, &*l.url))
        .collect();
    assert_eq!(names.len(), catalog.licences.len(), "no licence text twice");
    // The models come out newest release first, then by id, whatever order the folder lists.
    let order: Vec<(&str, &str)> = catalog
        .models
        .iter()
        .map(|m| (&*m.released.value, &*m.id))
        .collect();
    let mut sorted = order.clone();
    sorted.sort_by(|a, b| b.0.cmp(a.0).then(a.1.cmp(b.1)));
    assert_eq!(order, sorted);
    let mut reversed = files.models.clone();
    reversed.reverse();
    assert_eq!(
        assemble(&files.dataset, &files.licences, &reversed).unwrap(),
        catalog
    );
    assert_eq!(load_dir(Path::new(DATA_DIR)).unwrap(), catalog);
}

#[test]
fn a_model_gets_its_licence_terms_no_more_certain_than_its_licence_fact() {
    let catalog = load_compiled().unwrap();
    let mut inherited = 0;
    for model in catalog.models.iter() {
        let record = catalog
            .licences
            .iter()
            .find(|l| l.id == model.licence.id)
            .unwrap();
        // A licence's record that a kind is absent or unknown gives way to the model's own record
        // of that kind (`sources`).
        let absent = |t: &&open_model_chooser::catalog::Term| {
            matches!(
                t.effect,
                Some(
                    open_model_chooser::catalog::Effect::NoSuchTerm
                        | open_model_chooser::catalog::Effect::Unknown
                )
            )
        };
        let kept = record.terms.iter().filter(|t| {
            !(absent(t) && model.terms.iter().any(|m| m.kind == t.kind && !absent(&m)))
        });
        for (term, own) in model.terms.iter().zip(kept) {
            inherited += 1;
            assert_eq!(term.kind, own.kind, "{}", model.id);
            assert_eq!(term.text, own.text, "{}", model.id);
            let rank = |c: Confidence| match c {
                Confidence::Verified => 2,
                Confidence::Likely => 1,
                Confidence::Unverified => 0,
            };
            assert!(
                rank(term.confidence) <= rank(model.licence.confidence)
                    && rank(term.confidence) <= rank(own.confidence),
                "{}: {} is {:?} while the licence fact is {:?}",
                model.id,
                term.kind.id(),
                term.confidence,
                model.licence.confidence
            );
        }
    }
    assert!(inherited > 300, "{inherited}");
}

#[test]
fn every_deciding_fact_rated_verified_or_likely_carries_a_quote() {
    let catalog = load_compiled().unwrap();
    let sure = |c: Confidence| c != Confidence::Unverified;
    let (mut facts, mut quoted) = (0, 0);
    let mut count = |confidence: Confidence, quote: Option<&str>| {
        if sure(confidence) {
            facts += 1;
            assert!(quote.is_some_and(|q| !q.trim().is_empty()));
            quoted += 1;
        }
    };
    for licence in catalog.licences.iter() {
        for term in licence.terms.iter() {
            count(term.confidence, term.quote.as_deref());
        }
        if let Some(p) = &licence.permissive {
            count(p.confidence, p.quote.as_deref());
        }
    }
    for model in catalog.models.iter() {
        let r = &model.release;
        count(model.licence.confidence, model.licence.quote.as_deref());
        for (c, q) in [
            (r.weights.confidence, r.weights.quote.as_deref()),
            (r.training_code.confidence, r.training_code.quote.as_deref()),
            (r.training_data.confidence, r.training_data.quote.as_deref()),
            (
                r.technical_report.confidence,
                r.technical_report.quote.as_deref(),
            ),
            (r.model_card.confidence, r.model_card.quote.as_deref()),
        ] {
            count(c, q);
        }
        let licence_terms = catalog
            .licences
            .iter()
            .find(|l| l.id == model.licence.id)
            .unwrap()
            .terms
            .len();
        for term in model.terms.iter().skip(licence_terms) {
            count(term.confidence, term.quote.as_deref());
        }
    }
    println!("{facts} deciding facts rated verified or likely, {quoted} quoted");
    assert!(facts > 400, "{facts}");
    // Every "no such term" rests on the whole text, read in full.
    for licence in catalog.licences.iter() {
        for term in licence.terms.iter() {
            if term.effect == Some(Effect::NoSuchTerm) {
                assert_eq!(term.read_in_full, Some(true), "{}", licence.id);
            }
        }
    }
}

#[test]
fn an_unquoted_deciding_fact_fails_naming_the_file_the_model_and_the_field() {
    let mut files = shipped();
    edit(&mut files.models, "models/qwen3.json", |m| {
        assert_ne!(m["release"]["weights"]["confidence"], "unverified");
        m["release"]["weights"]
            .as_object_mut()
            .unwrap()
            .remove("quote");
    });
    let confidence = {
        let v: Value = serde_json::from_str(
            &files
                .models
                .iter()
                .find(|f| f.path.ends_with("models/qwen3.json"))
                .unwrap()
                .text,
        )
        .unwrap();
        v["release"]["weights"]["confidence"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(
        problems(&files),
        [format!(
            "data/models/qwen3.json: model `qwen3`, field `release.weights.quote`: a `{confidence}` \
             deciding fact needs `quote`: the words of its source that settle it, copied verbatim \
             (or lower its confidence to `unverified`)"
        )]
    );
}

#[test]
fn no_such_term_needs_the_whole_text_read_in_full() {
    let mut files = shipped();
    let mut at = 0;
    edit(&mut files.licences, "licences/apache-2.0.json", |l| {
        at = term_index(l, "threshold");
        assert_eq!(l["terms"][at]["effect"], "no-such-term");
        l["terms"][at]
            .as_object_mut()
            .unwrap()
            .remove("read_in_full");
    });
    assert_eq!(
        problems(&files),
        [format!(
            "data/licences/apache-2.0.json: licence `apache-2.0`, field `terms[{at}].read_in_full`: \
             a `no-such-term` record needs `read_in_full: true`: its source is the whole licence \
             or terms text, read in full. Otherwise record the term as `unknown`, saying where to \
             check"
        )]
    );
}

#[test]
fn verified_on_a_site_that_cannot_be_primary_fails() {
    let mut files = shipped();
    edit(&mut files.models, "models/qwen3.json", |m| {
        m["licence"]["source"] = "https://openrouter.ai/qwen/qwen3".into();
        m["licence"]["confidence"] = "verified".into();
    });
    let got = problems(&files);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(
        got[0].starts_with(
            "data/models/qwen3.json: model `qwen3`, field `licence.confidence`: `verified` needs a \
             primary source"
        ),
        "{got:#?}"
    );
}

#[test]
fn a_model_names_a_licence_that_exists_and_its_file_name_is_its_id() {
    let mut files = shipped();
    edit(&mut files.models, "models/qwen3.json", |m| {
        m["licence"]["id"] = "apache-3.0".into();
    });
    edit(&mut files.models, "models/pythia.json", |m| {
        m["id"] = "pythia-2".into();
    });
    let got = problems(&files);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(got.iter().any(|p| p.starts_with(
        "data/models/qwen3.json: model `qwen3`, field `licence.id`: no licence `apache-3.0` in data/licences/"
    )), "{got:#?}");
    assert!(
        got.iter().any(|p| p
            == "data/models/pythia.json: model `pythia`, field `id`: must equal the file's name, \
            `pythia` (ids never change once shipped)"),
        "{got:#?}"
    );
}

#[test]
fn malformed_json_and_unknown_fields_name_their_file() {
    let mut files = shipped();
    files.models[0].text.push_str("}{");
    let first = files.models[0].path.clone();
    edit(&mut files.licences, "licences/mit.json", |l| {
        l["colour"] = "blue".into();
    });
    let got = problems(&files);
    assert!(
        got.iter()
            .any(|p| p.starts_with(&format!("{first}: field `(file)`: not valid JSON"))),
        "{got:#?}"
    );
    assert!(
        got.iter().any(|p| p
            .starts_with("data/licences/mit.json: licence `mit`, field `colour`: unknown field")),
        "{got:#?}"
    );
}

#[test]
fn a_rule_term_missing_from_both_the_licence_and_the_model_names_both() {
    let mut files = shipped();
    edit(&mut files.licences, "licences/apache-2.0.json", |l| {
        let at = term_index(l, "regional");
        l["terms"].as_array_mut().unwrap().remove(at);
    });
    let got = problems(&files);
    assert!(
        got.iter().any(|p| p.starts_with(
            "data/models/qwen3.json: model `qwen3`, field `terms`: needs a `regional` term"
        ) && p.contains("licence `apache-2.0`, data/licences/apache-2.0.json")),
        "{got:#?}"
    );
}

#[test]
fn an_unknown_binding_is_an_unknown_and_restricts_the_tier() {
    let catalog = load_compiled().unwrap();
    for model in catalog.models.iter() {
        for term in model.terms.iter() {
            if term.binding == Some(Binding::Unknown) {
                assert_eq!(term.kind, TermKind::AcceptableUsePolicy);
                assert_eq!(term.confidence, Confidence::Unverified, "{}", model.id);
                assert!(
                    term.restricts(),
                    "an unknown binding cannot claim no restriction"
                );
            }
        }
    }
    let mut files = shipped();
    edit(&mut files.licences, "licences/apache-2.0.json", |l| {
        let at = term_index(l, "commercial-use");
        l["terms"][at]["binding"] = "unknown".into();
    });
    let got = problems(&files);
    assert!(
        got.iter().any(|p| p.contains("field `terms[")
            && p.contains("only an `acceptable-use-policy` term that is there has `binding`")),
        "{got:#?}"
    );
}

#[test]
fn the_citation_is_derived_from_the_dataset_file() {
    let mut files = shipped();
    edit(
        std::slice::from_mut(&mut files.dataset),
        "dataset.json",
        |d| {
            d["version"] = "9.8.7".into();
            d["citation"] = "Open Model Chooser dataset, version 1.0.0".into();
        },
    );
    // A hand-written citation is refused: it is derived, never written twice.
    let got = problems(&files);
    assert!(
        got.iter()
            .any(|p| p.starts_with("data/dataset.json: field `dataset.citation`: unknown field")),
        "{got:#?}"
    );
    let mut files = shipped();
    edit(
        std::slice::from_mut(&mut files.dataset),
        "dataset.json",
        |d| {
            d["version"] = "9.8.7".into();
        },
    );
    let catalog = assemble(&files.dataset, &files.licences, &files.models).unwrap();
    assert!(catalog.dataset.citation().contains("version 9.8.7, as of "));
}
