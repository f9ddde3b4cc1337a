//! The dataset embedded in the widget at compile time.

use crate::catalog::Catalog;
use std::sync::OnceLock;

/// `data/models.json`, checked by `build.rs` before it can be embedded.
pub const MODELS_JSON: &str = include_str!("../data/models.json");

/// The embedded dataset, parsed once.
pub fn embedded() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    // build.rs has already validated this exact text, so the error arm is unreachable in a
    // successful build; it still names every problem should that guarantee ever break.
    CATALOG.get_or_init(|| Catalog::from_json(MODELS_JSON).unwrap_or_else(|p| panic!("{p}")))
}
