#!/usr/bin/env bash
# Installs Sphinx and the Furo theme from PyPI, pinned, into a project venv (.tools/sphinx), for
# the real-host test tests/e2e/hosts/sphinx.test.mjs. Skips the install when the pinned versions
# are already there. Idempotent.
. "$(dirname "$0")/../../../scripts/lib.sh"

VENV="$TOOLS_DIR/sphinx"

version_of() { # pip package name
  "$VENV/bin/pip" show "$1" 2>/dev/null | sed -n 's/^Version: //p'
}
if [ -x "$VENV/bin/sphinx-build" ] && [ -x "$VENV/bin/sphinx-quickstart" ] && \
   [ "$(version_of sphinx)" = "$SPHINX_VERSION" ] && [ "$(version_of furo)" = "$FURO_VERSION" ]; then
  info "ok: sphinx $SPHINX_VERSION, furo $FURO_VERSION (.tools/sphinx)"
  exit 0
fi
if ! python3 -m venv --help >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  install_or_die "python3-venv (Debian)" $SUDO apt-get install -y -qq python3-venv
fi
say "installing sphinx $SPHINX_VERSION and furo $FURO_VERSION from PyPI into .tools/sphinx: about 30 s"
rm -rf "$VENV"
install_or_die "a Python venv for Sphinx (.tools/sphinx)" python3 -m venv "$VENV"
install_or_die "sphinx $SPHINX_VERSION and furo $FURO_VERSION (pip)" \
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "sphinx==$SPHINX_VERSION" "furo==$FURO_VERSION"
