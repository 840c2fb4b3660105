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
