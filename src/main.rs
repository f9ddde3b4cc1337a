//! The browser entry point: mounts the widget into `#open-model-chooser`.

// Talc instead of the default dlmalloc: several KB less wasm, and faster.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    open_model_chooser::bootstrap::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Open Model Chooser runs in the browser: build it with `trunk build` (see README.md)."
    );
    std::process::exit(2);
}
