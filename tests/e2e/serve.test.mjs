// The README's first command, `scripts/serve.sh`, as a new user runs it, in a scratch copy of the
// repository (so that editing a file cannot touch the real one):
// - a broken dataset stops it with the error, a non-zero status and nothing served;
// - it serves the pre-rendered page on a free port, the app starts and an answer changes a verdict;
// - an edit to the dataset rebuilds, and the open page reloads itself with the change;
// - a broken edit leaves the last good build served and shows the build error on the page;
// - stopping it stops every process it started.
//
// The scratch copy keeps its own cargo target folder under target/serve-test/ between runs, so
// only its first run compiles every dependency.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { freePort } from './lib/server.mjs';
import { ROOT } from './lib/paths.mjs';

const SCRATCH = join(ROOT, 'target', 'serve-test', 'repo');
// The file of a closed model (the first, by id): what the tests break and edit.
let DATASET;
// The first build of the scratch copy compiles every dependency (about 2 minutes on 2 cores).
const FIRST_BUILD_MS = Number(process.env.OMC_SERVE_TEST_FIRST_BUILD_S ?? 20 * 60) * 1000;
const REBUILD_MS = 5 * 60_000;

let browser;
let original;
let models;

before(async () => {
  browser = await launch();
  makeScratchCopy();
  const dir = join(SCRATCH, 'data', 'models');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  models = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const closed = models.find((m) => m.release.weights.value === 'none');
  assert.ok(closed, 'the dataset has a closed model');
  DATASET = join(dir, `${closed.id}.json`);
  original = readFileSync(DATASET, 'utf8');
});
after(async () => {
  await browser?.close();
});

/** Copies the working tree's files (tracked and new, not ignored) into SCRATCH, keeping its
 * target folder; `.tools` (npm binaryen and esbuild) is shared with the real repository. */
function makeScratchCopy() {
  mkdirSync(SCRATCH, { recursive: true });
  for (const entry of readdirSync(SCRATCH)) {
    if (entry !== 'target') rmSync(join(SCRATCH, entry), { recursive: true, force: true });
  }
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT })
    .toString()
    .split('\0')
    .filter((f) => f && existsSync(join(ROOT, f)));
  for (const file of files) {
    mkdirSync(dirname(join(SCRATCH, file)), { recursive: true });
    cpSync(join(ROOT, file), join(SCRATCH, file));
  }
  symlinkSync(join(ROOT, '.tools'), join(SCRATCH, '.tools'));
}

/** Starts `scripts/serve.sh` in the scratch copy on `port`; collects its output. */
function startServe(port) {
  const child = spawn('bash', ['scripts/serve.sh'], {
    cwd: SCRATCH,
    env: { ...process.env, PORT: String(port), NO_COLOR: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run = { child, output: '', exited: null };
  const collect = (chunk) => {
    run.output += chunk;
    if (process.env.OMC_SERVE_TEST_VERBOSE) process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  run.exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((run.exited = { code, signal }))));
  return run;
}

/** Resolves after `ms`, without keeping the test process alive once the tests are done. */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Resolves once `predicate()` is true, polling; fails with `what` after `ms`. */
async function waitFor(predicate, ms, what) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await predicate()) return;
    await sleep(500);
  }
  throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
}

async function fetchStatus(url) {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0;
  }
}

/** Process ids whose working directory is in the scratch copy: every build step serve.sh starts. */
function processesInScratch() {
  const pids = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd === SCRATCH || cwd.startsWith(SCRATCH + '/')) pids.push(Number(pid));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

/** The process ids of `pid`'s descendants, from /proc. */
function descendants(pid) {
  const children = new Map();
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(p));
    } catch {
      // gone
    }
  }
  const out = [];
  const stack = [...(children.get(pid) ?? [])];
  while (stack.length) {
    const p = stack.pop();
    out.push(p);
    stack.push(...(children.get(p) ?? []));
  }
  return out;
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops serve.sh as Ctrl-C would, and checks that it and everything it started are gone. */
async function stopServe(run, port) {
  const started = [run.child.pid, ...descendants(run.child.pid)];
  if (!run.exited) process.kill(run.child.pid, 'SIGINT');
  await Promise.race([run.exit, sleep(15_000)]);
  assert.ok(run.exited, 'serve.sh exits on Ctrl-C');
  await waitFor(() => started.every((pid) => !alive(pid)), 10_000, 'every process serve.sh started to stop');
  await waitFor(() => processesInScratch().length === 0, 10_000, 'no process left in the scratch copy');
  assert.equal(await fetchStatus(`http://127.0.0.1:${port}/`), 0, 'nothing serves on the port any more');
}

test('a broken dataset: serve.sh stops with the error and serves nothing', { timeout: FIRST_BUILD_MS }, async () => {
  const model = JSON.parse(original);
  model.licence.url = 'http://insecure.example/licence';
  const broken = model;
  writeFileSync(DATASET, JSON.stringify(broken, null, 2));
  const port = await freePort();
  const run = startServe(port);
  try {
    await Promise.race([run.exit, sleep(FIRST_BUILD_MS - 30_000)]);
    assert.ok(run.exited, `serve.sh stops by itself; its output:\n${run.output}`);
    assert.notEqual(run.exited.code, 0, 'with a non-zero status');
    assert.match(run.output, new RegExp(`data/models/${model.id}\\.json: model \`${model.id}\`, field \`licence.url\``), 'the error names the file, the model and the field');
    assert.match(run.output, /the build failed/, 'and says that nothing is served');
    assert.equal(await fetchStatus(`http://127.0.0.1:${port}/`), 0, 'nothing serves on the port');
  } finally {
    await stopServe(run, port);
    writeFileSync(DATASET, original);
  }
});

test('serve.sh serves the widget, the app answers, and an edit rebuilds and reloads the page', { timeout: FIRST_BUILD_MS + 2 * REBUILD_MS }, async () => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const run = startServe(port);
  const page = await browser.newPage();
  try {
    await waitFor(async () => run.exited || (await fetchStatus(url)) === 200, FIRST_BUILD_MS - 60_000, 'the page to be served');
    assert.equal(run.exited, null, `serve.sh keeps running; its output:\n${run.output}`);
    // serve.sh says where it serves once it has seen the port open (just after Trunk opens it).
    const serving = new RegExp(`serving the widget at http://127\\.0\\.0\\.1:${port}/`);
    await waitFor(() => serving.test(run.output) || run.exited, 30_000, 'serve.sh to say where it serves');
    assert.match(run.output, serving);

    // The same widget as dist/: the first screen is pre-rendered into the HTML (the questions and
    // the first rows of each kind), and the app adds every other model's row.
    const html = await (await fetch(url)).text();
    const prerendered = (html.match(/data-model-id="/g) ?? []).length;
    assert.ok(prerendered > 0 && prerendered < models.length, `${prerendered} rows pre-rendered`);
    assert.ok(html.includes('id="omc-deploy-self"'), 'the first question is pre-rendered');

    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0, null, { timeout: 30_000 });
    assert.equal(await page.locator('[data-model-id]').count(), models.length, 'every model once the app runs');
    const closed = JSON.parse(original);
    const verdict = () => page.getAttribute(`[data-model-id="${closed.id}"]`, 'data-verdict');
    assert.equal(await verdict(), 'match');
    await page.click('input[name="deploy"][value="self"]');
    await page.waitForFunction((id) => document.querySelector(`[data-model-id="${id}"]`).dataset.verdict === 'excluded', closed.id);

    // Editing the dataset rebuilds; the open page reloads itself and shows the change. The find
    // box names the model, so that its row is shown whole wherever it sorts (a row the page does
    // not display is bare) and still is once the name is edited.
    await page.goto(`${url}?q=${encodeURIComponent(closed.name)}`);
    await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0, null, { timeout: 30_000 });
    const edited = JSON.parse(original);
    const target = edited;
    target.name = `${target.name} (edited by the serve test)`;
    writeFileSync(DATASET, JSON.stringify(edited, null, 2));
    await page.waitForFunction(
      (name) => document.querySelector('[data-model-id]') && document.body.textContent.includes(name),
      target.name,
      { timeout: REBUILD_MS, polling: 1000 },
    );
    await page.waitForFunction(() => performance.getEntriesByName('omc-interactive').length > 0, null, { timeout: 30_000 });

    // A broken edit: the last good build stays served, and the page shows the build error.
    target.licence.url = 'http://insecure.example/licence';
    writeFileSync(DATASET, JSON.stringify(edited, null, 2));
    await page.waitForFunction(() => document.body.innerText.includes('Build failure'), null, { timeout: REBUILD_MS, polling: 1000 });
    await waitFor(() => run.output.includes(`field \`licence.url\``), 30_000, 'the terminal to show the error');
    assert.equal(await fetchStatus(url), 200, 'the last good build is still served');
    assert.equal(run.exited, null, 'serve.sh keeps running after a failed rebuild');
  } finally {
    await page.close();
    await stopServe(run, port);
    writeFileSync(DATASET, original);
  }
});
