#!/usr/bin/env bash
# Trunk post-build hook of the minimal Yew app (Trunk.toml beside it), release builds only: the
# widget's post-build steps that do not depend on its content (scripts/postbuild-lib.sh): the
# wasm-bindgen names shortened, Trunk's inline loader moved to the widget's loader file
# (xtask/src/loader.js: the wasm fetched after the first contentful paint, the app started once
# the page is parsed), and wasm-bindgen's JS bundled into it and minified.
. "$(dirname "${BASH_SOURCE[0]}")/../../scripts/postbuild-lib.sh"

shorten_names
xtask move-loader "$TRUNK_STAGING_DIR/index.html"
bundle_loader
