//! The harness's model of a person and a results page: what a persona states and how the
//! suite reads the ranking (the one place it calls the model).

use super::*;

/// One role as the person sees it on the results page.
pub(crate) struct Shown {
    pub(crate) role: String,
    pub(crate) title: String,
    pub(crate) percent: u8,
    pub(crate) readiness: Readiness,
}

impl Shown {
    pub(crate) fn line(&self) -> String {
        format!(
            "{} ({}) {} %, {}",
            self.title,
            self.role,
            self.percent,
            self.readiness.label()
        )
    }

    pub(crate) fn cell(&self) -> String {
        format!(
            "{} {} % ({})",
            self.title,
            self.percent,
            self.readiness.label()
        )
    }
}

/// The results page's two sections: back-end titles, then related careers, best first.
pub(crate) struct Ranking {
    pub(crate) back_end: Vec<Shown>,
    pub(crate) related: Vec<Shown>,
}

impl Ranking {
    pub(crate) fn back_end_top(&self, n: usize) -> &[Shown] {
        &self.back_end[..n.min(self.back_end.len())]
    }

    pub(crate) fn related_top(&self, n: usize) -> &[Shown] {
        &self.related[..n.min(self.related.len())]
    }

    pub(crate) fn find(&self, role: &str) -> Option<&Shown> {
        self.back_end
            .iter()
            .chain(&self.related)
            .find(|s| s.role == role)
    }

    /// The person's top five of each section, with percentages and readiness.
    pub(crate) fn report(&self) -> String {
        let mut out = String::from("  top back-end titles:\n");
        for (i, s) in self.back_end_top(5).iter().enumerate() {
            out += &format!("    {}. {}\n", i + 1, s.line());
        }
        out += "  top related careers:\n";
        for (i, s) in self.related_top(5).iter().enumerate() {
            out += &format!("    {}. {}\n", i + 1, s.line());
        }
        out
    }
}

/// THE place the suite calls the model (see the contract at the top of main.rs).
pub(crate) fn ranking(c: &Catalog, a: &Answers) -> Ranking {
    let mut r = Ranking {
        back_end: Vec::new(),
        related: Vec::new(),
    };
    for m in rank_roles(c, a) {
        let role = c
            .role(&m.role)
            .unwrap_or_else(|| panic!("ranking names unknown role {}", m.role));
        let shown = Shown {
            role: m.role.clone(),
            title: role.title.clone(),
            percent: m.percent,
            readiness: m.readiness,
        };
        match role.family {
            RoleFamily::BackEnd => r.back_end.push(shown),
            RoleFamily::Related => r.related.push(shown),
        }
    }
    r
}

/// A full set of self-ratings: every skill of the quiz, by name, so none can be forgotten.
#[derive(Clone, Copy)]
pub(crate) struct Ratings {
    pub(crate) coding: u8,
    pub(crate) software_engineering: u8,
    pub(crate) git: u8,
    pub(crate) developer_tools: u8,
    pub(crate) debugging_testing: u8,
    pub(crate) python: u8,
    pub(crate) java: u8,
    pub(crate) ruby_rails: u8,
    pub(crate) php_mysql: u8,
    pub(crate) javascript: u8,
    pub(crate) nodejs: u8,
    pub(crate) sql: u8,
    pub(crate) web_development: u8,
    pub(crate) html_css: u8,
    pub(crate) rest_apis: u8,
    pub(crate) cloud_infrastructure: u8,
    pub(crate) automation: u8,
    pub(crate) security: u8,
    pub(crate) optimisation: u8,
    pub(crate) communication: u8,
    pub(crate) problem_solving: u8,
    pub(crate) organisation: u8,
}

impl Ratings {
    /// (skill id, level) for all 22 skills, in the order of `skills.json`.
    pub(crate) fn pairs(&self) -> [(&'static str, u8); 22] {
        [
            ("coding", self.coding),
            ("software-engineering", self.software_engineering),
            ("git", self.git),
            ("developer-tools", self.developer_tools),
            ("debugging-testing", self.debugging_testing),
            ("python", self.python),
            ("java", self.java),
            ("ruby-rails", self.ruby_rails),
            ("php-mysql", self.php_mysql),
            ("javascript", self.javascript),
            ("nodejs", self.nodejs),
            ("sql", self.sql),
            ("web-development", self.web_development),
            ("html-css", self.html_css),
            ("rest-apis", self.rest_apis),
            ("cloud-infrastructure", self.cloud_infrastructure),
            ("automation", self.automation),
            ("security", self.security),
            ("optimisation", self.optimisation),
            ("communication", self.communication),
            ("problem-solving", self.problem_solving),
            ("organisation", self.organisation),
        ]
    }
}

/// How the person answers the check questions the quiz picks for their ratings.
pub(crate) enum Checks {
    /// Rated honestly: every check question is answered right.
    Honest,
    /// Over-rated these skills: the person's REAL level per skill. Every check question above
    /// the real level is answered wrong, every other one right (other skills: all right).
    OverRated(&'static [(&'static str, u8)]),
}

pub(crate) struct Persona {
    /// Short handle, printed in failures and in the table.
    pub(crate) name: &'static str,
    pub(crate) ratings: Ratings,
    pub(crate) checks: Checks,
    pub(crate) first: &'static [&'static str],
    pub(crate) first_readiness: &'static [Readiness],
    pub(crate) top3_includes: &'static [&'static str],
    pub(crate) must_not_top3: &'static [&'static str],
    pub(crate) back_end_not_ready: &'static [&'static str],
    pub(crate) related_first: &'static [&'static str],
    pub(crate) related_may: &'static [&'static str],
    pub(crate) related_never_ready: &'static [&'static str],
}
