use crate::components::send;
use crate::engine::Outcomes;
use crate::engine::Recommendation;
use crate::questions::Question;
use crate::state::{Action, Step};
use yew::prelude::*;

/// What to choose, in the article's terms, why, and what the choice gives up.
fn wording(r: Recommendation) -> (&'static str, &'static str, &'static str) {
    match r {
        Recommendation::OpenSource => (
            "Choose open source",
            "Weights, training code and data are all released under an open licence: you can inspect, reproduce, modify and use it for any purpose.",
            "You give up: the largest and strongest models, which are not released this way; you run and maintain it yourself.",
        ),
        Recommendation::OpenWeights => (
            "Choose open weights",
            "You can download the weights and run, fine-tune and ship the model on your own terms, within its licence.",
            "You give up: reproducible training (code and data are not released), and with a restricted licence some freedoms too: check each model's conditions.",
        ),
        Recommendation::Closed => (
            "Choose a closed model",
            "A provider runs it for you: managed infrastructure, instant scaling, nothing to host.",
            "You give up: the weights, so no self-hosting or free fine-tuning; you depend on the provider's prices, terms and availability, and most forbid training competing models on outputs.",
        ),
        Recommendation::Undecided => (
            "Not decided yet",
            "Tell us where the model should run, whether you must fine-tune it or reproduce its training, or whether licence restrictions are acceptable, and a kind of model will stand out.",
            "",
        ),
        Recommendation::None => (
            "No model fits all your answers",
            "Some of your answers rule out every model in the dataset. Changing one of them will bring models back.",
            "",
        ),
    }
}

fn kind_name(r: Recommendation) -> &'static str {
    match r {
        Recommendation::OpenSource => "open-source",
        Recommendation::OpenWeights => "open-weights",
        Recommendation::Closed => "closed",
        Recommendation::Undecided | Recommendation::None => "",
    }
}

/// "Where it runs: On my own hardware".
fn answer_words(q: Question, id: &str) -> String {
    let label = q.choice(id).map_or(id, |c| c.label);
    format!("{}: {label}", q.short())
}

/// The headline recommendation (CONTRACT §4), with the answers that led to it.
pub fn headline_view(dispatch: &Callback<Action>, outcomes: &Outcomes) -> Html {
    let headline = &outcomes.headline;
    let r = headline.recommendation;
    let (title, gives, gives_up) = wording(r);
    let change = |q: Question| send(dispatch, Action::GoTo(Step::Ask(q)));
    html! {
        <section class="omc-headline" data-recommendation={r.id()} aria-labelledby="omc-headline-title">
            <h2 id="omc-headline-title">{ title }</h2>
            if let Some(from) = headline.moved_from.filter(|_| r != Recommendation::None) {
                <p class="omc-moved">
                    { format!("Your answers point to {} models, but none of them fits all your answers, so the closest kind that does is shown.", kind_name(from)) }
                </p>
            }
            if !headline.because.is_empty() {
                <p class="omc-because">
                    { "Because you answered " }
                    { headline.because.iter().map(|&(q, id)| answer_words(q, id)).collect::<Vec<_>>().join("; ") }
                    { "." }
                </p>
            }
            <p>{ gives }</p>
            if !gives_up.is_empty() {
                <p class="omc-gives-up">{ gives_up }</p>
            }
            if !headline.conflicts.is_empty() {
                <ul class="omc-conflicts" aria-label="Answers that rule models out">
                    for &(q, id) in &headline.conflicts {
                        <li>
                            { answer_words(q, id) }{ " " }
                            <button type="button" class="omc-linkish" onclick={change(q)}
                                aria-label={format!("Change: {}", q.short())}>{ "Change" }</button>
                        </li>
                    }
                </ul>
            }
        </section>
    }
}
