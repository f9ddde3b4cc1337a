use crate::catalog::{Effect, Model, TermKind};
use crate::components::model_card::{availability, data_release};
use crate::components::send;
use crate::dataset;
use crate::engine::Outcomes;
use crate::state::Action;
use crate::state::AppState;
use yew::prelude::*;

/// The terms of one kind, as text; "None recorded" when the licence has none.
fn terms_text(model: &Model, kinds: &[TermKind]) -> String {
    let texts: Vec<&str> = model
        .terms
        .iter()
        .filter(|t| kinds.contains(&t.kind))
        .map(|t| &*t.text)
        .collect();
    if texts.is_empty() {
        "None recorded.".to_owned()
    } else {
        texts.join(" ")
    }
}

/// Up to three models side by side, row by row over licence terms and releases.
pub fn comparison(state: &AppState, dispatch: &Callback<Action>, outcomes: &Outcomes) -> Html {
    let models: Vec<&'static Model> = state
        .url
        .compare
        .iter()
        .filter_map(|id| dataset::full_model(id))
        .collect();
    if models.is_empty() {
        // None chosen, or the whole records (its licence terms' sentences) are on their way.
        return html! {};
    }
    let clear = send(dispatch, Action::ClearCompare);
    type Row = (&'static str, fn(&Model) -> String);
    let rows: [Row; 11] = [
        ("Kind", |m| m.tier().name().to_owned()),
        ("Licence", |m| {
            format!(
                "{}{}",
                m.licence.name,
                if m.licence.osi_approved {
                    " (OSI-approved)"
                } else {
                    " (not OSI-approved)"
                }
            )
        }),
        ("Weights", |m| {
            match m.release.weights.value {
                crate::catalog::WeightsAccess::Open => "Downloadable",
                crate::catalog::WeightsAccess::Gated => "Downloadable after accepting terms",
                crate::catalog::WeightsAccess::None => "Not downloadable",
            }
            .to_owned()
        }),
        ("Training code", |m| {
            availability(m.release.training_code.value).to_owned()
        }),
        ("Training data", |m| {
            data_release(m.release.training_data.value).to_owned()
        }),
        ("Technical report", |m| {
            availability(m.release.technical_report.value).to_owned()
        }),
        ("Commercial use", |m| {
            terms_text(m, &[TermKind::CommercialUse, TermKind::Threshold])
        }),
        ("Use restrictions", |m| {
            terms_text(
                m,
                &[
                    TermKind::AcceptableUsePolicy,
                    TermKind::FieldOfUseBan,
                    TermKind::TerminationForConduct,
                    TermKind::NamingRule,
                ],
            )
        }),
        ("Training on outputs", |m| {
            let forbidden = m.terms.iter().any(|t| {
                t.kind == TermKind::OutputsTraining && t.effect == Some(Effect::Forbidden)
            });
            let text = terms_text(m, &[TermKind::OutputsTraining]);
            if forbidden {
                format!("Forbidden. {text}")
            } else {
                text
            }
        }),
        ("Regional limits", |m| terms_text(m, &[TermKind::Regional])),
        ("Attribution", |m| terms_text(m, &[TermKind::Attribution])),
    ];
    html! {
        <div class="omc-compare">
            <h2 id="omc-compare-heading">{ "Side by side" }</h2>
            <div class="omc-table-wrap" tabindex="0" role="region" aria-labelledby="omc-compare-heading">
                <table>
                    <thead>
                        <tr>
                            <td></td>
                            for m in &models {
                                <th scope="col">
                                    <a href={&*m.licence.url} rel="noopener noreferrer">{ &*m.name }</a>
                                </th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <th scope="row">{ "For your answers" }</th>
                            for m in &models {
                                <td>{ outcomes.assessment(&m.id).map_or("", |a| a.verdict.label()) }</td>
                            }
                        </tr>
                        for (label, cell) in rows {
                            <tr>
                                <th scope="row">{ label }</th>
                                for m in &models {
                                    <td>{ cell(m) }</td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <button type="button" class="omc-quiet" onclick={clear}>{ "Clear the comparison" }</button>
        </div>
    }
}
