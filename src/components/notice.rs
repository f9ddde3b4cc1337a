use crate::components::use_app_state;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UrlNoticeProps {
    /// Known URL keys whose values were ignored. Only these fixed ids are shown, never the
    /// values from the link.
    pub keys: Vec<&'static str>,
}

/// A polite note that part of the link was not understood.
#[component]
pub fn UrlNotice(props: &UrlNoticeProps) -> Html {
    let state = use_app_state();
    let dismiss = Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissNotice));
    let names = props
        .keys
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
