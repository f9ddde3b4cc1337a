//! Native view tests: components rendered to HTML with Yew's server renderer and asserted on.
#![cfg(not(target_arch = "wasm32"))]

use open_model_chooser::catalog::Tier;
use open_model_chooser::components::app::AppProps;
use open_model_chooser::components::model_card::{ModelCard, ModelCardProps};
use open_model_chooser::components::static_sections::StaticSections;
use open_model_chooser::questions::Question;
use open_model_chooser::rows::KIND_ROWS;
use open_model_chooser::{dataset, App};
use yew::LocalServerRenderer;

async fn render_static_sections() -> String {
    LocalServerRenderer::<StaticSections>::new()
        .hydratable(false)
        .render()
        .await
}

/// The assembled dataset with its licence records, as the pre-render step reads it.
fn compiled() -> &'static open_model_chooser::catalog::Catalog {
    static CATALOG: std::sync::OnceLock<open_model_chooser::catalog::Catalog> =
        std::sync::OnceLock::new();
    CATALOG.get_or_init(|| {
        open_model_chooser::sources::load_compiled().unwrap_or_else(|p| panic!("{p}"))
    })
}

async fn render_licence_texts() -> String {
    use open_model_chooser::components::licence_texts::{LicenceTexts, LicenceTextsProps};
    LocalServerRenderer::<LicenceTexts>::with_props(LicenceTextsProps {
        catalog: compiled(),
    })
    .hydratable(false)
    .render()
    .await
}

async fn render_app() -> String {
    render_app_with(AppProps::default()).await
}

async fn render_app_with(props: AppProps) -> String {
    LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn the_first_screen_lists_every_model_with_its_tier() {
    let html = render_app().await;
    let catalog = dataset::catalogue();
    assert!(!catalog.models.is_empty());
    for model in catalog.models.iter() {
        let hook = format!(
            r#"data-model-id="{}" data-tier="{}""#,
            model.id,
            model.tier().id()
        );
        assert!(html.contains(&hook), "missing {hook} in\n{html}");
        // A row the page does not display at load (after its kind's first three) is its bare
        // element; the others name their model.
        let row = &html[html.find(&hook).unwrap()..];
        let row = &row[..row.find("</li>").unwrap()];
        assert!(
            row.ends_with('>') && !row.contains("<h4>") || row.contains(&*model.name),
            "{row}"
        );
    }
    let whole: usize = Tier::ALL
        .iter()
        .map(|&t| {
            catalog
                .models
                .iter()
                .filter(|m| m.tier() == t)
                .count()
                .min(open_model_chooser::rows::KIND_ROWS)
        })
        .sum();
    assert_eq!(
        html.matches("<h4>").count(),
        whole,
        "the rows displayed are whole"
    );
    assert_eq!(
        html.matches("data-model-id=").count(),
        catalog.models.len(),
        "each model is shown exactly once"
    );
}

#[tokio::test]
async fn models_are_grouped_under_their_tier_headings_in_order() {
    let html = render_app().await;
    let catalog = dataset::catalogue();
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
async fn the_static_sections_are_not_part_of_the_app() {
    // They are rendered once into index.html beside the app (xtask/src/prerender.rs); the app
    // rendering them too would show them twice.
    let (app, sections) = (render_app().await, render_static_sections().await);
    for hook in ["omc-explainer-heading", "omc-footer"] {
        assert!(sections.contains(hook), "{hook}");
        assert!(!app.contains(hook), "{hook} is in the app");
    }
    assert!(app.contains("Share and embed"));
}

#[tokio::test]
async fn the_footer_names_the_dataset_version_and_licence() {
    let html = render_static_sections().await;
    let info = &dataset::catalogue().dataset;
    assert!(html.contains(&format!("Dataset version {}", info.version)));
    assert!(html.contains(&format!(r#"href="{}" rel="license""#, info.licence.url)));
    assert!(
        html.contains(&format!("as of {}", info.as_of)),
        "the footer shows the dataset's date"
    );
}

#[tokio::test]
async fn a_card_links_its_licence_and_marks_confidence_in_words() {
    let model = dataset::catalogue().model("llama-4-scout").unwrap();
    let html = render_card("llama-4-scout").await;
    assert!(html.contains(&format!(r#"href="{}""#, model.licence.url)));
    assert!(html.contains("(not OSI-approved)"));
    assert!(html.contains("downloadable after accepting terms"));
    assert!(html.contains("[source, verified]"));
    assert!(html.contains("109B parameters (17B active), 10,000,000-token context"));
}

#[tokio::test]
async fn an_opened_card_shows_an_earlier_licence_and_the_permissive_ruling_with_their_sources() {
    use open_model_chooser::catalog::{Confidence, EarlierLicence, Fact, List};
    // A release whose licence changed says so, with both sources; a permissive licence that
    // OSI has not approved says so, with its source.
    let mut model = dataset::catalogue()
        .model("nemotron-4-340b")
        .unwrap()
        .clone();
    model.licence.earlier = List::leak(vec![EarlierLicence {
        name: "Earlier Licence 1.0".into(),
        url: "https://example.org/earlier".into(),
        until: "2025-11".into(),
        change: "Display duty added above 100M users.".into(),
        source: "https://example.org/changelog".into(),
        confidence: Confidence::Verified,
        checked: "2026-11-29".into(),
    }]);
    model.licence.permissive = Some(Fact {
        value: true,
        note: None,
        quote: None,
        source: "https://example.org/ruling".into(),
        confidence: Confidence::Likely,
        checked: "2026-11-29".into(),
    });
    let model: &'static _ = Box::leak(Box::new(model));
    let html = render_model(model, None, true).await;
    assert!(html.contains("Licence changed"), "{html}");
    assert!(html.contains("Until 2025-11: <a href=\"https://example.org/earlier\""));
    assert!(html.contains("Display duty added above 100M users."));
    assert!(html.contains("https://example.org/changelog"));
    assert!(html.contains("Permissive licence, not OSI-approved"));
    assert!(html.contains("https://example.org/ruling"));
    assert!(
        html.contains("a permissive licence that is not OSI-approved")
            || html.contains("is not OSI-approved")
    );
}

#[tokio::test]
async fn a_card_fills_its_details_box_only_once_opened() {
    let model = dataset::catalogue().model("olmo-3").unwrap();
    let (closed, opened) = (
        render_card_with("olmo-3", false).await,
        render_card("olmo-3").await,
    );
    let term = &*model.terms[0].text;
    assert!(
        closed.contains(r#"aria-expanded="false" class="omc-row-toggle">"#),
        "no aria-controls while nothing is controlled"
    );
    assert!(!closed.contains(term) && !closed.contains("data-details"));
    assert!(opened.contains(r#"aria-expanded="true" aria-controls="omc-details-olmo-3""#));
    assert!(opened.contains(r#"data-details="open""#));
    assert!(opened.contains(r#"<div id="omc-details-olmo-3" role="region" aria-labelledby="omc-model-olmo-3" class="omc-details">"#));
    assert!(opened.contains(term) && opened.contains("What is released"));
    // Every release fact's note is shown, the weights' included.
    let release = &model.release;
    for note in [
        &release.weights.note,
        &release.training_code.note,
        &release.training_data.note,
    ]
    .into_iter()
    .flatten()
    {
        assert!(opened.contains(&**note), "{note}");
    }
}

/// A card on its own, its details box opened.
async fn render_card(id: &str) -> String {
    render_card_with(id, true).await
}

async fn render_card_with(id: &str, open: bool) -> String {
    let model = dataset::catalogue()
        .model(id)
        .unwrap_or_else(|| panic!("{id} is in the dataset"));
    render_model(model, None, open).await
}

/// `model`'s card on its own, with `assessment` as its verdict.
async fn render_model(
    model: &'static open_model_chooser::catalog::Model,
    assessment: Option<std::rc::Rc<open_model_chooser::engine::Assessment>>,
    open: bool,
) -> String {
    LocalServerRenderer::<ModelCard>::with_props(ModelCardProps {
        model,
        assessment,
        compared: false,
        compare_full: false,
        open,
        hidden: false,
        bare: false,
        dispatch: None,
        facts: Default::default(),
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn every_card_explains_its_tier() {
    for model in dataset::catalogue().models.iter() {
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
    let claims = &dataset::catalogue()
        .model("deepseek-v3")
        .unwrap()
        .commonly_described_as;
    assert!(!claims.is_empty());
    assert!(html.contains("Commonly described as"));
    assert!(html.contains("In fact: "));
    for claim in claims.iter() {
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
    let html = render_static_sections().await;
    assert!(html.contains(r#"href="models.json" download="open-model-chooser-models.json""#));
    assert!(html.contains(r#"href="models.csv" download="open-model-chooser-models.csv""#));
    assert!(html.contains(&dataset::catalogue().dataset.citation()));
}

#[tokio::test]
async fn every_fact_of_a_card_is_shown_with_its_source_and_confidence() {
    for model in dataset::catalogue().models.iter() {
        let html = render_card(&model.id).await;
        for (field, source) in model.sources() {
            assert!(
                html.contains(&format!(r#"href="{}""#, source.replace('&', "&amp;"))),
                "{}: the source of {field} is not linked",
                model.id
            );
        }
        for term in model.terms.iter() {
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
        // One mark per fact; the weights' fact is shown twice, in the summary and, with its
        // note, in the details box.
        let marks = html.matches("[source, ").count();
        assert_eq!(
            marks,
            model.sources().len() + 1,
            "{}: one confidence mark per fact",
            model.id
        );
    }
    let olmo = render_card("olmo-3").await;
    assert!(olmo.contains("<strong>Training data: </strong>yes, the data"));
    assert!(olmo.contains("<code>allenai/Olmo-3-1025-7B</code>"));
}

async fn render_with(query: &str) -> String {
    render_app_with(AppProps {
        query: Some(query.to_owned().into()),
        ..Default::default()
    })
    .await
}

#[tokio::test]
async fn a_fresh_page_asks_the_first_question_and_every_model_fits() {
    let html = render_with("").await;
    assert!(
        html.contains(r#"<h2 id="omc-step-heading" tabindex="-1">Step 1 of 8</h2>"#),
        "{html}"
    );
    assert!(html.contains("<legend>Where should the model run?</legend>"));
    for value in ["self", "api", "unsure"] {
        assert!(
            html.contains(&format!(
                r#"<input value="{value}" type="radio" id="omc-deploy-{value}" name="deploy">"#
            )),
            "{value}"
        );
    }
    assert_eq!(html.matches(r#"aria-current="step""#).count(), 1);
    assert!(html.contains(r#"data-recommendation="undecided""#));
    let n = dataset::catalogue().models.len();
    assert_eq!(html.matches(r#"data-verdict="match""#).count(), n);
    assert!(html.contains(&format!("{n} of {n} models fit your answers.")));
    assert!(html.contains(r#"aria-live="polite""#));
}

#[tokio::test]
async fn every_step_renders_its_question_as_native_radios() {
    let mut query = String::new();
    let steps = Question::ALL.len();
    for (i, q) in Question::ALL.into_iter().enumerate() {
        let html = render_with(&query).await;
        assert!(
            html.contains(&format!(">Step {} of {steps}</h2>", i + 1)),
            "step {} ({}) in {html}",
            i + 1,
            q.id()
        );
        assert!(
            html.contains(&format!(
                "<legend>{}</legend>",
                q.title().replace('\'', "&#39;")
            )) || html.contains(&format!("<legend>{}</legend>", q.title()))
        );
        assert_eq!(
            html.matches(&format!(r#"name="{}""#, q.id())).count(),
            q.choices().len()
        );
        assert!(html.contains(if i + 1 == steps {
            "See your answers"
        } else {
            ">Next<"
        }));
        query.push_str(if query.is_empty() { "?" } else { "&" });
        query.push_str(&format!("{}=unsure", q.id()));
    }
    let summary = render_with(&query).await;
    assert!(summary.contains(r#"<h2 id="omc-step-heading" tabindex="-1">Your answers</h2>"#));
    assert_eq!(summary.matches(">Change</button>").count(), steps);
}

#[tokio::test]
async fn answers_from_the_link_are_checked_and_drive_the_verdicts() {
    let html = render_with("?deploy=self&restrictions=no").await;
    assert!(html.contains(r#"data-recommendation="open-weights""#));
    assert!(html.contains(
        "Because you answered Where it runs: On my own hardware; Licence restrictions: No."
    ));
    for m in dataset::catalogue().models.iter() {
        let excluded = matches!(
            m.tier(),
            open_model_chooser::catalog::Tier::WeightsAvailable
                | open_model_chooser::catalog::Tier::Closed
        );
        // Restricted only by a usage policy whose binding is unknown: a condition (issue 16).
        let unknown = excluded
            && m.licence.is_permissive()
            && m.terms
                .iter()
                .filter(|t| t.restricts())
                .all(|t| t.binding == Some(open_model_chooser::catalog::Binding::Unknown));
        let hook = format!(
            r#"data-model-id="{}" data-tier="{}" data-verdict="{}""#,
            m.id,
            m.tier().id(),
            if unknown {
                "conditional"
            } else if excluded {
                "excluded"
            } else {
                "match"
            }
        );
        assert!(html.contains(&hook), "{hook}");
    }
    // Each row names the one reason that decides its verdict; the details list them all. (The
    // ruled-out rows are collapsed, and so bare, until shown or opened.)
    assert!(!html.contains("Rules it out (Licence restrictions): "));
    let opened = render_with("?deploy=self&restrictions=no&model=kimi-k2.5").await;
    assert!(opened.contains("Does not fit: "));
    assert!(opened.contains("Rules it out (Licence restrictions): "));
}

/// The `<li>` of model `id` in `html`, up to its first child.
fn row_tag<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!(r#"data-model-id="{id}""#))
        .unwrap_or_else(|| panic!("{id} has a row"));
    let start = html[..at].rfind("<li").unwrap();
    &html[start..start + html[start..].find('>').unwrap()]
}

#[tokio::test]
async fn the_find_box_hides_rows_but_keeps_their_hooks() {
    let html = render_with("?q=qwen").await;
    assert!(html.contains(r#"<input value="qwen" type="search" id="omc-find""#));
    assert!(html.contains(r#"<label for="omc-find">Find a model</label>"#));
    let catalog = dataset::catalogue();
    let matching = catalog.models.iter().filter(|m| m.matches("qwen")).count();
    assert!(matching >= 2 && matching < catalog.models.len());
    assert!(html.contains(&format!(
        "Showing {matching} of {}; {matching} fit your answers.",
        catalog.models.len()
    )));
    for m in catalog.models.iter() {
        let tag = row_tag(&html, &m.id);
        assert!(tag.contains(r#"data-verdict="match""#), "{tag}");
        assert_eq!(tag.contains("hidden"), !m.matches("qwen"), "{tag}");
    }
    // Markup in the find text is text.
    let html = render_with("?q=%3Cb%3Ex").await;
    assert!(html.contains(r#"<input value="&lt;b&gt;x""#) && !html.contains("<b>x"));
    assert!(html.contains("Showing 0 of"));
}

#[tokio::test]
async fn ruled_out_models_are_collapsed_into_a_button_per_kind() {
    let html = render_with("?restrictions=no").await;
    for m in dataset::catalogue().models.iter() {
        let tag = row_tag(&html, &m.id);
        let excluded = tag.contains(r#"data-verdict="excluded""#);
        assert_eq!(tag.contains("hidden"), excluded, "{tag}");
    }
    assert!(html.contains(r#"aria-expanded="false" class="omc-quiet omc-ruled-out">Show the "#));
    // A link to a ruled-out model shows it, open.
    let html = render_with("?restrictions=no&model=gpt-5").await;
    let tag = row_tag(&html, "gpt-5");
    assert!(
        !tag.contains("hidden") && tag.contains(r#"data-details="open""#),
        "{tag}"
    );
}

#[tokio::test]
async fn the_embedded_view_shows_its_first_rows_and_a_show_all_button() {
    let html = render_with("?embed=1").await;
    let catalog = dataset::catalogue();
    let shown = catalog
        .models
        .iter()
        .filter(|m| !row_tag(&html, &m.id).contains("hidden"))
        .count();
    assert_eq!(shown, open_model_chooser::rows::EMBED_ROWS);
    assert!(html.contains(&format!("Show all {} models", catalog.models.len())));
    assert!(!html.contains("omc-more-toggle"), "embedded, one cap only");
    let full = render_with("").await;
    assert!(!full.contains("omc-show-all"));
}

/// The full page shows a few rows of each kind and a native checkbox per kind to show them all
/// (a CSS cap, `styles/main.css`, which works without JavaScript); every row keeps its hooks.
#[tokio::test]
async fn the_full_page_offers_to_show_all_models_of_a_kind() {
    use open_model_chooser::catalog::Tier;
    use open_model_chooser::rows::KIND_ROWS;
    let html = render_with("").await;
    let catalog = dataset::catalogue();
    for tier in Tier::ALL {
        let count = catalog.models.iter().filter(|m| m.tier() == tier).count();
        let boxed = html.contains(&format!(
            r#"<input type="checkbox" id="omc-more-{}" class="omc-more-toggle">"#,
            tier.id()
        ));
        assert_eq!(boxed, count > KIND_ROWS, "{tier:?}");
        if boxed {
            assert!(html.contains(&format!("Show all {count} models of this kind")));
        }
    }
    for m in catalog.models.iter() {
        assert!(html.contains(&format!(r#"data-model-id="{}""#, m.id)));
    }
    let css = include_str!("../styles/main.css");
    assert!(
        css.contains(&format!(".omc-row:nth-child(n+{})", KIND_ROWS + 1)),
        "the CSS cap matches KIND_ROWS"
    );
}

#[tokio::test]
async fn hardware_is_not_a_step_when_the_model_runs_behind_an_api() {
    let html = render_with("?deploy=api").await;
    assert!(html.contains(">Step 2 of 7</h2>"));
    assert!(!html.contains(r#"name="hardware""#));
    assert!(html.contains(r#"data-recommendation="closed""#));
}

#[tokio::test]
async fn an_invalid_link_value_gets_a_polite_notice_and_is_never_echoed() {
    let html = render_with("?deploy=%3Cscript%3Ealert(1)%3C/script%3E&scale=business").await;
    assert!(html.contains("Part of this link was not understood"));
    assert!(html.contains("\u{201c}deploy\u{201d}"));
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("alert(1)"));
    assert!(
        html.contains("(answered: A business)"),
        "the valid answer is kept"
    );
    let clean = render_with("?scale=business&utm_source=newsletter").await;
    assert!(
        !clean.contains("Part of this link"),
        "unknown keys are ignored silently"
    );
}

#[tokio::test]
async fn the_comparison_shows_the_chosen_models_side_by_side() {
    let html = render_with("?compare=olmo-3,gpt-5").await;
    assert!(html.contains("Side by side"));
    let table = &html[html.find("<table>").unwrap()..html.find("</table>").unwrap()];
    assert!(
        table.contains(">Olmo 3</a></th>") && table.contains(">GPT-5</a></th>"),
        "{table}"
    );
    assert!(table.contains("<th scope=\"row\">Training data</th>"));
    // Each compared model's row, where the page displays it whole, says it is compared.
    for id in ["olmo-3", "gpt-5"] {
        let tag = row_tag(&html, id);
        let row = &html[html.find(tag).unwrap()..];
        let row = &row[..row.find("</li>").unwrap()];
        assert!(
            row.ends_with('>') && !row.contains("<h4>") || row.contains(r#"aria-pressed="true""#),
            "{row}"
        );
    }
    assert!(!render_with("").await.contains("Side by side"));
}

#[tokio::test]
async fn the_explainer_covers_every_kind_and_links_every_licence_text() {
    let html = render_static_sections().await;
    let start = html
        .find(r#"<section aria-labelledby="omc-explainer-heading""#)
        .unwrap();
    let explainer = &html[start..];
    for tier in open_model_chooser::catalog::Tier::ALL {
        assert!(
            explainer.contains(&format!("<dt>{}</dt>", tier.name())),
            "{}",
            tier.id()
        );
    }
    assert!(explainer.contains("This is not legal advice."));
    // The licence texts are a page of their own (licences.html), linked with their number.
    let texts: std::collections::BTreeSet<&str> = dataset::catalogue()
        .models
        .iter()
        .map(|m| &*m.licence.url)
        .collect();
    assert!(
        explainer.contains(&format!(
            r#"<a href="licences.html">the {} licence texts, with the models under each</a>"#,
            texts.len()
        )),
        "{explainer}"
    );
}

/// The licences page links every licence text once, and lists every model under its own.
#[tokio::test]
async fn the_licence_texts_page_links_every_text_with_its_models() {
    let html = render_licence_texts().await;
    assert!(html.contains("<h1>The licences</h1>"));
    assert!(html.contains("This is not legal advice."));
    let escape = |s: &str| s.replace('&', "&amp;");
    for m in dataset::catalogue().models.iter() {
        let link = format!(
            r#"<a href="{}" class="omc-licence-text">"#,
            escape(&m.licence.url)
        );
        assert_eq!(
            html.matches(&link).count(),
            1,
            "{} is linked once",
            m.licence.url
        );
        let view = &html[..html.find(&link).unwrap()];
        let view = &html[view.rfind("<details").unwrap()..];
        let view = &view[..view.find("</details>").unwrap()];
        assert!(
            view.contains(&format!(
                "<li>{}: {}</li>",
                escape(&m.name),
                m.tier().name()
            )),
            "{} is listed under {} with its tier",
            m.id,
            m.licence.name
        );
    }
}

/// Issue 20: every licence is a native `<details>` (readable without JavaScript) carrying its
/// three lists complete: every item, with its status in words, and each record's plain sentence
/// with the licence's own words beside it.
#[tokio::test]
async fn every_licence_has_a_view_with_its_three_lists_complete() {
    use open_model_chooser::licence_view::{items, ruling, ITEMS};
    let html = render_licence_texts().await;
    // Text content: the renderer escapes these three.
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let catalog = compiled();
    assert!(catalog.licences.len() >= 40);
    assert_eq!(
        html.matches("<details id=\"licence-").count(),
        catalog.licences.len()
    );
    for licence in catalog.licences.iter() {
        // The contents list links the view, whose id is the public anchor.
        assert!(html.contains(&format!(r##"<a href="#licence-{}">"##, licence.id)));
        assert!(html.contains(&format!(r#"<details id="licence-{}""#, licence.id)));
        let open = format!(r#"data-licence-id="{}""#, licence.id);
        let at = html
            .find(&open)
            .unwrap_or_else(|| panic!("{} has a view", licence.id));
        let view = &html[at..];
        let view = &view[..view.find("</details>").unwrap()];
        assert!(view.contains(&escape(&ruling(licence))), "{}", licence.id);
        for title in ["Permissions", "Conditions", "Limitations"] {
            assert!(
                view.contains(&format!("<h3>{title}</h3>")),
                "{} {title}",
                licence.id
            );
        }
        for item in items(licence) {
            let li = format!(r#"id="licence-{}-{}""#, licence.id, item.kind.id);
            let at = view
                .find(&li)
                .unwrap_or_else(|| panic!("{}: {} is never left out", licence.id, item.kind.id));
            let li = &view[at..];
            let li = &li[..li.find("</li>").unwrap()];
            assert!(li.contains(&format!(r#"data-status="{}""#, item.status.word())));
            assert!(
                li.contains(&format!("<strong>{}: ", item.kind.label)),
                "{li}"
            );
            for term in &item.terms {
                assert!(li.contains(&escape(&term.text)), "{li}");
                if let Some(quote) = term.quote.as_deref() {
                    assert!(
                        li.contains(&escape(quote)),
                        "{}: {}",
                        licence.id,
                        item.kind.id
                    );
                }
            }
        }
        assert_eq!(view.matches("<li id=\"licence-").count(), ITEMS.len());
    }
}

/// A kind the licence leaves to each model shows each model's own record, not a bare "unknown".
#[tokio::test]
async fn a_kind_left_to_each_model_shows_each_models_record() {
    let html = render_licence_texts().await;
    let at = html
        .find(r#"id="licence-llama-3.2-regional""#)
        .expect("the item");
    let li = &html[at..];
    let li = &li[..li.find("</li>").unwrap()];
    assert!(
        li.contains("The licence record leaves it to each model."),
        "{li}"
    );
    for m in compiled()
        .models
        .iter()
        .filter(|m| &*m.licence.id == "llama-3.2")
    {
        assert!(
            li.contains(&format!("<strong>{}: </strong>", m.name)),
            "{li}"
        );
    }
}

#[tokio::test]
async fn the_full_page_offers_share_and_embed_snippets() {
    let html = render_with("?deploy=self&scale=business").await;
    assert!(html.contains("Share and embed"));
    let start = html.find("data-embed-snippet").expect("the snippet hook");
    let snippet = &html[start..html[start..].find("</pre>").unwrap() + start];
    // Text, escaped once by the renderer: the reader sees the snippet's own `&amp;`.
    assert!(
        snippet.contains(r#"theme="auto" answers="deploy=self&amp;amp;scale=business"&gt;"#),
        "{snippet}"
    );
    assert!(snippet.contains("&lt;open-model-chooser src="), "{snippet}");
    assert!(snippet.contains(r#"embed.js" async&gt;&lt;/script&gt;"#));
    // One radio per kind of site, the first (plain HTML) chosen.
    assert_eq!(html.matches(r#"name="omc-embed-host""#).count(), 3);
    assert_eq!(html.matches("checked").count(), 1, "{html}");
}

#[tokio::test]
async fn the_page_rendered_at_build_time_has_no_share_panel_and_only_the_first_rows() {
    // Its copy buttons and snippets only work once the app runs in the browser.
    let html = render_app_with(AppProps {
        query: Some("".into()),
        prerender: true,
        ..Default::default()
    })
    .await;
    assert!(!html.contains("Share and embed"));
    // The rows that show on the first screen, the first of each kind, and no other: the page's
    // weight does not grow with the catalogue (the app adds the others as it starts).
    let catalogue = dataset::catalogue();
    let mut expected = Vec::new();
    for tier in Tier::ALL {
        let kind = catalogue.models.iter().filter(|m| m.tier() == tier);
        expected.extend(
            kind.take(KIND_ROWS)
                .map(|m| format!("data-model-id=\"{}\"", m.id)),
        );
    }
    assert_eq!(html.matches("data-model-id=").count(), expected.len());
    assert!(expected.len() < catalogue.models.len());
    for row in &expected {
        assert!(html.contains(row.as_str()), "{row}");
    }
    // Their "Show all" boxes wait for the app, which has the other rows.
    assert!(html.contains(r#"class="omc omc-prerendered""#));
    // The whole app, at once, when not pre-rendering.
    let live = render_with("").await;
    assert_eq!(
        live.matches("data-model-id=").count(),
        catalogue.models.len()
    );
    assert!(!live.contains("omc-prerendered"));
}

#[tokio::test]
async fn the_embed_view_has_no_page_chrome_and_links_the_full_page() {
    let html = render_with("?embed=1&deploy=api&theme=dark").await;
    assert!(!html.contains("<h1>"));
    assert!(!html.contains("Share and embed"));
    assert!(html.contains(r#"<a href="./?deploy=api&amp;theme=dark" target="_blank" rel="noopener">Open full page"#), "{}", &html[..600]);
    assert!(
        html.contains(r#"data-recommendation="closed""#),
        "the whole flow is there"
    );
    // The full page's header is static, in index.html, outside the app.
    let full = render_with("?deploy=api").await;
    assert!(!full.contains("<h1>") && !full.contains("Open full page"));
}

#[tokio::test]
async fn every_row_names_its_model_vendor_kind_and_licence() {
    // Every row as the page renders it whole (after a kind's first three, once its "Show all"
    // box is ticked).
    let html = render_app().await;
    let escape = |s: &str| s.replace('&', "&amp;");
    for m in dataset::catalogue().models.iter() {
        let tag = row_tag(&html, &m.id);
        assert!(!tag.contains("hidden"), "{tag}");
        let row = render_model(m, None, false).await;
        assert!(row.contains(&escape(&m.name)), "{}", m.id);
        assert!(
            row.contains(&format!(
                "{} · {} · {}",
                escape(&m.vendor.value),
                m.tier().name(),
                escape(&m.licence.name)
            )),
            "{row}"
        );
    }
    // Every licence text is linked from the licence texts page, which the static sections link.
    let texts = render_licence_texts().await;
    for m in dataset::catalogue().models.iter() {
        assert!(
            texts.contains(&format!(r#"href="{}""#, escape(&m.licence.url))),
            "{}",
            m.id
        );
    }
}

/// Issue 16: a reader who opens a model sees, under each reason, the words of the licence or card
/// that decide it, and under each fact the words behind it; as text, never as markup.
#[tokio::test]
async fn an_opened_card_shows_the_sources_own_words_under_each_reason_and_fact() {
    use open_model_chooser::engine::assess;
    use open_model_chooser::questions::{Answers, Question};
    let model = dataset::catalogue().model("mistral-medium-3.5").unwrap();
    let mut answers = Answers::default();
    answers.set(Question::Scale, "large");
    let assessment = assess(model, &answers);
    let reason = assessment
        .reasons
        .first()
        .expect("a reason for scale=large");
    let quote = reason.quote.expect("the deciding clause");
    let html = render_model(model, Some(std::rc::Rc::new(assessment.clone())), true).await;
    let reasons = &html[html.find("omc-reasons").unwrap()..];
    let shown = format!("\u{201c}{}\u{201d}", escape(quote));
    assert!(reasons.contains(&shown), "{reasons}");
    // The card links its licence's view on the licences page (issue 20).
    assert!(
        html.contains(&format!(
            r#"<a href="licences.html#licence-{}" target="_top">What it permits, requires and forbids</a>"#,
            model.licence.id
        )),
        "{html}"
    );
    // Every quoted fact of the card shows its quote.
    for q in [
        model.licence.quote.unwrap(),
        model.release.weights.quote.unwrap(),
    ] {
        assert!(html.contains(&escape(&q)), "{q}");
    }

    // A quote is text: markup in it is escaped, never rendered.
    let mut hostile = model.clone();
    hostile.licence.quote = Some("<img src=x onerror=alert(1)> & \"words\"".into());
    let hostile: &'static _ = Box::leak(Box::new(hostile));
    let html = render_model(hostile, None, true).await;
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

/// HTML text escaping as Yew's server renderer writes it.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
