#!/usr/bin/env bash
# What the tests need on top of setup-build.sh (which `make test` runs first): the three
# browser engines, their WebDriver servers and Xvfb. Idempotent: every step checks first and
# skips what is already there. Offline-safe: crates.io and Debian's packages only
# (why each pin: docs/toolchain.md).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-lib.sh

GECKODRIVER_VERSION=0.37.1
# Debian packages the tests need: the three browser engines and their WebDriver servers
# (geckodriver comes from crates.io, step 2), Xvfb, the display WebKitGTK needs, and openssl
# (the loopback server's certificate over HTTP/2, scripts/static-server.mjs).
# Chromium is listed too: setup-build.sh skips it when prerendering is off.
APT_PACKAGES=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb openssl)

# 1. Debian packages (needs root; otherwise print the exact command).
apt_ensure "${APT_PACKAGES[@]}"

# 2. geckodriver, Firefox's WebDriver server, from crates.io (Debian has none). About 6
#    minutes the first time.
GECKODRIVER="${CARGO_HOME:-$HOME/.cargo}/bin/geckodriver"
if ! "$GECKODRIVER" --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION"; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 6 minutes, once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

say "ready to test"
