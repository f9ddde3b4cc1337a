//! Prints the widget's first screen as static HTML, rendered with Yew's server renderer.
//! The size and speed report (`scripts/report.sh`) wraps it in the built page's head to make the
//! "floor": a plain static page of the same content, served the same way.

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let html = yew::LocalServerRenderer::<open_model_chooser::App>::new()
        .hydratable(false)
        .render()
        .await;
    println!("{html}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
