#!/usr/bin/env bash
# Every test of the project: the lints and native tests first (fastest), then the release
# build beside the wasm tests, then the sub-path build and e2e beside the engine journeys
# and Lighthouse. Run through `make test`, which runs
# scripts/setup-build.sh and scripts/setup-test.sh first. Any failure fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Each step's wall-clock time, printed at the end (pass or fail): docs/testing.md keeps the
# figures, and a step that grows shows up here first.
timings=()
current=""
started=$SECONDS
end_step() {
  if [[ -n "$current" ]]; then
    timings+=("$(printf '%5d s  %s' $((SECONDS - started)) "$current")")
  fi
  current=""
}
step() {
  end_step
  current="$*"
  started=$SECONDS
  printf '\n==> %s\n' "$*"
}
report() {
  end_step
  printf '\n==> time per step (wall clock)\n'
  printf '%s\n' "${timings[@]}"
  printf '%5d s  in all\n' "$SECONDS"
}

# Browsers and their drivers write profiles into TMPDIR, and some leave them behind when
# they are ended (chromedriver's, ~80 MB per run of the wasm tests): every test gets a
# scratch TMPDIR, removed when the run ends, pass or fail.
scratch="$(mktemp -d -t skillcheck-test-XXXXXX)"
trap 'report; rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"

# Runs steps side by side: arguments are pairs of a title and a function. Each step's output
# goes to its own log, printed whole once the step ends, with its time; the run fails after
# all have ended if any failed.
side_by_side() {
  end_step
  local -a titles=() logs=()
  local -A index_of=()
  while [[ $# -gt 0 ]]; do
    local log="$scratch/step-${#titles[@]}.log"
    ( "$2" ) >"$log" 2>&1 &
    index_of[$!]=${#titles[@]}
    titles+=("$1")
    logs+=("$log")
    printf '\n==> started: %s\n' "$1"
    shift 2
  done
  local -a failed=()
  local began=$SECONDS
  while [[ ${#index_of[@]} -gt 0 ]]; do
    local pid="" rc=0
    wait -n -p pid "${!index_of[@]}" || rc=$?
    local i=${index_of[$pid]}
    unset "index_of[$pid]"
    printf '\n==> %s: ended after %d s%s\n' "${titles[$i]}" $((SECONDS - began)) "$( ((rc)) && echo ", FAILED ($rc)")"
    cat "${logs[$i]}"
    timings+=("$(printf '%5d s  %s (side by side)' $((SECONDS - began)) "${titles[$i]}")")
    ((rc)) && failed+=("${titles[$i]}")
  done
  if [[ ${#failed[@]} -gt 0 ]]; then
    printf '\n==> failed: %s\n' "${failed[@]}"
    return 1
  fi
}

step "formatting (cargo fmt --check)"
cargo fmt --check

step "lints, native (cargo clippy)"
cargo clippy --offline --all-targets -- -D warnings

step "lints, wasm32 (cargo clippy)"
cargo clippy --offline --target wasm32-unknown-unknown --all-targets -- -D warnings

# The release build's split points (src/pages/pieces.rs) exist only with this cfg; its own
# target folder, so the flag doesn't make cargo rebuild the other checks' crates.
step "lints, wasm32 with the split points (cargo clippy, --cfg skillcheck_split)"
CARGO_TARGET_DIR=target/clippy-split RUSTFLAGS="--cfg skillcheck_split" \
  cargo clippy --offline --target wasm32-unknown-unknown -- -D warnings

step "native tests: the pure core and the bundled data"
cargo test --offline

# From here on, steps run side by side in two rounds: each alone leaves a core idle much of
# the time (a build waits on wasm-opt and a browser; a suite on its browsers and drivers),
# and together they keep both busy (docs/testing.md has the figures).
wasm_tests() {
  # Only the targets with browser tests: the pure core's test crates hold none for wasm32
  # (they ran natively above), and compiling and linking them again took most of this step.
  CHROMEDRIVER=/usr/bin/chromedriver cargo test --offline --target wasm32-unknown-unknown --lib --test ui
}
release_build() {
  node scripts/release-build.mjs
  echo "==> byte budgets (gzip) of the release build"
  node scripts/size-report.mjs dist --check
}
sub_path_build_then_e2e() {
  # The sub-path build also knows its site's address, so the link-preview tags are absolute
  # there (tests/e2e/link-preview.test.mjs checks both ways).
  SKILLCHECK_SITE_URL=https://skillcheck.example node scripts/release-build.mjs --public-url /sub/ --dist target/dist-sub
  echo "==> browser end-to-end tests (headless Chromium)"
  node --test --test-concurrency=2 tests/e2e/
}
engine_journeys() { node --test --test-concurrency=1 tests/engines/; }
lighthouse_a11y() { node --test --test-concurrency=1 tests/a11y/; }

side_by_side \
  "release build (dist/), then its byte budgets" release_build \
  "wasm tests in headless Chromium (wasm-bindgen-test)" wasm_tests

side_by_side \
  "a sub-path build (target/dist-sub/), then the browser end-to-end tests (headless Chromium)" sub_path_build_then_e2e \
  "the journeys in three engines: Chromium, Firefox ESR, WebKitGTK (WebDriver), with axe-core" engine_journeys \
  "Lighthouse accessibility score 100 on every page" lighthouse_a11y
