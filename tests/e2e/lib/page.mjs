// Helpers to open the widget and read its DOM hooks (CONTRACT §6).
import assert from 'node:assert/strict';

/** Opens `url` in a new page and waits for the app; collects console problems and requests. */
export async function openWidget(browser, url, options = {}) {
  const page = await browser.newPage(options);
  const problems = [];
  const requests = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector('[data-model-id][data-verdict]', { state: 'attached' });
  // The pre-rendered page has the hooks too: wait for the app, which applies the link's state.
  await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  return { page, problems, requests };
}

/** Every model's verdict, by id. */
export async function verdicts(page) {
  return page.$$eval('[data-model-id]', (cards) =>
    Object.fromEntries(cards.map((c) => [c.dataset.modelId, c.dataset.verdict])),
  );
}

export async function recommendation(page) {
  return page.getAttribute('[data-recommendation]', 'data-recommendation');
}

/** Asserts that the page made no request outside `origin` and logged no error or warning. */
export function assertClean({ problems, requests }, origin) {
  assert.deepEqual(problems, [], 'no console error or warning');
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin + '/')), [], 'no request to another origin');
}

/** The address bar of `page` (or a frame) once the widget has written it: the widget updates it
 * in a task of its own just after an answer, so this reads it after the tasks already queued. */
export async function addressBar(page) {
  return page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(location.href), 0)));
}

/** Shows every row a reader can show: each kind's "Show all" box ticked, each kind's ruled-out
 * models shown. Until then a kind's rows after its third, and its ruled-out rows, are bare
 * elements (their hooks, nothing inside), as the page does not display them. */
export async function showEveryRow(page) {
  for (const box of await page.locator('.omc-more-toggle').all()) await box.check();
  for (const button of await page.locator('.omc-ruled-out[aria-expanded="false"]').all()) await button.click();
  await page.waitForFunction(() => !document.querySelector('[data-model-id]:not([hidden]):not(:has(h4))'));
}

/** Waits until the whole records (reasons' sentences, details, comparison) are on screen: the
 * widget fetches them at the first answer, opened model or comparison, and then shows a source
 * link in the verdicts or the facts of an opened model. */
export async function factsShown(page) {
  await page.waitForFunction(() => document.querySelector('.omc-verdict a.omc-source, .omc-details .omc-more-title'));
}
