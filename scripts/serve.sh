#!/usr/bin/env bash
# Builds the widget and serves it at http://127.0.0.1:8080, rebuilding when a source changes.
# Installs any missing pinned tool first. Set PORT to use another port.
. "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup-build.sh"
cd "$ROOT"
PORT="${PORT:-8080}"
say "serving the widget at http://127.0.0.1:$PORT/ (Ctrl-C stops)"
# Its own output folder: trunk serve adds a live-reload script that dist/ must never ship.
exec trunk serve --release --offline --address 127.0.0.1 --port "$PORT" --public-url / --serve-base / \
  --dist target/serve-dist
