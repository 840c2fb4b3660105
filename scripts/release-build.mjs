// The release build: `trunk build --release --offline` with the wasm's standard library
// compiled for it (cargo's build-std, sized for size) and panics that stop at once, with no
// message: the panic and formatting code left in every download by the prebuilt std goes
// (−23.7 KB gzip, docs/performance.md). Both are unstable cargo/rustc options, which
// RUSTC_BOOTSTRAP lets the pinned stable toolchain use (docs/toolchain.md). Arguments go on
// to trunk: `node scripts/release-build.mjs --public-url /sub/ --dist target/dist-sub`.
// `--fetch` only downloads the crates that std is built from (setup-build.sh), so the
// offline build finds them.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** What the release wasm is built with; the native cargo runs of the build leave it out. */
export const RELEASE_ENV = {
  RUSTC_BOOTSTRAP: "1",
  CARGO_UNSTABLE_BUILD_STD: "std,panic_abort",
  CARGO_UNSTABLE_BUILD_STD_FEATURES: "optimize_for_size",
  // Added to .cargo/config.toml's flags for the target (cargo merges the two lists). LLVM
  // inlines less than opt-level "z" does (its threshold is 5): −5.4 KB gzip, −5 being the
  // smallest of the thresholds tried, 5 to −25 (docs/performance.md).
  // `skillcheck_split` turns on the pages' split points (src/pages/pieces.rs), which
  // split-wasm.mjs splits the wasm at; the splitter needs the linker's relocations.
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:
    "-Zunstable-options -Cpanic=immediate-abort -Cllvm-args=-inline-threshold=-5 " +
    "--cfg skillcheck_split -Clink-arg=--emit-relocs",
};

/** `env` without the release wasm's settings, for a native cargo run inside the build. */
export function withoutReleaseEnv(env) {
  const rest = { ...env };
  for (const name of Object.keys(RELEASE_ENV)) delete rest[name];
  return rest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const given = process.argv.slice(2);
  const [command, args] =
    given[0] === "--fetch"
      ? ["cargo", ["fetch", "--locked", "--quiet", "--target", "wasm32-unknown-unknown"]]
      : ["trunk", ["build", "--release", "--offline", ...given]];
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...RELEASE_ENV } });
  process.exit(run.status ?? 1);
}
