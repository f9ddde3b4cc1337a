// A synthetic catalogue of a given size for the size and speed report: the real models, then
// copies of them under new ids and names ("Qwen3.6 (copy 2)") until the count is reached. A copy
// keeps its model's structure, values, terms and sizes, so it passes the validator and gets the
// same verdicts; its sentences are rewritten word by word (each word swapped for another of the
// dataset's own words, by a fixed permutation per copy) and its links get their own paths, so
// that it costs what a new entry costs after compression rather than nothing (identical strings
// would be merged by the compiler and by gzip). The report measures first load, start-up, page
// height and DOM size at the catalogue's next size (about 80 models) before the real entries
// exist.
//
// It writes a dataset folder laid out like `data/` (dataset.json, licences/, models/), which the
// build takes with OMC_DATASET=<folder>:
//
//   node tests/e2e/lib/synthetic-catalogue.mjs 150 target/report/catalogue-150
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync, cpSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The model files of `data/models/`, in id order. */
function realModels() {
  const dir = join(ROOT, 'data', 'models');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

/** The model files of a dataset with `count` models (at least as many as the real one has). */
export function syntheticCatalogue(count) {
  const real = realModels();
  if (count < real.length) throw new Error(`the real dataset already has ${real.length} models`);
  const vocabulary = [...new Set(JSON.stringify(real).match(/[A-Za-z]{4,}/g))].sort();
  const models = [...real];
  for (let i = real.length; i < count; i++) {
    const copy = Math.floor(i / real.length) + 1;
    const swap = permutation(vocabulary, copy);
    const model = rewrite(structuredClone(real[i % real.length]), swap, copy);
    model.id = `${real[i % real.length].id}-copy-${copy}`;
    // Names, vendors and licence names rewritten too (rows and the find box show them); the
    // model's name keeps a number, so that each stays unique.
    model.name = `${rewriteWords(model.name, swap)} ${copy}`;
    model.vendor.value = rewriteWords(model.vendor.value, swap);
    for (const v of model.variants) v.name = rewriteWords(v.name, swap);
    models.push(model);
  }
  return models;
}

/** Writes the synthetic dataset folder: the real dataset.json and licences, and `count` models. */
export function writeSyntheticCatalogue(count, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'models'), { recursive: true });
  cpSync(join(ROOT, 'data', 'dataset.json'), join(out, 'dataset.json'));
  cpSync(join(ROOT, 'data', 'licences'), join(out, 'licences'), { recursive: true });
  for (const model of syntheticCatalogue(count)) {
    writeFileSync(join(out, 'models', `${model.id}.json`), JSON.stringify(model, null, 2) + '\n');
  }
}

/** Free text is rewritten; ids, enumerations, dates and numbers are kept (the validator and the
 * engine read them). */
const TEXT_KEYS = new Set(['description', 'note', 'text', 'claim', 'fact', 'by', 'quote']);
const LINK_KEYS = new Set(['source', 'url']);

function rewrite(value, swap, copy, key = '') {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, swap, copy, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, swap, copy, k)]));
  }
  if (typeof value !== 'string') return value;
  if (TEXT_KEYS.has(key)) return rewriteWords(value, swap);
  if (LINK_KEYS.has(key)) return value.replace(/^(https:\/\/[^/]+\/)/, `$1copy-${copy}/`);
  // The licence's id stays: a copy is under the same licence record.
  return value;
}

function rewriteWords(text, swap) {
  return text.replace(/[A-Za-z]{4,}/g, (w) => swap.get(w) ?? w);
}

/** A fixed shuffle of `words` (a linear congruential generator seeded by `seed`). */
function permutation(words, seed) {
  const shuffled = [...words];
  let state = seed * 2654435761 % 4294967296;
  for (let i = shuffled.length - 1; i > 0; i--) {
    state = (state * 1664525 + 1013904223) % 4294967296;
    const j = state % (i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return new Map(words.map((w, i) => [w, shuffled[i]]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count, out] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(count) || !out) {
    console.error('usage: synthetic-catalogue.mjs <count> <output folder>');
    process.exit(2);
  }
  writeSyntheticCatalogue(count, resolve(out));
  console.log(`wrote ${out}/: ${count} models`);
}
