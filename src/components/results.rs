use crate::catalog::{Model, Tier};
use crate::components::model_card::ModelCard;
use crate::components::send;
use crate::engine::{Assessment, Outcomes};
use crate::rows::{in_order, Entry, Room, KIND_ROWS};
use crate::state::AppState;
use crate::state::MAX_COMPARE;
use crate::state::{Action, FactsLoad};
use std::rc::Rc;
use yew::prelude::*;

/// Every model in the dataset, grouped by tier, each as a compact row with its live verdict:
/// the fitting ones first, the ruled-out ones collapsed into one button per kind, the rows the
/// find box leaves out hidden. Every row keeps its element and hooks (CONTRACT §6).
///
/// `first_rows`: the page rendered at build time, which holds only the rows that show at load,
/// the first [`KIND_ROWS`] of each kind. Otherwise the rows of the catalogue's first
/// `state.rows_ready` models (all, but while the app starts in slices).
pub fn results(
    state: &AppState,
    dispatch: &Callback<Action>,
    outcomes: &Outcomes,
    first_rows: bool,
) -> Html {
    let total = outcomes.assessments.len();
    let find = &state.url.find;
    let compare_full = state.url.compare.len() >= MAX_COMPARE;
    // Each model with its assessment and whether the find box picks it, worked out once per
    // render: the counts, the groups and the rows below all read it.
    let entries: Vec<(&Model, &Rc<Assessment>, bool, bool)> = outcomes
        .assessments
        .iter()
        .enumerate()
        .map(|(i, (m, a))| (*m, a, m.matches(find), i < state.rows_ready))
        .collect();
    let shown = entries.iter().filter(|e| e.2).count();
    let fit_shown = entries.iter().filter(|e| e.2 && e.1.verdict.fits()).count();
    let count = if find.is_empty() {
        format!("{fit_shown} of {total} models fit your answers.")
    } else {
        format!("Showing {shown} of {total}; {fit_shown} fit your answers.")
    };
    // Embedded, only the first rows are shown until the reader asks for all of them. Which rows
    // show is decided by `rows.rs`, tested natively.
    let mut room = Room::new(state.url.embed && !state.show_all);
    let mut capped = false;
    let oninput = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            dispatch.emit(Action::Find(crate::browser::input_value(&e)))
        })
    };
    html! {
        // While the find box narrows the rows, every match shows: no cap per kind.
        <section class={if find.is_empty() { "omc-models" } else { "omc-models omc-finding" }} aria-labelledby="omc-models-heading">
            <h2 id="omc-models-heading">{ "The models" }</h2>
            <div class="omc-find">
                <label for="omc-find">{ "Find a model" }</label>
                <input type="search" id="omc-find" value={find.clone()} maxlength="100"
                    placeholder="Name, vendor or licence" autocomplete="off"
                    aria-describedby="omc-count" {oninput} />
            </div>
            <p class="omc-count" id="omc-count" aria-live="polite" aria-atomic="true">{ count }</p>
            for tier in Tier::ALL {
                {{
                    let heading_id = format!("omc-tier-{}", tier.id());
                    let more_id = format!("omc-more-{}", tier.id());
                    let in_tier: Vec<_> = entries.iter().filter(|e| e.0.tier() == tier).collect();
                    let fit = in_tier.iter().filter(|e| e.1.verdict.fits()).count();
                    let excluded_shown = in_tier.iter().filter(|e| e.2 && !e.1.verdict.fits()).count();
                    let expanded = state.shown_excluded.contains(&tier);
                    let kind_shown = state.kinds_shown.contains(&tier);
                    let mut visible_rows = 0;
                    let rows: Vec<Html> = in_order(&in_tier, |e| e.1.verdict.fits()).enumerate().filter_map(|(place, &&(model, assessment, picked, ready))| {
                        let id: &'static str = &model.id;
                        let compared = state.url.compare.iter().any(|c| c == id);
                        let open = state.open.contains(&id);
                        let entry = Entry { tier, fits: assessment.verdict.fits(), picked, open };
                        let (visible, left_out) = room.place(entry, expanded);
                        visible_rows += usize::from(visible);
                        capped |= left_out;
                        // What the page displays (the stylesheet hides a kind's rows after its
                        // third until its box is ticked, unless the find box is in use or the
                        // row is open) is rendered whole; the rest are bare elements.
                        let whole = visible && (place < KIND_ROWS || kind_shown || open || !find.is_empty());
                        (if first_rows { place < KIND_ROWS } else { ready }).then(|| html! {
                            <ModelCard key={id} {model}
                                assessment={Rc::clone(assessment)} {compared}
                                compare_full={compare_full && !compared}
                                {open} hidden={!visible} bare={!whole} dispatch={dispatch.clone()}
                                facts={row_facts(state.facts, open)} />
                        })
                    }).collect();
                    // A kind with nothing to show is hidden.
                    let any_matching = room.kind_shown(in_tier.iter().any(|e| e.2), visible_rows);
                    html! {
                        if !in_tier.is_empty() {
                            <section class="omc-tier" aria-labelledby={heading_id.clone()} hidden={!any_matching}>
                                <h3 id={heading_id}>{ tier.name() }{ format!(" ({fit} of {} fit)", in_tier.len()) }</h3>
                                <ul class="omc-rows" role="list">{ for rows }</ul>
                                // In the kind's own region (named by its heading), so its
                                // name says which models it shows.
                                if !state.url.embed && in_tier.len() > KIND_ROWS {
                                    <p class="omc-more">
                                        <input type="checkbox" class="omc-more-toggle" id={more_id.clone()} checked={kind_shown}
                                            onchange={send::<Event>(dispatch, Action::ToggleKindRows(tier))} />
                                        <label for={more_id}>
                                            { "Show all " }{ in_tier.len() }{ " models of this kind" }
                                        </label>
                                    </p>
                                }
                                if excluded_shown > 0 {
                                    <button type="button" class="omc-quiet omc-ruled-out" aria-expanded={expanded.to_string()}
                                        onclick={send::<MouseEvent>(dispatch, Action::ToggleExcluded(tier))}>
                                        { if expanded { "Hide the " } else { "Show the " } }
                                        { excluded_shown }{ " ruled out" }
                                        <span class="omc-visually-hidden">{ " (" }{ tier.name() }{ ")" }</span>
                                    </button>
                                }
                            </section>
                        }
                    }
                }}
            }
            if capped {
                <button type="button" class="omc-show-all" onclick={send::<MouseEvent>(dispatch, Action::ShowAll)}>
                    { format!("Show all {shown} models") }
                </button>
            }
        </section>
    }
}

/// What a row needs to know of the whole records' fetch: an opened one shows it (loading, or
/// failed); a closed one only whether they are here (its reason's sentence waits for them). So
/// the start of the fetch, at the first answer, re-renders no closed row.
fn row_facts(load: FactsLoad, open: bool) -> FactsLoad {
    match load {
        FactsLoad::Loaded => FactsLoad::Loaded,
        _ if open => load,
        _ => FactsLoad::NotAsked,
    }
}
