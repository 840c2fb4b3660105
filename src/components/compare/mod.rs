//! The compare page's parts: the paste form and the three views of a comparison.

mod leads;
mod paste_form;
mod role_table;
mod skill_table;
mod table;

pub use leads::CompareLeads;
pub use paste_form::ComparePasteForm;
pub use role_table::CompareRoles;
pub use skill_table::CompareSkills;
use table::CompareTable;

/// A difference for people: "+2", "−1" (a real minus sign, read as "minus"), "same".
pub fn signed(difference: i16) -> String {
    match difference {
        0 => "same".into(),
        d if d > 0 => format!("+{d}"),
        d => format!("\u{2212}{}", d.unsigned_abs()),
    }
}

/// The CSS class marking a difference as up, down or same.
pub fn direction_class(difference: i16) -> &'static str {
    match difference {
        0 => "diff diff-same",
        d if d > 0 => "diff diff-up",
        _ => "diff diff-down",
    }
}
