use crate::dataset;
use yew::prelude::*;

/// Every model at a glance: name, vendor, kind and licence. It is in the pre-rendered page too,
/// so readers without JavaScript or WebAssembly, and search engines, get it. A plain function:
/// it holds no state.
pub fn model_table() -> Html {
    let models = &dataset::embedded().models;
    html! {
        <section class="omc-at-a-glance" aria-labelledby="omc-glance-heading">
            <h2 id="omc-glance-heading">{ format!("All {} models at a glance", models.len()) }</h2>
            // Focusable so that keyboard readers can scroll it sideways on narrow screens.
            <div class="omc-table-wrap" tabindex="0" role="region" aria-label="Table of models, name, vendor, kind and licence">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ "Model" }</th>
                            <th scope="col">{ "Vendor" }</th>
                            <th scope="col">{ "Kind" }</th>
                            <th scope="col">{ "Licence" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for m in models.iter() {
                            <tr>
                                <th scope="row">{ &*m.name }</th>
                                <td>{ &*m.vendor.value }</td>
                                <td>{ m.tier().name() }</td>
                                <td><a href={&*m.licence.url} rel="noopener noreferrer">{ &*m.licence.name }</a></td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
