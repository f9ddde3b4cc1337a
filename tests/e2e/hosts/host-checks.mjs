// Shared checks of the real-host tests (tests/e2e/hosts/*.test.mjs): the widget served under the
// strict CSP on its own origin, a page opened with its console watched, the widget running in
// the element's shadow root, its height following its content, its theme.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { requireDist } from '../lib/paths.mjs';
import { CSP } from '../lib/csp.mjs';

/** The widget (the release build), at `<origin>/chooser/`, under the strict CSP. */
export function serveWidget() {
  return serve(requireDist(), { prefix: '/chooser/', headers: { 'content-security-policy': CSP } });
}

/** A recipe of docs/EMBEDDING.md with the widget's address in place of the example one. */
export function recipe(text, widgetUrl) {
  assert.ok(text.includes('https://example.org/chooser/'), 'a recipe names the example address');
  return text.replaceAll('https://example.org/chooser/', widgetUrl);
}

/** The fenced block of docs/EMBEDDING.md that follows `after` (a unique piece of text) in the
 * section `heading` (a `## ` title), verbatim, without its fences. */
export function docsBlock(docs, heading, after = '') {
  const start = docs.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `docs/EMBEDDING.md has a section "${heading}"`);
  const end = docs.indexOf('\n## ', start + 1);
  const section = docs.slice(start, end < 0 ? undefined : end);
  const from = section.indexOf(after);
  assert.ok(from >= 0, `section "${heading}" has "${after}"`);
  const m = /\n( *)```[a-z]*\n([\s\S]*?)\n *```\n/.exec(section.slice(from));
  assert.ok(m, `a code block after "${after}" in "${heading}"`);
  // Blocks inside list items are indented: take that indentation off.
  return m[2].split('\n').map((l) => l.slice(m[1].length)).join('\n') + '\n';
}

/** docs/EMBEDDING.md's text. */
export function readDocs(root) {
  return readFileSync(`${root}/docs/EMBEDDING.md`, 'utf8');
}

/** A new page of `browser` whose console errors and page errors are collected in `problems`
 * (from every frame: the host page's and the widget's). */
export async function openPage(browser, url, { colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  if (url) await page.goto(url);
  return { context, page, problems };
}

/** The problems that count: any page error, any hydration error, any console error (the host
 * sites here are static and log none of their own). Chromium's favicon 404 is not one. */
export function ours(problems) {
  return problems.filter((p) => !/favicon\.ico/.test(p));
}

/** The widget running in the frame in the shadow root of the element matching `selector`: the
 * iframe's handle and its frame, once the app is interactive. */
export async function widgetIn(page, selector = 'open-model-chooser', timeout = 20000) {
  const handle = await page.waitForFunction(
    (s) => document.querySelector(s)?.shadowRoot?.querySelector('iframe'),
    selector,
    { timeout },
  );
  const iframe = handle.asElement();
  await iframe.scrollIntoViewIfNeeded();
  const frame = await iframe.contentFrame();
  await frame.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0, null, { timeout });
  return { iframe, frame };
}

/** Waits until the iframe is as high as its document (within 3 px) and not the initial 900 px. */
export async function heightFollows(iframe, frame) {
  let outer = 0;
  let inner = 0;
  for (let i = 0; i < 100; i++) {
    outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    if (Math.abs(outer - inner) <= 3 && outer !== 900) return outer;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`the frame is ${outer}px high, its content ${inner}px`);
}

/** Waits until the frame shows `theme` ('light' or 'dark'). */
export async function frameTheme(frame, theme) {
  await frame.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, { timeout: 5000 });
}

