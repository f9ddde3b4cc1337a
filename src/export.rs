//! The dataset's downloads, written by the build beside the widget (`xtask/src/prerender.rs`) from
//! the assembled catalogue, so that they never drift from `data/`:
//!
//! - `models.json`: every model with its licence's terms resolved, every fact with its source,
//!   confidence, date and quote (the reference);
//! - `licences.json`: every licence record, once;
//! - `models.csv`: one row per model, the main facts flattened, for spreadsheets.

use crate::catalog::{Availability, Catalog, DataRelease, Effect, Model, TermKind, WeightsAccess};

/// Column names, in order.
pub const COLUMNS: [&str; 25] = [
    "id",
    "name",
    "vendor",
    "released",
    "tier",
    "licence",
    "spdx",
    "licence_url",
    "osi_approved",
    "weights",
    "training_code",
    "training_data",
    "technical_report",
    "model_card",
    "smallest_params_b",
    "largest_params_b",
    "max_context_tokens",
    "commercial_use",
    "use_restrictions",
    "outputs_training",
    "licence_source",
    "licence_checked",
    "licence_permissive",
    "earlier_licences",
    "dataset_as_of",
];

/// `models.json`: the dataset's fields (with its citation, derived) and every model resolved.
pub fn models_json(catalog: &Catalog) -> String {
    let mut dataset = serde_json::to_value(&catalog.dataset).expect("the dataset serialises");
    dataset["citation"] = catalog.dataset.citation().into();
    let value = serde_json::json!({
        "$schema": "./models.schema.json",
        "dataset": dataset,
        "models": serde_json::to_value(catalog.models).expect("the models serialise"),
    });
    serde_json::to_string_pretty(&value).expect("JSON serialises") + "\n"
}

/// `licences.json`: the dataset's version, date and citation, and every licence record.
pub fn licences_json(catalog: &Catalog) -> String {
    let value = serde_json::json!({
        "$schema": "./licences.schema.json",
        "dataset": {
            "version": &*catalog.dataset.version,
            "as_of": &*catalog.dataset.as_of,
            "citation": catalog.dataset.citation(),
        },
        "licences": serde_json::to_value(catalog.licences).expect("the licences serialise"),
    });
    serde_json::to_string_pretty(&value).expect("JSON serialises") + "\n"
}

/// The whole dataset as RFC 4180 CSV (CRLF line ends, quoted where needed).
pub fn to_csv(catalog: &Catalog) -> String {
    let mut out = String::new();
    push_row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    for model in catalog.models.iter() {
        let mut cells = row(model);
        // Every row carries the dataset's date, so that a copied row keeps it.
        cells.push(catalog.dataset.as_of.to_string());
        push_row(&mut out, cells.into_iter());
    }
    out
}

fn row(m: &Model) -> Vec<String> {
    let r = &m.release;
    // Single precision, as in the dataset: `0.8` is written `0.8`, not `0.800000011920929`.
    let sizes: Vec<f32> = m.variants.iter().filter_map(|v| v.params_total_b).collect();
    let smallest = sizes.iter().copied().reduce(f32::min);
    let largest = sizes.iter().copied().reduce(f32::max);
    let context = m.variants.iter().filter_map(|v| v.context_tokens).max();
    let effect_of = |kind: TermKind| {
        m.terms
            .iter()
            .find(|t| t.kind == kind)
            .and_then(|t| t.effect)
            .map(Effect::id)
            .unwrap_or("unknown")
            .to_owned()
    };
    vec![
        m.id.to_string(),
        m.name.to_string(),
        m.vendor.value.to_string(),
        m.released.value.to_string(),
        m.tier().id().to_owned(),
        m.licence.name.to_string(),
        m.licence.spdx.as_deref().unwrap_or_default().to_owned(),
        m.licence.url.to_string(),
        m.licence.osi_approved.to_string(),
        weights(r.weights.value).to_owned(),
        availability(r.training_code.value).to_owned(),
        data(r.training_data.value).to_owned(),
        availability(r.technical_report.value).to_owned(),
        availability(r.model_card.value).to_owned(),
        smallest.map(|n| n.to_string()).unwrap_or_default(),
        largest.map(|n| n.to_string()).unwrap_or_default(),
        context.map(|n| n.to_string()).unwrap_or_default(),
        effect_of(TermKind::CommercialUse),
        m.restriction_kinds()
            .iter()
            .map(|k| k.id())
            .collect::<Vec<_>>()
            .join("; "),
        effect_of(TermKind::OutputsTraining),
        m.licence.source.to_string(),
        m.licence.checked.to_string(),
        match &m.licence.permissive {
            Some(p) => p.value.to_string(),
            None if m.licence.osi_approved => String::new(),
            None => "not shown".to_owned(),
        },
        m.licence
            .earlier
            .iter()
            .map(|e| format!("{} (until {})", e.name, e.until))
            .collect::<Vec<_>>()
            .join("; "),
    ]
}

fn weights(w: WeightsAccess) -> &'static str {
    match w {
        WeightsAccess::Open => "open",
        WeightsAccess::Gated => "gated",
        WeightsAccess::None => "none",
    }
}

fn availability(a: Availability) -> &'static str {
    match a {
        Availability::Yes => "yes",
        Availability::Partial => "partial",
        Availability::No => "no",
        Availability::Unknown => "unknown",
    }
}

fn data(d: DataRelease) -> &'static str {
    match d {
        DataRelease::Data => "data",
        DataRelease::Recipe => "recipe",
        DataRelease::Partial => "partial",
        DataRelease::No => "no",
        DataRelease::Unknown => "unknown",
    }
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(&field));
    }
    out.push_str("\r\n");
}

/// Quotes a field when it holds a comma, a quote or a line break (RFC 4180).
fn quote(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a, b"), "\"a, b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn every_model_has_one_row_with_every_column() {
        let catalog = dataset::catalogue();
        let csv = to_csv(catalog);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), catalog.models.len() + 1);
        assert_eq!(lines[0], COLUMNS.join(","));
        for (model, line) in catalog.models.iter().zip(&lines[1..]) {
            assert!(line.starts_with(&format!("{},", model.id)), "{line}");
            assert!(line.contains(model.tier().id()), "{line}");
            // Every row carries the dataset's "as of" date.
            assert!(
                line.ends_with(&format!(",{}", catalog.dataset.as_of)),
                "{line}"
            );
        }
        let scout = lines
            .iter()
            .find(|l| l.starts_with("llama-4-scout,"))
            .unwrap();
        assert!(scout.contains(",gated,"), "{scout}");
        for kind in ["acceptable-use-policy", "naming-rule", "threshold"] {
            assert!(scout.contains(kind), "{kind}: {scout}");
        }
    }

    #[test]
    fn no_field_starts_like_a_spreadsheet_formula() {
        for model in dataset::catalogue().models.iter() {
            for field in row(model) {
                assert!(
                    !field.starts_with(['=', '+', '-', '@']),
                    "{}: {field}",
                    model.id
                );
            }
        }
    }

    #[test]
    fn the_json_downloads_round_trip_and_carry_the_quotes() {
        let catalog = &crate::sources::load_compiled().unwrap_or_else(|p| panic!("{p}"));
        let models = models_json(catalog);
        // The published file is itself a valid dataset: the validator takes it back.
        let back = crate::catalog::Catalog::from_json(&models).unwrap_or_else(|p| panic!("{p}"));
        assert_eq!(back.models.len(), catalog.models.len());
        assert!(models.contains("\"quote\""), "no quote in models.json");
        assert!(models.contains(&catalog.dataset.citation()));
        let licences: serde_json::Value = serde_json::from_str(&licences_json(catalog)).unwrap();
        let listed = licences["licences"].as_array().unwrap();
        assert_eq!(listed.len(), catalog.licences.len());
        // Every licence a model is under is listed, once.
        for model in catalog.models.iter() {
            let n = listed
                .iter()
                .filter(|l| l["id"] == *model.licence.id)
                .count();
            assert_eq!(n, 1, "{}", model.id);
        }
    }
}
