// Takes screenshots of the release build for the README and for reviewing the UI:
//   node tests/e2e/screenshot.mjs [out-dir] [query]   (default target/screenshots, no query)
// Light and dark, 360 px and 1280 px wide.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { ROOT, requireDist } from './lib/paths.mjs';

const out = process.argv[2] ?? join(ROOT, 'target', 'screenshots');
const query = process.argv[3] ?? '';
mkdirSync(out, { recursive: true });
const server = await serve(requireDist());
const browser = await launch();
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(server.url + query);
      await page.waitForSelector('[data-model-id]', { state: 'attached' });
      const file = join(out, `widget-${colorScheme}-${width}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
