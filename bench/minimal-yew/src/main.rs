//! The floor of the stack (docs/PERFORMANCE.md): the least a Yew 0.23 app does to be "live" on
//! the widget's terms. Like the widget, it takes over `#open-model-chooser`, which holds static
//! pre-rendered markup (`index.html`: the "deploy" radios and one model row); keeps an answer
//! given on that markup before it started; renders the same markup with Yew; and rules the row
//! out when the answer is "on my own hardware". `scripts/report.sh` builds it by the widget's
//! pipeline (`scripts/build.sh` with `bench/minimal-yew/Trunk.toml`) and times it beside the
//! widget.

#[cfg(target_arch = "wasm32")]
mod app {
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    pub struct Props {
        /// The "deploy" answer checked before the app started, if any.
        pub deploy: Option<AttrValue>,
    }

    #[function_component]
    pub fn App(props: &Props) -> Html {
        let deploy = use_state(|| props.deploy.clone());
        let answer = |value: &'static str| {
            let deploy = deploy.clone();
            Callback::from(move |_: Event| deploy.set(Some(AttrValue::Static(value))))
        };
        let is = |value: &str| deploy.as_deref() == Some(value);
        let verdict = if is("self") { "excluded" } else { "match" };
        html! {
            <>
                <fieldset>
                    <legend>{ "Where will the model run?" }</legend>
                    <input type="radio" name="deploy" value="self" id="omc-deploy-self"
                        checked={is("self")} onchange={answer("self")} />
                    <label for="omc-deploy-self">{ "On my own hardware" }</label>
                    <input type="radio" name="deploy" value="api" id="omc-deploy-api"
                        checked={is("api")} onchange={answer("api")} />
                    <label for="omc-deploy-api">{ "Through an API" }</label>
                </fieldset>
                <ul>
                    <li data-model-id="gpt-5" data-verdict={verdict}>{ "GPT-5" }</li>
                </ul>
            </>
        }
    }
}

/// Called by the loader with the data file it fetched beside the wasm, as the widget's `start` is
/// (the minimal app's file is empty).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start(_data: Vec<u8>) -> bool {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("open-model-chooser"))
        .expect("the page has #open-model-chooser");
    // An answer given on the static markup before the wasm arrived is kept, never lost.
    let deploy = root
        .query_selector("input[name=deploy]:checked")
        .ok()
        .flatten()
        .and_then(|input| input.get_attribute("value"))
        .map(yew::AttrValue::from);
    root.set_inner_html("");
    yew::Renderer::<app::App>::with_root_and_props(root, app::Props { deploy }).render();
    true
}

// Nothing runs when the module is instantiated: the loader calls `start`, as for the widget.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the minimal Yew app runs in the browser: scripts/report.sh builds and measures it");
    std::process::exit(2);
}
