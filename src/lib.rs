//! Open Model Chooser: a client-side guide to choosing an open-source, open-weights or closed
//! AI model, with sourced licence facts.
//!
//! Layout: `catalog` (dataset types, validation, tiers) and `dataset` (the embedded data) are pure
//! Rust and tested natively; `components` only render; `browser` holds the little code that talks
//! to browser APIs.

pub mod browser;
pub mod catalog;
pub mod codec;
pub mod components;
pub mod dataset;
pub mod embed;
pub mod engine;
pub mod export;
pub mod format;
pub mod questions;
pub mod sources;
pub mod state;
pub mod url_state;

pub use components::app::App;
