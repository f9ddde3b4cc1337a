# Shared helpers for the project scripts. Source it; do not run it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../tools/versions.env
. "$ROOT/tools/versions.env"

# Project-local tools (npm binaryen, e2e node_modules) live under .tools/, ignored by git.
TOOLS_DIR="$ROOT/.tools"
# `cargo install` puts tools in $CARGO_INSTALL_ROOT/bin, else $CARGO_HOME/bin (~/.cargo/bin).
CARGO_BIN="${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin"
export PATH="$TOOLS_DIR/binaryen/node_modules/.bin:$TOOLS_DIR/esbuild/node_modules/.bin:$CARGO_BIN:$PATH"

# The wasm does not carry the builder's paths (in panic locations): the same build on any
# machine, and a few hundred bytes fewer to download. For the wasm target only; native builds
# keep their paths for readable backtraces.
CARGO_REGISTRY_SRC="${CARGO_HOME:-$HOME/.cargo}/registry/src"
# (crates.io's folder name is fixed by the registry's address; the later prefix wins.)
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:---remap-path-prefix=$CARGO_REGISTRY_SRC/=/crates/ --remap-path-prefix=$CARGO_REGISTRY_SRC/index.crates.io-1949cf8c6b5b557f/=/crates/ --remap-path-prefix=$ROOT/=/omc/}"

# The release pipeline, shared by scripts/build.sh (`trunk build`) and scripts/serve.sh
# (`trunk serve`): the same Trunk.toml (relative public URL, pinned tools, the post-build steps of
# scripts/postbuild.sh) and these flags. Only the verb and the output folder differ.
TRUNK_RELEASE_FLAGS=(--release --offline)
# NO_COLOR (no-color.org) means "no colours" whatever its value, but Trunk reads it as its
# `--no-color` flag and stops on anything but true or false (e.g. NO_COLOR=1).
if [ -n "${NO_COLOR:-}" ]; then export NO_COLOR=true; fi

say()  { printf '\033[1m==> %s\033[0m\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die()  { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# True when something on 127.0.0.1 accepts connections on port $1.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Runs a command; on failure stops with a message saying what could not be installed.
install_or_die() {
  local what="$1"; shift
  say "installing $what"
  info "$*"
  "$@" || die "could not install $what (command: $*). Check the network access to the package registry and try again."
}
