//! Validates the dataset: prints each model's computed tier and why, and any warning (a fact
//! checked more than 180 days ago); or every problem, each naming the file, the model or licence
//! and the field, and exits 1.
//!
//!     cargo run --example validate_dataset              # the folder data/
//!     cargo run --example validate_dataset -- DIR       # another dataset folder
//!     cargo run --example validate_dataset -- models.json   # a published (resolved) models.json

use open_model_chooser::catalog::{Catalog, Confidence};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    let result = if std::path::Path::new(&path).is_dir() {
        open_model_chooser::sources::load_dir(std::path::Path::new(&path))
    } else {
        match std::fs::read_to_string(&path) {
            Ok(text) => Catalog::from_json(&text),
            Err(e) => {
                eprintln!("cannot read {path}: {e}");
                std::process::exit(2);
            }
        }
    };
    match result {
        Ok(catalog) => {
            println!(
                "{path}: valid, {} models, {} licences",
                catalog.models.len(),
                catalog.licences.len()
            );
            for m in catalog.models.iter() {
                println!("  {:<20} {:<18} {}", m.id, m.tier().id(), m.tier_reason());
            }
            // The deciding facts (issue 16): each licence's terms and ruling once, each model's
            // own facts and terms once.
            let mut counts = [0usize; 3];
            let mut count = |confidence: Confidence, quote: Option<&str>| {
                let i = match confidence {
                    Confidence::Unverified => 2,
                    _ if quote.is_some() => 0,
                    _ => 1,
                };
                counts[i] += 1;
            };
            for l in catalog.licences.iter() {
                for t in l.terms.iter() {
                    count(t.confidence, t.quote.as_deref());
                }
                if let Some(p) = &l.permissive {
                    count(p.confidence, p.quote.as_deref());
                }
            }
            for m in catalog.models.iter() {
                for (_, quote, confidence) in m.own_deciding_facts() {
                    count(confidence, quote);
                }
                let inherited = catalog
                    .licences
                    .iter()
                    .find(|l| l.id == m.licence.id)
                    .map_or(0, |l| l.terms.len());
                for t in m.terms.iter().skip(inherited) {
                    count(t.confidence, t.quote.as_deref());
                }
            }
            if !catalog.licences.is_empty() {
                println!(
                    "deciding facts: {} verified or likely, each with its source's words ({} without); {} unverified or unknown",
                    counts[0], counts[1], counts[2]
                );
            }
            // Warnings do not make the data invalid, but say what to check.
            for w in catalog.warnings(&open_model_chooser::catalog::build_date()) {
                eprintln!("warning: {w}");
            }
        }
        Err(problems) => {
            eprint!("{path}: {problems}");
            std::process::exit(1);
        }
    }
}
