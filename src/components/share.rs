use crate::browser;
use crate::components::use_app_state;
use crate::embed::{answers_query, iframe_snippet, script_snippet};
use crate::url_state::Theme;
use yew::prelude::*;

/// Share and embed: copy a link to the current answers, or an embed snippet (script form and
/// plain-iframe form) for a chosen theme.
#[component]
pub fn SharePanel() -> Html {
    let state = use_app_state();
    let theme = use_state(|| Theme::Auto);
    let status = use_state(|| "");
    let copy = |text: String, done: &'static str| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            browser::copy_text(text.clone(), move |ok| {
                status.set(if ok {
                    done
                } else {
                    "Could not copy: select the text and copy it by hand."
                })
            });
        })
    };
    let base = browser::base_url();
    let answers = answers_query(&state.url);
    let script = script_snippet(&base, *theme, &answers);
    let iframe = iframe_snippet(&base, *theme, &answers);
    html! {
        <section class="omc-share" aria-labelledby="omc-share-heading">
            <h2 id="omc-share-heading">{ "Share and embed" }</h2>
            <p>
                <button type="button" onclick={copy(browser::href(), "Link copied.")}>
                    { "Copy link to these answers" }
                </button>
                <span role="status" class="omc-share-status">{ *status }</span>
            </p>
            <fieldset class="omc-embed-theme">
                <legend>{ "Theme of the embedded chooser" }</legend>
                for t in Theme::ALL {
                    {{
                        let id = format!("omc-embed-theme-{}", t.id());
                        let onchange = {
                            let theme = theme.clone();
                            Callback::from(move |_: Event| theme.set(t))
                        };
                        html! {
                            <span class="omc-inline-choice">
                                <input type="radio" id={id.clone()} name="omc-embed-theme" value={t.id()}
                                    checked={*theme == t} {onchange} />
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
