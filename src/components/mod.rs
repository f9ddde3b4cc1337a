//! Yew components, one per file. They render state and send actions; they hold no domain logic.

pub mod app;
pub mod comparison;
pub mod explainer;
pub mod headline;
pub mod licence_texts;
pub mod model_card;
pub mod notice;
pub mod question_step;
pub mod results;
pub mod share;
pub mod static_sections;
pub mod summary;
pub mod wizard;

use crate::state::Action;
use yew::prelude::*;

/// A callback that sends `action` to the reducer when its event (a click, a change) happens.
/// Every button and radio of the widget goes through this one closure: each distinct closure
/// type would cost the wasm its own copy of the callback and drop code.
pub fn send<E: 'static>(dispatch: &Callback<Action>, action: Action) -> Callback<E> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: E| dispatch.emit(action.clone()))
}

/// The id of the current step's heading, which receives focus when the step changes.
pub const STEP_HEADING_ID: &str = "omc-step-heading";
