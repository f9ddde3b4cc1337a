//! A post-build step of release builds (`scripts/postbuild.sh`): gives the names that tie the
//! wasm to wasm-bindgen's JS short names, in both files.
//!
//! wasm-bindgen names each import after the browser API it wraps plus a 16-digit hash
//! (`__wbg_setAttribute_f75317b2b5cabfb4`), each closure entry point after its Rust path and
//! hash, and each name is written in the wasm and again in the JS (an object key for an import,
//! `wasm.name` for an export). About 140 such names cost 4 KB of the first load after gzip (the
//! hashes do not compress). Renamed `a`, `b`, ... in both places, the pair works exactly as
//! before: a minifier for the wasm-bindgen pair, which neither wasm-opt nor esbuild can do
//! alone (esbuild keeps property names; wasm-opt's own minifier only renames Emscripten's
//! `env` imports).
//!
//! ```text
//! cargo run -p omc-xtask --bin shorten-names -- dist/app_bg.wasm dist/app.js
//! ```
//!
//! Every renamed import must appear exactly once in the JS, as an object key, and every renamed
//! export only as a property, or nothing is written: a wasm-bindgen upgrade that changes its
//! glue fails the build rather than the page.

/// The import and export sections' ids in the wasm binary format.
const IMPORT_SECTION: u8 = 2;
const EXPORT_SECTION: u8 = 7;

/// Old and new names.
type Renames = Vec<(String, String)>;

/// The wasm with its wasm-bindgen imports and exports renamed, the JS with the same names
/// renamed, and how many were renamed.
pub fn shorten(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String, usize), String> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("not a wasm module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut js = js.to_owned();
    let mut renamed = 0;
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body_at) = read_u32(wasm, at + 1)?;
        let end = body_at
            .checked_add(size as usize)
            .filter(|&e| e <= wasm.len())
            .ok_or("a section runs past the end")?;
        let body = &wasm[body_at..end];
        let body = if id == IMPORT_SECTION {
            let (section, names) = rename_imports(body)?;
            for (old, new) in &names {
                js = rename_key(&js, old, new)?;
            }
            renamed += names.len();
            section
        } else if id == EXPORT_SECTION {
            let (section, names) = rename_exports(body)?;
            for (old, new) in &names {
                js = rename_property(&js, old, new)?;
            }
            renamed += names.len();
            section
        } else {
            body.to_vec()
        };
        out.push(id);
        write_u32(&mut out, body.len() as u32);
        out.extend_from_slice(&body);
        at = end;
    }
    Ok((out, js, renamed))
}

/// The import section with every wasm-bindgen import (`__wbg_...`, `__wbindgen_...`)
/// renamed, and the renames.
fn rename_imports(body: &[u8]) -> Result<(Vec<u8>, Renames), String> {
    let (count, mut at) = read_u32(body, 0)?;
    let mut out = Vec::with_capacity(body.len());
    write_u32(&mut out, count);
    let mut names = Vec::new();
    for _ in 0..count {
        let (module, next) = read_name(body, at)?;
        let (field, next) = read_name(body, next)?;
        let description_end = skip_description(body, next)?;
        let field = if field.starts_with("__wbg") || field.starts_with("__wbindgen") {
            let new = short_name(names.len());
            names.push((field.to_owned(), new.clone()));
            new
        } else {
            field.to_owned()
        };
        write_name(&mut out, module);
        write_name(&mut out, &field);
        out.extend_from_slice(&body[next..description_end]);
        at = description_end;
    }
    if at != body.len() {
        return Err("unexpected bytes after the imports".into());
    }
    Ok((out, names))
}

/// The export section with wasm-bindgen's own exports (`__wbindgen_...`, `__externref_...`,
/// `wasm_bindgen__...`, the closures' entry points) renamed, and the renames. `memory`,
/// `main`, `__wbindgen_start` and the rest keep their names.
fn rename_exports(body: &[u8]) -> Result<(Vec<u8>, Renames), String> {
    let (count, mut at) = read_u32(body, 0)?;
    let mut out = Vec::with_capacity(body.len());
    write_u32(&mut out, count);
    let mut names = Vec::new();
    for _ in 0..count {
        let (name, next) = read_name(body, at)?;
        let kind = *body.get(next).ok_or("an export has no kind")?;
        let (_, end) = read_u32(body, next + 1)?;
        let shorten = name != "__wbindgen_start"
            && ["__wbindgen_", "__externref_", "wasm_bindgen__"]
                .iter()
                .any(|prefix| name.starts_with(prefix));
        let name = if shorten {
            let new = short_name(names.len());
            names.push((name.to_owned(), new.clone()));
            new
        } else {
            name.to_owned()
        };
        write_name(&mut out, &name);
        out.push(kind);
        out.extend_from_slice(&body[next + 1..end]);
        at = end;
    }
    if at != body.len() {
        return Err("unexpected bytes after the exports".into());
    }
    Ok((out, names))
}

/// The end of an import's kind and type description, which starts at `at`.
fn skip_description(body: &[u8], at: usize) -> Result<usize, String> {
    let kind = *body.get(at).ok_or("an import has no kind")?;
    let at = at + 1;
    let limits = |at: usize| -> Result<usize, String> {
        let flags = *body.get(at).ok_or("truncated limits")?;
        let (_, at) = read_u32(body, at + 1)?;
        if flags & 1 == 1 {
            Ok(read_u32(body, at)?.1)
        } else {
            Ok(at)
        }
    };
    match kind {
        0 => Ok(read_u32(body, at)?.1),     // a function: its type index
        1 => limits(at + 1),                // a table: element type, limits
        2 => limits(at),                    // a memory: limits
        3 => Ok(at + 2),                    // a global: value type, mutability
        4 => Ok(read_u32(body, at + 1)?.1), // a tag: attribute, type index
        other => Err(format!("unknown import kind {other}")),
    }
}

/// `js` with the object key `old` (which must occur exactly once, followed by `:`)
/// renamed `new`.
fn rename_key(js: &str, old: &str, new: &str) -> Result<String, String> {
    let found: Vec<usize> = js.match_indices(old).map(|(i, _)| i).collect();
    let [at] = found[..] else {
        return Err(format!(
            "the import {old} occurs {} times in the JS, not once",
            found.len()
        ));
    };
    let before = js[..at].chars().next_back();
    let after = js[at + old.len()..].trim_start().chars().next();
    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') || after != Some(':') {
        return Err(format!("the import {old} is not an object key in the JS"));
    }
    Ok(format!("{}{new}{}", &js[..at], &js[at + old.len()..]))
}

/// `js` with every use of the property `old` (`wasm.old`; there must be at least one)
/// renamed `new`. The JS may also name a function of its own after the export, which is
/// left alone; the name in quotes (`wasm["old"]`) would be missed, and stops the build.
fn rename_property(js: &str, old: &str, new: &str) -> Result<String, String> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(js.len());
    let mut last = 0;
    let mut uses = 0;
    for (at, _) in js.match_indices(old) {
        let after = js[at + old.len()..].chars().next();
        if after.is_some_and(is_ident) {
            continue; // a longer name that starts with this one
        }
        if js[..at].ends_with(['"', '\'', '`']) {
            return Err(format!("the export {old} is named in a string in the JS"));
        }
        if !js[..at].ends_with('.') {
            continue; // the JS's own function of the same name
        }
        out.push_str(&js[last..at]);
        out.push_str(new);
        last = at + old.len();
        uses += 1;
    }
    if uses == 0 {
        return Err(format!("the export {old} is never used in the JS"));
    }
    out.push_str(&js[last..]);
    Ok(out)
}

/// `a` ... `z`, `A` ... `Z`, then `aa`, `ab`, ...: valid JS property names.
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

fn read_u32(bytes: &[u8], mut at: usize) -> Result<(u32, usize), String> {
    let mut value = 0u32;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(at).ok_or("truncated number")?;
        at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
    }
    Err("a number is too long".into())
}

fn write_u32(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn read_name(bytes: &[u8], at: usize) -> Result<(&str, usize), String> {
    let (len, at) = read_u32(bytes, at)?;
    let end = at + len as usize;
    let name = bytes.get(at..end).ok_or("truncated name")?;
    Ok((
        std::str::from_utf8(name).map_err(|_| "a name is not UTF-8")?,
        end,
    ))
}

fn write_name(out: &mut Vec<u8>, name: &str) {
    write_u32(out, name.len() as u32);
    out.extend_from_slice(name.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [&str; 3] = [
        "__wbg_setAttribute_f75317b2b5cabfb4",
        "__wbindgen_throw_0123456789abcdef",
        "__wbindgen_memory",
    ];

    /// A module importing two wasm-bindgen functions, one other function and a memory,
    /// with a type section before and a custom section after.
    fn module() -> Vec<u8> {
        module_named(NAMES, EXPORTS)
    }

    const EXPORTS: [&str; 2] = [
        "__wbindgen_malloc",
        "wasm_bindgen__convert__closures_____invoke__h161678839c5d3856",
    ];

    fn module_named(
        [set_attribute, throw, memory]: [&str; 3],
        [malloc, invoke]: [&str; 2],
    ) -> Vec<u8> {
        let bindgen = "./app_bg.js";
        let mut imports = Vec::new();
        write_u32(&mut imports, 4);
        for (module, field, description) in [
            (bindgen, set_attribute, &[0u8, 0][..]),
            (bindgen, throw, &[0, 0]),
            ("env", "keep_me", &[0, 0]),
            (bindgen, memory, &[2, 1, 17, 0x80, 1]),
        ] {
            write_name(&mut imports, module);
            write_name(&mut imports, field);
            imports.extend_from_slice(description);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]); // type section: one () -> ()
        wasm.push(IMPORT_SECTION);
        write_u32(&mut wasm, imports.len() as u32);
        wasm.extend_from_slice(&imports);
        let mut exports = Vec::new();
        write_u32(&mut exports, 4);
        for (name, kind) in [
            ("memory", 2u8),
            (malloc, 0),
            ("__wbindgen_start", 0),
            (invoke, 0),
        ] {
            write_name(&mut exports, name);
            exports.extend_from_slice(&[kind, 0]);
        }
        wasm.push(EXPORT_SECTION);
        write_u32(&mut wasm, exports.len() as u32);
        wasm.extend_from_slice(&exports);
        wasm.extend_from_slice(&[0, 4, 3, b'x', b'y', b'z']); // a custom section
        wasm
    }

    const JS: &str = "const i={__proto__:null,__wbg_setAttribute_f75317b2b5cabfb4:function(a){},__wbindgen_throw_0123456789abcdef: function(){},__wbindgen_memory:()=>m};w.__wbindgen_malloc(1);w.__wbindgen_malloc(2);w.wasm_bindgen__convert__closures_____invoke__h161678839c5d3856(3);w.__wbindgen_start();";

    #[test]
    fn wasm_bindgen_imports_are_renamed_in_both_files_and_nothing_else_changes() {
        let (wasm, js, renamed) = shorten(&module(), JS).unwrap();
        assert_eq!(renamed, 5);
        assert_eq!(
            js,
            "const i={__proto__:null,a:function(a){},b: function(){},c:()=>m};w.a(1);w.a(2);w.b(3);w.__wbindgen_start();"
        );
        // Only the names changed, and every section is intact.
        assert_eq!(wasm, module_named(["a", "b", "c"], ["a", "b"]));
    }

    #[test]
    fn an_import_the_js_does_not_define_exactly_once_stops_the_build() {
        let missing = JS.replace("__wbindgen_throw_0123456789abcdef", "x");
        let error = shorten(&module(), &missing).unwrap_err();
        assert!(
            error.contains("__wbindgen_throw_0123456789abcdef occurs 0 times"),
            "{error}"
        );
        let twice = format!("{JS}f(__wbindgen_memory);");
        assert!(shorten(&module(), &twice)
            .unwrap_err()
            .contains("occurs 2 times"));
        let not_a_key = JS.replace("__wbindgen_memory:", "__wbindgen_memory=");
        assert!(shorten(&module(), &not_a_key)
            .unwrap_err()
            .contains("not an object key"));
    }

    #[test]
    fn an_export_the_js_does_not_use_as_a_property_stops_the_build() {
        let unused = JS.replace("w.__wbindgen_malloc(1);w.__wbindgen_malloc(2);", "");
        let error = shorten(&module(), &unused).unwrap_err();
        assert!(error.contains("__wbindgen_malloc is never used"), "{error}");
        let quoted = format!("{JS}w['__wbindgen_malloc'](4);");
        let error = shorten(&module(), &quoted).unwrap_err();
        assert!(error.contains("named in a string"), "{error}");
        // The JS's own function of the same name is not the export.
        let local = format!("{JS}function __wbindgen_malloc(){{}}");
        let (_, js, _) = shorten(&module(), &local).unwrap();
        assert!(js.contains("w.a(1);w.a(2);") && js.ends_with("function __wbindgen_malloc(){}"));
        // A longer name that starts with an export's name is not a use of it.
        let longer = format!("{JS}w.__wbindgen_malloc_2();");
        let (_, js, _) = shorten(&module(), &longer).unwrap();
        assert!(js.ends_with("w.__wbindgen_malloc_2();"));
    }

    #[test]
    fn malformed_modules_are_reported() {
        assert!(shorten(b"not wasm", JS).is_err());
        let mut cut = module();
        cut.truncate(20);
        assert!(shorten(&cut, JS).is_err());
    }

    #[test]
    fn short_names_are_distinct_identifiers() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!(&names[..3], ["a", "b", "c"]);
        assert_eq!(names[52], "aa");
        let distinct: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        assert!(names
            .iter()
            .all(|n| n.chars().all(|c| c.is_ascii_alphabetic())));
    }

    #[test]
    fn numbers_round_trip() {
        for n in [0, 1, 127, 128, 300, 16_384, u32::MAX] {
            let mut bytes = Vec::new();
            write_u32(&mut bytes, n);
            assert_eq!(read_u32(&bytes, 0).unwrap(), (n, bytes.len()));
        }
    }
}
