#!/usr/bin/env bash
# Builds the release widget into dist/ (installing any missing pinned tool first).
# Extra arguments go to `trunk build`, e.g. --public-url /my/sub/path/ (the default, ./, already
# works from any sub-path).
. "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup-build.sh"
cd "$ROOT"
say "building the release widget into dist/"
# --offline tools: Trunk finds wasm-bindgen and wasm-opt on PATH at the pinned versions.
trunk build --release --offline "$@"
