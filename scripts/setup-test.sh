#!/usr/bin/env bash
# Installs what the test suite needs beyond the build tools, skipping what is already there:
# the three browser engines and their WebDriver servers (Debian's Chromium and ChromeDriver,
# Firefox ESR, WebKitGTK's WebKitWebDriver and MiniBrowser, Xvfb for WebKit; geckodriver through
# cargo) and the npm packages of the end-to-end tests. Idempotent.
. "$(dirname "$0")/lib.sh"

# Debian packages, by the command or file each one provides.
declare -A DEBIAN_PACKAGES=(
  [chromium]=/usr/bin/chromium
  [chromium-driver]=/usr/bin/chromedriver
  [firefox-esr]=/usr/bin/firefox-esr
  [webkit2gtk-driver]=/usr/bin/WebKitWebDriver
  [xvfb]=/usr/bin/xvfb-run
  [xauth]=/usr/bin/xauth
)
missing=()
for package in "${!DEBIAN_PACKAGES[@]}"; do
  [ -x "${DEBIAN_PACKAGES[$package]}" ] || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  info "ok: $(chromium --version 2>/dev/null | head -1), $(chromedriver --version | head -1 | cut -d' ' -f1-2)"
  info "ok: $(firefox-esr --version 2>/dev/null | head -1), WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null), xvfb-run"
else
  command -v apt-get >/dev/null || die "missing Debian packages (${missing[*]}) and there is no apt-get: install them by hand."
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  say "installing ${missing[*]} from Debian: about 1 minute"
  install_or_die "package lists (apt-get update)" $SUDO apt-get update -qq
  install_or_die "${missing[*]} (Debian)" \
    env DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

if command -v geckodriver >/dev/null && [ "$(geckodriver --version | head -1 | awk '{print $2}')" = "$GECKODRIVER_VERSION" ]; then
  info "ok: geckodriver $GECKODRIVER_VERSION"
else
  # Measured: 1 min 40 s on 2 cores while the machine was busy.
  say "geckodriver $GECKODRIVER_VERSION is compiled from source once: about 2 minutes on 2 cores"
  install_or_die "geckodriver $GECKODRIVER_VERSION" cargo install geckodriver --version "=$GECKODRIVER_VERSION" --locked
fi

E2E="$ROOT/tests/e2e"
installed_version() { # npm package name
  sed -nE 's/^  "version": "([^"]+)".*/\1/p' "$E2E/node_modules/$1/package.json" 2>/dev/null | head -1
}
if [ "$(installed_version playwright-core)" = "$PLAYWRIGHT_CORE_VERSION" ] && \
   [ "$(installed_version selenium-webdriver)" = "$SELENIUM_WEBDRIVER_VERSION" ] && \
   [ "$E2E/node_modules/.package-lock.json" -nt "$E2E/package-lock.json" ]; then
  info "ok: end-to-end npm packages (playwright-core $PLAYWRIGHT_CORE_VERSION, selenium-webdriver $SELENIUM_WEBDRIVER_VERSION)"
else
  # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: we drive Debian's /usr/bin/chromium; a browser download would fail here.
  install_or_die "end-to-end npm packages (tests/e2e, npm ci)" \
    env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$E2E" --no-audit --no-fund --silent
fi

# A real generated host page for the embed's dark-mode tests: an MkDocs Material site, built by
# the test itself (tests/e2e/tests/host-theme.test.mjs), from a venv in .tools/mkdocs.
MKDOCS_VENV="$TOOLS_DIR/mkdocs"
if [ -x "$MKDOCS_VENV/bin/mkdocs" ] && \
   [ "$("$MKDOCS_VENV/bin/pip" show mkdocs-material 2>/dev/null | sed -n 's/^Version: //p')" = "$MKDOCS_MATERIAL_VERSION" ]; then
  info "ok: mkdocs-material $MKDOCS_MATERIAL_VERSION (.tools/mkdocs)"
else
  if ! python3 -m venv --help >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    install_or_die "python3-venv (Debian)" $SUDO apt-get install -y -qq python3-venv
  fi
  rm -rf "$MKDOCS_VENV"
  install_or_die "a Python venv for MkDocs (.tools/mkdocs)" python3 -m venv "$MKDOCS_VENV"
  install_or_die "mkdocs-material $MKDOCS_MATERIAL_VERSION (pip, about 30 s)" \
    "$MKDOCS_VENV/bin/pip" install --quiet --disable-pip-version-check "mkdocs-material==$MKDOCS_MATERIAL_VERSION"
fi

# The real host sites of the embed tests (tests/e2e/hosts/, docs/EMBEDDING.md): Docusaurus (npm),
# Sphinx with Furo (PyPI), Hugo (Debian). MkDocs Material is the venv above. Each script skips what
# is already there at the pinned version.
for host in docusaurus sphinx hugo; do
  "$ROOT/tests/e2e/hosts/$host.setup.sh"
done
