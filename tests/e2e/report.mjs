// The size and speed report: a benchmark, not a test. Prints a table and writes JSON.
//
// Sizes: raw and gzip bytes of every file in dist/ and in total.
// Speed: over RUNS runs (at least 7) in headless Chromium, each in a fresh browser context with
// no cache, for the widget, for the "floor" (dist/index.html, pre-rendered, without its scripts:
// a plain static HTML page of the same content, served the same way) and for the embed view in
// the example blog post, all measured inside the page by a poller started at navigation:
//   - first content: the first model card is on the page;
//   - interactive: a click on the first answer, made as soon as it can be (on the pre-rendered
//     page), shows in the verdicts; for the static floor, which cannot react, first content.
// Then, in the last run: answer-to-update latency over 120 answers (p50, p95) and memory (JS heap
// and wasm, measured by the page itself under cross-origin isolation).
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, rmSync, copyFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serve } from './lib/server.mjs';
import { ROOT, requireDist } from './lib/paths.mjs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { launch, CHROMIUM, CHROMIUM_ARGS } from './lib/browser.mjs';
import {
  FIRST_LOAD_GZIP_BYTES, INTERACTIVE_VS_FLOOR, ANSWER_P95_MS, MEMORY_BYTES, gzipBytes,
  LIGHTHOUSE_SCORE, LCP_VS_FLOOR, TBT_VS_FLOOR, TBT_FLOOR_MS, EMBED_MAX_HEIGHT, FULL_PAGE_MAX_HEIGHT,
  DOM_MAX_ELEMENTS, LONG_TASK_MAX_MS,
} from './lib/budgets.mjs';

// Lighthouse, installed by scripts/report.sh into .tools/lighthouse (pinned in tools/versions.env).
const LIGHTHOUSE = join(ROOT, '.tools', 'lighthouse', 'node_modules', '.bin', 'lighthouse');
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

/** Lighthouse's mobile performance audit of `url`, LIGHTHOUSE_RUNS times: medians. */
async function lighthouse(url) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const { stdout } = await promisify(execFile)(
      LIGHTHOUSE,
      [url, '--output=json', '--output-path=stdout', '--only-categories=performance', '--quiet', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 1024 * 1024 },
    );
    const r = JSON.parse(stdout);
    const audit = (id) => Math.round(r.audits[id].numericValue);
    runs.push({
      score: Math.round(r.categories.performance.score * 100),
      lcp_ms: audit('largest-contentful-paint'),
      tbt_ms: audit('total-blocking-time'),
      tti_ms: audit('interactive'),
      fcp_ms: audit('first-contentful-paint'),
      dom_elements: audit('dom-size'),
    });
  }
  const med = (k) => runs.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, med(k)]).concat([['runs', runs]]));
}

/** Heights and element counts: the full page at 1280 px, and the embedded view at 700 and 360 px
 * at its first step and with every question answered, rows closed. */
async function shape(browser, url) {
  const all = 'deploy=self&hardware=gpu&scale=business&customize=yes&outputs=no&transparency=docs&restrictions=no&region=eu';
  const measure = async (width, query) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url + query);
    await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
    const out = await page.evaluate(() => ({
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      elements: document.getElementsByTagName('*').length,
    }));
    await page.close();
    return out;
  };
  const full = await measure(1280, '');
  const out = { full_page_1280: full };
  for (const width of [700, 360]) {
    out[`embed_${width}`] = { first_step: (await measure(width, '?embed=1')).height, all_answered: (await measure(width, `?embed=1&${all}`)).height };
  }
  return out;
}

const RUNS = Math.max(7, Number(process.env.RUNS ?? 9));
const OUT = join(ROOT, 'target', 'report');
const dist = requireDist();

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function sizes(dir) {
  const list = files(dir)
    .sort()
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(dir, path), raw: bytes.length, gzip: gzipBytes(bytes) };
    });
  const total = list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { files: list, total };
}

/** The floor: the build's index.html, which holds the pre-rendered first screen, with every
 * script and preload removed: a plain static page of the same content, with the same stylesheet. */
function buildFloor(dist, name = 'floor') {
  const floor = join(OUT, name);
  rmSync(floor, { recursive: true, force: true });
  mkdirSync(floor, { recursive: true });
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/g, '');
  if (!html.includes('data-model-id')) throw new Error('dist/index.html is not pre-rendered: build with scripts/build.sh');
  writeFileSync(join(floor, 'index.html'), html);
  for (const f of files(dist)) {
    if (/\.(css|svg|png|ico)$/.test(f)) copyFileSync(f, join(floor, relative(dist, f)));
  }
  return floor;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const r = (n) => Math.round(n * 10) / 10;
  return { median: r(median), min: r(sorted[0]), max: r(sorted.at(-1)), runs: values.length };
}

// Started at navigation in every frame, inside the page (no test-driver round trip is counted):
// records when the first model card is on the page, clicks "On my own hardware" as soon as it
// exists (before the app has started, on the pre-rendered page: the widget keeps such a click),
// and records when the verdicts show the answer (GPT-5 ruled out).
const POLLER = () => {
  const t = (window.__omcTimes = {});
  // Tasks over 50 ms until the app is interactive (the start-up's own work).
  t.longTasks = [];
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    new PerformanceObserver((list) => {
      if (!t.interactive) t.longTasks.push(...list.getEntries().map((e) => Math.round(e.duration)));
    }).observe({ type: 'longtask', buffered: true });
  }
  const check = () => {
    const now = performance.now();
    if (!t.content && document.querySelector('[data-model-id]')) t.content = now;
    const label = document.querySelector('label[for="omc-deploy-self"]');
    if (label && !t.clicked) {
      t.clicked = now;
      label.click();
    }
    if (!t.interactive && document.querySelector('[data-model-id="gpt-5"][data-verdict="excluded"]')) {
      t.interactive = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-verdict'] });
};

/** Answer-to-update latency, in the page: toggles `deploy` between self and API `n` times and
 * times each click until GPT-5's verdict shows it (the DOM is updated; the paint follows). */
const ANSWER_LATENCY = async (n) => {
  const card = () => document.querySelector('[data-model-id="gpt-5"]');
  const times = [];
  for (let i = 0; i < n; i++) {
    const [id, expected] = i % 2 === 0 ? ['omc-deploy-api', 'match'] : ['omc-deploy-self', 'excluded'];
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (card().dataset.verdict === expected) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(card(), { attributes: true, attributeFilter: ['data-verdict'] });
    });
    const t0 = performance.now();
    document.getElementById(id).click();
    times.push((await done) - t0);
    // A pause, as a reader makes: the page paints, and work the answer deferred (the address
    // bar) runs, outside the next answer's time.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return times;
};

/** JS heap plus wasm memory, in bytes, after a run (cross-origin isolated pages only). */
const MEMORY = async () => {
  if (performance.measureUserAgentSpecificMemory) {
    return (await performance.measureUserAgentSpecificMemory()).bytes;
  }
  return performance.memory?.usedJSHeapSize ?? null;
};

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 100) / 100;
}

/** One kind of page over RUNS runs: first content and interactive, from the in-page poller.
 * Then, for the widget, one more run for answer latency and memory, at `isolatedUrl` when given
 * (a cross-origin isolated copy, where the page can measure its own memory; the timed runs are
 * not isolated, like the floor, so that both are served the same way). */
async function measure(browser, url, kind, { frame: inFrame = false, isolatedUrl } = {}) {
  const first = [];
  const interactive = [];
  // Where the time to interactive goes: the HTML parsed (DOMContentLoaded, when a module script
  // may run), the wasm downloaded, and the app started (its first line of Rust).
  const parsed = [];
  const wasmLoaded = [];
  const started = [];
  const longest = [];
  let latency = null;
  let memory = null;
  const open = async (address) => {
    const context = await browser.newContext();
    await context.addInitScript(POLLER);
    const page = await context.newPage();
    await page.goto(address, { waitUntil: 'load' });
    let target = page;
    if (inFrame) {
      const iframe = page.locator('iframe');
      await iframe.scrollIntoViewIfNeeded();
      target = await (await iframe.elementHandle()).contentFrame();
    }
    // Functions, not source strings: a string is evaluated as an expression, and the function
    // it defines is truthy at once.
    const done = kind === 'floor' ? () => window.__omcTimes?.content : () => window.__omcTimes?.interactive;
    await target.waitForFunction(done, null, { timeout: 20000 });
    return { context, target };
  };
  for (let i = 0; i < RUNS; i++) {
    const { context, target } = await open(url);
    const t = await target.evaluate(() => window.__omcTimes);
    first.push(t.content);
    interactive.push(kind === 'floor' ? t.content : t.interactive);
    longest.push(Math.max(0, ...t.longTasks));
    const timeline = await target.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const start = performance.getEntriesByName('omc-start')[0];
      return { parsed: navigation?.domContentLoadedEventStart, wasm: wasm?.responseEnd, start: start?.startTime };
    });
    if (timeline.parsed) parsed.push(timeline.parsed);
    if (timeline.wasm) wasmLoaded.push(timeline.wasm);
    if (timeline.start) started.push(timeline.start);
    await context.close();
  }
  if (kind !== 'floor') {
    const { context, target } = await open(isolatedUrl ?? url);
    latency = await target.evaluate(ANSWER_LATENCY, 120);
    memory = await target.evaluate(MEMORY);
    await context.close();
  }
  const out = { first_content_ms: stats(first), interactive_ms: stats(interactive) };
  out.longest_task_at_start_ms = stats(longest);
  if (parsed.length) out.html_parsed_ms = stats(parsed);
  if (wasmLoaded.length) out.wasm_loaded_ms = stats(wasmLoaded);
  if (started.length) out.app_started_ms = stats(started);
  if (latency) {
    // The first answers run in V8's baseline wasm code while the optimising compiler catches
    // up (dynamic tiering); the last ones show the steady state.
    const half = Math.floor(latency.length / 2);
    const summary = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: percentile(values, 100), answers: values.length });
    out.answer_to_update_ms = { ...summary(latency), first_half: summary(latency.slice(0, half)), second_half: summary(latency.slice(half)) };
    out.memory_bytes = memory;
  }
  return out;
}

/** What a page at `url` fetches by itself, until it is interactive and a moment after, with no
 * answer given: the first load (the whole records wait for a reader's first answer or click). */
async function firstLoadFiles(browser, url) {
  const page = await browser.newPage();
  const fetched = new Set();
  page.on('request', (r) => fetched.add(decodeURIComponent(new URL(r.url()).pathname.replace(/^\/+/, '')) || 'index.html'));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  await page.waitForTimeout(1000);
  await page.close();
  return fetched;
}

/** The first load's files and total, from `sizes` and the set of fetched files. */
function firstLoadOf(distSizes, fetched) {
  for (const f of distSizes.files) f.first_load = fetched.has(f.file);
  return distSizes.files
    .filter((f) => f.first_load)
    .reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
}

// The same page built with a synthetic catalogue of SYNTHETIC_MODELS models (150 by default;
// tests/e2e/lib/synthetic-catalogue.mjs, built by scripts/report.sh into target/report/dist-synthetic): whether each budget holds as the
// catalogue grows to its next size.
const SYNTHETIC = Number(process.env.SYNTHETIC_MODELS ?? 150);
const DIST_80 = join(OUT, 'dist-synthetic');

async function measureAt80(browser) {
  if (!existsSync(join(DIST_80, 'index.html'))) return null;
  const distSizes80 = sizes(DIST_80);
  const server = await serve(DIST_80, { prefix: '/' });
  const floorServer = await serve(buildFloor(DIST_80, 'floor-80'), { prefix: '/' });
  try {
    const fetched = await firstLoadFiles(browser, server.url);
    const firstLoad = firstLoadOf(distSizes80, fetched);
    console.log(`${SYNTHETIC} models: the widget...`);
    const widget = await measure(browser, server.url, 'widget');
    console.log(`${SYNTHETIC} models: the static floor...`);
    const floor = await measure(browser, floorServer.url, 'floor');
    console.log(`${SYNTHETIC} models: heights and elements...`);
    const pageShape = await shape(browser, server.url);
    console.log(`${SYNTHETIC} models: Lighthouse...`);
    const lighthouseWidget = await lighthouse(server.url);
    const lighthouseFloor = await lighthouse(floorServer.url);
    return { sizes: { ...distSizes80, first_load: firstLoad }, widget, floor, shape: pageShape, lighthouse: { widget: lighthouseWidget, floor: lighthouseFloor } };
  } finally {
    await server.close();
    await floorServer.close();
  }
}

const distSizes = sizes(dist);
const floorDir = buildFloor(dist);
// Cross-origin isolation lets the page measure its own memory, wasm included.
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const widgetServer = await serve(dist, { prefix: '/' });
const isolatedServer = await serve(dist, { prefix: '/', headers: ISOLATED });
const floorServer = await serve(floorDir, { prefix: '/' });
const embedServer = await serve(dist, { prefix: '/chooser/' });
const hostServer = await serve(join(ROOT, 'examples', 'hosts'), {
  rewrite: (file, body) => (file.endsWith('.html') ? body.toString().replaceAll('http://127.0.0.1:8080/', embedServer.url) : body),
});
const browser = await launch(['--enable-blink-features=ForceEagerMeasureMemory', '--enable-precise-memory-info']);
let widget, floor, embedded, pageShape, lighthouseWidget, lighthouseFloor, fetched, at80;
try {
  fetched = await firstLoadFiles(browser, widgetServer.url);
  // One warm-up each so that the first measured run does not pay for browser start-up.
  await measure(browser, widgetServer.url, 'widget').catch(() => {});
  console.log('the widget...');
  widget = await measure(browser, widgetServer.url, 'widget', { isolatedUrl: isolatedServer.url });
  console.log('the static floor...');
  floor = await measure(browser, floorServer.url, 'floor');
  // The embed view inside the example blog post, on another origin; times are the frame's own.
  console.log('the embed view in a host page...');
  embedded = await measure(browser, hostServer.url + 'blog.html', 'widget', { frame: true });
  console.log('heights and elements...');
  pageShape = await shape(browser, widgetServer.url);
  // Lighthouse starts its own Chromium, one run at a time: the widget, then the floor.
  console.log('Lighthouse...');
  lighthouseWidget = await lighthouse(widgetServer.url);
  lighthouseFloor = await lighthouse(floorServer.url);
  at80 = await measureAt80(browser);
} finally {
  await browser.close();
  for (const s of [widgetServer, isolatedServer, floorServer, embedServer, hostServer]) await s.close();
}

// What the page fetched by itself: the first load. Everything else in dist/ is fetched only when
// a reader needs it: the whole records (facts-*.bin) at the first answer, opened model or
// comparison; the dataset downloads when asked for.
const firstLoad = firstLoadOf(distSizes, fetched);

const report = {
  generated_at: new Date().toISOString(),
  runs: RUNS,
  sizes: { ...distSizes, first_load: firstLoad },
  budgets: {
    first_load_gzip_bytes: FIRST_LOAD_GZIP_BYTES,
    interactive_vs_floor: INTERACTIVE_VS_FLOOR,
    answer_p95_ms: ANSWER_P95_MS,
    memory_bytes: MEMORY_BYTES,
  },
  speed: {
    widget,
    floor,
    embedded_in_host_page: embedded,
    interactive_ratio: Math.round((widget.interactive_ms.median / floor.interactive_ms.median) * 100) / 100,
  },
  shape: pageShape,
  lighthouse: { widget: lighthouseWidget, floor: lighthouseFloor },
  with_80_models: at80,
};
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2) + '\n');

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log('\nSizes of dist/ (KB, 1000 bytes)');
console.log('file'.padEnd(56) + 'raw'.padStart(8) + 'gzip'.padStart(8) + '  loaded by the page');
for (const f of distSizes.files) console.log(f.file.padEnd(56) + kb(f.raw) + kb(f.gzip) + (f.first_load ? '  yes' : '  no (download)'));
console.log('total of dist/'.padEnd(56) + kb(distSizes.total.raw) + kb(distSizes.total.gzip));
console.log('first load'.padEnd(56) + kb(firstLoad.raw) + kb(firstLoad.gzip));
console.log(`budget: first load at most ${FIRST_LOAD_GZIP_BYTES} bytes gzip -> ${firstLoad.gzip} (${firstLoad.gzip <= FIRST_LOAD_GZIP_BYTES ? 'within' : 'OVER'})`);

console.log(`\nSpeed over ${RUNS} runs, headless Chromium (ms: median [min-max])`);
const row = (name, m) => `${name.padEnd(28)}${`${m.median} [${m.min}-${m.max}]`.padStart(22)}`;
console.log(row('widget: first content', widget.first_content_ms));
console.log(row('widget: interactive', widget.interactive_ms));
console.log(row('widget: longest start task', widget.longest_task_at_start_ms));
if (widget.html_parsed_ms) console.log(row('widget: HTML parsed', widget.html_parsed_ms));
if (widget.wasm_loaded_ms) console.log(row('widget: wasm downloaded', widget.wasm_loaded_ms));
if (widget.app_started_ms) console.log(row('widget: app started', widget.app_started_ms));
console.log(row('static floor: first content', floor.first_content_ms));
if (floor.html_parsed_ms) console.log(row('static floor: HTML parsed', floor.html_parsed_ms));
console.log(row('static floor: interactive', floor.interactive_ms));
console.log(row('embedded: first content', embedded.first_content_ms));
console.log(row('embedded: interactive', embedded.interactive_ms));
console.log(`interactive / floor: ${report.speed.interactive_ratio}x (budget ${INTERACTIVE_VS_FLOOR}x)`);
for (const [name, m] of [['widget', widget], ['embedded', embedded]]) {
  const a = m.answer_to_update_ms;
  console.log(`${name}: answer to updated verdicts over ${a.answers} answers: p50 ${a.p50} ms, p95 ${a.p95} ms, max ${a.max} ms (budget p95 < ${ANSWER_P95_MS} ms)`);
  console.log(`${name}:   first ${a.first_half.answers} answers p50 ${a.first_half.p50} ms, p95 ${a.first_half.p95} ms; last ${a.second_half.answers} p50 ${a.second_half.p50} ms, p95 ${a.second_half.p95} ms`);
  console.log(`${name}: memory after the run (JS heap and wasm): ${m.memory_bytes === null ? 'n/a' : (m.memory_bytes / 1048576).toFixed(1) + ' MiB'} (budget ${MEMORY_BYTES / 1048576} MiB)`);
}
const s = pageShape;
console.log(`\nPage shape, rows closed: full page at 1280 px ${s.full_page_1280.height} px (budget < ${FULL_PAGE_MAX_HEIGHT}), ${s.full_page_1280.elements} elements at load`);
for (const w of [700, 360]) {
  const e = s[`embed_${w}`];
  console.log(`embedded at ${w} px: first step ${e.first_step} px, all answered ${e.all_answered} px (budget ${EMBED_MAX_HEIGHT[w]})`);
}
const lw = lighthouseWidget, lf = lighthouseFloor;
const tbtBudget = Math.max(lf.tbt_ms * TBT_VS_FLOOR, TBT_FLOOR_MS);
console.log(`\nLighthouse 12.2.3, mobile, median of ${LIGHTHOUSE_RUNS} (widget | static copy)`);
console.log(`performance score   ${String(lw.score).padStart(6)} | ${String(lf.score).padStart(6)}   budget >= ${LIGHTHOUSE_SCORE}: ${lw.score >= LIGHTHOUSE_SCORE ? 'met' : 'NOT met'}`);
console.log(`LCP (ms)            ${String(lw.lcp_ms).padStart(6)} | ${String(lf.lcp_ms).padStart(6)}   budget <= ${LCP_VS_FLOOR}x: ${(lw.lcp_ms / lf.lcp_ms).toFixed(2)}x, ${lw.lcp_ms <= lf.lcp_ms * LCP_VS_FLOOR ? 'met' : 'NOT met'}`);
console.log(`TBT (ms)            ${String(lw.tbt_ms).padStart(6)} | ${String(lf.tbt_ms).padStart(6)}   budget <= ${tbtBudget}: ${lw.tbt_ms <= tbtBudget ? 'met' : 'NOT met'}`);
console.log(`TTI (ms)            ${String(lw.tti_ms).padStart(6)} | ${String(lf.tti_ms).padStart(6)}`);
console.log(`FCP (ms)            ${String(lw.fcp_ms).padStart(6)} | ${String(lf.fcp_ms).padStart(6)}`);
console.log(`DOM elements        ${String(lw.dom_elements).padStart(6)} | ${String(lf.dom_elements).padStart(6)}`);
if (at80) {
  const m = at80;
  const wl = m.lighthouse.widget, fl = m.lighthouse.floor;
  const tbt80 = Math.max(fl.tbt_ms * TBT_VS_FLOOR, TBT_FLOOR_MS);
  const met = (ok) => (ok ? 'met' : 'NOT met');
  console.log(`\nWith ${SYNTHETIC} models (synthetic catalogue: the real models, then copies with rewritten text)`);
  console.log(`first load ${m.sizes.first_load.gzip} bytes gzip (budget ${FIRST_LOAD_GZIP_BYTES}): ${met(m.sizes.first_load.gzip <= FIRST_LOAD_GZIP_BYTES)}`);
  const facts = m.sizes.files.find((f) => f.file.startsWith('facts-'));
  if (facts) console.log(`whole records, fetched at the first answer, opened model or comparison: ${facts.gzip} bytes gzip`);
  console.log(`elements at load ${m.shape.full_page_1280.elements} (budget ${DOM_MAX_ELEMENTS}): ${met(m.shape.full_page_1280.elements <= DOM_MAX_ELEMENTS)}; full page at 1280 px ${m.shape.full_page_1280.height} px`);
  for (const w of [700, 360]) {
    const e = m.shape[`embed_${w}`];
    console.log(`embedded at ${w} px: first step ${e.first_step} px, all answered ${e.all_answered} px (budget ${EMBED_MAX_HEIGHT[w]}): ${met(Math.max(e.first_step, e.all_answered) <= EMBED_MAX_HEIGHT[w])}`);
  }
  console.log(row('widget: interactive', m.widget.interactive_ms));
  console.log(row('static floor: interactive', m.floor.interactive_ms));
  console.log(`interactive / floor: ${(m.widget.interactive_ms.median / m.floor.interactive_ms.median).toFixed(2)}x (budget ${INTERACTIVE_VS_FLOOR}x)`);
  console.log(`longest task at start: median ${m.widget.longest_task_at_start_ms.median} ms, max ${m.widget.longest_task_at_start_ms.max} ms (budget ${LONG_TASK_MAX_MS} ms): ${met(m.widget.longest_task_at_start_ms.max <= LONG_TASK_MAX_MS)}`);
  const a = m.widget.answer_to_update_ms;
  console.log(`answer to updated verdicts: p50 ${a.p50} ms, p95 ${a.p95} ms (budget p95 < ${ANSWER_P95_MS} ms)`);
  console.log(`Lighthouse: score ${wl.score} | ${fl.score} (${met(wl.score >= LIGHTHOUSE_SCORE)}), LCP ${wl.lcp_ms} | ${fl.lcp_ms} ms (${(wl.lcp_ms / fl.lcp_ms).toFixed(2)}x, ${met(wl.lcp_ms <= fl.lcp_ms * LCP_VS_FLOOR)}), TBT ${wl.tbt_ms} | ${fl.tbt_ms} ms (${met(wl.tbt_ms <= tbt80)})`);
} else {
  console.log('\n(no target/report/dist-80: run scripts/report.sh for the 80-model figures)');
}
console.log(`\nwritten: ${relative(ROOT, join(OUT, 'report.json'))}`);
