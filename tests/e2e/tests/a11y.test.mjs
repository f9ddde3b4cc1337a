// Accessibility: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules, and best practices) on every step,
// the summary, the results, the comparison, the notice and the embed view, in light and dark, at
// 360 and 1280 px: zero violations. Then names, roles and the live region.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { requireDist, dataset } from '../lib/paths.mjs';

const MODELS = dataset().models;
const MODEL_COUNT = MODELS.length;
const CLOSED_COUNT = MODELS.filter((m) => m.release.weights.value === 'none').length;

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const QUESTIONS = ['deploy', 'hardware', 'scale', 'customize', 'outputs', 'transparency', 'restrictions', 'region'];

// Each step (the questions before it answered `unsure`), the summary, results with verdicts and
// reasons, the comparison, the notice and the embed view.
const STATES = [
  ...QUESTIONS.map((_, i) => ['step ' + (i + 1), QUESTIONS.slice(0, i).map((q) => `${q}=unsure`).join('&')]),
  ['summary with results', 'deploy=self&hardware=laptop&scale=hyperscale&customize=yes&outputs=yes&transparency=docs&restrictions=no&region=eu'],
  ['comparison', 'outputs=yes&compare=llama-4-scout,olmo-3,gpt-5'],
  ['notice', 'deploy=moon'],
  ['embed view', 'embed=1&deploy=api&scale=large'],
  ['find box in use', 'deploy=self&restrictions=no&q=qwen'],
];

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve(requireDist(), { prefix: '/' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (rules) => {
    const result = await window.axe.run(document, { runOnly: rules });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, RULES);
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    test(`axe: no violation, ${colorScheme}, ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const [name, query] of STATES) {
        await page.goto(server.url + (query ? '?' + query : ''));
        await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
        // Open one details box so its contents (rendered on first opening) are audited too.
        await page.locator('.omc-row:not([hidden]) .omc-row-toggle').first().click();
        await page.locator('[data-details="open"] .omc-more-title').first().waitFor();
        assert.deepEqual(await violations(page), [], `${name} (${colorScheme}, ${width} px)`);
      }
      await context.close();
    });
  }
}

test('names, roles and the live region', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  const group = page.getByRole('group', { name: 'Where should the model run?' });
  assert.equal(await group.count(), 1, 'the question is a named group (fieldset and legend)');
  assert.equal(await group.getByRole('radio').count(), 3);
  assert.equal(await page.getByRole('radio', { name: /On my own hardware/ }).count(), 1);
  for (const name of ['Back', 'Next', 'Restart', 'Copy link to these answers']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
  }
  assert.equal(await page.getByRole('navigation', { name: 'Progress' }).count(), 1);
  assert.equal(await page.locator('[aria-current="step"]').count(), 1);
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.equal(await page.getByRole('main').count(), 1);
  // The first row on screen (models are in id order within each kind).
  const first = (await page.locator('[data-model-id]:not([hidden]) .omc-row-toggle').first().textContent()).trim();
  assert.equal(await page.getByRole('button', { name: `Compare ${first}`, exact: true }).count(), 1, `compare buttons name their model (${first})`);

  const live = page.locator('[aria-live="polite"]');
  assert.equal(await live.count(), 1);
  assert.equal(await live.textContent(), `${MODEL_COUNT} of ${MODEL_COUNT} models fit your answers.`);
  // Running it yourself rules out the closed models: the live region says so.
  await page.getByRole('radio', { name: /On my own hardware/ }).check();
  assert.equal(await live.textContent(), `${MODEL_COUNT - CLOSED_COUNT} of ${MODEL_COUNT} models fit your answers.`);
  assert.equal(await page.locator('[role="status"]').count() >= 1, true, 'a status region for copy results');
  await page.close();
});
