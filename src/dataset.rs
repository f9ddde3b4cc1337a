//! The dataset the widget runs on: the models without their details (enough for every verdict),
//! and their whole records once fetched.
//!
//! The build script (`build/main.rs`) assembles and validates `data/` ([`crate::sources`]) and packs it (`src/codec.rs`):
//! no JSON parsing in the browser and no JSON parser in the wasm. In the browser neither file is
//! compiled in (docs/ARCHITECTURE.md, "the data beside the wasm"):
//!
//! - the loader fetches `catalogue-<hash>.bin`, each model [`Model::without_details`], beside the
//!   wasm, and hands it to [`load`] before the app starts: a data update leaves the wasm as it
//!   is, and each file is cached on its own;
//! - the whole records (every note, the description, the sizes' context lengths and hub ids, the
//!   popular claims) come from `facts-<hash>.bin`, which the widget fetches from its own origin
//!   when a reader first needs a reason's sentence, a model's details or the comparison
//!   ([`load_full`]).
//!
//! Natively (tests, the pre-render step) both files are compiled in, and the records are whole
//! from the start.

use crate::catalog::{Catalog, Model};
use crate::codec::decode_catalog;

/// The whole dataset, packed: what the post-build step publishes as `facts-<hash>.bin`.
#[cfg(not(target_arch = "wasm32"))]
pub static FULL_FILE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-full.bin"));

/// The models without their details, packed: what the post-build step publishes as
/// `catalogue-<hash>.bin`, the file the widget starts from.
#[cfg(not(target_arch = "wasm32"))]
pub static LEAN_FILE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-lean.bin"));

// Per thread rather than a `OnceLock`: the wasm has one thread, and no locking code. Decoded
// once a thread and leaked, to be `'static` like the records' text.
#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static WHOLE: &'static Catalog =
        // Written by the build script from a validated dataset in the same build: it always decodes.
        Box::leak(Box::new(decode_catalog(FULL_FILE, false).expect("the packed dataset decodes")));
}
#[cfg(target_arch = "wasm32")]
thread_local! {
    static LEAN: std::cell::Cell<Option<&'static Catalog>> = const { std::cell::Cell::new(None) };
    static FULL: std::cell::Cell<Option<&'static Catalog>> = const { std::cell::Cell::new(None) };
}

/// Takes the catalogue file the loader fetched (`catalogue-<hash>.bin`): `false` if it does not
/// decode (a damaged or foreign file), and then the app does not start.
#[cfg(target_arch = "wasm32")]
pub fn load(file: &'static [u8]) -> bool {
    let catalogue = decode_catalog(file, true);
    let ok = catalogue.is_some();
    if let Some(catalogue) = catalogue {
        LEAN.with(|c| c.set(Some(Box::leak(Box::new(catalogue)))));
    }
    ok
}

/// The catalogue, if it is at hand: in the browser once [`load`] has taken it, natively always.
pub fn loaded() -> Option<&'static Catalog> {
    #[cfg(target_arch = "wasm32")]
    return LEAN.with(std::cell::Cell::get);
    #[cfg(not(target_arch = "wasm32"))]
    Some(WHOLE.with(|c| *c))
}

/// The catalogue the widget runs on: every model, in order, with what its verdicts need. The app
/// starts only once it is loaded.
pub fn catalogue() -> &'static Catalog {
    loaded().expect("the catalogue is loaded before the app starts")
}

/// The whole records, once they are at hand: natively always, in the browser once [`load_full`]
/// has taken the fetched file.
fn full() -> Option<&'static Catalog> {
    #[cfg(target_arch = "wasm32")]
    return FULL.with(std::cell::Cell::get);
    #[cfg(not(target_arch = "wasm32"))]
    loaded()
}

/// Whether the whole records are at hand: the reasons' sentences, the details and the
/// comparison wait for them.
pub fn has_full() -> bool {
    full().is_some()
}

/// The whole records if they are at hand, else the lean ones: the same models in the same order,
/// with the same verdicts.
pub fn current() -> &'static Catalog {
    full().unwrap_or_else(catalogue)
}

/// The whole record of the model `id`, once the whole records are at hand.
pub fn full_model(id: &str) -> Option<&'static Model> {
    full()?.models.iter().find(|m| m.id == id)
}

/// Takes the fetched full file: `true` if it decodes and holds the catalogue's models, in order
/// (a file from another build of the dataset is refused rather than mixed in).
#[cfg(target_arch = "wasm32")]
pub fn load_full(file: &'static [u8]) -> bool {
    let Some(full) = decode_catalog(file, false) else {
        return false;
    };
    let same = full.models.len() == catalogue().models.len()
        && full
            .models
            .iter()
            .zip(catalogue().models.iter())
            .all(|(a, b)| a.id == b.id);
    if same {
        FULL.with(|f| f.set(Some(Box::leak(Box::new(full)))));
    }
    same
}

// Native only: they read the whole packed file, which the wasm does not carry.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::engine::assess;
    use crate::questions::{Answers, Question};

    #[test]
    fn the_compiled_dataset_is_exactly_the_assembled_files() {
        let parsed = crate::sources::load_compiled().unwrap_or_else(|p| panic!("{p}"));
        // The licence records are published as licences.json, not packed (`Catalog::licences`),
        // and the cards show only some of each licence's terms (`Catalog::for_widget`).
        assert!(!parsed.licences.is_empty());
        let parsed = parsed.for_widget();
        assert!(parsed.licences.is_empty());
        assert_eq!(*catalogue(), parsed);
        assert_eq!(catalogue().models.len(), parsed.models.len());
        assert_eq!(
            full_model("gpt-5"),
            parsed.models.iter().find(|m| m.id == "gpt-5")
        );
    }

    /// What the wasm compiles in is enough for the rows: the same tier, the same verdict, the
    /// same questions and outcomes behind it for every answer of every question, the same
    /// find-box matches. Only the reasons' sentences and sources wait for the whole records.
    #[test]
    fn the_models_without_details_give_the_same_tiers_verdicts_and_matches() {
        let stripped: &'static Catalog = Box::leak(Box::new(catalogue().without_details()));
        for (full, lean) in catalogue().models.iter().zip(stripped.models.iter()) {
            assert_eq!(full.tier(), lean.tier(), "{}", full.id);
            assert_eq!(full.tier_reason(), lean.tier_reason(), "{}", full.id);
            for find in ["qwen", "apache", "mistral", "meta", "mit"] {
                assert_eq!(full.matches(find), lean.matches(find), "{} {find}", full.id);
            }
            for q in Question::ALL {
                for option in q.choices().iter().map(|c| c.id) {
                    let mut answers = Answers::default();
                    answers.set(q, option);
                    let (whole, compiled_in) = (assess(full, &answers), assess(lean, &answers));
                    let why = |a: &crate::engine::Assessment| {
                        a.reasons
                            .iter()
                            .map(|r| (r.question, r.outcome))
                            .collect::<Vec<_>>()
                    };
                    let context = format!("{} {}={option}", full.id, q.id());
                    assert_eq!(whole.verdict, compiled_in.verdict, "{context}");
                    assert_eq!(why(&whole), why(&compiled_in), "{context}");
                }
            }
            assert!(lean.description.is_empty() && lean.commonly_described_as.is_empty());
            assert!(lean
                .terms
                .iter()
                .all(|t| t.text.is_empty() && t.source.is_empty()));
        }
    }
}
