use leptos::prelude::*;

/// A table of A beside B: a first column naming the row, A, B and the difference. It sits
/// in a region keyboard users can focus, to scroll it sideways on a narrow screen.
#[component]
pub fn CompareTable(
    /// The table's CSS class.
    class: &'static str,
    /// What the scrollable region holds, for screen readers.
    label: &'static str,
    caption: &'static str,
    /// The heading of the first column (what each row is).
    first: &'static str,
    /// The heading of the difference column.
    difference: &'static str,
    /// The <tr> rows.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
            <table class=class>
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        <th scope="col">"A"</th>
                        <th scope="col">"B"</th>
                        <th scope="col">{difference}</th>
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
