#!/usr/bin/env bash
# Brings a fresh Debian machine to a working state for building and testing the app.
# Idempotent: every step checks first and skips what is already there. Offline-safe:
# everything comes from crates.io, npm and Debian's packages (why each pin: docs/toolchain.md).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# Debian packages the tests need: the three browser engines and their WebDriver servers
# (geckodriver comes from crates.io, step 5), and Xvfb, the display WebKitGTK needs.
APT_PACKAGES=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb)

say() { printf 'setup: %s\n' "$*"; }

# 1. Debian packages (needs root; otherwise print the exact command).
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    say "these Debian packages are missing: ${missing[*]}"
    say "run as root:  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
fi

# 2. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 3. Trunk, pinned (0.22 needs a newer rustc). Takes about 10 minutes the first time.
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 4. wasm-bindgen-cli must equal the locked wasm-bindgen exactly. No --locked: one of its
#    locked dependencies is gone from the registry.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION"; then
  say "installing wasm-bindgen-cli $WB_VERSION (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# 5. geckodriver, Firefox's WebDriver server, from crates.io (Debian has none). About 6
#    minutes the first time.
GECKODRIVER="${CARGO_HOME:-$HOME/.cargo}/bin/geckodriver"
if ! "$GECKODRIVER" --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION"; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 6 minutes, once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

# 6. npm tools (binaryen 132 for wasm-opt, browser test tools), exactly as locked.
#    A stamp holding the lock file's checksum tells whether node_modules is current.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.setup-stamp 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.setup-stamp
fi

# 7. Crates, so that offline builds (Trunk runs cargo with --offline) find everything.
cargo fetch --locked --quiet

say "ready"
