//! Question texts mark code with backticks (`total`); show those parts as code.

use leptos::prelude::*;

/// The text with every `backticked` part in a <code> element.
pub fn with_inline_code(text: &str) -> impl IntoView {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            let part = part.to_string();
            // Odd parts sit between a pair of backticks.
            if i % 2 == 1 {
                view! { <code>{part}</code> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}
