#!/usr/bin/env bash
# Every test of the project, in order from fastest to slowest. Run through `make test`,
# which runs scripts/setup-build.sh and scripts/setup-test.sh first. Any failure stops the run with a non-zero exit.
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

step "formatting (cargo fmt --check)"
cargo fmt --check

step "lints, native (cargo clippy)"
cargo clippy --offline --all-targets -- -D warnings

step "lints, wasm32 (cargo clippy)"
cargo clippy --offline --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native tests: the pure core and the bundled data"
cargo test --offline

step "wasm tests in headless Chromium (wasm-bindgen-test)"
# Only the targets with browser tests: the pure core's test crates hold none for wasm32
# (they ran natively above), and compiling and linking them again took most of this step.
CHROMEDRIVER=/usr/bin/chromedriver cargo test --offline --target wasm32-unknown-unknown --lib --test ui --test wasm_dom

step "release build (dist/) and a sub-path build (target/dist-sub/)"
trunk build --release --offline
# The sub-path build also knows its site's address, so the link-preview tags are absolute
# there (tests/e2e/link-preview.test.mjs checks both ways).
SKILLCHECK_SITE_URL=https://skillcheck.example trunk build --release --offline --public-url /sub/ --dist target/dist-sub

step "byte budgets (gzip) of the release build"
node scripts/size-report.mjs dist --check

step "browser end-to-end tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "the journeys in three engines: Chromium, Firefox ESR, WebKitGTK (WebDriver), with axe-core"
node --test --test-concurrency=1 tests/engines/

step "Lighthouse accessibility score 100 on every page"
node --test --test-concurrency=1 tests/a11y/
