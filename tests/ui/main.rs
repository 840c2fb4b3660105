//! Components mounted in headless Chromium (wasm-bindgen-test) and driven as a person
//! would: clicks, key presses, files chosen, and the text shown. One module per concept;
//! one test binary, so the browser starts once. `mount::mount_with_catalog` provides what
//! the app shell does; `dom` finds, clicks, types and waits (never a fixed sleep).
#![cfg(target_arch = "wasm32")]

mod dom;
mod mount;

mod export_import;
mod quiz;
mod quiz_checks;
mod results;
mod router;
mod share;
mod shell;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
