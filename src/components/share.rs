use crate::browser;
use yew::prelude::*;

/// A button that copies the link to the current answers (the address bar always holds it).
#[component]
pub fn CopyLink() -> Html {
    let status = use_state(|| "");
    let onclick = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            browser::copy_text(browser::href(), move |ok| {
                status.set(if ok {
                    "Link copied."
                } else {
                    "Could not copy: copy the address from the address bar."
                })
            });
        })
    };
    html! {
        <p class="omc-share">
            <button type="button" {onclick}>{ "Copy link to these answers" }</button>
            <span role="status" class="omc-share-status">{ *status }</span>
        </p>
    }
}
