use crate::components::use_catalog;
use crate::core::salary::{city, national};
use leptos::prelude::*;

/// Picks one of the seed's ten cities (or the US average) and shows the Back End
/// Developer figure there and its difference from the US average, in rounded dollars and
/// percent ("$38K (24%) less than the US average of $158,330").
#[component]
pub fn CityPicker(city_id: RwSignal<Option<String>>) -> impl IntoView {
    let catalog = use_catalog();
    let options = catalog
        .salaries
        .cities
        .iter()
        .map(|c| {
            let id = c.id.clone();
            let selected = move || city_id.read().as_deref() == Some(id.as_str());
            view! {
                <option value=c.id.clone() selected=selected>
                    {c.name.clone()}
                </option>
            }
        })
        .collect_view();
    let us = national(catalog);
    let figure = move || match city_id.get().and_then(|id| city(catalog, &id)) {
        Some(c) => view! {
            <p>
                "In " {c.name} ", a " {c.role_title} " makes about "
                <strong class="city-amount">{c.amount.display()}</strong> " a year: "
                <span class="city-diff">{c.gap}</span> " (" {c.source.name} ")."
            </p>
        }
        .into_any(),
        None => view! {
            <p>
                "Across the US, a " {us.role_title.clone()} " makes on average "
                <strong class="city-amount">{us.amount.display()}</strong> " a year ("
                {us.source.name.clone()} ")."
            </p>
        }
        .into_any(),
    };
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        city_id.set((!value.is_empty()).then_some(value));
    };
    view! {
        <div class="city-picker">
            <label for="city-select">"Back End Developer pay in"</label>
            <select id="city-select" on:change=on_change>
                <option value="" selected=move || city_id.read().is_none()>
                    "US average"
                </option>
                {options}
            </select>
            <div class="city-figure" aria-live="polite">{figure}</div>
        </div>
    }
}
