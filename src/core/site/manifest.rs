//! The site manifest: every page the build writes, as JSON for the post-build steps
//! (`examples/site_manifest.rs` prints it; docs/site-manifest.md describes the fields).
//! Native only: the app reads the constants, never this JSON.

use super::routes;
use super::{full_title, landing, role_description, static_copy, PageText, APP_NAME};
use crate::core::catalog::{
    Catalog, DataFile, QuestionText, DATA_DIR, FILES, QUIZ_FILES, ROLES_FILES,
};
use crate::core::example::EXAMPLE_CODE;
use serde_json::{json, Value};

/// The link-preview image the build makes (scripts/preview-image.mjs), at the site's root.
pub const PREVIEW_IMAGE: &str = "link-preview.png";
pub const PREVIEW_WIDTH: u32 = 1200;
pub const PREVIEW_HEIGHT: u32 = 630;

/// What a page paints before the wasm arrives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FirstPaint {
    /// The landing page: markup written from Rust ([`landing::html`]).
    Landing,
    /// The start of the page as the app renders it (the elements `select` matches) at
    /// `visit`, then a loading note; one variant per kind of address when there are several.
    Start(Vec<StartVariant>),
    /// The whole `<main>` as the app renders it for a first-time visitor.
    Whole,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartVariant {
    /// `data-boot-variant`'s value (`shared`/`own`), or `None` for a page's only variant.
    pub name: Option<&'static str>,
    pub visit: String,
    pub select: &'static str,
    pub text: PageText,
}

/// One page the build writes (a route copy of index.html, or index.html itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub route: String,
    pub title: String,
    pub description: String,
    /// The data files it loads (so its HTML preloads them), in the order of `FILES`.
    pub data: &'static [&'static str],
    pub first_paint: FirstPaint,
    /// Whether a preview may name this page's address as its own (`og:url`): not for pages
    /// whose meaning lives in the fragment (a shared result, a comparison), which a crawler
    /// never sees.
    pub canonical: bool,
}

fn page(
    route: &str,
    text: PageText,
    data: &'static [&'static str],
    first_paint: FirstPaint,
) -> Page {
    Page {
        route: route.to_string(),
        title: full_title(text.title),
        description: text.description.to_string(),
        data,
        first_paint,
        canonical: true,
    }
}

fn start(visit: &str, text: PageText) -> StartVariant {
    StartVariant {
        name: None,
        visit: visit.to_string(),
        select: "main h1",
        text,
    }
}

/// Every page of the app, the landing page first (role pages from the catalog's roles).
pub fn pages(catalog: &Catalog) -> Vec<Page> {
    let quiz_data = &FILES[..QUIZ_FILES];
    let roles_data = &FILES[..ROLES_FILES];
    let results = FirstPaint::Start(vec![
        // A shared link (/results#CODE) is what gets previewed: its title comes first.
        StartVariant {
            name: Some(super::boot_script::SHARED_VARIANT),
            visit: landing::example_path(),
            select: "main h1, main .shared-banner",
            text: super::SHARED_RESULT,
        },
        StartVariant {
            name: Some("own"),
            ..start(routes::RESULTS, super::OWN_RESULTS)
        },
    ]);
    let mut pages = vec![
        page(routes::HOME, super::LANDING, &[], FirstPaint::Landing),
        page(
            routes::QUIZ,
            super::QUIZ,
            quiz_data,
            FirstPaint::Start(vec![start(routes::QUIZ, super::QUIZ)]),
        ),
        page(
            routes::QUICK,
            super::QUICK,
            quiz_data,
            FirstPaint::Start(vec![start(routes::QUICK, super::QUICK)]),
        ),
        Page {
            canonical: false,
            ..page(routes::RESULTS, super::SHARED_RESULT, &FILES, results)
        },
        Page {
            canonical: false,
            ..page(
                routes::COMPARE,
                super::COMPARE,
                roles_data,
                FirstPaint::Whole,
            )
        },
        page(routes::ROLES, super::ROLES, roles_data, FirstPaint::Whole),
    ];
    pages.extend(catalog.roles.iter().map(|role| Page {
        route: routes::role(&role.id),
        title: full_title(&role.title),
        description: role_description(&role.summary),
        data: &FILES,
        first_paint: FirstPaint::Whole,
        canonical: true,
    }));
    pages
}

fn page_json(page: &Page) -> Value {
    let first_paint = match &page.first_paint {
        FirstPaint::Landing => json!({ "kind": "landing" }),
        FirstPaint::Whole => json!({ "kind": "whole" }),
        FirstPaint::Start(variants) => json!({
            "kind": "start",
            "variants": variants.iter().map(|v| json!({
                "name": v.name,
                "visit": v.visit,
                "select": v.select,
                "title": full_title(v.text.title),
            })).collect::<Vec<_>>(),
        }),
    };
    json!({
        "route": page.route,
        "title": page.title,
        "description": page.description,
        "data": page.data,
        "first_paint": first_paint,
        "canonical": page.canonical,
        "starts_when_idle": routes::starts_when_idle(&page.route),
        "piece": routes::piece(&routes::route_of(&page.route)),
    })
}

/// The rules that ship every question's words in the file
/// [`texts_file`](crate::core::catalog::Question::texts_file) names
/// (its skill's, or the retired questions'), in the order the files first appear in
/// `questions.json`, each file's questions in that order.
/// `retired`: the file holds the retired questions' words (the size report leaves it out).
fn question_texts_apart(catalog: &Catalog) -> Vec<Value> {
    let mut files: Vec<(String, bool, Vec<&str>)> = Vec::new();
    for question in &catalog.questions {
        let file = question.texts_file();
        match files.iter_mut().find(|(name, _, _)| *name == file) {
            Some((_, _, ids)) => ids.push(&question.id),
            None => files.push((file, question.is_retired(), vec![&question.id])),
        }
    }
    let rule = |(into, retired, ids): (String, bool, Vec<&str>)| {
        let file = DataFile::QuestionTexts.name();
        json!({ "file": file, "list": "questions", "ids": ids, "into": into, "retired": retired })
    };
    files.into_iter().map(rule).collect()
}

/// The whole manifest as JSON.
pub fn manifest(catalog: &Catalog) -> Value {
    json!({
        "app": { "name": APP_NAME },
        // Where the data files are served from, and the service worker's file.
        "data_dir": DATA_DIR,
        "service_worker": super::SERVICE_WORKER,
        "pages": pages(catalog).iter().map(page_json).collect::<Vec<_>>(),
        "not_found": {
            "title": full_title(super::NOT_FOUND.title),
            "description": super::NOT_FOUND.description,
        },
        "static_copy": {
            "boot_id": static_copy::BOOT_ID,
            "main_start": static_copy::MAIN_START,
            "main_end": static_copy::MAIN_END,
            "loading_class": static_copy::LOADING_CLASS,
            "loading_note": static_copy::loading_note(),
        },
        "landing": { "html": landing::html() },
        "header": { "html": super::header::html() },
        "footer": { "html": super::footer::html() },
        "boot_script": super::boot_script::script(),
        // Fields of a list's entries the build drops from the files it ships
        // (scripts/compact-data.mjs): the browser never reads them.
        "unshipped_fields": [{
            "file": DataFile::QuestionTexts.name(),
            "list": "questions",
            "fields": QuestionText::AUTHORING_FIELDS,
        }],
        // Entries of a list the build ships in files of their own (compact-data.mjs; a
        // file left empty is not shipped): the questions' words, by skill, and the retired
        // questions' apart, which only results from before they retired show.
        "shipped_apart": question_texts_apart(catalog),
        "preview_image": {
            "file": PREVIEW_IMAGE,
            "width": PREVIEW_WIDTH,
            "height": PREVIEW_HEIGHT,
            "alt": format!("{APP_NAME}: {}", landing::HEADING),
            "name": APP_NAME,
            "heading": landing::HEADING,
            "lead": landing::LEAD,
        },
        // Share codes the build must never write into a page's head (the tests check the
        // built pages against it too).
        "example_code": EXAMPLE_CODE,
    })
}

#[cfg(test)]
mod tests;
