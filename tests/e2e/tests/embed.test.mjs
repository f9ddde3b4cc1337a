// End-to-end: embedding (CONTRACT §5 and §7). The host pages are served from another origin (a
// second port) than the widget, which is served under the strict CSP header.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { ROOT, requireDist, dataset } from '../lib/paths.mjs';
import { CSP, recordCspViolations } from '../lib/csp.mjs';
import { addressBar } from '../lib/page.mjs';
// The rows of each kind the pre-rendered page holds (`rows::KIND_ROWS` in src/rows.rs).
const KIND_ROWS = 3;

const EXAMPLE_WIDGET = 'http://127.0.0.1:8080/';
let browser, widget, host;

before(async () => {
  browser = await launch();
  widget = await serve(requireDist(), { prefix: '/chooser/', headers: { 'content-security-policy': CSP } });
  host = await serve(join(ROOT, 'examples', 'hosts'), {
    rewrite: (file, body) => (file.endsWith('.html') ? body.toString().replaceAll(EXAMPLE_WIDGET, widget.url) : body),
  });
  assert.notEqual(new URL(widget.url).origin, new URL(host.url).origin);
});
after(async () => {
  await browser?.close();
  await widget?.close();
  await host?.close();
});

/** A new page in its own context, recording console problems, CSP violations and requests. */
async function newPage(options = {}) {
  const context = await browser.newContext(options);
  await recordCspViolations(context);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  page.on('request', (r) => requests.push({ url: r.url(), main: r.frame() === page.mainFrame() }));
  return { context, page, problems, requests };
}

/** Opens a host page and returns the chooser's frame once the widget is running in it. */
async function openHost(session, file) {
  const { page } = session;
  await page.goto(host.url + file);
  const iframe = page.locator('iframe');
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  return { iframe, frame };
}

/** Holds the page's wasm download back until the returned function is called, so a test can act
 * on the pre-rendered page before the app starts. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

async function heights(iframe, frame) {
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { outer, inner };
}

/** Waits until the frame's height matches its content within 3 px; returns the height. */
async function settled(iframe, frame) {
  for (let i = 0; i < 100; i++) {
    const { outer, inner } = await heights(iframe, frame);
    if (Math.abs(outer - inner) <= 3) return outer;
    await new Promise((r) => setTimeout(r, 50));
  }
  const { outer, inner } = await heights(iframe, frame);
  assert.fail(`the frame is ${outer}px high, its content ${inner}px`);
}

async function assertCleanEmbed(session, frames) {
  assert.deepEqual(session.problems, [], 'no console error or warning');
  for (const f of frames) {
    assert.deepEqual(await f.evaluate(() => window.__cspViolations), [], `no CSP violation in ${f.url()}`);
  }
  const fromWidget = session.requests.filter((r) => !r.main).map((r) => r.url);
  assert.ok(fromWidget.length > 0);
  assert.deepEqual(fromWidget.filter((u) => !u.startsWith(widget.origin + '/')), [], 'the widget requests nothing from another origin');
}

test('the frame height follows its content as the reader answers, without oscillating', async () => {
  const session = await newPage();
  const { iframe, frame } = await openHost(session, 'blog.html');
  assert.equal(await iframe.getAttribute('title'), 'Open Model Chooser: which AI model should you choose?');
  assert.equal(await iframe.getAttribute('loading'), 'lazy');
  const first = await settled(iframe, frame);
  assert.notEqual(first, 900, 'the placeholder height was replaced by the content height');

  // Answers, then a model's details opened: the content grows; Restart: it shrinks back.
  for (const id of ['omc-deploy-api']) await frame.click(`label[for="${id}"]`);
  await frame.click('button[type=submit]');
  await frame.click('label[for="omc-scale-hyperscale"]');
  await frame.click('button[type=submit]');
  await frame.click('label[for="omc-customize-yes"]');
  await frame.click('.omc-row:not([hidden]) .omc-row-toggle');
  const grown = await settled(iframe, frame);
  assert.ok(grown > first + 20, `the frame grew (${first} -> ${grown})`);
  await frame.click('text=Restart');
  const shrunk = await settled(iframe, frame);
  assert.ok(shrunk < grown - 20, `the frame shrank (${grown} -> ${shrunk})`);

  // No oscillation: once settled, the height stays put.
  const samples = [];
  for (let i = 0; i < 10; i++) {
    samples.push(await iframe.evaluate((el) => el.getBoundingClientRect().height));
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(new Set(samples).size, 1, `stable height, got ${samples.join(', ')}`);
  await assertCleanEmbed(session, [frame]);
  await session.context.close();
});

test('height messages from another window, or with a bad height, are ignored', async () => {
  const session = await newPage();
  const { iframe, frame } = await openHost(session, 'blog.html');
  const height = await settled(iframe, frame);
  const wait = () => new Promise((r) => setTimeout(r, 300));
  // From the host page itself: not the frame's window.
  await session.page.evaluate(() => {
    window.postMessage({ type: 'open-model-chooser:height', height: 321 }, '*');
    window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 321 }, '*');
  });
  await wait();
  assert.equal(await iframe.evaluate((el) => el.getBoundingClientRect().height), height);
  // From the frame, with heights that are not sane numbers.
  await frame.evaluate(() => {
    for (const h of [-5, 0, 'abc', 1e9, NaN, Infinity, null]) {
      parent.postMessage({ type: 'open-model-chooser:height', height: h }, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
    }
    parent.postMessage('open-model-chooser:height 400', '*');
  });
  await wait();
  assert.equal(await iframe.evaluate((el) => el.getBoundingClientRect().height), height);
  // A sane one from the frame is taken (so the checks above were not vacuous).
  await frame.evaluate(() => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 654 }, '*'));
  await wait();
  assert.equal(await iframe.evaluate((el) => el.getBoundingClientRect().height), 654);
  await session.context.close();
});

test("the host's theme switch reaches the frame", async () => {
  const session = await newPage({ colorScheme: 'light' });
  const { frame } = await openHost(session, 'blog.html');
  const theme = () => frame.evaluate(() => document.documentElement.dataset.theme);
  const scheme = () => frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // data-theme="auto": the frame takes the host page's scheme (light here) from the start.
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  const light = await background();
  await session.page.click('#theme-switch');
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await scheme(), 'dark');
  assert.notEqual(await background(), light, 'the frame repaints dark');
  await session.page.click('#theme-switch');
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  assert.equal(await scheme(), 'light');
  await assertCleanEmbed(session, [frame]);
  await session.context.close();
});

test('the embed link opens the full page with the same answers', async () => {
  const session = await newPage();
  const { frame } = await openHost(session, 'blog.html');
  assert.equal(await frame.locator('.omc-header').isVisible(), false, 'no page chrome in the embed view');
  assert.equal(await frame.locator('h1:not(.omc-visually-hidden)').filter({ visible: true }).count(), 0, 'its heading is for screen readers only');
  await frame.click('label[for="omc-deploy-self"]');
  await frame.click('button[type=submit]');
  await frame.click('label[for="omc-hardware-gpu"]');
  const link = frame.locator('.omc-full-page a');
  assert.equal(await link.getAttribute('target'), '_blank');
  const [full] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
  await full.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  const url = new URL(full.url());
  assert.equal(url.origin + url.pathname, widget.url);
  assert.equal(url.search, '?deploy=self&hardware=gpu');
  assert.equal(await full.locator('h1').count(), 1, 'the full page has its chrome');
  assert.ok(await full.locator('.omc-header').isVisible());
  assert.equal(await full.getAttribute('[data-recommendation]', 'data-recommendation'), 'open-weights');
  await session.context.close();
});

test('the full page works under the strict CSP, with no violation and no request elsewhere', async () => {
  const session = await newPage();
  const { page } = session;
  const response = await page.goto(widget.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  await page.click('label[for="omc-deploy-api"]');
  assert.equal(await page.getAttribute('[data-recommendation]', 'data-recommendation'), 'closed');
  await page.click('button[type=submit]');
  assert.equal(await page.textContent('#omc-step-heading'), 'Step 2 of 7');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(session.problems, []);
  assert.deepEqual(session.requests.map((r) => r.url).filter((u) => !u.startsWith(widget.origin + '/')), []);
  // Privacy: no cookies, no storage.
  assert.deepEqual(await session.context.cookies(), []);
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
  await session.context.close();
});

/** The ids of the rows the pre-rendered page holds: the first KIND_ROWS of each kind, in the
 * catalogue's order (the app adds the others as it starts). The kinds come from the live app. */
async function firstRowsOfEachKind() {
  const session = await newPage();
  await session.page.goto(widget.url);
  await session.page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  const tiers = Object.fromEntries(await session.page.locator('[data-model-id]').evaluateAll(
    (rows) => rows.map((r) => [r.dataset.modelId, r.dataset.tier])));
  await session.context.close();
  const seen = {};
  return dataset().models.map((m) => m.id).filter((id) => (seen[tiers[id]] = (seen[tiers[id]] ?? 0) + 1) <= KIND_ROWS);
}

test('with JavaScript disabled, the pre-rendered page shows the first models of each kind, every licence and the downloads', async () => {
  const expected = await firstRowsOfEachKind();
  const session = await newPage({ javaScriptEnabled: false });
  const { page } = session;
  await page.goto(widget.url);
  const models = dataset().models;
  assert.ok(expected.length < models.length, 'fewer rows than models: the page stays flat');
  const rows = await page.locator('[data-model-id]').evaluateAll((all) => all.map((r) => r.dataset.modelId));
  assert.deepEqual(rows.sort(), [...expected].sort());
  for (const id of expected) {
    const row = page.locator(`[data-model-id="${id}"]`);
    assert.ok(await row.isVisible(), `${id} is shown`);
    const m = models.find((x) => x.id === id);
    assert.ok((await row.textContent()).includes(m.licence.name), `${id} names its licence`);
  }
  // The "Show all" boxes need the app's rows: they keep their place, unseen, until it runs.
  const boxes = page.locator('.omc-more');
  assert.ok((await boxes.count()) > 0);
  for (const box of await boxes.all()) assert.equal(await box.isVisible(), false);
  // The licence texts are a page of their own (the page's weight stays flat as licences are
  // added), linked from the explainer and readable without JavaScript: every licence text is
  // linked there, with the models under it; the downloads list them all.
  const link = page.locator('.omc-legal a[href="licences.html"]');
  assert.equal(await link.count(), 1, 'the licence texts page is linked');
  const licenceCount = new Set(models.map((m) => m.licence.url)).size;
  assert.match(await link.textContent(), new RegExp(`the ${licenceCount} licence texts`));
  await link.click();
  await page.waitForURL(/licences\.html$/);
  assert.equal(await page.locator('script').count(), 0, 'a static page');
  // Issue 20: every licence is a native <details>, closed, which opens without JavaScript on its
  // three lists.
  const views = page.locator('details[data-licence-id]');
  assert.equal(await views.count(), licenceCount);
  for (const m of models) {
    const view = page.locator('details[data-licence-id]', { has: page.locator(`a.omc-licence-text[href="${m.licence.url}"]`) });
    assert.equal(await view.count(), 1, `${m.licence.name} is linked once`);
    assert.ok((await view.textContent()).includes(`${m.name}: `), `${m.name} is listed under ${m.licence.name}`);
  }
  const first = views.first();
  assert.equal(await first.locator('h3').first().isVisible(), false, 'closed at first');
  await first.locator('summary').click();
  for (const title of ['Permissions', 'Conditions', 'Limitations']) {
    assert.ok(await first.locator('h3', { hasText: title }).isVisible(), title);
  }
  assert.equal(await first.locator('li[data-status]').count(), 17, 'every item, none left out');
  const csv = await page.evaluate(async () => (await fetch('licences.csv')).text());
  assert.equal(csv.trim().split('\r\n').length, licenceCount + 1, 'licences.csv: a row per licence');
  await page.goBack();
  for (const file of ['models.json', 'models.csv']) assert.equal(await page.locator(`.omc-footer a[href="${file}"]`).count(), 1, file);
  assert.ok(await page.locator('.omc-noscript').isVisible(), 'the no-script note shows');
  await session.context.close();
});

test('the pre-rendered screen is replaced by the app without a layout jump', async () => {
  const session = await newPage();
  const { page } = session;
  // Hold the wasm back until the pre-rendered page has been measured.
  const release = await holdWasm(page);
  await page.goto(widget.url, { waitUntil: 'domcontentloaded' });
  const cards = page.locator('[data-model-id]');
  const firstRows = await cards.count();
  assert.ok(firstRows > 0 && firstRows < dataset().models.length, 'the first rows are there before the wasm');
  const rows = await cards.evaluateAll((all) => all.map((r) => r.dataset.modelId));
  const row = (id) => page.locator(`[data-model-id="${id}"]`);
  const boxes = async () => Promise.all(rows.map((id) => row(id).boundingBox()));
  const before = await boxes();
  const headingBefore = await page.locator('#omc-step-heading').boundingBox();
  release();
  await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  assert.equal(await cards.count(), dataset().models.length, 'the app adds the other rows');
  assert.deepEqual(await boxes(), before, 'every pre-rendered row stays where it was');
  assert.deepEqual(await page.locator('#omc-step-heading').boundingBox(), headingBefore);
  await session.context.close();
});

test('a plain iframe in a documentation page shows the embed view', async () => {
  const session = await newPage();
  const { iframe, frame } = await openHost(session, 'docs.html');
  assert.equal(await frame.locator('.omc-header').isVisible(), false);
  assert.equal(await frame.locator('h1:not(.omc-visually-hidden)').filter({ visible: true }).count(), 0);
  assert.equal(await frame.locator('.omc-full-page a').count(), 1);
  assert.equal(await iframe.evaluate((el) => el.getBoundingClientRect().height), 900, 'a plain iframe keeps its height');
  await assertCleanEmbed(session, [frame]);
  await session.context.close();
});

test('a wasm that cannot start leaves the pre-rendered content and a notice, never a blank frame', async () => {
  const session = await newPage();
  const { page } = session;
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' }));
  await page.goto(widget.url + '?embed=1');
  await page.waitForSelector('.omc-failure');
  assert.match(await page.textContent('.omc-failure'), /could not start/);
  assert.equal(await page.locator('[data-model-id]').count(), (await firstRowsOfEachKind()).length);
  await session.context.close();
});

for (const [what, reply] of [
  ['is missing', { status: 404, body: 'not found' }],
  ['is damaged', { status: 200, contentType: 'application/octet-stream', body: Buffer.from([1, 2, 3]) }],
]) {
  test(`a catalogue file that ${what} leaves the pre-rendered content and a notice`, async () => {
    const session = await newPage();
    const { page } = session;
    await page.route('**/catalogue-*.bin', (route) => route.fulfill(reply));
    await page.goto(widget.url);
    await page.waitForSelector('.omc-failure');
    assert.match(await page.textContent('.omc-failure'), /could not start: its files did not load/);
    assert.ok((await page.locator('[data-model-id]').count()) > 0, 'the first rows stay');
    assert.equal(await page.evaluate(() => performance.getEntriesByName('omc-interactive').length), 0);
    await session.context.close();
  });
}

test("a loader's second stage that cannot be fetched leaves the pre-rendered content and the notice", async () => {
  const session = await newPage();
  const { page } = session;
  await page.route(/\/start-[0-9a-f]{16}\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(widget.url);
  await page.waitForSelector('.omc-failure');
  assert.match(await page.textContent('.omc-failure'), /could not start: its files did not load/);
  assert.equal(await page.locator('.omc-failure a[href="./"][target="_top"]').textContent(), 'Open the full page');
  assert.equal(await page.locator('[data-model-id]').count(), (await firstRowsOfEachKind()).length, 'the first rows stay');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('omc-interactive').length), 0);
  await session.context.close();
});

test('the share panel writes the snippet for the chosen kind of site, and a pasted one works', async () => {
  const session = await newPage();
  const { page } = session;
  await page.goto(widget.url + '?deploy=self&scale=business');
  await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  const snippet = () => page.textContent('[data-embed-snippet]');
  const html =
    `<open-model-chooser src="${widget.url}" theme="auto" answers="deploy=self&amp;scale=business">\n` +
    `  <a href="${widget.url}?deploy=self&amp;scale=business">Open the model chooser: open source, open weights or closed?</a>\n` +
    `</open-model-chooser>\n<script src="${widget.url}embed.js" async></script>`;
  assert.equal(await snippet(), html);
  // Another kind of site: the same element, in the form that site takes.
  await page.getByRole('radio', { name: 'Docusaurus (MDX)' }).check();
  assert.match(await snippet(), /^import Head from '@docusaurus\/Head';\n\n<Head>\n  <script src="[^"]+embed\.js" async><\/script>\n<\/Head>\n\n<open-model-chooser /);
  await page.getByRole('radio', { name: 'Sphinx (reStructuredText)' }).check();
  assert.match(await snippet(), /^\.\. raw:: html\n\n {3}<open-model-chooser /);
  await page.getByRole('radio', { name: /^HTML/ }).check();
  assert.equal(await snippet(), html);
  // On a phone every choice stays within the screen (the longest label wraps).
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await page.$$eval('.omc-share .omc-inline-choice', (els) =>
    els.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth).map((e) => e.textContent));
  assert.deepEqual(overflow, [], 'no choice runs off a 360 px screen');

  // Paste it into a page of another origin: the chooser appears, with the answers, and follows
  // the host's dark mode.
  const hostPage = await session.context.newPage();
  await hostPage.goto(host.url + 'docs.html');
  await hostPage.setContent(`<!doctype html><html data-theme="dark"><head><link rel="icon" href="data:,"></head><body><h1>Pasted</h1>${await snippet()}</body></html>`);
  const element = await hostPage.waitForFunction(() => document.querySelector('open-model-chooser')?.shadowRoot?.querySelector('iframe'));
  const frame = await element.asElement().contentFrame();
  await frame.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(new URL(frame.url()).search, '?embed=1&deploy=self&scale=business');
  assert.equal(await frame.getAttribute('[data-recommendation]', 'data-recommendation'), 'open-weights');
  await session.context.close();
});

test('a valid accent colours the decorations; an invalid one is named in the notice', async () => {
  const session = await newPage();
  const { page } = session;
  await page.goto(widget.url + '?accent=FF0000');
  await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue('--omc-accent')), '#ff0000');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.omc-headline')).borderTopColor), 'rgb(255, 0, 0)');
  await page.goto(widget.url + '?accent=red;background:url(x)');
  await page.waitForSelector('.omc-notice');
  assert.match(await page.textContent('.omc-notice'), /accent/);
  assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue('--omc-accent')), '');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  await session.context.close();
});

test('an answer clicked on the pre-rendered page before the app starts is kept', async () => {
  const session = await newPage();
  const { page } = session;
  const release = await holdWasm(page);
  await page.goto(widget.url, { waitUntil: 'domcontentloaded' });
  await page.click('label[for="omc-deploy-self"]');
  assert.equal(await page.isChecked('#omc-deploy-self'), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'omc-deploy-self', 'the click focused the radio');
  release();
  await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  assert.equal(await page.isChecked('#omc-deploy-self'), true, 'still checked once the app runs');
  assert.equal(await page.getAttribute('[data-model-id="gpt-5"]', 'data-verdict'), 'excluded');
  assert.equal(await page.getAttribute('[data-recommendation]', 'data-recommendation'), 'open-weights');
  assert.equal(new URL(await addressBar(page)).search, '?deploy=self', 'the address bar follows');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'omc-deploy-self', 'focus is kept');
  await session.context.close();
});
