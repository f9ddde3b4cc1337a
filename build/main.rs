//! Assembles the dataset under `data/` and packs it for the widget.
//!
//! `data/dataset.json`, one licence per file under `data/licences/` and one model per file under
//! `data/models/` are read, resolved and validated by the dataset crate (`catalog/src/sources.rs`,
//! the same code the widget and its tests use; each model gets its licence's terms). A malformed
//! file fails the build with every problem listed, each naming the file, the model or licence,
//! and the field. A valid dataset is packed (`build/packer.rs`, read by `src/codec.rs`) into two
//! files in `$OUT_DIR`: the browser never parses JSON and never meets an invalid dataset.
//!
//! - `catalog-lean.bin`: every model without the facts only its opened details show, which is all
//!   the verdicts need. The post-build step publishes it as `catalogue-<hash>.bin`, which the
//!   loader fetches beside the wasm: the wasm carries no data, so a data update leaves it as it
//!   is, and the first load grows only by this file as the catalogue grows.
//! - `catalog-full.bin`: everything (quotes, sources), published as `facts-<hash>.bin`, which the
//!   widget fetches when a reader first needs a reason, a model's details or the comparison.
//!
//! Native builds (the tests, the post-build tools) compile both in (`src/dataset.rs`).

use omc_catalog as catalog;
use omc_catalog::sources;

mod packer;

/// The dataset compiled in: the folder `data/`, or the one named by `OMC_DATASET` (the size and
/// speed report builds a synthetic catalogue that way; see scripts/report.sh).
fn dataset_dir() -> String {
    std::env::var("OMC_DATASET").unwrap_or_else(|_| "data".into())
}

/// How many stale facts the build names, the oldest first.
const STALE_SHOWN: usize = 10;

fn main() {
    let dir = dataset_dir();
    println!("cargo:rerun-if-env-changed=OMC_DATASET");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    // The folders themselves too: a file added or removed changes their listing.
    for path in sources::files_of(std::path::Path::new(&dir)) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    // The dataset crate is a dependency: cargo rebuilds this script when it changes.
    println!("cargo:rerun-if-changed=build");
    let catalog = match sources::load_dir(std::path::Path::new(&dir)) {
        Ok(catalog) => catalog,
        Err(problems) => {
            for p in &problems.0 {
                println!("cargo:warning={p}");
            }
            panic!("the dataset in {dir}/ is invalid.\n{problems}");
        }
    };
    // What the validator can check of age: warnings, which never fail the build. The facts
    // checked longest ago come first, and only the first few are printed: they are the ones to
    // read again first, and a page of warnings would hide them.
    let stale = catalog.warnings(&catalog::build_date());
    for w in stale.iter().take(STALE_SHOWN) {
        println!("cargo:warning={dir}: {w}");
    }
    if stale.len() > STALE_SHOWN {
        println!(
            "cargo:warning={dir}: and {} more facts checked over {} days ago (`cargo run --example validate_dataset` lists them all)",
            stale.len() - STALE_SHOWN,
            catalog::STALE_AFTER_DAYS
        );
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    let write = |name: &str, file: Result<Vec<u8>, packer::Error>| {
        let file = file.unwrap_or_else(|e| panic!("cannot pack the dataset: {e}"));
        std::fs::write(out.join(name), file).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    };
    // The widget's form: the terms each card shows (the licence view's items are on the
    // licences page and in the downloads).
    let catalog = catalog.for_widget();
    write("catalog-full.bin", packer::pack(&catalog));
    // The lean form leaves out the detail fields altogether (`catalog::DETAIL_FIELDS`).
    write(
        "catalog-lean.bin",
        packer::pack_lean(&catalog.without_details()),
    );
}
