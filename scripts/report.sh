#!/usr/bin/env bash
# The size and speed report (a benchmark, not a test): builds the release widget, the same widget
# with a synthetic catalogue of SYNTHETIC_MODELS models (default 150) and the minimal Yew app
# (bench/minimal-yew: the floor of the stack, built by the same pipeline with the same loader
# policy), then measures them side by side, interleaved, with plain static copies of the widget's
# pages (tests/e2e/report.mjs): prints a table with the load average before and after, and writes
# target/report/report.json.
#   RUNS=15 scripts/report.sh   more runs of each page (default 9, at least 7)
#   LIGHTHOUSE_RUNS=7 scripts/report.sh   more Lighthouse runs of each page (default 5)
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
"$ROOT/scripts/setup-test.sh"
LIGHTHOUSE="$TOOLS_DIR/lighthouse/node_modules/.bin/lighthouse"
if [ -x "$LIGHTHOUSE" ] && [ "$("$LIGHTHOUSE" --version 2>/dev/null)" = "$LIGHTHOUSE_VERSION" ]; then
  info "ok: lighthouse $LIGHTHOUSE_VERSION"
else
  # 13 wants Node 22. Only the report needs it, so the tests do not install it.
  mkdir -p "$TOOLS_DIR/lighthouse"
  install_or_die "lighthouse $LIGHTHOUSE_VERSION (npm)" \
    npm install --prefix "$TOOLS_DIR/lighthouse" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
fi
# Lighthouse's pages are served over HTTP/2, which browsers speak over TLS only: the report makes a
# throwaway certificate for 127.0.0.1 with openssl (tests/e2e/lib/tls.mjs).
command -v openssl >/dev/null || die "openssl is missing: the report serves Lighthouse's pages over HTTP/2 with a throwaway certificate (apt install openssl)"
info "ok: $(openssl version | cut -d' ' -f1-2)"
# The same page with a synthetic catalogue (the catalogue's size to come), into its own folder;
# then the real one, last, so that dist/ and the build cache hold the shipped dataset.
export SYNTHETIC_MODELS="${SYNTHETIC_MODELS:-150}"
node "$ROOT/tests/e2e/lib/synthetic-catalogue.mjs" "$SYNTHETIC_MODELS" "$ROOT/target/report/catalogue-synthetic"
OMC_DATASET="$ROOT/target/report/catalogue-synthetic" "$ROOT/scripts/build.sh" --dist "$ROOT/target/report/dist-synthetic"
"$ROOT/scripts/build.sh"
# The minimal Yew app: build.sh's pipeline (its tools, flags and wasm flags from lib.sh) with the
# app's own Trunk.toml, whose post-build hook moves and bundles the widget's loader.
"$ROOT/scripts/build.sh" --config "$ROOT/bench/minimal-yew/Trunk.toml" --dist "$ROOT/target/report/dist-minimal-yew"
say "measuring"
node "$ROOT/tests/e2e/report.mjs"
