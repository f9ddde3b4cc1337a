//! The model dataset: its types, parsing, validation and the computed tier of each model.
//!
//! Pure Rust with no web dependency: it is unit-tested natively, used by the widget, and also
//! compiled into `build.rs` so that a malformed `data/models.json` fails the build with a message
//! naming the model and the field. The browser never meets an invalid dataset.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// How sure the dataset is of a fact. Shown to readers next to the fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// Seen in a primary source: the licence, the model card or the repository itself.
    Verified,
    /// Strong secondary evidence.
    Likely,
    /// Reported, not checked.
    Unverified,
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Verified => "verified",
            Confidence::Likely => "likely",
            Confidence::Unverified => "unverified",
        }
    }
}

/// One fact with the page it comes from and how sure we are of it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fact<T> {
    pub value: T,
    /// A plain-language sentence about the fact, where the value alone says too little.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// `https` URL of the source.
    pub source: String,
    pub confidence: Confidence,
}

/// The whole dataset as stored in `data/models.json`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub dataset: DatasetInfo,
    pub models: Vec<Model>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetInfo {
    pub version: String,
    /// `YYYY-MM-DD`: when every fact was last reviewed.
    pub reviewed_on: String,
    pub licence: DatasetLicence,
    pub methodology: String,
    pub citation: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetLicence {
    pub name: String,
    pub spdx: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// Stable public id (`[a-z0-9.-]+`), used in URLs: never changes once shipped.
    pub id: String,
    pub name: String,
    pub vendor: Fact<String>,
    /// Release month, `YYYY-MM`.
    pub released: Fact<String>,
    pub description: String,
    /// Sizes of the same release under the same licence.
    pub variants: Vec<Variant>,
    pub licence: Licence,
    pub release: Releases,
    /// Licence terms as structured facts.
    pub terms: Vec<Term>,
    /// Where popular claims differ from the facts.
    #[serde(default)]
    pub commonly_described_as: Vec<Claim>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub name: String,
    /// Total parameters in billions; `null` when undisclosed.
    pub params_total_b: Option<f64>,
    /// Active parameters per token in billions (mixture of experts); `null` when unknown.
    pub params_active_b: Option<f64>,
    /// Context length in tokens; `null` when unknown.
    pub context_tokens: Option<u64>,
    /// Hub id (`owner/name`) where the weights can be downloaded.
    pub hub_id: Option<String>,
    pub source: String,
    pub confidence: Confidence,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    pub name: String,
    /// SPDX identifier, where the licence has one.
    pub spdx: Option<String>,
    /// The licence text.
    pub url: String,
    pub osi_approved: bool,
    pub source: String,
    pub confidence: Confidence,
}

/// What the vendor released besides the model itself.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Releases {
    pub weights: Fact<WeightsAccess>,
    pub training_code: Fact<Availability>,
    pub training_data: Fact<DataRelease>,
    pub technical_report: Fact<Availability>,
    pub model_card: Fact<Availability>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WeightsAccess {
    /// Downloadable by anyone.
    Open,
    /// Downloadable after accepting terms or registering.
    Gated,
    /// Not downloadable: API or app only.
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Availability {
    Yes,
    Partial,
    No,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DataRelease {
    /// The training data itself is published.
    Data,
    /// A complete recipe to rebuild the training data is published.
    Recipe,
    Partial,
    No,
    Unknown,
}

/// One licence term, in structured form plus a plain-language sentence.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub kind: TermKind,
    /// For `threshold`: what is counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Metric>,
    /// For `threshold`: the term applies above this number (of `metric`'s unit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub above: Option<f64>,
    /// What the term does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<Effect>,
    /// For `regional`: the region concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    pub text: String,
    pub source: String,
    pub confidence: Confidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TermKind {
    /// Whether commercial use is allowed (`effect`: `allowed` or `forbidden`).
    CommercialUse,
    /// A user or revenue threshold (`metric`, `above`, `effect`: `loses-licence` or `duty`).
    Threshold,
    /// An acceptable-use or usage policy beyond the law.
    AcceptableUsePolicy,
    /// A ban on a field of use (military use, for example).
    FieldOfUseBan,
    /// The licence ends on conduct (suing the vendor, bypassing guardrails).
    TerminationForConduct,
    /// Rules on how derived models or products must be named.
    NamingRule,
    /// Notices to keep or show.
    Attribution,
    /// Using outputs to train other models (`effect`: `allowed`, `duties-pass-on` or `forbidden`).
    OutputsTraining,
    /// Rights withheld or changed in a region (`region`, `effect`: `loses-licence` or `paid-tier`).
    Regional,
}

impl TermKind {
    /// Terms that are use restrictions beyond the law (CONTRACT §1): any of them makes the
    /// weights "available" rather than open.
    pub fn is_use_restriction(self) -> bool {
        matches!(
            self,
            TermKind::AcceptableUsePolicy
                | TermKind::FieldOfUseBan
                | TermKind::TerminationForConduct
                | TermKind::NamingRule
                | TermKind::Threshold
                | TermKind::Regional
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Metric {
    MonthlyActiveUsers,
    MonthlyRevenueUsd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Effect {
    Allowed,
    Forbidden,
    LosesLicence,
    Duty,
    DutiesPassOn,
    PaidTier,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    Eu,
    Eea,
}

/// A popular claim about the model that the facts contradict or refine.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Who makes the claim ("the article", "many comparison tables").
    pub by: String,
    pub claim: String,
    /// What is true instead.
    pub fact: String,
    pub source: String,
    pub confidence: Confidence,
}

/// What kind of model it is (CONTRACT §1). Computed from the facts, never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    OpenSource,
    OpenWeights,
    WeightsAvailable,
    Closed,
}

impl Tier {
    /// Every tier, from most to least open: the order the widget shows them in.
    pub const ALL: [Tier; 4] = [
        Tier::OpenSource,
        Tier::OpenWeights,
        Tier::WeightsAvailable,
        Tier::Closed,
    ];

    /// The public id (CONTRACT §1), used in `data-tier`.
    pub fn id(self) -> &'static str {
        match self {
            Tier::OpenSource => "open-source",
            Tier::OpenWeights => "open-weights",
            Tier::WeightsAvailable => "weights-available",
            Tier::Closed => "closed",
        }
    }

    /// The name shown to readers (CONTRACT §1).
    pub fn name(self) -> &'static str {
        match self {
            Tier::OpenSource => "Open source",
            Tier::OpenWeights => "Open weights",
            Tier::WeightsAvailable => "Open weights, restricted licence",
            Tier::Closed => "Closed",
        }
    }
}

impl Model {
    /// The tier, by the first rule of CONTRACT §1 that applies.
    pub fn tier(&self) -> Tier {
        if self.release.weights.value == WeightsAccess::None {
            return Tier::Closed;
        }
        let restricted = self.terms.iter().any(|t| t.kind.is_use_restriction());
        if !self.licence.osi_approved || restricted {
            return Tier::WeightsAvailable;
        }
        let code = self.release.training_code.value == Availability::Yes;
        let data = matches!(
            self.release.training_data.value,
            DataRelease::Data | DataRelease::Recipe
        );
        if code && data {
            Tier::OpenSource
        } else {
            Tier::OpenWeights
        }
    }
}

/// One problem found in a dataset: which model, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The model's id (or `models[i]` when it has none); `None` for dataset-level fields.
    pub model: Option<String>,
    /// Dotted path of the field inside the model or the file.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.model {
            Some(model) => write!(
                f,
                "model `{model}`, field `{}`: {}",
                self.field, self.message
            ),
            None => write!(f, "field `{}`: {}", self.field, self.message),
        }
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
    /// Parses and validates a dataset, reporting every problem at once, each naming the model
    /// and the field.
    pub fn from_json(text: &str) -> Result<Catalog, Problems> {
        let root: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            Problems(vec![Problem {
                model: None,
                field: "(file)".into(),
                message: format!("not valid JSON: {e}"),
            }])
        })?;
        let mut problems = Vec::new();

        let dataset = match root.get("dataset") {
            Some(value) => decode::<DatasetInfo>(value, None, "dataset", &mut problems),
            None => {
                problems.push(missing(None, "dataset"));
                None
            }
        };
        let mut models = Vec::new();
        match root.get("models").and_then(|m| m.as_array()) {
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
            None => problems.push(Problem {
                model: None,
                field: "models".into(),
                message: "missing, or not a list of models".into(),
            }),
        }
        if let Some(obj) = root.as_object() {
            for key in obj.keys().filter(|k| *k != "dataset" && *k != "models") {
                problems.push(Problem {
                    model: None,
                    field: key.clone(),
                    message: "unknown field (expected `dataset` and `models`)".into(),
                });
            }
        }

        match dataset {
            Some(dataset) if problems.is_empty() => {
                let catalog = Catalog { dataset, models };
                catalog.validate()?;
                Ok(catalog)
            }
            _ => Err(Problems(problems)),
        }
    }

    /// Checks what the types alone cannot: unique ids of the right shape, `https` sources,
    /// dates, positive numbers, terms with the fields their kind needs.
    pub fn validate(&self) -> Result<(), Problems> {
        let mut problems = Vec::new();
        let mut seen = BTreeSet::new();
        for model in &self.models {
            let mut check = |field: &str, ok: bool, message: &str| {
                if !ok {
                    problems.push(Problem {
                        model: Some(model.id.clone()),
                        field: field.into(),
                        message: message.into(),
                    });
                }
            };
            check(
                "id",
                is_valid_id(&model.id),
                "must be lower-case letters, digits, `.` and `-`",
            );
            check("id", seen.insert(model.id.clone()), "duplicate id");
            check("name", !model.name.trim().is_empty(), "must not be empty");
            check(
                "released.value",
                is_year_month(&model.released.value),
                "must be a month, YYYY-MM",
            );
            check("licence.url", is_https(&model.licence.url), HTTPS);
            if model.release.weights.value != WeightsAccess::None {
                check(
                    "variants",
                    !model.variants.is_empty(),
                    "a model with downloadable weights needs at least one variant",
                );
            }
            for (field, url) in model.sources() {
                check(&field, is_https(url), HTTPS);
            }
            for (i, v) in model.variants.iter().enumerate() {
                for (name, n) in [
                    ("params_total_b", v.params_total_b),
                    ("params_active_b", v.params_active_b),
                ] {
                    if let Some(n) = n {
                        check(
                            &format!("variants[{i}].{name}"),
                            n.is_finite() && n > 0.0,
                            "must be a positive number (or null when unknown)",
                        );
                    }
                }
                if let Some(n) = v.context_tokens {
                    check(
                        &format!("variants[{i}].context_tokens"),
                        n > 0,
                        "must be a positive number (or null when unknown)",
                    );
                }
            }
            for (i, term) in model.terms.iter().enumerate() {
                let field = format!("terms[{i}]");
                if term.kind == TermKind::Threshold {
                    check(
                        &format!("{field}.above"),
                        term.above.is_some_and(|n| n.is_finite() && n > 0.0),
                        "a threshold needs a positive number",
                    );
                    check(
                        &format!("{field}.metric"),
                        term.metric.is_some(),
                        "a threshold needs a metric",
                    );
                }
                check(
                    &format!("{field}.text"),
                    !term.text.trim().is_empty(),
                    "must not be empty",
                );
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Problems(problems))
        }
    }

    pub fn model(&self, id: &str) -> Option<&Model> {
        self.models.iter().find(|m| m.id == id)
    }
}

impl Model {
    /// Every source URL of the model, with the field it belongs to.
    pub fn sources(&self) -> Vec<(String, &str)> {
        let r = &self.release;
        let mut out = vec![
            ("vendor.source".to_string(), self.vendor.source.as_str()),
            ("released.source".into(), &self.released.source),
            ("licence.source".into(), &self.licence.source),
            ("release.weights.source".into(), &r.weights.source),
            (
                "release.training_code.source".into(),
                &r.training_code.source,
            ),
            (
                "release.training_data.source".into(),
                &r.training_data.source,
            ),
            (
                "release.technical_report.source".into(),
                &r.technical_report.source,
            ),
            ("release.model_card.source".into(), &r.model_card.source),
        ];
        for (i, v) in self.variants.iter().enumerate() {
            out.push((format!("variants[{i}].source"), &v.source));
        }
        for (i, t) in self.terms.iter().enumerate() {
            out.push((format!("terms[{i}].source"), &t.source));
        }
        for (i, c) in self.commonly_described_as.iter().enumerate() {
            out.push((format!("commonly_described_as[{i}].source"), &c.source));
        }
        out
    }
}

const HTTPS: &str = "must be an https:// URL";

fn missing(model: Option<&str>, field: &str) -> Problem {
    Problem {
        model: model.map(str::to_owned),
        field: field.into(),
        message: "missing".into(),
    }
}

/// Deserializes one part of the file, turning a serde error into a problem that names the field.
fn decode<T: serde::de::DeserializeOwned>(
    value: &serde_json::Value,
    model: Option<&str>,
    prefix: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(err) => {
            let path = err.path().to_string();
            let field = match (prefix.is_empty(), path.as_str()) {
                (true, p) => p.to_string(),
                (false, ".") => prefix.to_string(),
                (false, p) => format!("{prefix}.{p}"),
            };
            problems.push(Problem {
                model: model.map(str::to_owned),
                field,
                message: err.into_inner().to_string(),
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
    url.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
}

/// `YYYY-MM` with a real month.
pub fn is_year_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && matches!(s[5..].parse::<u8>(), Ok(1..=12))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATA: &str = include_str!("../data/models.json");

    #[test]
    fn the_shipped_dataset_is_valid() {
        if let Err(problems) = Catalog::from_json(DATA) {
            panic!("{problems}");
        }
    }

    #[test]
    fn ids_are_checked() {
        assert!(is_valid_id("qwen3.6-max"));
        assert!(!is_valid_id("Qwen"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a b"));
    }

    #[test]
    fn months_are_checked() {
        assert!(is_year_month("2024-12"));
        assert!(!is_year_month("2024-13"));
        assert!(!is_year_month("2024-00"));
        assert!(!is_year_month("24-12"));
        assert!(!is_year_month("2024-1x"));
    }

    #[test]
    fn urls_must_be_https() {
        assert!(is_https("https://example.org/x"));
        assert!(!is_https("http://example.org/x"));
        assert!(!is_https("https://"));
        assert!(!is_https("javascript:alert(1)"));
    }

    /// Breaks the shipped dataset with `edit` and returns the problems reported.
    fn broken(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
        let mut value: serde_json::Value = serde_json::from_str(DATA).unwrap();
        edit(&mut value);
        match Catalog::from_json(&value.to_string()) {
            Ok(_) => panic!("a broken dataset was accepted"),
            Err(Problems(list)) => list.iter().map(|p| p.to_string()).collect(),
        }
    }

    #[test]
    fn an_unknown_enum_value_names_the_model_and_field() {
        let problems = broken(|v| v["models"][0]["release"]["weights"]["value"] = "maybe".into());
        let first_id = serde_json::from_str::<serde_json::Value>(DATA).unwrap()["models"][0]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with(&format!(
                "model `{first_id}`, field `release.weights.value`"
            )),
            "{problems:?}"
        );
        assert!(
            problems[0].contains("unknown variant `maybe`"),
            "{problems:?}"
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let problems = broken(|v| {
            v["models"][0]["licence"]["url"] = "http://example.org/licence".into();
            let copy = v["models"][0].clone();
            v["models"].as_array_mut().unwrap().push(copy);
        });
        assert!(
            problems.iter().any(|p| p.contains("duplicate id")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .filter(|p| p.contains("`licence.url`: must be an https:// URL"))
                .count()
                == 2,
            "{problems:?}"
        );
    }

    #[test]
    fn tiers_follow_the_contract_rules() {
        let catalog = Catalog::from_json(DATA).unwrap();
        let mut model = catalog.models[0].clone();
        model.terms.clear();
        model.licence.osi_approved = true;
        model.release.weights.value = WeightsAccess::Open;
        model.release.training_code.value = Availability::Yes;
        model.release.training_data.value = DataRelease::Recipe;
        assert_eq!(model.tier(), Tier::OpenSource);
        model.release.training_data.value = DataRelease::Partial;
        assert_eq!(model.tier(), Tier::OpenWeights);
        model.terms.push(Term {
            kind: TermKind::AcceptableUsePolicy,
            metric: None,
            above: None,
            effect: None,
            region: None,
            text: "An acceptable-use policy applies.".into(),
            source: "https://example.org".into(),
            confidence: Confidence::Verified,
        });
        assert_eq!(model.tier(), Tier::WeightsAvailable);
        model.terms.clear();
        model.licence.osi_approved = false;
        assert_eq!(model.tier(), Tier::WeightsAvailable);
        model.release.weights.value = WeightsAccess::None;
        assert_eq!(model.tier(), Tier::Closed);
    }
}
