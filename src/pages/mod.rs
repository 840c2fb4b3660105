//! One file per page (route).

mod compare;
mod landing;
mod not_found;
pub mod pieces;
mod quick;
mod quiz;
mod results;
mod results_route;
mod role;
mod roles;
mod shared_result;

pub use compare::ComparePage;
pub use landing::Landing;
pub use not_found::NotFound;
pub use quick::QuickPage;
pub use quiz::QuizPage;
pub use results::ResultsPage;
pub use results_route::ResultsRoute;
pub use role::RolePage;
pub use roles::RolesPage;
pub use shared_result::SharedResultPage;
