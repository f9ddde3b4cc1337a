#!/usr/bin/env bash
# A benchmark, not a test: feeds OMC_URL_CASES generated URLs (default 1,000,000) through
# parse -> print -> parse (the property `generated_queries_never_panic_and_round_trip` of
# src/url_state.rs, with proptest's shrinking if one fails) in a release build, and reports how
# long it took. The test run (scripts/test.sh) checks 20,000.
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
export OMC_URL_CASES="${OMC_URL_CASES:-1000000}"
say "parse -> print -> parse over $OMC_URL_CASES generated URLs (release build)"
start=$(date +%s)
cargo test --release --locked --lib generated_queries_never_panic_and_round_trip -- --exact \
  url_state::tests::generated::generated_queries_never_panic_and_round_trip
echo "$OMC_URL_CASES generated URLs: no panic, every round trip stable, in $(( $(date +%s) - start )) s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
