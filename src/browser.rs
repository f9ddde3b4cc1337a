//! The only module that calls browser APIs (location, history, focus, clipboard, performance).
//! Everything else is pure or renders through Yew. Natively (server rendering, tests) each
//! function is a harmless no-op.

/// The element the widget mounts into (`index.html`).
pub const ROOT_ID: &str = "open-model-chooser";

/// The performance mark set when the first screen is interactive, read by the speed report.
pub const INTERACTIVE_MARK: &str = "omc-interactive";

#[cfg(target_arch = "wasm32")]
fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Mounts the widget into `#open-model-chooser`, or into `<body>` when the host page has no
/// such element.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    let root = window()
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
    if let Some(performance) = window().and_then(|w| w.performance()) {
        // A failed mark only costs the speed report a figure; the widget carries on.
        let _ = performance.mark(INTERACTIVE_MARK);
    }
}

/// The page's query string (`location.search`), `""` outside a browser.
pub fn query() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(search) = window().and_then(|w| w.location().search().ok()) {
        return search;
    }
    String::new()
}

/// The page's address, `""` outside a browser.
pub fn href() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(href) = window().and_then(|w| w.location().href().ok()) {
        return href;
    }
    String::new()
}

/// Puts `query` (canonical, from `url_state::print`) in the address bar without a new history
/// entry, keeping the path and any fragment.
pub fn replace_query(query: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = window() {
        let location = w.location();
        if location.search().ok().as_deref() == Some(query) {
            return;
        }
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}{query}{hash}")),
            );
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = query;
}

/// Moves keyboard focus to the element with this id.
pub fn focus(id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(el) = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Copies `text` to the clipboard, then calls `done` with whether it worked.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(clipboard) = window().map(|w| w.navigator().clipboard()) else {
            done(false);
            return;
        };
        let promise = clipboard.write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        done(false);
    }
}
