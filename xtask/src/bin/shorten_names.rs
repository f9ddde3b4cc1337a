//! `scripts/postbuild.sh`'s first step: the wasm-bindgen names shortened in both files
//! (`omc_xtask::shorten`).

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(wasm_path), Some(js_path)) = (args.next(), args.next()) else {
        panic!("usage: shorten_names <the _bg.wasm file> <wasm-bindgen's .js file>");
    };
    let wasm = std::fs::read(&wasm_path).unwrap_or_else(|e| panic!("cannot read {wasm_path}: {e}"));
    let js =
        std::fs::read_to_string(&js_path).unwrap_or_else(|e| panic!("cannot read {js_path}: {e}"));
    let (wasm_out, js_out, renamed) = omc_xtask::shorten::shorten(&wasm, &js)
        .unwrap_or_else(|e| panic!("cannot shorten the wasm-bindgen names of {wasm_path}: {e}"));
    std::fs::write(&wasm_path, &wasm_out).expect("write the wasm");
    std::fs::write(&js_path, js_out).expect("write the JS");
    println!(
        "shortened {renamed} wasm-bindgen names: {wasm_path} {} -> {} bytes",
        wasm.len(),
        wasm_out.len()
    );
}
