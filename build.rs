//! Validates `data/models.json` and compiles it into the widget.
//!
//! A malformed dataset fails the build with every problem listed, each naming the model and the
//! field. A valid one is parsed here, with serde_json, and packed (`build/packer.rs`, read by
//! `src/codec.rs`) into `$OUT_DIR/catalog.bin`, which `src/dataset.rs` includes: the browser never
//! parses JSON and never meets an invalid dataset. For the wasm, `catalog.bin` holds the models
//! without the facts only their opened details show; `catalog-full.bin` holds everything, and the
//! post-build step publishes it beside the widget, which fetches it when a reader first opens a
//! model's details (`examples/prerender.rs`).

#[allow(dead_code)]
#[path = "src/catalog.rs"]
mod catalog;

#[path = "build/packer.rs"]
mod packer;

/// The dataset compiled in: `data/models.json`, or the file named by `OMC_DATASET` (the size and
/// speed report builds a synthetic 80-model catalogue that way; see scripts/report.sh).
fn dataset_path() -> String {
    std::env::var("OMC_DATASET").unwrap_or_else(|_| "data/models.json".into())
}

fn main() {
    let path = dataset_path();
    println!("cargo:rerun-if-env-changed=OMC_DATASET");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo:rerun-if-changed={path}");
    println!("cargo:rerun-if-changed=src/catalog.rs");
    println!("cargo:rerun-if-changed=build/packer.rs");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let catalog = match catalog::Catalog::from_json(&text) {
        Ok(catalog) => catalog,
        Err(problems) => {
            for p in &problems.0 {
                println!("cargo:warning={path}: {p}");
            }
            panic!("{path} is invalid.\n{problems}");
        }
    };
    // What the validator can check of confidence and age: warnings, which never fail the build.
    for w in catalog.warnings(&catalog::build_date()) {
        println!("cargo:warning={path}: {w}");
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    let write = |name: &str, catalog: &catalog::Catalog| {
        let file = packer::pack(catalog).unwrap_or_else(|e| panic!("cannot pack the dataset: {e}"));
        std::fs::write(out.join(name), file).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    };
    write("catalog-full.bin", &catalog);
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        write("catalog.bin", &catalog.without_details());
    } else {
        write("catalog.bin", &catalog);
    }
}
