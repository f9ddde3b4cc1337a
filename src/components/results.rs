use crate::catalog::Tier;
use crate::components::model_card::ModelCard;
use crate::components::{dispatcher, StateHandle};
use crate::engine::Outcomes;
use crate::state::MAX_COMPARE;
use yew::prelude::*;

/// One line on what each kind of model is.
pub fn tier_summary(tier: Tier) -> &'static str {
    match tier {
        Tier::OpenSource => "OSI-approved licence, no use restrictions, training code and data released.",
        Tier::OpenWeights => "Weights under an OSI-approved licence with no use restrictions; training code or data not released.",
        Tier::WeightsAvailable => "Weights downloadable, but the licence is not OSI-approved or restricts use.",
        Tier::Closed => "No weights: used through the provider's API or apps only.",
    }
}

/// Every model in the dataset, grouped by tier, each with its live verdict.
pub fn results(state: &StateHandle, outcomes: &Outcomes) -> Html {
    let total = outcomes.assessments.len();
    let fitting = outcomes.fitting();
    let compare_full = state.url.compare.len() >= MAX_COMPARE;
    let dispatch = dispatcher(state);
    html! {
        <section class="omc-models" aria-labelledby="omc-models-heading">
            <h2 id="omc-models-heading">{ "The models" }</h2>
            <p class="omc-count" aria-live="polite" aria-atomic="true">
                { format!("{fitting} of {total} models fit your answers.") }
            </p>
            for tier in Tier::ALL {
                {{
                    let heading_id = format!("omc-tier-{}", tier.id());
                    let in_tier: Vec<_> = outcomes.assessments.iter().filter(|(m, _)| m.tier() == tier).collect();
                    let fit = in_tier.iter().filter(|(_, a)| a.verdict.fits()).count();
                    html! {
                        if !in_tier.is_empty() {
                            <section class="omc-tier" aria-labelledby={heading_id.clone()}>
                                <h3 id={heading_id}>{ tier.name() }{ format!(" ({fit} of {} fit)", in_tier.len()) }</h3>
                                <p class="omc-tier-summary">{ tier_summary(tier) }</p>
                                <ul class="omc-cards" role="list">
                                    for (model, assessment) in in_tier {
                                        {{
                                            let compared = state.url.compare.iter().any(|c| **c == *model.id);
                                            let show_details = state.details_shown.contains(&&*model.id);
                                            html! {
                                                <ModelCard key={&*model.id} model={*model}
                                                    assessment={assessment.clone()} {compared}
                                                    compare_full={compare_full && !compared}
                                                    {show_details} dispatch={dispatch.clone()} />
                                            }
                                        }}
                                    }
                                </ul>
                            </section>
                        }
                    }
                }}
            }
        </section>
    }
}
