//! Lookups by id and the small queries every page needs.

use super::types::*;

impl Catalog {
    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn resource(&self, id: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The check questions of a skill, in file order.
    pub fn questions_for<'a>(&'a self, skill: &'a str) -> impl Iterator<Item = &'a Question> {
        self.questions.iter().filter(move |q| q.skill == skill)
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
