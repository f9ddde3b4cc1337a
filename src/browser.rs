//! The only module that calls browser APIs. Everything else is pure or renders through Yew.

/// The element the widget mounts into (`index.html`).
pub const ROOT_ID: &str = "open-model-chooser";

/// The performance mark set when the first screen is interactive, read by the speed report.
pub const INTERACTIVE_MARK: &str = "omc-interactive";

/// Mounts the widget into `#open-model-chooser`, or into `<body>` when the host page has no
/// such element.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ROOT_ID));
    match root {
        Some(root) => {
            // Replace whatever placeholder the page held (the "loading" note).
            root.set_inner_html("");
            yew::Renderer::<crate::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<crate::App>::new().render();
        }
    }
}

/// Records that the first screen is on the page and answering input.
pub fn mark_interactive() {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // A failed mark only costs the speed report a figure; the widget carries on.
        let _ = performance.mark(INTERACTIVE_MARK);
    }
}
