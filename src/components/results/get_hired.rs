use super::ExternalLink;
use crate::core::catalog::{Catalog, JobBoard, JobStep};
use crate::core::job_search::{BoardsFor, GetHired, Stage};
use crate::core::scoring::Readiness;
use crate::core::verdict::Voice;
use leptos::prelude::*;

/// "Next: get hired": the source article's job-search advice for one role
/// (`core::job_search` decides what and for whom). `readiness` is the person's, on the
/// results page; `None` on a role page, which speaks about the job rather than to them.
pub fn get_hired_section(
    catalog: &Catalog,
    content: &GetHired,
    readiness: Option<Readiness>,
    voice: Voice,
) -> impl IntoView {
    let title = &content.role.title;
    let shared = voice == Voice::Shared;
    let intro = match (readiness, shared) {
        (Some(Readiness::ReadyNow), false) => format!(
            "You're ready now for {title}. Here is where to look and what helps you get the job."
        ),
        (Some(Readiness::ReadyNow), true) => format!(
            "This person is ready now for {title}. Here is where to look and what helps get the job."
        ),
        (Some(_), false) => format!(
            "You're close to {title}. Keep going with the plan above, and start on these \
             alongside it."
        ),
        (Some(_), true) => format!(
            "This person is close to {title}: the plan above, and these alongside it."
        ),
        (None, _) => format!("Where to look for {title} jobs, and what helps you get one."),
    };
    // On the results the advice is detail behind a disclosure; a role page shows it open.
    let folded = readiness.is_some();
    let order_note = match content.stage {
        Stage::Junior => {
            "In the order that helps most when you're starting out: show your work first."
        }
        Stage::Senior => "In the order that helps most for an experienced developer: people first.",
    };
    let boards = boards_part(catalog, content);
    let steps = content
        .steps
        .iter()
        .map(|&step| step_item(step))
        .collect_view();
    let degrees = content.degrees.map(|text| {
        view! {
            <h3>"Degrees and bootcamps"</h3>
            <p>{text.to_string()}</p>
        }
    });
    view! {
        <section class="get-hired" aria-labelledby="get-hired-heading">
            <h2 id="get-hired-heading">"Next: get hired"</h2>
            <p>{intro} " Links open in a new tab."</p>
            <details class="get-hired-detail" open=!folded>
                <summary>"Job boards and what helps land the job"</summary>
                {boards}
                <h3>"What helps you land the job"</h3>
                <p>{order_note}</p>
                <ol class="job-steps">{steps}</ol>
                <h3>"Freelancing and contracting"</h3>
                <p>{content.freelance.to_string()}</p>
                {degrees}
            </details>
        </section>
    }
}

/// The job boards, introduced by why they are listed.
fn boards_part(catalog: &Catalog, content: &GetHired) -> impl IntoView {
    let lead = match content.boards_for {
        BoardsFor::Role => "Job boards for this job's language, named in the source article. They list full-time, part-time and freelance work.",
        BoardsFor::YourLanguages => "The source article names no job board for this job's own skills. Its job boards for the languages you know:",
        BoardsFor::AnyLanguage => "The source article names no job board for this job's own skills, but one for each of these languages: check the one for the language you want to be paid to code in.",
        BoardsFor::Nothing => "The source article's job boards are each for one programming language; none is for this job.",
    };
    let items = content
        .boards
        .iter()
        .map(|&board| board_item(catalog, board))
        .collect_view();
    let has_boards = !content.boards.is_empty();
    view! {
        <h3>"Job boards"</h3>
        <p>{lead}</p>
        {has_boards.then(|| view! { <ul class="job-boards">{items}</ul> })}
    }
}

fn board_item(catalog: &Catalog, board: &JobBoard) -> impl IntoView {
    let languages: Vec<&str> = board
        .skills
        .iter()
        .filter_map(|id| catalog.skill(id))
        .map(|s| s.name.as_str())
        .collect();
    let name = match &board.url {
        Some(url) => view! { <ExternalLink href=url.clone() text=board.name.clone() /> }.into_any(),
        None => view! { <strong>{board.name.clone()}</strong> }.into_any(),
    };
    let for_what = (!languages.is_empty()).then(|| format!(" ({})", languages.join(", ")));
    let note = board
        .note
        .clone()
        .map(|note| view! { <span class="board-note">{note}</span> });
    view! {
        <li>
            {name}
            {for_what}
            {note}
        </li>
    }
}

fn step_item(step: &JobStep) -> impl IntoView {
    view! {
        <li class="job-step">
            <h4>{step.title.clone()}</h4>
            <p>{step.text.clone()}</p>
            <p>
                <span class="label">"Free resource: "</span>
                <ExternalLink href=step.resource.url.clone() text=step.resource.title.clone() />
            </p>
        </li>
    }
}
