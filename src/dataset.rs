//! The dataset, compiled into the widget.
//!
//! `build.rs` validates `data/models.json` with [`Catalog::from_json`] and writes it as Rust
//! statics, included here: no JSON parsing in the browser, nothing to do at start-up, and no
//! JSON parser in the wasm.

#[allow(unused_imports)] // The generated code names these types.
use crate::catalog::{
    Availability, Catalog, Claim, Confidence, DataRelease, DatasetInfo, DatasetLicence, Effect,
    Fact, Licence, List, Metric, Model, Region, Releases, Term, TermKind, Text, Variant,
    WeightsAccess,
};

include!(concat!(env!("OUT_DIR"), "/catalog_data.rs"));

/// The embedded dataset.
pub fn embedded() -> &'static Catalog {
    &CATALOG
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_dataset_is_exactly_the_json_file() {
        let parsed = Catalog::from_json(include_str!("../data/models.json"))
            .unwrap_or_else(|p| panic!("{p}"));
        assert_eq!(*embedded(), parsed);
        assert_eq!(embedded().models.len(), parsed.models.len());
    }
}
