// The loader's first stage, the page's only script: the module `xtask/src/prerender.rs` writes
// beside the page in place of Trunk's inline loader (a strict Content-Security-Policy forbids
// inline scripts), with the names of the second stage (`start.js`, into which esbuild bundles
// wasm-bindgen's JS), of the wasm and of the catalogue file filled in, all relative to this file
// (so that any public URL works); esbuild then minifies it (scripts/postbuild-lib.sh).
//
// It is kept this small because the page requests it while it is parsed, before its first
// paint: Lighthouse's simulated first paint (and so its LCP) counted the whole 14.6 KB loader
// that wasm-bindgen's JS made. Everything else comes after that paint, with the wasm.
//
// The wasm and the data are fetched once the HTML's own content has painted (its first
// contentful paint; the next frame where paints are not reported; at the latest after 3 s, as in
// a hidden tab): on a slow line they never compete with that content.
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
const file = (name) => new URL(name, import.meta.url);
// The second stage, the wasm and the models' data (src/dataset.rs: a file of its own, cached on
// its own, so that a data update leaves the wasm as it is) are requested together: the second
// stage's request never delays theirs. The second stage gets the two responses and starts the
// wasm with the data.
painted
  .then(() => Promise.all([
    import('./__START_FILE__'),
    fetch(file('./__WASM_FILE__')),
    fetch(file('./__CATALOGUE_FILE__')),
  ]))
  .then(([stage, wasm, catalogue]) => stage.default(wasm, catalogue))
  .catch((error) => {
    // The second stage, the wasm or the data could not be fetched or started: the pre-rendered
    // page stays, with a note that says so.
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
