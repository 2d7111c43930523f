#!/usr/bin/env bash
# Runs a command inside what a desktop session gives the app on Linux:
#   - a private D-Bus session bus (dbus-run-session),
#   - an unlocked gnome-keyring serving the Secret Service (a throwaway keyring
#     in a temporary XDG_DATA_HOME, unlocked with a fixed test password),
#   - an X display (xvfb-run, 1920x1200: the e2e layout test opens the app
#     window 1920 px wide), unless one is already set.
# Everything it starts ends with the command. Used by the tests; never by the app.
#
#   scripts/with-desktop-session.sh cargo test -p reclaim-core
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

inner='
  set -euo pipefail
  # --unlock creates the "login" collection and unlocks it without a prompt.
  printf "%s" "reclaim-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"
'

if [ -n "${DISPLAY:-}" ]; then
  exec dbus-run-session -- bash -c "$inner" bash "$@"
else
  exec xvfb-run -a -s "-screen 0 1920x1200x24" dbus-run-session -- bash -c "$inner" bash "$@"
fi
