//! The one place that loads the bundled catalog: fetches the JSON files under `data/` once,
//! when the first page that needs them asks (the landing and not-found pages never do), and
//! relative to `<base href>`, so sub-path deployments work; parses and validates them, and
//! hands the result to the pages through context. The route pages' HTML preloads the files
//! (scripts/route-pages.mjs), so they are usually on their way before the wasm runs.

use crate::core::catalog::{Catalog, CatalogError, ParsedFiles, FILES};
use crate::tasks::next_task;
use futures::future::try_join_all;
use gloo_net::http::Request;
use leptos::prelude::*;
use std::sync::Arc;

/// Why the catalog could not be loaded, worded for the person using the app.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request failed: offline, or the server is unreachable.
    Network { file: String },
    /// The server answered with an error status (404 and the like).
    Status { file: String, status: u16 },
    /// A file arrived but is not a valid catalog.
    Invalid { problems: Vec<CatalogError> },
}

impl LoadError {
    pub fn message(&self) -> String {
        match self {
            LoadError::Network { file } => format!(
                "We couldn't download the skill data ({file}). Check your internet connection, then try again."
            ),
            LoadError::Status { file, status } => format!(
                "The server couldn't find the skill data ({file}, error {status}). If this keeps happening, the site may be mid-update: try again in a minute."
            ),
            LoadError::Invalid { problems } => format!(
                "The skill data is damaged, so the app can't use it ({}). Try again; if it keeps happening, please tell us.",
                problems.first().map(ToString::to_string).unwrap_or_default()
            ),
        }
    }
}

async fn fetch_text(file: &'static str) -> Result<String, LoadError> {
    let network = || LoadError::Network { file: file.into() };
    let response = Request::get(&format!("data/{file}"))
        .send()
        .await
        .map_err(|_| network())?;
    if !response.ok() {
        return Err(LoadError::Status {
            file: file.into(),
            status: response.status(),
        });
    }
    response.text().await.map_err(|_| network())
}

/// Fetches all catalog files in parallel, then parses each in a task of its own and
/// validates the whole in another: one long task would delay taps and key presses.
pub async fn load_catalog() -> Result<Arc<Catalog>, LoadError> {
    let texts = try_join_all(FILES.map(fetch_text)).await?;
    let invalid = |problems| LoadError::Invalid { problems };
    let mut parsed = ParsedFiles::default();
    for (index, text) in texts.iter().enumerate() {
        next_task().await;
        parsed.add(index, text).map_err(|e| invalid(vec![e]))?;
    }
    next_task().await;
    let catalog = parsed.finish().map(Arc::new).map_err(invalid);
    // The page renders with the catalog in the next task.
    next_task().await;
    catalog
}

/// The loading state every page reads; `retry` starts a new attempt.
#[derive(Clone, Copy)]
pub struct CatalogState {
    /// `None` until a page asks for the catalog.
    resource: LocalResource<Option<Result<Arc<Catalog>, LoadError>>>,
    attempt: RwSignal<u32>,
    /// Whether a page has asked for the catalog yet (loading starts then).
    wanted: RwSignal<bool>,
}

impl CatalogState {
    /// The catalog for a page that needs it, loading it on first use; `None` while loading.
    pub fn get(&self) -> Option<Result<Arc<Catalog>, LoadError>> {
        if !self.wanted.get_untracked() {
            self.wanted.set(true);
        }
        self.resource.get().flatten()
    }

    /// The catalog if a page has loaded it, without starting a load: the footer shows the
    /// data's version only where the data is in use.
    pub fn loaded(&self) -> Option<Arc<Catalog>> {
        self.resource.get().flatten().and_then(Result::ok)
    }

    /// Whether the current page can show its final content: it needs no catalog, or the
    /// catalog has loaded or failed.
    pub fn settled(&self) -> bool {
        !self.wanted.get() || self.resource.get().flatten().is_some()
    }

    pub fn retry(&self) {
        self.attempt.update(|n| *n += 1);
    }
}

/// Provides [`CatalogState`] to every component below; the first `get` starts the load.
pub fn provide_catalog() {
    let attempt = RwSignal::new(0u32);
    let wanted = RwSignal::new(false);
    let resource = LocalResource::new(move || {
        attempt.track();
        // Nothing until a page asks; then the resource runs again with `wanted` set.
        let wanted = wanted.get();
        async move {
            if wanted {
                Some(load_catalog().await)
            } else {
                None
            }
        }
    });
    provide_context(CatalogState {
        resource,
        attempt,
        wanted,
    });
}

pub fn use_catalog_state() -> CatalogState {
    expect_context::<CatalogState>()
}
