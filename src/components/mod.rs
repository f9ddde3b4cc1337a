//! Yew components, one per file. They render state and send actions; they hold no domain logic.

pub mod app;
pub mod comparison;
pub mod explainer;
pub mod headline;
pub mod model_card;
pub mod model_table;
pub mod notice;
pub mod question_step;
pub mod results;
pub mod share;
pub mod summary;
pub mod wizard;

use crate::state::AppState;
use yew::prelude::*;

/// The reducer, shared with every component through a context.
pub type StateHandle = UseReducerHandle<AppState>;

/// The id of the current step's heading, which receives focus when the step changes.
pub const STEP_HEADING_ID: &str = "omc-step-heading";

/// The state handle from the context that `App` provides.
#[hook]
pub fn use_app_state() -> StateHandle {
    use_context::<StateHandle>().expect("components are rendered inside App's context")
}
