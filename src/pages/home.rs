//! Home: find a hall by searching its name or by drilling down through regions.

use hall_model::{Route, RegionSummary};
use leptos::prelude::*;

use crate::api::{ApiRequest, ApiResource, HallSearch};
use crate::components::{HallCard, LoadError, Loading, set_page_title};
use crate::i18n::{t, t_args, tr};
use crate::navigation::{Navigation, use_navigator};
use crate::use_route;

#[component]
pub fn HomePage() -> impl IntoView {
    set_page_title(|| t("home-title"));
    let route = use_route();
    let query = Memo::new(move |_| match route.get() {
        Route::Home { query } => query,
        _ => String::new(),
    });
    view! {
        <section class="page home">
            <h1>{tr("home-title")}</h1>
            <p class="lead">{tr("home-intro")}</p>
            <HallSearchForm query/>
            {move || {
                let q = query.get();
                if q.trim().is_empty() {
                    view! { <RegionChooser/> }.into_any()
                } else {
                    view! { <HallSearchResults query=q/> }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn HallSearchForm(query: Memo<String>) -> impl IntoView {
    let navigator = use_navigator();
    // What the user typed stays in the box whatever happens to the search.
    let text = RwSignal::new(query.get_untracked());
    Effect::new(move |_| text.set(query.get()));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        navigator.go(&Route::Home { query: text.get_untracked() }.path(), Navigation::Push);
    };
    view! {
        <form class="search-form" role="search" on:submit=on_submit>
            <label for="hall-search">{tr("home-search-label")}</label>
            <div class="search-row">
                <input
                    id="hall-search"
                    type="search"
                    name="q"
                    autocomplete="off"
                    enterkeyhint="search"
                    maxlength="100"
                    placeholder=tr("home-search-placeholder")
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <button type="submit" class="button">{tr("home-search-button")}</button>
            </div>
        </form>
    }
}

#[component]
fn HallSearchResults(query: String) -> impl IntoView {
    let query_for_fetch = query.clone();
    let results = ApiResource::new(move || {
        ApiRequest::halls(&HallSearch { text: query_for_fetch.clone(), limit: 50, ..Default::default() })
    });
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{move || t_args("home-results-heading", &[("query", query.clone().into())])}</h2>
            {move || match results.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || results.refetch()/> }.into_any(),
                Some(Ok(list)) if list.halls.is_empty() => view! {
                    <p class="empty">{tr("home-results-none")}</p>
                }.into_any(),
                Some(Ok(list)) => {
                    let total = list.total;
                    view! {
                        <p class="result-count">{move || t_args("home-results-count", &[("count", total.into())])}</p>
                        <ul class="card-list">
                            {list.halls.into_iter().map(|hall| view! { <HallCard hall/> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn RegionChooser() -> impl IntoView {
    let provinces = ApiResource::new(|| ApiRequest::regions(None));
    view! {
        <section aria-labelledby="regions-heading">
            <h2 id="regions-heading">{tr("home-regions-heading")}</h2>
            {move || match provinces.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || provinces.refetch()/> }.into_any(),
                Some(Ok(view)) => view! { <RegionLinks regions=view.children/> }.into_any(),
            }}
        </section>
    }
}

/// Regions as large tap targets, each with how many halls it holds.
#[component]
pub fn RegionLinks(regions: Vec<RegionSummary>) -> impl IntoView {
    view! {
        <ul class="region-list">
            {regions
                .into_iter()
                .map(|region| {
                    let count = region.hall_count;
                    view! {
                        <li>
                            <a class="region-link" href=Route::Region { code: region.code.clone() }.path()>
                                <span>{region.name}</span>
                                <span class="count">{move || t_args("region-hall-count", &[("count", count.into())])}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
