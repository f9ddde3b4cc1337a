#!/usr/bin/env bash
# Fails when a tool version repeated outside tools/versions.env has drifted from it.
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
fail=0
expect() { # file, fixed string that must be in it
  grep -qF -- "$2" "$1" || { printf 'pin drift: %s should contain %s (tools/versions.env)\n' "$1" "$2" >&2; fail=1; }
}
expect Cargo.toml "wasm-bindgen = \"=$WASM_BINDGEN_VERSION\""
expect Trunk.toml "wasm_bindgen = \"$WASM_BINDGEN_VERSION\""
expect Trunk.toml "wasm_opt = \"version_${BINARYEN_VERSION%%.*}\""
# The minimal Yew app of the report, built by the same pipeline with the same tools.
expect bench/minimal-yew/Cargo.toml "wasm-bindgen = \"=$WASM_BINDGEN_VERSION\""
expect bench/minimal-yew/Trunk.toml "wasm_bindgen = \"$WASM_BINDGEN_VERSION\""
expect bench/minimal-yew/Trunk.toml "wasm_opt = \"version_${BINARYEN_VERSION%%.*}\""
expect tests/e2e/package.json "\"playwright-core\": \"$PLAYWRIGHT_CORE_VERSION\""
expect tests/e2e/package.json "\"selenium-webdriver\": \"$SELENIUM_WEBDRIVER_VERSION\""
locked=$(awk '/^name = "wasm-bindgen"$/{getline; print; exit}' Cargo.lock)
[ "$locked" = "version = \"$WASM_BINDGEN_VERSION\"" ] || { echo "pin drift: Cargo.lock has wasm-bindgen $locked" >&2; fail=1; }
[ $fail = 0 ] && info "ok: tool pins agree with tools/versions.env"
exit $fail
