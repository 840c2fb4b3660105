//! Entry point: mounts the app in the browser. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // The page's static copy (#boot) is what a visitor sees first. When the wasm arrives
    // before the browser's first paint (a fast connection, or a cached visit), wait for that
    // paint, so the page never shows blank in between and its largest text is painted from
    // the HTML.
    wasm_bindgen_futures::spawn_local(async {
        skillcheck::tasks::after_paint().await;
        leptos::mount::mount_to_body(skillcheck::app::App);
        remove_static_first_paint();
        skillcheck::service_worker::register_after_load();
    });
}

/// index.html carries a static copy of the page (`#boot`) so something shows before the
/// wasm arrives; once the app has rendered beside it, it goes, in the same frame.
#[cfg(target_arch = "wasm32")]
fn remove_static_first_paint() {
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Back-End Skill Check runs in the browser: build it with `make serve`.");
}
