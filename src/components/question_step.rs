use crate::components::{send, STEP_HEADING_ID};
use crate::questions::Question;
use crate::state::Action;
use crate::state::AppState;
use yew::prelude::*;

/// One question: native radios in a fieldset, then Back, Next and Restart.
pub fn question_step(state: &AppState, dispatch: &Callback<Action>, q: Question) -> Html {
    let (n, total) = state.position().unwrap_or((1, 1));
    let chosen = state.answers().chosen(q);
    let onsubmit = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            // Enter in the form, or the Next button: move on without reloading the page.
            e.prevent_default();
            dispatch.emit(Action::Next);
        })
    };
    let back = send::<MouseEvent>(dispatch, Action::Back);
    let restart = send::<MouseEvent>(dispatch, Action::Restart);
    let help_id = format!("omc-help-{}", q.id());
    html! {
        <div class="omc-step">
            <h2 id={STEP_HEADING_ID} tabindex="-1">{ format!("Step {n} of {total}") }</h2>
            <form {onsubmit}>
                <fieldset aria-describedby={help_id.clone()}>
                    <legend>{ q.title() }</legend>
                    <p class="omc-help" id={help_id}>{ q.help() }</p>
                    for choice in q.choices() {
                        {{
                            let id = format!("omc-{}-{}", q.id(), choice.id);
                            let onchange = send::<Event>(dispatch, Action::Answer(q, choice.id));
                            html! {
                                <div class="omc-choice">
                                    <input type="radio" id={id.clone()} name={q.id()} value={choice.id}
                                        checked={chosen == Some(choice.id)} {onchange} />
                                    <label for={id}>
                                        <span class="omc-choice-label">{ choice.label }</span>
                                        if !choice.detail.is_empty() {
                                            <span class="omc-choice-detail">{ choice.detail }</span>
                                        }
                                    </label>
                                </div>
                            }
                        }}
                    }
                </fieldset>
                <div class="omc-nav">
                    <button type="button" onclick={back} disabled={n == 1}>{ "Back" }</button>
                    <button type="submit" class="omc-primary">
                        { if n == total { "See your answers" } else { "Next" } }
                    </button>
                    <button type="button" class="omc-quiet" onclick={restart}>{ "Restart" }</button>
                </div>
            </form>
        </div>
    }
}
