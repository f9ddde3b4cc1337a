// Starts the widget: the module `xtask/src/prerender.rs` writes beside it in place of Trunk's
// inline loader (a strict Content-Security-Policy forbids inline scripts), with the names of
// wasm-bindgen's JS, of the wasm and of the catalogue file filled in, all relative to this file
// (so that any public URL works); esbuild then bundles that JS into it and minifies it
// (scripts/postbuild.sh). The app starts once the page is parsed, since it takes over the
// pre-rendered screen.
import init, { start } from './__JS_FILE__';
const wasm = new URL('./__WASM_FILE__', import.meta.url);
// The models' data (src/dataset.rs): a file of its own, fetched beside the wasm and cached on
// its own, so that a data update leaves the wasm as it is.
const catalogue = new URL('./__CATALOGUE_FILE__', import.meta.url);
// The wasm is fetched once the HTML's own content has painted (its first contentful
// paint; the next frame where paints are not reported; at the latest after 3 s, as in a
// hidden tab): on a slow line it never competes with that content.
const painted = new Promise((resolve) => {
  const soon = () => setTimeout(resolve, 0);
  setTimeout(resolve, 3000);
  if ((PerformanceObserver.supportedEntryTypes || []).includes('paint')) {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) soon();
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(soon);
  }
});
const compiled = painted.then(() => WebAssembly.compileStreaming(fetch(wasm))).catch(() =>
  // A server that does not send `application/wasm`: compile the bytes instead.
  fetch(wasm).then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)));
const data = painted.then(() => fetch(catalogue)).then((response) => {
  if (!response.ok) throw new Error(`${catalogue}: HTTP ${response.status}`);
  return response.arrayBuffer();
});
const parsed = document.readyState === 'loading'
  ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
  : Promise.resolve();
Promise.all([compiled, data, parsed]).then(async ([module, bytes]) => {
  await init({ module_or_path: module });
  if (!start(new Uint8Array(bytes))) throw new Error(`${catalogue} is not a catalogue of this build`);
}).catch((error) => {
  // The wasm or the data could not be fetched or started: the pre-rendered page stays, with a
  // note that says so.
  console.error(error);
  const root = document.getElementById('open-model-chooser');
  if (!root || root.querySelector('.omc-failure')) return;
  const note = document.createElement('p');
  note.className = 'omc-failure';
  note.setAttribute('role', 'alert');
  note.textContent = 'The interactive chooser could not start: its files did not load, or this browser cannot run it. The first models of each kind, the licence texts and the downloads are still below. ';
  const link = document.createElement('a');
  link.href = './';
  link.target = '_top';
  link.textContent = 'Open the full page';
  note.append(link);
  root.prepend(note);
});
