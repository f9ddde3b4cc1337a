use crate::browser;
use crate::components::{dispatcher, send, StateHandle};
use crate::embed::{answers_query, iframe_snippet, script_snippet};
use crate::state::Action;
use crate::url_state::Theme;
use yew::prelude::*;

/// Share and embed: copy a link to the current answers, or an embed snippet (script form and
/// plain-iframe form) for a chosen theme. A plain function: its settings live in the reducer,
/// and every component type costs the wasm its own lifecycle code.
pub fn share_panel(state: &StateHandle) -> Html {
    let dispatch = dispatcher(state);
    let copy = |text: String, done: &'static str| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let dispatch = dispatch.clone();
            browser::copy_text(text.clone(), move |ok| {
                dispatch.emit(Action::Copied(if ok {
                    done
                } else {
                    "Could not copy: select the text and copy it by hand."
                }))
            });
        })
    };
    let theme = state.snippet_theme;
    let base = browser::base_url();
    let answers = answers_query(&state.url);
    let script = script_snippet(&base, theme, &answers);
    let iframe = iframe_snippet(&base, theme, &answers);
    html! {
        <section class="omc-share" aria-labelledby="omc-share-heading">
            <h2 id="omc-share-heading">{ "Share and embed" }</h2>
            <p>
                <button type="button" onclick={copy(browser::href(), "Link copied.")}>
                    { "Copy link to these answers" }
                </button>
                <span role="status" class="omc-share-status">{ state.copy_status }</span>
            </p>
            <fieldset class="omc-embed-theme">
                <legend>{ "Theme of the embedded chooser" }</legend>
                for t in Theme::ALL {
                    {{
                        let id = format!("omc-embed-theme-{}", t.id());
                        let onchange = send::<Event>(&dispatch, Action::SetSnippetTheme(t));
                        html! {
                            <span class="omc-inline-choice">
                                <input type="radio" id={id.clone()} name="omc-embed-theme" value={t.id()}
                                    checked={theme == t} {onchange} />
                                <label for={id}>{ theme_label(t) }</label>
                            </span>
                        }
                    }}
                }
            </fieldset>
            <p class="omc-snippet-title">
                { "Embed with a script (resizes itself, follows your page's theme switch): " }
                <button type="button" onclick={copy(script.clone(), "Embed snippet copied.")}>{ "Copy" }</button>
            </p>
            <pre class="omc-snippet" data-embed-snippet="" tabindex="0" aria-label="Embed snippet, script form"><code>{ script }</code></pre>
            <p class="omc-snippet-title">
                { "Or a plain iframe (no script; fixed height): " }
                <button type="button" onclick={copy(iframe.clone(), "Iframe snippet copied.")}>{ "Copy" }</button>
            </p>
            <pre class="omc-snippet" tabindex="0" aria-label="Embed snippet, iframe form"><code>{ iframe }</code></pre>
        </section>
    }
}

fn theme_label(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => "Follow the reader's setting",
        Theme::Light => "Light",
        Theme::Dark => "Dark",
    }
}
