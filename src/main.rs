//! Entry point: mounts the app in the browser. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(skillcheck::app::App);
    skillcheck::service_worker::register_after_load();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Back-End Skill Check runs in the browser: build it with `make serve`.");
}
