// End-to-end: the decision flow (CONTRACT §2 to §6) in the release build, by keyboard and mouse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { requireDist, dataset } from '../lib/paths.mjs';
import { ANSWER_SETS } from '../lib/answer-sets.mjs';
import { openWidget, verdicts, recommendation, assertClean, addressBar, factsShown, showEveryRow } from '../lib/page.mjs';

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

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const headingText = (page) => page.textContent('#omc-step-heading');

test('a whole run by keyboard only', async () => {
  const session = await openWidget(browser, server.url);
  const { page } = session;
  // Tab from the top of the page to the first radio of the first question.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.name === 'deploy')) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'deploy', 'the radios are reachable by Tab');

  // For each step: the option's position among the radios, chosen with Space or the arrow keys,
  // then Enter submits the step.
  const plan = [
    ['deploy', 0, 'self'],
    ['hardware', 1, 'gpu'],
    ['scale', 1, 'business'],
    ['customize', 0, 'yes'],
    ['outputs', 1, 'no'],
    ['transparency', 1, 'docs'],
    ['restrictions', 1, 'no'],
    ['region', 0, 'eu'],
  ];
  for (const [i, [name, position, value]] of plan.entries()) {
    if (i > 0) {
      assert.equal(await focusedId(page), 'omc-step-heading', `focus is on the heading of step ${i + 1}`);
      assert.equal(await headingText(page), `Step ${i + 1} of 8`);
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement?.name), name);
    if (position === 0) await page.keyboard.press('Space');
    for (let k = 0; k < position; k++) await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate((n) => document.querySelector(`input[name="${n}"]:checked`)?.value, name), value);
    await page.keyboard.press('Enter');
  }
  assert.equal(await focusedId(page), 'omc-step-heading');
  assert.equal(await headingText(page), 'Your answers');

  const url = new URL(await addressBar(page));
  assert.equal(
    url.search,
    '?deploy=self&hardware=gpu&scale=business&customize=yes&outputs=no&transparency=docs&restrictions=no&region=eu',
  );
  assert.equal(await recommendation(page), 'open-weights');
  const v = await verdicts(page);
  assert.equal(v['olmo-3'], 'match');
  assert.equal(v['gpt-oss-120b'], 'match', '117B x 0.6 = 70.2 GB fits one 80 GB GPU');
  assert.equal(v['deepseek-r1'], 'excluded', '671B needs a cluster');
  assert.equal(v['llama-4-scout'], 'excluded');
  assert.equal(v['gpt-5'], 'excluded');
  assertClean(session, server.origin);
  await page.close();
});

test('a run by mouse: answers, back, summary, change, compare; a link restores it all', async () => {
  const session = await openWidget(browser, server.url);
  const { page } = session;
  await page.click('label[for="omc-deploy-api"]');
  assert.equal(await recommendation(page), 'closed');
  await page.click('button[type=submit]');
  assert.equal(await headingText(page), 'Step 2 of 7', 'no hardware question for an API');
  await page.click('label[for="omc-scale-large"]');
  assert.match(await page.textContent('.omc-count'), new RegExp(`^\\d+ of ${dataset().models.length} models fit your answers\\.$`));
  await page.click('button[type=submit]');
  await page.click('text=Back');
  assert.equal(await page.isChecked('#omc-scale-large'), true, 'answers are kept when going back');

  // Jump to the summary from the progress list, then change an answer from there.
  await page.click('.omc-progress >> text=Your answers');
  assert.equal(await headingText(page), 'Your answers');
  await page.click('button[aria-label="Change: Scale"]');
  assert.equal(await headingText(page), 'Step 2 of 7');

  const v = await verdicts(page);
  assert.equal(v['devstral-2'], 'excluded', 'US$20M monthly revenue cut-off');
  assert.equal(v['kimi-k2.5'], 'conditional', 'must display its name above 100M users');
  await showEveryRow(page);
  await factsShown(page);
  assert.match(await page.textContent('[data-model-id="kimi-k2.5"] .omc-verdict'), /Fits, with conditions: .*Kimi K2\.5/);

  // Compare from the model cards (rows on screen: newest first within each kind).
  await page.click('[data-model-id="claude-5"] .omc-compare-toggle');
  await page.click('[data-model-id="olmo-3"] .omc-compare-toggle');
  assert.equal(await page.getAttribute('[data-model-id="claude-5"] .omc-compare-toggle', 'aria-pressed'), 'true');
  await page.locator('.omc-compare th[scope=col]').nth(1).waitFor();
  assert.equal(await page.locator('.omc-compare th[scope=col]').count(), 2);
  assert.equal(new URL(await addressBar(page)).search, '?deploy=api&scale=large&compare=claude-5,olmo-3');

  // The address bar is the shareable link: opening it restores the same state.
  const link = await addressBar(page);
  const before = await verdicts(page);
  const again = await openWidget(browser, link);
  assert.deepEqual(await verdicts(again.page), before);
  assert.equal(await recommendation(again.page), 'closed');
  // The comparison shows once the whole records have come (fetched as the page starts).
  await again.page.locator('.omc-compare th[scope=col]').nth(1).waitFor();
  assert.equal(await again.page.locator('.omc-compare th[scope=col]').count(), 2);
  assert.equal(await headingText(again.page), 'Step 3 of 7', 'it opens at the first open question');
  assert.match(await again.page.textContent('.omc-progress'), /answered: A hosted API is fine/);
  assert.match(await again.page.textContent('.omc-progress'), /answered: A large business/);
  assertClean(session, server.origin);
  assertClean(again, server.origin);
  await page.close();
  await again.page.close();
});

test('"Copy link" copies the answers just given, before the address bar has caught up', async () => {
  const session = await openWidget(browser, `${server.url}?scale=business#results`);
  const { page } = session;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  // The answer, and "Copy link" as soon as the answer's render is on the page (a microtask
  // later, in the same task): the address bar is written a task after the render.
  const search = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const row = document.querySelector('[data-model-id="gpt-5"]');
        const observer = new MutationObserver(() => {
          observer.disconnect();
          const copy = [...document.querySelectorAll('.omc-share button')].find((b) => b.textContent === 'Copy link to these answers');
          copy.click();
          resolve(location.search);
        });
        observer.observe(row, { attributes: true, attributeFilter: ['data-verdict'] });
        document.getElementById('omc-deploy-self').click();
      }),
  );
  assert.equal(search, '?scale=business', 'copied before the address bar changed');
  await page.waitForFunction(() => document.querySelector('.omc-share-status')?.textContent === 'Link copied.');
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.search, '?deploy=self&scale=business');
  assert.equal(copied.hash, '#results', 'the fragment is kept');
  assert.equal(copied.pathname, '/chooser/');
  assert.equal(copied.href, await addressBar(page), 'the copied link is what the address bar then shows');
  assertClean(session, server.origin);
  await page.close();
});

test('verdicts and recommendations through the DOM hooks for several answer sets', async () => {
  for (const [query, rec, expected] of ANSWER_SETS) {
    const session = await openWidget(browser, server.url + query);
    assert.equal(await recommendation(session.page), rec, query);
    const v = await verdicts(session.page);
    for (const [id, verdict] of Object.entries(expected)) assert.equal(v[id], verdict, `${query}: ${id}`);
    assertClean(session, server.origin);
    await session.page.close();
  }
});

test('an invalid link value shows a polite notice, is never rendered, and nothing breaks', async () => {
  const query = '?deploy=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&scale=business&theme=neon&compare=gpt-5,nope';
  const session = await openWidget(browser, server.url + query);
  const { page } = session;
  const notice = await page.textContent('.omc-notice');
  assert.match(notice, /Part of this link was not understood/);
  assert.match(notice, /deploy/);
  assert.match(notice, /theme/);
  assert.match(notice, /compare/);
  assert.doesNotMatch(notice, /img|onerror|neon|nope/, 'the bad values are not echoed');
  assert.equal(await page.locator('img').count(), 0, 'no markup from the link');
  assert.equal(await page.isChecked('#omc-deploy-self'), false);
  // The valid part is kept and the page works.
  await page.click('label[for="omc-deploy-self"]');
  assert.equal(await recommendation(page), 'open-weights');
  assert.equal(new URL(await addressBar(page)).search, '?deploy=self&scale=business');
  await page.click('.omc-notice button');
  assert.equal(await page.locator('.omc-notice').count(), 0, 'the notice can be dismissed');
  assertClean(session, server.origin);
  await page.close();
});
