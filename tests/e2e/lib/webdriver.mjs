// Firefox ESR and WebKitGTK through plain W3C WebDriver (selenium-webdriver as the client): each
// engine's own driver is started here on a free port of 127.0.0.1, and stopped with the session.
// Playwright cannot drive Debian's builds of these two engines.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Builder } from 'selenium-webdriver';
import { freePort } from './server.mjs';

const CARGO_BIN = `${process.env.CARGO_INSTALL_ROOT ?? process.env.CARGO_HOME ?? `${process.env.HOME}/.cargo`}/bin`;

/** The engines this layer drives, with how to start their driver and browser. */
export const ENGINES = {
  firefox: {
    name: 'Firefox ESR',
    driver: process.env.GECKODRIVER ?? `${CARGO_BIN}/geckodriver`,
    browser: '/usr/bin/firefox-esr',
    driverArgs: (port) => ['--host', '127.0.0.1', '--port', String(port), '--log', 'error'],
    capabilities: (browser) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: browser,
        args: ['-headless'],
        // No update checks, telemetry or other start-up traffic: this machine has no network.
        prefs: {
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.safebrowsing.update.enabled': false,
        },
      },
    }),
  },
  webkit: {
    name: 'WebKitGTK',
    driver: '/usr/bin/WebKitWebDriver',
    browser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    // Needs a display: scripts/test.sh runs this engine under xvfb-run.
    driverArgs: (port) => ['--host=127.0.0.1', `--port=${port}`],
    capabilities: (browser) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    }),
  },
};

/** The engine named by OMC_ENGINE (firefox or webkit). */
export function engineFromEnv() {
  const id = process.env.OMC_ENGINE;
  const engine = ENGINES[id];
  if (!engine) throw new Error(`set OMC_ENGINE to one of ${Object.keys(ENGINES).join(', ')} (got '${id ?? ''}')`);
  for (const file of [engine.driver, engine.browser]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/setup-test.sh`);
  }
  return { id, ...engine };
}

/** Starts the engine's driver and a browser session; `quit()` ends both. */
export async function startSession(engine) {
  const port = await freePort();
  const driverProcess = spawn(engine.driver, engine.driverArgs(port), { stdio: ['ignore', 'ignore', 'pipe'] });
  let driverLog = '';
  driverProcess.stderr.on('data', (d) => (driverLog += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 100 || driverProcess.exitCode !== null) {
      driverProcess.kill();
      throw new Error(`${engine.driver} did not start: ${driverLog}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const driver = await new Builder().usingServer(url).withCapabilities(engine.capabilities(engine.browser)).build();
  return {
    driver,
    quit: async () => {
      try {
        await driver.quit();
      } finally {
        driverProcess.kill();
      }
    },
  };
}

/**
 * A script the test server puts first in every page it serves to these engines: it records
 * console errors and warnings, uncaught errors and CSP violations in `window.__omcProblems`, since
 * classic WebDriver cannot read a page's console in every engine. It is a same-origin file, so
 * the strict CSP allows it.
 */
export const PROBE_FILE = '__omc-probe.js';
export const PROBE = `(() => {
  const problems = (window.__omcProblems = []);
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      problems.push(level + ': ' + args.map(String).join(' '));
      return original.apply(this, args);
    };
  }
  addEventListener('error', (e) => problems.push('error: ' + e.message));
  addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + e.reason));
  document.addEventListener('securitypolicyviolation', (e) => problems.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
})();
`;

/** Rewrites served HTML to load the probe first. */
export function withProbe(file, body) {
  if (!file.endsWith('.html')) return body;
  return body.toString().replace(/<head>/i, `<head><script src="${PROBE_FILE}"></script>`);
}
