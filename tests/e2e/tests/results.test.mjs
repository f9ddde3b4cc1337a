// End-to-end: the compact results (one row per model, details on demand), the find box and its
// `q=`, links to one model (`model=`), and the embedded view's height bound.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { dataset, requireDist } from '../lib/paths.mjs';
import { openWidget, verdicts, assertClean, addressBar, factsShown, showEveryRow } from '../lib/page.mjs';
import { EMBED_MAX_HEIGHT as EMBED_MAX, FULL_PAGE_MAX_HEIGHT } from '../lib/budgets.mjs';

const MODELS = dataset().models;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve(requireDist(), { prefix: '/chooser/' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every model's hooks: present on every row, whatever is collapsed, hidden or open. */
async function assertHooks(page) {
  const rows = await page.$$eval('[data-model-id]', (els) =>
    els.map((e) => ({ id: e.dataset.modelId, tier: e.dataset.tier, verdict: e.dataset.verdict })),
  );
  assert.deepEqual(rows.map((r) => r.id).sort(), MODELS.map((m) => m.id).sort(), 'one row per model');
  for (const r of rows) {
    assert.match(r.tier, /^(open-source|open-weights|weights-available|closed)$/, r.id);
    assert.match(r.verdict, /^(match|conditional|excluded)$/, r.id);
  }
}

const visibleIds = (page) =>
  page.$$eval('[data-model-id]', (els) => els.filter((e) => !e.closest('[hidden]')).map((e) => e.dataset.modelId));

test('a row opens and closes by mouse and by keyboard, and says so to screen readers', async () => {
  const session = await openWidget(browser, server.url);
  const { page } = session;
  const toggle = page.locator('#omc-model-olmo-3');
  const row = page.locator('[data-model-id="olmo-3"]');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await row.getAttribute('data-details'), null);
  assert.equal(await page.locator('#omc-details-olmo-3').count(), 0, 'no details in the DOM until opened');
  const elementsClosed = await page.evaluate(() => document.querySelectorAll('*').length);

  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await row.getAttribute('data-details'), 'open');
  await factsShown(page);
  const details = page.locator('#omc-details-olmo-3');
  assert.equal(await details.getAttribute('role'), 'region');
  assert.equal(await details.getAttribute('aria-labelledby'), 'omc-model-olmo-3');
  const text = await details.textContent();
  const olmo = MODELS.find((m) => m.id === 'olmo-3');
  assert.ok(text.includes(olmo.terms[0].text), 'every licence term');
  assert.ok(text.includes('What is released') && text.includes('[source, verified]'), 'facts with sources');
  assert.equal(new URL(await addressBar(page)).search, '?model=olmo-3', 'the address bar links to it');
  assert.ok((await page.evaluate(() => document.querySelectorAll('*').length)) > elementsClosed + 20);

  // Keyboard: the toggle is a real button; Enter closes, Space opens, focus stays on it.
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#omc-details-olmo-3').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'omc-model-olmo-3');
  await page.keyboard.press('Space');
  assert.equal(await row.getAttribute('data-details'), 'open');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'omc-model-olmo-3');
  await assertHooks(page);
  // Comparing still works from a row.
  await page.click('[data-model-id="claude-5"] .omc-compare-toggle');
  assert.equal(await page.locator('.omc-compare th[scope=col]').count(), 1);
  assertClean(session, server.origin);
  await page.close();
});

test('the find box narrows the rows, keeps the counts honest, and lives in the link as q=', async () => {
  const session = await openWidget(browser, server.url + '?deploy=self');
  const { page } = session;
  const find = page.getByLabel('Find a model');
  assert.equal(await find.getAttribute('type'), 'search');
  for (const word of ['qwen', 'apache', 'mistral']) {
    await find.fill(word);
    const expected = MODELS.filter((m) =>
      [m.name, m.id, m.vendor.value, m.licence.name, m.licence.spdx ?? ''].some((f) => f.toLowerCase().includes(word)),
    );
    assert.ok(expected.length > 0, word);
    const v = await verdicts(page);
    const fit = expected.filter((m) => v[m.id] !== 'excluded').length;
    assert.equal(
      await page.textContent('.omc-count'),
      `Showing ${expected.length} of ${MODELS.length}; ${fit} fit your answers.`,
      word,
    );
    // The fitting matches are on screen; the ruled-out ones are behind their kind's button.
    const visible = await visibleIds(page);
    for (const m of expected) assert.equal(visible.includes(m.id), v[m.id] !== 'excluded', `${word}: ${m.id}`);
    assert.ok(visible.every((id) => expected.some((m) => m.id === id)), `${word}: nothing else shows`);
    await assertHooks(page);
  }
  assert.equal(new URL(await addressBar(page)).search, '?deploy=self&q=mistral');
  // Text is written readably: letters and digits as they are, a space as `+`.
  await find.fill('Qwen 3');
  await page.waitForFunction(() => location.search.includes('q=Qwen'));
  assert.equal(new URL(await addressBar(page)).search, '?deploy=self&q=Qwen+3');
  // Markup typed in the box is text.
  await find.fill('<img src=x onerror=alert(1)>');
  assert.equal(await page.locator('img').count(), 0);
  assert.match(await page.textContent('.omc-count'), /^Showing 0 of/);
  // A link restores the text.
  const again = await openWidget(browser, server.url + '?q=apache');
  assert.equal(await again.page.inputValue('#omc-find'), 'apache');
  assert.match(await again.page.textContent('.omc-count'), /^Showing \d+ of \d+; \d+ fit your answers\.$/);
  assertClean(session, server.origin);
  assertClean(again, server.origin);
  await page.close();
  await again.page.close();
});

test('ruled-out models are collapsed per kind and can be shown', async () => {
  const session = await openWidget(browser, server.url + '?restrictions=no');
  const { page } = session;
  const v = await verdicts(page);
  const excluded = Object.keys(v).filter((id) => v[id] === 'excluded');
  assert.ok(excluded.length > 0);
  let visible = await visibleIds(page);
  assert.ok(excluded.every((id) => !visible.includes(id)), 'collapsed');
  const buttons = page.locator('.omc-ruled-out');
  for (let i = 0; i < (await buttons.count()); i++) {
    assert.equal(await buttons.nth(i).getAttribute('aria-expanded'), 'false');
    await buttons.nth(i).click();
    assert.equal(await buttons.nth(i).getAttribute('aria-expanded'), 'true');
  }
  visible = await visibleIds(page);
  assert.ok(excluded.every((id) => visible.includes(id)), 'shown');
  await assertHooks(page);
  await page.close();
});

test('?model= opens that model, focuses it and brings it into view; an unknown id gives the notice', async () => {
  const session = await openWidget(browser, server.url + '?model=gemini-pro');
  const { page } = session;
  const row = page.locator('[data-model-id="gemini-pro"]');
  assert.equal(await row.getAttribute('data-details'), 'open');
  await page.waitForFunction(() => {
    const r = document.getElementById('omc-model-gemini-pro').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'omc-model-gemini-pro');
  assertClean(session, server.origin);
  await page.close();

  const bad = await openWidget(browser, server.url + '?model=%3Cscript%3Enope&deploy=self');
  assert.match(await bad.page.textContent('.omc-notice'), /model/);
  assert.doesNotMatch(await bad.page.textContent('.omc-notice'), /script|nope/);
  assert.equal(await bad.page.locator('[data-details="open"]').count(), 0);
  assert.equal((await verdicts(bad.page))['gpt-5'], 'excluded', 'the rest of the link still applies');
  await bad.page.close();
});

for (const width of [700, 360]) {
  test(`embedded at ${width} px, the view stays within ${EMBED_MAX[width]} px at every step, rows closed`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const states = [
      '',
      'deploy=self',
      'deploy=self&hardware=gpu&scale=business',
      'deploy=api&scale=large&customize=no&outputs=yes',
      'deploy=self&hardware=laptop&scale=hyperscale&customize=yes&outputs=yes&transparency=docs&restrictions=no&region=eu',
      'deploy=moon&scale=large',
      'q=apache',
    ];
    for (const state of states) {
      await page.goto(`${server.url}?embed=1${state ? '&' + state : ''}`);
      await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
      const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      assert.ok(height <= EMBED_MAX[width], `${state || 'first step'}: ${height} px`);
    }
    // "Show all" brings every model into the frame.
    await page.goto(`${server.url}?embed=1`);
    await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
    await page.click('.omc-show-all');
    assert.equal((await visibleIds(page)).length, MODELS.length);
    await page.close();
  });
}

test('the full page at 1280 px stays under 4,000 px with rows closed', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height < FULL_PAGE_MAX_HEIGHT, `${height} px`);
  await page.close();
});

const factsRequests = (session) => session.requests.filter((u) => /\/facts-[0-9a-f]{16}\.bin$/.test(u));

test('the first screen loads no whole records; the first answer fetches them once, and the reasons follow', async () => {
  const session = await openWidget(browser, server.url);
  const { page } = session;
  await page.waitForTimeout(300);
  assert.deepEqual(factsRequests(session), [], 'nothing is fetched before a reader needs it');
  await page.click('label[for="omc-deploy-self"]');
  // The verdict does not wait for the file; its sentence and source follow it.
  assert.equal((await verdicts(page))['gpt-5'], 'excluded');
  await showEveryRow(page);
  await factsShown(page);
  const verdict = page.locator('[data-model-id="gpt-5"] .omc-verdict');
  assert.match(await verdict.textContent(), /^Does not fit: Its weights cannot be downloaded.*\[source, (verified|likely)\]$/);
  assert.equal(await verdict.locator('a.omc-source').getAttribute('href'), MODELS.find((m) => m.id === 'gpt-5').release.weights.source);
  await page.click('label[for="omc-deploy-api"]');
  await page.click('#omc-model-olmo-3');
  await page.locator('#omc-details-olmo-3 .omc-more-title').first().waitFor();
  assert.equal(factsRequests(session).length, 1, 'fetched once, from the widget\'s own folder');
  assert.ok(factsRequests(session)[0].startsWith(server.url), factsRequests(session)[0]);
  assertClean(session, server.origin);
  await page.close();
});

for (const [name, reply] of [
  ['missing', { status: 404, body: 'not found' }],
  ['damaged', { status: 200, body: Buffer.from('\x10\x00\x00\x00 not the dataset at all') }],
]) {
  test(`a ${name} file of whole records: opened details say so, and the verdicts still work`, async () => {
    const page = await browser.newPage();
    await page.route(/\/facts-[0-9a-f]{16}\.bin$/, (route) => route.fulfill({ ...reply, contentType: 'application/octet-stream' }));
    await page.goto(server.url + '?model=olmo-3');
    await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
    const failure = page.locator('#omc-details-olmo-3 .omc-failure');
    await failure.waitFor();
    assert.equal(await failure.getAttribute('role'), 'alert');
    assert.match(await failure.textContent(), /could not be loaded/);
    assert.equal(await failure.locator('a').getAttribute('href'), 'models.json', 'every fact is still one link away');
    await page.click('label[for="omc-deploy-self"]');
    assert.equal((await verdicts(page))['gpt-5'], 'excluded', 'the verdicts never needed the file');
    await showEveryRow(page);
    assert.equal(await page.locator('[data-model-id="gpt-5"] .omc-verdict').textContent(), 'Does not fit');
    await page.close();
  });
}

test('the full page shows three rows of a kind; its "Show all" box shows the rest, by keyboard too', async () => {
  const session = await openWidget(browser, server.url, { viewport: { width: 1280, height: 900 } });
  const { page } = session;
  const shownIn = (tier) => page.$$eval(`[data-model-id][data-tier="${tier}"]`, (rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').length);
  const total = MODELS.length;
  const weights = await page.$$eval('[data-tier="open-weights"]', (rows) => rows.length);
  assert.ok(weights > 3);
  assert.equal(await shownIn('open-weights'), 3);
  const box = page.locator('#omc-more-open-weights');
  assert.equal(await page.locator('label[for="omc-more-open-weights"]').textContent(), `Show all ${weights} models of this kind`);
  await box.focus();
  await page.keyboard.press('Space');
  assert.equal(await shownIn('open-weights'), weights);
  await page.keyboard.press('Space');
  assert.equal(await shownIn('open-weights'), 3);
  // The find box shows every match, whatever the cap; the hooks stay on every row.
  await page.fill('#omc-find', 'apache');
  const matches = await page.$$eval('[data-model-id]', (rows) => rows.filter((r) => !r.closest('[hidden]') && getComputedStyle(r).display !== 'none').length);
  assert.ok(matches > 4, `${matches}`);
  await assertHooks(page);
  assert.equal(await page.locator('[data-model-id]').count(), total);
  assertClean(session, server.origin);
  await page.close();
});

test('an opened model shows, under each reason and fact, the words of its source', async () => {
  // Issue 16: Mistral Medium 3.5's licence ends above US$20M monthly revenue; a large company
  // sees that clause itself under the reason, and the card quotes each deciding fact.
  const session = await openWidget(browser, server.url + '?scale=large&model=mistral-medium-3.5');
  const { page } = session;
  const medium = MODELS.find((m) => m.id === 'mistral-medium-3.5');
  assert.equal((await verdicts(page))['mistral-medium-3.5'], 'excluded');
  const details = page.locator('#omc-details-mistral-medium-3\\.5');
  const reason = details.locator('.omc-reasons li').first();
  await reason.locator('.omc-quote').waitFor();
  const threshold = medium.terms.find((t) => t.kind === 'threshold');
  assert.equal(await reason.locator('.omc-quote').textContent(), `The licence says: \u201c${threshold.quote}\u201d`);
  const quotes = await details.locator('.omc-quote').allTextContents();
  assert.ok(quotes.some((q) => q.includes(medium.licence.quote)), 'the licence fact is quoted');
  assert.ok(quotes.some((q) => q.includes(medium.release.weights.quote)), 'the weights fact is quoted');
  // Text, never markup: the quote adds no element of its own.
  assert.equal(await details.locator('.omc-quote *').count(), 0);
  assertClean(session, server.origin);
  await page.close();
});
