#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml), release builds only:
# 1. renames the functions the wasm imports from and exports to wasm-bindgen's JS, in both
#    files (xtask/src/shorten.rs: 4 KB less to load after gzip);
# 2. minifies the CSS;
# 3. pre-renders the first screen into index.html and moves Trunk's inline loader to two files
#    (xtask/src/prerender.rs), so the page shows content before wasm and works under a strict
#    CSP: the page's only script, a small first stage (xtask/src/loader.js) that waits for the
#    first paint, then imports the second (xtask/src/start.js) beside the wasm and the data;
# 4. bundles wasm-bindgen's JS into the second stage and minifies both (esbuild): the parts of
#    the JS the loader never uses (initSync) are dropped;
# 5. minifies embed.js, the host script every embedding page loads (11.2 -> 4.2 KB raw, 4.1 -> 1.9 KB
#    gzip), keeping its licence line.
# Steps 1 and 4 are shared with the minimal Yew app of the report (scripts/postbuild-lib.sh).
# The JS and CSS are loaded without an integrity hash (index.html sets data-integrity="none"),
# so rewriting them after Trunk is safe.
. "$(dirname "${BASH_SOURCE[0]}")/postbuild-lib.sh"

shorten_names

"$ESBUILD" "$TRUNK_STAGING_DIR/embed.js" --minify --legal-comments=inline --allow-overwrite \
  --outfile="$TRUNK_STAGING_DIR/embed.js" --log-level=warning

for css in "$TRUNK_STAGING_DIR"/*.css; do
  [ -e "$css" ] || continue
  "$ESBUILD" "$css" --minify --allow-overwrite --outfile="$css" --log-level=warning
done

xtask prerender "$TRUNK_STAGING_DIR/index.html"
bundle_loader
