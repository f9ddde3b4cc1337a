# The steps shared by the release builds' Trunk post-build hooks: scripts/postbuild.sh (the
# widget) and bench/minimal-yew/postbuild.sh (the minimal Yew app the report measures the widget
# against), so that both are built by the same pipeline with the same loader policy. Source it
# from a hook; do not run it. Debug builds skip the hook.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ESBUILD="$ROOT/.tools/esbuild/node_modules/.bin/esbuild"
[ -x "$ESBUILD" ] || { echo "esbuild is missing: run scripts/setup-build.sh" >&2; exit 1; }
WASM="$(echo "$TRUNK_STAGING_DIR"/*_bg.wasm)"
GLUE="${WASM%_bg.wasm}.js"
[ -f "$WASM" ] && [ -f "$GLUE" ] || { echo "no single wasm and JS pair in $TRUNK_STAGING_DIR" >&2; exit 1; }

# A post-build tool of the workspace crate xtask/ (native builds, cached after the first run).
xtask() { # bin, arguments...
  local bin="$1"; shift
  (cd "$ROOT" && cargo run --quiet --locked -p omc-xtask --bin "$bin" -- "$@")
}

# Renames the functions the wasm imports from and exports to wasm-bindgen's JS, in both files
# (xtask/src/shorten.rs: 4 KB less to load after gzip for the widget).
shorten_names() {
  xtask shorten-names "$WASM" "$GLUE"
}

# Bundles wasm-bindgen's JS into the loader's second stage that replaced Trunk's inline loader
# (the `prerender` or `move-loader` step, the stages being xtask/src/loader.js and start.js) and
# minifies both stages (esbuild): the parts of the JS the loader never uses (initSync) are
# dropped. The first stage, the page's only script, is minified alone, not bundled: its dynamic
# import of the second stage must stay a request of its own, made after the first paint.
bundle_loader() {
  local loader start
  loader="$(echo "$TRUNK_STAGING_DIR"/loader-*.js)"
  start="$(echo "$TRUNK_STAGING_DIR"/start-*.js)"
  [ -f "$loader" ] && [ -f "$start" ] || { echo "the post-build step wrote no single loader-*.js and start-*.js" >&2; exit 1; }
  "$ESBUILD" "$start" --bundle --minify --format=esm --allow-overwrite --outfile="$start" \
    --log-level=warning
  "$ESBUILD" "$loader" --minify --format=esm --allow-overwrite --outfile="$loader" \
    --log-level=warning
  rm "$GLUE"
}
