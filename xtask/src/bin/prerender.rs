//! `scripts/postbuild.sh`'s pre-render step (`omc_xtask::prerender`): the first screen and the
//! static sections into `index.html`, the loader, the whole records and the downloads.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    use open_model_chooser::components::app::AppProps;
    let path = std::path::PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: prerender <path to the built index.html>"),
    );
    let html = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let screen = yew::LocalServerRenderer::<open_model_chooser::App>::with_props(AppProps {
        query: Some("".into()),
        prerender: true,
        ..Default::default()
    })
    .hydratable(false)
    .render()
    .await;
    let sections = yew::LocalServerRenderer::<
        open_model_chooser::components::static_sections::StaticSections,
    >::new()
    .hydratable(false)
    .render()
    .await;
    // The data beside the wasm (src/dataset.rs): the models without their details, which the
    // loader fetches with the wasm, and every model's whole record, which the widget fetches when
    // a reader first needs one; each named by its content.
    use open_model_chooser::dataset::{FULL_FILE, LEAN_FILE};
    let files = omc_xtask::prerender::DataFiles::named(LEAN_FILE, FULL_FILE);
    let (html, loader) = omc_xtask::prerender::rewrite(&html, &screen, &sections, &files)
        .unwrap_or_else(|e| panic!("{e}"));
    let dir = path.parent().expect("index.html is in a folder");
    std::fs::write(dir.join(&files.catalogue), LEAN_FILE).expect("write the catalogue file");
    std::fs::write(dir.join(&files.facts), FULL_FILE).expect("write the facts file");
    // The downloads, from the same assembled catalogue: they cannot drift from `data/`.
    // Assembled again from the folder this build compiled in, for the licence records, which the
    // packed form leaves out.
    let catalog = &open_model_chooser::sources::load_compiled().unwrap_or_else(|p| panic!("{p}"));
    use open_model_chooser::export;
    for (name, text) in [
        ("models.json", export::models_json(catalog)),
        ("licences.json", export::licences_json(catalog)),
        ("models.csv", export::to_csv(catalog)),
    ] {
        std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    }
    // The licence texts, a page of their own beside the chooser's, static like its sections.
    use open_model_chooser::components::licence_texts::{LicenceTexts, LicenceTextsProps};
    let catalog: &'static _ = Box::leak(Box::new(catalog.clone()));
    std::fs::write(
        dir.join("licences.csv"),
        open_model_chooser::licence_view::to_csv(&catalog.licences),
    )
    .expect("write licences.csv");
    let licences =
        yew::LocalServerRenderer::<LicenceTexts>::with_props(LicenceTextsProps { catalog })
            .hydratable(false)
            .render()
            .await;
    let licences =
        omc_xtask::prerender::licences_page(&html, &licences).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("licences.html"), licences).expect("write licences.html");
    loader.write(dir).expect("write the loader");
    std::fs::write(&path, html).expect("write index.html");
    println!(
        "pre-rendered {} and moved the loader to {} and {}",
        path.display(),
        loader.first.file,
        loader.second.file
    );
}
