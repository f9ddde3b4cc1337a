//! Open Model Chooser: a client-side guide to choosing an open-source, open-weights or closed
//! AI model, with sourced licence facts.
//!
//! The modules and their layers are in docs/ARCHITECTURE.md (held by tests/layers.rs): pure
//! modules with no web dependency (the dataset's types, files and packed form, the questions,
//! the engine, the URL state, the reducer), tested natively; `browser`, the only code that calls
//! browser APIs; `components`, which only render state and send actions; `bootstrap`, which
//! starts the app in the browser. "CONTRACT §N" in the code means a section of docs/CONTRACT.md,
//! the project's public contract.

pub mod bootstrap;
pub mod browser;
pub mod codec;
pub mod components;
pub mod dataset;
pub mod embed;
pub mod engine;
pub mod export;
pub mod format;
pub mod licence_view;
pub mod questions;
pub mod rows;
pub mod state;
pub mod url_state;

pub use components::app::App;

/// The dataset's types, validation and tier rules: the workspace crate `omc-catalog` (catalog/),
/// which the build script uses too.
pub use omc_catalog as catalog;
/// How `data/` is assembled (native code: the build, the tests and the post-build tools read it).
pub use omc_catalog::sources;
