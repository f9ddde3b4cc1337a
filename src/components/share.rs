use crate::browser;
use crate::components::send;
use crate::embed::{answers_query, iframe_snippet, snippet, HOSTS};
use crate::state::Action;
use crate::state::AppState;
use crate::url_state::Theme;
use yew::prelude::*;

/// Share and embed: copy a link to the current answers, or an embed snippet (the custom element
/// in the form the reader's kind of site takes, and the plain-iframe form). A plain function: its settings live in the reducer,
/// and every component type costs the wasm its own lifecycle code.
pub fn share_panel(state: &AppState, dispatch: &Callback<Action>) -> Html {
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
    // The frame follows the host page's theme (`theme="auto"`); a host that wants a fixed one
    // changes the attribute (docs/EMBEDDING.md).
    let theme = Theme::Auto;
    let base = browser::base_url();
    let answers = answers_query(&state.url);
    let script = snippet(&base, theme, &answers, state.snippet_host);
    let iframe = iframe_snippet(&base, theme, &answers);
    html! {
        <section class="omc-share" aria-labelledby="omc-share-heading">
            <h2 id="omc-share-heading">{ "Share and embed" }</h2>
            <p>
                <button type="button" onclick={copy(browser::href_with_query(&state.query()), "Link copied.")}>
                    { "Copy link to these answers" }
                </button>
                <span role="status" class="omc-share-status">{ state.copy_status }</span>
            </p>
            <fieldset class="omc-embed-theme">
                <legend>{ "Your site" }</legend>
                // Each radio inside its label: no ids to make.
                for (host, label) in HOSTS {
                    <label class="omc-inline-choice">
                        <input type="radio" name="omc-embed-host" checked={state.snippet_host == host}
                            onchange={send::<Event>(dispatch, Action::SetSnippetHost(host))} />
                        { " " }{ label }
                    </label>
                }
            </fieldset>
            <p class="omc-snippet-title">
                { "Embed with a script (resizes itself, follows your page's theme switch; docs/EMBEDDING.md has every recipe): " }
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
