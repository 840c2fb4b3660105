//! Back-End Skill Check: rate your back-end skills, check a few ratings with quick
//! questions, and see which jobs fit, what they pay and what to learn next.
//!
//! `core` is pure Rust and tested natively; everything else is the browser view layer.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod boot;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod data;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod paths;
#[cfg(target_arch = "wasm32")]
pub mod service_worker;
#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod tasks;
