//! Each side's target role, in words for the compare page.

use crate::core::catalog::Catalog;
use crate::core::results::results_for;
use crate::core::share::SharedResult;

/// "A aims at Python Developer (78% match, close)." or, with no target picked, "B picked
/// no target; the best back-end match is Back End Developer (82% match, close)."
pub fn aim_sentence(catalog: &Catalog, side: &str, result: &SharedResult) -> String {
    let r = results_for(catalog, &result.answers, result.target.as_deref());
    let Some(m) = r.target_match() else {
        return format!("{side} has no back-end match yet.");
    };
    let title = catalog
        .role(&m.role)
        .map_or(m.role.as_str(), |r| r.title.as_str());
    let how = format!("{}% match, {}", m.percent, m.readiness.label());
    match result
        .target
        .as_deref()
        .filter(|t| catalog.role(t).is_some())
    {
        Some(_) => format!("{side} aims at {title} ({how})."),
        None => format!("{side} picked no target; the best back-end match is {title} ({how})."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::Rating;
    use crate::core::testing::tiny_catalog;

    #[test]
    fn says_the_picked_target_or_the_default() {
        let c = tiny_catalog();
        let mut r = SharedResult::default();
        r.answers.ratings.insert("python".into(), Rating::Level(4));
        let default = aim_sentence(&c, "A", &r);
        assert!(
            default.starts_with("A picked no target; the best back-end match is "),
            "{default}"
        );
        let other = c
            .roles
            .iter()
            .find(|role| !default.contains(&role.title))
            .unwrap();
        r.target = Some(other.id.clone());
        let picked = aim_sentence(&c, "B", &r);
        assert!(
            picked.starts_with(&format!("B aims at {} (", other.title)),
            "{picked}"
        );
        r.target = Some("no-such-role".into());
        assert!(aim_sentence(&c, "A", &r).starts_with("A picked no target"));
    }
}
