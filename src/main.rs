//! The browser entry point: mounts the widget into `#open-model-chooser`.

#[cfg(target_arch = "wasm32")]
fn main() {
    open_model_chooser::browser::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Open Model Chooser runs in the browser: build it with `trunk build` (see README.md)."
    );
    std::process::exit(2);
}
