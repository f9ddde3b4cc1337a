//! Yew components, one per file. They render state; they hold no domain logic.

pub mod app;
pub mod model_card;
pub mod model_list;
