#!/usr/bin/env bash
# Installs what the test suite needs beyond the build tools, skipping what is already there:
# Debian's Chromium and ChromeDriver, and the npm packages of the end-to-end tests. Idempotent.
. "$(dirname "$0")/lib.sh"

if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  info "ok: $(chromium --version 2>/dev/null | head -1), $(chromedriver --version | head -1 | cut -d' ' -f1-2)"
else
  command -v apt-get >/dev/null || die "chromium and chromedriver are missing and there is no apt-get: install them by hand (packages chromium, chromium-driver)."
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  install_or_die "package lists (apt-get update)" $SUDO apt-get update -qq
  install_or_die "chromium and chromium-driver (Debian)" \
    env DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi

E2E="$ROOT/tests/e2e"
if [ -f "$E2E/node_modules/playwright-core/package.json" ] && \
   grep -q "\"version\": \"$PLAYWRIGHT_CORE_VERSION\"" "$E2E/node_modules/playwright-core/package.json" && \
   [ "$E2E/node_modules/.package-lock.json" -nt "$E2E/package-lock.json" ]; then
  info "ok: end-to-end npm packages (playwright-core $PLAYWRIGHT_CORE_VERSION)"
else
  # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: we drive Debian's /usr/bin/chromium; a browser download would fail here.
  install_or_die "end-to-end npm packages (tests/e2e, npm ci)" \
    env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$E2E" --no-audit --no-fund --silent
fi
