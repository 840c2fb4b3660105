//! Personas starting out: beginners, students and learners with no back-end job yet.

use super::*;

/// Priya, 34, office administrator two weeks into freeCodeCamp: one static HTML page, no programs yet.
#[rustfmt::skip]
pub(crate) const ABSOLUTE_BEGINNER: Persona = Persona {
    name: "absolute beginner",
    ratings: Ratings {
        coding: 1, software_engineering: 0, git: 0, developer_tools: 1, debugging_testing: 0,
        python: 0, java: 0, ruby_rails: 0, php_mysql: 0, javascript: 0, nodejs: 0,
        sql: 0, web_development: 1, html_css: 1, rest_apis: 0,
        cloud_infrastructure: 0, automation: 0, security: 1, optimisation: 0,
        communication: 1, problem_solving: 1, organisation: 2,
    },
    checks: Checks::Honest,
    // Everyone starts at Junior (the article: "Most Back End Developers start off in Junior
    // positions"), and two weeks in is a stretch: "close" would tell her she is nearly
    // hireable.
    first: &["junior-back-end-developer"],
    first_readiness: &[Stretch],
    top3_includes: &[],
    must_not_top3: &["senior-back-end-developer"],
    back_end_not_ready: ALL_BACK_END,
    related_first: &[],
    // No related career is close for her.
    related_may: &[],
    related_never_ready: ALL_RELATED,
};

/// Maya, 27, ex-retail, just finished a JS bootcamp: an Express + Postgres API and a React app in her portfolio.
#[rustfmt::skip]
pub(crate) const BOOTCAMP_GRADUATE_JS_NODE: Persona = Persona {
    name: "bootcamp graduate (JS/Node)",
    ratings: Ratings {
        coding: 3, software_engineering: 1, git: 2, developer_tools: 2, debugging_testing: 2,
        python: 0, java: 0, ruby_rails: 0, php_mysql: 0, javascript: 3, nodejs: 3,
        sql: 2, web_development: 3, html_css: 3, rest_apis: 2,
        cloud_infrastructure: 1, automation: 1, security: 2, optimisation: 1,
        communication: 3, problem_solving: 2, organisation: 3,
    },
    checks: Checks::Honest,
    // The article: a bootcamp is "enough qualification for a junior or entry-level
    // position"; she meets every junior requirement, so: apply now.
    first: &["junior-back-end-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &[],
    // Languages she has never touched, and a senior title.
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "ruby-developer", "python-developer",
        "wordpress-php-developer", "oracle-sql-developer",
    ],
    // No working experience yet: no mid-level title is "ready now".
    back_end_not_ready: ABOVE_JUNIOR,
    related_first: &[],
    // A JavaScript bootcamp points at the web side: full stack, front end, web developer.
    related_may: &["full-stack-developer", "web-developer", "front-end-developer"],
    // Fresh from a bootcamp she is not "ready now" for the mid-level full-stack, front-end,
    // cloud or software-engineer roles either (an entry-level web developer job she may be).
    related_never_ready: &[
        "ios-developer", "android-developer", "web-designer", "product-manager",
        "full-stack-developer", "front-end-developer", "cloud-engineer", "software-engineer",
    ],
};

/// Tom, 21, final-year CS student: Java, C, Python, a databases course, a group project; no web project, no job yet.
#[rustfmt::skip]
pub(crate) const CS_STUDENT: Persona = Persona {
    name: "CS student",
    ratings: Ratings {
        coding: 3, software_engineering: 2, git: 2, developer_tools: 2, debugging_testing: 2,
        python: 2, java: 2, ruby_rails: 0, php_mysql: 0, javascript: 1, nodejs: 0,
        sql: 3, web_development: 1, html_css: 1, rest_apis: 1,
        cloud_infrastructure: 1, automation: 1, security: 1, optimisation: 2,
        communication: 2, problem_solving: 3, organisation: 2,
    },
    checks: Checks::Honest,
    // A degree gets him to Junior; with no web or API project yet he is close, not ready:
    // "build one small REST API with a database and apply".
    first: &["junior-back-end-developer"],
    first_readiness: &[Close],
    top3_includes: &[],
    must_not_top3: &[
        "senior-back-end-developer", "ruby-developer", "wordpress-php-developer",
    ],
    back_end_not_ready: ALL_BACK_END,
    related_first: &[],
    // Software engineering is the classic path for a CS graduate.
    related_may: &["software-engineer"],
    related_never_ready: UNSEEN_CORE,
};

/// Raj, 38, operations analyst who has automated Excel reports with Python scripts alone for two years.
#[rustfmt::skip]
pub(crate) const PYTHON_SCRIPTER: Persona = Persona {
    name: "self-taught Python scripter",
    ratings: Ratings {
        coding: 2, software_engineering: 0, git: 1, developer_tools: 2, debugging_testing: 1,
        python: 2, java: 0, ruby_rails: 0, php_mysql: 0, javascript: 0, nodejs: 0,
        sql: 2, web_development: 0, html_css: 0, rest_apis: 1,
        cloud_infrastructure: 0, automation: 1, security: 1, optimisation: 1,
        communication: 3, problem_solving: 3, organisation: 3,
    },
    checks: Checks::Honest,
    // His level is Junior (no Git, tests or web yet); Python Developer is his direction, so
    // a coach names it in the top three (the article: Python developers also do "scripting").
    first: &["junior-back-end-developer"],
    first_readiness: &[Stretch, Close],
    top3_includes: &["python-developer"],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "ruby-developer",
        "wordpress-php-developer",
    ],
    back_end_not_ready: ALL_BACK_END,
    related_first: &[],
    related_may: &[],
    related_never_ready: ALL_RELATED,
};

/// Lucas, 23, fresh CS graduate with a six-month Spring Boot internship (REST endpoints, JUnit, Postgres).
#[rustfmt::skip]
pub(crate) const JAVA_GRADUATE: Persona = Persona {
    name: "junior Java graduate",
    ratings: Ratings {
        coding: 3, software_engineering: 2, git: 2, developer_tools: 3, debugging_testing: 2,
        python: 2, java: 3, ruby_rails: 0, php_mysql: 0, javascript: 2, nodejs: 1,
        sql: 2, web_development: 2, html_css: 2, rest_apis: 2,
        cloud_infrastructure: 1, automation: 2, security: 2, optimisation: 1,
        communication: 2, problem_solving: 3, organisation: 2,
    },
    checks: Checks::Honest,
    // Junior, ready now (degree plus internship); Java Developer is his direction and belongs
    // in his top three, Python Developer does not (Python 2 is coursework).
    first: &["junior-back-end-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &["java-developer"],
    must_not_top3: &[
        "senior-back-end-developer", "ruby-developer", "python-developer",
        "wordpress-php-developer", "oracle-sql-developer",
    ],
    back_end_not_ready: ABOVE_JUNIOR,
    related_first: &[],
    related_may: &["software-engineer", "android-developer"],
    related_never_ready: UNSEEN_CORE,
};

/// Jordan, 35, ex-teacher nine months into The Odin Project's Ruby path: three deployed Rails apps with RSpec.
#[rustfmt::skip]
pub(crate) const ODIN_RUBY_LEARNER: Persona = Persona {
    name: "self-taught Rails learner",
    ratings: Ratings {
        coding: 2, software_engineering: 1, git: 2, developer_tools: 2, debugging_testing: 2,
        python: 0, java: 0, ruby_rails: 3, php_mysql: 0, javascript: 2, nodejs: 1,
        sql: 2, web_development: 3, html_css: 2, rest_apis: 2,
        cloud_infrastructure: 1, automation: 0, security: 1, optimisation: 1,
        communication: 3, problem_solving: 2, organisation: 4,
    },
    checks: Checks::Honest,
    // Junior, with Ruby Developer as his direction (in the top three).
    first: &["junior-back-end-developer"],
    first_readiness: &[ReadyNow, Close],
    top3_includes: &["ruby-developer"],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "python-developer",
        "wordpress-php-developer", "oracle-sql-developer",
    ],
    back_end_not_ready: ABOVE_JUNIOR,
    related_first: &[],
    related_may: &["full-stack-developer", "web-developer"],
    related_never_ready: UNSEEN_CORE,
};
