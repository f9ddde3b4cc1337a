// Starts the widget: the module `xtask/src/prerender.rs` writes beside it in place of Trunk's
// inline loader (a strict Content-Security-Policy forbids inline scripts), with the names of
// wasm-bindgen's JS and of the wasm filled in, both relative to this file (so that any public URL
// works); esbuild then bundles that JS into it and minifies it (scripts/postbuild.sh).
// The app starts once the page is parsed, since it takes over the pre-rendered screen.
import init from './__JS_FILE__';
const wasm = new URL('./__WASM_FILE__', import.meta.url);
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
const parsed = document.readyState === 'loading'
  ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
  : Promise.resolve();
Promise.all([compiled, parsed]).then(([module]) => init({ module_or_path: module })).catch((error) => {
  console.error(error);
  const root = document.getElementById('open-model-chooser');
  if (!root || root.querySelector('.omc-failure')) return;
  const note = document.createElement('p');
  note.className = 'omc-failure';
  note.setAttribute('role', 'alert');
  note.textContent = 'The interactive chooser could not start in this browser; every model and its facts are still below. ';
  const link = document.createElement('a');
  link.href = './';
  link.target = '_top';
  link.textContent = 'Open the full page';
  note.append(link);
  root.prepend(note);
});
