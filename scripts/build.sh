#!/usr/bin/env bash
# Builds the release widget into dist/ (installing any missing pinned tool first).
# Extra arguments go to `trunk build`, e.g. --public-url /my/sub/path/ (the default, ./, already
# works from any sub-path) or --dist another/folder.
. "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup-build.sh"
cd "$ROOT"
say "building the release widget into dist/"
trunk build "${TRUNK_RELEASE_FLAGS[@]}" "$@"
