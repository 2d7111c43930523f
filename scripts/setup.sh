#!/usr/bin/env bash
# Installs everything Reclaim needs to build, run and test on Debian/Ubuntu:
# system packages (apt, needs root or sudo), the Rust toolchain if missing,
# tauri-driver, and the UI's npm packages. Safe to run again: it skips what is
# already there.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Installing system packages needs root: run as root or install sudo." >&2
    exit 1
  fi
}

# Build: WebKitGTK, GTK, libsoup, D-Bus (keyring), OpenSSL headers (SQLCipher).
# Tests: Xvfb, WebKitWebDriver, D-Bus, gnome-keyring (a real Secret Service),
# qpdf and poppler-utils (PDF checks), openssl (time-stamp interop test).
# JPEG decoding: cmake and nasm build the vendored libjpeg-turbo with SIMD.
# Packaging: file, rpm.
APT_PACKAGES=(
  build-essential pkg-config cmake nasm curl file git ca-certificates
  libssl-dev libxdo-dev libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev
  libjavascriptcoregtk-4.1-dev librsvg2-dev libayatana-appindicator3-dev libdbus-1-dev
  xvfb xauth webkit2gtk-driver dbus dbus-x11 gnome-keyring libsecret-tools
  qpdf poppler-utils openssl rpm
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "Installing system packages: ${missing[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    log "Installing Rust with rustup"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c rustfmt,clippy
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi

node_ok() {
  command -v node >/dev/null || return 1
  # Vite 8 needs Node ^20.19 or >= 22.12.
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit((a===20&&b>=19)||(a===22&&b>=12)||a>22?0:1)'
}
if ! node_ok; then
  log "Installing Node.js from the distribution"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm
  if ! node_ok; then
    echo "Reclaim's UI needs Node.js 20.19+ or 22.12+; this system has $(node --version 2>/dev/null || echo none)." >&2
    echo "Install a newer Node.js (e.g. from nodejs.org) and run this again." >&2
    exit 1
  fi
fi

if ! command -v tauri-driver >/dev/null || ! tauri-driver --help 2>&1 | head -1 | grep -q .; then
  log "Installing tauri-driver 2.x"
  cargo install tauri-driver --version '^2' --locked
fi

log "Installing the UI's npm packages"
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  npm --prefix ui ci --no-audit --no-fund
fi
