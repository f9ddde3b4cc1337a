#!/usr/bin/env bash
# Runs the whole test suite, installing what it needs first (build tools, Chromium, chromedriver,
# the end-to-end npm packages). Idempotent. Any failing layer fails the run.
#
#   scripts/test.sh            every layer, in order
#   scripts/test.sh LAYER...   only these: lint native browser e2e hosts engines serve
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

layers=("$@")
[ ${#layers[@]} -gt 0 ] || layers=(lint native browser e2e hosts engines serve)
for layer in "${layers[@]}"; do
  case "$layer" in lint|native|browser|e2e|hosts|engines|serve) ;; *) die "unknown layer '$layer' (expected lint, native, browser, e2e, hosts, engines or serve)";; esac
done

say "set-up"
"$ROOT/scripts/setup-build.sh"
"$ROOT/scripts/setup-test.sh"
"$ROOT/scripts/check-pins.sh"

# Every layer's output is also kept in $LOG, to count the tests run for the closing line.
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
run_layer() {
  local name="$1"; shift
  say "layer: $name"
  "$@" 2>&1 | tee -a "$LOG" || die "layer '$name' failed"
}

built=0
for layer in "${layers[@]}"; do
  case "$layer" in
    lint)
      run_layer "lint: cargo fmt --check" cargo fmt --all -- --check
      run_layer "lint: clippy (native)" cargo clippy --locked --workspace --all-targets -- -D warnings
      run_layer "lint: clippy (wasm32)" cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
      # The report's minimal Yew app has code only on wasm32 (natively its binary is a stub).
      run_layer "lint: clippy (wasm32, the minimal Yew app)" \
        cargo clippy --locked -p omc-minimal-yew --target wasm32-unknown-unknown -- -D warnings
      # The loader's two stages are real JavaScript modules: esbuild must parse them (it
      # minifies and bundles them in builds).
      for stage in loader start; do
        run_layer "lint: the loader's $stage.js parses (esbuild)" \
          "$TOOLS_DIR/esbuild/node_modules/.bin/esbuild" "$ROOT/xtask/src/$stage.js" --log-level=warning --outfile=/dev/null
      done
      ;;
    native)
      # Pure modules and component views rendered with Yew's server renderer.
      run_layer "native: cargo test" cargo test --locked --workspace
      ;;
    browser)
      # wasm-bindgen-test in headless Chromium through chromedriver (options in webdriver.json).
      run_layer "browser: wasm-bindgen-test in headless Chromium" \
        env CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
        cargo test --locked --target wasm32-unknown-unknown --test browser
      ;;
    e2e)
      run_layer "e2e: release build" "$ROOT/scripts/build.sh"
      built=1
      run_layer "e2e: Playwright against the release build" \
        node --test --test-concurrency=1 "$ROOT"/tests/e2e/tests/
      ;;
    hosts)
      # The recipes of docs/EMBEDDING.md pasted into real sites (Docusaurus, MkDocs Material with
      # instant navigation, Sphinx with Furo, Hugo), built by the tests and served on 127.0.0.1.
      [ "$built" = 1 ] || { run_layer "hosts: release build" "$ROOT/scripts/build.sh"; built=1; }
      run_layer "hosts: real sites embedding the chooser" \
        node --test --test-concurrency=1 "$ROOT"/tests/e2e/hosts/
      ;;
    engines)
      # A subset of the e2e suite in Firefox ESR and WebKitGTK through WebDriver; WebKit needs a
      # display, so it runs under Xvfb. Uses the e2e layer's release build, or makes its own.
      [ "$built" = 1 ] || run_layer "engines: release build" "$ROOT/scripts/build.sh"
      run_layer "engines: Firefox ESR (geckodriver)" \
        env OMC_ENGINE=firefox node --test --test-concurrency=1 "$ROOT"/tests/e2e/engines/
      run_layer "engines: WebKitGTK (WebKitWebDriver, under Xvfb)" \
        env OMC_ENGINE=webkit xvfb-run -a node --test --test-concurrency=1 "$ROOT"/tests/e2e/engines/
      ;;
    serve)
      # The README's first command in a scratch copy: serves, answers, rebuilds, fails loudly.
      run_layer "serve: scripts/serve.sh in a scratch copy" \
        node --test --test-concurrency=1 "$ROOT"/tests/e2e/serve.test.mjs
      ;;
  esac
done
say "all requested layers passed: ${layers[*]}"
# cargo prints "test result: ok. N passed; M failed"; node's runner prints "# pass N" and "# fail M".
passed=$(sed -nE 's/^test result: .* ([0-9]+) passed; ([0-9]+) failed.*/\1/p; s/^# pass ([0-9]+)$/\1/p' "$LOG" | awk '{ s += $1 } END { print s + 0 }')
failed=$(sed -nE 's/^test result: .* ([0-9]+) passed; ([0-9]+) failed.*/\2/p; s/^# fail ([0-9]+)$/\1/p' "$LOG" | awk '{ s += $1 } END { print s + 0 }')
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
