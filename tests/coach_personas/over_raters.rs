//! Personas who rate themselves above their real level, so the check questions catch them.

use super::*;

/// Jake, 24, OVER-RATER: a 12-week Python/Flask bootcamp, rates himself 3-4 almost everywhere, misses checks.
#[rustfmt::skip]
pub(crate) const OVER_RATER_BOOTCAMP: Persona = Persona {
    name: "over-rating bootcamp graduate",
    ratings: Ratings {
        coding: 4, software_engineering: 3, git: 4, developer_tools: 3, debugging_testing: 4,
        python: 4, java: 1, ruby_rails: 0, php_mysql: 0, javascript: 3, nodejs: 2,
        sql: 4, web_development: 4, html_css: 3, rest_apis: 4,
        cloud_infrastructure: 3, automation: 3, security: 3, optimisation: 3,
        communication: 4, problem_solving: 4, organisation: 4,
    },
    checks: Checks::OverRated(&[
        ("coding", 2), ("software-engineering", 1), ("git", 2), ("developer-tools", 2),
        ("debugging-testing", 2), ("python", 3), ("javascript", 2), ("sql", 2),
        ("web-development", 3), ("html-css", 2), ("rest-apis", 2),
        ("cloud-infrastructure", 1), ("automation", 1), ("security", 2),
        ("optimisation", 1),
    ]),
    // What a coach expects: the missed checks bring him back to his real level, a junior
    // one. Junior first, no mid or senior title ready now, and his unchecked soft skills
    // (all 4) must not lift Senior into his top three.
    first: &["junior-back-end-developer"],
    first_readiness: &[ReadyNow, Close],
    top3_includes: &[],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "ruby-developer",
        "wordpress-php-developer", "oracle-sql-developer",
    ],
    back_end_not_ready: ABOVE_JUNIOR,
    related_first: &[],
    // The web side may show as close, as for an honest bootcamp graduate; product
    // management, lifted only by unchecked soft skills, must not (he has never worked in a
    // team), and nothing related is ready now.
    related_may: &["full-stack-developer", "web-developer", "software-engineer"],
    related_never_ready: ALL_RELATED,
};

/// Ben, 26, OVER-RATER: eight months of YouTube tutorials and a to-do app, rates JS, Node and REST 4.
#[rustfmt::skip]
pub(crate) const OVER_RATER_TUTORIALS: Persona = Persona {
    name: "over-rating tutorial learner",
    ratings: Ratings {
        coding: 3, software_engineering: 0, git: 1, developer_tools: 2, debugging_testing: 1,
        python: 0, java: 0, ruby_rails: 0, php_mysql: 0, javascript: 4, nodejs: 4,
        sql: 3, web_development: 3, html_css: 3, rest_apis: 4,
        cloud_infrastructure: 1, automation: 0, security: 1, optimisation: 1,
        communication: 2, problem_solving: 2, organisation: 2,
    },
    checks: Checks::OverRated(&[
        ("coding", 2), ("javascript", 2), ("nodejs", 2), ("sql", 1),
        ("web-development", 2), ("html-css", 2), ("rest-apis", 1),
    ]),
    // What a coach expects: Junior first, and not yet even "close" to being hired without
    // Git and tests: a stretch or at most close, nothing ready now anywhere, and his
    // rated-4 JavaScript must not make front end or full stack look ready.
    first: &["junior-back-end-developer"],
    first_readiness: &[Stretch, Close],
    top3_includes: &[],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "ruby-developer", "python-developer",
        "oracle-sql-developer",
    ],
    back_end_not_ready: ALL_BACK_END,
    related_first: &[],
    // Trusted at 2 in JavaScript, HTML & CSS and web development, with Git 1: no related
    // career is close.
    related_may: &[],
    related_never_ready: ALL_RELATED,
};

/// Max, 22, OVER-CLAIMER: rates nearly every skill 5 "to see what happens" (a few languages
/// lower), then misses every check question (for a 5, three: levels 5, 4 and 3).
#[rustfmt::skip]
pub(crate) const OVER_CLAIMER_ALL_FIVES: Persona = Persona {
    name: "over-claimer who rates nearly everything 5 and misses every check",
    ratings: Ratings {
        coding: 5, software_engineering: 5, git: 5, developer_tools: 5, debugging_testing: 5,
        python: 5, java: 3, ruby_rails: 3, php_mysql: 4, javascript: 5, nodejs: 5,
        sql: 5, web_development: 5, html_css: 5, rest_apis: 5,
        cloud_infrastructure: 5, automation: 5, security: 5, optimisation: 5,
        communication: 5, problem_solving: 5, organisation: 4,
    },
    checks: Checks::OverRated(&[
        ("coding", 1), ("software-engineering", 1), ("git", 1), ("developer-tools", 1),
        ("debugging-testing", 1), ("python", 1), ("java", 1), ("ruby-rails", 1),
        ("php-mysql", 1), ("javascript", 1), ("nodejs", 1), ("sql", 1),
        ("web-development", 1), ("html-css", 1), ("rest-apis", 1),
        ("cloud-infrastructure", 1), ("automation", 1), ("security", 1),
        ("optimisation", 1),
    ]),
    // What a coach expects: not one question right, so nothing he claimed is shown; he must
    // not fare better than an honest beginner who misses the level-2 questions. Junior first,
    // and nothing ready now (the old rule trusted every skill at 2 after three misses, and
    // told him "ready now" for junior roles).
    first: &["junior-back-end-developer"],
    first_readiness: &[Stretch, Close],
    top3_includes: &[],
    must_not_top3: &["senior-back-end-developer"],
    back_end_not_ready: ALL_BACK_END,
    related_first: &[],
    // Not what a coach would offer him, and left for now: his soft skills (all 5) are
    // unchecked, as no question checks a soft skill, and they alone make Product Manager
    // "close, plus: ...". Nothing related may be ready now.
    related_may: &["product-manager"],
    related_never_ready: ALL_RELATED,
};
