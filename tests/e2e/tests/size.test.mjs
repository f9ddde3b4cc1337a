// The first-load budget (README): everything the page loads until it is interactive and idle,
// gzip level 9, at most FIRST_LOAD_GZIP_BYTES; the whole records (`facts-*.bin`) wait for the
// first answer, opened row or comparison, and come alone. Sizes are deterministic: a change that goes over
// fails the suite, and the message names each file with its size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { requireDist } from '../lib/paths.mjs';
import { FIRST_LOAD_GZIP_BYTES, gzipBytes } from '../lib/budgets.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const [view, query] of [['full page', ''], ['embed view', '?embed=1']]) {
  test(`first load of the ${view}: at most ${FIRST_LOAD_GZIP_BYTES} bytes gzip`, async () => {
    const dist = requireDist();
    const server = await serve(dist, { prefix: '/' });
    try {
      const page = await browser.newPage();
      await page.goto(server.url + query, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0);
      await page.waitForLoadState('networkidle');
      const firstLoad = server.requests.length;
      // The whole records wait for a reader: opening a row fetches them, and nothing else.
      await page.locator('.omc-row:not([hidden]) .omc-row-toggle').first().click();
      await page.locator('[data-details="open"] .omc-more-title').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.close();
      const later = server.requests.slice(firstLoad).filter((p) => !p.endsWith('.svg'));
      assert.equal(later.length, 1, `one request when a row opens: ${later}`);
      assert.match(later[0], /^\/facts-[0-9a-f]{16}\.bin$/);
      server.requests.length = firstLoad;

      const files = [...new Set(server.requests.map((p) => (p === '/' ? 'index.html' : p.slice(1))))];
      const sizes = files.map((file) => ({ file, gzip: gzipBytes(readFileSync(join(dist, file))) }));
      const total = sizes.reduce((sum, f) => sum + f.gzip, 0);
      const list = sizes.map((f) => `${f.file} ${f.gzip}`).join(', ');
      // Guards against a test that measures nothing: the page, its wasm, its script and its style.
      for (const kind of [/^index\.html$/, /\.wasm$/, /\.js$/, /\.css$/]) {
        assert.ok(files.some((f) => kind.test(f)), `the first load has no ${kind} file: ${list}`);
      }
      assert.ok(
        total <= FIRST_LOAD_GZIP_BYTES,
        `first load is ${total} bytes gzip, over the budget of ${FIRST_LOAD_GZIP_BYTES}: ${list}`,
      );
    } finally {
      await server.close();
    }
  });
}
