//! What a licence permits, requires and forbids, item by item (issue 20): the licence view's three
//! lists, built from the licence record's terms, each item with its status and the records (the
//! licence's own words) behind it. Pure: the licence texts page, the `licences.csv` download and
//! the tests read it.
//!
//! An item the licence does not address says so, and an item no source settles says it is
//! unknown: none is ever left out. A kind with no record at all is unknown too (the validator
//! requires every kind, so this only happens in a dataset under construction).

use crate::catalog::{Binding, Effect, LicenceRecord, Term, TermKind};

/// The three lists, in the order the view shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Permissions,
    Conditions,
    Limitations,
}

impl Section {
    pub const ALL: [Section; 3] = [
        Section::Permissions,
        Section::Conditions,
        Section::Limitations,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::Permissions => "Permissions",
            Section::Conditions => "Conditions",
            Section::Limitations => "Limitations",
        }
    }
}

/// What the licence says of one item. The words are those of `licences.csv`'s cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Permitted,
    Condition,
    Limited,
    NotAddressed,
    Unknown,
}

impl Status {
    pub fn word(self) -> &'static str {
        match self {
            Status::Permitted => "permitted",
            Status::Condition => "condition",
            Status::Limited => "limited",
            Status::NotAddressed => "not addressed",
            Status::Unknown => "unknown",
        }
    }
}

/// One row of the view: an item, as its list names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemKind {
    /// Stable id: the `licences.csv` column and the anchor of the item (`<licence>-<id>`).
    pub id: &'static str,
    pub label: &'static str,
    pub section: Section,
    /// The term kind whose records decide it.
    pub term: TermKind,
}

const fn item(id: &'static str, label: &'static str, section: Section, term: TermKind) -> ItemKind {
    ItemKind {
        id,
        label,
        section,
        term,
    }
}

/// Every item, in the view's order. "Non-commercial use only" reads the same record as
/// "Commercial use", from the other side.
pub const ITEMS: [ItemKind; 17] = [
    item(
        "commercial-use",
        "Commercial use",
        Section::Permissions,
        TermKind::CommercialUse,
    ),
    item(
        "modification",
        "Modification",
        Section::Permissions,
        TermKind::Modification,
    ),
    item(
        "distribution",
        "Distribution",
        Section::Permissions,
        TermKind::Distribution,
    ),
    item(
        "private-use",
        "Private use",
        Section::Permissions,
        TermKind::PrivateUse,
    ),
    item(
        "patent-grant",
        "Patent grant",
        Section::Permissions,
        TermKind::PatentGrant,
    ),
    item(
        "outputs-training",
        "Training other models on its outputs",
        Section::Permissions,
        TermKind::OutputsTraining,
    ),
    item(
        "attribution",
        "Attribution and notices",
        Section::Conditions,
        TermKind::Attribution,
    ),
    item(
        "naming-rule",
        "Naming of derived models",
        Section::Conditions,
        TermKind::NamingRule,
    ),
    item(
        "display-duty",
        "Display duties",
        Section::Conditions,
        TermKind::DisplayDuty,
    ),
    item(
        "pass-terms-on",
        "Passing the terms on",
        Section::Conditions,
        TermKind::PassTermsOn,
    ),
    item(
        "acceptable-use-policy",
        "A binding usage policy",
        Section::Conditions,
        TermKind::AcceptableUsePolicy,
    ),
    item(
        "threshold",
        "User or revenue thresholds",
        Section::Limitations,
        TermKind::Threshold,
    ),
    item(
        "field-of-use-ban",
        "Field-of-use bans",
        Section::Limitations,
        TermKind::FieldOfUseBan,
    ),
    item(
        "regional",
        "Regional exclusions",
        Section::Limitations,
        TermKind::Regional,
    ),
    item(
        "termination-for-conduct",
        "Termination for conduct",
        Section::Limitations,
        TermKind::TerminationForConduct,
    ),
    item(
        "non-commercial",
        "Non-commercial use only",
        Section::Limitations,
        TermKind::CommercialUse,
    ),
    item(
        "redistribution-limit",
        "No or limited redistribution",
        Section::Limitations,
        TermKind::RedistributionLimit,
    ),
];

/// One item of one licence: its status and the records behind it (empty when none is recorded).
#[derive(Debug, Clone)]
pub struct Item<'a> {
    pub kind: ItemKind,
    pub status: Status,
    pub terms: Vec<&'a Term>,
}

impl Item<'_> {
    /// The plain sentence when no record says more: a kind without a record.
    pub fn fallback(&self) -> &'static str {
        "Not recorded yet, so unknown: read the licence text."
    }
}

/// The status of one item, from its records.
fn status(kind: ItemKind, terms: &[&Term]) -> Status {
    let Some(first) = terms.first() else {
        return Status::Unknown;
    };
    match first.effect {
        Some(Effect::Unknown) => return Status::Unknown,
        Some(Effect::NoSuchTerm) => return Status::NotAddressed,
        _ => {}
    }
    if kind.id == "non-commercial" {
        return match first.effect {
            Some(Effect::Forbidden) => Status::Limited,
            // Commercial use allowed: no non-commercial limit.
            _ => Status::NotAddressed,
        };
    }
    match kind.section {
        Section::Permissions => match first.effect {
            Some(Effect::Allowed) => Status::Permitted,
            Some(Effect::Forbidden) => Status::Limited,
            // Allowed, with duties that pass on to what is trained (outputs).
            _ => Status::Condition,
        },
        Section::Conditions => {
            if kind.term == TermKind::AcceptableUsePolicy {
                // Only a policy that binds is a condition; one linked as guidance binds nobody.
                if terms.iter().any(|t| t.binding == Some(Binding::Binds)) {
                    Status::Condition
                } else if terms.iter().any(|t| t.binding == Some(Binding::Unknown)) {
                    Status::Unknown
                } else {
                    Status::NotAddressed
                }
            } else {
                Status::Condition
            }
        }
        Section::Limitations => Status::Limited,
    }
}

/// The licence's items, in the view's order.
pub fn items(licence: &LicenceRecord) -> Vec<Item<'_>> {
    ITEMS
        .iter()
        .map(|&kind| {
            let terms: Vec<&Term> = licence
                .terms
                .iter()
                .filter(|t| t.kind == kind.term)
                .collect();
            Item {
                kind,
                status: status(kind, &terms),
                terms,
            }
        })
        .collect()
}

/// What OSI says of the licence and the ruling the tier rule applies (CONTRACT §1), in one line.
pub fn ruling(licence: &LicenceRecord) -> String {
    if licence.osi_approved {
        return "OSI-approved: the tier rule treats it as open, so models under it can be open \
                source when their training code and data are released too."
            .to_owned();
    }
    match &licence.permissive {
        Some(fact) if fact.value => {
            "Not OSI-approved, but permissive: the tier rule treats models \
                                     under it as at most open weights (permissive licence, not \
                                     OSI-approved)."
                .to_owned()
        }
        _ => "Not OSI-approved, and not shown to be permissive: the tier rule treats models under \
              it as weights available (restricted), or closed when no weights are released."
            .to_owned(),
    }
}

/// The columns of `licences.csv`, in order: the licence, then one per item.
pub fn csv_columns() -> Vec<&'static str> {
    let mut columns = vec!["id", "name", "url", "osi_approved", "permissive"];
    columns.extend(ITEMS.iter().map(|i| i.id));
    columns
}

/// `licences.csv`: one row per licence, one column per item (permitted, condition, limited, not
/// addressed or unknown). RFC 4180 quoting.
pub fn to_csv(licences: &[LicenceRecord]) -> String {
    fn cell(value: &str) -> String {
        if value.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", value.replace('"', "\"\""))
        } else {
            value.to_owned()
        }
    }
    let mut out = csv_columns().join(",") + "\r\n";
    for licence in licences {
        let permissive = match &licence.permissive {
            _ if licence.osi_approved => "",
            Some(fact) if fact.value => "true",
            Some(_) => "false",
            None => "false",
        };
        let mut row = vec![
            cell(&licence.id),
            cell(&licence.name),
            cell(&licence.url),
            licence.osi_approved.to_string(),
            permissive.to_owned(),
        ];
        row.extend(items(licence).iter().map(|i| i.status.word().to_owned()));
        out += &row.join(",");
        out += "\r\n";
    }
    out
}

/// Where two or more licences differ: the ids of the items whose status is not the same in all.
pub fn differing_items(licences: &[&LicenceRecord]) -> Vec<&'static str> {
    let all: Vec<Vec<Item<'_>>> = licences.iter().map(|l| items(l)).collect();
    ITEMS
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            all.iter()
                .map(|items| items[*i].status)
                .collect::<Vec<_>>()
                .windows(2)
                .any(|w| w[0] != w[1])
        })
        .map(|(_, kind)| kind.id)
        .collect()
}
