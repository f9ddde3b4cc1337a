#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml), release builds only:
# 0. renames the functions the wasm imports from and exports to wasm-bindgen's JS, in both
#    files (examples/shorten_names.rs: 3.7 KB less to load after gzip);
# 1. minifies the JS that wasm-bindgen writes, and the CSS;
# 2. pre-renders the first screen into index.html and moves Trunk's inline loader to a file
#    (examples/prerender.rs), so the page shows content before wasm and works under a strict CSP.
# The loader is preloaded without an integrity hash (index.html sets
# data-integrity="none"), so rewriting it after Trunk is safe.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ESBUILD="$ROOT/.tools/esbuild/node_modules/.bin/esbuild"
[ -x "$ESBUILD" ] || { echo "esbuild is missing: run scripts/setup-build.sh" >&2; exit 1; }
# The native builds of the examples are cached after the first run (the native tests share them).
for wasm in "$TRUNK_STAGING_DIR"/*_bg.wasm; do
  [ -e "$wasm" ] || continue
  (cd "$ROOT" && cargo run --quiet --locked --example shorten_names -- "$wasm" "${wasm%_bg.wasm}.js")
done
for js in "$TRUNK_STAGING_DIR"/*.js; do
  [ -e "$js" ] || continue
  "$ESBUILD" "$js" --minify --format=esm --allow-overwrite --outfile="$js" --log-level=warning
done
for css in "$TRUNK_STAGING_DIR"/*.css; do
  [ -e "$css" ] || continue
  "$ESBUILD" "$css" --minify --allow-overwrite --outfile="$css" --log-level=warning
done

(cd "$ROOT" && cargo run --quiet --locked --example prerender -- "$TRUNK_STAGING_DIR/index.html")

# 3. bundles wasm-bindgen's JS into the loader the pre-render step wrote: one request, and the
#    parts of the JS the loader never uses (initSync) are dropped.
for wasm in "$TRUNK_STAGING_DIR"/*_bg.wasm; do
  [ -e "$wasm" ] || continue
  glue="${wasm%_bg.wasm}.js"
  for loader in "$TRUNK_STAGING_DIR"/loader-*.js; do
    "$ESBUILD" "$loader" --bundle --minify --format=esm --allow-overwrite --outfile="$loader" \
      --log-level=warning
  done
  rm "$glue"
done
