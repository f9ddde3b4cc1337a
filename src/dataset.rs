//! The dataset, compiled into the widget, and the full records fetched on demand.
//!
//! `build.rs` assembles and validates `data/` ([`crate::sources`]) and packs it
//! (`src/codec.rs`); the packed file is included here and decoded on first use: no JSON parsing
//! in the browser and no JSON parser in the wasm. In the wasm the compiled-in file holds each
//! model [`Model::without_details`]; the whole records (every note, the description, the sizes'
//! context lengths and hub ids, the popular claims) come from `catalog-full.bin`, which the
//! post-build step publishes as `facts-<hash>.bin` beside the widget and the widget fetches from
//! its own origin when a reader first opens a model ([`load_full`]). Natively (tests, the
//! pre-render step) the compiled-in file is already whole.

use crate::catalog::{Catalog, Model};
use crate::codec::decode_catalog;

static FILE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));

/// The whole dataset, packed: what the post-build step publishes for the widget to fetch.
#[cfg(not(target_arch = "wasm32"))]
pub static FULL_FILE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-full.bin"));

/// The lean form the wasm compiles in, for the native tests of its decoding.
#[cfg(not(target_arch = "wasm32"))]
pub static LEAN_FILE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-lean.bin"));

// Per thread rather than a `OnceLock`: the wasm has one thread, and no locking code. Decoded
// once a thread and leaked, to be `'static` like the records' text.
thread_local! {
    static EMBEDDED: &'static Catalog =
        // Written by build.rs from a validated dataset in the same build: it always decodes.
        Box::leak(Box::new(
            decode_catalog(FILE, cfg!(target_arch = "wasm32")).expect("the packed dataset decodes"),
        ));
}
#[cfg(target_arch = "wasm32")]
thread_local! {
    static FULL: std::cell::Cell<Option<&'static Catalog>> = const { std::cell::Cell::new(None) };
}

/// The embedded dataset.
pub fn embedded() -> &'static Catalog {
    EMBEDDED.with(|c| *c)
}

/// The whole records, once they are at hand: natively always, in the browser once [`load_full`]
/// has taken the fetched file.
fn full() -> Option<&'static Catalog> {
    #[cfg(target_arch = "wasm32")]
    return FULL.with(std::cell::Cell::get);
    #[cfg(not(target_arch = "wasm32"))]
    Some(embedded())
}

/// Whether the whole records are at hand: the reasons' sentences, the details and the
/// comparison wait for them.
pub fn has_full() -> bool {
    full().is_some()
}

/// The whole records if they are at hand, else the compiled-in ones: the same models in the same
/// order, with the same verdicts.
pub fn current() -> &'static Catalog {
    full().unwrap_or_else(embedded)
}

/// The whole record of the model `id`, once the whole records are at hand.
pub fn full_model(id: &str) -> Option<&'static Model> {
    full()?.models.iter().find(|m| m.id == id)
}

/// Takes the fetched full file: `true` if it decodes and holds the embedded models, in order
/// (a file from another build of the dataset is refused rather than mixed in).
#[cfg(target_arch = "wasm32")]
pub fn load_full(file: &'static [u8]) -> bool {
    let Some(full) = decode_catalog(file, false) else {
        return false;
    };
    let same = full.models.len() == embedded().models.len()
        && full
            .models
            .iter()
            .zip(embedded().models.iter())
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
        let mut parsed = crate::sources::load_compiled().unwrap_or_else(|p| panic!("{p}"));
        // The licence records are published as licences.json, not packed (`Catalog::licences`).
        assert!(!parsed.licences.is_empty());
        parsed.licences = Default::default();
        assert_eq!(*embedded(), parsed);
        assert_eq!(embedded().models.len(), parsed.models.len());
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
        let stripped: &'static Catalog = Box::leak(Box::new(embedded().without_details()));
        for (full, lean) in embedded().models.iter().zip(stripped.models.iter()) {
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
