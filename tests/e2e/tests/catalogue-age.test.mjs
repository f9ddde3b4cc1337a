// The report's list of the facts checked longest ago (tests/e2e/lib/catalogue-age.mjs), on the
// built dist/models.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { oldestChecked } from '../lib/catalogue-age.mjs';
import { requireDist } from '../lib/paths.mjs';

test('the ten facts checked longest ago, oldest first, each with its model, field and source', () => {
  const dist = requireDist();
  const oldest = oldestChecked(dist, 10);
  assert.equal(oldest.length, 10);
  for (const f of oldest) {
    assert.match(f.checked, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(f.source, /^https:\/\//);
    assert.ok(f.model && f.fact, JSON.stringify(f));
  }
  for (let i = 1; i < oldest.length; i++) assert.ok(oldest[i - 1].checked <= oldest[i].checked);
  // None older is left out: the earliest date anywhere in the file is the first listed.
  const dates = readFileSync(join(dist, 'models.json'), 'utf8').match(/"checked": ?"\d{4}-\d{2}-\d{2}"/g);
  const earliest = dates.map((d) => d.match(/\d{4}-\d{2}-\d{2}/)[0]).sort()[0];
  assert.equal(oldest[0].checked, earliest);
});
