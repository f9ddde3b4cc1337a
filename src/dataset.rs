//! The dataset embedded in the widget at compile time.

use crate::catalog::Catalog;
use std::sync::OnceLock;

/// `data/models.json`, checked by `build.rs` and embedded without its indentation.
pub const MODELS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/models.min.json"));

/// The embedded dataset, parsed once.
pub fn embedded() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    // build.rs has validated this exact text (Catalog::from_json) before it could be embedded,
    // so a plain parse suffices here and keeps the validator out of the wasm.
    // The error is not formatted: that would pull serde_json's error printing (and float
    // formatting) into the wasm for a case a successful build rules out.
    CATALOG.get_or_init(|| match serde_json::from_str(MODELS_JSON) {
        Ok(catalog) => catalog,
        Err(_) => panic!("the embedded dataset does not parse; build.rs should have caught it"),
    })
}
