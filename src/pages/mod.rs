//! One file per page (route).

mod landing;
mod not_found;
mod quiz;
mod results;
mod role;
mod roles;

pub use landing::Landing;
pub use not_found::NotFound;
pub use quiz::QuizPage;
pub use results::ResultsPage;
pub use role::RolePage;
pub use roles::RolesPage;
