//! Entry point: mounts the app in the browser. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    // Panic messages in the console in debug builds; release builds leave the hook out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        // Mounts when the page needs it, after its static first paint (src/first_paint/).
        skillcheck::first_paint::start(skillcheck::app::App).await;
        // Not in the mount's task: registering is a few ms of work nobody waits for.
        skillcheck::service_worker::register_after_load();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Back-End Skill Check runs in the browser: build it with `make serve`.");
}
