// A real host: Hugo (Debian's package, installed by tests/e2e/hosts/hugo.setup.sh). Two sites made
// by `hugo new site`, built by `hugo` into target/hosts/hugo/ and served on 127.0.0.1 (the widget
// from another origin, under the strict CSP), one for each recipe of docs/EMBEDDING.md "Hugo":
// - "unsafe": raw HTML allowed in hugo.toml (`[markup.goldmark.renderer] unsafe = true`), the
//   snippet pasted into a Markdown page;
// - "shortcode": Hugo's default configuration (raw HTML dropped), the snippet (as the share panel
//   writes it) in layouts/shortcodes/model-chooser.html, used as {{< model-chooser >}} in a page;
//   the snippet pasted into another page is dropped there, which is why the first recipe needs
//   `unsafe`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { ROOT } from '../lib/paths.mjs';
import { serveWidget, recipe, docsBlock, readDocs, openPage, ours, widgetIn, heightFollows, frameTheme } from './host-checks.mjs';

const OUT = join(ROOT, 'target', 'hosts', 'hugo');

let browser, widget;
const hosts = {};

// The site's own layouts: a Hugo site takes its look from a theme, and themes come from GitHub,
// which cannot be reached here. So the sites have a minimal layout set of their own, with a
// dark-mode button that toggles class="dark" on <html>, the convention of VitePress and Tailwind
// sites that embed.js follows.
const LAYOUTS = {
  '_default/baseof.html': `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ .Title }} | {{ site.Title }}</title>
<link rel="icon" href="data:,">
<style>html.dark { background: #111; color: #eee; }</style>
</head>
<body>
<header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<button type="button" id="dark-mode" aria-pressed="false">Dark mode</button></header>
<main>{{ block "main" . }}{{ end }}</main>
<script>
document.getElementById('dark-mode').addEventListener('click', function () {
  this.setAttribute('aria-pressed', String(document.documentElement.classList.toggle('dark')));
});
</script>
</body>
</html>
`,
  '_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
  'index.html': `{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul>{{ range site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
};

const page = (title, body) => `---
title: "${title}"
---

Answer a few questions:

${body}
More text after the chooser.
`;

/** `hugo new site` into OUT/<name>, the layouts and `files` (by path in the site), `configure`
 * (given the site's folder), then `hugo`: returns the folder of the built site. */
function buildSite(name, files, configure = () => {}) {
  const site = join(OUT, name);
  execFileSync('hugo', ['new', 'site', site], { stdio: 'pipe' });
  for (const [path, text] of Object.entries(LAYOUTS)) files[`layouts/${path}`] ??= text;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  configure(site);
  execFileSync('hugo', ['--minify=false', '-d', 'public'], { cwd: site, stdio: 'pipe' });
  return join(site, 'public');
}

before(async () => {
  try {
    execFileSync('hugo', ['version'], { stdio: 'pipe' });
  } catch {
    assert.fail('Hugo is installed by tests/e2e/hosts/hugo.setup.sh');
  }
  browser = await launch();
  widget = await serveWidget();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const docs = readDocs(ROOT);
  const shortcode = recipe(docsBlock(docs, 'Hugo', 'and paste the snippet'), widget.url);
  const pasted = recipe(docsBlock(docs, 'The snippet'), widget.url);
  // The shortcode file holds the snippet as the share panel writes it for HTML pages and Hugo.
  assert.equal(shortcode, pasted);

  // Recipe 1: raw HTML allowed. Debian's Hugo (0.111) still names the configuration config.toml
  // in a new site; since 0.110 Hugo reads hugo.toml, the name the recipe (and newer Hugo) uses.
  const allow = docsBlock(docs, 'Hugo', 'Either allow it');
  hosts.unsafe = await serve(
    buildSite('unsafe', { 'content/chooser.md': page('Choosing a model', pasted) }, (site) => {
      const generated = ['hugo.toml', 'config.toml'].map((f) => join(site, f)).find((f) => existsSync(f));
      const config = readFileSync(generated, 'utf8');
      rmSync(generated);
      writeFileSync(join(site, 'hugo.toml'), `${config}\n${allow}`);
    }),
    { prefix: '/' },
  );

  // Recipe 2: the shortcode, in a site that keeps Hugo's default (raw HTML dropped).
  hosts.shortcode = await serve(
    buildSite('shortcode', {
      'layouts/shortcodes/model-chooser.html': shortcode,
      'content/chooser.md': page('Choosing a model', '{{< model-chooser >}}\n'),
      'content/pasted.md': page('Pasted without unsafe', pasted),
    }),
    { prefix: '/' },
  );
  assert.notEqual(new URL(widget.url).origin, new URL(hosts.unsafe.url).origin);
});
after(async () => {
  await browser?.close();
  await widget?.close();
  for (const h of Object.values(hosts)) await h.close();
});

for (const site of ['unsafe', 'shortcode']) {
  const what = site === 'unsafe' ? 'the snippet pasted with unsafe = true' : 'the shortcode';
  test(`${what}: a direct load shows the widget, its height follows, the dark-mode button reaches it`, async () => {
    const { context, page: p, problems } = await openPage(browser, hosts[site].url + 'chooser/');
    assert.equal(await p.locator('open-model-chooser').count(), 1);
    assert.doesNotMatch(await p.content(), /model-chooser >|raw HTML omitted/);
    const { iframe, frame } = await widgetIn(p);
    await heightFollows(iframe, frame);
    await frameTheme(frame, 'light');
    for (const dark of [true, false, true]) {
      await p.locator('#dark-mode').click();
      assert.equal(await p.evaluate(() => document.documentElement.classList.contains('dark')), dark);
      await frameTheme(frame, dark ? 'dark' : 'light');
    }
    assert.deepEqual(ours(problems), []);
    await context.close();
  });

  test(`${what}: the page is reached from the home page's list`, async () => {
    const { context, page: p, problems } = await openPage(browser, hosts[site].url);
    await p.locator('main a', { hasText: 'Choosing a model' }).click();
    await p.waitForURL(/\/chooser\/$/);
    await widgetIn(p);
    assert.deepEqual(ours(problems), []);
    await context.close();
  });
}

test('without unsafe = true, Hugo drops the snippet pasted into Markdown (why the recipe needs it)', async () => {
  const html = readFileSync(join(OUT, 'shortcode', 'public', 'pasted', 'index.html'), 'utf8');
  assert.match(html, /<!-- raw HTML omitted -->/);
  assert.doesNotMatch(html, /<open-model-chooser|embed\.js/);
  const { context, page: p } = await openPage(browser, hosts.shortcode.url + 'pasted/');
  assert.equal(await p.locator('open-model-chooser').count(), 0);
  assert.equal(await p.locator('iframe').count(), 0);
  await context.close();
});
