//! The results page's pieces (also used by the role pages): one component per file.

mod calibration;
mod city_picker;
mod get_hired;
mod plan;
mod profile_chart;
mod resource_link;
mod resource_list;
mod results_view;
mod role_card;
mod role_facts;
mod role_salary;
mod role_section;
mod salary_chart;
mod salary_panel;
mod strengths;
mod summary;
mod target_picker;

pub use calibration::CalibrationReview;
pub use city_picker::CityPicker;
pub use get_hired::get_hired_section;
pub use plan::LearningPlan;
pub use profile_chart::{importance, ProfileChart};
pub use resource_link::{ExternalLink, ResourceLink};
pub use resource_list::ResourceList;
pub use results_view::ResultsView;
pub use role_card::RoleCard;
pub use role_facts::RoleFacts;
pub use role_salary::RoleSalaryDetails;
pub use salary_chart::SalaryChart;
pub use salary_panel::SalaryPanel;
pub use strengths::StrongestSkills;
pub use summary::ResultsSummary;
pub use target_picker::TargetPicker;
