// A real host: a Sphinx site with the Furo theme (sphinx and furo from PyPI, pinned, installed
// into .tools/sphinx by tests/e2e/hosts/sphinx.setup.sh). The project is made by Sphinx's own
// `sphinx-quickstart`, switched to Furo in its conf.py, with a page that holds the recipe of
// docs/EMBEDDING.md "Sphinx" verbatim (a `raw` directive), built by `sphinx-build -b html` into
// target/hosts/sphinx/ and served on 127.0.0.1; the widget is served from another origin under
// the strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { ROOT } from '../lib/paths.mjs';
import { serveWidget, recipe, docsBlock, readDocs, openPage, ours, widgetIn, heightFollows, frameTheme } from './host-checks.mjs';

const OUT = join(ROOT, 'target', 'hosts', 'sphinx');
const BIN = join(ROOT, '.tools', 'sphinx', 'bin');

let browser, widget, host;

before(async () => {
  assert.ok(existsSync(join(BIN, 'sphinx-build')), 'Sphinx is installed by tests/e2e/hosts/sphinx.setup.sh (.tools/sphinx)');
  browser = await launch();
  widget = await serveWidget();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const project = join(OUT, 'project');
  // Sphinx's own quickstart: a project name, an author, no extensions.
  execFileSync(join(BIN, 'sphinx-quickstart'), ['-q', '-p', 'Host docs', '-a', 'Host author', project], { stdio: 'pipe' });
  const conf = join(project, 'conf.py');
  const confText = readFileSync(conf, 'utf8');
  assert.match(confText, /^html_theme = .*$/m);
  writeFileSync(conf, confText.replace(/^html_theme = .*$/m, 'html_theme = "furo"'));
  const docs = readDocs(ROOT);
  const raw = recipe(docsBlock(docs, 'Sphinx', 'reStructuredText takes raw HTML'), widget.url);
  writeFileSync(join(project, 'chooser.rst'), `Choosing a model
================

Answer a few questions:

${raw}
More text after the chooser.
`);
  // The page in the root toctree that the quickstart wrote.
  const index = join(project, 'index.rst');
  const indexText = readFileSync(index, 'utf8');
  assert.match(indexText, /   :caption: Contents:\n/);
  writeFileSync(index, indexText.replace('   :caption: Contents:\n', '   :caption: Contents:\n\n   chooser\n'));
  // -W: a warning (a page outside the toctree, a bad directive) fails the build.
  execFileSync(join(BIN, 'sphinx-build'), ['-q', '-W', '-b', 'html', project, join(OUT, 'html')], { stdio: 'pipe' });
  host = await serve(join(OUT, 'html'), { prefix: '/docs/' });
  assert.notEqual(new URL(widget.url).origin, new URL(host.url).origin);
});
after(async () => {
  await browser?.close();
  await widget?.close();
  await host?.close();
});

test('a direct load of the page shows the widget, and its height follows its content', async () => {
  const { context, page, problems } = await openPage(browser, host.url + 'chooser.html');
  // Furo renders the page (its theme toggle is there).
  assert.ok((await page.locator('.theme-toggle').count()) > 0, 'a Furo page');
  const { iframe, frame } = await widgetIn(page);
  await heightFollows(iframe, frame);
  assert.deepEqual(ours(problems), []);
  await context.close();
});

test('the page is reached from the home page through the toctree', async () => {
  const { context, page, problems } = await openPage(browser, host.url);
  await page.locator('article a', { hasText: 'Choosing a model' }).first().click();
  await page.waitForURL(/chooser\.html$/);
  await widgetIn(page);
  assert.deepEqual(ours(problems), []);
  await context.close();
});

/** Clicks Furo's theme toggle until <body data-theme> is `theme` (it cycles through auto, light
 * and dark, in an order that depends on the system setting). */
async function furoUntil(page, theme) {
  for (let i = 0; i < 3; i++) {
    if ((await page.evaluate(() => document.body.dataset.theme)) === theme) return;
    await page.locator('.theme-toggle:visible').first().click();
  }
  assert.equal(await page.evaluate(() => document.body.dataset.theme), theme, `Furo's toggle reaches ${theme}`);
}

for (const system of ['light', 'dark']) {
  test(`Furo's theme toggle turns the frame dark and light (system setting: ${system})`, async () => {
    const { context, page, problems } = await openPage(browser, host.url + 'chooser.html', { colorScheme: system });
    const { frame } = await widgetIn(page);
    assert.equal(await page.evaluate(() => document.body.dataset.theme), 'auto');
    // Furo's "auto" follows the system, and so does the frame.
    await frameTheme(frame, system);
    const other = system === 'light' ? 'dark' : 'light';
    await furoUntil(page, other);
    await frameTheme(frame, other);
    await furoUntil(page, system);
    await frameTheme(frame, system);
    await furoUntil(page, other);
    await frameTheme(frame, other);
    assert.deepEqual(ours(problems), []);
    await context.close();
  });
}
