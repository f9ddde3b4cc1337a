// Screenshots of the example host pages (examples/hosts/) embedding the release build, light and
// dark, into target/screenshots/ (or the folder given). The host pages are served from another
// origin than the widget, as in the tests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { ROOT, requireDist } from './lib/paths.mjs';

const out = process.argv[2] ?? join(ROOT, 'target', 'screenshots');
mkdirSync(out, { recursive: true });
const widget = await serve(requireDist(), { prefix: '/chooser/' });
const host = await serve(join(ROOT, 'examples', 'hosts'), {
  rewrite: (file, body) =>
    file.endsWith('.html') ? body.toString().replaceAll('http://127.0.0.1:8080/', widget.url) : body,
});
const browser = await launch();
try {
  for (const file of ['blog.html', 'docs.html']) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme: scheme });
      await page.goto(host.url + file);
      if (file === 'blog.html' && scheme === 'dark') await page.click('#theme-switch');
      const iframe = page.locator('iframe');
      await iframe.scrollIntoViewIfNeeded();
      const frame = await (await iframe.elementHandle()).contentFrame();
      await frame.waitForSelector('[data-model-id][data-verdict]');
      await page.waitForTimeout(300);
      await page.evaluate(() => window.scrollTo(0, 0));
      const path = join(out, `host-${file.replace('.html', '')}-${scheme}.png`);
      await page.screenshot({ path });
      console.log(path);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await widget.close();
  await host.close();
}
