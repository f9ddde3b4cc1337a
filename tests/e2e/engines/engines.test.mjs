// The release build in the engines beyond Chromium, through W3C WebDriver: Firefox ESR
// (geckodriver) and WebKitGTK (WebKitWebDriver). The engine comes from OMC_ENGINE; scripts/test.sh
// runs this file once per engine (WebKit under xvfb-run). The widget is served under the strict
// CSP from a sub-path, and the host page from another origin, as in the Chromium suite; a probe
// script first in each page records console errors and CSP violations (lib/webdriver.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { By, Key } from 'selenium-webdriver';
import { serve } from '../lib/server.mjs';
import { ROOT, requireDist, dataset } from '../lib/paths.mjs';
import { CSP } from '../lib/csp.mjs';
import { ANSWER_SETS } from '../lib/answer-sets.mjs';
import { engineFromEnv, startSession, PROBE, PROBE_FILE, withProbe } from '../lib/webdriver.mjs';

const engine = engineFromEnv();
const EXAMPLE_WIDGET = 'http://127.0.0.1:8080/';
const MODELS = dataset().models.length;

let session, driver, widget, host;
// While set, the widget's wasm is held back (to act on the pre-rendered page first).
let wasmHeld = null;

before(async () => {
  widget = await serve(requireDist(), {
    prefix: '/chooser/',
    headers: { 'content-security-policy': CSP },
    files: { [PROBE_FILE]: PROBE },
    rewrite: withProbe,
    hold: (file) => (file.endsWith('.wasm') ? wasmHeld?.promise : undefined),
  });
  host = await serve(join(ROOT, 'examples', 'hosts'), {
    // A page that loads nothing, to navigate from: docs.html frames the widget, and a frame's
    // held wasm request, cancelled by the navigation, can take the page's identical request
    // down with it in WebKit (the app then never starts: a test artefact seen once in CI).
    files: { [PROBE_FILE]: PROBE, 'blank.html': '<!doctype html><title>Blank</title>' },
    rewrite: (file, body) => withProbe(file, file.endsWith('.html') ? body.toString().replaceAll(EXAMPLE_WIDGET, widget.url) : body),
  });
  session = await startSession(engine);
  driver = session.driver;
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 60_000 });
  await driver.manage().window().setRect({ width: 1280, height: 900 });
});
after(async () => {
  await session?.quit();
  await widget?.close();
  await host?.close();
});

const js = (script, ...args) => driver.executeScript(script, ...args);
const interactive = () => js("return performance.getEntriesByName('omc-interactive').length > 0");

/** Waits until `fn()` is truthy (polling), failing with `what`. */
async function until(fn, what, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) assert.fail(`${engine.name}: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs `attempt` (steps that end by waiting for the app to start) and, where a WebKitGTK load
 * did not start the app within 30 s, logs it with `describe()` and runs the steps once more: the
 * second try must pass.
 *
 * In two full CI runs of seven (2026-12-05), one WebKitGTK load did not start the app within
 * 30 s, while the loads before and after it started in under a second. It never happened in 13
 * runs of this layer alone, with or without load on the machine, and its cause is not known. See
 * docs/PERFORMANCE.md, "Open problems". */
async function onceMoreIfWebKitDoesNotStart(attempt, describe) {
  try {
    await attempt();
  } catch (error) {
    if (engine.name !== 'WebKitGTK' || !/timed out waiting for the app to start/.test(error.message)) throw error;
    console.log(`# ${engine.name}: the app did not start within 30 s ${await describe()}; trying once more.`);
    await attempt();
  }
}

/** Opens `url` and waits for the app to run; a WebKitGTK load that does not start is logged with
 * what the server was asked for and what the page shows, and loaded once more. */
async function open(url) {
  const asked = widget.requests.length;
  await onceMoreIfWebKitDoesNotStart(
    async () => {
      await driver.get(url);
      await until(interactive, 'the app to start');
    },
    async () => {
      const state = await js(`return {
        readyState: document.readyState,
        failure: document.querySelector('.omc-failure')?.textContent ?? null,
        problems: window.__omcProblems,
        rows: document.querySelectorAll('[data-model-id]').length,
      }`);
      return `at ${url}. Requests: ${JSON.stringify(widget.requests.slice(asked))}; page: ${JSON.stringify(state)}`;
    },
  );
}

const verdict = (id) => js(`return document.querySelector('[data-model-id="${id}"]').dataset.verdict`);
const recommendation = () => js("return document.querySelector('[data-recommendation]').dataset.recommendation");
// The widget writes the address bar in a task just after the answer's.
const search = () => driver.executeAsyncScript('const done = arguments[0]; setTimeout(() => done(location.search), 0)');

/** Fails if the current page (or frame) recorded a console error, warning or CSP violation. */
async function assertNoProblems(where) {
  assert.deepEqual(await js('return window.__omcProblems'), [], `${engine.name}: no console error or CSP violation in ${where}`);
}

// The early-click test cannot simply reload (it holds the wasm back): its steps are taken once
// more, like `open()`'s load, where a WebKitGTK start does not come.
test(`${engine.name}: the app starts on the pre-rendered page and keeps an early click`, async () => {
  await onceMoreIfWebKitDoesNotStart(earlyClick, async () => `after an early click. Requests: ${JSON.stringify(widget.requests.slice(-12))}`);
});

async function earlyClick() {
  let release;
  wasmHeld = { promise: new Promise((r) => (release = r)) };
  try {
    // Navigate from a script: WebDriver's own navigation may wait for the held wasm's preload.
    await driver.get(host.url + 'blank.html');
    await js('location.href = arguments[0]', widget.url);
    // The first screen is there before the app: the questions and the first rows of each kind
    // (the app adds the others as it starts).
    const rows = () => js('return document.querySelectorAll("[data-model-id]").length');
    await until(async () => (await rows()) > 0 && (await js('return !!document.querySelector(\'label[for="omc-deploy-self"]\')')), 'the pre-rendered page');
    assert.ok((await rows()) < MODELS, 'the pre-rendered page holds the first rows, not every model');
    assert.equal(await interactive(), false, 'the app has not started yet');
    await driver.findElement(By.css('label[for="omc-deploy-self"]')).click();
    assert.equal(await js('return document.getElementById("omc-deploy-self").checked'), true);
  } finally {
    release();
    wasmHeld = null;
  }
  await until(interactive, 'the app to start');
  assert.equal(await js('return document.querySelectorAll("[data-model-id]").length'), MODELS, 'every model once the app runs');
  assert.equal(await js('return document.getElementById("omc-deploy-self").checked'), true, 'the early answer is kept');
  await until(async () => (await verdict('gpt-5')) === 'excluded', 'the early answer to reach the verdicts');
  assert.equal(await recommendation(), 'open-weights');
  assert.equal(await search(), '?deploy=self', 'the address bar follows');
  await assertNoProblems('the full page');
}

test(`${engine.name}: answering by mouse and by keyboard; the address bar follows`, async () => {
  await open(widget.url);
  // Mouse: a label, then Next.
  await driver.findElement(By.css('label[for="omc-deploy-self"]')).click();
  await driver.findElement(By.css('button[type=submit]')).click();
  await until(async () => (await js('return document.getElementById("omc-step-heading").textContent')) === 'Step 2 of 8', 'step 2');
  assert.equal(await js('return document.activeElement.id'), 'omc-step-heading', 'focus moves to the new step');
  // Keyboard: Tab from the heading to the hardware radios, the arrow key to choose, Enter for Next.
  for (let i = 0; i < 10 && (await js('return document.activeElement.name')) !== 'hardware'; i++) {
    await driver.actions().sendKeys(Key.TAB).perform();
  }
  assert.equal(await js('return document.activeElement.name'), 'hardware', 'the radios are reachable by Tab');
  await driver.actions().sendKeys(Key.SPACE).perform();
  await driver.actions().sendKeys(Key.ARROW_DOWN).perform();
  assert.equal(await js('return document.querySelector("input[name=hardware]:checked")?.value'), 'gpu');
  await driver.actions().sendKeys(Key.ENTER).perform();
  await until(async () => (await js('return document.getElementById("omc-step-heading").textContent')) === 'Step 3 of 8', 'step 3 by Enter');
  assert.equal(await search(), '?deploy=self&hardware=gpu');
  assert.equal(await verdict('deepseek-r1'), 'excluded', '671B needs a cluster');
  assert.equal(await verdict('gpt-oss-120b'), 'match', '117B x 0.6 = 70.2 GB fits one 80 GB GPU');
  await assertNoProblems('the full page');
});

test(`${engine.name}: a link restores the answers, verdicts and comparison`, async () => {
  for (const [query, rec, expected] of ANSWER_SETS) {
    await open(widget.url + query);
    assert.equal(await recommendation(), rec, query);
    for (const [id, v] of Object.entries(expected)) assert.equal(await verdict(id), v, `${query}: ${id}`);
  }
  await open(`${widget.url}?deploy=api&scale=large&compare=gpt-5,olmo-3`);
  assert.equal(await js('return document.getElementById("omc-step-heading").textContent'), 'Step 3 of 7', 'it opens at the first open question');
  // The comparison shows once the whole records have come (fetched as the page starts).
  await until(async () => (await js('return document.querySelectorAll(".omc-compare th[scope=col]").length')) === 2, 'the comparison');
  assert.equal(await verdict('devstral-2'), 'excluded');
  await assertNoProblems('the full page');
});

test(`${engine.name}: embedded on another origin, the height messages reach the host and embed.js resizes the frame`, async () => {
  await driver.get(host.url + 'blog.html');
  const iframe = await until(async () => (await driver.findElements(By.css('iframe')))[0], 'embed.js to make the frame');
  await js('arguments[0].scrollIntoView()', iframe);
  const outer = () => js('return arguments[0].getBoundingClientRect().height', iframe);
  await driver.switchTo().frame(iframe);
  await until(interactive, 'the app to start in the frame');
  const inner = () => js('return Math.ceil(document.documentElement.getBoundingClientRect().height)');
  const settled = async () => {
    const content = await inner();
    await driver.switchTo().defaultContent();
    const ok = Math.abs((await outer()) - content) <= 3;
    await driver.switchTo().frame(iframe);
    return ok && content;
  };
  const first = await until(settled, 'the frame to take its content height');
  assert.notEqual(first, 900, 'the placeholder height was replaced');
  // Answers that add a reason to most models: the content grows, and the frame with it.
  await driver.findElement(By.css('label[for="omc-deploy-api"]')).click();
  await driver.findElement(By.css('button[type=submit]')).click();
  await driver.findElement(By.css('label[for="omc-scale-hyperscale"]')).click();
  const grown = await until(async () => {
    const h = await settled();
    return h > first + 20 && h;
  }, 'the frame to grow with its content');
  assert.ok(grown > first + 20);
  await assertNoProblems('the embedded widget');
  await driver.switchTo().defaultContent();
  await assertNoProblems('the host page');
});

test(`${engine.name}: the find box narrows the rows, and a row opens its details by mouse and keyboard`, async () => {
  await open(widget.url);
  const find = await driver.findElement(By.id('omc-find'));
  await find.sendKeys('apache');
  const hidden = () => js('return [...document.querySelectorAll("[data-model-id]")].filter((e) => e.hidden).map((e) => e.dataset.modelId)');
  await until(async () => (await hidden()).includes('gpt-5'), 'the find box to hide the rows that do not match');
  assert.ok(!(await hidden()).includes('olmo-3'));
  assert.match(await js('return document.querySelector(".omc-count").textContent'), /^Showing \d+ of \d+; \d+ fit your answers\.$/);
  assert.equal(await js('return document.querySelectorAll("[data-model-id][data-tier][data-verdict]").length'), MODELS, 'hidden rows keep their hooks');
  assert.equal(await search(), '?q=apache');
  // Mouse opens, keyboard closes; the row says so.
  const toggle = await driver.findElement(By.id('omc-model-olmo-3'));
  await toggle.click();
  await until(async () => (await js('return document.querySelector("[data-model-id=olmo-3]").dataset.details')) === 'open', 'the details to open');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  // The whole records come from the widget's own folder at the first opening.
  await until(async () => (await js('return document.getElementById("omc-details-olmo-3").textContent')).includes('What is released'), 'the details\' facts');
  await driver.executeScript('arguments[0].focus()', toggle);
  await driver.actions().sendKeys(Key.ENTER).perform();
  await until(async () => (await toggle.getAttribute('aria-expanded')) === 'false', 'Enter to close the details');
  assert.equal(await js('return document.getElementById("omc-details-olmo-3")'), null);
  await assertNoProblems('the full page');
});

test(`${engine.name}: the probe does see a CSP violation (so the checks above are not vacuous)`, async () => {
  await open(widget.url);
  await assertNoProblems('the full page');
  // An inline style, which the strict CSP forbids.
  await js("const s = document.createElement('style'); s.textContent = 'p { color: red }'; document.head.append(s);");
  await until(async () => (await js('return window.__omcProblems')).some((p) => p.startsWith('CSP: style-src')), 'the CSP violation to be recorded');
});
