//! Assembles the dataset under `data/` and compiles it into the widget.
//!
//! `data/dataset.json`, one licence per file under `data/licences/` and one model per file under
//! `data/models/` are read, resolved and validated by `src/sources.rs` (each model gets its
//! licence's terms). A malformed file fails the build with every problem listed, each naming the
//! file, the model or licence, and the field. A valid dataset is packed (`build/packer.rs`, read
//! by `src/codec.rs`) into `$OUT_DIR/catalog.bin`, which `src/dataset.rs` includes: the browser
//! never parses JSON and never meets an invalid dataset. For the wasm, `catalog.bin` holds the
//! models without the facts only their opened details show; `catalog-full.bin` holds everything
//! (quotes, sources, licence records), and the post-build step publishes it beside the widget,
//! which fetches it when a reader first opens a model's details (`xtask/src/prerender.rs`).

// The build uses part of each module: the rest is the widget's.
#[allow(dead_code, unused_imports)]
#[path = "src/catalog.rs"]
mod catalog;

#[allow(dead_code)]
#[path = "src/sources.rs"]
mod sources;

#[path = "build/packer.rs"]
mod packer;

/// The dataset compiled in: the folder `data/`, or the one named by `OMC_DATASET` (the size and
/// speed report builds a synthetic catalogue that way; see scripts/report.sh).
fn dataset_dir() -> String {
    std::env::var("OMC_DATASET").unwrap_or_else(|_| "data".into())
}

fn main() {
    let dir = dataset_dir();
    println!("cargo:rerun-if-env-changed=OMC_DATASET");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    // The folders themselves too: a file added or removed changes their listing.
    for path in sources::files_of(std::path::Path::new(&dir)) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    println!("cargo:rerun-if-changed=src/catalog.rs");
    println!("cargo:rerun-if-changed=src/sources.rs");
    println!("cargo:rerun-if-changed=build/packer.rs");
    let catalog = match sources::load_dir(std::path::Path::new(&dir)) {
        Ok(catalog) => catalog,
        Err(problems) => {
            for p in &problems.0 {
                println!("cargo:warning={p}");
            }
            panic!("the dataset in {dir}/ is invalid.\n{problems}");
        }
    };
    // What the validator can check of age: warnings, which never fail the build.
    for w in catalog.warnings(&catalog::build_date()) {
        println!("cargo:warning={dir}: {w}");
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    let write = |name: &str, file: Result<Vec<u8>, packer::Error>| {
        let file = file.unwrap_or_else(|e| panic!("cannot pack the dataset: {e}"));
        std::fs::write(out.join(name), file).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    };
    write("catalog-full.bin", packer::pack(&catalog));
    // The lean form leaves out the detail fields altogether (`catalog::DETAIL_FIELDS`).
    let lean = packer::pack_lean(&catalog.without_details());
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        write("catalog.bin", lean);
    } else {
        write("catalog-lean.bin", lean);
        write("catalog.bin", packer::pack(&catalog));
    }
}
