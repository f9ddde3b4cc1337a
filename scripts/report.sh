#!/usr/bin/env bash
# The size and speed report (a benchmark, not a test): builds the release widget, measures it
# against a plain static page of the same content, prints a table and writes
# target/report/report.json.
#   RUNS=15 scripts/report.sh   more runs (default 9, at least 7)
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
"$ROOT/scripts/setup-test.sh"
"$ROOT/scripts/build.sh"
say "measuring"
node "$ROOT/tests/e2e/report.mjs"
