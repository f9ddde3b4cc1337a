//! Validates a dataset file: prints each model's computed tier and why, and any warning (a
//! `verified` fact on a site that cannot be primary, a fact checked more than 180 days ago); or
//! every problem, each naming the model and the field, and exits 1.
//!
//!     cargo run --example validate_dataset -- data/models.json

use open_model_chooser::catalog::Catalog;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "data/models.json".into());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    match Catalog::from_json(&text) {
        Ok(catalog) => {
            println!("{path}: valid, {} models", catalog.models.len());
            for m in catalog.models.iter() {
                println!("  {:<20} {:<18} {}", m.id, m.tier().id(), m.tier_reason());
            }
            // Warnings do not make the file invalid, but say what to check.
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
