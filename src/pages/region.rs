//! A region: its sub-regions to drill down into, and the halls inside it.

use hall_model::{RegionView, Route};
use leptos::prelude::*;

use crate::api::{ApiRequest, ApiResource, FailedPage, HallSearch};
use crate::components::{Breadcrumbs, Crumb, HallCard, LoadError, Loading, set_page_title};
use crate::i18n::{t, t_args, tr};
use crate::pages::home::RegionLinks;

/// Halls per page of the region's list.
const PAGE_SIZE: u32 = 20;

#[component]
pub fn RegionPage(code: String) -> impl IntoView {
    let region_code = code.clone();
    let view_resource = ApiResource::new(move || ApiRequest::regions(Some(&region_code)));
    // The tab says which page failed, as the error's heading does.
    let heading = Memo::new(move |_| match view_resource.get() {
        Some(Ok(view)) => view.region.map(|r| r.name).unwrap_or_default(),
        Some(Err(_)) => t(FailedPage::Region.title_id()),
        None => String::new(),
    });
    set_page_title(move || heading.get());
    view! {
        <section class="page region">
            {move || match view_resource.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || view_resource.refetch() page=FailedPage::Region/> }.into_any(),
                Some(Ok(view)) => view! { <RegionContent view code=code.clone()/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn RegionContent(view: RegionView, code: String) -> impl IntoView {
    let crumbs = view.ancestors.iter().map(|r| Crumb { label: r.name.clone(), href: Route::Region { code: r.code.clone() }.path() }).collect();
    let name = view.region.as_ref().map(|r| r.name.clone()).unwrap_or_default();
    let children = view.children;
    let has_children = !children.is_empty();
    view! {
        <Breadcrumbs crumbs/>
        <h1>{name}</h1>
        {has_children.then(|| view! {
            <section aria-labelledby="subregions-heading">
                <h2 id="subregions-heading">{tr("region-subregions-heading")}</h2>
                <RegionLinks regions=children/>
            </section>
        })}
        <RegionHalls code/>
    }
}

#[component]
fn RegionHalls(code: String) -> impl IntoView {
    let page = RwSignal::new(0u32);
    let halls = ApiResource::new(move || {
        ApiRequest::halls(&HallSearch { region: Some(code.clone()), offset: page.get() * PAGE_SIZE, limit: PAGE_SIZE, ..Default::default() })
    });
    view! {
        <section aria-labelledby="region-halls-heading">
            <h2 id="region-halls-heading">{tr("region-halls-heading")}</h2>
            {move || match halls.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || halls.refetch()/> }.into_any(),
                Some(Ok(list)) if list.total == 0 => view! { <p class="empty">{tr("region-halls-none")}</p> }.into_any(),
                Some(Ok(list)) => {
                    let (from, to, total) = (list.offset + 1, list.offset + list.halls.len() as u32, list.total);
                    let has_previous = list.offset > 0;
                    let has_next = to < total;
                    view! {
                        <p class="result-count">{move || t_args("region-halls-range", &[("from", from.into()), ("to", to.into()), ("total", total.into())])}</p>
                        <ul class="card-list">
                            {list.halls.into_iter().map(|hall| view! { <HallCard hall/> }).collect_view()}
                        </ul>
                        <div class="pager">
                            {has_previous.then(|| view! {
                                <button type="button" class="button secondary" on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>
                                    {tr("app-previous-page")}
                                </button>
                            })}
                            {has_next.then(|| view! {
                                <button type="button" class="button secondary" on:click=move |_| page.update(|p| *p += 1)>
                                    {tr("app-next-page")}
                                </button>
                            })}
                        </div>
                    }.into_any()
                }
            }}
        </section>
    }
}
