#!/usr/bin/env bash
# Installs a real Docusaurus site for the host tests (tests/e2e/hosts/docusaurus.test.mjs): the
# official classic template, generated once by create-docusaurus at the pinned version, with its
# npm packages, into .tools/docusaurus/site (git-ignored). Skips when that version is already
# there. The test copies the site and builds it at test time.
. "$(dirname "$0")/../../../scripts/lib.sh"

# DOCUSAURUS_VERSION (tools/versions.env): npm packages `create-docusaurus`, `@docusaurus/core`,
# `@docusaurus/preset-classic` (the template pins React 19).

DIR="$TOOLS_DIR/docusaurus"
SITE="$DIR/site"

installed="$(sed -nE 's/^  "version": "([^"]+)".*/\1/p' "$SITE/node_modules/@docusaurus/core/package.json" 2>/dev/null | head -1 || true)"
if [ "$installed" = "$DOCUSAURUS_VERSION" ]; then
  info "ok: Docusaurus $DOCUSAURUS_VERSION (.tools/docusaurus/site)"
  exit 0
fi

# No prompts (npx), no browser downloads, no update checks against the registry.
export npm_config_yes=true
export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false

say "Docusaurus $DOCUSAURUS_VERSION: its classic template and about 1,300 npm packages (350 MB) into .tools/docusaurus, about 1.5 minutes"
rm -rf "$SITE"
mkdir -p "$DIR"
(
  cd "$DIR"
  install_or_die "the Docusaurus $DOCUSAURUS_VERSION classic template (create-docusaurus)" \
    npx --yes "create-docusaurus@$DOCUSAURUS_VERSION" site classic --javascript --skip-install
)
(
  cd "$SITE"
  install_or_die "the Docusaurus site's npm packages (npm install)" \
    npm install --no-audit --no-fund --loglevel=error
)
installed="$(sed -nE 's/^  "version": "([^"]+)".*/\1/p' "$SITE/node_modules/@docusaurus/core/package.json" 2>/dev/null | head -1 || true)"
[ "$installed" = "$DOCUSAURUS_VERSION" ] || die "the generated site has @docusaurus/core '$installed', not $DOCUSAURUS_VERSION"
info "ok: Docusaurus $DOCUSAURUS_VERSION (.tools/docusaurus/site)"
