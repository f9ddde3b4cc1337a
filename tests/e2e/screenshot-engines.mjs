// Screenshots of the release build in Firefox ESR and WebKitGTK (through WebDriver), to compare
// with tests/e2e/screenshot.mjs's Chromium ones: light and dark, 360 and 1280 px wide, with the
// keyboard focus on the first answer (focus rings) and a model's details box open.
//   xvfb-run -a node tests/e2e/screenshot-engines.mjs [out-dir] [query]
// (default target/screenshots/engines; WebKit needs the display Xvfb gives it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { By, Key } from 'selenium-webdriver';
import { serve } from './lib/server.mjs';
import { ROOT, requireDist } from './lib/paths.mjs';
import { ENGINES, startSession } from './lib/webdriver.mjs';

const out = process.argv[2] ?? join(ROOT, 'target', 'screenshots', 'engines');
const query = process.argv[3] ?? '';
mkdirSync(out, { recursive: true });
// Firefox and WebKit keep windows wider than 360 px, so the widget is shot in a frame of the exact
// size: its media queries see the frame's width, as they would a phone's screen.
const FRAME = 'frame.html';
const server = await serve(requireDist(), {
  files: {
    [FRAME]: '<!doctype html><html><body style="margin:0"><iframe title="widget" style="border:0;display:block"></iframe></body></html>',
  },
});
try {
  for (const [id, engine] of Object.entries(ENGINES)) {
    const { driver, quit } = await startSession(engine);
    try {
      await driver.manage().window().setRect({ width: 1400, height: 1100 });
      for (const theme of ['light', 'dark']) {
        for (const width of [360, 1280]) {
          await driver.get(server.url + FRAME);
          const frame = await driver.findElement(By.css('iframe'));
          const separator = query ? '&' : '?';
          await driver.executeScript(
            'arguments[0].style.width = arguments[1] + "px"; arguments[0].style.height = "900px"; arguments[0].src = arguments[2];',
            frame,
            width,
            `${server.url}${query}${separator}theme=${theme}`,
          );
          await driver.switchTo().frame(frame);
          await driver.wait(() => driver.executeScript("return performance.getEntriesByName('omc-interactive').length > 0"), 30_000);
          // Open the first model's details, then put the keyboard focus on the first answer.
          await driver.executeScript("document.querySelector('[data-model-id] details')?.setAttribute('open', '')");
          for (let i = 0; i < 30 && !(await driver.executeScript('return document.activeElement?.name === "deploy"')); i++) {
            await driver.actions().sendKeys(Key.TAB).perform();
          }
          await driver.executeScript('window.scrollTo(0, 0)');
          await driver.switchTo().defaultContent();
          const file = join(out, `${id}-${theme}-${width}.png`);
          // The whole window: WebKitGTK's element screenshots of a frame come out shifted.
          writeFileSync(file, await driver.takeScreenshot(), 'base64');
          console.log(file);
        }
      }
    } finally {
      await quit();
    }
  }
} finally {
  await server.close();
}
