//! Validating a dataset, by what is checked: the dataset's own fields; each model's ids, dates,
//! sources, sizes and terms (`validate_models`); each term's shape and the words behind it
//! (`term_problems`, `quote_problems`); which sites can be primary sources; the age of facts.

use std::collections::BTreeSet;

use super::*;

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
        let mut deciding = model.own_deciding_facts().to_vec();
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
    // A record that a policy is absent, or unknown, has no binding to state.
    let aup = term.kind == TermKind::AcceptableUsePolicy
        && !matches!(term.effect, Some(Effect::NoSuchTerm | Effect::Unknown));
    check(
        &field("binding"),
        term.binding.is_some() == aup,
        if aup {
            "an `acceptable-use-policy` term says whether it binds: `binding` true when the \
                 licence or download terms incorporate it or end the licence for breaking it, \
                 false when it is only linked as guidance"
        } else {
            "only an `acceptable-use-policy` term that is there has `binding`"
        },
    );
    check(&field("text"), !term.text.trim().is_empty(), EMPTY);
    let absent = matches!(term.effect, Some(Effect::NoSuchTerm | Effect::Unknown));
    // The effects a record of the kind may have, whether it needs a number or a region, and
    // whether it may have no effect at all (a duty or a restriction that is there).
    let (effects, needs_threshold, needs_region, effect_optional): (&[Effect], bool, bool, bool) =
        match term.kind {
            // A record of absence or of an unknown carries no number and no region.
            TermKind::CommercialUse => (
                &[Effect::Allowed, Effect::Forbidden, Effect::Unknown],
                false,
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
                false,
            ),
            // The rights the licence view lists (issue 20): granted, withheld, not addressed or
            // unknown.
            TermKind::Modification
            | TermKind::Distribution
            | TermKind::PrivateUse
            | TermKind::PatentGrant => (
                &[
                    Effect::Allowed,
                    Effect::Forbidden,
                    Effect::NoSuchTerm,
                    Effect::Unknown,
                ],
                false,
                false,
                false,
            ),
            // Duties and restrictions: the record is the term itself (no effect), or says that the
            // text has none or that no source settles it.
            _ => (&[Effect::NoSuchTerm, Effect::Unknown], false, false, true),
        };
    let kind = term.kind.id();
    match term.effect {
        Some(effect) => check(
            &field("effect"),
            effects.contains(&effect),
            &if effect_optional {
                format!(
                    "a `{kind}` term has no effect, or says that the text has none \
                     (`no-such-term`) or that no source settles it (`unknown`)"
                )
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
            effect_optional,
            &format!("a `{kind}` term needs an effect"),
        ),
    }
    if needs_threshold {
        // A duty may start at 0: a licence that asks every commercial user to notify the vendor
        // (MiniMax M3) owes it from the first dollar. Losing the licence at 0 would be a ban on
        // commercial use, which is the `commercial-use` term's to say.
        let duty = term.effect == Some(Effect::Duty);
        check(
            &field("above"),
            term.above
                .is_some_and(|n| n.is_finite() && (n > 0.0 || (duty && n == 0.0))),
            "a threshold needs a positive number (or 0 for a duty owed from the first dollar)",
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

impl Model {
    /// The deciding facts the model records itself, each as (the field of its quote, the quote,
    /// its confidence): the licence it is under and what it releases. Its terms, and the
    /// licence's permissive ruling, are the others (issue 16).
    pub fn own_deciding_facts(&self) -> [(&'static str, Option<&str>, Confidence); 6] {
        let r = &self.release;
        [
            (
                "licence.quote",
                self.licence.quote.as_deref(),
                self.licence.confidence,
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
        ]
    }
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
/// date a fact's age is measured against, by the build script and by the `validate_dataset` example.
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
