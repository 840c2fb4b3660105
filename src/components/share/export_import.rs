use crate::browser;
use crate::components::{use_catalog, use_own_result, use_saved_state};
use crate::core::export::{self, ImportError, Imported, FILE_NAME, MAX_IMPORT_BYTES, MEDIA_TYPE};
use crate::store;
use leptos::html::{Button, Input};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where an import stands.
#[derive(Clone)]
enum Import {
    Idle,
    /// A valid file, waiting for the person to confirm replacing their answers.
    Confirm(Imported),
    Done(String),
    /// Needs attention: a file refused, or answers imported but kept only for this tab.
    Alert(String),
}

/// Export the stored answers as a JSON file, and import such a file again. A bad file
/// gets a clear message and changes nothing; a good one replaces the stored answers only
/// after the person confirms (when they have answers to lose). `on_imported` runs after
/// the stored answers were replaced, so the page can show them.
#[component]
pub fn ExportImport(on_imported: Callback<()>) -> impl IntoView {
    let catalog = use_catalog();
    // Whether the details start open; the actions below read storage when they run (the
    // city may have changed on the page since).
    let has_answers = use_own_result().with_untracked(Option::is_some);
    let saved_state = use_saved_state();
    let export_status = RwSignal::new(String::new());
    let import = RwSignal::new(Import::Idle);
    let file_input = NodeRef::<Input>::new();

    let on_export = move |_| {
        let message = match store::load_result(catalog) {
            None => "You have no answers to export yet: take the quiz first.",
            Some(r) => {
                let text = export::export_mode(catalog, &r.answers, r.city.as_deref(), r.mode);
                if browser::download(FILE_NAME, MEDIA_TYPE, &text) {
                    concat!(
                        "Your answers were saved as ",
                        export::file_name!(),
                        " (see your downloads)."
                    )
                } else {
                    "Your browser didn't let us save the file. Nothing was changed."
                }
            }
        };
        export_status.set(message.into());
    };

    let apply = move |imported: Imported| {
        let quiz = imported.quiz(catalog);
        // Each one tried: what storage refuses is still kept for the tab (`store`).
        let quiz_saved = store::save_quiz(&quiz, catalog);
        let city_saved = store::save_city(imported.result.city.as_deref());
        let mode_saved = store::save_mode(imported.result.mode);
        // The job aimed for was picked for the answers replaced; the file names none.
        let target_saved = store::save_target(None);
        // The header's links and any offer of the own result follow the import.
        saved_state.changed();
        on_imported.run(());
        import.set(
            match quiz_saved.and(city_saved).and(mode_saved).and(target_saved) {
                Ok(()) => Import::Done(imported.summary()),
                Err(e) => Import::Alert(format!("{} {}", imported.summary(), e.message())),
            },
        );
    };

    let on_file = {
        move |_| {
            let Some(input) = file_input.get_untracked() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Cleared, so choosing the same file again is noticed too.
            input.set_value("");
            // Checked before reading: reading a huge file would freeze the tab.
            if file.size() > MAX_IMPORT_BYTES as f64 {
                import.set(Import::Alert(ImportError::TooLarge.message().into()));
                return;
            }
            spawn_local(async move {
                let Some(text) = browser::file_text(&file).await else {
                    import.set(Import::Alert(
                        "This file couldn't be read. Nothing was changed.".into(),
                    ));
                    return;
                };
                match export::import(catalog, &text) {
                    Err(e) => import.set(Import::Alert(e.message().into())),
                    Ok(imported) if store::load_result(catalog).is_some() => {
                        import.set(Import::Confirm(imported))
                    }
                    Ok(imported) => apply(imported),
                }
            });
        }
    };

    view! {
        <section class="export-import" aria-labelledby="export-import-title">
            <h2 id="export-import-title">"Keep or move your answers"</h2>
            // Folded under a result (detail there), open on the empty page (the way in).
            <details class="export-import-detail" open=!has_answers>
                <summary>"Export or import your answers as a file"</summary>
                <p>
                    "Save your answers as a file to keep them, or to open them in another \
                    browser or on another device."
                </p>
                <p class="actions">
                    <button type="button" class="button" on:click=on_export>
                        "Export answers"
                    </button>
                </p>
                <label for="import-file">"Import answers from a file"</label>
                <input
                    id="import-file"
                    class="import-file"
                    type="file"
                    accept="application/json,.json"
                    node_ref=file_input
                    on:change=on_file
                />
            </details>
            // Outside the disclosure: what happened is always seen and heard.
            <p class="export-status" role="status">{move || export_status.get()}</p>
            {move || import_message(import, apply)}
        </section>
    }
}

fn import_message(import: RwSignal<Import>, apply: impl Fn(Imported) + Clone + 'static) -> AnyView {
    match import.get() {
        Import::Idle => ().into_any(),
        Import::Done(message) => view! { <ImportOutcome message alert=false /> }.into_any(),
        Import::Alert(message) => view! { <ImportOutcome message alert=true /> }.into_any(),
        Import::Confirm(imported) => view! { <ConfirmReplace imported import apply /> }.into_any(),
    }
}

/// What an import did. When the question's buttons took focus with them (gone with the
/// question), focus comes here rather than to the page's start.
#[component]
fn ImportOutcome(message: String, alert: bool) -> impl IntoView {
    let outcome = NodeRef::<leptos::html::P>::new();
    Effect::new(move || {
        let lost = document()
            .active_element()
            .is_none_or(|active| active.tag_name() == "BODY");
        if let (Some(p), true) = (outcome.get(), lost) {
            let _ = p.focus();
        }
    });
    let (class, role) = if alert {
        ("notice notice-error", "alert")
    } else {
        ("notice", "status")
    };
    view! { <p class=class role=role tabindex="-1" node_ref=outcome>{message}</p> }
}

/// Asks before the file's answers replace the ones already stored.
#[component]
fn ConfirmReplace(
    imported: Imported,
    import: RwSignal<Import>,
    apply: impl Fn(Imported) + Clone + 'static,
) -> impl IntoView {
    let replace = NodeRef::<Button>::new();
    // Move focus to the question, so keyboard and screen-reader users meet it.
    Effect::new(move || {
        if let Some(button) = replace.get() {
            let _ = button.focus();
        }
    });
    let skills = imported.skills();
    view! {
        <div class="notice import-confirm" role="group" aria-labelledby="import-confirm-text">
            <p id="import-confirm-text">
                {format!(
                    "Replace your current answers? This browser already holds answers of yours. \
                     Importing replaces them with the file's answers for {skills}."
                )}
            </p>
            <p class="actions">
                <button
                    type="button"
                    class="button button-primary"
                    node_ref=replace
                    on:click=move |_| apply(imported.clone())
                >
                    "Replace my answers"
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        import.set(Import::Done("Import cancelled. Nothing was changed.".into()))
                    }
                >
                    "Keep my answers"
                </button>
            </p>
        </div>
    }
}
