//! The post-build step of release builds (`scripts/postbuild.sh`, run by Trunk), on the built
//! `index.html`:
//!
//! 1. The first screen, rendered by Yew's server renderer from the same view code, replaces the
//!    loading placeholder: readers see content at once, search engines index it, and readers
//!    without JavaScript or WebAssembly still get the first models of each kind. The app then
//!    replaces it with the same markup, and every row. The sections that never change
//!    (`StaticSections`: the kinds of model, the licence texts, the dataset footer) go beside it,
//!    and only there: the app never renders them.
//! 2. Trunk's inline module loader moves to a file: a strict Content-Security-Policy
//!    (`script-src 'self'`) forbids inline scripts. The new loader also puts a notice above the
//!    pre-rendered content if the wasm cannot start. `scripts/postbuild.sh` then bundles
//!    wasm-bindgen's JS into it (one file, and esbuild drops the parts the loader never uses).
//!    That step alone is `move_loader`, which the minimal Yew app of the report uses too
//!    (`cargo run -p omc-xtask --bin move-loader -- <index.html>`).
//!
//! ```text
//! cargo run -p omc-xtask --bin prerender -- dist/index.html
//! ```

/// The loader, with `__JS_FILE__`, `__WASM_FILE__` and `__CATALOGUE_FILE__` for wasm-bindgen's JS,
/// the wasm and the data file.
pub const LOADER: &str = include_str!("loader.js");

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

pub struct Loader {
    pub file: String,
    pub code: String,
}

/// Puts `screen` between the pre-render markers and `sections` between the static ones, and
/// replaces Trunk's inline module script with a file: returns the new page and the loader to
/// write beside it. The page loses its comments (the markers included) and blank lines:
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
        "<title>The licence texts: Open Model Chooser</title>",
    );
    if let Some(name) = head.find("name=\"description\"") {
        let at = head[..name]
            .rfind("<meta")
            .ok_or("a description outside <meta>")?;
        let end = head[name..].find('>').ok_or("an unclosed description")? + name;
        head.replace_range(
            at..=end,
            "<meta name=\"description\" content=\"Every licence and terms-of-service text the AI models of the Open Model Chooser are under, linked, with the models under each.\">",
        );
    }
    Ok(format!("{head}</head>\n<body>{body}</body>\n</html>\n"))
}

/// Replaces Trunk's inline module script in `html` with a `<script src>` of the project's loader
/// (`loader.js`, with the names of wasm-bindgen's JS, of the wasm and of the data file the loader
/// fetches beside it, `catalogue_file`, filled in), and removes the preloads of the JS and the
/// wasm: returns the new page and the loader to write beside it. The widget's
/// pre-render step uses it, and so does the minimal Yew app the report measures against
/// (`bench/minimal-yew`, the `move-loader` bin): the same loader policy for both.
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
    // The loader sits beside wasm-bindgen's JS and the wasm, whatever the public URL: it
    // names both relative to itself, so that the post-build bundler finds the JS on disk
    // (an absolute `/app.js` is not a path it can resolve) and the wasm is fetched from the
    // loader's own folder.
    let prefix = &js[..js.rfind('/').map_or(0, |i| i + 1)];
    let js_file = &js[prefix.len()..];
    let wasm_file = &wasm[wasm.rfind('/').map_or(0, |i| i + 1)..];
    // The loader is a real JavaScript module (`loader.js`), with the three file names to fill in.
    let code = LOADER
        .replace("__JS_FILE__", js_file)
        .replace("__WASM_FILE__", wasm_file)
        .replace("__CATALOGUE_FILE__", catalogue_file);
    let file = format!("loader-{:016x}.js", fnv1a(code.as_bytes()));
    let tag = format!("<script type=\"module\" async src=\"{prefix}{file}\"></script>");
    let mut out = html.to_owned();
    let preloads = [
        format!("<link rel=\"modulepreload\" href=\"{js}\""),
        format!("<link rel=\"preload\" href=\"{wasm}\""),
    ];
    out.replace_range(s..e, &tag);
    // `scripts/postbuild.sh` bundles wasm-bindgen's JS into the loader, whose own tag
    // fetches it as early: the JS's preload would fetch a file that is no longer there. The
    // wasm's preload would fetch it before the first paint, which the loader waits for.
    for preload in preloads {
        if let Some(p) = out.find(&preload) {
            let end = out[p..].find('>').map_or(out.len(), |i| p + i + 1);
            out.replace_range(p..end, "");
        }
    }
    Ok((out, Loader { file, code }))
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

/// A content hash for the loader's file name, so caches never serve a stale one.
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
            "the JS is bundled into the loader"
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
        assert!(loader.file.starts_with("loader-") && loader.file.ends_with(".js"));
        assert!(loader
            .code
            .contains("import init, { start } from './app-1.js';"));
        assert!(loader
            .code
            .contains("const wasm = new URL('./app-1_bg.wasm', import.meta.url);"));
        assert!(loader.code.contains(
            "const catalogue = new URL('./catalogue-fedcba9876543210.bin', import.meta.url);"
        ));
        assert!(!loader.code.contains("__"), "every name is filled in");
        assert!(loader.code.contains("init({ module_or_path: module })"));
        assert!(html.contains(&format!(
            "<script type=\"module\" async src=\"./{}\"></script>",
            loader.file
        )));
    }

    #[test]
    fn an_absolute_public_url_keeps_the_tag_absolute_and_the_loader_relative() {
        // `trunk build --public-url /chooser/` (README) and any absolute public URL: the
        // bundler resolves the loader's import on disk, where `/chooser/app-1.js` is not.
        let built = BUILT.replace("'./app-1", "'/chooser/app-1");
        let (html, loader) = rewrite(&built, "s", "f", &files()).unwrap();
        assert!(loader
            .code
            .contains("import init, { start } from './app-1.js';"));
        assert!(loader
            .code
            .contains("new URL('./app-1_bg.wasm', import.meta.url)"));
        assert!(html.contains(&format!(
            "<script type=\"module\" async src=\"/chooser/{}\"></script>",
            loader.file
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
        assert_eq!(loader.file, widget_loader.file, "the same loader policy");
        assert_eq!(loader.code, widget_loader.code);
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
            loader.file
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
        assert!(page.contains("<title>The licence texts: Open Model Chooser</title>"));
        assert!(!page.contains("<title>Chooser</title>"));
        assert!(page.contains("content=\"Every licence"));
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
