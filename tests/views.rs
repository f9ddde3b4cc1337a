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
