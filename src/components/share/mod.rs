//! Share links, the shared-result notices, and the answers file.

mod export_import;
mod print_link;
mod result_summary;
mod share_button;
mod share_error;
mod shared_banner;

pub use export_import::ExportImport;
pub use print_link::PrintLink;
pub use result_summary::ResultSummary;
pub use share_button::{share_link_for, ShareButton, SHARE_HEADING_ID};
pub use share_error::ShareErrorNotice;
pub use shared_banner::SharedBanner;
