//! The module layers of docs/ARCHITECTURE.md, held: a module's code (its tests aside) refers only
//! to modules of lower layers, so the import graph has no circle and no upward import. Adding a
//! module means giving it a layer here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

/// Each module of `src/` and its layer, lowest first.
const LAYERS: &[(&str, u8)] = &[
    // Pure data and vocabulary.
    ("format", 0),
    ("questions", 0),
    // The dataset crate (catalog/), re-exported as `catalog` and `sources`: its own crate, which
    // cannot import the widget at all (cargo refuses a dependency circle).
    ("catalog", 0),
    ("sources", 0),
    // Pure logic over them.
    ("codec", 1),
    ("url_state", 1),
    ("export", 1),
    ("licence_view", 1),
    ("engine", 1),
    ("rows", 1),
    // The compiled-in dataset; the embed snippets.
    ("dataset", 2),
    ("embed", 2),
    // The one reducer; the platform layer (the only code that calls browser APIs). Neither
    // knows the other, nor any component.
    ("state", 3),
    ("browser", 3),
    // The views.
    ("components", 4),
    // The start in the browser: the only module that knows both the platform and the app.
    ("bootstrap", 5),
];

/// The module a file belongs to: `src/engine.rs` is `engine`, `src/components/app.rs` is
/// `components`.
fn module_of(path: &Path) -> Option<String> {
    let rel = path
        .strip_prefix(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))
        .ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_owned())
}

/// A file's code without its `#[cfg(test)] mod tests { … }` (tests may use anything).
fn code_of(text: &str) -> &str {
    match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => match text.find("#[cfg(all(test") {
            Some(at) => &text[..at],
            None => text,
        },
    }
}

/// The modules of this crate a file's code refers to: `crate::name` and `use crate::{a, b}`.
fn references(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                out.push(name);
            }
        } else {
            out.push(
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect(),
            );
        }
    }
    out.retain(|n| !n.is_empty());
    out
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn lower_layers_never_import_higher_ones() {
    let layer: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let mut all = Vec::new();
    files(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut all,
    );
    let mut problems = Vec::new();
    let mut edges = 0;
    for path in all {
        let module = module_of(&path).unwrap();
        // A module's tests in a file of their own (`src/url_state/tests.rs`) may use anything.
        if module == "lib" || module == "main" || path.file_name().is_some_and(|n| n == "tests.rs")
        {
            continue;
        }
        let Some(&own) = layer.get(module.as_str()) else {
            problems.push(format!(
                "{}: module `{module}` has no layer in tests/layers.rs",
                path.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        for target in references(code_of(&text)) {
            if target == module || target == "App" {
                // Within the module (components/* share `components`), or the crate root's
                // re-export, which only lib.rs makes.
                if target == "App" {
                    problems.push(format!("{}: refers to `crate::App`", path.display()));
                }
                continue;
            }
            match layer.get(target.as_str()) {
                Some(&theirs) if theirs < own => edges += 1,
                Some(&theirs) => problems.push(format!(
                    "{}: `{module}` (layer {own}) refers to `{target}` (layer {theirs}): only lower layers may be imported",
                    path.display()
                )),
                None => problems.push(format!(
                    "{}: refers to `crate::{target}`, which has no layer",
                    path.display()
                )),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(edges > 30, "the scan found only {edges} imports");
}

#[test]
fn the_scan_sees_an_upward_import() {
    // The check itself: a platform module that names a component is refused.
    let code = "use crate::components::app::AppProps;\nfn f() { crate::state::x(); }";
    assert_eq!(references(code), ["components", "state"]);
    assert_eq!(
        references("use crate::{catalog::Model, codec::decode};"),
        ["catalog", "codec"]
    );
    assert_eq!(code_of("a\n#[cfg(test)]\nmod tests { crate::x }"), "a\n");
}
