//! The dataset as contributors edit it, and how the build assembles it.
//!
//! - `data/dataset.json`: the dataset's own fields (version, date, licence, methodology). The
//!   citation is derived from them ([`DatasetInfo::citation`]), never written twice.
//! - `data/licences/<id>.json`: one licence text, read once and quoted once
//!   ([`LicenceRecord`]): every model under it shares its terms.
//! - `data/models/<id>.json`: one model ([`ModelFile`]): it names its licence by id, with where
//!   its own page says so, and records only its own facts, plus any term that is its own (a
//!   download gate that binds a usage policy, say).
//!
//! [`assemble`] resolves every model's licence into the [`Catalog`] the widget, the engine and the
//! downloads read (each model with its licence's terms, as `models.json` has always published
//! them), and validates it, reporting every problem at once, each naming the file, the record and
//! the field. It has no web dependency: the build script (`build/main.rs`) runs it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{
    decode, primary_problem, quote_problems, term_problems, validate_dataset_info, validate_models,
    Catalog, Claim, Confidence, DatasetInfo, EarlierLicence, Fact, Licence, LicenceRecord, List,
    Model, Problem, Problems, Releases, Term, Text, Variant,
};

/// One file of the dataset: its path (as shown in problems) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// `data/models/<id>.json`: one model and the facts that are its own.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    /// Stable public id (`[a-z0-9.-]+`), the file's name: never changes once shipped.
    pub id: Text,
    pub name: Text,
    pub vendor: Fact<Text>,
    /// Release month, `YYYY-MM`.
    pub released: Fact<Text>,
    pub description: Text,
    /// Sizes of the same release under the same licence.
    pub variants: List<Variant>,
    /// The licence the model is under, by id, and where the model's own page says so.
    pub licence: LicenceRef,
    pub release: Releases,
    /// Terms that are this model's own, added to its licence's.
    #[serde(default)]
    pub terms: List<Term>,
    /// Where popular claims differ from the facts.
    #[serde(default)]
    pub commonly_described_as: List<Claim>,
}

/// A model's licence: the id of a record in `data/licences/`, and the fact that the model is
/// under it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LicenceRef {
    /// The licence record's id (`data/licences/<id>.json`).
    pub id: Text,
    #[serde(default)]
    pub note: Option<Text>,
    /// The words of the model's page that say which licence it is under.
    #[serde(default)]
    pub quote: Option<Text>,
    /// Where the model's page says which licence it is under.
    pub source: Text,
    pub confidence: Confidence,
    /// `YYYY-MM-DD`: when it was last read.
    pub checked: Text,
    /// Earlier licences of the same release, newest first.
    #[serde(default)]
    pub earlier: List<EarlierLicence>,
}

/// The dataset folder this build compiled in: `data/`, or the one `OMC_DATASET` named (the
/// report's synthetic catalogues). Native tests read the same folder the build did.
pub const DATA_DIR: &str = match option_env!("OMC_DATASET") {
    Some(dir) => dir,
    None => concat!(env!("CARGO_MANIFEST_DIR"), "/../data"),
};

/// The folder layout under `data/`.
pub const DATASET_FILE: &str = "dataset.json";
pub const LICENCES_DIR: &str = "licences";
pub const MODELS_DIR: &str = "models";

/// Parses one file's JSON, setting `$schema` aside (it is for editors). `None` with a problem if
/// it is not a JSON object.
fn parse(file: &SourceFile, problems: &mut Vec<Problem>) -> Option<serde_json::Value> {
    let mut value: serde_json::Value = match serde_json::from_str(&file.text) {
        Ok(v) => v,
        Err(e) => {
            problems.push(at_file(
                Problem::new(None, "(file)", &format!("not valid JSON: {e}")),
                &file.path,
            ));
            return None;
        }
    };
    let Some(object) = value.as_object_mut() else {
        problems.push(at_file(
            Problem::new(None, "(file)", "must be a JSON object"),
            &file.path,
        ));
        return None;
    };
    object.remove("$schema");
    Some(value)
}

fn at_file(mut problem: Problem, path: &str) -> Problem {
    problem.file = Some(path.to_owned());
    problem
}

/// The file's name without its folder and `.json`: a record's id must equal it.
fn stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".json").unwrap_or(name)
}

/// Checks a licence record on its own: its fields, and each term's shape and quote.
fn licence_problems(record: &LicenceRecord) -> Vec<Problem> {
    use crate::{is_https, is_spdx, is_valid_id};
    let mut out = Vec::new();
    let mut check = |field: &str, ok: bool, message: &str| {
        if !ok {
            out.push(Problem::new(None, field, message));
        }
    };
    check(
        "id",
        is_valid_id(&record.id),
        "must be lower-case letters, digits, `.` and `-`",
    );
    check("name", !record.name.trim().is_empty(), "must not be empty");
    if let Some(spdx) = &record.spdx {
        check("spdx", is_spdx(spdx), "must be an SPDX id, or null");
    }
    check("url", is_https(&record.url), "must be an https:// URL");
    check(
        "source",
        is_https(&record.source),
        "must be an https:// URL",
    );
    if let Some(message) = primary_problem(record.confidence, &record.source) {
        check("confidence", false, &message);
    }
    if let Some(p) = &record.permissive {
        check(
            "permissive",
            !record.osi_approved,
            "only a licence that OSI has not approved needs a ruling on whether it is permissive",
        );
        check(
            "permissive.source",
            is_https(&p.source),
            "must be an https:// URL",
        );
        for (field, message) in quote_problems("permissive.quote", p.quote.as_deref(), p.confidence)
        {
            check(&field, false, &message);
        }
        if let Some(message) = primary_problem(p.confidence, &p.source) {
            check("permissive.confidence", false, &message);
        }
    }
    for (i, term) in record.terms.iter().enumerate() {
        let prefix = format!("terms[{i}]");
        for (field, message) in term_problems(term, &prefix) {
            check(&field, false, &message);
        }
        check(
            &format!("{prefix}.source"),
            is_https(&term.source),
            "must be an https:// URL",
        );
        if let Some(message) = primary_problem(term.confidence, &term.source) {
            check(&format!("{prefix}.confidence"), false, &message);
        }
    }
    for p in &mut out {
        p.licence = Some(record.id.to_string());
    }
    out
}

/// A model's licence resolved: the record's name, version, URL and rulings, with the model's own
/// fact that it is under it.
fn resolve_licence(record: &LicenceRecord, own: &LicenceRef) -> Licence {
    Licence {
        id: record.id,
        name: record.name,
        version: record.version,
        spdx: record.spdx,
        url: record.url,
        osi_approved: record.osi_approved,
        permissive: record.permissive.clone(),
        earlier: own.earlier,
        note: own.note,
        quote: own.quote,
        source: own.source,
        confidence: own.confidence,
        checked: own.checked,
    }
}

/// A term of the licence as it applies to one model: no more certain than the fact that the model
/// is under that licence (a term read in the Apache text is only `likely` for a model whose
/// Apache licence is known from secondary sources).
fn inherited(term: &Term, own: &LicenceRef) -> Term {
    let confidence = match (term.confidence, own.confidence) {
        (Confidence::Unverified, _) | (_, Confidence::Unverified) => Confidence::Unverified,
        (Confidence::Likely, _) | (_, Confidence::Likely) => Confidence::Likely,
        _ => Confidence::Verified,
    };
    Term {
        confidence,
        ..term.clone()
    }
}

/// Where a problem of a resolved model belongs: its licence's file for the terms it inherits and
/// the permissive ruling, its own file for the rest.
struct Origin<'a> {
    model_file: &'a str,
    licence_file: &'a str,
    licence_id: String,
    inherited_terms: usize,
}

fn place(mut problem: Problem, origin: &Origin<'_>) -> Option<Problem> {
    let term_index = problem
        .field
        .strip_prefix("terms[")
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(n, rest)| n.parse::<usize>().ok().map(|n| (n, rest.to_owned())));
    match term_index {
        // A term the model inherits was checked in its licence's file, with a confidence at
        // least as high: reported there, once.
        Some((i, _)) if i < origin.inherited_terms => return None,
        Some((i, rest)) => {
            problem.field = format!("terms[{}]{rest}", i - origin.inherited_terms);
            problem.file = Some(origin.model_file.to_owned());
        }
        // The permissive ruling is the licence's, checked in its file.
        None if problem.field.starts_with("licence.permissive") => return None,
        None if problem.field == "terms" => {
            problem.file = Some(origin.model_file.to_owned());
            problem.message = format!(
                "{} (the model's own terms and those of licence `{}`, {}, together)",
                problem.message, origin.licence_id, origin.licence_file
            );
        }
        None => problem.file = Some(origin.model_file.to_owned()),
    }
    Some(problem)
}

/// Assembles and validates the dataset from its files. `dataset` is `data/dataset.json`;
/// `licences` and `models` are the files of `data/licences/` and `data/models/`. The models come
/// out newest release first, then by id. Every problem is reported at once, each naming its file.
pub fn assemble(
    dataset: &SourceFile,
    licences: &[SourceFile],
    models: &[SourceFile],
) -> Result<Catalog, Problems> {
    let mut problems = Vec::new();

    let info = parse(dataset, &mut problems).and_then(|value| {
        let mut local = Vec::new();
        // `data/dataset.json` is the dataset's own fields as they are: no citation, which is
        // derived from them.
        let info = decode::<DatasetInfo>(&value, None, "dataset", &mut local);
        problems.extend(local.into_iter().map(|p| at_file(p, &dataset.path)));
        info
    });
    if let Some(info) = &info {
        problems.extend(
            validate_dataset_info(info)
                .into_iter()
                .map(|p| at_file(p, &dataset.path)),
        );
    }

    let mut records: BTreeMap<String, (LicenceRecord, &str)> = BTreeMap::new();
    for file in licences {
        let Some(value) = parse(file, &mut problems) else {
            continue;
        };
        let id = stem(&file.path).to_owned();
        let mut local = Vec::new();
        let Some(record) = decode::<LicenceRecord>(&value, None, "", &mut local) else {
            problems.extend(local.into_iter().map(|mut p| {
                p.licence = Some(id.clone());
                at_file(p, &file.path)
            }));
            continue;
        };
        if *record.id != *id {
            problems.push(at_file(
                Problem::new(
                    None,
                    "id",
                    &format!("must equal the file's name, `{id}` (ids never change once shipped)"),
                ),
                &file.path,
            ));
        }
        problems.extend(
            licence_problems(&record)
                .into_iter()
                .map(|p| at_file(p, &file.path)),
        );
        records.insert(id, (record, &file.path));
    }

    let mut resolved: Vec<(Model, Origin<'_>)> = Vec::new();
    for file in models {
        let Some(value) = parse(file, &mut problems) else {
            continue;
        };
        let id = stem(&file.path).to_owned();
        let mut local = Vec::new();
        let Some(own) = decode::<ModelFile>(&value, Some(&id), "", &mut local) else {
            problems.extend(local.into_iter().map(|p| at_file(p, &file.path)));
            continue;
        };
        if *own.id != *id {
            problems.push(at_file(
                Problem::new(
                    Some(&id),
                    "id",
                    &format!("must equal the file's name, `{id}` (ids never change once shipped)"),
                ),
                &file.path,
            ));
        }
        let Some((record, licence_file)) = records.get(&*own.licence.id) else {
            let known = records.keys().cloned().collect::<Vec<_>>().join(", ");
            problems.push(at_file(
                Problem::new(
                    Some(&own.id),
                    "licence.id",
                    &format!(
                        "no licence `{}` in data/licences/ (add its file, or use one of: {known})",
                        own.licence.id
                    ),
                ),
                &file.path,
            ));
            continue;
        };
        // A model's own record of a kind supersedes its licence's record that the licence has
        // none of that kind, or that it is unknown (Command A+ carries its own usage policy
        // under Apache 2.0, which has none).
        let inherited_terms: Vec<Term> = record
            .terms
            .iter()
            .filter(|t| {
                !(matches!(
                    t.effect,
                    Some(crate::Effect::NoSuchTerm | crate::Effect::Unknown)
                ) && own.terms.iter().any(|o| o.kind == t.kind))
            })
            .map(|t| inherited(t, &own.licence))
            .collect();
        let inherited_count = inherited_terms.len();
        let terms: Vec<Term> = inherited_terms
            .into_iter()
            .chain(own.terms.iter().cloned())
            .collect();
        let model = Model {
            id: own.id,
            name: own.name,
            vendor: own.vendor,
            released: own.released,
            description: own.description,
            variants: own.variants,
            licence: resolve_licence(record, &own.licence),
            release: own.release,
            terms: List::leak(terms),
            commonly_described_as: own.commonly_described_as,
        };
        let origin = Origin {
            model_file: &file.path,
            licence_file,
            licence_id: record.id.to_string(),
            inherited_terms: inherited_count,
        };
        resolved.push((model, origin));
    }
    // Newest release first (what a reader in late 2026 looks for first; within each kind the
    // widget keeps this order), then by id: a stable order whatever the folder's listing.
    resolved.sort_by(|(a, _), (b, _)| {
        b.released
            .value
            .cmp(&a.released.value)
            .then_with(|| a.id.cmp(&b.id))
    });

    let as_of = info.as_ref().map(|i| &*i.as_of);
    let mut seen = std::collections::BTreeSet::new();
    for (model, origin) in &resolved {
        for problem in validate_models(std::slice::from_ref(model), as_of) {
            let Some(problem) = place(problem, origin) else {
                continue;
            };
            // A licence's term is checked once per model under it: report it once.
            if seen.insert(problem.to_string()) {
                problems.push(problem);
            }
        }
    }
    let mut ids = std::collections::BTreeSet::new();
    for (model, origin) in &resolved {
        if !ids.insert(model.id) {
            problems.push(at_file(
                Problem::new(Some(&model.id), "id", "duplicate id"),
                origin.model_file,
            ));
        }
    }

    match info {
        Some(dataset) if problems.is_empty() => {
            let mut used: Vec<LicenceRecord> = records.into_values().map(|(r, _)| r).collect();
            used.sort_by_key(|l| l.id);
            Ok(Catalog {
                schema: Some(Text("./models.schema.json")),
                dataset,
                models: List::leak(resolved.into_iter().map(|(m, _)| m).collect()),
                licences: List::leak(used),
            })
        }
        _ => Err(Problems(problems)),
    }
}

/// Reads `dir` (normally `data/`) and assembles it: [`assemble`] over `dataset.json`,
/// `licences/*.json` and `models/*.json`. A file that cannot be read is a problem naming it.
pub fn load_dir(dir: &std::path::Path) -> Result<Catalog, Problems> {
    let mut problems = Vec::new();
    let dataset = read_file(&dir.join(DATASET_FILE), &mut problems);
    let licences = read_folder(&dir.join(LICENCES_DIR), &mut problems);
    let models = read_folder(&dir.join(MODELS_DIR), &mut problems);
    let assembled = dataset.map(|d| assemble(&d, &licences, &models));
    match assembled {
        Some(Ok(catalog)) if problems.is_empty() => Ok(catalog),
        Some(Err(Problems(more))) => {
            problems.extend(more);
            Err(Problems(problems))
        }
        _ => Err(Problems(problems)),
    }
}

/// The dataset this build compiled in ([`DATA_DIR`]), assembled again from its files: for native
/// tools and tests that need what the packed form leaves out (the licence records).
pub fn load_compiled() -> Result<Catalog, Problems> {
    load_dir(std::path::Path::new(DATA_DIR))
}

/// Every file of `dir`, with the JSON files of its `licences/` and `models/` folders: what the
/// build watches for changes.
pub fn files_of(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![
        dir.join(DATASET_FILE),
        dir.join(LICENCES_DIR),
        dir.join(MODELS_DIR),
    ];
    for folder in [LICENCES_DIR, MODELS_DIR] {
        out.extend(json_paths(&dir.join(folder)));
    }
    out
}

fn json_paths(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
}

fn read_file(path: &std::path::Path, problems: &mut Vec<Problem>) -> Option<SourceFile> {
    let shown = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => Some(SourceFile { path: shown, text }),
        Err(e) => {
            problems.push(at_file(
                Problem::new(None, "(file)", &format!("cannot be read: {e}")),
                &shown,
            ));
            None
        }
    }
}

fn read_folder(folder: &std::path::Path, problems: &mut Vec<Problem>) -> Vec<SourceFile> {
    if !folder.is_dir() {
        problems.push(at_file(
            Problem::new(None, "(folder)", "missing: the dataset needs it"),
            &folder.display().to_string(),
        ));
        return Vec::new();
    }
    json_paths(folder)
        .iter()
        .filter_map(|p| read_file(p, problems))
        .collect()
}
