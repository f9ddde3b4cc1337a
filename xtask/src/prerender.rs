//! The post-build step of release builds (`scripts/postbuild.sh`, run by Trunk), on the built
//! `index.html`:
//!
//! 1. The first screen, rendered by Yew's server renderer from the same view code, replaces the
//!    loading placeholder: readers see content at once, search engines index it, and readers
//!    without JavaScript or WebAssembly still get the first models of each kind. The app then
//!    replaces it with the same markup, and every row. The sections that never change
//!    (`StaticSections`: the kinds of model, the licence texts, the dataset footer) go beside it,
//!    and only there: the app never renders them.
//! 2. Trunk's inline module loader moves to files, in two stages: a strict Content-Security-Policy
//!    (`script-src 'self'`) forbids inline scripts. The first stage (`loader.js`), the page's only
//!    script, waits for the first paint, then imports the second (`start.js`) while it fetches the
//!    wasm and the catalogue; it also puts a notice above the pre-rendered content if any of them
//!    cannot load or start. `scripts/postbuild-lib.sh` then bundles wasm-bindgen's JS into the
//!    second stage (esbuild drops the parts it never uses) and minifies both. That step alone is
//!    `move_loader`, which the minimal Yew app of the report uses too
//!    (`cargo run -p omc-xtask --bin move-loader -- <index.html>`).
//!
//! ```text
//! cargo run -p omc-xtask --bin prerender -- dist/index.html
//! ```

/// The loader's first stage, the page's only script, with `__START_FILE__`, `__WASM_FILE__` and
/// `__CATALOGUE_FILE__` for the second stage, the wasm and the data file.
pub const LOADER: &str = include_str!("loader.js");

/// The loader's second stage, with `__JS_FILE__` for wasm-bindgen's JS, which the build bundles
/// into it.
pub const START: &str = include_str!("start.js");

/// The names of the two data files published beside the widget, each named by its content so
/// that no cache ever serves another build's.
pub struct DataFiles {
    /// The models without their details, which the loader fetches beside the wasm.
    pub catalogue: String,
    /// Every model's whole record, which the widget fetches when a reader first needs one.
    pub facts: String,
}

impl DataFiles {
    pub fn named(catalogue: &[u8], facts: &[u8]) -> DataFiles {
        DataFiles {
            catalogue: catalogue_file(catalogue),
            facts: format!("facts-{:016x}.bin", fnv1a(facts)),
        }
    }
}

/// The name of the data file the loader fetches beside the wasm, from its content.
pub fn catalogue_file(bytes: &[u8]) -> String {
    format!("catalogue-{:016x}.bin", fnv1a(bytes))
}

/// A script to write beside the page: its file name, from its content, and its code.
pub struct Script {
    pub file: String,
    pub code: String,
}

impl Script {
    /// `code`, named `<stem>-<hash of code>.js`, so that no cache ever serves a stale one.
    fn named(stem: &str, code: String) -> Script {
        let file = format!("{stem}-{:016x}.js", fnv1a(code.as_bytes()));
        Script { file, code }
    }
}

/// The two stages of the loader that replaces Trunk's inline one.
pub struct Loader {
    /// `loader-<hash>.js`, the page's only script (`loader.js`).
    pub first: Script,
    /// `start-<hash>.js`, which the first stage imports after the first paint (`start.js`).
    pub second: Script,
}

impl Loader {
    /// Writes both stages into `dir`, the page's folder.
    pub fn write(&self, dir: &std::path::Path) -> std::io::Result<()> {
        for script in [&self.first, &self.second] {
            std::fs::write(dir.join(&script.file), &script.code)?;
        }
        Ok(())
    }
}

/// Puts `screen` between the pre-render markers and `sections` between the static ones, and
/// replaces Trunk's inline module script with the loader's first stage (`move_loader`): returns
/// the new page and the loader's two stages to write beside it. The page loses its comments (the markers included) and blank lines:
/// they are for the people who edit `index.html`, not for the readers who download it.
pub fn rewrite(
    html: &str,
    screen: &str,
    sections: &str,
    files: &DataFiles,
) -> Result<(String, Loader), String> {
    let facts_file = &files.facts;
    let out = fill(html, "omc-prerender", screen)?;
    let mut out = fill(&out, "omc-static", sections)?;
    // The widget reads the name of the file of whole records from its root element.
    let root = "<div id=\"open-model-chooser\"";
    let at = out.find(root).ok_or("no #open-model-chooser element")? + root.len();
    out.insert_str(at, &format!(" data-facts=\"{facts_file}\""));

    let (out, loader) = move_loader(&out, &files.catalogue)?;
    Ok((without_comments(&out), loader))
}

/// The licence texts page (`licences.html`) from the chooser's finished page `index_html` and the
/// page's pre-rendered `body`: the same head (stylesheet, icon, colour scheme) with its own title
/// and description, and no script at all.
pub fn licences_page(index_html: &str, body: &str) -> Result<String, String> {
    let head_end = index_html
        .find("</head>")
        .ok_or("no </head> in index.html")?;
    let mut head = index_html[..head_end].to_owned();
    // No script: the page is static.
    while let Some(at) = head.find("<script") {
        let end = head[at..]
            .find("</script>")
            .ok_or("a <script> without its end in index.html")?;
        head.replace_range(at..at + end + "</script>".len(), "");
    }
    let title_at = head.find("<title>").ok_or("no <title> in index.html")?;
    let title_end = head[title_at..].find("</title>").ok_or("no </title>")? + title_at;
    head.replace_range(
        title_at..title_end + "</title>".len(),
        "<title>The licences: what each permits, requires and forbids (Open Model Chooser)</title>",
    );
    if let Some(name) = head.find("name=\"description\"") {
        let at = head[..name]
            .rfind("<meta")
            .ok_or("a description outside <meta>")?;
        let end = head[name..].find('>').ok_or("an unclosed description")? + name;
        head.replace_range(
            at..=end,
            "<meta name=\"description\" content=\"What each licence and terms-of-service text of the AI models in the Open Model Chooser permits, requires and forbids, in its own words, with the models under it.\">",
        );
    }
    Ok(format!("{head}</head>\n<body>{body}</body>\n</html>\n"))
}

/// Replaces Trunk's inline module script in `html` with a `<script src>` of the loader's first
/// stage (`loader.js`, with the names of the second stage, of the wasm and of the data file it
/// fetches beside it, `catalogue_file`, filled in), writes the second stage (`start.js`, with
/// the name of wasm-bindgen's JS filled in), and removes the preloads of the JS and the wasm:
/// returns the new page and the two stages to write beside it. The widget's pre-render step uses
/// it, and so does the minimal Yew app the report measures against (`bench/minimal-yew`, the
/// `move-loader` bin): the same loader policy for both.
pub fn move_loader(html: &str, catalogue_file: &str) -> Result<(String, Loader), String> {
    let open = "<script type=\"module\">";
    let s = html
        .find(open)
        .ok_or("no inline module script from Trunk")?;
    let e = html[s..]
        .find("</script>")
        .map(|i| s + i + "</script>".len())
        .ok_or("unclosed script")?;
    let inline = &html[s + open.len()..e - "</script>".len()];
    let js = quoted_after(inline, "from ").ok_or("no import in Trunk's loader")?;
    let wasm = quoted_after(inline, "module_or_path: ").ok_or("no wasm path in Trunk's loader")?;
    // The loader sits beside wasm-bindgen's JS and the wasm, whatever the public URL: each stage
    // names the files it loads relative to itself, so that the post-build bundler finds the JS
    // on disk (an absolute `/app.js` is not a path it can resolve) and the wasm is fetched from
    // the loader's own folder.
    let prefix = &js[..js.rfind('/').map_or(0, |i| i + 1)];
    let js_file = &js[prefix.len()..];
    let wasm_file = &wasm[wasm.rfind('/').map_or(0, |i| i + 1)..];
    // Both stages are real JavaScript modules (`loader.js`, `start.js`), with the file names to
    // fill in. Each is named by its content; the first names the second, so a new second stage
    // gives a new first stage too.
    let second = Script::named("start", START.replace("__JS_FILE__", js_file));
    let first = Script::named(
        "loader",
        LOADER
            .replace("__START_FILE__", &second.file)
            .replace("__WASM_FILE__", wasm_file)
            .replace("__CATALOGUE_FILE__", catalogue_file),
    );
    let tag = format!(
        "<script type=\"module\" async src=\"{prefix}{}\"></script>",
        first.file
    );
    let mut out = html.to_owned();
    let preloads = [
        format!("<link rel=\"modulepreload\" href=\"{js}\""),
        format!("<link rel=\"preload\" href=\"{wasm}\""),
    ];
    out.replace_range(s..e, &tag);
    // `scripts/postbuild-lib.sh` bundles wasm-bindgen's JS into the second stage, which is
    // fetched after the first paint: the JS's preload would fetch a file that is no longer
    // there. The wasm's preload would fetch it before the first paint, which the loader waits
    // for.
    for preload in preloads {
        if let Some(p) = out.find(&preload) {
            let end = out[p..].find('>').map_or(out.len(), |i| p + i + 1);
            out.replace_range(p..end, "");
        }
    }
    Ok((out, Loader { first, second }))
}

/// `html` with `content` between `<!--name-->` and `<!--/name-->`, in place of what was there.
fn fill(html: &str, name: &str, content: &str) -> Result<String, String> {
    let (open, close) = (format!("<!--{name}-->"), format!("<!--/{name}-->"));
    let start = html
        .find(&open)
        .ok_or(format!("index.html has no {open} marker"))?
        + open.len();
    let end = html[start..]
        .find(&close)
        .map(|i| start + i)
        .ok_or(format!("index.html has no {close} marker"))?;
    Ok(format!("{}{content}{}", &html[..start], &html[end..]))
}

/// `html` without its comments and blank lines. The page holds no inline script or style,
/// and the server renderer escapes `<` in text, so every `<!--` starts a comment.
pub fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + "-->".len()..]);
    }
    out.push_str(rest);
    out.lines()
        .filter(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// The single-quoted string after `key` in `text`.
fn quoted_after<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let rest = &text[text.find(key)? + key.len()..];
    let rest = rest.strip_prefix('\'')?;
    Some(&rest[..rest.find('\'')?])
}

/// A 64-bit FNV-1a content hash for the names of the loader's files and of the data files, so
/// caches never serve a stale one.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> DataFiles {
        DataFiles {
            catalogue: "catalogue-fedcba9876543210.bin".into(),
            facts: "facts-0123456789abcdef.bin".into(),
        }
    }

    const BUILT: &str = "<html><head><!-- a note\n  for editors -->\n\n<script type=\"module\">\nimport init, * as bindings from './app-1.js';\nconst wasm = await init({ module_or_path: './app-1_bg.wasm' });\n</script><link rel=\"modulepreload\" href=\"./app-1.js\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"./app-1_bg.wasm\" as=\"fetch\"></head><body><div id=\"open-model-chooser\"><!--omc-prerender--><p>Loading</p><!--/omc-prerender--></div><div><!--omc-static--><!--/omc-static--></div></body></html>";

    #[test]
    fn the_screen_replaces_the_placeholder_and_the_loader_moves_out() {
        let (html, loader) =
            rewrite(BUILT, "<main>screen</main>", "<footer>f</footer>", &files()).unwrap();
        assert!(html.contains("<div id=\"open-model-chooser\" data-facts=\"facts-0123456789abcdef.bin\"><main>screen</main></div>"));
        assert!(html.contains("<div><footer>f</footer></div>"));
        assert!(!html.contains("<!--"), "no comment is left");
        assert!(
            !html.contains("modulepreload"),
            "the JS is bundled into the loader's second stage"
        );
        assert!(
            !html.contains("preload"),
            "no preload: the loader fetches the wasm after the first paint"
        );
        assert!(!html.contains("\n\n"), "no blank line is left");
        assert!(!html.contains("Loading"));
        assert!(
            !html.contains("<script type=\"module\">"),
            "no inline script is left"
        );
        let (first, second) = (&loader.first, &loader.second);
        assert!(first.file.starts_with("loader-") && first.file.ends_with(".js"));
        assert!(second.file.starts_with("start-") && second.file.ends_with(".js"));
        // The first stage, the page's only script, loads nothing before the first paint: the
        // second stage (wasm-bindgen's JS) only by a dynamic import, beside the wasm and the data.
        assert!(!first.code.contains("import init"), "no static import");
        assert!(first
            .code
            .contains(&format!("import('./{}'),", second.file)));
        assert!(first.code.contains("fetch(file('./app-1_bg.wasm')),"));
        assert!(first
            .code
            .contains("fetch(file('./catalogue-fedcba9876543210.bin')),"));
        assert!(first
            .code
            .contains("const file = (name) => new URL(name, import.meta.url);"));
        assert!(second
            .code
            .contains("import init, { start } from './app-1.js';"));
        assert!(second.code.contains("init({ module_or_path: module })"));
        for stage in [first, second] {
            assert!(!stage.code.contains("__"), "every name is filled in");
        }
        assert!(html.contains(&format!(
            "<script type=\"module\" async src=\"./{}\"></script>",
            first.file
        )));
        assert!(
            !html.contains(&second.file),
            "the page names only the first stage"
        );
    }

    #[test]
    fn each_stage_is_named_by_its_content() {
        // Another wasm-bindgen JS (Trunk names it by the build's hash): another second stage,
        // and so another first stage, which names it. The same build: the same names.
        let (_, loader) = rewrite(BUILT, "s", "f", &files()).unwrap();
        let (_, again) = rewrite(BUILT, "s", "f", &files()).unwrap();
        assert_eq!(loader.first.file, again.first.file);
        assert_eq!(loader.second.file, again.second.file);
        let other = BUILT.replace("app-1.js", "app-2.js");
        let (_, other) = rewrite(&other, "s", "f", &files()).unwrap();
        assert_ne!(loader.second.file, other.second.file);
        assert_ne!(loader.first.file, other.first.file);
        // A data update changes the first stage only.
        let data = DataFiles {
            catalogue: "catalogue-0000000000000000.bin".into(),
            ..files()
        };
        let (_, updated) = rewrite(BUILT, "s", "f", &data).unwrap();
        assert_eq!(loader.second.file, updated.second.file);
        assert_ne!(loader.first.file, updated.first.file);
    }

    #[test]
    fn both_stages_are_written_beside_the_page() {
        let (_, loader) = rewrite(BUILT, "s", "f", &files()).unwrap();
        let dir = std::env::temp_dir().join(format!("omc-xtask-loader-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        loader.write(&dir).unwrap();
        for stage in [&loader.first, &loader.second] {
            assert_eq!(
                std::fs::read_to_string(dir.join(&stage.file)).unwrap(),
                stage.code
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_absolute_public_url_keeps_the_tag_absolute_and_the_loader_relative() {
        // `trunk build --public-url /chooser/` (README) and any absolute public URL: the
        // bundler resolves the loader's import on disk, where `/chooser/app-1.js` is not.
        let built = BUILT.replace("'./app-1", "'/chooser/app-1");
        let (html, loader) = rewrite(&built, "s", "f", &files()).unwrap();
        assert!(loader
            .second
            .code
            .contains("import init, { start } from './app-1.js';"));
        assert!(loader.first.code.contains("fetch(file('./app-1_bg.wasm'))"));
        assert!(loader
            .first
            .code
            .contains(&format!("import('./{}')", loader.second.file)));
        assert!(html.contains(&format!(
            "<script type=\"module\" async src=\"/chooser/{}\"></script>",
            loader.first.file
        )));
    }

    #[test]
    fn the_loader_moves_out_of_a_page_without_markers() {
        // The minimal Yew app of the report (bench/minimal-yew): its own static markup, no
        // pre-render markers, and the very loader the widget gets.
        let page = BUILT
            .replace(
                "<!--omc-prerender--><p>Loading</p><!--/omc-prerender-->",
                "<ul><li>row</li></ul>",
            )
            .replace("<!--omc-static--><!--/omc-static-->", "");
        let (html, loader) = move_loader(&page, &files().catalogue).unwrap();
        let (_, widget_loader) = rewrite(BUILT, "s", "f", &files()).unwrap();
        for (stage, widget_stage) in [
            (&loader.first, &widget_loader.first),
            (&loader.second, &widget_loader.second),
        ] {
            assert_eq!(stage.file, widget_stage.file, "the same loader policy");
            assert_eq!(stage.code, widget_stage.code);
        }
        assert!(
            html.contains("<ul><li>row</li></ul>"),
            "the page's markup is kept"
        );
        assert!(
            !html.contains("preload"),
            "no preload of the JS or the wasm"
        );
        assert!(!html.contains("<script type=\"module\">"));
        assert!(html.contains(&format!(
            "<script type=\"module\" async src=\"./{}\"></script>",
            loader.first.file
        )));
        // Comments stay: removing them is the caller's choice (`without_comments`).
        assert!(html.contains("<!-- a note"));
        assert!(!without_comments(&html).contains("<!--"));
    }

    #[test]
    fn a_page_without_trunks_inline_loader_is_an_error() {
        let error = move_loader("<html><body><ul></ul></body></html>", "c.bin")
            .err()
            .unwrap();
        assert!(error.contains("no inline module script"), "{error}");
    }

    #[test]
    fn the_licences_page_keeps_the_head_without_scripts_and_with_its_own_title() {
        let (index, _) = rewrite(BUILT, "<p>Screen</p>", "<p>Static</p>", &files()).unwrap();
        let index = index.replace(
            "<head>",
            "<head><title>Chooser</title><meta\n  name=\"description\"\n  content=\"x\"\n/><link rel=\"stylesheet\" href=\"./main-1.css\">",
        );
        let page = licences_page(&index, "<ul><li>Apache</li></ul>").unwrap();
        assert!(!page.contains("<script"), "{page}");
        assert!(page.contains("<title>The licences: what each permits, requires and forbids (Open Model Chooser)</title>"));
        assert!(!page.contains("<title>Chooser</title>"));
        assert!(page.contains("content=\"What each licence"));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"./main-1.css\">"));
        assert!(page.contains("<body><ul><li>Apache</li></ul></body>"));
        assert!(licences_page("<html><body></body></html>", "").is_err());
    }

    #[test]
    fn a_page_without_markers_is_an_error() {
        assert!(rewrite("<html></html>", "x", "y", &files()).is_err());
        let no_static = BUILT.replace("<!--/omc-static-->", "");
        let error = rewrite(&no_static, "x", "y", &files()).err().unwrap();
        assert!(error.contains("<!--/omc-static-->"), "{error}");
    }
}
