//! Validates `data/models.json` before it is embedded: a malformed dataset fails the build with
//! every problem listed, each naming the model and the field.

#[allow(dead_code)]
#[path = "src/catalog.rs"]
mod catalog;

fn main() {
    println!("cargo:rerun-if-changed=data/models.json");
    println!("cargo:rerun-if-changed=src/catalog.rs");
    let text = std::fs::read_to_string("data/models.json")
        .unwrap_or_else(|e| panic!("cannot read data/models.json: {e}"));
    if let Err(problems) = catalog::Catalog::from_json(&text) {
        for p in &problems.0 {
            println!("cargo:warning=data/models.json: {p}");
        }
        panic!("data/models.json is invalid.\n{problems}");
    }
    // Embed the dataset without its indentation: the same JSON, fewer bytes in the wasm.
    let value: serde_json::Value = serde_json::from_str(&text).expect("validated above");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("set by cargo"))
        .join("models.min.json");
    std::fs::write(&out, value.to_string())
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
