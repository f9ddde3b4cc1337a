//! The only module that calls browser APIs (location, history, focus, clipboard, performance).
//! Everything else is pure or renders through Yew. Natively (server rendering, tests) each
//! function is a harmless no-op.

/// The element the widget mounts into (`index.html`).
pub const ROOT_ID: &str = "open-model-chooser";

/// The performance mark set when the first screen is interactive, read by the speed report.
pub const INTERACTIVE_MARK: &str = "omc-interactive";

/// The performance mark set when the wasm starts running, read by the speed report.
pub const START_MARK: &str = "omc-start";

#[cfg(target_arch = "wasm32")]
fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The pre-rendered `#open-model-chooser` and the copy the app is built in, until [`reveal`].
    static TAKE_OVER: std::cell::RefCell<Option<(web_sys::Element, web_sys::Element)>> =
        const { std::cell::RefCell::new(None) };
}

/// Prepares the page for the widget: marks the start, makes a panic replace the widget with a
/// short message and a link to the full page (never a blank frame), and returns a copy of
/// `#open-model-chooser` (its attributes, not its content), out of the page: the app is built in
/// it, in slices, while the reader uses the pre-rendered screen, and [`reveal`] puts it in that
/// screen's place. `None` when the host page has no such element (the app then mounts into
/// `<body>`).
#[cfg(target_arch = "wasm32")]
pub fn take_over_page() -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    mark(START_MARK);
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_failure();
    }));
    let page = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ROOT_ID))?;
    remember_facts_file(page.get_attribute("data-facts"));
    let root: web_sys::Element = page.clone_node().ok()?.dyn_into().ok()?;
    TAKE_OVER.with(|t| *t.borrow_mut() = Some((page, root.clone())));
    Some(root)
}

/// Puts the app, now whole, in the place of the pre-rendered screen, in one step (the reader sees
/// no jump: both come from the same view code), and gives the focus back to the element that had
/// it. Returns the answers the reader gave on the pre-rendered screen (its radios are real ones):
/// the app applies them (`Action::Live`), so that no early click is lost. Natively, and a second
/// time, nothing.
pub fn reveal() -> Vec<(crate::questions::Question, String)> {
    #[cfg(target_arch = "wasm32")]
    if let Some((page, root)) = TAKE_OVER.with(|t| t.borrow_mut().take()) {
        let early = early_answers(&page);
        let focused = window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .filter(|e| page.contains(Some(e)))
            .map(|e| e.id())
            .filter(|id| !id.is_empty());
        let _ = page.replace_with_with_node_1(&root);
        if let Some(id) = focused {
            focus(&id);
        }
        return early;
    }
    Vec::new()
}

/// The questions' radios checked in `root`, as (question, value); the values are checked by
/// the reducer.
#[cfg(target_arch = "wasm32")]
fn early_answers(root: &web_sys::Element) -> Vec<(crate::questions::Question, String)> {
    use wasm_bindgen::JsCast;
    let mut out = Vec::new();
    if let Ok(checked) = root.query_selector_all("input[type=radio]:checked") {
        for i in 0..checked.length() {
            let Some(input) = checked
                .get(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                continue;
            };
            if let Some(question) = crate::questions::Question::from_id(&input.name()) {
                out.push((question, input.value()));
            }
        }
    }
    out
}

/// Calls `f` in a task of its own, after the browser has had the chance to handle input and
/// paint: a `MessageChannel` message, which unlike `setTimeout` is never clamped to 4 ms.
/// Natively, at once.
pub fn after_yield(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Ok(channel) = web_sys::MessageChannel::new() else {
            return f();
        };
        let (receiver, sender) = (channel.port1(), channel.port2());
        // The channel lives until its message arrives.
        let call = wasm_bindgen::closure::Closure::once_into_js(move || {
            drop(channel);
            f()
        });
        receiver.set_onmessage(Some(call.unchecked_ref()));
        let _ = sender.post_message(&wasm_bindgen::JsValue::NULL);
        return;
    }
    #[allow(unreachable_code)]
    f()
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The file with every model's whole record, named by the page (`data-facts`).
    static FACTS_FILE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the name of the file of whole records, which the post-build step writes on the root
/// element: only a plain `facts-<16 hex digits>.bin`, fetched from the widget's own folder.
#[cfg(target_arch = "wasm32")]
fn remember_facts_file(name: Option<String>) {
    let plain = |n: &String| {
        n.strip_prefix("facts-")
            .and_then(|n| n.strip_suffix(".bin"))
            .is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    FACTS_FILE.with(|f| *f.borrow_mut() = name.filter(plain));
}

/// Fetches the models' whole records from the widget's own origin and hands them to
/// `dataset::load_full`, then calls `done` with whether that worked. Natively a no-op: there the
/// dataset is whole already.
pub fn fetch_facts(done: impl FnOnce(bool) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::{JsCast, JsValue};
        let (Some(w), Some(file)) = (window(), FACTS_FILE.with(|f| f.borrow().clone())) else {
            done(false);
            return;
        };
        // The promises' callbacks, as in `copy_text`: the response, then its bytes. Whichever
        // callback settles first reports; each lives until the page goes (`forget`: one fetch a
        // page at most).
        let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
        let settle = move |ok: bool| {
            if let Some(done) = done.take() {
                done(ok);
            }
        };
        let failed = {
            let settle = settle.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |_| settle(false))
        };
        let loaded = {
            let settle = settle.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |buffer: JsValue| {
                // Leaked: the records borrow the file for as long as the page lives.
                let file = Box::leak(js_sys::Uint8Array::new(&buffer).to_vec().into_boxed_slice());
                settle(crate::dataset::load_full(file));
            })
        };
        let response = Closure::<dyn FnMut(JsValue)>::new(move |response: JsValue| match response
            .dyn_into::<web_sys::Response>()
            .ok()
            .filter(|r| r.ok())
        {
            Some(r) => match r.array_buffer() {
                Ok(bytes) => drop(bytes.then2(&loaded, &failed)),
                Err(_) => settle(false),
            },
            None => settle(false),
        });
        let _ = w.fetch_with_str(&file).then(&response);
        response.forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = done;
}

/// Records that the first screen is on the page and answering input.
pub fn mark_interactive() {
    mark(INTERACTIVE_MARK);
}

/// A performance mark for the speed report.
fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = window().and_then(|w| w.performance()) {
        // A failed mark only costs the speed report a figure; the widget carries on.
        let _ = performance.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
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
///
/// In a task of its own, just after the one that called it: the answer's update reaches the
/// screen without waiting for the browser's history, which takes about a millisecond a call in
/// Chromium, most of an answer's time.
pub fn replace_query(query: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let query = query.to_owned();
        let write = wasm_bindgen::closure::Closure::once_into_js(move || write_query(&query));
        if let Some(w) = window() {
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), 0);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = query;
}

#[cfg(target_arch = "wasm32")]
fn write_query(query: &str) {
    let Some(w) = window() else {
        return;
    };
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

/// The page's address with `query` (canonical, from `url_state::print`) in place of its own,
/// keeping the path and any fragment: what the address bar shows once `replace_query(query)` has
/// run. "Copy link" reads this, not the address bar, which is written a task after the answer.
pub fn href_with_query(query: &str) -> String {
    let href = href();
    // The fragment with its `#`, if any, and the address before the query.
    let hash = href.find('#').map_or("", |at| &href[at..]);
    let mut link = href.split(['?', '#']).next().unwrap_or_default().to_owned();
    link.push_str(query);
    link.push_str(hash);
    link
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
        // The promise's callbacks rather than an async block: no future in the wasm for this.
        // Whichever runs first reports; both stay alive until then (`forget`: two small
        // closures per copy, which a reader makes a handful of times at most).
        use wasm_bindgen::closure::Closure;
        let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
        let settle = |ok: bool| {
            let done = done.clone();
            Closure::<dyn FnMut(wasm_bindgen::JsValue)>::once(move |_| {
                if let Some(done) = done.take() {
                    done(ok);
                }
            })
        };
        let (copied, failed) = (settle(true), settle(false));
        let _ = clipboard.write_text(&text).then2(&copied, &failed);
        copied.forget();
        failed.forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        done(false);
    }
}

use crate::url_state::{Accent, Theme};

/// Applies the theme to the document root: `data-theme` (which the stylesheet reads) and
/// `color-scheme` (so no mismatched opaque canvas appears behind an embedding frame), and the
/// accent colour as a CSS custom property. Both go through the CSSOM, which a strict
/// Content-Security-Policy allows, and never through markup.
pub fn apply_theme(theme: Theme, accent: Option<Accent>) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(root) = window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let _ = root.set_attribute("data-theme", theme.id());
        let style = root.style();
        let scheme = match theme {
            Theme::Auto => "light dark",
            Theme::Light => "light",
            Theme::Dark => "dark",
        };
        let _ = style.set_property("color-scheme", scheme);
        match accent {
            // `Accent::css` is always `#rrggbb`: validated, so safe as a property value.
            Some(accent) => {
                let _ = style.set_property("--omc-accent", &accent.css());
            }
            None => {
                let _ = style.remove_property("--omc-accent");
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (theme, accent);
}

/// The address of the folder the page is served from (`https://host/chooser/`), for embed
/// snippets; `""` outside a browser.
pub fn base_url() -> String {
    let href = href();
    // `split` and `rsplit_once` rather than slicing by index: no panicking path in the wasm.
    let path = href.split(['?', '#']).next().unwrap_or_default();
    match path.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/"),
        None => String::new(),
    }
}

/// A size observer with the callback it calls.
#[cfg(target_arch = "wasm32")]
type Observer = (
    web_sys::ResizeObserver,
    wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
);

/// What embed mode keeps running: the size observer and the message listener. Dropping it stops
/// both.
pub struct EmbedGuard {
    #[cfg(target_arch = "wasm32")]
    _observer: Option<Observer>,
    #[cfg(target_arch = "wasm32")]
    _listener: Option<gloo_events::EventListener>,
}

/// In embed mode (CONTRACT §7): posts the content height to the parent window whenever it
/// changes, in the project's format and the AMP one, and passes `set-theme` messages from the
/// parent window (and from nowhere else) to `on_theme`.
pub fn start_embed(on_theme: impl Fn(Theme) + 'static) -> EmbedGuard {
    #[cfg(target_arch = "wasm32")]
    {
        use std::cell::Cell;
        use wasm_bindgen::{closure::Closure, JsCast, JsValue};

        let Some(w) = window() else {
            return EmbedGuard {
                _observer: None,
                _listener: None,
            };
        };
        let parent = w.parent().ok().flatten();
        let is_framed = parent
            .as_ref()
            .is_some_and(|p| !js_sys::Object::is(p.as_ref(), w.as_ref()));
        if !is_framed {
            return EmbedGuard {
                _observer: None,
                _listener: None,
            };
        }
        let parent = parent.expect("checked above");

        // Height messages: only when the rounded height changes, so that a host resizing the
        // frame to the posted height never causes another message (no feedback loop; the
        // stylesheet uses no viewport-height units either).
        let last = Cell::new(-1.0f64);
        let post_parent = parent.clone();
        let post = move || {
            let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            else {
                return;
            };
            let height = root.get_bounding_client_rect().height().ceil();
            if height == last.get() {
                return;
            }
            last.set(height);
            for message in height_messages(height) {
                let _ = post_parent.post_message(&message, "*");
            }
        };
        post();
        let callback =
            Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| post());
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let (Some(observer), Some(root)) = (
            observer.as_ref(),
            w.document().and_then(|d| d.document_element()),
        ) {
            observer.observe(&root);
        }

        let listener = gloo_events::EventListener::new(&w, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            // Only the embedding page may set the theme.
            let from_parent = event
                .source()
                .is_some_and(|source| js_sys::Object::is(source.as_ref(), parent.as_ref()));
            if !from_parent {
                return;
            }
            let data = event.data();
            let field = |name: &str| {
                js_sys::Reflect::get(&data, &JsValue::from_str(name))
                    .ok()
                    .and_then(|v| v.as_string())
            };
            if field("type").as_deref() == Some("open-model-chooser:set-theme") {
                if let Some(theme) = field("theme").as_deref().and_then(Theme::from_id) {
                    on_theme(theme);
                }
            }
        });
        EmbedGuard {
            _observer: observer.map(|o| (o, callback)),
            _listener: Some(listener),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = on_theme;
        EmbedGuard {}
    }
}

/// The two height messages of CONTRACT §7: the project's and AMP's.
#[cfg(target_arch = "wasm32")]
fn height_messages(height: f64) -> [wasm_bindgen::JsValue; 2] {
    use wasm_bindgen::JsValue;
    let object = |pairs: &[(&str, JsValue)]| {
        let o = js_sys::Object::new();
        for (k, v) in pairs {
            let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
        }
        JsValue::from(o)
    };
    [
        object(&[
            ("type", JsValue::from_str("open-model-chooser:height")),
            ("height", JsValue::from_f64(height)),
        ]),
        object(&[
            ("sentinel", JsValue::from_str("amp")),
            ("type", JsValue::from_str("embed-size")),
            ("height", JsValue::from_f64(height)),
        ]),
    ]
}

impl Drop for EmbedGuard {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        if let Some((observer, _)) = &self._observer {
            observer.disconnect();
        }
    }
}

/// The message shown when the widget fails: a short sentence and a link to the full page (with
/// the same answers), built with DOM calls, never from markup.
pub const FAILURE_TEXT: &str = "Sorry, the chooser stopped working. ";

/// Replaces the widget's content with [`FAILURE_TEXT`] and a link to the full page.
pub fn show_failure() {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = window().and_then(|w| w.document()) else {
            return;
        };
        let Some(root) = document
            .get_element_by_id(ROOT_ID)
            .or_else(|| document.body().map(Into::into))
        else {
            return;
        };
        let parsed = crate::url_state::parse(&query(), |id| {
            crate::dataset::loaded().is_some_and(|c| c.model(id).is_some())
        });
        let (Ok(p), Ok(a)) = (document.create_element("p"), document.create_element("a")) else {
            return;
        };
        let _ = p.set_attribute("class", "omc-failure");
        let _ = p.set_attribute("role", "alert");
        p.set_text_content(Some(FAILURE_TEXT));
        let _ = a.set_attribute("href", &crate::embed::full_page_href(&parsed.state));
        let _ = a.set_attribute("target", "_top");
        a.set_text_content(Some("Open the full page"));
        let _ = p.append_child(&a);
        root.set_inner_html("");
        let _ = root.append_child(&p);
    }
}

/// The text of the input an `input` event came from (the find box).
pub fn input_value(event: &yew::InputEvent) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = event;
        String::new()
    }
}
