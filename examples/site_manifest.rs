//! Validates the data and prints the site manifest (`core::site::manifest`) as JSON: every
//! page's route, title, description, data files and first paint, the landing page's markup
//! and the inline script. The post-build steps read it (scripts/site-manifest.mjs), so a
//! build with data that breaks a rule of docs/data.md fails; docs/site-manifest.md.
//!
//! `cargo run --offline --example site_manifest [DATA_DIR]` (default: public/data).

// The manifest is native only (the app never reads the JSON).
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use skillcheck::core::catalog::{Catalog, CatalogError, DataFile, QuestionTexts, FILES};
    use skillcheck::core::site::manifest::manifest;

    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/public/data").to_string());
    let read = |file: &str| {
        std::fs::read_to_string(format!("{dir}/{file}")).unwrap_or_else(|e| {
            eprintln!("site_manifest: cannot read {dir}/{file}: {e}");
            std::process::exit(1)
        })
    };
    let fail = |errors: Vec<CatalogError>| -> ! {
        for e in errors {
            eprintln!("site_manifest: {e}");
        }
        std::process::exit(1)
    };
    // The build's one validation of the data: the browser only checks its edition
    // (core::catalog::edition), so no page is written from data that breaks a rule.
    let texts = FILES.map(read);
    let catalog = Catalog::from_sources(texts.each_ref().map(String::as_str))
        .unwrap_or_else(|errors| fail(errors));
    QuestionTexts::from_source(&read(DataFile::QuestionTexts.name()), &catalog)
        .unwrap_or_else(|errors| fail(errors));
    println!(
        "{}",
        serde_json::to_string_pretty(&manifest(&catalog)).unwrap()
    );
}
