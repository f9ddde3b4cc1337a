#!/usr/bin/env bash
# Installs what building the widget needs, skipping what is already there at the pinned version:
# the wasm32 target, Trunk, wasm-bindgen-cli and wasm-opt (npm `binaryen`). Idempotent.
. "$(dirname "$0")/lib.sh"

command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup first (https://rustup.rs)."
command -v npm >/dev/null   || die "npm is missing: install Node.js 20 or newer first."

if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  info "ok: rust target wasm32-unknown-unknown"
else
  install_or_die "rust target wasm32-unknown-unknown" rustup target add wasm32-unknown-unknown
fi

have_version() { # tool, expected version
  command -v "$1" >/dev/null && "$1" --version 2>/dev/null | grep -q " $2\b"
}

if have_version trunk "$TRUNK_VERSION"; then
  info "ok: trunk $TRUNK_VERSION"
else
  # 0.22 needs a newer rustc than this machine's. Measured: 4 min 45 s on 2 idle cores.
  say "trunk $TRUNK_VERSION is compiled from source once: about 5 minutes on 2 cores (up to 10 on a busy machine)"
  install_or_die "trunk $TRUNK_VERSION" \
    cargo install trunk --version "=$TRUNK_VERSION" --locked
fi

if have_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
  info "ok: wasm-bindgen-cli $WASM_BINDGEN_VERSION"
else
  # Without --locked: the lock file of 0.2.130 names a dependency version the registry no longer serves.
  # Measured: 1 min 36 s on 2 idle cores.
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION is compiled from source once: about 2 minutes on 2 cores (up to 5 on a busy machine)"
  install_or_die "wasm-bindgen-cli $WASM_BINDGEN_VERSION" \
    cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

if have_version wasm-opt "${BINARYEN_VERSION%%.*}"; then
  info "ok: wasm-opt ${BINARYEN_VERSION%%.*} (npm binaryen $BINARYEN_VERSION)"
else
  mkdir -p "$TOOLS_DIR/binaryen"
  install_or_die "wasm-opt (npm binaryen $BINARYEN_VERSION)" \
    npm install --prefix "$TOOLS_DIR/binaryen" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
  have_version wasm-opt "${BINARYEN_VERSION%%.*}" || die "wasm-opt ${BINARYEN_VERSION%%.*} is not on PATH after installing npm binaryen."
fi

if [ -x "$TOOLS_DIR/esbuild/node_modules/.bin/esbuild" ] && \
   [ "$("$TOOLS_DIR/esbuild/node_modules/.bin/esbuild" --version 2>/dev/null)" = "$ESBUILD_VERSION" ]; then
  info "ok: esbuild $ESBUILD_VERSION"
else
  mkdir -p "$TOOLS_DIR/esbuild"
  install_or_die "esbuild $ESBUILD_VERSION (npm)" \
    npm install --prefix "$TOOLS_DIR/esbuild" --no-audit --no-fund --silent "esbuild@$ESBUILD_VERSION"
fi
