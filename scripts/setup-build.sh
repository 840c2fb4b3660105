#!/usr/bin/env bash
# Brings a fresh Debian machine to a working state for building the app (`make build`,
# `make serve`); setup-test.sh adds what the tests need. Idempotent: every step checks first
# and skips what is already there. Offline-safe: everything comes from crates.io, npm and
# Debian's packages (why each pin: docs/toolchain.md).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-lib.sh

TRUNK_VERSION=0.21.14

# 1. Debian's Chromium: the build's prerender step (scripts/prerender.mjs) runs the built app
#    in it. Not needed when prerendering is turned off (SKILLCHECK_NO_PRERENDER=1).
if [ "${SKILLCHECK_NO_PRERENDER:-}" = 1 ]; then
  say "prerendering is off (SKILLCHECK_NO_PRERENDER=1): Chromium not needed for the build"
else
  apt_ensure chromium
fi

# 2. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2b. The standard library's source: the release wasm builds its own std (release-build.mjs).
if ! rustup component list --installed | grep -qx rust-src; then
  say "adding the rust-src component"
  rustup component add rust-src
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

# 4b. The wasm splitter the release build runs (scripts/split-wasm.mjs): the one that goes
#     with the wasm_split_helpers leptos depends on. About a minute, once.
SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "installing wasm-split-cli (wasm_split_cli_support $SPLIT_VERSION, about a minute, once)"
  cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --locked --features build-binary
fi

# 5. npm tools (binaryen 132 for wasm-opt, playwright-core for the prerender step; the browser
#    test tools come with them: one lock file), exactly as locked.
#    A stamp holding the lock file's checksum tells whether node_modules is current.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.setup-stamp 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.setup-stamp
fi

# 6. Crates, so that offline builds (Trunk runs cargo with --offline) find everything.
cargo fetch --locked --quiet
# And the crates the standard library is built from, for the release wasm.
node scripts/release-build.mjs --fetch

say "ready to build"
