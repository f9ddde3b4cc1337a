//! The dataset embedded in the widget at compile time.

use crate::catalog::Catalog;
use std::sync::OnceLock;

/// `data/models.json`, checked by `build.rs` before it can be embedded.
pub const MODELS_JSON: &str = include_str!("../data/models.json");

/// The embedded dataset, parsed once.
pub fn embedded() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    // build.rs has validated this exact text (Catalog::from_json) before it could be embedded,
    // so a plain parse suffices here and keeps the validator out of the wasm.
    CATALOG.get_or_init(|| {
        serde_json::from_str(MODELS_JSON).expect("data/models.json is checked by build.rs")
    })
}
