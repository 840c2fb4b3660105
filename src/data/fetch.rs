//! Fetching one file under `data/`, and why a load can fail, worded for the person.

use crate::core::catalog::edition::Unusable;
use crate::core::catalog::{CatalogError, DATA_DIR};
use gloo_net::http::Request;

/// Why the catalog could not be loaded, worded for the person using the app.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request failed: offline, or the server is unreachable.
    Network { file: String },
    /// The server answered with an error status (404 and the like).
    Status { file: String, status: u16 },
    /// A file arrived but is not a valid catalog.
    Invalid { problems: Vec<CatalogError> },
    /// The files come from two versions of the site (a visit during an update).
    Mixed { file: String },
}

impl From<Unusable> for LoadError {
    fn from(unusable: Unusable) -> Self {
        match unusable {
            Unusable::Invalid(problems) => LoadError::Invalid { problems },
            Unusable::Mixed(mixed) => LoadError::Mixed {
                file: mixed.file.name().to_string(),
            },
        }
    }
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
            LoadError::Mixed { file } => format!(
                "The site was updated while the skill data was loading, so its files don't fit together ({file} comes from another version). Try again."
            ),
        }
    }
}

/// Fetches `data/<file>` ([`DATA_DIR`]).
pub(super) async fn fetch_text(file: &str) -> Result<String, LoadError> {
    let network = || LoadError::Network { file: file.into() };
    let response = Request::get(&format!("{DATA_DIR}/{file}"))
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
