#!/usr/bin/env bash
# Fuzzes the share-code decoder: a million inputs by default (or the count given as $1),
# in an optimised build with overflow checks on. Prints how many inputs ran and every
# failure (a panic, or a decoded result that does not survive re-sharing); exits non-zero
# if there was one. The loop itself is `fuzz_decode` in src/core/share/fuzz.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000000}"
SHARE_FUZZ_COUNT="$count" cargo test --profile fuzz --lib core::share::fuzz::fuzz_decode \
    -- --exact --nocapture
