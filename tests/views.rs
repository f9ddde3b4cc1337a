//! Native view tests: components rendered to HTML with Yew's server renderer and asserted on.
#![cfg(not(target_arch = "wasm32"))]

use open_model_chooser::catalog::Tier;
use open_model_chooser::components::model_card::{ModelCard, ModelCardProps};
use open_model_chooser::{dataset, App};
use yew::LocalServerRenderer;

async fn render_app() -> String {
    LocalServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn the_first_screen_lists_every_model_with_its_tier() {
    let html = render_app().await;
    let catalog = dataset::embedded();
    assert!(!catalog.models.is_empty());
    for model in &catalog.models {
        let hook = format!(
            r#"data-model-id="{}" data-tier="{}""#,
            model.id,
            model.tier().id()
        );
        assert!(html.contains(&hook), "missing {hook} in\n{html}");
        assert!(
            html.contains(&model.name),
            "missing the name of {}",
            model.id
        );
    }
    assert_eq!(
        html.matches("data-model-id=").count(),
        catalog.models.len(),
        "each model is shown exactly once"
    );
}

#[tokio::test]
async fn models_are_grouped_under_their_tier_headings_in_order() {
    let html = render_app().await;
    let catalog = dataset::embedded();
    let mut last = 0;
    for tier in Tier::ALL {
        let models: Vec<_> = catalog.models.iter().filter(|m| m.tier() == tier).collect();
        let heading = format!(r#"<h3 id="omc-tier-{}">"#, tier.id());
        if models.is_empty() {
            assert!(
                !html.contains(&heading),
                "empty tier {} is shown",
                tier.id()
            );
            continue;
        }
        let at = html
            .find(&heading)
            .unwrap_or_else(|| panic!("no heading for {}", tier.id()));
        assert!(at >= last, "tier {} is out of order", tier.id());
        for m in models {
            let card = html.find(&format!(r#"data-model-id="{}""#, m.id)).unwrap();
            assert!(card > at, "{} is not under its tier heading", m.id);
        }
        last = at;
    }
}

#[tokio::test]
async fn the_footer_names_the_dataset_version_and_licence() {
    let html = render_app().await;
    let info = &dataset::embedded().dataset;
    assert!(html.contains(&format!("Dataset version {}", info.version)));
    assert!(html.contains(&format!(r#"href="{}" rel="license""#, info.licence.url)));
}

#[tokio::test]
async fn a_card_links_its_licence_and_marks_confidence_in_words() {
    let model = dataset::embedded()
        .model("llama-4-scout")
        .expect("llama-4-scout is in the dataset");
    let html = LocalServerRenderer::<ModelCard>::with_props(ModelCardProps { model })
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(&format!(r#"href="{}""#, model.licence.url)));
    assert!(html.contains("(not OSI-approved)"));
    assert!(html.contains("downloadable after accepting terms"));
    assert!(html.contains("[source, verified]"));
    assert!(html.contains("109B parameters (17B active), 10,000,000-token context"));
}

async fn render_card(id: &str) -> String {
    let model = dataset::embedded()
        .model(id)
        .unwrap_or_else(|| panic!("{id} is in the dataset"));
    LocalServerRenderer::<ModelCard>::with_props(ModelCardProps { model })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn every_card_explains_its_tier() {
    for model in &dataset::embedded().models {
        let html = render_card(&model.id).await;
        // Rendered as text: the server renderer escapes `&`, `<` and `>`.
        let reason = model
            .tier_reason()
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            html.contains(&format!(r#"<p class="omc-tier-reason">{reason}</p>"#)),
            "{}: {html}",
            model.id
        );
    }
    let apertus = render_card("apertus").await;
    assert!(apertus
        .contains("an OSI-approved licence, but their use comes with an acceptable-use policy"));
}

#[tokio::test]
async fn a_card_shows_where_popular_claims_differ_from_the_facts() {
    let html = render_card("deepseek-v3").await;
    let claims = &dataset::embedded()
        .model("deepseek-v3")
        .unwrap()
        .commonly_described_as;
    assert!(!claims.is_empty());
    assert!(html.contains("Commonly described as"));
    assert!(html.contains("In fact: "));
    for claim in claims {
        assert!(
            html.contains(&format!(r#"href="{}""#, claim.source)),
            "{html}"
        );
    }
    let olmo = render_card("olmo-3").await;
    assert!(
        !olmo.contains("Commonly described as"),
        "no empty claims box"
    );
}

#[tokio::test]
async fn the_footer_offers_the_dataset_for_download() {
    let html = render_app().await;
    assert!(html.contains(r#"href="models.json" download="open-model-chooser-models.json""#));
    assert!(html.contains(r#"href="models.csv" download="open-model-chooser-models.csv""#));
    assert!(html.contains(&dataset::embedded().dataset.citation));
}

#[tokio::test]
async fn every_fact_of_a_card_is_shown_with_its_source_and_confidence() {
    for model in &dataset::embedded().models {
        let html = render_card(&model.id).await;
        for (field, source) in model.sources() {
            assert!(
                html.contains(&format!(r#"href="{}""#, source.replace('&', "&amp;"))),
                "{}: the source of {field} is not linked",
                model.id
            );
        }
        for term in &model.terms {
            let text = term
                .text
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            assert!(
                html.contains(&text),
                "{}: term {:?} not shown",
                model.id,
                term.kind
            );
        }
        let marks = html.matches("[source, ").count();
        assert_eq!(
            marks,
            model.sources().len(),
            "{}: one confidence mark per fact",
            model.id
        );
    }
    let olmo = render_card("olmo-3").await;
    assert!(olmo.contains("<strong>Training data: </strong>yes, the data"));
    assert!(olmo.contains("<code>allenai/Olmo-3-1025-7B</code>"));
}
