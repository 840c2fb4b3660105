//! Prints the site manifest (`core::site::manifest`) as JSON: every page's route, title,
//! description, data files and first paint, the landing page's markup and the inline
//! script. The post-build steps read it (scripts/site-manifest.mjs); docs/site-manifest.md.
//!
//! `cargo run --offline --example site_manifest [DATA_DIR]` (default: public/data).

// The manifest is native only (the app never reads the JSON).
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use skillcheck::core::catalog::{Catalog, FILES};
    use skillcheck::core::site::manifest::manifest;

    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/public/data").to_string());
    let texts = FILES.map(|file| {
        std::fs::read_to_string(format!("{dir}/{file}")).unwrap_or_else(|e| {
            eprintln!("site_manifest: cannot read {dir}/{file}: {e}");
            std::process::exit(1)
        })
    });
    let catalog =
        Catalog::from_sources(texts.each_ref().map(String::as_str)).unwrap_or_else(|errors| {
            for e in errors {
                eprintln!("site_manifest: {e}");
            }
            std::process::exit(1)
        });
    println!(
        "{}",
        serde_json::to_string_pretty(&manifest(&catalog)).unwrap()
    );
}
