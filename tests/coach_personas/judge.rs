//! Judging a persona: the role lists, the person's answers, the broken expectations and the
//! docs table.

use super::*;

/// Every back-end title of the catalog.
pub(crate) const ALL_BACK_END: &[&str] = &[
    "junior-back-end-developer",
    "back-end-developer",
    "senior-back-end-developer",
    "java-developer",
    "ruby-developer",
    "python-developer",
    "sql-developer",
    "qa-engineer",
    "wordpress-php-developer",
    "oracle-sql-developer",
];

/// Every back-end title except Junior: the ones that ask for working experience.
pub(crate) const ABOVE_JUNIOR: &[&str] = &[
    "back-end-developer",
    "senior-back-end-developer",
    "java-developer",
    "ruby-developer",
    "python-developer",
    "sql-developer",
    "qa-engineer",
    "wordpress-php-developer",
    "oracle-sql-developer",
];

/// Every related career of the catalog.
pub(crate) const ALL_RELATED: &[&str] = &[
    "full-stack-developer",
    "front-end-developer",
    "cloud-engineer",
    "android-developer",
    "ios-developer",
    "software-engineer",
    "web-developer",
    "product-manager",
    "web-designer",
];

/// Related careers whose core requirement the quiz cannot see, so they are never
/// "ready now" for anyone: iOS (Swift or Objective-C, Apple's UI frameworks), Android
/// (Kotlin, mobile interface design), web designer (visual and interaction design),
/// product manager (product discovery, market research).
pub(crate) const UNSEEN_CORE: &[&str] = &[
    "ios-developer",
    "android-developer",
    "web-designer",
    "product-manager",
];

/// The answers this persona gives: every rating, and every check the quiz asks.
pub(crate) fn answers(c: &Catalog, p: &Persona) -> Answers {
    let mut a = Answers::default();
    for (skill, level) in p.ratings.pairs() {
        a.ratings.insert(skill.to_string(), Rating::Level(level));
    }
    // Adaptive checks: answer every question asked so far; a wrong one opens the next.
    while let Some(q) = checks::selected(c, &a, c.meta.data_version)
        .into_iter()
        .find(|q| !a.checks.contains_key(&q.id))
    {
        let real = match p.checks {
            Checks::Honest => None,
            Checks::OverRated(real) => real
                .iter()
                .find(|(skill, _)| *skill == q.skill)
                .map(|&(_, level)| level),
        };
        let outcome = match real {
            Some(level) if q.level > level => CheckOutcome::Wrong,
            _ => CheckOutcome::Right,
        };
        a.checks.insert(q.id.clone(), outcome);
    }
    a
}

/// Every expectation of one persona; all broken ones are reported together, with the
/// person's top five back-end titles and related careers.
/// Fails with every broken expectation of `p` and its top titles.
pub(crate) fn check(p: &Persona) {
    let (broken, report) = broken(p);
    if !broken.is_empty() {
        panic!(
            "{}: {} expectation(s) broken:\n  - {}\n{}",
            p.name,
            broken.len(),
            broken.join("\n  - "),
            report
        );
    }
}

/// The expectations of `p` the model breaks, and the person's top titles (for messages).
pub(crate) fn broken(p: &Persona) -> (Vec<String>, String) {
    let c = catalog();
    let r = ranking(&c, &answers(&c, p));
    let mut broken: Vec<String> = Vec::new();

    // The first back-end title, and the readiness of the coach's title.
    let first = &r.back_end[0];
    if !p.first.contains(&first.role.as_str()) {
        broken.push(format!(
            "first back-end title is {}; a coach says {}",
            first.line(),
            p.first.join(" or ")
        ));
    }
    let coach_first = r
        .back_end
        .iter()
        .find(|s| p.first.contains(&s.role.as_str()))
        .unwrap_or_else(|| panic!("{}: none of {:?} is ranked", p.name, p.first));
    if !p.first_readiness.contains(&coach_first.readiness) {
        let wanted: Vec<&str> = p.first_readiness.iter().map(|r| r.label()).collect();
        broken.push(format!(
            "{} is \"{}\"; a coach says {}",
            coach_first.title,
            coach_first.readiness.label(),
            wanted.join(" or ")
        ));
    }

    // The top three back-end titles.
    let top3: Vec<&str> = r.back_end_top(3).iter().map(|s| s.role.as_str()).collect();
    for role in p.top3_includes {
        if !top3.contains(role) {
            broken.push(format!("{role} is not in the top three back-end titles"));
        }
    }
    for role in p.must_not_top3 {
        if let Some(i) = top3.iter().position(|r| r == role) {
            broken.push(format!(
                "{role} is back-end title #{} (must not be in the top three)",
                i + 1
            ));
        }
    }
    for role in p.back_end_not_ready {
        let s = r.find(role).unwrap_or_else(|| panic!("{role} not ranked"));
        if s.readiness == ReadyNow {
            broken.push(format!("{} must not be \"ready now\"", s.line()));
        }
    }

    // The related careers.
    if !p.related_first.is_empty() && !p.related_first.contains(&r.related[0].role.as_str()) {
        broken.push(format!(
            "first related career is {}; a coach says {}",
            r.related[0].line(),
            p.related_first.join(" or ")
        ));
    }
    for s in r.related_top(3) {
        if s.readiness >= Close && !p.related_may.contains(&s.role.as_str()) {
            broken.push(format!(
                "{} is shown as a next step; a coach would not offer it",
                s.line()
            ));
        }
    }
    for role in p.related_never_ready {
        let s = r.find(role).unwrap_or_else(|| panic!("{role} not ranked"));
        if s.readiness == ReadyNow {
            broken.push(format!("{} must never be \"ready now\"", s.line()));
        }
    }

    (broken, r.report())
}

/// The markdown table of every persona, in `ALL` order: the coach's first title(s) and
/// readiness, the model's top three back-end titles and top three related careers (match %
/// and readiness), and whether the model meets every one of the coach's expectations (from
/// [`broken`], so a "yes" cannot lie). docs/scoring.md holds a copy that
/// `the_persona_table_in_the_docs_is_the_codes` keeps equal to this.
pub(crate) fn persona_table(c: &Catalog) -> String {
    let mut out = String::from(
        "| Person | Coach's first | Top 3 back-end titles (match, readiness) \
         | Top 3 related careers | Coach's expectations met |\n\
         |---|---|---|---|---|\n",
    );
    for p in ALL {
        let r = ranking(c, &answers(c, p));
        let coach: Vec<&str> = p
            .first
            .iter()
            .map(|id| c.role(id).map_or(*id, |role| role.title.as_str()))
            .collect();
        let coach_readiness: Vec<&str> = p.first_readiness.iter().map(|r| r.label()).collect();
        let cells = |shown: &[Shown]| -> String {
            shown.iter().map(Shown::cell).collect::<Vec<_>>().join("; ")
        };
        let met = if broken(p).0.is_empty() { "yes" } else { "no" };
        let row = [
            p.name.to_string(),
            format!("{} ({})", coach.join(" or "), coach_readiness.join(" or ")),
            cells(r.back_end_top(3)),
            cells(r.related_top(3)),
            met.to_string(),
        ]
        .map(|cell| cell.replace('|', "\\|"));
        out += &format!("| {} |\n", row.join(" | "));
    }
    out
}
