//! Browser tests: the widget mounted in headless Chromium (wasm-bindgen-test through chromedriver).
//! Run with `scripts/test.sh browser`.
#![cfg(target_arch = "wasm32")]

use open_model_chooser::{browser, dataset, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Puts the test page's address back to its bare path, so each test starts from no answers.
fn reset_url() {
    let w = web_sys::window().unwrap();
    let path = w.location().pathname().unwrap();
    w.history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
}

/// The catalogue file the loader fetches in a release build (`catalogue-<hash>.bin`), as the
/// build script packed it for this test build.
static CATALOGUE_FILE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-lean.bin"));

/// The catalogue, handed to the widget as the loader does (once; each test may be the first).
fn catalogue() -> &'static open_model_chooser::catalog::Catalog {
    if dataset::loaded().is_none() {
        assert!(dataset::load(CATALOGUE_FILE), "the catalogue file decodes");
    }
    dataset::catalogue()
}

/// Mounts the app into a fresh element and waits until it has rendered.
async fn mount_app() -> Element {
    catalogue();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// Waits for the tasks already queued, such as the widget's address-bar update, which runs in a
/// task of its own after an answer.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .unwrap()
}

fn radio(root: &Element, question: &str, value: &str) -> HtmlInputElement {
    find(
        root,
        &format!(r#"input[name="{question}"][value="{value}"]"#),
    )
    .dyn_into()
    .unwrap()
}

fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

fn focused_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn every_model_is_rendered_with_its_tier() {
    reset_url();
    let root = mount_app().await;
    let catalog = catalogue();
    let cards = root.query_selector_all("[data-model-id]").unwrap();
    assert_eq!(cards.length() as usize, catalog.models.len());
    for model in catalog.models.iter() {
        let card = find(&root, &format!(r#"[data-model-id="{}"]"#, model.id));
        assert_eq!(
            card.get_attribute("data-tier").as_deref(),
            Some(model.tier().id())
        );
        assert_eq!(card.get_attribute("data-verdict").as_deref(), Some("match"));
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn the_first_render_marks_the_page_interactive() {
    reset_url();
    let performance = web_sys::window().unwrap().performance().unwrap();
    performance.clear_marks_with_mark_name(browser::INTERACTIVE_MARK);
    let root = mount_app().await;
    let marks = performance.get_entries_by_name(browser::INTERACTIVE_MARK);
    assert_eq!(marks.length(), 1, "the interactive mark is set once");
    root.remove();
}

#[wasm_bindgen_test]
async fn loading_does_not_move_focus_or_touch_the_url() {
    reset_url();
    let before = focused_id();
    let root = mount_app().await;
    assert_eq!(
        focused_id(),
        before,
        "an embedded widget must not steal focus"
    );
    assert_eq!(search(), "");
    root.remove();
}

#[wasm_bindgen_test]
async fn answers_update_the_url_and_the_verdicts() {
    reset_url();
    let root = mount_app().await;
    radio(&root, "deploy", "self").click();
    yew::scheduler::flush().await;
    next_task().await;
    assert_eq!(search(), "?deploy=self");
    let gpt5 = find(&root, r#"[data-model-id="gpt-5"]"#);
    assert_eq!(
        gpt5.get_attribute("data-verdict").as_deref(),
        Some("excluded")
    );
    let rec = find(&root, "[data-recommendation]");
    assert_eq!(
        rec.get_attribute("data-recommendation").as_deref(),
        Some("open-weights")
    );

    radio(&root, "deploy", "api").click();
    yew::scheduler::flush().await;
    next_task().await;
    assert_eq!(search(), "?deploy=api", "replaced, not appended");
    assert_eq!(
        find(&root, r#"[data-model-id="gpt-5"]"#)
            .get_attribute("data-verdict")
            .as_deref(),
        Some("match")
    );
    root.remove();
    reset_url();
}

#[wasm_bindgen_test]
async fn next_and_back_move_focus_to_the_step_heading_and_keep_answers() {
    reset_url();
    let root = mount_app().await;
    radio(&root, "deploy", "self").click();
    yew::scheduler::flush().await;
    find(&root, "button[type=submit]").click();
    yew::scheduler::flush().await;
    assert_eq!(focused_id(), "omc-step-heading");
    assert_eq!(
        find(&root, "#omc-step-heading").text_content().unwrap(),
        "Step 2 of 8"
    );
    assert!(root
        .query_selector(r#"input[name="hardware"]"#)
        .unwrap()
        .is_some());

    let back = root
        .query_selector_all(".omc-nav button")
        .unwrap()
        .get(0)
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    back.click();
    yew::scheduler::flush().await;
    assert_eq!(focused_id(), "omc-step-heading");
    assert_eq!(
        find(&root, "#omc-step-heading").text_content().unwrap(),
        "Step 1 of 8"
    );
    assert!(
        radio(&root, "deploy", "self").checked(),
        "the answer is kept"
    );
    root.remove();
    reset_url();
}

#[wasm_bindgen_test]
async fn a_damaged_catalogue_file_starts_nothing() {
    reset_url();
    catalogue();
    let root = document().create_element("div").unwrap();
    root.set_id(browser::ROOT_ID);
    root.set_inner_html("<p>pre-rendered</p>");
    document().body().unwrap().append_child(&root).unwrap();
    let damaged = CATALOGUE_FILE[..CATALOGUE_FILE.len() / 2].to_vec();
    assert!(!open_model_chooser::bootstrap::mount(damaged));
    assert_eq!(
        root.inner_html(),
        "<p>pre-rendered</p>",
        "the page stays as it was"
    );
    assert!(root.is_connected());
    root.remove();
}

/// The start on a pre-rendered page: the app is built in slices beside it, then takes its place
/// with every row, the answer given on the pre-rendered radios meanwhile, and the focus.
#[wasm_bindgen_test]
async fn the_app_starts_in_slices_and_keeps_an_early_answer_and_the_focus() {
    reset_url();
    let total = catalogue().models.len();
    assert!(
        total > 2 * open_model_chooser::rows::START_SLICE,
        "several slices"
    );
    let performance = web_sys::window().unwrap().performance().unwrap();
    performance.clear_marks_with_mark_name(browser::INTERACTIVE_MARK);
    let page = document().create_element("div").unwrap();
    page.set_id(browser::ROOT_ID);
    page.set_attribute("data-facts", "facts-0123456789abcdef.bin")
        .unwrap();
    page.set_inner_html(
        r#"<fieldset><input type="radio" name="deploy" value="self" id="omc-deploy-self">
        <input type="search" id="omc-find"></fieldset>"#,
    );
    document().body().unwrap().append_child(&page).unwrap();
    find(&page, "#omc-find").focus().unwrap();
    assert!(open_model_chooser::bootstrap::mount(
        CATALOGUE_FILE.to_vec()
    ));
    // The reader answers on the pre-rendered page while the app is being built.
    radio(&page, "deploy", "self").set_checked(true);
    yew::scheduler::flush().await;
    assert!(
        page.is_connected(),
        "the pre-rendered page stays until the app is whole"
    );
    let mut tasks = 0;
    while page.is_connected() {
        next_task().await;
        yew::scheduler::flush().await;
        tasks += 1;
        assert!(tasks < 100, "the app never took the page's place");
    }
    assert!(tasks >= 3, "more than one task: {tasks}");
    assert_eq!(
        performance
            .get_entries_by_name(browser::INTERACTIVE_MARK)
            .length(),
        1,
        "live once, when whole"
    );
    yew::scheduler::flush().await;
    let root = document().get_element_by_id(browser::ROOT_ID).unwrap();
    assert_eq!(
        root.get_attribute("data-facts").as_deref(),
        Some("facts-0123456789abcdef.bin"),
        "the same element, attributes and all"
    );
    assert_eq!(
        root.query_selector_all("[data-model-id]").unwrap().length() as usize,
        total
    );
    assert!(
        radio(&root, "deploy", "self").checked(),
        "the early answer is kept"
    );
    assert_eq!(
        find(&root, r#"[data-model-id="gpt-5"]"#)
            .get_attribute("data-verdict")
            .as_deref(),
        Some("excluded")
    );
    assert_eq!(focused_id(), "omc-find", "the focus is given back");
    next_task().await;
    assert!(search().contains("deploy=self"), "{}", search());
    root.remove();
    reset_url();
}

#[wasm_bindgen_test]
async fn a_failure_replaces_the_widget_with_a_message_and_a_full_page_link() {
    reset_url();
    let root = document().create_element("div").unwrap();
    root.set_id(browser::ROOT_ID);
    root.set_inner_html("<p>widget</p>");
    document().body().unwrap().append_child(&root).unwrap();
    browser::show_failure();
    let note = find(&root, ".omc-failure");
    assert_eq!(note.get_attribute("role").as_deref(), Some("alert"));
    assert!(note
        .text_content()
        .unwrap()
        .starts_with(browser::FAILURE_TEXT));
    assert_eq!(
        find(&root, ".omc-failure a")
            .get_attribute("href")
            .as_deref(),
        Some("./")
    );
    assert!(!root.inner_html().contains("widget"));
    root.remove();
}

#[wasm_bindgen_test]
fn the_theme_and_accent_go_on_the_document_root() {
    use open_model_chooser::url_state::{Accent, Theme};
    let html: HtmlElement = document().document_element().unwrap().dyn_into().unwrap();
    browser::apply_theme(Theme::Dark, Accent::from_hex("0a0b0c"));
    assert_eq!(html.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(
        html.style().get_property_value("color-scheme").unwrap(),
        "dark"
    );
    assert_eq!(
        html.style().get_property_value("--omc-accent").unwrap(),
        "#0a0b0c"
    );
    browser::apply_theme(Theme::Auto, None);
    assert_eq!(html.get_attribute("data-theme").as_deref(), Some("auto"));
    assert_eq!(
        html.style().get_property_value("color-scheme").unwrap(),
        "light dark"
    );
    assert_eq!(html.style().get_property_value("--omc-accent").unwrap(), "");
}
