# The two commands of the README: `make serve` and `make test`. Both run the setup first.
# `make bench` prints the results benchmark (timings are reported, never asserted).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: setup build serve test bench fuzz

setup:
	@bash scripts/setup.sh

# Release build into dist/ (wasm-opt'd, per-route pages written by the post-build hook).
build: setup
	trunk build --release --offline

# Builds, then serves dist/ as a plain static host would, on loopback.
serve: build
	@echo "Back-End Skill Check is at http://127.0.0.1:$(PORT)/  (Ctrl+C stops it)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

# Every test: formatting, lints, native tests, wasm tests in headless Chromium, browser e2e.
test: setup
	bash scripts/test.sh

# Figures, never pass/fail: byte sizes (raw and gzip), Lighthouse performance per page
# (mobile, throttled), and the time to score all roles (native) and to render the results
# page in headless Chromium (goal: under 16 ms for both).
bench: build
	node scripts/size-report.mjs dist
	node scripts/bench-lighthouse.mjs
	cargo run --release --offline --quiet --example bench_results
	node scripts/bench-results.mjs
