//! The browser entry point: the loader (`xtask/src/loader.js`) fetches the wasm and the catalogue
//! file side by side, then calls [`start`] with the catalogue's bytes.

// Talc instead of the default dlmalloc: several KB less wasm, and faster.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Starts the widget on the catalogue file (`catalogue-<hash>.bin`): `false`, and nothing
/// started, if the file does not decode (the loader then says so above the pre-rendered page).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start(catalogue: Vec<u8>) -> bool {
    open_model_chooser::bootstrap::mount(catalogue)
}

// Nothing runs when the module is instantiated: the loader calls `start` with the data.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Open Model Chooser runs in the browser: build it with `trunk build` (see README.md)."
    );
    std::process::exit(2);
}
