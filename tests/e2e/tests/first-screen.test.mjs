// End-to-end: the release build, served on 127.0.0.1 from a sub-path, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { dataset, modelFiles, requireDist } from '../lib/paths.mjs';

const models = dataset().models;
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens `url`, collecting console messages, page errors and every request the page makes. */
async function open(url) {
  const page = await browser.newPage();
  const consoleMessages = [];
  const requests = [];
  page.on('console', (m) => consoleMessages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => consoleMessages.push({ type: 'pageerror', text: String(e) }));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-model-id]').length === n,
    models.length,
    { timeout: 15000 },
  );
  return { page, consoleMessages, requests };
}

for (const prefix of ['/', '/docs/tools/chooser/']) {
  test(`served from ${prefix}: every model renders, no console noise, no other origin`, async () => {
    const server = await serve(requireDist(), { prefix });
    try {
      const { page, consoleMessages, requests } = await open(server.url);

      // A kind's rows after its third are bare elements (their hooks, nothing inside) until its
      // "Show all" box is ticked; ticked, every row is whole.
      const bare = await page.locator('[data-model-id]:not(:has(h4))').count();
      assert.ok(bare > 0 && bare <= models.length - 12, `${bare} rows are bare at first`);
      for (const box of await page.locator('.omc-more-toggle').all()) await box.check();
      await page.waitForFunction(() => !document.querySelector('[data-model-id]:not(:has(h4))'));
      for (const model of models) {
        const card = page.locator(`[data-model-id="${model.id}"]`);
        assert.equal(await card.count(), 1, `${model.id} is shown once`);
        assert.match(await card.getAttribute('data-tier'), /^(open-source|open-weights|weights-available|closed)$/);
        assert.ok((await card.innerText()).includes(model.name), `${model.id} shows its name`);
      }
      assert.equal(await page.locator('.omc-loading').count(), 0, 'the loading note is replaced');
      assert.equal(await page.locator('h1').innerText(), 'Open source, open weights or closed?');

      const noisy = consoleMessages.filter((m) => ['error', 'warning', 'pageerror'].includes(m.type));
      assert.deepEqual(noisy, [], 'no console error or warning');

      assert.ok(requests.length >= 3, 'the page loaded its html, js and wasm');
      const foreign = requests.filter((u) => !u.startsWith(server.origin + '/'));
      assert.deepEqual(foreign, [], 'no request outside the page origin');
      const outside = server.requests.filter((p) => !p.startsWith(prefix));
      assert.deepEqual(outside, [], `every asset is fetched under ${prefix}`);
      await page.close();
    } finally {
      await server.close();
    }
  });
}

test('the wasm is served and compiled as application/wasm', async () => {
  const server = await serve(requireDist(), { prefix: '/' });
  try {
    const page = await browser.newPage();
    const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'));
    await page.goto(server.url);
    const response = await wasm;
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/wasm');
    await page.close();
  } finally {
    await server.close();
  }
});

test('a server that does not send application/wasm: the wasm is compiled from its bytes and the app starts', async () => {
  const server = await serve(requireDist(), { prefix: '/' });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0, null, { timeout: 15000 });
    assert.equal(await page.locator('.omc-failure').count(), 0, 'no failure notice');
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test("the page's only script is the loader's small first stage; the second stage, the wasm and the catalogue come after the first paint, side by side", async () => {
  // The second stage is held back by the server: the wasm and the catalogue must not wait for it.
  let release;
  const held = new Promise((r) => (release = r));
  const server = await serve(requireDist(), {
    prefix: '/docs/tools/chooser/',
    hold: (file) => (/[\\/]start-[0-9a-f]{16}\.js$/.test(file) ? held : undefined),
  });
  try {
    const page = await browser.newPage();
    const requested = (pattern) => page.waitForRequest((r) => pattern.test(new URL(r.url()).pathname), { timeout: 15000 });
    const wasm = requested(/\/[^/]+_bg\.wasm$/);
    const catalogue = requested(/\/catalogue-[0-9a-f]{16}\.bin$/);
    await page.goto(server.url);
    const scripts = await page.locator('script').evaluateAll((all) => all.map((s) => [s.type, s.async, s.getAttribute('src')]));
    assert.equal(scripts.length, 1, `one script: ${JSON.stringify(scripts)}`);
    assert.deepEqual(scripts[0].slice(0, 2), ['module', true]);
    assert.match(scripts[0][2], /^\.\/loader-[0-9a-f]{16}\.js$/, 'relative, named by its content');
    await Promise.all([wasm, catalogue]);
    // The three requests leave together; the server may see the second stage's a moment later.
    const asked = () => server.requests.some((p) => /^\/docs\/tools\/chooser\/start-[0-9a-f]{16}\.js$/.test(p));
    for (let i = 0; i < 50 && !asked(); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(asked(), 'the second stage is requested, relative to the first');
    release();
    await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0, null, { timeout: 15000 });
    const { fcp, loads } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      loads: performance.getEntriesByType('resource')
        .filter((e) => /\/(start-[0-9a-f]{16}\.js|[^/]+_bg\.wasm|catalogue-[0-9a-f]{16}\.bin)$/.test(e.name))
        .map((e) => ({ name: e.name.split('/').pop(), start: e.startTime })),
    }));
    assert.equal(loads.length, 3, JSON.stringify(loads));
    for (const load of loads) assert.ok(load.start >= fcp, `${load.name} is requested after the first paint (${load.start} < ${fcp})`);
    const first = (await stat(join(requireDist(), scripts[0][2]))).size;
    assert.ok(first < 2000, `the first stage is small: ${first} bytes`);
    await page.close();
  } finally {
    release();
    await server.close();
  }
});

test('the dataset is offered for download as JSON and CSV, and not loaded with the page', async () => {
  const server = await serve(requireDist(), { prefix: '/docs/tools/chooser/' });
  try {
    const { page, requests } = await open(server.url);
    assert.deepEqual(
      requests.filter((u) => /models\.(json|csv)$/.test(u)),
      [],
      'the page embeds the dataset and does not fetch the download files',
    );

    const jsonHref = await page.locator('a[href="models.json"]').getAttribute('href');
    const json = await page.request.get(new URL(jsonHref, page.url()).href);
    assert.equal(json.status(), 200);
    const download = await json.json();
    assert.deepEqual(download, dataset(), 'the JSON download is the published dataset');
    // Assembled from data/: one record per model file, each with its licence's terms resolved.
    assert.deepEqual(download.models.map((m) => m.id).sort(), modelFiles().map((m) => m.id).sort());
    for (const m of download.models) assert.ok(m.terms.some((t) => t.kind === 'commercial-use'), `${m.id} has its licence's terms`);
    assert.match(download.dataset.citation, new RegExp(`version ${download.dataset.version}, as of ${download.dataset.as_of}`), 'the citation is derived');
    const licencesDownload = await page.request.get(new URL('licences.json', page.url()).href);
    assert.equal(licencesDownload.status(), 200);
    const licences = (await licencesDownload.json()).licences;
    for (const m of download.models) assert.ok(licences.some((l) => l.id === m.licence.id), `${m.id}'s licence is in licences.json`);

    const csvHref = await page.locator('a[href="models.csv"]').getAttribute('href');
    const csv = await page.request.get(new URL(csvHref, page.url()).href);
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-type'], /^text\/csv/);
    const lines = (await csv.text()).split('\r\n').filter(Boolean);
    assert.equal(lines.length, models.length + 1, 'a header and one row per model');
    assert.ok(lines[0].startsWith('id,name,vendor,released,tier,'));
    assert.deepEqual(
      lines.slice(1).map((l) => l.split(',')[0]),
      models.map((m) => m.id),
    );

    const schema = await page.request.get(new URL('models.schema.json', page.url()).href);
    assert.equal(schema.status(), 200, 'the schema the JSON names is served beside it');
    await page.close();
  } finally {
    await server.close();
  }
});
