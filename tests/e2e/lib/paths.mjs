// Where the repository, the release build and the dataset are.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
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

/** The dataset the build embeds: the published `models.json`, which the build assembles from
 * `data/` (one file per model and per licence). */
export function dataset() {
  return JSON.parse(readFileSync(join(requireDist(), 'models.json'), 'utf8'));
}

/** The model files under `data/models/`, by id: what the build assembles. */
export function modelFiles() {
  const dir = join(ROOT, 'data', 'models');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}
