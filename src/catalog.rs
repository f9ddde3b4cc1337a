//! The model dataset: its types, parsing, validation and the computed tier of each model.
//!
//! Pure Rust with no web dependency: it is unit-tested natively, used by the widget, and also
//! compiled into `build.rs` so that a malformed `data/models.json` fails the build with a message
//! naming the model and the field. The browser never meets an invalid dataset.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// Text in the dataset: a `&'static str`.
///
/// The widget decodes its packed dataset (`codec.rs`) into slices of the file it compiles in, so
/// every string lives as long as the program: a plain reference, with no owner to track. Parsing
/// a dataset from JSON (the build script, tests, tools) leaks its strings to make them
/// `'static`: each process parses the dataset once, or a test's few.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Text(pub &'static str);

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &'static str {
        self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.0
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.0
    }
}

impl Text {
    /// Text made `'static` by leaking `text` (parsing, tests): see [`Text`].
    pub fn leak(text: String) -> Text {
        Text(Box::leak(text.into_boxed_str()))
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Text {
        Text(text)
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::leak)
    }
}

#[cfg(test)]
impl schemars::JsonSchema for Text {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        String::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

/// A list in the dataset: a `&'static [T]`, for the reasons given for [`Text`]; parsing one
/// from JSON leaks it.
#[derive(PartialEq)]
pub struct List<T: 'static>(pub &'static [T]);

impl<T> List<T> {
    /// A list made `'static` by leaking `items` (parsing, tests).
    pub fn leak(items: Vec<T>) -> List<T> {
        List(Box::leak(items.into_boxed_slice()))
    }
}

impl<T> From<Vec<T>> for List<T> {
    /// Leaks `items`: see [`List::leak`].
    fn from(items: Vec<T>) -> List<T> {
        List::leak(items)
    }
}

// Not derived: a derive would ask for `T: Clone` and `T: Default`, which a reference never needs.
impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for List<T> {}

impl<T> Default for List<T> {
    fn default() -> Self {
        List(&[])
    }
}

impl<T> std::ops::Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &'static [T] {
        self.0
    }
}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<List<T>, D::Error> {
        Vec::deserialize(deserializer).map(List::leak)
    }
}

#[cfg(test)]
impl<T: schemars::JsonSchema> schemars::JsonSchema for List<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        Vec::<T>::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Vec::<T>::json_schema(generator)
    }
}

/// How sure the dataset is of a fact. Shown to readers next to the fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
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

/// The fields, by struct, that only the opened details, the reasons' sentences and the downloads
/// read: [`Model::without_details`] empties them, and the lean packed form the wasm compiles in
/// leaves them out altogether (`build/packer.rs`; `codec.rs` marks the same fields `detail`).
pub const DETAIL_FIELDS: &[(&str, &[&str])] = &[
    ("Catalog", &["$schema"]),
    ("DatasetInfo", &["licence", "methodology"]),
    ("Fact", &["note", "quote", "source", "checked"]),
    ("Model", &["description", "commonly_described_as"]),
    (
        "Variant",
        &["name", "context_tokens", "hub_id", "source", "checked"],
    ),
    (
        "Licence",
        &[
            "id", "version", "spdx", "url", "earlier", "note", "quote", "source", "checked",
        ],
    ),
    (
        "Term",
        &["text", "quote", "read_in_full", "source", "checked"],
    ),
];

/// One fact with the page it comes from and how sure we are of it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fact<T> {
    pub value: T,
    /// A plain-language sentence about the fact, where the value alone says too little.
    #[serde(default)]
    pub note: Option<Text>,
    /// The words of the source that settle the fact, copied verbatim (issue 16: every deciding
    /// fact rated `verified` or `likely` carries one). Shown as text, never as markup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Text>,
    /// `https` URL of the source.
    pub source: Text,
    pub confidence: Confidence,
    /// `YYYY-MM-DD`: when the source was last read for this fact. The build warns when it is more
    /// than 180 days old.
    pub checked: Text,
}

/// The whole dataset as stored in `data/models.json`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// The JSON Schema the file follows (`./models.schema.json`), for editors.
    #[serde(rename = "$schema", default)]
    pub schema: Option<Text>,
    pub dataset: DatasetInfo,
    pub models: List<Model>,
    /// Every licence text the models are under, each recorded once (`data/licences/<id>.json`).
    /// The models carry their licence's terms resolved; this list is what `licences.json`
    /// publishes. Not part of `models.json` nor of the packed files: the widget reads each
    /// model's resolved licence, and every byte of the wasm counts.
    #[serde(skip)]
    pub licences: List<LicenceRecord>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DatasetInfo {
    pub version: Text,
    /// `YYYY-MM-DD`: the dataset is as of this date (every fact was checked on or before it).
    /// Shown in the widget's footer and carried by the JSON and CSV downloads.
    pub as_of: Text,
    pub licence: DatasetLicence,
    pub methodology: Text,
}

impl DatasetInfo {
    /// How to cite the dataset, derived from its own fields so that it can never drift from them.
    pub fn citation(&self) -> String {
        format!(
            "Open Model Chooser dataset, version {}, as of {}, {}.",
            self.version,
            self.as_of,
            self.licence.spdx.replace("-4.0", " 4.0").replace('-', " ")
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DatasetLicence {
    pub name: Text,
    pub spdx: Text,
    pub url: Text,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// Stable public id (`[a-z0-9.-]+`), used in URLs: never changes once shipped.
    pub id: Text,
    pub name: Text,
    pub vendor: Fact<Text>,
    /// Release month, `YYYY-MM`.
    pub released: Fact<Text>,
    pub description: Text,
    /// Sizes of the same release under the same licence.
    pub variants: List<Variant>,
    pub licence: Licence,
    pub release: Releases,
    /// Licence terms as structured facts.
    pub terms: List<Term>,
    /// Where popular claims differ from the facts.
    #[serde(default)]
    pub commonly_described_as: List<Claim>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub name: Text,
    // Sizes in single precision: seven significant digits are more than any model card gives,
    // and they take half the bytes in the wasm.
    /// Total parameters in billions; `null` when undisclosed.
    pub params_total_b: Option<f32>,
    /// Active parameters per token in billions (mixture of experts); `null` when unknown.
    pub params_active_b: Option<f32>,
    /// Context length in tokens; `null` when unknown.
    pub context_tokens: Option<u32>,
    /// Hub id (`owner/name`) where the weights can be downloaded.
    pub hub_id: Option<Text>,
    pub source: Text,
    pub confidence: Confidence,
    /// `YYYY-MM-DD`: when the source was last read for this fact. The build warns when it is more
    /// than 180 days old.
    pub checked: Text,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// The licence record's stable public id (`data/licences/<id>.json`).
    pub id: Text,
    pub name: Text,
    /// The version or date of the text, as the text states it.
    #[serde(default)]
    pub version: Option<Text>,
    /// SPDX identifier, where the licence has one.
    pub spdx: Option<Text>,
    /// The licence text.
    pub url: Text,
    pub osi_approved: bool,
    /// For a licence that OSI has not approved: whether it grants use, study, modification and
    /// redistribution for any purpose with no use restrictions (CONTRACT §1, first ruling), with
    /// the source of the text that shows it. Absent, such a licence counts as restricted.
    #[serde(default)]
    pub permissive: Option<Fact<bool>>,
    /// Earlier licences of the same release, newest first: a reader who downloaded it before the
    /// change may be under one of them.
    #[serde(default)]
    pub earlier: List<EarlierLicence>,
    /// A sentence about how this model comes under the licence, where needed.
    #[serde(default)]
    pub note: Option<Text>,
    /// The words of the model's page that say which licence it is under.
    #[serde(default)]
    pub quote: Option<Text>,
    /// Where the model's page says which licence it is under.
    pub source: Text,
    pub confidence: Confidence,
    /// `YYYY-MM-DD`: when the source was last read for this fact. The build warns when it is more
    /// than 180 days old.
    pub checked: Text,
}

impl Licence {
    /// Whether the licence itself withholds no freedom: OSI-approved, or shown permissive with a
    /// source (CONTRACT §1, first ruling).
    pub fn is_permissive(&self) -> bool {
        self.osi_approved || self.permissive.as_ref().is_some_and(|p| p.value)
    }
}

/// A licence a release was under before its current one.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EarlierLicence {
    pub name: Text,
    pub url: Text,
    /// `YYYY-MM`: the month the current licence replaced it.
    pub until: Text,
    /// What changed, in one sentence.
    pub change: Text,
    pub source: Text,
    pub confidence: Confidence,
    /// `YYYY-MM-DD`: when the source was last read for this fact. The build warns when it is more
    /// than 180 days old.
    pub checked: Text,
}

/// What the vendor released besides the model itself.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Releases {
    pub weights: Fact<WeightsAccess>,
    pub training_code: Fact<Availability>,
    pub training_data: Fact<DataRelease>,
    /// `yes`: a vendor document that describes the architecture, the training data and the
    /// training procedure, and reports evaluations (a paper, a report, or a model or system card
    /// that does all of these). `partial`: the vendor relies on the report of an earlier or
    /// sibling release, or publishes a technical blog post or a system card with training details
    /// but no report. `no`: an announcement only, or a model card without training details.
    /// `unknown`: not established.
    pub technical_report: Fact<Availability>,
    pub model_card: Fact<Availability>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
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
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Availability {
    Yes,
    Partial,
    No,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
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
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub kind: TermKind,
    /// For `threshold`: what is counted.
    #[serde(default)]
    pub metric: Option<Metric>,
    /// For `threshold`: the term applies above this number (of `metric`'s unit).
    #[serde(default)]
    pub above: Option<f64>,
    /// What the term does.
    #[serde(default)]
    pub effect: Option<Effect>,
    /// For `regional`: the region concerned.
    #[serde(default)]
    pub region: Option<Region>,
    /// For `acceptable-use-policy`: whether the licence or the download terms make the policy
    /// binding (it is incorporated, or breaking it ends the licence) or only link it as guidance
    /// (CONTRACT §1, second ruling). `text` quotes the deciding sentence and `source` is its page.
    #[serde(default)]
    pub binding: Option<Binding>,
    pub text: Text,
    /// The words of the source that settle the term, copied verbatim. Shown as text, never as
    /// markup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Text>,
    /// For `no-such-term`: the source is the whole licence or terms text, read in full. Without
    /// it a term cannot be recorded as absent, only as `unknown` (issue 16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_in_full: Option<bool>,
    pub source: Text,
    pub confidence: Confidence,
    /// `YYYY-MM-DD`: when the source was last read for this fact. The build warns when it is more
    /// than 180 days old.
    pub checked: Text,
}

impl Term {
    /// Whether the term restricts use beyond the law (CONTRACT §1): a restricting kind that is
    /// there. A `no-such-term` record is not a restriction, nor is an `unknown` one (the verdicts
    /// give it a condition instead).
    pub fn restricts(&self) -> bool {
        self.kind.is_use_restriction()
            && !matches!(self.effect, Some(Effect::NoSuchTerm | Effect::Unknown))
            && self.binding != Some(Binding::Guidance)
    }

    /// Whether the term records an unknown.
    pub fn is_unknown(&self) -> bool {
        self.effect == Some(Effect::Unknown)
    }
}

/// Whether an acceptable-use policy binds (CONTRACT §1, second ruling). In the files: `true`,
/// `false` or `"unknown"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// The licence or the download terms incorporate the policy, or end the licence for breaking
    /// it: a use restriction.
    Binds,
    /// Only linked as guidance: not a restriction.
    Guidance,
    /// No source settles it. The tier counts it as a restriction (it cannot claim "no use
    /// restrictions" without evidence) and the `restrictions` answer gives a condition naming it.
    Unknown,
}

impl Serialize for Binding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // JSON (human-readable): `true`, `false`, `"unknown"`. The packed form (build/packer.rs,
        // not human-readable): the variant's index, read by `codec.rs`.
        if serializer.is_human_readable() {
            match self {
                Binding::Binds => serializer.serialize_bool(true),
                Binding::Guidance => serializer.serialize_bool(false),
                Binding::Unknown => serializer.serialize_str("unknown"),
            }
        } else {
            let (index, name) = match self {
                Binding::Binds => (0, "binds"),
                Binding::Guidance => (1, "guidance"),
                Binding::Unknown => (2, "unknown"),
            };
            serializer.serialize_unit_variant("Binding", index, name)
        }
    }
}

impl<'de> Deserialize<'de> for Binding {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Binding, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Binding;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("true, false or \"unknown\"")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Binding, E> {
                Ok(if v { Binding::Binds } else { Binding::Guidance })
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Binding, E> {
                match v {
                    "unknown" => Ok(Binding::Unknown),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Str(v), &self)),
                }
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(test)]
impl schemars::JsonSchema for Binding {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Binding".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Whether the policy binds: true, false, or \"unknown\" when no source settles it.",
            "oneOf": [{ "type": "boolean" }, { "const": "unknown" }]
        })
    }
}

/// One licence text, recorded once (`data/licences/<id>.json`): every model under it points to
/// it by id and gets its terms.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LicenceRecord {
    /// Stable public id (`[a-z0-9.-]+`): never changes once shipped.
    pub id: Text,
    pub name: Text,
    /// The version or date of the text, as the text states it.
    #[serde(default)]
    pub version: Option<Text>,
    /// SPDX identifier, where the licence has one.
    pub spdx: Option<Text>,
    /// The licence text.
    pub url: Text,
    pub osi_approved: bool,
    /// For a licence that OSI has not approved: whether it is permissive (CONTRACT §1).
    #[serde(default)]
    pub permissive: Option<Fact<bool>>,
    /// Where the text was read.
    pub source: Text,
    pub confidence: Confidence,
    /// `YYYY-MM-DD`: when the text was last read.
    pub checked: Text,
    /// The terms every model under this licence shares, each with the licence's own words.
    pub terms: List<Term>,
}

/// The term kinds that the verdict rules read: every model records each of them, with its value,
/// as `no-such-term` with the source that shows there is none, or as `unknown` with the reason
/// (CONTRACT §3).
pub const RULE_TERM_KINDS: [TermKind; 4] = [
    TermKind::CommercialUse,
    TermKind::Threshold,
    TermKind::OutputsTraining,
    TermKind::Regional,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TermKind {
    /// Whether commercial use is allowed (`effect`: `allowed`, `forbidden` or `unknown`).
    CommercialUse,
    /// A user or revenue threshold (`metric`, `above`, `effect`: `loses-licence` or `duty`), or
    /// `no-such-term` or `unknown`.
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
    /// Using outputs to train other models (`effect`: `allowed`, `duties-pass-on`, `forbidden`,
    /// `no-such-term` or `unknown`).
    OutputsTraining,
    /// Rights withheld or changed in a region (`region`, `effect`: `loses-licence` or
    /// `paid-tier`), or `no-such-term` or `unknown`.
    Regional,
    /// Redistribution barred or conditioned (for example on the licensor's written agreement).
    RedistributionLimit,
}

impl TermKind {
    /// The id used in the file.
    pub fn id(self) -> &'static str {
        match self {
            TermKind::CommercialUse => "commercial-use",
            TermKind::Threshold => "threshold",
            TermKind::AcceptableUsePolicy => "acceptable-use-policy",
            TermKind::FieldOfUseBan => "field-of-use-ban",
            TermKind::TerminationForConduct => "termination-for-conduct",
            TermKind::NamingRule => "naming-rule",
            TermKind::Attribution => "attribution",
            TermKind::OutputsTraining => "outputs-training",
            TermKind::Regional => "regional",
            TermKind::RedistributionLimit => "redistribution-limit",
        }
    }

    /// The restriction in words, for a sentence ("it carries an acceptable-use policy").
    pub fn restriction_words(self) -> &'static str {
        match self {
            TermKind::AcceptableUsePolicy => "an acceptable-use policy",
            TermKind::FieldOfUseBan => "a field-of-use ban",
            TermKind::TerminationForConduct => "termination for conduct",
            TermKind::NamingRule => "naming rules",
            TermKind::Threshold => "a user or revenue threshold",
            TermKind::Regional => "a regional limit",
            TermKind::RedistributionLimit => "limits on redistribution",
            TermKind::CommercialUse | TermKind::Attribution | TermKind::OutputsTraining => "",
        }
    }

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
                | TermKind::RedistributionLimit
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Metric {
    MonthlyActiveUsers,
    MonthlyRevenueUsd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Effect {
    Allowed,
    Forbidden,
    LosesLicence,
    Duty,
    DutiesPassOn,
    PaidTier,
    /// The licence or terms have no such term: the source is the text that shows it (CONTRACT §3).
    NoSuchTerm,
    /// Not established: the sentence says what is unknown and where to check it. A verdict rule
    /// that meets it gives a condition, never a silent pass (CONTRACT §3).
    Unknown,
}

impl Effect {
    /// The id used in the file.
    pub fn id(self) -> &'static str {
        match self {
            Effect::Allowed => "allowed",
            Effect::Forbidden => "forbidden",
            Effect::LosesLicence => "loses-licence",
            Effect::Duty => "duty",
            Effect::DutiesPassOn => "duties-pass-on",
            Effect::PaidTier => "paid-tier",
            Effect::NoSuchTerm => "no-such-term",
            Effect::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    Eu,
    Eea,
}

/// A popular claim about the model that the facts contradict or refine.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Who makes the claim ("the article", "many comparison tables").
    pub by: Text,
    pub claim: Text,
    /// What is true instead.
    pub fact: Text,
    pub source: Text,
    pub confidence: Confidence,
    /// `YYYY-MM-DD`: when the source was last read for this fact. The build warns when it is more
    /// than 180 days old.
    pub checked: Text,
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
    /// Whether the find box's `text` picks this model: every word of it (split at spaces) is
    /// in its name, id, vendor, licence name or SPDX id, ignoring ASCII case. Empty text picks
    /// every model. "qwen", "apache", "mistral" and "apache qwen" all work. ASCII case only:
    /// Unicode case tables would cost the wasm about 10 KB, and the names are ASCII.
    pub fn matches(&self, text: &str) -> bool {
        let fields = [
            &*self.name,
            &*self.id,
            &*self.vendor.value,
            &*self.licence.name,
            self.licence.spdx.as_deref().unwrap_or(""),
        ];
        text.split_ascii_whitespace().all(|word| {
            let word = word.to_ascii_lowercase();
            fields
                .iter()
                .any(|f| f.to_ascii_lowercase().contains(&word))
        })
    }

    /// The tier, by the first rule of CONTRACT §1 that applies.
    pub fn tier(&self) -> Tier {
        if self.release.weights.value == WeightsAccess::None {
            return Tier::Closed;
        }
        let restricted = self.terms.iter().any(Term::restricts);
        if !self.licence.is_permissive() || restricted {
            return Tier::WeightsAvailable;
        }
        let code = self.release.training_code.value == Availability::Yes;
        let data = matches!(
            self.release.training_data.value,
            DataRelease::Data | DataRelease::Recipe
        );
        // Open source needs OSI approval: a permissive licence OSI has not approved is at most
        // open weights (CONTRACT §1, first ruling).
        if code && data && self.licence.osi_approved {
            Tier::OpenSource
        } else {
            Tier::OpenWeights
        }
    }

    /// The model with only what its row, its verdict and the find box read: names, values and
    /// the structured terms. Without every sentence and every source, which only the reasons, the
    /// opened details and the comparison show. The widget compiles this form in (`build.rs`, about
    /// a third of the bytes) and fetches the whole records when the page first has a reason, a
    /// model's details or a comparison to show. The verdicts, the tiers and the find box give the
    /// same results on both forms (tests in `dataset.rs`).
    pub fn without_details(&self) -> Model {
        fn fact<T: Clone>(f: &Fact<T>) -> Fact<T> {
            Fact {
                note: None,
                quote: None,
                source: Text(""),
                checked: Text(""),
                ..f.clone()
            }
        }
        let release = &self.release;
        Model {
            id: self.id,
            name: self.name,
            vendor: fact(&self.vendor),
            released: Fact {
                value: Text(""),
                ..fact(&self.released)
            },
            description: Text(""),
            variants: self
                .variants
                .iter()
                .map(|v| Variant {
                    name: Text(""),
                    context_tokens: None,
                    hub_id: None,
                    source: Text(""),
                    checked: Text(""),
                    ..v.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            licence: Licence {
                id: Text(""),
                version: None,
                spdx: None,
                url: Text(""),
                note: None,
                quote: None,
                // The ruling's value decides the tier; its sentence and source wait.
                permissive: self.licence.permissive.as_ref().map(fact),
                earlier: List::default(),
                source: Text(""),
                checked: Text(""),
                ..self.licence.clone()
            },
            release: Releases {
                weights: fact(&release.weights),
                training_code: fact(&release.training_code),
                training_data: fact(&release.training_data),
                technical_report: fact(&release.technical_report),
                model_card: fact(&release.model_card),
            },
            // Only the terms a verdict or the tier reads: not attributions, nor records that a
            // term is absent (a missing term passes as `no-such-term` does).
            terms: self
                .terms
                .iter()
                .filter(|t| t.kind != TermKind::Attribution && t.effect != Some(Effect::NoSuchTerm))
                .map(|t| Term {
                    text: Text(""),
                    quote: None,
                    read_in_full: None,
                    source: Text(""),
                    checked: Text(""),
                    ..t.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            commonly_described_as: List::default(),
        }
    }

    /// The kinds of use restriction the licence carries, each once, in file order.
    pub fn restriction_kinds(&self) -> Vec<TermKind> {
        let mut kinds: Vec<TermKind> = Vec::new();
        for term in self.terms.iter() {
            if term.restricts() && !kinds.contains(&term.kind) {
                kinds.push(term.kind);
            }
        }
        kinds
    }

    /// One sentence saying why the model has its tier, from the same facts [`Model::tier`] reads.
    pub fn tier_reason(&self) -> String {
        let licence = &self.licence.name;
        let restrictions = join_words(
            &self
                .restriction_kinds()
                .iter()
                .map(|k| k.restriction_words())
                .collect::<Vec<_>>(),
        );
        match self.tier() {
            Tier::Closed => {
                "Its weights cannot be downloaded: it is used only through its vendor's API or apps."
                    .to_owned()
            }
            Tier::WeightsAvailable if !self.licence.osi_approved && restrictions.is_empty() => {
                format!("Its weights can be downloaded, but their licence ({licence}) is not OSI-approved.")
            }
            Tier::WeightsAvailable if !self.licence.osi_approved => format!(
                "Its weights can be downloaded, but their licence ({licence}) is not OSI-approved and carries {restrictions}."
            ),
            Tier::WeightsAvailable
                if self
                    .terms
                    .iter()
                    .filter(|t| t.restricts())
                    .all(|t| t.binding == Some(Binding::Unknown)) =>
            {
                format!(
                    "Its weights are under {licence}, but whether the usage policy that comes with them binds you is not established, so it cannot be shown to be free of use restrictions."
                )
            }
            Tier::WeightsAvailable => format!(
                "Its weights are under {licence}, an OSI-approved licence, but their use comes with {restrictions}, beyond what the law requires."
            ),
            Tier::OpenSource => format!(
                "Its weights are under {licence}, an OSI-approved licence with no use restrictions, and its training code and training data (or a complete recipe to rebuild it) are released."
            ),
            Tier::OpenWeights if !self.licence.osi_approved => format!(
                "Its weights are under {licence}, a permissive licence that is not OSI-approved: it grants use, study, modification and redistribution for any purpose, with no use restrictions. Without OSI approval it cannot be open source."
            ),
            Tier::OpenWeights => {
                let code = self.release.training_code.value == Availability::Yes;
                let missing = if code {
                    "its training data is"
                } else if matches!(
                    self.release.training_data.value,
                    DataRelease::Data | DataRelease::Recipe
                ) {
                    "its training code is"
                } else {
                    "its training code and data are"
                };
                format!(
                    "Its weights are under {licence}, an OSI-approved licence with no use restrictions, but {missing} not released, so training cannot be reproduced."
                )
            }
        }
    }
}

/// "a", "a and b", "a, b and c".
fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

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

const HTTPS: &str = "must be an https:// URL";
const EMPTY: &str = "must not be empty";
const EMPTY_SOURCE: &str = "must not be empty: every fact needs a source";
const POSITIVE: &str = "must be a positive number (or null when unknown)";

pub fn validate_dataset_info(info: &DatasetInfo) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut check = |field: &str, ok: bool, message: &str| {
        if !ok {
            problems.push(Problem::new(None, field, message));
        }
    };
    check(
        "dataset.version",
        is_version(&info.version),
        "must be a version, MAJOR.MINOR.PATCH",
    );
    check(
        "dataset.as_of",
        is_date(&info.as_of),
        "must be a date, YYYY-MM-DD",
    );
    check(
        "dataset.licence.name",
        !info.licence.name.trim().is_empty(),
        EMPTY,
    );
    check(
        "dataset.licence.spdx",
        is_spdx(&info.licence.spdx),
        "must be an SPDX id",
    );
    check("dataset.licence.url", is_https(&info.licence.url), HTTPS);
    check(
        "dataset.methodology",
        !info.methodology.trim().is_empty(),
        EMPTY,
    );
    problems
}

/// The checks the types cannot make: ids unique and of the right shape, `https` sources on every
/// fact, real dates, positive numbers, and terms that carry the fields their kind needs.
pub fn validate_models(models: &[Model], as_of: Option<&str>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for model in models {
        let mut check = |field: &str, ok: bool, message: &str| {
            if !ok {
                problems.push(Problem::new(Some(&model.id), field, message));
            }
        };
        check(
            "id",
            is_valid_id(&model.id),
            "must be lower-case letters, digits, `.` and `-`",
        );
        check("id", seen.insert(&*model.id), "duplicate id");
        check("name", !model.name.trim().is_empty(), EMPTY);
        check("description", !model.description.trim().is_empty(), EMPTY);
        check("vendor.value", !model.vendor.value.trim().is_empty(), EMPTY);
        check(
            "released.value",
            is_year_month(&model.released.value),
            "must be a month, YYYY-MM",
        );
        check("licence.name", !model.licence.name.trim().is_empty(), EMPTY);
        if let Some(spdx) = &model.licence.spdx {
            check("licence.spdx", is_spdx(spdx), "must be an SPDX id, or null");
        }
        check("licence.url", is_https(&model.licence.url), HTTPS);
        let licence = &model.licence;
        if licence.permissive.is_some() {
            check(
                "licence.permissive",
                !licence.osi_approved,
                "only a licence that OSI has not approved needs a ruling on whether it is permissive",
            );
        }
        for (i, e) in licence.earlier.iter().enumerate() {
            check(
                &format!("licence.earlier[{i}].name"),
                !e.name.trim().is_empty(),
                EMPTY,
            );
            check(
                &format!("licence.earlier[{i}].url"),
                is_https(&e.url),
                HTTPS,
            );
            check(
                &format!("licence.earlier[{i}].until"),
                is_year_month(&e.until),
                "must be a month, YYYY-MM",
            );
            check(
                &format!("licence.earlier[{i}].change"),
                !e.change.trim().is_empty(),
                EMPTY,
            );
        }
        for (i, term) in model.terms.iter().enumerate() {
            for (field, message) in term_problems(term, &format!("terms[{i}]")) {
                check(&field, false, &message);
            }
        }
        // Every source, and the date it was read: one pass over the model's sourced facts.
        for (field, url, confidence, checked) in model.sourced() {
            if url.trim().is_empty() {
                check(&field, false, EMPTY_SOURCE);
            } else {
                check(&field, is_https(url), HTTPS);
            }
            if let Some(message) = primary_problem(confidence, url) {
                check(&field.replace(".source", ".confidence"), false, &message);
            }
            let field = field.replace(".source", ".checked");
            if !is_date(checked) {
                check(&field, false, "must be a date, YYYY-MM-DD");
            } else if let Some(as_of) = as_of.filter(|a| is_date(a)) {
                check(
                    &field,
                    checked <= as_of,
                    "must not be after the dataset's `as_of` date",
                );
            }
        }

        // Issue 16: the words behind every deciding fact the model records itself (its terms are
        // checked above, with the licence's).
        let r = &model.release;
        let mut deciding = vec![
            (
                "licence.quote",
                model.licence.quote.as_deref(),
                model.licence.confidence,
            ),
            (
                "release.weights.quote",
                r.weights.quote.as_deref(),
                r.weights.confidence,
            ),
            (
                "release.training_code.quote",
                r.training_code.quote.as_deref(),
                r.training_code.confidence,
            ),
            (
                "release.training_data.quote",
                r.training_data.quote.as_deref(),
                r.training_data.confidence,
            ),
            (
                "release.technical_report.quote",
                r.technical_report.quote.as_deref(),
                r.technical_report.confidence,
            ),
            (
                "release.model_card.quote",
                r.model_card.quote.as_deref(),
                r.model_card.confidence,
            ),
        ];
        if let Some(p) = &model.licence.permissive {
            deciding.push(("licence.permissive.quote", p.quote.as_deref(), p.confidence));
        }
        for (field, quote, confidence) in deciding {
            for (field, message) in quote_problems(field, quote, confidence) {
                check(&field, false, &message);
            }
        }

        let downloadable = model.release.weights.value != WeightsAccess::None;
        if downloadable {
            check(
                "variants",
                !model.variants.is_empty(),
                "a model with downloadable weights needs at least one variant",
            );
        }
        for (i, v) in model.variants.iter().enumerate() {
            let field = |name: &str| format!("variants[{i}].{name}");
            check(&field("name"), !v.name.trim().is_empty(), EMPTY);
            for (name, n) in [
                ("params_total_b", v.params_total_b),
                ("params_active_b", v.params_active_b),
            ] {
                if let Some(n) = n {
                    check(&field(name), n.is_finite() && n > 0.0, POSITIVE);
                }
            }
            if let (Some(total), Some(active)) = (v.params_total_b, v.params_active_b) {
                check(
                    &field("params_active_b"),
                    active <= total,
                    "must not exceed params_total_b",
                );
            }
            if let Some(n) = v.context_tokens {
                check(&field("context_tokens"), n > 0, POSITIVE);
            }
            if let Some(hub) = &v.hub_id {
                check(
                    &field("hub_id"),
                    is_hub_id(hub),
                    "must be `owner/name`, or null",
                );
                check(
                    &field("hub_id"),
                    downloadable,
                    "a model whose weights are not downloadable has no hub id",
                );
            }
        }

        let commercial = model
            .terms
            .iter()
            .filter(|t| t.kind == TermKind::CommercialUse)
            .count();
        check(
            "terms",
            commercial == 1,
            "needs exactly one `commercial-use` term",
        );
        // CONTRACT §3: every fact a verdict rule reads is recorded, even when it is "none" (the
        // commercial-use term has its own check above).
        for kind in RULE_TERM_KINDS
            .into_iter()
            .filter(|&k| k != TermKind::CommercialUse)
        {
            let of_kind: Vec<_> = model.terms.iter().filter(|t| t.kind == kind).collect();
            let id = kind.id();
            check(
                "terms",
                !of_kind.is_empty(),
                &format!(
                    "needs a `{id}` term: the term itself, or effect `no-such-term` with the source \
                     that shows there is none, or `unknown` with what is unknown and where to check"
                ),
            );
            check(
                "terms",
                of_kind.len() == 1 || !of_kind.iter().any(|t| matches!(t.effect, Some(Effect::NoSuchTerm | Effect::Unknown))),
                &format!("a `{id}` term that is `no-such-term` or `unknown` must be the only `{id}` term"),
            );
        }
        for (i, claim) in model.commonly_described_as.iter().enumerate() {
            for (name, text) in [
                ("by", &claim.by),
                ("claim", &claim.claim),
                ("fact", &claim.fact),
            ] {
                check(
                    &format!("commonly_described_as[{i}].{name}"),
                    !text.trim().is_empty(),
                    EMPTY,
                );
            }
        }
    }
    problems
}

/// What is wrong with one term, as (field, message) pairs, `prefix` being its path (`terms[3]`):
/// the fields its kind needs and no others, and the quote or the full reading behind it. The same
/// checks run on a licence record's terms and on a model's own terms.
pub fn term_problems(term: &Term, prefix: &str) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    let field = |name: &str| format!("{prefix}.{name}");
    let mut check = |field: &str, ok: bool, message: &str| {
        if !ok {
            problems.push((field.to_owned(), message.to_owned()));
        }
    };
    let aup = term.kind == TermKind::AcceptableUsePolicy;
    check(
        &field("binding"),
        term.binding.is_some() == aup,
        if aup {
            "an `acceptable-use-policy` term says whether it binds: `binding` true when the \
                 licence or download terms incorporate it or end the licence for breaking it, \
                 false when it is only linked as guidance"
        } else {
            "only an `acceptable-use-policy` term has `binding`"
        },
    );
    check(&field("text"), !term.text.trim().is_empty(), EMPTY);
    let absent = matches!(term.effect, Some(Effect::NoSuchTerm | Effect::Unknown));
    let (effects, needs_threshold, needs_region): (&[Effect], bool, bool) = match term.kind {
        // A record of absence or of an unknown carries no number and no region.
        TermKind::CommercialUse => (
            &[Effect::Allowed, Effect::Forbidden, Effect::Unknown],
            false,
            false,
        ),
        TermKind::Threshold => (
            &[
                Effect::LosesLicence,
                Effect::Duty,
                Effect::NoSuchTerm,
                Effect::Unknown,
            ],
            !absent,
            false,
        ),
        TermKind::OutputsTraining => (
            &[
                Effect::Allowed,
                Effect::DutiesPassOn,
                Effect::Forbidden,
                Effect::NoSuchTerm,
                Effect::Unknown,
            ],
            false,
            false,
        ),
        TermKind::Regional => (
            &[
                Effect::LosesLicence,
                Effect::PaidTier,
                Effect::NoSuchTerm,
                Effect::Unknown,
            ],
            false,
            !absent,
        ),
        _ => (&[], false, false),
    };
    let kind = term.kind.id();
    match term.effect {
        Some(effect) => check(
            &field("effect"),
            effects.contains(&effect),
            &if effects.is_empty() {
                format!("a `{kind}` term has no effect")
            } else {
                format!(
                    "a `{kind}` term's effect must be one of: {}",
                    effects
                        .iter()
                        .map(|e| e.id())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
        ),
        None => check(
            &field("effect"),
            effects.is_empty(),
            &format!("a `{kind}` term needs an effect"),
        ),
    }
    if needs_threshold {
        check(
            &field("above"),
            term.above.is_some_and(|n| n.is_finite() && n > 0.0),
            "a threshold needs a positive number",
        );
        check(
            &field("metric"),
            term.metric.is_some(),
            "a threshold needs a metric",
        );
    } else {
        check(
            &field("above"),
            term.above.is_none(),
            &format!("only a threshold has a number, not a `{kind}` term"),
        );
        check(
            &field("metric"),
            term.metric.is_none(),
            &format!("only a threshold has a metric, not a `{kind}` term"),
        );
    }
    if needs_region {
        check(
            &field("region"),
            term.region.is_some(),
            "a regional term needs a region",
        );
    } else {
        check(
            &field("region"),
            term.region.is_none(),
            &format!("only a regional term has a region, not a `{kind}` term"),
        );
    }
    if term.effect == Some(Effect::NoSuchTerm) {
        check(
            &field("read_in_full"),
            term.read_in_full == Some(true),
            "a `no-such-term` record needs `read_in_full: true`: its source is the whole licence \
             or terms text, read in full. Otherwise record the term as `unknown`, saying where to \
             check",
        );
    } else {
        check(
            &field("read_in_full"),
            term.read_in_full.is_none(),
            "only a `no-such-term` record says that its source was read in full",
        );
    }
    if term.effect == Some(Effect::Unknown) || term.binding == Some(Binding::Unknown) {
        check(
            &field("confidence"),
            term.confidence == Confidence::Unverified,
            "an unknown is `unverified`: no source settles it",
        );
    }
    if term.kind == TermKind::CommercialUse && term.effect == Some(Effect::Forbidden) {
        check(
            &field("quote"),
            term.quote.is_some(),
            "a `commercial-use` term that forbids commercial use quotes the licence's clause",
        );
    }
    for (f, m) in quote_problems(&field("quote"), term.quote.as_deref(), term.confidence) {
        check(&f, false, &m);
    }
    problems
}

/// Every deciding fact rated `verified` or `likely` carries the words of its source that settle
/// it (issue 16), and a quote is plain text of a sensible length.
pub fn quote_problems(
    field: &str,
    quote: Option<&str>,
    confidence: Confidence,
) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    match quote {
        None if confidence != Confidence::Unverified => problems.push((
            field.to_owned(),
            format!(
                "a `{}` deciding fact needs `quote`: the words of its source that settle it, \
                 copied verbatim (or lower its confidence to `unverified`)",
                confidence.label()
            ),
        )),
        Some(q) if q.trim().is_empty() => problems.push((field.to_owned(), EMPTY.to_owned())),
        Some(q) if q.chars().any(|c| c.is_control()) => problems.push((
            field.to_owned(),
            "must be plain text, without control characters".to_owned(),
        )),
        Some(q) if q.chars().count() > MAX_QUOTE_CHARS => problems.push((
            field.to_owned(),
            format!("must be at most {MAX_QUOTE_CHARS} characters: quote the deciding words only"),
        )),
        _ => {}
    }
    problems
}

/// The longest quote, in characters: a clause or two, not a page.
pub const MAX_QUOTE_CHARS: usize = 600;

impl Model {
    /// Every source URL of the model, with the field it belongs to.
    pub fn sources(&self) -> Vec<(String, &str)> {
        self.sourced()
            .into_iter()
            .map(|(field, url, _, _)| (field, url))
            .collect()
    }

    /// Every source with its field, the confidence it backs and when it was checked.
    pub fn sourced(&self) -> Vec<(String, &str, Confidence, &str)> {
        let r = &self.release;
        let l = &self.licence;
        fn fact<'a, T>(field: &str, f: &'a Fact<T>) -> (String, &'a str, Confidence, &'a str) {
            (
                format!("{field}.source"),
                &f.source,
                f.confidence,
                &f.checked,
            )
        }
        let mut out = vec![
            fact("vendor", &self.vendor),
            fact("released", &self.released),
            (
                "licence.source".into(),
                &*l.source,
                l.confidence,
                &*l.checked,
            ),
            fact("release.weights", &r.weights),
            fact("release.training_code", &r.training_code),
            fact("release.training_data", &r.training_data),
            fact("release.technical_report", &r.technical_report),
            fact("release.model_card", &r.model_card),
        ];
        if let Some(p) = &l.permissive {
            out.push(fact("licence.permissive", p));
        }
        for (i, e) in l.earlier.iter().enumerate() {
            out.push((
                format!("licence.earlier[{i}].source"),
                &e.source,
                e.confidence,
                &e.checked,
            ));
        }
        for (i, v) in self.variants.iter().enumerate() {
            out.push((
                format!("variants[{i}].source"),
                &v.source,
                v.confidence,
                &v.checked,
            ));
        }
        for (i, t) in self.terms.iter().enumerate() {
            out.push((
                format!("terms[{i}].source"),
                &t.source,
                t.confidence,
                &t.checked,
            ));
        }
        for (i, c) in self.commonly_described_as.iter().enumerate() {
            out.push((
                format!("commonly_described_as[{i}].source"),
                &c.source,
                c.confidence,
                &c.checked,
            ));
        }
        out
    }
}

/// A fact checked longer ago than this, in days, is a warning at build time.
pub const STALE_AFTER_DAYS: i64 = 180;

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(date: &str) -> Option<i64> {
    if !is_date(date) {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (
        date[..4].parse().ok()?,
        date[5..7].parse().ok()?,
        date[8..].parse().ok()?,
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Today (UTC), `YYYY-MM-DD`, or the date of `SOURCE_DATE_EPOCH` for a reproducible build: the
/// date a fact's age is measured against, by `build.rs` and by the `validate_dataset` example.
pub fn build_date() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    civil_from_days(seconds.div_euclid(86_400))
}

/// The `YYYY-MM-DD` date of a count of days since 1970-01-01 (the inverse of `days_from_civil`).
pub fn civil_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Sites that cannot be the primary source of a model's fact: API routers and gateways, hosting
/// providers, mirrors, third-party blogs and analyses. A `verified` fact ("seen in a primary
/// source: the licence, the model card or the repository itself") citing one of them is a warning
/// (data/README.md lists what counts as primary for each kind of fact).
pub const SECONDARY_HOSTS: [&str; 24] = [
    "openrouter.ai",
    "vercel.com",
    "docs.oxen.ai",
    "simonwillison.net",
    "conductatlas.com",
    "ospo.co",
    "groundy.com",
    "medium.com",
    "www.futureaiplanet.com",
    "chinanews.ai",
    "developer.mittwald.de",
    "lmstudio.ai",
    "gitcode.com",
    "huggingface.co/papers",
    "unsloth.ai",
    "www.llmradar.eu",
    "news.creeta.com",
    "ui.adsabs.harvard.edu",
    "github.com/peterblazejewicz",
    "huggingface.co/ggml-org",
    "huggingface.co/calcuis",
    "huggingface.co/unsloth",
    "huggingface.co/bartowski",
    "huggingface.co/lmstudio-community",
];

/// Whether `url` is on a site that cannot be the primary source of a fact ([`SECONDARY_HOSTS`]).
pub fn is_secondary(url: &str) -> bool {
    let site = url.strip_prefix("https://").unwrap_or(url);
    SECONDARY_HOSTS.iter().any(|h| {
        site.strip_prefix(*h)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// The problem of a `verified` fact whose source cannot be primary, if it is one.
pub fn primary_problem(confidence: Confidence, source: &str) -> Option<String> {
    (confidence == Confidence::Verified && is_secondary(source)).then(|| {
        format!(
            "`verified` needs a primary source (the licence, the model card, the vendor's \
             repository or announcement), and {source} cannot be one: cite the primary text, or \
             lower the confidence to `likely`"
        )
    })
}

impl Catalog {
    /// What the validator can check of age, as warnings (they do not fail the build): every fact
    /// checked more than 180 days before `today` (`YYYY-MM-DD`, the build's date).
    pub fn warnings(&self, today: &str) -> Vec<Problem> {
        let mut out = Vec::new();
        let today = days_from_civil(today);
        for model in self.models.iter() {
            for (field, _, _, checked) in model.sourced() {
                if let (Some(today), Some(checked_on)) = (today, days_from_civil(checked)) {
                    if today - checked_on > STALE_AFTER_DAYS {
                        out.push(Problem::new(
                            Some(&model.id),
                            &field.replace(".source", ".checked"),
                            &format!(
                                "checked on {checked}, more than {STALE_AFTER_DAYS} days ago: read \
                                 the source again and update the fact and its date"
                            ),
                        ));
                    }
                }
            }
        }
        out
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

#[cfg(test)]
mod tests {
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
}
