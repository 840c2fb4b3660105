//! The person's strongest skills: highest trusted levels first, catalog order on ties.

use super::calibration::Levels;
use super::catalog::Catalog;
use super::small;

/// How many strongest skills the results show.
pub const TOP_SKILLS: usize = 5;

/// One of the person's strongest skills at its trusted level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopSkill {
    pub skill: String,
    pub level: u8,
}

/// Up to `n` skills with the highest trusted level above 0, in catalog order on ties.
pub fn strongest(catalog: &Catalog, levels: &Levels, n: usize) -> Vec<TopSkill> {
    let mut known: Vec<TopSkill> = catalog
        .skills
        .iter()
        .filter_map(|s| {
            let level = *levels.get(&s.id)?;
            (level > 0).then(|| TopSkill {
                skill: s.id.clone(),
                level,
            })
        })
        .collect();
    // Stable sort keeps catalog order among equal levels.
    small::sort_by_key(&mut known, |t| std::cmp::Reverse(t.level));
    known.truncate(n);
    known
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::testing::tiny_catalog;

    fn levels(pairs: &[(&str, u8)]) -> Levels {
        pairs.iter().map(|(s, l)| (s.to_string(), *l)).collect()
    }

    #[test]
    fn highest_first_ties_in_catalog_order_zero_left_out() {
        let c = tiny_catalog();
        let l = levels(&[("communication", 3), ("sql", 3), ("python", 4)]);
        let top = strongest(&c, &l, 5);
        let ids: Vec<&str> = top.iter().map(|t| t.skill.as_str()).collect();
        assert_eq!(ids, ["python", "sql", "communication"]);
        assert_eq!(strongest(&c, &l, 1).len(), 1);
        assert!(strongest(&c, &levels(&[("sql", 0)]), 5).is_empty());
    }
}
