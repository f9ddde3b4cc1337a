// End-to-end: the <open-model-chooser> custom element and placeholders that frameworks re-render
// (CONTRACT §7, issue 21). The host pages are served from another origin than the widget, which
// is served under the strict CSP header; each test builds its page in place, as a framework would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { requireDist, ROOT } from '../lib/paths.mjs';
import { CSP } from '../lib/csp.mjs';

let browser, widget, host;

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head><body><h1>A host page</h1>${body}</body></html>`;

before(async () => {
  browser = await launch();
  widget = await serve(requireDist(), { prefix: '/chooser/', headers: { 'content-security-policy': CSP } });
  const link = `<a href="${widget.url}">Open the model chooser</a>`;
  const script = `<script src="${widget.url}embed.js" async></script>`;
  host = await serve(ROOT, {
    prefix: '/host/',
    files: {
      'element.html': page(`<open-model-chooser src="${widget.url}" theme="auto" answers="deploy=self">${link}</open-model-chooser>${script}`),
      'before-script.html': page(`${script}<p>Text</p><open-model-chooser src="${widget.url}">${link}</open-model-chooser>`),
      'empty.html': page(`<main id="app"></main>${script}`),
      'bad-src.html': page(`<open-model-chooser src="javascript:alert(1)">${link}</open-model-chooser>${script}`),
      'placeholder.html': page(`<div id="ph" data-open-model-chooser>${link}</div>${script}`),
    },
  });
});
after(async () => {
  await browser?.close();
  await widget?.close();
  await host?.close();
});

async function open(file) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const problems = [];
  p.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  p.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  await p.goto(host.url + file);
  return { context, page: p, problems };
}

/** The widget running in the frame inside `selector`'s shadow root (or light DOM). */
async function running(p, selector) {
  const handle = await p.waitForFunction(
    (s) => {
      const el = document.querySelector(s);
      return el && (el.shadowRoot ?? el).querySelector('iframe');
    },
    selector,
  );
  await handle.asElement().scrollIntoViewIfNeeded();
  const frame = await handle.asElement().contentFrame();
  await frame.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
  return { iframe: handle.asElement(), frame };
}

test('the element mounts its frame in its shadow root and keeps its link as light-DOM content', async () => {
  const { context, page: p, problems } = await open('element.html');
  const { iframe, frame } = await running(p, 'open-model-chooser');
  // The framework's markup is untouched: the element's own children are still the link.
  assert.equal(await p.$eval('open-model-chooser', (el) => el.innerHTML), `<a href="${widget.url}">Open the model chooser</a>`);
  assert.equal(await p.$eval('open-model-chooser', (el) => el.shadowRoot.querySelectorAll('iframe').length), 1);
  assert.equal(await iframe.getAttribute('title'), 'Open Model Chooser: which AI model should you choose?');
  assert.match(await iframe.getAttribute('src'), /\?embed=1&deploy=self$/);
  // The link is not shown while the frame is (no slot), and the frame follows its content.
  assert.equal(await p.getByRole('link', { name: 'Open the model chooser' }).isVisible(), false);
  for (let i = 0; i < 100; i++) {
    const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    if (Math.abs(outer - inner) <= 3 && outer !== 900) break;
    assert.ok(i < 99, `the frame is ${outer}px high, its content ${inner}px`);
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('an element parsed after the script, or added later, mounts; one removed lets go of its frame', async () => {
  const { context, page: p, problems } = await open('before-script.html');
  await running(p, 'open-model-chooser');
  const second = await open('empty.html');
  // Client-side navigation: a framework inserts the element into a page that has the script.
  await second.page.waitForFunction(() => window.OpenModelChooser);
  await second.page.evaluate((url) => {
    const el = document.createElement('open-model-chooser');
    el.setAttribute('src', url);
    el.innerHTML = `<a href="${url}">Open the model chooser</a>`;
    document.getElementById('app').append(el);
  }, widget.url);
  const { frame } = await running(second.page, 'open-model-chooser');
  assert.ok(frame);
  // Navigating away removes it: the shadow root is emptied; connected again, it mounts anew.
  const el = await second.page.$('open-model-chooser');
  await el.evaluate((node) => node.remove());
  assert.equal(await el.evaluate((node) => node.shadowRoot.childElementCount), 0);
  await el.evaluate((node) => document.getElementById('app').append(node));
  await running(second.page, 'open-model-chooser');
  // A changed attribute re-renders the frame.
  await second.page.$eval('open-model-chooser', (node) => node.setAttribute('theme', 'dark'));
  assert.match(await second.page.$eval('open-model-chooser', (node) => node.shadowRoot.querySelector('iframe').src), /theme=dark/);
  assert.deepEqual([...problems, ...second.problems], []);
  await context.close();
  await second.context.close();
});

test('the element follows the host theme, and setTheme reaches it', async () => {
  const { context, page: p } = await open('element.html');
  const { frame } = await running(p, 'open-model-chooser');
  const theme = () => frame.evaluate(() => document.documentElement.dataset.theme ?? '');
  await p.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await p.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  await p.evaluate(() => window.OpenModelChooser.setTheme('dark'));
  await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await theme(), 'dark');
  await context.close();
});

test('an element with an address that is not http(s) shows its link and loads nothing', async () => {
  const { context, page: p, problems } = await open('bad-src.html');
  await p.waitForFunction(() => window.OpenModelChooser);
  assert.equal(await p.$eval('open-model-chooser', (el) => el.shadowRoot.querySelectorAll('iframe').length), 0);
  assert.equal(await p.getByRole('link', { name: 'Open the model chooser' }).isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a placeholder a framework re-renders, or replaces, mounts again', async () => {
  const { context, page: p, problems } = await open('placeholder.html');
  await running(p, '#ph');
  // A framework puts its own markup back into the placeholder (as React does after a
  // hydration mismatch): the frame comes back.
  await p.$eval('#ph', (el, url) => {
    el.innerHTML = `<a href="${url}">Open the model chooser</a>`;
  }, widget.url);
  await running(p, '#ph');
  // A framework replaces the placeholder with a new one: it mounts too.
  await p.$eval('#ph', (el, url) => {
    const fresh = document.createElement('div');
    fresh.id = 'ph';
    fresh.setAttribute('data-open-model-chooser', '');
    fresh.innerHTML = `<a href="${url}">Open the model chooser</a>`;
    el.replaceWith(fresh);
  }, widget.url);
  await running(p, '#ph');
  assert.equal(await p.$$eval('iframe', (els) => els.length), 1, 'one frame, no leftovers');
  assert.deepEqual(problems, []);
  await context.close();
});
