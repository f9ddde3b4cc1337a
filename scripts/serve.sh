#!/usr/bin/env bash
# Builds the widget with the release pipeline of scripts/build.sh and serves it at
# http://127.0.0.1:8080/ (set PORT for another port). When a file under src/, styles/, data/,
# assets/, embed/ or examples/ changes, it rebuilds and the open page reloads itself; a failed
# rebuild keeps the last good build served and shows the error on the page. A failed first
# build stops the script with the error and a non-zero status: nothing is served then.
# Installs any missing pinned tool first.
. "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup-build.sh"
cd "$ROOT"
PORT="${PORT:-8080}"
[[ "$PORT" =~ ^[0-9]+$ ]] && [ "$PORT" -ge 1 ] && [ "$PORT" -le 65535 ] ||
  die "PORT must be a port number, not '$PORT'."
port_in_use "$PORT" &&
  die "port $PORT on 127.0.0.1 is already in use: stop what serves there, or pick another, e.g. PORT=8081 scripts/serve.sh"

# Its own output folder, emptied first: `trunk serve` adds a live-reload script that dist/ must
# never ship, and a failed first build must not leave an older build being served.
DIST="target/serve-dist"
rm -rf "$DIST"
say "building the widget (the first build on a machine compiles every dependency: about 3 minutes on 2 cores; later ones take about 30 s)"

# Trunk in a process group of its own, so that stopping this script stops it and every build
# step it has started (cargo, wasm-bindgen, wasm-opt, the post-build steps).
set -m
trunk serve "${TRUNK_RELEASE_FLAGS[@]}" --address 127.0.0.1 --port "$PORT" --dist "$DIST" &
trunk_pid=$!
set +m
stop_trunk() {
  kill -INT -- "-$trunk_pid" 2>/dev/null || return 0
  for _ in $(seq 50); do kill -0 -- "-$trunk_pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$trunk_pid" 2>/dev/null || true
}
trap stop_trunk EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Trunk opens its port only once its first build is over, whether that build worked or not.
until port_in_use "$PORT"; do
  if ! kill -0 "$trunk_pid" 2>/dev/null; then
    wait "$trunk_pid" || true
    die "trunk stopped before serving anything (its error is above)."
  fi
  sleep 0.5
done
[ -f "$DIST/index.html" ] ||
  die "the build failed (the error is above), so nothing is served. Fix it and run scripts/serve.sh again."
say "serving the widget at http://127.0.0.1:$PORT/ (rebuilds and reloads on change; Ctrl-C stops)"
wait "$trunk_pid"
