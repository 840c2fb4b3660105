//! Personas who already work as developers, from a few years in to senior.

use super::*;

/// Marco, 42, twelve years of Java and Spring at an insurer: Oracle, Jenkins, on-premise, designs shared modules.
#[rustfmt::skip]
pub(crate) const JAVA_ENTERPRISE: Persona = Persona {
    name: "Java enterprise developer",
    ratings: Ratings {
        coding: 4, software_engineering: 4, git: 3, developer_tools: 3, debugging_testing: 4,
        python: 1, java: 5, ruby_rails: 0, php_mysql: 0, javascript: 2, nodejs: 0,
        sql: 4, web_development: 3, html_css: 2, rest_apis: 4,
        cloud_infrastructure: 2, automation: 3, security: 3, optimisation: 4,
        communication: 3, problem_solving: 4, organisation: 3,
    },
    checks: Checks::Honest,
    // Java is who he is (Java 5 above Coding 4): he searches "Java Developer" jobs.
    first: &["java-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &[],
    must_not_top3: &[
        "junior-back-end-developer", "ruby-developer", "python-developer",
        "wordpress-php-developer",
    ],
    back_end_not_ready: &[],
    related_first: &[],
    // The article's pivots for a Java developer: Android (plus Kotlin), software
    // engineering, cloud, and full stack.
    related_may: &[
        "software-engineer", "android-developer", "cloud-engineer", "full-stack-developer",
    ],
    related_never_ready: UNSEEN_CORE,
};

/// Hannah, 33, five years of Ruby on Rails at a SaaS start-up: RSpec, Sidekiq, Postgres, CircleCI, Heroku.
#[rustfmt::skip]
pub(crate) const RAILS_DEVELOPER: Persona = Persona {
    name: "Rails developer",
    ratings: Ratings {
        coding: 4, software_engineering: 3, git: 3, developer_tools: 3, debugging_testing: 4,
        python: 1, java: 0, ruby_rails: 4, php_mysql: 0, javascript: 3, nodejs: 1,
        sql: 3, web_development: 4, html_css: 3, rest_apis: 3,
        cloud_infrastructure: 2, automation: 3, security: 3, optimisation: 3,
        communication: 3, problem_solving: 4, organisation: 3,
    },
    checks: Checks::Honest,
    // Rails jobs are advertised as Ruby (on Rails) Developer; the article names the Ruby job
    // boards. Back End Developer is the obvious second.
    first: &["ruby-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &["back-end-developer"],
    must_not_top3: &[
        "junior-back-end-developer", "java-developer", "python-developer",
        "wordpress-php-developer", "oracle-sql-developer",
    ],
    back_end_not_ready: &[],
    related_first: &[],
    related_may: &[
        "full-stack-developer", "web-developer", "front-end-developer", "software-engineer",
        "cloud-engineer",
    ],
    related_never_ready: UNSEEN_CORE,
};

/// Kenji, 29, four years full stack at an agency: React/TypeScript, Node/Express with Postgres, AWS containers.
#[rustfmt::skip]
pub(crate) const NODE_FULL_STACKER: Persona = Persona {
    name: "Node.js full-stacker",
    ratings: Ratings {
        coding: 4, software_engineering: 3, git: 3, developer_tools: 3, debugging_testing: 3,
        python: 1, java: 0, ruby_rails: 0, php_mysql: 1, javascript: 4, nodejs: 4,
        sql: 3, web_development: 4, html_css: 4, rest_apis: 3,
        cloud_infrastructure: 3, automation: 3, security: 3, optimisation: 3,
        communication: 3, problem_solving: 3, organisation: 3,
    },
    checks: Checks::Honest,
    // No Node-specific title among the article's: Back End Developer is his (issue 13:
    // "a Node.js back-end developer's best mid-level match is missing ... behind Junior").
    first: &["back-end-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &["back-end-developer"],
    must_not_top3: &[
        "junior-back-end-developer", "java-developer", "ruby-developer", "python-developer",
        "wordpress-php-developer", "oracle-sql-developer",
    ],
    back_end_not_ready: &["java-developer", "ruby-developer", "python-developer"],
    // He IS a full-stack developer: that leads the related section.
    related_first: &["full-stack-developer"],
    related_may: &[
        "full-stack-developer", "front-end-developer", "web-developer", "cloud-engineer",
        "software-engineer",
    ],
    related_never_ready: UNSEEN_CORE,
};

/// Elena, 41, fifteen years in back end, tech lead of a payments team (Python, Go, Postgres, AWS), mentors.
#[rustfmt::skip]
pub(crate) const SENIOR_BACK_END_LEAD: Persona = Persona {
    name: "senior back-end lead",
    ratings: Ratings {
        coding: 5, software_engineering: 5, git: 4, developer_tools: 4, debugging_testing: 5,
        python: 4, java: 2, ruby_rails: 1, php_mysql: 1, javascript: 3, nodejs: 2,
        sql: 4, web_development: 4, html_css: 2, rest_apis: 5,
        cloud_infrastructure: 4, automation: 4, security: 4, optimisation: 4,
        communication: 4, problem_solving: 5, organisation: 4,
    },
    checks: Checks::Honest,
    // Senior, ready now. Issue 13: today she is "ready now" for Python, SQL, QA, Oracle SQL
    // and Cloud in file order while Senior is not in her top three. A coach's top three:
    // Senior, Back End Developer, Python Developer; no specialist or junior title.
    first: &["senior-back-end-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &["senior-back-end-developer"],
    must_not_top3: &[
        "junior-back-end-developer", "java-developer", "ruby-developer", "sql-developer",
        "qa-engineer", "wordpress-php-developer", "oracle-sql-developer",
    ],
    back_end_not_ready: &[],
    related_first: &[],
    related_may: &[
        "software-engineer", "cloud-engineer", "product-manager", "full-stack-developer",
        "web-developer",
    ],
    related_never_ready: UNSEEN_CORE,
};

/// Viktor, 38, ten years of Python and Go services, the team's go-to for hard bugs, rates his soft skills 3.
#[rustfmt::skip]
pub(crate) const SENIOR_QUIET_ENGINEER: Persona = Persona {
    name: "senior engineer, modest on soft skills",
    ratings: Ratings {
        coding: 5, software_engineering: 4, git: 4, developer_tools: 4, debugging_testing: 4,
        python: 4, java: 1, ruby_rails: 0, php_mysql: 0, javascript: 3, nodejs: 1,
        sql: 4, web_development: 3, html_css: 2, rest_apis: 4,
        cloud_infrastructure: 3, automation: 4, security: 3, optimisation: 4,
        communication: 3, problem_solving: 4, organisation: 3,
    },
    checks: Checks::Honest,
    // Issue 13: "a strong engineer who honestly rates them 3 is only 'close'" for Senior;
    // a coach says ready now. Python (4, below Coding 5) is one of his tools, not his title,
    // but Python Developer belongs in his top three.
    first: &["senior-back-end-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &["python-developer"],
    must_not_top3: &[
        "junior-back-end-developer", "java-developer", "ruby-developer", "sql-developer",
        "qa-engineer", "wordpress-php-developer", "oracle-sql-developer",
    ],
    back_end_not_ready: &[],
    related_first: &[],
    related_may: &["software-engineer", "cloud-engineer", "full-stack-developer"],
    related_never_ready: UNSEEN_CORE,
};

/// Ana, 27, three years a Python back-end developer: Django and DRF, Postgres, Celery, Docker, GitHub Actions.
#[rustfmt::skip]
pub(crate) const PYTHON_BACK_END_3_YEARS: Persona = Persona {
    name: "Python back-end developer (3 years)",
    ratings: Ratings {
        coding: 4, software_engineering: 3, git: 3, developer_tools: 3, debugging_testing: 3,
        python: 4, java: 0, ruby_rails: 0, php_mysql: 1, javascript: 2, nodejs: 1,
        sql: 3, web_development: 3, html_css: 2, rest_apis: 4,
        cloud_infrastructure: 3, automation: 3, security: 2, optimisation: 3,
        communication: 3, problem_solving: 3, organisation: 3,
    },
    checks: Checks::Honest,
    // Both: a Django developer applies to "Python Developer" and to "Back End Developer
    // (Python)" postings alike; they are the same job for her. Issue 13 saw iOS first.
    first: &["python-developer", "back-end-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &["python-developer", "back-end-developer"],
    must_not_top3: &[
        "junior-back-end-developer", "java-developer", "ruby-developer",
        "wordpress-php-developer", "oracle-sql-developer",
    ],
    // Three years and soft skills at 3: not senior yet.
    back_end_not_ready: &["senior-back-end-developer"],
    related_first: &[],
    related_may: &[
        "software-engineer", "full-stack-developer", "cloud-engineer", "web-developer",
    ],
    related_never_ready: UNSEEN_CORE,
};

/// Youssef, 30, four years of Laravel at an agency: client APIs, admin panels, MySQL, Vue, PHPUnit, Forge.
#[rustfmt::skip]
pub(crate) const LARAVEL_DEVELOPER: Persona = Persona {
    name: "mid-level PHP/Laravel developer",
    ratings: Ratings {
        coding: 4, software_engineering: 3, git: 3, developer_tools: 3, debugging_testing: 3,
        python: 1, java: 0, ruby_rails: 0, php_mysql: 4, javascript: 3, nodejs: 2,
        sql: 3, web_development: 4, html_css: 3, rest_apis: 3,
        cloud_infrastructure: 2, automation: 3, security: 3, optimisation: 3,
        communication: 3, problem_solving: 3, organisation: 3,
    },
    checks: Checks::Honest,
    // Both: "PHP Developer" is his title, and his Laravel API work is exactly what "Back End
    // Developer" postings in PHP shops describe.
    first: &["wordpress-php-developer", "back-end-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &["wordpress-php-developer", "back-end-developer"],
    must_not_top3: &[
        "junior-back-end-developer", "java-developer", "ruby-developer", "python-developer",
        "oracle-sql-developer",
    ],
    back_end_not_ready: &["senior-back-end-developer"],
    related_first: &[],
    related_may: &[
        "full-stack-developer", "web-developer", "front-end-developer", "software-engineer",
    ],
    related_never_ready: UNSEEN_CORE,
};

/// Fatima, 32, six years of Python back end, the last two on the platform: Kubernetes, Terraform, pipelines.
#[rustfmt::skip]
pub(crate) const DEVOPS_BACK_END: Persona = Persona {
    name: "DevOps-leaning back-end developer",
    ratings: Ratings {
        coding: 4, software_engineering: 3, git: 4, developer_tools: 4, debugging_testing: 4,
        python: 4, java: 1, ruby_rails: 1, php_mysql: 0, javascript: 2, nodejs: 1,
        sql: 3, web_development: 3, html_css: 1, rest_apis: 3,
        cloud_infrastructure: 4, automation: 5, security: 4, optimisation: 4,
        communication: 3, problem_solving: 4, organisation: 3,
    },
    checks: Checks::Honest,
    // Both, as for the three-year Python developer (Python 4 = Coding 4).
    first: &["back-end-developer", "python-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &[],
    must_not_top3: &[
        "junior-back-end-developer", "java-developer", "ruby-developer",
        "wordpress-php-developer", "oracle-sql-developer",
    ],
    back_end_not_ready: &[],
    // Cloud Engineer is where she is heading.
    related_first: &["cloud-engineer"],
    related_may: &["cloud-engineer", "software-engineer"],
    related_never_ready: UNSEEN_CORE,
};

/// Chen, 34, six years of test automation (Playwright, pytest, k6 load tests) in CI at a fintech.
#[rustfmt::skip]
pub(crate) const TEST_AUTOMATION_ENGINEER: Persona = Persona {
    name: "test automation engineer",
    ratings: Ratings {
        coding: 3, software_engineering: 3, git: 3, developer_tools: 4, debugging_testing: 5,
        python: 3, java: 2, ruby_rails: 0, php_mysql: 0, javascript: 3, nodejs: 2,
        sql: 3, web_development: 3, html_css: 2, rest_apis: 3,
        cloud_infrastructure: 2, automation: 4, security: 2, optimisation: 3,
        communication: 4, problem_solving: 4, organisation: 3,
    },
    checks: Checks::Honest,
    // QA Engineer, ready now (issue 13: a tester got iOS Developer first).
    first: &["qa-engineer"],
    first_readiness: &[ReadyNow],
    top3_includes: &[],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "ruby-developer",
        "wordpress-php-developer", "oracle-sql-developer",
    ],
    back_end_not_ready: &["senior-back-end-developer"],
    related_first: &[],
    // Senior testers with communication 4 do move into product roles. Full stack was left
    // out at first, but a coach offering Web Developer cannot refuse it: his JavaScript 3
    // (Playwright in TypeScript), web development 3, REST APIs 3 and SQL 3 are a full-stack
    // developer's, and only HTML & CSS (2 of 3) is short. So "close" is fair; "ready now"
    // is not (he has never built the front end of a product), hence full stack below.
    related_may: &[
        "software-engineer", "cloud-engineer", "web-developer", "product-manager",
        "full-stack-developer",
    ],
    related_never_ready: &[
        "ios-developer", "android-developer", "web-designer", "product-manager",
        "full-stack-developer",
    ],
};
