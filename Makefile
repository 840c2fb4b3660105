# The two commands of the README: `make serve` and `make test`. `make serve` sets up only
# what the build needs (scripts/setup-build.sh); `make test` adds the test browsers and
# drivers (scripts/setup-test.sh). SKILLCHECK_NO_PRERENDER=1 builds without prerendering.
# `make bench` prints the results benchmark (timings are reported, never asserted);
# `make sizes` only its byte sizes.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: setup setup-build setup-test build serve test sizes bench fuzz

# Everything, for building and testing.
setup: setup-test

setup-build:
	@bash scripts/setup-build.sh

setup-test: setup-build
	@bash scripts/setup-test.sh

# Release build into dist/ (wasm-opt'd, per-route pages written by the post-build hook).
build: setup-build
	node scripts/release-build.mjs

# Builds, then serves dist/ on loopback as the static hosts in docs/deploy.md do (404.html
# for unknown paths): scripts/serve.mjs, which prints the address.
serve: build
	PORT=$(PORT) node scripts/serve.mjs dist

# Every test: formatting, lints, native tests, wasm tests in headless Chromium, browser e2e.
test: setup-test
	bash scripts/test.sh

# Byte sizes of the release build: raw and gzip per kind of file, then the wasm's code by
# crate and its 30 largest functions (read from the un-stripped wasm cargo writes before
# wasm-opt; scripts/wasm-sizes.mjs).
sizes: build
	node scripts/size-report.mjs dist
	node scripts/wasm-sizes.mjs $${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/skillcheck.wasm 30

# Figures, never pass/fail: the byte sizes above, Lighthouse performance per page
# (mobile, throttled, medians of five runs), the longest main-thread task of each page's
# first visit (unthrottled), and the time to score all roles (native) and to render the
# results page in headless Chromium (goal: under 16 ms for both).
bench: sizes
	node scripts/bench-lighthouse.mjs
	node scripts/bench-tasks.mjs
	cargo run --release --offline --quiet --example bench_results
	node scripts/bench-results.mjs
