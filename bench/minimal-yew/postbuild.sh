#!/usr/bin/env bash
# Trunk post-build hook of the minimal Yew app (Trunk.toml beside it), release builds only: the
# widget's post-build steps that do not depend on its content (scripts/postbuild-lib.sh): the
# wasm-bindgen names shortened, Trunk's inline loader moved to the widget's two loader files
# (xtask/src/loader.js, the page's only script: the second stage, xtask/src/start.js, the wasm
# and the data fetched after the first contentful paint; the app started once the page is
# parsed), and wasm-bindgen's JS bundled into the second stage, both minified.
. "$(dirname "${BASH_SOURCE[0]}")/../../scripts/postbuild-lib.sh"

shorten_names
xtask move-loader "$TRUNK_STAGING_DIR/index.html"
bundle_loader
