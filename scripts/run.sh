#!/usr/bin/env bash
# Sets everything up, builds the real app (release, UI embedded) and starts it.
# Needs a display (a desktop session); apt needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"

ui/node_modules/.bin/tauri build --no-bundle
target_dir="${CARGO_TARGET_DIR:-target}"
exec "$target_dir/release/reclaim" "$@"
