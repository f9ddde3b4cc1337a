//! Reading a dataset: the problems it can have (each naming the file, the model or licence and
//! the field), a published `models.json` parsed and validated, and the checks of a value's format
//! (ids, URLs, dates, versions, SPDX ids, hub ids).

use std::fmt;

use super::*;

/// One problem found in a dataset: which model, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file the problem is in (`data/models/<id>.json`, `data/licences/<id>.json`,
    /// `data/dataset.json`), where the data came from files.
    pub file: Option<String>,
    /// The licence record's id, for a problem in a licence file.
    pub licence: Option<String>,
    /// The model's id (or `models[i]` when it has none); `None` for dataset-level fields.
    pub model: Option<String>,
    /// Dotted path of the field inside the model or the file.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{file}: ")?;
        }
        if let Some(licence) = &self.licence {
            write!(f, "licence `{licence}`, ")?;
        }
        if let Some(model) = &self.model {
            write!(f, "model `{model}`, ")?;
        }
        write!(f, "field `{}`: {}", self.field, self.message)
    }
}

/// Every problem of a dataset, reported at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the model dataset has {} problem(s):", self.0.len())?;
        for p in &self.0 {
            writeln!(f, "  - {p}")?;
        }
        Ok(())
    }
}

impl Catalog {
    /// The dataset the widget reads: every model with only the terms its card shows
    /// ([`Term::on_card`]), and no licence records (the build packs this form).
    pub fn for_widget(&self) -> Catalog {
        Catalog {
            models: self
                .models
                .iter()
                .map(|m| Model {
                    terms: m
                        .terms
                        .iter()
                        .filter(|t| t.on_card())
                        .cloned()
                        .collect::<Vec<_>>()
                        .into(),
                    ..m.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            licences: List::default(),
            ..self.clone()
        }
    }

    /// The dataset with every model [`Model::without_details`], and only the version and date of
    /// the dataset itself.
    pub fn without_details(&self) -> Catalog {
        Catalog {
            schema: None,
            // The methodology, citation and licence are shown only by the static footer, which
            // the build renders from the whole dataset.
            dataset: DatasetInfo {
                version: self.dataset.version,
                as_of: self.dataset.as_of,
                licence: DatasetLicence {
                    name: Text(""),
                    spdx: Text(""),
                    url: Text(""),
                },
                methodology: Text(""),
            },
            models: self
                .models
                .iter()
                .map(Model::without_details)
                .collect::<Vec<_>>()
                .into(),
            licences: List::default(),
        }
    }

    /// Parses and validates a dataset, reporting every problem at once, each naming the model
    /// and the field.
    pub fn from_json(text: &str) -> Result<Catalog, Problems> {
        let root: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            Problems(vec![Problem {
                file: None,
                licence: None,
                model: None,
                field: "(file)".into(),
                message: format!("not valid JSON: {e}"),
            }])
        })?;
        let Some(object) = root.as_object() else {
            return Err(Problems(vec![Problem {
                file: None,
                licence: None,
                model: None,
                field: "(file)".into(),
                message: "must be an object with `dataset` and `models`".into(),
            }]));
        };
        let mut problems = Vec::new();

        let dataset = match object.get("dataset") {
            Some(value) => {
                // The published file carries the citation, derived from the other fields.
                let mut value = value.clone();
                if let Some(fields) = value.as_object_mut() {
                    fields.remove("citation");
                }
                decode::<DatasetInfo>(&value, None, "dataset", &mut problems)
            }
            None => {
                problems.push(Problem::new(None, "dataset", "missing field `dataset`"));
                None
            }
        };
        let mut models = Vec::new();
        match object.get("models").and_then(|m| m.as_array()) {
            Some(list) => {
                for (i, value) in list.iter().enumerate() {
                    let name = value
                        .get("id")
                        .and_then(|id| id.as_str())
                        .map(str::to_owned)
                        .unwrap_or_else(|| format!("models[{i}]"));
                    if let Some(model) = decode::<Model>(value, Some(&name), "", &mut problems) {
                        models.push(model);
                    }
                }
            }
            None => problems.push(Problem::new(
                None,
                "models",
                "missing, or not a list of models",
            )),
        }
        for key in object.keys() {
            if !matches!(key.as_str(), "$schema" | "dataset" | "models") {
                problems.push(Problem::new(
                    None,
                    key,
                    "unknown field (expected `$schema`, `dataset` and `models`)",
                ));
            }
        }
        let schema = object
            .get("$schema")
            .and_then(|s| s.as_str())
            .map(str::to_owned);

        // Semantic checks run on whatever decoded, so one pass reports type and value problems
        // together.
        if let Some(dataset) = &dataset {
            problems.extend(validate_dataset_info(dataset));
        }
        problems.extend(validate_models(
            &models,
            dataset.as_ref().map(|d| &*d.as_of),
        ));
        match dataset {
            Some(dataset) if problems.is_empty() => Ok(Catalog {
                schema: schema.map(Text::leak),
                dataset,
                models: List::leak(models),
                licences: List::default(),
            }),
            _ => Err(Problems(problems)),
        }
    }

    pub fn model(&self, id: &str) -> Option<&Model> {
        self.models.iter().find(|m| m.id == id)
    }
}

impl Problem {
    pub fn new(model: Option<&str>, field: &str, message: &str) -> Problem {
        Problem {
            file: None,
            licence: None,
            model: model.map(str::to_owned),
            field: field.to_owned(),
            message: message.to_owned(),
        }
    }
}

impl Catalog {
    /// What the validator can check of age, as warnings (they do not fail the build): every fact
    /// checked more than 180 days before `today` (`YYYY-MM-DD`, the build's date), the one checked
    /// longest ago first, so that a maintainer reads those sources again first.
    pub fn warnings(&self, today: &str) -> Vec<Problem> {
        let Some(today) = days_from_civil(today) else {
            return Vec::new();
        };
        self.oldest_checked()
            .into_iter()
            .take_while(|(checked, _, _)| {
                days_from_civil(checked).is_some_and(|d| today - d > STALE_AFTER_DAYS)
            })
            .map(|(checked, model, field)| {
                Problem::new(
                    Some(model),
                    &field,
                    &format!(
                        "checked on {checked}, more than {STALE_AFTER_DAYS} days ago: read the \
                         source again and update the fact and its date"
                    ),
                )
            })
            .collect()
    }

    /// Every sourced fact of every model as (`checked`, model id, the field holding the date),
    /// the one checked longest ago first; facts checked the same day keep the catalogue's order.
    /// A licence's terms count once per model under it, as the models carry them.
    pub fn oldest_checked(&self) -> Vec<(&str, &str, String)> {
        let mut facts: Vec<(&str, &str, String)> = self
            .models
            .iter()
            .flat_map(|model| {
                model
                    .sourced()
                    .into_iter()
                    .map(move |(field, _, _, checked)| {
                        (checked, &*model.id, field.replace(".source", ".checked"))
                    })
            })
            .collect();
        facts.sort_by_key(|&(checked, _, _)| days_from_civil(checked).unwrap_or(i64::MAX));
        facts
    }
}

/// Deserializes one part of the file, turning a serde error into a problem that names the field.
pub fn decode<T: serde::de::DeserializeOwned>(
    value: &serde_json::Value,
    model: Option<&str>,
    prefix: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(err) => {
            let mut path = err.path().to_string();
            let message = err.into_inner().to_string();
            // serde names a missing field in its message, at the path of the object holding it:
            // point at the field itself.
            if let Some(name) = message
                .strip_prefix("missing field `")
                .and_then(|rest| rest.strip_suffix('`'))
            {
                path = if path == "." {
                    name.to_owned()
                } else {
                    format!("{path}.{name}")
                };
            }
            let field = match (prefix.is_empty(), path.as_str()) {
                (true, p) => p.to_owned(),
                (false, ".") => prefix.to_owned(),
                (false, p) => format!("{prefix}.{p}"),
            };
            problems.push(Problem {
                file: None,
                licence: None,
                model: model.map(str::to_owned),
                field,
                message,
            });
            None
        }
    }
}

pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
}

pub fn is_https(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        !rest.is_empty() && !rest.starts_with('/') && !rest.contains(char::is_whitespace)
    })
}

/// `YYYY-MM` with a real month.
pub fn is_year_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..].iter().all(u8::is_ascii_digit)
        && matches!(s[5..].parse::<u8>(), Ok(1..=12))
}

/// `YYYY-MM-DD`, a day that exists (leap years included).
pub fn is_date(s: &str) -> bool {
    if s.len() != 10 || !is_year_month(&s[..7]) || s.as_bytes()[7] != b'-' {
        return false;
    }
    let (Ok(year), Ok(month)) = (s[..4].parse::<u32>(), s[5..7].parse::<u32>()) else {
        return false;
    };
    if !s[8..].bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Ok(day) = s[8..].parse::<u32>() else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=days).contains(&day)
}

/// `MAJOR.MINOR.PATCH`.
pub fn is_version(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// An SPDX licence id such as `Apache-2.0` or `CC-BY-4.0` (its character set, not the list).
pub fn is_spdx(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'+'))
}

/// `owner/name` as on a model hub.
pub fn is_hub_id(s: &str) -> bool {
    let ok = |part: &str| {
        !part.is_empty()
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
    };
    matches!(s.split_once('/'), Some((owner, name)) if ok(owner) && ok(name))
}
