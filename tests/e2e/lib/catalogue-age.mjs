// The facts of a published models.json that were checked longest ago: what a maintainer reads
// again first (data/README.md, "Re-check a model"). The report lists them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every `checked` date in `models.json` of `dist`, with its model and the path of the fact,
 * oldest first (a fact shared by several models through their licence counts once per model);
 * the first `n`. */
export function oldestChecked(dist, n = 10) {
  const { models } = JSON.parse(readFileSync(join(dist, 'models.json'), 'utf8'));
  const facts = [];
  const walk = (value, model, path) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, model, `${path}[${i}]`));
    } else if (value && typeof value === 'object') {
      if (typeof value.checked === 'string' && typeof value.source === 'string') {
        facts.push({ checked: value.checked, model, fact: path || '(model)', source: value.source });
      }
      for (const [k, v] of Object.entries(value)) walk(v, model, path ? `${path}.${k}` : k);
    }
  };
  for (const m of models) walk(m, m.id, '');
  // A stable sort: facts checked the same day keep the catalogue's order.
  facts.sort((a, b) => (a.checked < b.checked ? -1 : a.checked > b.checked ? 1 : 0));
  return facts.slice(0, n);
}
