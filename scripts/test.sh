#!/usr/bin/env bash
# Sets everything up and runs every test: formatting, lints, type checks, core
# and CLI tests, IPC tests on the mock runtime, UI tests, the bindings check,
# and the end-to-end test of the real app under Xvfb + D-Bus + gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
session=scripts/with-desktop-session.sh

step "Rust formatting"
cargo fmt --all -- --check

step "UI: types (svelte-check), unit tests (Vitest), production build"
npm --prefix ui run check
npm --prefix ui test
npm --prefix ui run build

step "Rust lints (clippy, warnings denied)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Rust tests: core, CLI, IPC on the mock runtime (real Secret Service via gnome-keyring)"
"$session" cargo test --workspace --exclude e2e --locked

step "TypeScript bindings generated from Rust are committed and current"
if [ -n "$(git status --porcelain -- ui/src/bindings)" ]; then
  git status --porcelain -- ui/src/bindings
  git --no-pager diff -- ui/src/bindings
  echo "ui/src/bindings is stale: run the Rust tests and commit the generated files." >&2
  exit 1
fi

step "The real app with the UI embedded"
# e2e-hooks: lets the e2e walk point "Find who hosts this site" at a registry
# on loopback (src-tauri/src/host_lookup.rs). Only this test build has it.
ui/node_modules/.bin/tauri build --debug --no-bundle --features e2e-hooks

step "End to end: the real app in WebKitGTK through tauri-driver"
"$session" cargo test -p e2e --locked -- --test-threads=1

step "All tests passed"
