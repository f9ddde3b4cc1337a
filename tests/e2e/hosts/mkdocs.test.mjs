// A real host: an MkDocs Material site (mkdocs-material from PyPI, pinned in tools/versions.env,
// installed into .tools/mkdocs by scripts/setup-test.sh) with instant navigation
// (`navigation.instant`: Material fetches the next page and swaps its content without reloading)
// and the light/dark palette toggle of Material's documentation. Built here by `mkdocs build`
// into target/hosts/mkdocs/, served on 127.0.0.1; the widget is served from another origin under
// the strict CSP.
//
// Two sites:
// - "recipe": docs/EMBEDDING.md "MkDocs and MkDocs Material" verbatim: embed.js loaded once by
//   `extra_javascript` in mkdocs.yml, the element in a page;
// - "snippet": what the share panel writes for MkDocs (src/embed.rs, the plain snippet of
//   docs/EMBEDDING.md): the element and `<script src=…embed.js async>` together in the page's
//   Markdown, no extra_javascript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { ROOT } from '../lib/paths.mjs';
import { serveWidget, recipe, docsBlock, readDocs, openPage, ours, widgetIn, heightFollows, frameTheme } from './host-checks.mjs';

const OUT = join(ROOT, 'target', 'hosts', 'mkdocs');
const MKDOCS = join(ROOT, '.tools', 'mkdocs', 'bin', 'mkdocs');

let browser, widget, host;

/** Writes and builds a Material site in OUT/<name>, into OUT/<name>-site (served at
 * <host>/<name>-site/). `extra` is appended to mkdocs.yml; `page` is chooser.md's embed. */
function buildSite(name, { extra = '', page }) {
  const project = join(OUT, name);
  mkdirSync(join(project, 'docs'), { recursive: true });
  // Instant navigation needs site_url (Material reads the sitemap to know the site's pages);
  // the palette toggle as in Material's documentation ("Color palette toggle"); no Google Fonts
  // (`font: false`, a documented option): nothing but 127.0.0.1 is reachable here.
  writeFileSync(join(project, 'mkdocs.yml'), `site_name: Host docs
site_url: ${host.url}${name}-site/
theme:
  name: material
  font: false
  features:
    - navigation.instant
  palette:
    # Palette toggle for light mode
    - scheme: default
      toggle:
        icon: material/brightness-7
        name: Switch to dark mode
    # Palette toggle for dark mode
    - scheme: slate
      toggle:
        icon: material/brightness-4
        name: Switch to light mode
nav:
  - Home: index.md
  - Choosing a model: chooser.md
${extra}`);
  writeFileSync(join(project, 'docs', 'index.md'), `# Host docs

Which model should you use? Read [choosing a model](chooser.md).
`);
  writeFileSync(join(project, 'docs', 'chooser.md'), `# Choosing a model

Answer a few questions:

${page}
More text after the chooser.
`);
  execFileSync(MKDOCS, ['build', '--quiet', '--site-dir', join(OUT, `${name}-site`)], { cwd: project, stdio: 'pipe' });
}

before(async () => {
  assert.ok(existsSync(MKDOCS), 'MkDocs Material is installed by scripts/setup-test.sh (.tools/mkdocs)');
  browser = await launch();
  widget = await serveWidget();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  host = await serve(OUT, { prefix: '/' });
  const docs = readDocs(ROOT);
  const mkdocsSection = 'MkDocs and MkDocs Material';
  buildSite('recipe', {
    extra: recipe(docsBlock(docs, mkdocsSection, 'Load the script once'), widget.url),
    page: recipe(docsBlock(docs, mkdocsSection, 'Then put the element'), widget.url),
  });
  // The share panel's snippet for MkDocs: the plain one.
  buildSite('snippet', { page: recipe(docsBlock(docs, 'The snippet'), widget.url) });
  assert.notEqual(new URL(widget.url).origin, new URL(host.url).origin);
});
after(async () => {
  await browser?.close();
  await widget?.close();
  await host?.close();
});

const url = (site, path = '') => `${host.url}${site}-site/${path}`;

/** Loads the site's home page, marks its window, follows the link to the chooser page as a reader
 * does, and checks that Material swapped the page in place (the mark survives: no reload). */
async function instantNavigation(site) {
  const opened = await openPage(browser, url(site));
  const { page } = opened;
  // Material's instant navigation is on: its script intercepts the link.
  await page.waitForFunction(() => window.document$ && window.location$);
  await page.evaluate(() => {
    window.__noReload = true;
  });
  // The recipe's site loads embed.js on every page; the snippet's only on the chooser's page, so
  // the home page has none and the chooser needs the script that comes with the swapped content.
  assert.equal(await page.evaluate(() => Boolean(window.OpenModelChooser)), site === 'recipe');
  await page.locator('article a', { hasText: 'choosing a model' }).click();
  await page.waitForURL(/\/chooser\/$/);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Choosing a model');
  assert.equal(await page.evaluate(() => window.__noReload), true, 'Material swapped the page without reloading it');
  return opened;
}

/** Material's palette toggle (a label for a radio input of its palette form, in the header) to
 * dark and back to light: the frame follows. */
async function paletteRoundTrip(page, frame) {
  await frameTheme(frame, 'light');
  await page.locator('label[title="Switch to dark mode"]').click();
  assert.equal(await page.evaluate(() => document.body.getAttribute('data-md-color-scheme')), 'slate');
  await frameTheme(frame, 'dark');
  await page.locator('label[title="Switch to light mode"]').click();
  assert.equal(await page.evaluate(() => document.body.getAttribute('data-md-color-scheme')), 'default');
  await frameTheme(frame, 'light');
}

/** Back to the home page and forth again, both swapped by Material: one frame, mounted anew. */
async function backAndForth(page, site) {
  await page.goBack();
  await page.waitForURL(url(site));
  await page.waitForFunction(() => !document.querySelector('open-model-chooser'));
  await page.locator('article a', { hasText: 'choosing a model' }).click();
  await page.waitForURL(/\/chooser\/$/);
  const { iframe, frame } = await widgetIn(page);
  await heightFollows(iframe, frame);
  assert.equal(await page.evaluate(() => window.__noReload), true, 'no reload');
  assert.equal(await page.locator('open-model-chooser').count(), 1);
}

test('recipe (extra_javascript): a direct load of the page shows the widget, and its height follows its content', async () => {
  const { context, page, problems } = await openPage(browser, url('recipe', 'chooser/'));
  // The recipe, as MkDocs built it: the script in the page's scripts, async.
  assert.equal(await page.locator(`script[src="${widget.url}embed.js"][async]`).count(), 1);
  const { iframe, frame } = await widgetIn(page);
  await heightFollows(iframe, frame);
  assert.deepEqual(ours(problems), []);
  await context.close();
});

test('recipe (extra_javascript): after instant navigation the page shows the widget, and its height follows', async () => {
  const { context, page, problems } = await instantNavigation('recipe');
  const { iframe, frame } = await widgetIn(page);
  await heightFollows(iframe, frame);
  // The palette toggle still reaches the frame after the swap.
  await paletteRoundTrip(page, frame);
  await backAndForth(page, 'recipe');
  assert.deepEqual(ours(problems), []);
  await context.close();
});

test("recipe (extra_javascript): Material's palette toggle turns the frame dark and back", async () => {
  const { context, page, problems } = await openPage(browser, url('recipe', 'chooser/'));
  const { frame } = await widgetIn(page);
  // Material's own toggle: a label for a radio input of the palette form in the header.
  const toDark = page.locator('label[title="Switch to dark mode"]');
  assert.equal(await page.locator(`input#${await toDark.getAttribute('for')}[name="__palette"]`).count(), 1);
  await paletteRoundTrip(page, frame);
  await paletteRoundTrip(page, frame);
  assert.deepEqual(ours(problems), []);
  await context.close();
});

test("share panel's snippet (script in the page): a direct load shows the widget", async () => {
  const { context, page, problems } = await openPage(browser, url('snippet', 'chooser/'));
  const { iframe, frame } = await widgetIn(page);
  await heightFollows(iframe, frame);
  assert.deepEqual(ours(problems), []);
  await context.close();
});

test("share panel's snippet (script in the page): after instant navigation the page shows the widget", async () => {
  const { context, page, problems } = await instantNavigation('snippet');
  // Material runs the scripts of the content it swaps in (it replaces each <script> in the
  // content with a fresh copy), so the snippet's own script mounts the element.
  const { iframe, frame } = await widgetIn(page);
  await heightFollows(iframe, frame);
  await paletteRoundTrip(page, frame);
  await backAndForth(page, 'snippet');
  assert.deepEqual(ours(problems), []);
  await context.close();
});
