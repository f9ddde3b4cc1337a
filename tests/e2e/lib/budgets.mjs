// The budgets the whole project keeps (docs/PERFORMANCE.md). Sizes are
// deterministic, so the first-load budget is held by a test (tests/size.test.mjs); the speed
// figures vary from run to run on a shared machine and are reported by report.mjs only.
import { gzipSync } from 'node:zlib';

/** Everything the page loads at first, gzip level 9, in bytes: 120 KB (not KiB). */
export const FIRST_LOAD_GZIP_BYTES = 120_000;

/** Interactive within this many times the static floor. */
export const INTERACTIVE_VS_FLOOR = 1.5;

/** Answer to updated verdicts, 95th percentile, in milliseconds. */
export const ANSWER_P95_MS = 4;

/** Lighthouse (12.2.3, mobile, its default simulated throttling), against the static copy of the
 * same page in the same run: performance score at least this, Largest Contentful Paint at most
 * this many times the copy's, Total Blocking Time at most this many times the copy's or
 * TBT_FLOOR_MS, whichever is larger. */
export const LIGHTHOUSE_SCORE = 98;
export const LCP_VS_FLOOR = 1.2;
export const TBT_VS_FLOOR = 2;
export const TBT_FLOOR_MS = 100;

/** The embedded view's height with rows closed, by frame width, in CSS pixels; the full page's at
 * 1280 px. Held by tests/results.test.mjs for today's dataset. */
export const EMBED_MAX_HEIGHT = { 700: 1600, 360: 2400 };
export const FULL_PAGE_MAX_HEIGHT = 4000;

/** Elements on the page at first load, with 80 models (rows closed, details not in the DOM). */
export const DOM_MAX_ELEMENTS = 800;

/** The longest task at start-up, unthrottled on the report's machine, in milliseconds. */
export const LONG_TASK_MAX_MS = 50;

/** JS heap plus wasm memory after a whole run, in bytes. */
export const MEMORY_BYTES = 8 * 1024 * 1024;

/** The gzip size of a file's bytes, as the report and the size test count it. */
export const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;
