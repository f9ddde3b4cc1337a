//! Prints the widget's HTML for a query string, rendered with Yew's server renderer: a quick way
//! to inspect a state without a browser. With an empty query it is the first screen, which the
//! size and speed report (`scripts/report.sh`) wraps in the built page's head to make its "floor":
//! a plain static page of the same content.
//!
//!     cargo run --example render_query -- '?deploy=self&scale=large'

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    use open_model_chooser::components::app::AppProps;
    let query = std::env::args().nth(1).unwrap_or_default();
    let html = yew::LocalServerRenderer::<open_model_chooser::App>::with_props(AppProps {
        query: Some(query.into()),
        ..Default::default()
    })
    .hydratable(false)
    .render()
    .await;
    println!("{html}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
