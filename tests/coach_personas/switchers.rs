//! Personas coming from a neighbouring job: data, WordPress, databases, testing, operations,
//! the front end, design and product.

use super::*;

/// Lena, 29, data analyst for four years: SQL daily (CTEs, window functions), Python notebooks, stakeholder talks.
#[rustfmt::skip]
pub(crate) const DATA_ANALYST: Persona = Persona {
    name: "data analyst who knows SQL",
    ratings: Ratings {
        coding: 2, software_engineering: 1, git: 1, developer_tools: 2, debugging_testing: 1,
        python: 2, java: 0, ruby_rails: 0, php_mysql: 0, javascript: 0, nodejs: 0,
        sql: 4, web_development: 0, html_css: 1, rest_apis: 1,
        cloud_infrastructure: 0, automation: 1, security: 1, optimisation: 2,
        communication: 4, problem_solving: 4, organisation: 3,
    },
    checks: Checks::Honest,
    // SQL Developer is the back-end title her SQL leads to. Oracle SQL Developer is not
    // first: nothing says she knows Oracle, and the generic title fits any database.
    first: &["sql-developer"],
    first_readiness: &[ReadyNow, Close],
    top3_includes: &[],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "ruby-developer",
        "wordpress-php-developer",
    ],
    back_end_not_ready: &[
        "junior-back-end-developer", "back-end-developer", "senior-back-end-developer",
        "java-developer", "ruby-developer", "python-developer", "wordpress-php-developer",
        "qa-engineer",
    ],
    related_first: &[],
    // Analysts often move into product work; "close, plus: product discovery" is fair.
    related_may: &["product-manager"],
    related_never_ready: &[
        "ios-developer", "android-developer", "web-designer", "product-manager",
        "full-stack-developer", "front-end-developer", "web-developer", "cloud-engineer",
        "software-engineer",
    ],
};

/// Carlos, 36, six years freelancing WordPress sites: custom themes, his own plugins, page speed, clients.
#[rustfmt::skip]
pub(crate) const WORDPRESS_FREELANCER: Persona = Persona {
    name: "WordPress freelancer",
    ratings: Ratings {
        coding: 3, software_engineering: 1, git: 2, developer_tools: 2, debugging_testing: 1,
        python: 0, java: 0, ruby_rails: 0, php_mysql: 4, javascript: 2, nodejs: 1,
        sql: 2, web_development: 4, html_css: 4, rest_apis: 2,
        cloud_infrastructure: 2, automation: 1, security: 3, optimisation: 3,
        communication: 4, problem_solving: 3, organisation: 4,
    },
    checks: Checks::Honest,
    // Exactly the article's "Wordpress Developer/PHP Developer" (it even names WP Hired).
    first: &["wordpress-php-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &[],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "ruby-developer", "python-developer",
        "oracle-sql-developer",
    ],
    back_end_not_ready: &["senior-back-end-developer"],
    related_first: &[],
    // The web side: web developer, full stack, front end; web design as "close, plus:
    // visual design" is a real option for a freelancer, and so is product management for
    // someone who has scoped projects with clients for six years (communication 4).
    related_may: &[
        "web-developer", "full-stack-developer", "front-end-developer", "web-designer",
        "product-manager",
    ],
    related_never_ready: UNSEEN_CORE,
};

/// Ingrid, 45, fifteen years an Oracle DBA at a bank (PL/SQL, tuning, audits, shell), moving into development.
#[rustfmt::skip]
pub(crate) const ORACLE_DBA: Persona = Persona {
    name: "Oracle DBA",
    ratings: Ratings {
        coding: 3, software_engineering: 2, git: 1, developer_tools: 3, debugging_testing: 2,
        python: 1, java: 1, ruby_rails: 0, php_mysql: 0, javascript: 0, nodejs: 0,
        sql: 5, web_development: 0, html_css: 0, rest_apis: 0,
        cloud_infrastructure: 2, automation: 1, security: 4, optimisation: 5,
        communication: 3, problem_solving: 4, organisation: 4,
    },
    checks: Checks::Honest,
    // Both: the quiz has no "Oracle" skill, so her answers alone cannot tell Oracle SQL
    // Developer from SQL Developer; either is what a coach names, and both belong on top.
    first: &["oracle-sql-developer", "sql-developer"],
    first_readiness: &[ReadyNow],
    top3_includes: &["oracle-sql-developer", "sql-developer"],
    must_not_top3: &[
        "senior-back-end-developer", "ruby-developer", "wordpress-php-developer",
        "python-developer",
    ],
    // No Git, REST or web experience: not ready for a web back-end developer job yet.
    back_end_not_ready: &[
        "junior-back-end-developer", "back-end-developer", "senior-back-end-developer",
        "java-developer", "ruby-developer", "python-developer", "wordpress-php-developer",
    ],
    related_first: &[],
    // Database people move to cloud (managed databases); that is a stretch, but fair.
    related_may: &["cloud-engineer"],
    related_never_ready: UNSEEN_CORE,
};

/// Aisha, 31, five years a manual e-commerce tester (Postman, Jira), six months into Selenium with Python.
#[rustfmt::skip]
pub(crate) const MANUAL_TESTER: Persona = Persona {
    name: "manual tester moving to automation",
    ratings: Ratings {
        coding: 2, software_engineering: 2, git: 2, developer_tools: 3, debugging_testing: 3,
        python: 2, java: 0, ruby_rails: 0, php_mysql: 0, javascript: 1, nodejs: 0,
        sql: 2, web_development: 2, html_css: 2, rest_apis: 2,
        cloud_infrastructure: 1, automation: 2, security: 2, optimisation: 1,
        communication: 4, problem_solving: 3, organisation: 3,
    },
    checks: Checks::Honest,
    // QA Engineer is her title; automation still growing, so close rather than ready.
    first: &["qa-engineer"],
    first_readiness: &[Close],
    top3_includes: &[],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "ruby-developer",
        "wordpress-php-developer", "oracle-sql-developer",
    ],
    back_end_not_ready: ABOVE_JUNIOR,
    related_first: &[],
    // Senior testers do become product owners; "close, plus: product discovery" is fair.
    related_may: &["product-manager"],
    related_never_ready: ALL_RELATED,
};

/// Dmitri, 40, twelve years a Linux sysadmin (bash, Ansible, Jenkins, some AWS), learning Terraform and Python.
#[rustfmt::skip]
pub(crate) const SYSADMIN_TO_CLOUD: Persona = Persona {
    name: "sysadmin moving to cloud",
    ratings: Ratings {
        coding: 2, software_engineering: 1, git: 2, developer_tools: 4, debugging_testing: 1,
        python: 2, java: 0, ruby_rails: 0, php_mysql: 1, javascript: 0, nodejs: 0,
        sql: 2, web_development: 2, html_css: 1, rest_apis: 1,
        cloud_infrastructure: 3, automation: 3, security: 3, optimisation: 3,
        communication: 3, problem_solving: 4, organisation: 3,
    },
    checks: Checks::Honest,
    // Among back-end titles his programming is junior-level; QA is not his trade (no
    // testing background) even though automation and tools are strong.
    first: &["junior-back-end-developer"],
    first_readiness: &[Close],
    top3_includes: &[],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "ruby-developer",
        "wordpress-php-developer", "qa-engineer",
    ],
    back_end_not_ready: ALL_BACK_END,
    // Cloud Engineer is the move a coach names first (the article's pivot: AWS, networks,
    // basic security).
    related_first: &["cloud-engineer"],
    related_may: &["cloud-engineer"],
    related_never_ready: UNSEEN_CORE,
};

/// Sofia, 30, five years of React/TypeScript front end, moving to the back end: a toy Express server, little SQL.
#[rustfmt::skip]
pub(crate) const FRONT_END_DEVELOPER: Persona = Persona {
    name: "front-end developer",
    ratings: Ratings {
        coding: 4, software_engineering: 3, git: 4, developer_tools: 4, debugging_testing: 3,
        python: 0, java: 0, ruby_rails: 0, php_mysql: 0, javascript: 5, nodejs: 2,
        sql: 1, web_development: 4, html_css: 5, rest_apis: 2,
        cloud_infrastructure: 1, automation: 3, security: 2, optimisation: 3,
        communication: 4, problem_solving: 4, organisation: 3,
    },
    checks: Checks::Honest,
    // Both: her engineering is mid-level (Coding 4, Git 4) but her server and database
    // experience is junior (Node 2, SQL 1); coaches genuinely split between "apply junior"
    // and "Back End Developer once you add SQL".
    first: &["junior-back-end-developer", "back-end-developer"],
    first_readiness: &[ReadyNow, Close],
    top3_includes: &[],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "ruby-developer", "python-developer",
        "sql-developer", "wordpress-php-developer", "oracle-sql-developer",
    ],
    // SQL 1: no title that needs real database work is ready now.
    back_end_not_ready: &[
        "back-end-developer", "senior-back-end-developer", "java-developer",
        "ruby-developer", "python-developer", "sql-developer", "wordpress-php-developer",
        "oracle-sql-developer",
    ],
    // Where she is (front end) or the natural bridge (full stack) leads.
    related_first: &["front-end-developer", "full-stack-developer"],
    related_may: &[
        "front-end-developer", "full-stack-developer", "web-developer", "software-engineer",
        "web-designer", "product-manager",
    ],
    related_never_ready: UNSEEN_CORE,
};

/// Noor, 28, UI/UX designer for four years (Figma, research), builds HTML/CSS prototypes, once edited a WP theme.
#[rustfmt::skip]
pub(crate) const DESIGNER: Persona = Persona {
    name: "designer",
    ratings: Ratings {
        coding: 1, software_engineering: 1, git: 1, developer_tools: 1, debugging_testing: 0,
        python: 0, java: 0, ruby_rails: 0, php_mysql: 1, javascript: 1, nodejs: 0,
        sql: 0, web_development: 1, html_css: 3, rest_apis: 0,
        cloud_infrastructure: 1, automation: 0, security: 1, optimisation: 0,
        communication: 4, problem_solving: 3, organisation: 3,
    },
    checks: Checks::Honest,
    // Both: Junior is the entry to any back-end job, and WordPress/PHP is the server-side
    // path designers most often take (themes first). Either way: a stretch.
    first: &["junior-back-end-developer", "wordpress-php-developer"],
    first_readiness: &[Stretch],
    top3_includes: &[],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "sql-developer",
        "oracle-sql-developer",
    ],
    back_end_not_ready: ALL_BACK_END,
    // Her measured skills (HTML & CSS, communication) are a web designer's.
    related_first: &["web-designer"],
    related_may: &[
        "web-designer", "front-end-developer", "web-developer", "product-manager",
    ],
    related_never_ready: ALL_RELATED,
};

/// Oliver, 37, product manager for six years (ex business analyst): SQL for metrics, has never shipped code.
#[rustfmt::skip]
pub(crate) const PRODUCT_PERSON: Persona = Persona {
    name: "product person",
    ratings: Ratings {
        coding: 1, software_engineering: 1, git: 1, developer_tools: 1, debugging_testing: 0,
        python: 1, java: 0, ruby_rails: 0, php_mysql: 0, javascript: 0, nodejs: 0,
        sql: 3, web_development: 1, html_css: 1, rest_apis: 1,
        cloud_infrastructure: 0, automation: 0, security: 1, optimisation: 0,
        communication: 5, problem_solving: 4, organisation: 5,
    },
    checks: Checks::Honest,
    // Both: SQL is his one technical strength, so SQL Developer or the entry-level title;
    // either is far (a stretch). Soft skills alone must not lift a senior title.
    first: &["junior-back-end-developer", "sql-developer"],
    first_readiness: &[Stretch],
    top3_includes: &[],
    must_not_top3: &[
        "senior-back-end-developer", "java-developer", "ruby-developer", "python-developer",
        "wordpress-php-developer",
    ],
    back_end_not_ready: ALL_BACK_END,
    // Product management leads his related careers, but the quiz cannot see product
    // discovery, so it is never "ready now" (at best "close, plus: ...").
    related_first: &["product-manager"],
    related_may: &["product-manager"],
    related_never_ready: ALL_RELATED,
};
