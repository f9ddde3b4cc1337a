//! Validates a dataset file and lists every problem, each naming the model and the field.
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
                println!("  {:<20} {}", m.id, m.tier().id());
            }
            // Warnings do not make the file invalid, but say what to check.
            for w in catalog.warnings() {
                eprintln!("warning: {w}");
            }
        }
        Err(problems) => {
            eprint!("{path}: {problems}");
            std::process::exit(1);
        }
    }
}
