use crate::components::send;
use crate::state::Action;
use yew::prelude::*;

/// A polite note that part of the link was not understood. `keys` are the known URL keys whose
/// values were ignored: only these fixed ids are shown, never the values from the link.
///
/// Like the other parts of the page that only read the app state, this is a plain function,
/// not a component: every component type costs the wasm its own lifecycle code, and these
/// re-render with the state anyway.
pub fn url_notice(dispatch: &Callback<Action>, keys: &[&'static str]) -> Html {
    let dismiss = send(dispatch, Action::DismissNotice);
    let names = keys
        .iter()
        .map(|k| format!("\u{201c}{k}\u{201d}"))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <div class="omc-notice" role="status">
            <p>
                { format!("Part of this link was not understood, so it was left out: the value of {names}. Everything else is as the link set it.") }
            </p>
            <button type="button" class="omc-quiet" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
