//! The one place that loads the bundled catalog: fetches the JSON files under `data/` once
//! at start (relative to `<base href>`, so sub-path deployments work), parses and validates
//! them, and hands the result to the pages through context.

use crate::core::catalog::{Catalog, CatalogError, FILES};
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

/// Fetches all catalog files in parallel and parses them.
pub async fn load_catalog() -> Result<Arc<Catalog>, LoadError> {
    let texts = try_join_all(FILES.map(fetch_text)).await?;
    let refs: [&str; 6] = std::array::from_fn(|i| texts[i].as_str());
    let catalog = Catalog::from_sources(refs)
        .map(Arc::new)
        .map_err(|problems| LoadError::Invalid { problems });
    // Parsing was one task; the page renders with the catalog in the next one.
    next_task().await;
    catalog
}

/// The loading state every page reads; `retry` starts a new attempt.
#[derive(Clone, Copy)]
pub struct CatalogState {
    resource: LocalResource<Result<Arc<Catalog>, LoadError>>,
    attempt: RwSignal<u32>,
}

impl CatalogState {
    /// `None` while loading.
    pub fn get(&self) -> Option<Result<Arc<Catalog>, LoadError>> {
        self.resource.get()
    }

    pub fn retry(&self) {
        self.attempt.update(|n| *n += 1);
    }
}

/// Starts loading and provides [`CatalogState`] to every component below.
pub fn provide_catalog() {
    let attempt = RwSignal::new(0u32);
    let resource = LocalResource::new(move || {
        attempt.track();
        load_catalog()
    });
    provide_context(CatalogState { resource, attempt });
}

pub fn use_catalog_state() -> CatalogState {
    expect_context::<CatalogState>()
}
