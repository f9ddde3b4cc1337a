use crate::components::{send, STEP_HEADING_ID};
use crate::state::AppState;
use crate::state::{Action, Step};
use yew::prelude::*;

/// Every answer, with a button to change each.
pub fn summary(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let answers = *state.answers();
    let on = |action: Action| send::<MouseEvent>(dispatch, action);
    html! {
        <div class="omc-step omc-summary">
            <h2 id={STEP_HEADING_ID} tabindex="-1">{ "Your answers" }</h2>
            <dl>
                for q in state.steps() {
                    <div class="omc-summary-row">
                        <dt>{ q.title() }</dt>
                        <dd>
                            { answers.chosen(q).and_then(|id| q.choice(id)).map_or("Not answered", |c| c.label) }
                            { " " }
                            <button type="button" class="omc-linkish" onclick={on(Action::GoTo(Step::Ask(q)))}
                                aria-label={format!("Change: {}", q.short())}>{ "Change" }</button>
                        </dd>
                    </div>
                }
            </dl>
            <div class="omc-nav">
                <button type="button" onclick={on(Action::Back)}>{ "Back" }</button>
                <button type="button" class="omc-quiet" onclick={on(Action::Restart)}>{ "Restart" }</button>
            </div>
        </div>
    }
}
