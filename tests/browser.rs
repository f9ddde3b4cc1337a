//! Browser tests: the widget mounted in headless Chromium (wasm-bindgen-test through chromedriver).
//! Run with `scripts/test.sh browser`.
#![cfg(target_arch = "wasm32")]

use open_model_chooser::{browser, dataset, App};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element and waits until it has rendered.
async fn mount_app() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn every_model_is_rendered_with_its_tier() {
    let root = mount_app().await;
    let catalog = dataset::embedded();
    let cards = root.query_selector_all("[data-model-id]").unwrap();
    assert_eq!(cards.length() as usize, catalog.models.len());
    for model in catalog.models.iter() {
        let card = root
            .query_selector(&format!(r#"[data-model-id="{}"]"#, model.id))
            .unwrap()
            .unwrap_or_else(|| panic!("{} is not on the page", model.id));
        assert_eq!(
            card.get_attribute("data-tier").as_deref(),
            Some(model.tier().id())
        );
    }
}

#[wasm_bindgen_test]
async fn the_first_render_marks_the_page_interactive() {
    let performance = web_sys::window().unwrap().performance().unwrap();
    performance.clear_marks_with_mark_name(browser::INTERACTIVE_MARK);
    let _root = mount_app().await;
    let marks = performance.get_entries_by_name(browser::INTERACTIVE_MARK);
    assert_eq!(marks.length(), 1, "the interactive mark is set once");
}
