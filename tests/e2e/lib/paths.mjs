// Where the repository, the release build and the dataset are.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DIST = process.env.OMC_DIST ?? join(ROOT, 'dist');

export function requireDist() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`no release build in ${DIST}: run scripts/build.sh first (scripts/test.sh does).`);
  }
  return DIST;
}

/** The dataset the build embeds. */
export function dataset() {
  return JSON.parse(readFileSync(join(ROOT, 'data', 'models.json'), 'utf8'));
}
