//! Starts the widget in the browser: the one module that knows both the platform layer
//! (`browser`, which takes over the page) and the app (`components`), so that neither imports the
//! other (docs/ARCHITECTURE.md).

/// Mounts the widget into `#open-model-chooser`, or into `<body>` when the host page has no such
/// element.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use crate::components::app::{App, AppProps};
    match crate::browser::take_over_page() {
        Some(start) => {
            let props = AppProps {
                query: Some(start.query.into()),
                answered_early: start.answered_early,
                refocus: start.focused.map(Into::into),
                prerender: false,
            };
            yew::Renderer::<App>::with_root_and_props(start.root, props).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
