// The loader's second stage: the module the first stage (`loader.js`) imports once the page has
// painted, written by `xtask/src/prerender.rs` beside it with the name of wasm-bindgen's JS
// filled in (relative to this file); esbuild then bundles that JS into it and minifies it
// (scripts/postbuild-lib.sh). The first stage hands it the responses of the wasm and of the
// catalogue file, which it requested at the same time as this file; it reports any failure.
import init, { start } from './__JS_FILE__';

// The app starts once the page is parsed, since it takes over the pre-rendered screen.
const parsed = document.readyState === 'loading'
  ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
  : undefined;

export default (wasm, catalogue) => {
  if (!catalogue.ok) throw new Error(`${catalogue.url}: HTTP ${catalogue.status}`);
  const compiled = WebAssembly.compileStreaming(wasm).catch(() =>
    // A server that does not send `application/wasm`: compile the bytes instead.
    fetch(wasm.url).then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)));
  return Promise.all([compiled, catalogue.arrayBuffer(), parsed]).then(async ([module, bytes]) => {
    await init({ module_or_path: module });
    if (!start(new Uint8Array(bytes))) throw new Error(`${catalogue.url} is not a catalogue of this build`);
  });
};
