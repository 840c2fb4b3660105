//! Back-End Skill Check: rate your back-end skills, check a few ratings with quick
//! questions, and see which jobs fit, what they pay and what to learn next.
//!
//! `core` is pure Rust and tested natively; everything else is the browser view layer.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod data;
// The static copy's constants are native too (tests/first_paint_markup.rs checks the HTML).
pub mod first_paint;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod paths;
#[cfg(target_arch = "wasm32")]
pub mod router;
#[cfg(target_arch = "wasm32")]
pub mod service_worker;
#[cfg(target_arch = "wasm32")]
pub mod store;
