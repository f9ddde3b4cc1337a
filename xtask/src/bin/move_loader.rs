//! The loader step alone (`omc_xtask::prerender::move_loader`), for a page that has no
//! pre-rendered screen of the widget: the minimal Yew app the report measures against
//! (`bench/minimal-yew/postbuild.sh`). Trunk's inline loader becomes the widget's two stages
//! beside the page, `loader-<hash>.js` (the page's only script) and `start-<hash>.js` (imported
//! after the first paint, with wasm-bindgen's JS bundled in), the preloads go, and so do the
//! page's comments and blank lines, as in the widget's build. The loader fetches a data file
//! beside the wasm and hands it to the wasm's `start`, as the widget's does with its catalogue:
//! the minimal app's is empty, `catalogue-<hash>.bin`.
//!
//! ```text
//! cargo run -p omc-xtask --bin move-loader -- target/report/dist-minimal-yew/index.html
//! ```

fn main() {
    let path = std::path::PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: move-loader <path to the built index.html>"),
    );
    let html = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let dir = path.parent().expect("index.html is in a folder");
    let data: &[u8] = &[];
    let data_file = omc_xtask::prerender::catalogue_file(data);
    std::fs::write(dir.join(&data_file), data).expect("write the data file");
    let (html, loader) =
        omc_xtask::prerender::move_loader(&html, &data_file).unwrap_or_else(|e| panic!("{e}"));
    loader.write(dir).expect("write the loader");
    std::fs::write(&path, omc_xtask::prerender::without_comments(&html)).expect("write index.html");
    println!(
        "moved the loader of {} to {} and {}",
        path.display(),
        loader.first.file,
        loader.second.file
    );
}
