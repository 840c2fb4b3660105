//! Lookups by id and the small queries every page needs.

use super::types::*;

impl QuizCatalog {
    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.id == id)
    }

    /// A skill's name, or its id when the catalog doesn't know it (an id from a newer or
    /// older data version): a page still says something.
    pub fn skill_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.skill(id).map_or(id, |s| s.name.as_str())
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The check questions of a skill, in file order.
    pub fn questions_for<'a>(&'a self, skill: &'a str) -> impl Iterator<Item = &'a Question> {
        self.questions.iter().filter(move |q| q.skill == skill)
    }
}

impl Catalog {
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn resource(&self, id: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.id == id)
    }

    /// The resources that teach a skill, in file order.
    pub fn resources_for<'a>(&'a self, skill: &'a str) -> impl Iterator<Item = &'a Resource> {
        self.resources
            .iter()
            .filter(move |r| r.teaches(skill).is_some())
    }
}

impl Usd {
    /// "$158,330", or "$164K" for a figure published rounded to the thousand.
    pub fn display(self) -> String {
        if self.approx {
            format!("${}K", self.usd / 1000)
        } else {
            let digits = self.usd.to_string();
            let mut out = String::with_capacity(digits.len() + 3);
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    out.push(',');
                }
                out.push(c);
            }
            format!("${out}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::testing::tiny_catalog;

    #[test]
    fn skill_name_falls_back_to_the_id() {
        let catalog = tiny_catalog();
        let python = catalog.skill("python").unwrap();
        assert_eq!(catalog.skill_name("python"), python.name);
        assert_ne!(python.name, "python", "the fixture names differ from ids");
        assert_eq!(catalog.skill_name("cobol"), "cobol");
    }

    #[test]
    fn usd_display() {
        assert_eq!(
            Usd {
                usd: 158_330,
                approx: false
            }
            .display(),
            "$158,330"
        );
        assert_eq!(
            Usd {
                usd: 164_000,
                approx: true
            }
            .display(),
            "$164K"
        );
        assert_eq!(
            Usd {
                usd: 999,
                approx: false
            }
            .display(),
            "$999"
        );
        assert_eq!(
            Usd {
                usd: 1_000_000,
                approx: false
            }
            .display(),
            "$1,000,000"
        );
    }
}
