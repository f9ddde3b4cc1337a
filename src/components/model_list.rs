use crate::catalog::{Model, Tier};
use crate::components::model_card::ModelCard;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModelListProps {
    pub models: &'static [Model],
}

/// Every model of the dataset, grouped by tier from most to least open.
#[component]
pub fn ModelList(props: &ModelListProps) -> Html {
    html! {
        <section class="omc-models" aria-labelledby="omc-models-heading">
            <h2 id="omc-models-heading">{ format!("The models ({})", props.models.len()) }</h2>
            for tier in Tier::ALL {
                {{
                    let models: Vec<&'static Model> =
                        props.models.iter().filter(|m| m.tier() == tier).collect();
                    let heading_id = format!("omc-tier-{}", tier.id());
                    html! {
                        if !models.is_empty() {
                            <section class="omc-tier" aria-labelledby={heading_id.clone()}>
                                <h3 id={heading_id}>{ format!("{} ({})", tier.name(), models.len()) }</h3>
                                <ul class="omc-cards" role="list">
                                    for model in models {
                                        <ModelCard key={model.id.as_str()} {model} />
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
