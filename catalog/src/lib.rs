//! The model dataset (the workspace crate `omc-catalog`): its types here; reading it
//! (`parse.rs`), validating it (`validate.rs`), the computed tier of each model (`tier.rs`) and
//! assembling the files of `data/` (`sources.rs`), one file per job.
//!
//! Pure Rust with no web dependency: it is unit-tested natively, used by the widget (which
//! re-exports it as `catalog`), and by the build script (`build/main.rs`), so that a malformed
//! data file fails the build with a message naming the file, the model and the field. The browser
//! never meets an invalid dataset.

use serde::{Deserialize, Serialize};
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

    /// Whether a model's card lists the term: every record of a kind a verdict rule reads, and
    /// an attribution duty or a use restriction where the licence has one. The licence view's
    /// other items (modification, a patent grant…) and the records that a duty or a limit is
    /// absent or unknown stay with the licence (`licences.json`, `licences.html`, `models.json`):
    /// the widget's whole records, fetched at a reader's first answer, leave them out.
    pub fn on_card(&self) -> bool {
        RULE_TERM_KINDS.contains(&self.kind)
            || ((self.kind == TermKind::Attribution || self.kind.is_use_restriction())
                && !matches!(self.effect, Some(Effect::NoSuchTerm | Effect::Unknown)))
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
    /// The right to modify the model and make derivatives (`effect`: `allowed`, `forbidden`,
    /// `no-such-term` or `unknown`). Read by the licence view (issue 20), not by a verdict rule.
    Modification,
    /// The right to distribute the model or derivatives (`allowed`, `forbidden`, `no-such-term`,
    /// `unknown`). Read by the licence view.
    Distribution,
    /// The right to use the model privately, inside one's own organisation (`allowed`,
    /// `forbidden`, `no-such-term`, `unknown`). Read by the licence view.
    PrivateUse,
    /// An express patent grant from the contributors (`allowed`, `forbidden`, `no-such-term`,
    /// `unknown`). Read by the licence view.
    PatentGrant,
    /// A duty to display a notice or name in a product's interface or documentation ("Built with
    /// Llama"): no `effect` (the record is the duty), or `no-such-term` or `unknown`. Read by the
    /// licence view.
    DisplayDuty,
    /// A duty to pass the licence or its use restrictions on to recipients of the model or of
    /// derivatives: no `effect` (the record is the duty), or `no-such-term` or `unknown`. Read by
    /// the licence view.
    PassTermsOn,
}

/// Every term kind the licence view shows, in the order of its three lists (issue 20):
/// permissions, conditions, limitations. Every licence records each of them, as the term, as
/// `no-such-term` (read in full) or as `unknown`.
pub const LICENCE_VIEW_KINDS: [TermKind; 16] = [
    TermKind::CommercialUse,
    TermKind::Modification,
    TermKind::Distribution,
    TermKind::PrivateUse,
    TermKind::PatentGrant,
    TermKind::OutputsTraining,
    TermKind::Attribution,
    TermKind::NamingRule,
    TermKind::DisplayDuty,
    TermKind::PassTermsOn,
    TermKind::AcceptableUsePolicy,
    TermKind::Threshold,
    TermKind::FieldOfUseBan,
    TermKind::Regional,
    TermKind::TerminationForConduct,
    TermKind::RedistributionLimit,
];

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
            TermKind::Modification => "modification",
            TermKind::Distribution => "distribution",
            TermKind::PrivateUse => "private-use",
            TermKind::PatentGrant => "patent-grant",
            TermKind::DisplayDuty => "display-duty",
            TermKind::PassTermsOn => "pass-terms-on",
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
            TermKind::CommercialUse
            | TermKind::Attribution
            | TermKind::OutputsTraining
            | TermKind::Modification
            | TermKind::Distribution
            | TermKind::PrivateUse
            | TermKind::PatentGrant
            | TermKind::DisplayDuty
            | TermKind::PassTermsOn => "",
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

// The other jobs, one file each.
mod parse;
pub mod sources;
mod tier;
mod validate;

pub use parse::*;
pub use tier::*;
pub use validate::*;

#[cfg(test)]
mod tests;
