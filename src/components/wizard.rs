use crate::components::question_step::question_step;
use crate::components::send;
use crate::components::summary::summary;
use crate::state::AppState;
use crate::state::{Action, Step};
use yew::prelude::*;

/// The question flow: a progress list of the steps, and the current step.
pub fn wizard(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let answers = *state.answers();
    let steps = state.steps();
    let go = |step: Step| send::<MouseEvent>(dispatch, Action::GoTo(step));
    html! {
        <section class="omc-wizard" aria-label="Questions">
            <nav aria-label="Progress">
                <ol class="omc-progress">
                    for (i, q) in steps.iter().copied().enumerate() {
                        {{
                            let current = state.step == Step::Ask(q);
                            let answer = answers.chosen(q).and_then(|id| q.choice(id)).map(|c| c.label);
                            let label = format!("{}. {}", i + 1, q.short());
                            html! {
                                <li aria-current={current.then_some("step")}
                                    class={progress_class(current, answer.is_some())}>
                                    if answer.is_some() || current {
                                        <button type="button" class="omc-linkish" onclick={go(Step::Ask(q))}>
                                            { label }
                                            if let Some(answer) = answer {
                                                <span class="omc-visually-hidden">{ " (answered: " }{ answer }{ ")" }</span>
                                            }
                                        </button>
                                    } else {
                                        <span>{ label }</span>
                                    }
                                </li>
                            }
                        }}
                    }
                    <li aria-current={(state.step == Step::Summary).then_some("step")}
                        class={progress_class(state.step == Step::Summary, false)}>
                        <button type="button" class="omc-linkish" onclick={go(Step::Summary)}>{ "Your answers" }</button>
                    </li>
                </ol>
            </nav>
            {
                match state.step {
                    Step::Ask(q) => question_step(state, dispatch, q),
                    Step::Summary => summary(state, dispatch),
                }
            }
        </section>
    }
}

/// The class of a progress item. Whole static strings rather than `classes!`: the class set
/// machinery costs the wasm more than these four cases.
fn progress_class(current: bool, done: bool) -> Option<&'static str> {
    match (current, done) {
        (true, true) => Some("omc-current omc-done"),
        (true, false) => Some("omc-current"),
        (false, true) => Some("omc-done"),
        (false, false) => None,
    }
}
