//! The first page builds in parts, one browser task each, so no single task blocks input
//! for long (Lighthouse counts every task over 50 ms as blocking time): V8 compiles each
//! wasm function on its first call, on the main thread, which makes the first render slow.
//! The first screen builds with the page; each `<Deferred>` part follows in a task of its
//! own, in page order. The static first paint stays up until every part of the first
//! screen is built (hand_over.rs); parts marked `below_fold` (the results' sections under
//! the summary) may follow after it, so a shared result's verdict shows without waiting
//! for them. Once the app is on screen, parts build at once: later pages render within a
//! frame, and splitting them would only add style and layout work between the parts.

use super::hand_over::static_copy_shown;
use super::tasks::next_task;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;

/// Counts the parts asked for and the parts built, app-wide.
#[derive(Clone, Copy)]
pub(super) struct DeferredQueue {
    asked: RwSignal<u32>,
    built: RwSignal<u32>,
    /// The place of the last part the first screen needs (not `below_fold`).
    first_screen: RwSignal<u32>,
    /// Downloads the first screen waits for (a page's piece of the wasm: [`waits_for`]).
    waiting: RwSignal<u32>,
}

impl DeferredQueue {
    /// Whether every part asked for so far has been built.
    pub(super) fn done(&self) -> bool {
        self.waiting.get() == 0 && self.built.get() >= self.asked.get()
    }

    /// Whether every part of the first screen asked for so far has been built (parts are
    /// built in the order they were asked for).
    pub(super) fn first_screen_built(&self) -> bool {
        self.waiting.get() == 0 && self.built.get() >= self.first_screen.get()
    }

    /// A place in the queue; a worker builds one part per task until all are built.
    fn join(&self, below_fold: bool) -> u32 {
        // All built means no worker is running: it stops in the same task as it builds the
        // last part, with no await in between.
        let idle = self.built.get_untracked() == self.asked.get_untracked();
        self.asked.update(|n| *n += 1);
        if !below_fold {
            self.first_screen.set(self.asked.get_untracked());
        }
        if idle {
            let queue = *self;
            spawn_local(async move {
                while queue.built.get_untracked() < queue.asked.get_untracked() {
                    next_task().await;
                    queue.built.update(|n| *n += 1);
                }
            });
        }
        self.asked.get_untracked()
    }
}

/// The queue's context: provided by [`super::hand_over_when_ready`] in the app, or
/// directly by a test mounting a piece that holds `<Deferred>` parts.
pub fn provide_deferred_queue() {
    provide_context(DeferredQueue {
        asked: RwSignal::new(0),
        built: RwSignal::new(0),
        first_screen: RwSignal::new(0),
        waiting: RwSignal::new(0),
    });
}

/// `task`, during which the static copy stays up if it still shows (it is not complete
/// without what `task` brings: a page's piece of the wasm, components/piece_page.rs). Call
/// it where the context is (while rendering); without the queue (a wasm UI test mounting a
/// part on its own) it is `task` itself.
pub fn waits_for<T>(task: impl Future<Output = T>) -> impl Future<Output = T> {
    let queue = use_context::<DeferredQueue>().filter(|_| static_copy_shown());
    if let Some(queue) = queue {
        queue.waiting.update(|n| *n += 1);
    }
    async move {
        let out = task.await;
        if let Some(queue) = queue {
            queue.waiting.update(|n| *n -= 1);
        }
        out
    }
}

pub(super) fn use_deferred_queue() -> DeferredQueue {
    expect_context::<DeferredQueue>()
}

/// Builds its children in a later task than the rest of the first page, or at once on
/// later pages (see the module notes). `below_fold`: the static copy may give way before
/// this part is built (below the first screen on a phone; on a tall screen it appears
/// within moments, below what shows, so nothing moves).
#[component]
pub fn Deferred(children: Children, #[prop(optional)] below_fold: bool) -> AnyView {
    if !static_copy_shown() {
        return children();
    }
    let queue = use_deferred_queue();
    let place = queue.join(below_fold);
    let due = Memo::new(move |_| queue.built.get() >= place);
    // `due` turns true once, so the children are built once.
    let children = StoredValue::new_local(Some(children));
    (move || {
        due.get()
            .then(|| children.try_update_value(Option::take).flatten())
            .flatten()
            .map(|build| build())
    })
    .into_any()
}
