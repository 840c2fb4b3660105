//! A page whose code is a piece of the wasm of its own (src/pages/pieces.rs,
//! docs/wasm-split.md): downloaded when one of its pages is first opened. Until it has
//! arrived the page's static copy stays up (first_paint::waits_for), or, on a page opened
//! from another, a loading note shows; if the download fails, a message says so with a
//! Retry button, as for the data (with_catalog.rs).

use crate::first_paint::waits_for;
use futures::FutureExt;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;

/// Downloads a page's piece (the `preload` of its split point); resolves at once when it
/// is already there, and in builds without the split.
pub type LoadPiece = fn() -> Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

/// Builds the page from its piece; resolves at once once `LoadPiece` has resolved.
pub type BuildPage =
    Box<dyn Fn() -> Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>>>>>;

#[derive(Clone, Copy, PartialEq)]
enum Piece {
    Loading,
    Loaded,
    Failed,
}

/// The page `build` makes, once `load` has brought its code.
pub fn piece_page(load: LoadPiece, build: BuildPage) -> AnyView {
    let piece = RwSignal::new(Piece::Loading);
    let build = StoredValue::new_local(build);
    let fetch = move || {
        let task = async move {
            let loaded = load().await.is_ok();
            piece.set(if loaded { Piece::Loaded } else { Piece::Failed });
        };
        // Here already (an earlier visit of the family, a build without the split): the
        // page builds in this render, as any other page.
        let mut task = Box::pin(waits_for(task));
        if (&mut task).now_or_never().is_none() {
            spawn_local(task);
        }
    };
    fetch();
    let retry = move |_| {
        piece.set(Piece::Loading);
        fetch();
    };
    (move || match piece.get() {
        Piece::Loading => {
            view! { <p class="loading" role="status">"Loading this page…"</p> }.into_any()
        }
        // Resolves at once: the piece is loaded (a failure here would be a bug, not the network).
        Piece::Loaded => build
            .with_value(|build| build().now_or_never())
            .and_then(Result::ok)
            .into_any(),
        Piece::Failed => view! {
            <section class="notice notice-error" role="alert" aria-labelledby="piece-failed">
                <h1 id="piece-failed">"This page didn't load"</h1>
                <p>"Part of the app that this page needs could not be downloaded. Check that you are online, then retry."</p>
                <p>"Your saved answers are safe: they stay in this browser."</p>
                <button type="button" class="button" on:click=retry>
                    "Retry"
                </button>
            </section>
        }
        .into_any(),
    })
    .into_any()
}
