//! The release build's post-build tools, run by `scripts/postbuild.sh` (Trunk's post-build hook):
//! build tools as code, in a crate of their own, tested with the rest (`cargo test --workspace`).
//! The wasm never carries them.
//!
//! - `shorten`: the wasm-bindgen names shortened in both the wasm and its JS;
//! - `prerender`: the first screen and the static sections rendered into `index.html`, and
//!   Trunk's inline loader replaced by two files: the page's only script, a small first stage
//!   (`loader.js` beside this file) that waits for the first paint, then imports the second
//!   (`start.js`, into which esbuild bundles wasm-bindgen's JS) while it fetches the wasm and the
//!   data; both are real JavaScript modules that esbuild checks, bundles and minifies.
//!   `move-loader` runs that last step alone, for the minimal Yew app the report measures the
//!   widget against (`bench/minimal-yew`).

pub mod prerender;
pub mod shorten;
