// The budgets the whole project keeps (README, "Size and speed report"). Sizes are
// deterministic, so the first-load budget is held by a test (tests/size.test.mjs); the speed
// figures vary from run to run on a shared machine and are reported by report.mjs only.
import { gzipSync } from 'node:zlib';

/** Everything the page loads at first, gzip level 9, in bytes: 120 KB (not KiB). */
export const FIRST_LOAD_GZIP_BYTES = 120_000;

/** Interactive within this many times the static floor. */
export const INTERACTIVE_VS_FLOOR = 1.5;

/** Answer to updated verdicts, 95th percentile, in milliseconds. */
export const ANSWER_P95_MS = 4;

/** JS heap plus wasm memory after a whole run, in bytes. */
export const MEMORY_BYTES = 8 * 1024 * 1024;

/** The gzip size of a file's bytes, as the report and the size test count it. */
export const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;
