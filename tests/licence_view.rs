//! The licence view's items (issue 20), natively: every licence's three lists are complete, each
//! item's status follows from its records, and `licences.csv` has one row per licence and one
//! column per item.

use open_model_chooser::catalog::{Catalog, Effect, LicenceRecord, TermKind};
use open_model_chooser::licence_view::{
    csv_columns, differing_items, items, ruling, to_csv, Section, Status, ITEMS,
};

fn compiled() -> Catalog {
    open_model_chooser::sources::load_compiled().unwrap_or_else(|p| panic!("{p}"))
}

fn licence<'a>(catalog: &'a Catalog, id: &str) -> &'a LicenceRecord {
    catalog
        .licences
        .iter()
        .find(|l| &*l.id == id)
        .unwrap_or_else(|| panic!("no licence {id}"))
}

fn status(licence: &LicenceRecord, item: &str) -> Status {
    items(licence)
        .into_iter()
        .find(|i| i.kind.id == item)
        .unwrap()
        .status
}

#[test]
fn the_items_are_three_lists_in_order_each_once() {
    let mut seen = std::collections::HashSet::new();
    let mut last = 0;
    for item in ITEMS {
        assert!(seen.insert(item.id), "{} once", item.id);
        let at = Section::ALL
            .iter()
            .position(|s| *s == item.section)
            .unwrap();
        assert!(at >= last, "{} is in its list's place", item.id);
        last = at;
    }
    // Every term kind the licence view reads is an item (non-commercial reads commercial use).
    for kind in open_model_chooser::catalog::LICENCE_VIEW_KINDS {
        assert!(ITEMS.iter().any(|i| i.term == kind), "{kind:?}");
    }
    assert_eq!(ITEMS.len(), 17);
}

#[test]
fn every_licence_gives_every_item_a_status_and_no_item_is_left_out() {
    let catalog = compiled();
    for licence in catalog.licences.iter() {
        let items = items(licence);
        assert_eq!(items.len(), ITEMS.len(), "{}", licence.id);
        for item in &items {
            // A status that says more than "unknown" stands on a record.
            if item.status != Status::Unknown {
                assert!(!item.terms.is_empty(), "{} {}", licence.id, item.kind.id);
            }
            // A record of absence or of an unknown is the only one of its kind.
            if item
                .terms
                .iter()
                .any(|t| matches!(t.effect, Some(Effect::NoSuchTerm | Effect::Unknown)))
            {
                assert_eq!(item.terms.len(), 1, "{} {}", licence.id, item.kind.id);
            }
        }
    }
}

#[test]
fn statuses_follow_the_records() {
    let catalog = compiled();
    let apache = licence(&catalog, "apache-2.0");
    assert_eq!(status(apache, "commercial-use"), Status::Permitted);
    assert_eq!(status(apache, "non-commercial"), Status::NotAddressed);
    assert_eq!(status(apache, "attribution"), Status::Condition);
    assert_eq!(status(apache, "threshold"), Status::NotAddressed);
    assert_eq!(status(apache, "regional"), Status::NotAddressed);
    let llama = licence(&catalog, "llama-4");
    assert_eq!(status(llama, "threshold"), Status::Limited);
    assert_eq!(status(llama, "acceptable-use-policy"), Status::Condition);
    // A non-commercial licence: commercial use limited, and the non-commercial item says so.
    let nc = catalog
        .licences
        .iter()
        .find(|l| {
            l.terms
                .iter()
                .any(|t| t.kind == TermKind::CommercialUse && t.effect == Some(Effect::Forbidden))
        })
        .expect("a non-commercial licence");
    assert_eq!(status(nc, "commercial-use"), Status::Limited);
    assert_eq!(status(nc, "non-commercial"), Status::Limited);
    // A record of absence is "not addressed", an unknown is "unknown".
    let mut edited = apache.clone();
    let mut terms = edited.terms.to_vec();
    for t in terms.iter_mut().filter(|t| t.kind == TermKind::Regional) {
        t.effect = Some(Effect::Unknown);
    }
    terms.retain(|t| t.kind != TermKind::Attribution);
    edited.terms = terms.into();
    assert_eq!(status(&edited, "regional"), Status::Unknown);
    // A kind with no record at all is unknown, never left out.
    assert_eq!(status(&edited, "attribution"), Status::Unknown);
}

#[test]
fn the_ruling_line_says_what_osi_says_and_what_the_tier_rule_applies() {
    let catalog = compiled();
    assert!(ruling(licence(&catalog, "apache-2.0")).starts_with("OSI-approved"));
    assert!(ruling(licence(&catalog, "llama-4")).starts_with("Not OSI-approved, and not shown"));
    if let Some(permissive) = catalog
        .licences
        .iter()
        .find(|l| !l.osi_approved && l.permissive.as_ref().is_some_and(|p| p.value))
    {
        assert!(ruling(permissive).contains("permissive licence, not OSI-approved"));
    }
}

#[test]
fn licences_csv_has_a_row_per_licence_and_a_column_per_item() {
    let catalog = compiled();
    let csv = to_csv(&catalog.licences);
    let rows: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(rows[0], csv_columns().join(","));
    assert_eq!(rows.len(), catalog.licences.len() + 1);
    let words = [
        "permitted",
        "condition",
        "limited",
        "not addressed",
        "unknown",
    ];
    for (licence, row) in catalog.licences.iter().zip(&rows[1..]) {
        assert!(row.starts_with(&format!("{},", licence.id)), "{row}");
        // The item cells are the row's last ones (names with commas are quoted).
        let cells: Vec<&str> = row.rsplitn(ITEMS.len() + 1, ',').collect();
        for (cell, item) in cells[..ITEMS.len()].iter().rev().zip(items(licence)) {
            assert!(words.contains(cell), "{}: {cell}", licence.id);
            assert_eq!(*cell, item.status.word(), "{} {}", licence.id, item.kind.id);
        }
    }
    // A name with a comma or a quote is quoted, RFC 4180.
    let mut odd = licence(&catalog, "mit").clone();
    odd.name = "A \"quoted\", name".into();
    assert!(to_csv(&[odd]).contains("\"A \"\"quoted\"\", name\""));
}

#[test]
fn differing_items_are_those_whose_status_differs() {
    let catalog = compiled();
    let apache = licence(&catalog, "apache-2.0");
    let llama = licence(&catalog, "llama-4");
    assert!(differing_items(&[apache, apache]).is_empty());
    let differ = differing_items(&[apache, llama]);
    assert!(differ.contains(&"threshold"), "{differ:?}");
    assert!(!differ.contains(&"commercial-use"), "{differ:?}");
}

/// Issue 20's "done when": every item of every licence is quoted, stated as not addressed, or
/// stated as unknown, by a record of the licence, or, where the licence leaves a kind to each
/// model (the Llama 3.2 licence's regional limit), by a record of every model under it.
#[test]
fn every_licence_records_every_item_or_leaves_it_to_each_of_its_models() {
    let catalog = compiled();
    for licence in catalog.licences.iter() {
        let models: Vec<_> = catalog
            .models
            .iter()
            .filter(|m| m.licence.id == licence.id)
            .collect();
        assert!(!models.is_empty(), "{} covers a model", licence.id);
        for kind in open_model_chooser::catalog::LICENCE_VIEW_KINDS {
            let recorded = licence.terms.iter().any(|t| t.kind == kind);
            let per_model = models
                .iter()
                .all(|m| m.terms.iter().any(|t| t.kind == kind));
            assert!(
                recorded || per_model,
                "{}: no `{}` record, neither the licence's nor each model's",
                licence.id,
                kind.id()
            );
        }
        // A quoted record's confidence is verified or likely; an unknown one is unverified.
        for term in licence.terms.iter() {
            if term.effect == Some(Effect::Unknown) {
                assert!(term.quote.is_none() || term.confidence.label() == "unverified");
            }
        }
    }
}
