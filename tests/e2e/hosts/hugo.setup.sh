#!/usr/bin/env bash
# Installs Hugo from Debian (the `hugo` package) for the real-host test
# tests/e2e/hosts/hugo.test.mjs, only when there is no `hugo` command yet. Idempotent.
. "$(dirname "$0")/../../../scripts/lib.sh"

if command -v hugo >/dev/null; then
  info "ok: $(hugo version | cut -d' ' -f1-2)"
  exit 0
fi
command -v apt-get >/dev/null || die "no hugo and no apt-get: install Hugo by hand (Debian's package is tested)."
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
say "installing hugo from Debian: about 15 s"
# Without its recommended Go toolchain and git (for Hugo modules only): 13 MB to download, not 94.
# The package lists may be missing (a fresh container) or stale: refresh them first.
install_or_die "package lists (apt-get update)" $SUDO apt-get update -qq
install_or_die "hugo (Debian)" env DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends hugo
info "installed: $(hugo version | cut -d' ' -f1-2)"
