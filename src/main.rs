//! Entry point: mounts the app in the browser. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    // Panic messages in the console in debug builds; release builds leave the hook out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // The page's static copy (#boot) is what a visitor sees first. When the wasm arrives
    // before the browser's first paint (a fast connection, or a cached visit), wait for that
    // paint, so the page never shows blank in between and its largest text is painted from
    // the HTML.
    wasm_bindgen_futures::spawn_local(async {
        skillcheck::tasks::after_paint().await;
        // A task of its own: in the animation frame, the frame's rendering would add to it.
        skillcheck::tasks::next_task().await;
        // The app replaces #boot once its page is complete (src/boot.rs).
        leptos::mount::mount_to_body(skillcheck::app::App);
        // Not in the mount's task: registering is a few ms of work nobody waits for.
        skillcheck::tasks::next_task().await;
        skillcheck::service_worker::register_after_load();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Back-End Skill Check runs in the browser: build it with `make serve`.");
}
