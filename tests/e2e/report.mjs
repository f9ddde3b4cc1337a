// The size and speed report: a benchmark, not a test. Prints a table and writes JSON
// (target/report/report.json). scripts/report.sh builds what it measures: the widget (dist/), the
// widget with a synthetic catalogue (target/report/dist-synthetic) and the minimal Yew app
// (bench/minimal-yew, into target/report/dist-minimal-yew).
//
// Sizes: raw and gzip bytes of every file in dist/ and in total, the first load, the minimal Yew
// app's first load, and what each model costs the first load (synthetic against real).
// Speed: over RUNS runs (at least 7) in headless Chromium, each in a fresh browser context with
// no cache, of the widget, of the "floor" (dist/index.html, pre-rendered, without its scripts:
// a plain static HTML page of the same content, served the same way), of the embed view in the
// example blog post, of the same widget and floor with the synthetic catalogue, and of the
// minimal Yew app. The runs are interleaved: run i of every page back to back (each round
// starting with another page), so that the machine's load at any moment falls on all of them
// alike. All is measured inside the page by a poller started at navigation:
//   - first content: the first model row is on the page;
//   - live: a click on the first answer, made as soon as its label exists (on the pre-rendered
//     page, before the app has started), shows in the verdicts: the app has started and applied
//     the early answer. The floor cannot react, so it has no live time; the widget's budget is
//     LIVE_VS_MINIMAL_YEW times the minimal Yew app's (medians);
//   - the longest task from navigation until live, and until live plus 1 s (slices that run
//     just after the app is live still block a reader): median and max over the runs; the
//     budget holds when no run has a task over LONG_TASK_MAX_MS.
// Then: answer-to-update latency over 120 answers (p50, p95) and memory (JS heap and wasm,
// measured by the page itself under cross-origin isolation), the page's shape, and Lighthouse
// (LIGHTHOUSE_RUNS runs of each page, interleaved; median [min-max], budgets on the medians).
// The machine's load average (/proc/loadavg) is read at the start and at the end.
import { oldestChecked } from './lib/catalogue-age.mjs';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, rmSync, copyFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serve } from './lib/server.mjs';
import { selfSignedCertificate } from './lib/tls.mjs';
import { ROOT, requireDist } from './lib/paths.mjs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { launch, CHROMIUM, CHROMIUM_ARGS } from './lib/browser.mjs';
import {
  FIRST_LOAD_GZIP_BYTES, LIVE_VS_MINIMAL_YEW, ANSWER_P95_MS, MEMORY_BYTES, gzipBytes,
  LIGHTHOUSE_SCORE, LCP_VS_FLOOR, TBT_VS_FLOOR, TBT_FLOOR_MS, EMBED_MAX_HEIGHT, FULL_PAGE_MAX_HEIGHT,
  DOM_MAX_ELEMENTS, LONG_TASK_MAX_MS,
} from './lib/budgets.mjs';

/** The machine's load average over 1, 5 and 15 minutes (Linux), or null. */
function loadAverage() {
  try {
    const [one, five, fifteen] = readFileSync('/proc/loadavg', 'utf8').trim().split(/\s+/).map(Number);
    return { one, five, fifteen };
  } catch {
    return null;
  }
}
const LOAD_BEFORE = loadAverage();

// Lighthouse, installed by scripts/report.sh into .tools/lighthouse (pinned in tools/versions.env).
const LIGHTHOUSE = join(ROOT, '.tools', 'lighthouse', 'node_modules', '.bin', 'lighthouse');
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
const RUNS = Math.max(7, Number(process.env.RUNS ?? 9));
const OUT = join(ROOT, 'target', 'report');
// Long tasks count from navigation until the app is live and this long after.
const AFTER_LIVE_MS = 1000;

/** Lighthouse's mobile performance audit of `url`, once. The pages it audits are served over
 * HTTP/2 with gzip by a server with a throwaway certificate, hence the flag. */
async function lighthouseOnce(url) {
  const flags = [...CHROMIUM_ARGS, '--ignore-certificate-errors'];
  const { stdout } = await promisify(execFile)(
    LIGHTHOUSE,
    [url, '--output=json', '--output-path=stdout', '--only-categories=performance', '--quiet', `--chrome-flags=${flags.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 1024 * 1024 },
  );
  const r = JSON.parse(stdout);
  const audit = (id) => Math.round(r.audits[id].numericValue);
  return {
    score: Math.round(r.categories.performance.score * 100),
    lcp_ms: audit('largest-contentful-paint'),
    tbt_ms: audit('total-blocking-time'),
    tti_ms: audit('interactive'),
    fcp_ms: audit('first-contentful-paint'),
    dom_elements: audit('dom-size'),
  };
}

/** Lighthouse on every page of `urls` (name -> URL), LIGHTHOUSE_RUNS times, interleaved (run i
 * of each page back to back): per page, each figure's median, min and max, and the runs. */
async function lighthouse(urls) {
  const runs = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    for (const [name, url] of Object.entries(urls)) runs[name].push(await lighthouseOnce(url));
  }
  return Object.fromEntries(Object.entries(runs).map(([name, list]) => [
    name,
    { ...Object.fromEntries(Object.keys(list[0]).map((k) => [k, stats(list.map((x) => x[k]))])), runs: list },
  ]));
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

/** The number of models a build holds: its published models.json. */
function modelCount(dir) {
  return JSON.parse(readFileSync(join(dir, 'models.json'), 'utf8')).models.length;
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
  return { median: r(median), min: r(sorted[0]), max: r(sorted.at(-1)), runs: values.length, values: values.map(r) };
}

// Started at navigation in every frame, inside the page (no test-driver round trip is counted):
// records when the first model row is on the page, clicks "On my own hardware" as soon as its
// label exists (before the app has started, on the pre-rendered page: the widget and the minimal
// Yew app keep such an answer), and records when the verdicts show it (GPT-5 ruled out): live.
// Every long task (over 50 ms) is recorded with its start, to be counted until live plus 1 s.
const POLLER = () => {
  const t = (window.__omcTimes = {});
  t.longTasks = [];
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    const record = (entries) => t.longTasks.push(...entries.map((e) => ({ start: e.startTime, duration: Math.round(e.duration) })));
    const longTasks = new PerformanceObserver((list) => record(list.getEntries()));
    longTasks.observe({ type: 'longtask', buffered: true });
    // The entries of a task that has just ended, before the observer's callback has run.
    window.__omcFlushLongTasks = () => record(longTasks.takeRecords());
  }
  const check = () => {
    const now = performance.now();
    if (!t.content && document.querySelector('[data-model-id]')) t.content = now;
    const label = document.querySelector('label[for="omc-deploy-self"]');
    if (label && !t.clicked) {
      t.clicked = now;
      label.click();
    }
    if (!t.live && document.querySelector('[data-model-id="gpt-5"][data-verdict="excluded"]')) {
      t.live = performance.now();
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

/** Opens `page` ({ kind: 'widget' | 'minimal' | 'floor', url, frame? }) at `address` in a fresh
 * browser context with the poller, and waits until the floor shows its first content, or until
 * an app has been live for AFTER_LIVE_MS (and a moment more, for the last long task's entry). */
async function open(browser, page, address = page.url) {
  const context = await browser.newContext();
  await context.addInitScript(POLLER);
  const tab = await context.newPage();
  await tab.goto(address, { waitUntil: 'load' });
  let target = tab;
  if (page.frame) {
    const iframe = tab.locator('iframe');
    await iframe.scrollIntoViewIfNeeded();
    target = await (await iframe.elementHandle()).contentFrame();
  }
  // Functions, not source strings: a string is evaluated as an expression, and the function
  // it defines is truthy at once.
  if (page.kind === 'floor') {
    await target.waitForFunction(
      () => window.__omcTimes?.content && performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      { timeout: 20000 },
    );
  } else {
    await target.waitForFunction(
      (after) => window.__omcTimes?.live && performance.now() >= window.__omcTimes.live + after,
      AFTER_LIVE_MS + 200,
      { timeout: 20000 },
    );
  }
  return { context, target };
}

/** One run of `page`: the poller's times, the longest tasks and where the time went. */
async function timedRun(browser, page) {
  const { context, target } = await open(browser, page);
  try {
    const t = await target.evaluate(() => {
      window.__omcFlushLongTasks?.();
      return window.__omcTimes;
    });
    const longest = (until) => Math.max(0, ...t.longTasks.filter((e) => e.start <= until).map((e) => e.duration));
    // Where the time to live goes: the HTML parsed (DOMContentLoaded, when a module script may
    // run), its content first painted (the loaders fetch the wasm only then: a page with more to
    // paint starts its wasm later, as the static copy's own paint shows), the wasm downloaded,
    // and the app started (the widget's first line of Rust).
    const timeline = await target.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const painted = performance.getEntriesByName('first-contentful-paint')[0];
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const start = performance.getEntriesByName('omc-start')[0];
      return { parsed: navigation?.domContentLoadedEventStart, painted: painted?.startTime, wasm: wasm?.responseEnd, start: start?.startTime };
    });
    return {
      content: t.content,
      live: t.live,
      longestUntilLive: t.live === undefined ? undefined : longest(t.live),
      longestAfterLive: t.live === undefined ? undefined : longest(t.live + AFTER_LIVE_MS),
      ...timeline,
    };
  } finally {
    await context.close();
  }
}

/** RUNS runs of every page of `pages`, interleaved: round i opens each page once, back to back,
 * each round starting with the next page, so that the machine's load at any moment falls on all
 * of them alike. Per page: median, min and max of each figure. */
async function timedRuns(browser, pages) {
  const samples = pages.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (let j = 0; j < pages.length; j++) {
      const k = (i + j) % pages.length;
      samples[k].push(await timedRun(browser, pages[k]));
    }
  }
  return pages.map((page, k) => {
    const figure = (key) => {
      const values = samples[k].map((s) => s[key]).filter((v) => v !== undefined && v !== null);
      return values.length ? stats(values) : undefined;
    };
    const out = { first_content_ms: figure('content') };
    if (page.kind !== 'floor') {
      out.live_ms = figure('live');
      out.longest_task_until_live_ms = figure('longestUntilLive');
      out.longest_task_until_live_plus_1s_ms = figure('longestAfterLive');
    }
    for (const [name, key] of [['html_parsed_ms', 'parsed'], ['first_paint_ms', 'painted'], ['wasm_loaded_ms', 'wasm'], ['app_started_ms', 'start']]) {
      const f = figure(key);
      if (f) out[name] = f;
    }
    return out;
  });
}

/** Answer latency over 120 answers and memory, in one more run of a widget page (at
 * `isolatedUrl` when given: a cross-origin isolated copy, where the page can measure its own
 * memory; the timed runs are not isolated, like the floor, so that all are served the same way). */
async function answersAndMemory(browser, page, isolatedUrl) {
  const { context, target } = await open(browser, page, isolatedUrl ?? page.url);
  try {
    const latency = await target.evaluate(ANSWER_LATENCY, 120);
    const memory = await target.evaluate(MEMORY);
    // The first answers run in V8's baseline wasm code while the optimising compiler catches
    // up (dynamic tiering); the last ones show the steady state.
    const half = Math.floor(latency.length / 2);
    const summary = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: percentile(values, 100), answers: values.length });
    return {
      answer_to_update_ms: { ...summary(latency), first_half: summary(latency.slice(0, half)), second_half: summary(latency.slice(half)) },
      memory_bytes: memory,
    };
  } finally {
    await context.close();
  }
}

/** What a page at `url` fetches by itself, until `ready` holds in it and a moment after, with no
 * answer given: the first load (the widget's whole records wait for a reader's first answer or
 * click). The widget is ready when interactive; the minimal Yew app once its wasm has arrived. */
const WIDGET_READY = () => performance.getEntriesByName('omc-interactive').length > 0;
const WASM_ARRIVED = () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm') && e.responseEnd > 0);
async function firstLoadFiles(browser, url, ready = WIDGET_READY) {
  const page = await browser.newPage();
  const fetched = new Set();
  page.on('request', (r) => fetched.add(decodeURIComponent(new URL(r.url()).pathname.replace(/^\/+/, '')) || 'index.html'));
  await page.goto(url);
  await page.waitForFunction(ready);
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
// tests/e2e/lib/synthetic-catalogue.mjs, built by scripts/report.sh into
// target/report/dist-synthetic): whether each budget holds as the catalogue grows to its next
// size. And the minimal Yew app (bench/minimal-yew), built by scripts/report.sh into
// target/report/dist-minimal-yew: the floor of the stack for the live time.
const DIST_SYNTHETIC = join(OUT, 'dist-synthetic');
const DIST_MINIMAL = join(OUT, 'dist-minimal-yew');
const hasSynthetic = existsSync(join(DIST_SYNTHETIC, 'index.html'));
const hasMinimal = existsSync(join(DIST_MINIMAL, 'index.html'));

const distSizes = sizes(dist);
const floorDir = buildFloor(dist);
// Cross-origin isolation lets the page measure its own memory, wasm included.
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const servers = {
  widget: await serve(dist, { prefix: '/' }),
  isolated: await serve(dist, { prefix: '/', headers: ISOLATED }),
  floor: await serve(floorDir, { prefix: '/' }),
  embed: await serve(dist, { prefix: '/chooser/' }),
};
servers.host = await serve(join(ROOT, 'examples', 'hosts'), {
  rewrite: (file, body) => (file.endsWith('.html') ? body.toString().replaceAll('http://127.0.0.1:8080/', servers.embed.url) : body),
});
const syntheticFloorDir = hasSynthetic ? buildFloor(DIST_SYNTHETIC, 'floor-synthetic') : null;
if (hasSynthetic) {
  servers.synthetic = await serve(DIST_SYNTHETIC, { prefix: '/' });
  servers.syntheticFloor = await serve(syntheticFloorDir, { prefix: '/' });
}
if (hasMinimal) servers.minimal = await serve(DIST_MINIMAL, { prefix: '/' });
// Lighthouse's pages, widget and static copy alike, over HTTP/2 with gzip, as the static hosts
// the widget is published on (GitHub Pages, Netlify, Cloudflare Pages) serve them. Lighthouse
// simulates a mobile network from the requests it observed; over HTTP/1.1 the widget's one
// script, requested beside the stylesheet on a connection of its own, appeared to cost its first
// paint a simulated handshake that no real host charges (docs/PERFORMANCE.md, "How LCP is
// measured").
const TLS = selfSignedCertificate();
servers.lhWidget = await serve(dist, { prefix: '/', secure: TLS });
servers.lhFloor = await serve(floorDir, { prefix: '/', secure: TLS });
if (hasSynthetic) {
  servers.lhSynthetic = await serve(DIST_SYNTHETIC, { prefix: '/', secure: TLS });
  servers.lhSyntheticFloor = await serve(syntheticFloorDir, { prefix: '/', secure: TLS });
}

// The timed pages, run interleaved.
const PAGES = [
  { name: 'widget', kind: 'widget', url: servers.widget.url },
  { name: 'floor', kind: 'floor', url: servers.floor.url },
  // The embed view inside the example blog post, on another origin; times are the frame's own.
  { name: 'embedded', kind: 'widget', url: servers.host.url + 'blog.html', frame: true },
  ...(hasMinimal ? [{ name: 'minimal_yew', kind: 'minimal', url: servers.minimal.url }] : []),
  ...(hasSynthetic
    ? [
        { name: 'synthetic_widget', kind: 'widget', url: servers.synthetic.url },
        { name: 'synthetic_floor', kind: 'floor', url: servers.syntheticFloor.url },
      ]
    : []),
];

const browser = await launch(['--enable-blink-features=ForceEagerMeasureMemory', '--enable-precise-memory-info']);
const speed = {};
let pageShape, syntheticShape, lh, fetched, fetchedSynthetic, fetchedMinimal;
try {
  fetched = await firstLoadFiles(browser, servers.widget.url);
  if (hasSynthetic) fetchedSynthetic = await firstLoadFiles(browser, servers.synthetic.url);
  if (hasMinimal) fetchedMinimal = await firstLoadFiles(browser, servers.minimal.url, WASM_ARRIVED);
  // One warm-up round so that the first measured run does not pay for browser start-up.
  console.log(`warm-up: one run of each of ${PAGES.length} pages...`);
  for (const page of PAGES) await timedRun(browser, page).catch(() => {});
  console.log(`timed runs: ${RUNS} rounds of ${PAGES.map((p) => p.name).join(', ')}, interleaved...`);
  const results = await timedRuns(browser, PAGES);
  PAGES.forEach((page, k) => (speed[page.name] = results[k]));
  console.log('answers and memory...');
  const named = (name) => PAGES.find((p) => p.name === name);
  Object.assign(speed.widget, await answersAndMemory(browser, named('widget'), servers.isolated.url));
  Object.assign(speed.embedded, await answersAndMemory(browser, named('embedded')));
  if (hasSynthetic) Object.assign(speed.synthetic_widget, await answersAndMemory(browser, named('synthetic_widget')));
  console.log('heights and elements...');
  pageShape = await shape(browser, servers.widget.url);
  if (hasSynthetic) syntheticShape = await shape(browser, servers.synthetic.url);
  // Lighthouse starts its own Chromium, one run at a time, the pages interleaved.
  console.log(`Lighthouse: ${LIGHTHOUSE_RUNS} rounds...`);
  lh = await lighthouse({
    widget: servers.lhWidget.url,
    floor: servers.lhFloor.url,
    ...(hasSynthetic ? { synthetic_widget: servers.lhSynthetic.url, synthetic_floor: servers.lhSyntheticFloor.url } : {}),
  });
} finally {
  await browser.close();
  for (const s of Object.values(servers)) await s.close();
}
const LOAD_AFTER = loadAverage();

// What the page fetched by itself: the first load. Everything else in dist/ is fetched only when
// a reader needs it: the whole records (facts-*.bin) at the first answer, opened model or
// comparison; the dataset downloads when asked for.
const firstLoad = firstLoadOf(distSizes, fetched);
const realModels = modelCount(dist);
const ratio = (a, b) => Math.round((a / b) * 100) / 100;
let synthetic = null;
if (hasSynthetic) {
  const syntheticSizes = sizes(DIST_SYNTHETIC);
  const syntheticFirstLoad = firstLoadOf(syntheticSizes, fetchedSynthetic);
  const models = modelCount(DIST_SYNTHETIC);
  synthetic = {
    models,
    sizes: { ...syntheticSizes, first_load: syntheticFirstLoad },
    // What one more model costs the first load, gzip: the synthetic build against the real one.
    first_load_gzip_bytes_per_model: Math.round(((syntheticFirstLoad.gzip - firstLoad.gzip) / (models - realModels)) * 10) / 10,
    widget: speed.synthetic_widget,
    floor: speed.synthetic_floor,
    live_vs_minimal_yew: hasMinimal ? ratio(speed.synthetic_widget.live_ms.median, speed.minimal_yew.live_ms.median) : null,
    shape: syntheticShape,
    lighthouse: { widget: lh.synthetic_widget, floor: lh.synthetic_floor },
  };
}
let minimal = null;
if (hasMinimal) {
  const minimalSizes = sizes(DIST_MINIMAL);
  minimal = { sizes: { ...minimalSizes, first_load: firstLoadOf(minimalSizes, fetchedMinimal) } };
}

const report = {
  generated_at: new Date().toISOString(),
  runs: RUNS,
  lighthouse_runs: LIGHTHOUSE_RUNS,
  lighthouse_served_over: 'HTTP/2 over TLS, gzip',
  load_average: { before: LOAD_BEFORE, after: LOAD_AFTER },
  models: realModels,
  sizes: { ...distSizes, first_load: firstLoad },
  budgets: {
    first_load_gzip_bytes: FIRST_LOAD_GZIP_BYTES,
    live_vs_minimal_yew: LIVE_VS_MINIMAL_YEW,
    long_task_max_ms: LONG_TASK_MAX_MS,
    answer_p95_ms: ANSWER_P95_MS,
    memory_bytes: MEMORY_BYTES,
    lighthouse_score: LIGHTHOUSE_SCORE,
    lcp_vs_floor: LCP_VS_FLOOR,
    tbt_vs_floor: TBT_VS_FLOOR,
    tbt_floor_ms: TBT_FLOOR_MS,
  },
  speed: {
    widget: speed.widget,
    floor: speed.floor,
    embedded_in_host_page: speed.embedded,
    minimal_yew: speed.minimal_yew ?? null,
    live_vs_minimal_yew: hasMinimal ? ratio(speed.widget.live_ms.median, speed.minimal_yew.live_ms.median) : null,
  },
  shape: pageShape,
  oldest_checked: oldestChecked(dist, 10),
  lighthouse: { widget: lh.widget, floor: lh.floor },
  minimal_yew: minimal,
  synthetic,
};
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2) + '\n');

const met = (ok) => (ok ? 'met' : 'NOT met');
const load = (l) => (l ? `${l.one} ${l.five} ${l.fifteen}` : 'n/a');
console.log(`\nLoad average (/proc/loadavg, 1, 5 and 15 min): before ${load(LOAD_BEFORE)}; after ${load(LOAD_AFTER)}`);

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log(`\nSizes of dist/ (KB, 1000 bytes; ${realModels} models)`);
console.log('file'.padEnd(56) + 'raw'.padStart(8) + 'gzip'.padStart(8) + '  loaded by the page');
for (const f of distSizes.files) console.log(f.file.padEnd(56) + kb(f.raw) + kb(f.gzip) + (f.first_load ? '  yes' : '  no (download)'));
console.log('total of dist/'.padEnd(56) + kb(distSizes.total.raw) + kb(distSizes.total.gzip));
console.log('first load'.padEnd(56) + kb(firstLoad.raw) + kb(firstLoad.gzip));
console.log(`budget: first load at most ${FIRST_LOAD_GZIP_BYTES} bytes gzip -> ${firstLoad.gzip} (${firstLoad.gzip <= FIRST_LOAD_GZIP_BYTES ? 'within' : 'OVER'})`);
if (minimal) {
  const m = minimal.sizes;
  console.log(`\nThe minimal Yew app (bench/minimal-yew), built by the same pipeline`);
  for (const f of m.files) console.log(f.file.padEnd(56) + kb(f.raw) + kb(f.gzip) + (f.first_load ? '  yes' : '  no'));
  console.log('first load'.padEnd(56) + kb(m.first_load.raw) + kb(m.first_load.gzip));
}

const row = (name, m) => `${name.padEnd(52)}${m ? `${m.median} [${m.min}-${m.max}]`.padStart(22) : 'n/a'.padStart(22)}`;
const AFTER = `live + ${AFTER_LIVE_MS / 1000} s`;
const appRows = (label, m) => {
  console.log(row(`${label}: first content`, m.first_content_ms));
  console.log(row(`${label}: live (early answer applied)`, m.live_ms));
  console.log(row(`${label}: longest task until live`, m.longest_task_until_live_ms));
  console.log(row(`${label}: longest task until ${AFTER}`, m.longest_task_until_live_plus_1s_ms));
  if (m.html_parsed_ms) console.log(row(`${label}: HTML parsed`, m.html_parsed_ms));
  if (m.first_paint_ms) console.log(row(`${label}: first paint`, m.first_paint_ms));
  if (m.wasm_loaded_ms) console.log(row(`${label}: wasm downloaded`, m.wasm_loaded_ms));
  if (m.app_started_ms) console.log(row(`${label}: app started`, m.app_started_ms));
};
const floorRows = (label, m) => {
  console.log(row(`${label}: first content`, m.first_content_ms));
  if (m.html_parsed_ms) console.log(row(`${label}: HTML parsed`, m.html_parsed_ms));
  if (m.first_paint_ms) console.log(row(`${label}: first paint`, m.first_paint_ms));
};
const SYNTHETIC_LABEL = synthetic ? `${synthetic.models} models` : '';
console.log(`\nSpeed over ${RUNS} runs of each page, interleaved, headless Chromium (ms: median [min-max])`);
appRows('widget', speed.widget);
if (synthetic) appRows(`widget, ${SYNTHETIC_LABEL}`, speed.synthetic_widget);
if (hasMinimal) appRows('minimal Yew app', speed.minimal_yew);
floorRows('static floor', speed.floor);
if (synthetic) floorRows(`static floor, ${SYNTHETIC_LABEL}`, speed.synthetic_floor);
appRows('embedded', speed.embedded);
if (hasMinimal) {
  const y = speed.minimal_yew.live_ms.median;
  const live = (label, m) => {
    const r = ratio(m.live_ms.median, y);
    console.log(`live / minimal Yew app (medians), ${label}: ${m.live_ms.median} / ${y} ms = ${r}x (budget <= ${LIVE_VS_MINIMAL_YEW}x): ${met(r <= LIVE_VS_MINIMAL_YEW)}`);
  };
  live('widget', speed.widget);
  if (synthetic) live(SYNTHETIC_LABEL, speed.synthetic_widget);
} else {
  console.log('(no target/report/dist-minimal-yew: run scripts/report.sh for the live budget against the minimal Yew app)');
}
const longTask = (label, m) => {
  const a = m.longest_task_until_live_plus_1s_ms, b = m.longest_task_until_live_ms;
  console.log(`longest task from navigation until ${AFTER}, ${label}: median ${a.median} ms, max ${a.max} ms over ${a.runs} runs (until live alone: median ${b.median}, max ${b.max}); budget: none over ${LONG_TASK_MAX_MS} ms in any run: ${met(a.max <= LONG_TASK_MAX_MS)}`);
};
longTask('widget', speed.widget);
if (synthetic) longTask(SYNTHETIC_LABEL, speed.synthetic_widget);
for (const [name, m] of [['widget', speed.widget], ['embedded', speed.embedded]]) {
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

/** Lighthouse's figures, widget against static copy: median [min-max], budgets on the medians. */
// How the Lighthouse figures were taken, for the heading of each of their tables.
const LIGHTHOUSE_HOW = `${LIGHTHOUSE_RUNS} runs of each page, interleaved, served over HTTP/2 with gzip (median [min-max]; budgets on the medians)`;
function lighthouseTable(w, f) {
  const cell = (m) => `${m.median} [${m.min}-${m.max}]`.padStart(18);
  const tbtBudget = Math.max(f.tbt_ms.median * TBT_VS_FLOOR, TBT_FLOOR_MS);
  console.log(`${''.padEnd(20)}${'widget'.padStart(18)} | ${'static copy'.padStart(18)}`);
  console.log(`performance score   ${cell(w.score)} | ${cell(f.score)}   budget >= ${LIGHTHOUSE_SCORE}: ${met(w.score.median >= LIGHTHOUSE_SCORE)}`);
  console.log(`LCP (ms)            ${cell(w.lcp_ms)} | ${cell(f.lcp_ms)}   budget <= ${LCP_VS_FLOOR}x: ${(w.lcp_ms.median / f.lcp_ms.median).toFixed(2)}x, ${met(w.lcp_ms.median <= f.lcp_ms.median * LCP_VS_FLOOR)}`);
  console.log(`TBT (ms)            ${cell(w.tbt_ms)} | ${cell(f.tbt_ms)}   budget <= max(${TBT_VS_FLOOR}x, ${TBT_FLOOR_MS} ms) = ${tbtBudget}: ${met(w.tbt_ms.median <= tbtBudget)}`);
  console.log(`TTI (ms)            ${cell(w.tti_ms)} | ${cell(f.tti_ms)}`);
  console.log(`FCP (ms)            ${cell(w.fcp_ms)} | ${cell(f.fcp_ms)}`);
  console.log(`DOM elements        ${cell(w.dom_elements)} | ${cell(f.dom_elements)}`);
}
console.log(`\nLighthouse 12.2.3, mobile, ${LIGHTHOUSE_HOW}`);
lighthouseTable(lh.widget, lh.floor);

console.log(`\nThe ${report.oldest_checked.length} facts checked longest ago (read these sources again first; data/README.md, "Re-check a model")`);
for (const f of report.oldest_checked) console.log(`  ${f.checked}  ${f.model}: ${f.fact}  ${f.source}`);

if (synthetic) {
  const m = synthetic;
  console.log(`\nWith ${m.models} models (synthetic catalogue: the real models, then copies with rewritten text)`);
  console.log(`first load ${m.sizes.first_load.gzip} bytes gzip (budget ${FIRST_LOAD_GZIP_BYTES}): ${met(m.sizes.first_load.gzip <= FIRST_LOAD_GZIP_BYTES)}`);
  console.log(`per-model cost of the first load: (${m.sizes.first_load.gzip} - ${firstLoad.gzip}) / (${m.models} - ${realModels}) = ${m.first_load_gzip_bytes_per_model} bytes gzip per model`);
  const facts = m.sizes.files.find((f) => f.file.startsWith('facts-'));
  if (facts) console.log(`whole records, fetched at the first answer, opened model or comparison: ${facts.gzip} bytes gzip`);
  console.log(`elements at load ${m.shape.full_page_1280.elements} (budget ${DOM_MAX_ELEMENTS}): ${met(m.shape.full_page_1280.elements <= DOM_MAX_ELEMENTS)}; full page at 1280 px ${m.shape.full_page_1280.height} px`);
  for (const w of [700, 360]) {
    const e = m.shape[`embed_${w}`];
    console.log(`embedded at ${w} px: first step ${e.first_step} px, all answered ${e.all_answered} px (budget ${EMBED_MAX_HEIGHT[w]}): ${met(Math.max(e.first_step, e.all_answered) <= EMBED_MAX_HEIGHT[w])}`);
  }
  console.log('(live and longest tasks: in the speed table above, measured interleaved with the real catalogue)');
  const a = m.widget.answer_to_update_ms;
  console.log(`answer to updated verdicts: p50 ${a.p50} ms, p95 ${a.p95} ms (budget p95 < ${ANSWER_P95_MS} ms)`);
  console.log(`Lighthouse, ${LIGHTHOUSE_HOW}`);
  lighthouseTable(m.lighthouse.widget, m.lighthouse.floor);
} else {
  console.log('\n(no target/report/dist-synthetic: run scripts/report.sh for the synthetic catalogue\'s figures)');
}
console.log(`\nLoad average (/proc/loadavg, 1, 5 and 15 min): before ${load(LOAD_BEFORE)}; after ${load(LOAD_AFTER)}`);
console.log(`written: ${relative(ROOT, join(OUT, 'report.json'))}`);
