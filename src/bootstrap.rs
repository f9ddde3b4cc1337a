//! Starts the widget in the browser: the one module that knows both the platform layer
//! (`browser`, which takes over the page) and the app (`components`), so that neither imports the
//! other (docs/ARCHITECTURE.md).

/// Takes the catalogue file and, in the next task, mounts the widget into a copy of
/// `#open-model-chooser`, where it is built in slices and then replaces the pre-rendered screen
/// (`browser::reveal`); into `<body>`, whole at once, when the host page has no such element.
/// `false`, and nothing mounted, if the file does not decode.
#[cfg(target_arch = "wasm32")]
pub fn mount(catalogue: Vec<u8>) -> bool {
    use crate::components::app::{App, AppProps};
    // Leaked: the records borrow the file for as long as the page lives.
    if !crate::dataset::load(Box::leak(catalogue.into_boxed_slice())) {
        return false;
    }
    // The first render in a task of its own: this one has compiled and run the decoding.
    crate::browser::after_yield(|| match crate::browser::take_over_page() {
        Some(root) => {
            let props = AppProps {
                start_in_slices: true,
                ..AppProps::default()
            };
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    });
    true
}
