//! Home: find a hall by searching its name or by drilling down through regions.

use hall_model::{RegionSummary, Route};
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
                    view! { <PopularItems/><RegionChooser/> }.into_any()
                } else {
                    view! { <SearchResults query=q/> }.into_any()
                }
            }}
        </section>
    }
}

/// What a reader typed into index.html's search box before the app arrived.
struct SkeletonSearch {
    text: String,
    focused: bool,
}

thread_local! {
    static SKELETON_SEARCH: std::cell::RefCell<Option<SkeletonSearch>> = const { std::cell::RefCell::new(None) };
}

/// Keeps what was typed into the static skeleton's search box (index.html) before the app
/// replaces it, for [`HallSearchForm`] to carry on with. Search already pressed: the app
/// starts on the results, one history entry after the empty home page, as if it had been
/// there all along. Call just before mounting.
pub fn keep_skeleton_search() {
    use wasm_bindgen::JsCast;
    let Some(input) = document().get_element_by_id("hall-search").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return;
    };
    let focused = document().active_element().is_some_and(|active| &active == input.unchecked_ref::<web_sys::Element>());
    let text = input.value();
    let submitted = document().get_element_by_id("skeleton-search").is_some_and(|form| form.has_attribute("data-submitted"));
    if submitted && !text.trim().is_empty() {
        let path = Route::Home { query: text.clone() }.path();
        let _ = window().history().and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)));
    }
    if focused || !text.is_empty() {
        SKELETON_SEARCH.with(|kept| *kept.borrow_mut() = Some(SkeletonSearch { text, focused }));
    }
}

#[component]
fn HallSearchForm(query: Memo<String>) -> impl IntoView {
    let navigator = use_navigator();
    // What the user typed stays in the box whatever happens to the search, including what
    // they typed before the app arrived (keep_skeleton_search).
    let typed = SKELETON_SEARCH.with(|kept| kept.borrow_mut().take());
    let initial = query.get_untracked();
    let text = RwSignal::new(match &typed {
        Some(typed) if initial.is_empty() => typed.text.clone(),
        _ => initial,
    });
    if typed.is_some_and(|t| t.focused) {
        // Back into the box, the caret after the text, to type on.
        request_animation_frame(|| {
            if let Some(input) = document().get_element_by_id("hall-search").and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(e).ok()) {
                let _ = input.focus();
                let end = input.value().encode_utf16().count() as u32;
                let _ = input.set_selection_range(end, end);
            }
        });
    }
    Effect::new(move |previous: Option<()>| {
        let query = query.get();
        if previous.is_some() {
            text.set(query);
        }
    });
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

/// The most common items (热门事项), each opening its guide with the halls that handle it.
#[component]
fn PopularItems() -> impl IntoView {
    let items = ApiResource::new(|| ApiRequest::items("", 8));
    view! {
        <section class="popular-items" aria-labelledby="popular-heading">
            <h2 id="popular-heading">{tr("home-popular-heading")}</h2>
            {move || match items.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || items.refetch()/> }.into_any(),
                Some(Ok(list)) => view! { <ItemLinks items=list.items/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn ItemLinks(items: Vec<hall_model::ItemSummary>) -> impl IntoView {
    view! {
        <ul class="item-links">
            {items.into_iter().map(|item| {
                let href = Route::Item { code: item.code.clone(), answers: Default::default() }.path();
                view! { <li><a href=href lang=crate::i18n::lang_attr(item.lang)>{item.name}</a></li> }
            }).collect_view()}
        </ul>
    }
}

/// What a search finds: the items whose name matches (any language, or pinyin), then the
/// halls.
#[component]
fn SearchResults(query: String) -> impl IntoView {
    let query_for_fetch = query.clone();
    let items_query = query.clone();
    let results = ApiResource::new(move || ApiRequest::halls(&HallSearch { text: query_for_fetch.clone(), limit: 50, ..Default::default() }));
    let items = ApiResource::new(move || ApiRequest::items(&items_query, 20));
    let nothing = move || matches!(results.get(), Some(Ok(list)) if list.halls.is_empty()) && matches!(items.get(), Some(Ok(list)) if list.items.is_empty());
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{move || t_args("home-results-heading", &[("query", query.clone().into())])}</h2>
            <Show when=nothing>
                <p class="empty">{tr("home-results-none")}</p>
            </Show>
            {move || match items.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || items.refetch()/> }.into_any(),
                Some(Ok(list)) if list.items.is_empty() => ().into_any(),
                Some(Ok(list)) => {
                    let total = list.total;
                    view! {
                        <Found kind="items" heading=Signal::derive(tr("home-items-heading"))
                            count=Signal::derive(move || t_args("home-items-count", &[("count", total.into())]))>
                            <ItemLinks items=list.items/>
                        </Found>
                    }.into_any()
                }
            }}
            {move || match results.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || results.refetch()/> }.into_any(),
                Some(Ok(list)) if list.halls.is_empty() => ().into_any(),
                Some(Ok(list)) => {
                    let total = list.total;
                    view! {
                        <Found kind="halls" heading=Signal::derive(tr("home-halls-heading"))
                            count=Signal::derive(move || t_args("home-results-count", &[("count", total.into())]))>
                            <ul class="card-list">
                                {list.halls.into_iter().map(|hall| view! { <HallCard hall/> }).collect_view()}
                            </ul>
                        </Found>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// One kind of search result (`items`, `halls`): its heading, how many were found, the list.
#[component]
fn Found(kind: &'static str, heading: Signal<String>, count: Signal<String>, children: Children) -> impl IntoView {
    let heading_id = format!("{kind}-heading");
    view! {
        <section class=format!("found-{kind}") aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{heading}</h3>
            <p class="result-count">{count}</p>
            {children()}
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
