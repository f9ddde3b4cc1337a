// A real Docusaurus 3 site embeds the chooser with the recipes of docs/EMBEDDING.md ("Docusaurus"),
// pasted verbatim (only the widget's address replaced by the test server's): the site is the
// official classic template (React 19), generated and installed once by
// tests/e2e/hosts/docusaurus.setup.sh into .tools/docusaurus/site, copied into
// target/hosts/docusaurus and built here with `docusaurus build`. In headless Chromium:
// a direct load and a client-side navigation show the widget with no hydration error, the frame
// follows its content's height and the navbar's own dark-mode toggle, the page-level recipe
// (`@docusaurus/Head`, what the share panel writes for Docusaurus) works alone, the plain iframe
// recipe builds (MDX wants a style object) and shows the embed view, and the older placeholder,
// pasted in a post, is mounted again after React hydrates the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { ROOT, requireDist } from '../lib/paths.mjs';
import { CSP } from '../lib/csp.mjs';

const SITE = join(ROOT, '.tools', 'docusaurus', 'site');
const OUT = join(ROOT, 'target', 'hosts', 'docusaurus');
const VERSION = '3.10.2';

// The pages the test writes into the site, and where Docusaurus puts them.
const POST = '/blog/2026/12/05/chooser/';
const HEAD_POST = '/blog/2026/12/05/head/';
const PLACEHOLDER_POST = '/blog/2026/12/05/placeholder/';
const IFRAME_DOC = '/docs/iframe/';
const TITLES = { post: 'Choosing a model', head: 'The chooser on one page', placeholder: 'The chooser, old placeholder' };

let browser, widget, pageWidget, site;

/** The code blocks of docs/EMBEDDING.md's "Docusaurus" section, dedented, with the widget's
 * address replaced: the config line, the element, the Head block and the iframe. */
function recipes() {
  const md = readFileSync(join(ROOT, 'docs', 'EMBEDDING.md'), 'utf8');
  const section = md.split(/^## /m).find((s) => s.startsWith('Docusaurus\n'));
  assert.ok(section, 'docs/EMBEDDING.md has a "Docusaurus" section');
  const blocks = [...section.matchAll(/^( *)```(\w+)\n([\s\S]*?)^\1```$/gm)].map(([, indent, lang, body]) => ({
    lang,
    body: body.split('\n').map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join('\n'),
  }));
  const one = (what, pick) => {
    const found = blocks.filter(pick);
    assert.equal(found.length, 1, `one ${what} block in the Docusaurus section`);
    return (url) => found[0].body.replaceAll('https://example.org/chooser/', url);
  };
  return {
    config: one('config', (b) => b.lang === 'js' && b.body.includes('scripts:')),
    element: one('element', (b) => b.lang === 'mdx' && b.body.startsWith('<open-model-chooser')),
    head: one('Head', (b) => b.lang === 'mdx' && b.body.includes("import Head from '@docusaurus/Head'")),
    iframe: one('iframe', (b) => b.lang === 'mdx' && b.body.includes('<iframe')),
  };
}

const post = (title, body) => `---
title: ${title}
---

Which AI model should you choose? The chooser below asks a few questions.

{/* truncate */}

${body}
`;

/** Writes the recipes into a fresh copy of the generated site and builds it. */
function buildSite() {
  const r = recipes();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  cpSync(SITE, OUT, { recursive: true, filter: (src) => src !== join(SITE, 'node_modules') && src !== join(SITE, 'build') && src !== join(SITE, '.docusaurus') });
  symlinkSync(join(SITE, 'node_modules'), join(OUT, 'node_modules'), 'dir');

  // Step 1: the script once for the whole site, the recipe's `scripts` line in the generated config.
  const configFile = join(OUT, 'docusaurus.config.js');
  const config = readFileSync(configFile, 'utf8');
  const scriptsLine = r.config(widget.url).split('\n').find((l) => /^\s*scripts:/.test(l));
  const edited = config.replace(/^const config = \{\n/m, (m) => `${m}${scriptsLine}\n`);
  assert.notEqual(edited, config, 'the generated config has `const config = {`');
  writeFileSync(configFile, edited);
  // Step 2: the element in a blog post.
  writeFileSync(join(OUT, 'blog', '2026-12-05-chooser.mdx'), post(TITLES.post, r.element(widget.url)));
  // The page-level recipe, as the share panel writes it for Docusaurus (src/embed.rs): the Head
  // block, then the element. From a second widget server, so that the test can tell its script
  // from the config's.
  writeFileSync(join(OUT, 'blog', '2026-12-05-head.mdx'),
    post(TITLES.head, `${r.head(pageWidget.url).trimEnd()}\n\n${r.element(pageWidget.url)}`));
  // The older placeholder (docs/EMBEDDING.md), pasted in a post: React reports the frame it did
  // not render; embed.js must mount it again.
  writeFileSync(join(OUT, 'blog', '2026-12-05-placeholder.mdx'), post(TITLES.placeholder,
    `<div data-open-model-chooser data-theme="auto"><a href="${widget.url}">Open the model chooser: open source, open weights or closed?</a></div>`));
  // The iframe recipe in a docs page: it must build.
  writeFileSync(join(OUT, 'docs', 'iframe.mdx'), `# The chooser in a frame\n\n${r.iframe(widget.url)}`);

  const started = Date.now();
  const result = spawnSync('npx', ['docusaurus', 'build'], {
    cwd: OUT,
    encoding: 'utf8',
    // No update check against the registry, no prompt; no build cache: node_modules is the
    // installed site's (a link), and each run builds afresh.
    env: {
      ...process.env,
      NO_UPDATE_NOTIFIER: '1',
      npm_config_yes: 'true',
      npm_config_update_notifier: 'false',
      DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
    },
  });
  assert.equal(result.status, 0, `docusaurus build failed:\n${result.stdout}\n${result.stderr}`);
  console.log(`docusaurus build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

before(async () => {
  const core = join(SITE, 'node_modules', '@docusaurus', 'core', 'package.json');
  assert.ok(existsSync(core) && JSON.parse(readFileSync(core, 'utf8')).version === VERSION,
    `Docusaurus ${VERSION} is installed by tests/e2e/hosts/docusaurus.setup.sh`);
  // The widget first: its address goes into the site at build time.
  widget = await serve(requireDist(), { prefix: '/chooser/', headers: { 'content-security-policy': CSP } });
  pageWidget = await serve(requireDist(), { prefix: '/chooser/', headers: { 'content-security-policy': CSP } });
  buildSite();
  // Docusaurus's baseUrl is '/'.
  site = await serve(join(OUT, 'build'), { prefix: '/' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([widget?.close(), pageWidget?.close(), site?.close()]);
});

const LOCAL = 'http://127.0.0.1:';
const HYDRATION = /Minified React error|#418|hydrat/i;

/** A new page on the site, in light mode, with nothing fetched outside 127.0.0.1 (the template's
 * blog posts show their authors' avatars from github.com); `blocked` are local addresses the test
 * refuses on purpose. Collects console errors and page errors. */
async function open(path, { blocked = [] } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  await context.route((url) => !url.href.startsWith(LOCAL) || blocked.includes(url.href), (route) => route.abort());
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Host noise, not the chooser's: a refused request of the test's own (avatars, blocked).
    const url = m.location()?.url ?? '';
    if (m.text().startsWith('Failed to load resource') && (!url.startsWith(LOCAL) || blocked.includes(url))) return;
    problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  await page.goto(site.url + path.slice(1));
  await hydrated(page);
  return { context, page, problems };
}

/** Waits until React has hydrated the page: the navbar's colour toggle is enabled only then. */
async function hydrated(page) {
  await page.waitForFunction(() => {
    const b = document.querySelector('button[aria-label*="dark and light mode"]');
    return b && !b.disabled;
  }, null, { timeout: 20000 });
  // A recoverable hydration error is logged while React commits: let it land.
  await page.waitForTimeout(300);
}

/** The widget running in the frame inside `selector` (the element's shadow root, or the
 * placeholder). */
async function running(page, selector = 'open-model-chooser') {
  const handle = await page.waitForFunction((s) => {
    const el = document.querySelector(s);
    return el && (el.shadowRoot ?? el).querySelector('iframe');
  }, selector, { timeout: 20000 }).catch(async (e) => {
    const shown = await page.evaluate((s) => document.querySelector(s)?.outerHTML ?? 'nothing', selector);
    throw new Error(`no frame in ${selector} (the page shows ${shown.slice(0, 200)}): ${e.message}`);
  });
  const iframe = handle.asElement();
  await iframe.scrollIntoViewIfNeeded();
  const frame = await iframe.contentFrame();
  await frame.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0, null, { timeout: 20000 });
  return { iframe, frame };
}

const hydrationErrors = (problems) => problems.filter((p) => HYDRATION.test(p));

/** Loads the blog index, then clicks the title link of the post `title`: a client-side
 * navigation (the window is the same one afterwards). */
async function navigateToPost(title, options, beforeClick) {
  const opened = await open('/blog/', options);
  const { page } = opened;
  await beforeClick?.(page);
  await page.evaluate(() => (window.__sameWindow = true));
  await page.locator('article header h2 a', { hasText: title }).click();
  await page.waitForFunction((t) => document.querySelector('article header h1')?.textContent === t, title);
  assert.equal(await page.evaluate(() => window.__sameWindow), true, 'a client-side navigation, not a page load');
  return opened;
}

const themeOf = (frame) => frame.evaluate(() => document.documentElement.dataset.theme);

test('a direct load of the post shows the widget, three times in a row, with no hydration error', async () => {
  for (let i = 0; i < 3; i++) {
    const { context, page, problems } = await open(POST);
    const { iframe } = await running(page);
    assert.match(await iframe.getAttribute('src'), new RegExp(`^${widget.url}\\?embed=1`));
    // React's markup is untouched: the element's light DOM is still the link it rendered.
    assert.equal(await page.$eval('open-model-chooser', (el) => el.children.length === 1 && el.firstElementChild.tagName), 'A');
    assert.deepEqual(hydrationErrors(problems), [], `load ${i + 1}: no hydration error`);
    assert.deepEqual(problems, [], `load ${i + 1}: no console or page error`);
    await context.close();
  }
});

test('a client-side navigation from the blog index to the post shows the widget', async () => {
  const { context, page, problems } = await navigateToPost(TITLES.post);
  assert.equal(page.url(), site.url + POST.slice(1, -1));
  await running(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the frame's height follows its content", async () => {
  const { context, page, problems } = await open(POST);
  const { iframe, frame } = await running(page);
  for (let i = 0; ; i++) {
    const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    if (Math.abs(outer - inner) <= 3 && outer !== 900) break;
    assert.ok(i < 100, `the frame is ${outer}px high, its content ${inner}px`);
    await page.waitForTimeout(50);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the navbar's dark-mode toggle turns the frame dark, and back light", async () => {
  const { context, page, problems } = await open(POST);
  const { frame } = await running(page);
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  // The classic theme's toggle cycles system → light → dark → system: click it until the page is
  // in the mode wanted.
  const toggle = page.locator('.navbar button[aria-label*="dark and light mode"]');
  const clickUntil = async (mode) => {
    for (let i = 0; (await page.evaluate(() => document.documentElement.dataset.theme)) !== mode; i++) {
      assert.ok(i < 3, `the toggle never set data-theme="${mode}"`);
      await toggle.click();
    }
  };
  await clickUntil('dark');
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 5000 });
  await clickUntil('light');
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'light', null, { timeout: 5000 });
  await page.waitForTimeout(100);
  assert.equal(await themeOf(frame), 'light');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page-level recipe (@docusaurus/Head) works alone, on a direct load and after client-side navigation', async () => {
  // The config's script is refused: only the post's own script may mount the element.
  const blocked = [widget.url + 'embed.js'];
  const direct = await open(HEAD_POST, { blocked });
  const { iframe } = await running(direct.page);
  assert.match(await iframe.getAttribute('src'), new RegExp(`^${pageWidget.url}\\?embed=1`));
  assert.deepEqual(direct.problems, []);
  await direct.context.close();

  const loads = () => pageWidget.requests.filter((r) => r === '/chooser/embed.js').length;
  let before;
  const nav = await navigateToPost(TITLES.head, { blocked }, async (page) => {
    // The blog index has no script of the chooser (the config's is refused): only the post's
    // <Head>, added by the client-side navigation, can define the element.
    assert.equal(await page.evaluate(() => customElements.get('open-model-chooser')), undefined);
    before = loads();
  });
  await running(nav.page);
  assert.equal(loads(), before + 1, "the post's own script was loaded by the navigation");
  assert.deepEqual(nav.problems, []);
  await nav.context.close();
});

test('the iframe recipe builds in MDX and shows the embed view', async () => {
  const { context, page, problems } = await open(IFRAME_DOC);
  const iframe = page.locator('article iframe');
  assert.equal(await iframe.count(), 1);
  assert.equal(await iframe.getAttribute('src'), `${widget.url}?embed=1`);
  assert.equal(await iframe.getAttribute('title'), 'Open Model Chooser: which AI model should you choose?');
  // The style object became the fixed height.
  assert.equal(await iframe.evaluate((el) => el.getBoundingClientRect().height), 900);
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0, null, { timeout: 20000 });
  assert.equal(await frame.evaluate(() => new URLSearchParams(location.search).get('embed')), '1');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the older placeholder pasted in a post is mounted again after React hydrates the page', async (t) => {
  for (let i = 0; i < 3; i++) {
    const { context, page, problems } = await open(PLACEHOLDER_POST);
    // After hydration (open() waits for it): the frame is there and running.
    await running(page, '[data-open-model-chooser]');
    assert.equal(await page.locator('[data-open-model-chooser] iframe').count(), 1, 'one frame');
    // React may report the frame it did not render (#418): the placeholder's known cost, which
    // the element avoids. Reported, not failed; nothing else may be logged.
    const hydration = hydrationErrors(problems);
    t.diagnostic(`placeholder, direct load ${i + 1}: ${hydration.length ? `hydration error: ${hydration[0].slice(0, 160)}` : 'no hydration error'}`);
    assert.deepEqual(problems.filter((p) => !HYDRATION.test(p)), []);
    await context.close();
  }
  const nav = await navigateToPost(TITLES.placeholder);
  await running(nav.page, '[data-open-model-chooser]');
  assert.deepEqual(nav.problems, []);
  await nav.context.close();
});
