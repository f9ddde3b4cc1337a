// The size and speed report: a benchmark, not a test. Prints a table and writes JSON.
//
// Sizes: raw and gzip bytes of every file in dist/ and in total.
// Speed: over RUNS runs (at least 7) in headless Chromium, each in a fresh browser context with
// no cache, for the widget and for the "floor" (dist/index.html, pre-rendered, without its
// scripts: a plain static HTML page of the same content, served the same way):
//   - first content: the first-contentful-paint entry;
//   - interactive: for the widget, the `omc-interactive` performance mark its first render sets;
//     for the static floor, which has nothing to start, the later of DOMContentLoaded and first
//     contentful paint.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, rmSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { ROOT, requireDist } from './lib/paths.mjs';

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
      return { file: relative(dir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const total = list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { files: list, total };
}

/** The floor: dist/index.html, which holds the pre-rendered first screen, with every script and
 * preload removed: a plain static page of the same content, with the same stylesheet. */
function buildFloor() {
  const floor = join(OUT, 'floor');
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

async function measure(browser, url, kind) {
  const first = [];
  const interactive = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    if (kind === 'widget') {
      await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0, null, { timeout: 15000 });
    }
    // Paint entries arrive a frame after load: wait for them rather than read too early.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 15000 });
    const t = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
      const mark = performance.getEntriesByName('omc-interactive')[0]?.startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      return { fcp, mark, dcl: nav.domContentLoadedEventEnd };
    });
    first.push(t.fcp);
    interactive.push(kind === 'widget' ? t.mark : Math.max(t.dcl, t.fcp));
    await context.close();
  }
  return { first_content_ms: stats(first), interactive_ms: stats(interactive) };
}

const distSizes = sizes(dist);
const floorDir = buildFloor();
const widgetServer = await serve(dist, { prefix: '/' });
const floorServer = await serve(floorDir, { prefix: '/' });
const browser = await launch();
let widget, floor;
try {
  // One warm-up each so that the first measured run does not pay for browser start-up.
  await measure(browser, widgetServer.url, 'widget').catch(() => {});
  widget = await measure(browser, widgetServer.url, 'widget');
  floor = await measure(browser, floorServer.url, 'floor');
} finally {
  await browser.close();
  await widgetServer.close();
  await floorServer.close();
}

// What the page itself fetched, as seen by the server: the first load. Everything else in dist/
// (the dataset downloads) is fetched only when a reader asks for it.
const fetched = new Set(widgetServer.requests.map((p) => (p === '/' ? 'index.html' : p.slice(1))));
for (const f of distSizes.files) f.first_load = fetched.has(f.file);
const firstLoad = distSizes.files
  .filter((f) => f.first_load)
  .reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });

const report = {
  generated_at: new Date().toISOString(),
  runs: RUNS,
  sizes: { ...distSizes, first_load: firstLoad },
  budgets: { first_load_gzip_bytes: 120 * 1024, interactive_vs_floor: 1.5 },
  speed: {
    widget,
    floor,
    interactive_ratio: Math.round((widget.interactive_ms.median / floor.interactive_ms.median) * 100) / 100,
  },
};
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2) + '\n');

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('\nSizes of dist/ (KiB)');
console.log('file'.padEnd(56) + 'raw'.padStart(8) + 'gzip'.padStart(8) + '  loaded by the page');
for (const f of distSizes.files) console.log(f.file.padEnd(56) + kb(f.raw) + kb(f.gzip) + (f.first_load ? '  yes' : '  no (download)'));
console.log('total of dist/'.padEnd(56) + kb(distSizes.total.raw) + kb(distSizes.total.gzip));
console.log('first load'.padEnd(56) + kb(firstLoad.raw) + kb(firstLoad.gzip));
console.log(`budget: first load at most 120.0 KiB gzip -> ${firstLoad.gzip <= 120 * 1024 ? 'within' : 'OVER'}`);

console.log(`\nSpeed over ${RUNS} runs, headless Chromium (ms: median [min-max])`);
const row = (name, m) => `${name.padEnd(28)}${`${m.median} [${m.min}-${m.max}]`.padStart(22)}`;
console.log(row('widget: first content', widget.first_content_ms));
console.log(row('widget: interactive', widget.interactive_ms));
console.log(row('static floor: first content', floor.first_content_ms));
console.log(row('static floor: interactive', floor.interactive_ms));
console.log(`interactive / floor: ${report.speed.interactive_ratio}x (budget 1.5x)`);
console.log(`\nwritten: ${relative(ROOT, join(OUT, 'report.json'))}`);
