//! The halls that handle an item: nearest to the hall of the link, or to the region the
//! reader looked at last, first — and, when the reader asks, by distance from where they
//! are, each with how far it is. Each link opens the item's checklist at that hall with
//! the answers given so far.

use hall_model::Route;
use leptos::prelude::*;

use crate::api::{ApiRequest, ApiResource, HallSearch};
use crate::components::{LoadError, Loading};
use crate::i18n::{t, t_args, tr};
use crate::nearby::{self, NoPosition};
use crate::use_route;

/// Where asking the browser for the reader's position stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Locating {
    Idle,
    Asking,
    Found,
    Failed(NoPosition),
}

#[component]
pub fn OfferingHalls(item: String, near: Option<String>) -> impl IntoView {
    let route = use_route();
    let near = near.or_else(nearby::last_region);
    let position = RwSignal::new(None::<String>);
    let locating = RwSignal::new(Locating::Idle);
    let search_item = item.clone();
    let halls = ApiResource::new(move || {
        ApiRequest::halls(&HallSearch { item: Some(search_item.clone()), near: near.clone(), at: position.get(), limit: 50, ..Default::default() })
    });
    let locate = move |_| {
        locating.set(Locating::Asking);
        nearby::locate(move |found| match found {
            Ok(at) => {
                position.set(Some(at));
                locating.set(Locating::Found);
            }
            Err(why) => locating.set(Locating::Failed(why)),
        });
    };
    let status = move || match locating.get() {
        Locating::Idle => None,
        Locating::Asking => Some(t("offering-locating")),
        Locating::Found => Some(t("offering-by-distance")),
        Locating::Failed(NoPosition::Refused) => Some(t("offering-location-refused")),
        Locating::Failed(NoPosition::Unavailable) => Some(t("offering-location-unavailable")),
    };
    view! {
        <section class="offering" aria-labelledby="offering-heading">
            <h2 id="offering-heading">{tr("item-offered-at-heading")}</h2>
            <div class="nearby-bar no-print">
                <button type="button" class="button secondary" on:click=locate
                    disabled=move || locating.get() == Locating::Asking>{tr("offering-near-me")}</button>
                <p class="nearby-status" role="status">{status}</p>
            </div>
            {move || match halls.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || halls.refetch()/> }.into_any(),
                Some(Ok(list)) if list.halls.is_empty() => view! { <p>{tr("item-offered-nowhere")}</p> }.into_any(),
                Some(Ok(list)) => {
                    let answers = match route.get_untracked() {
                        Route::HallItem { answers, .. } | Route::Item { answers, .. } => answers,
                        _ => Default::default(),
                    };
                    view! {
                        <ul class="card-list offering-halls">
                            {list.halls.into_iter().map(|hall| {
                                let href = Route::HallItem { hall: hall.code.clone(), item: item.clone(), answers: answers.clone() }.path();
                                let distance = hall.distance_m.map(distance_text);
                                view! {
                                    <li class="card" lang=crate::i18n::lang_attr(hall.lang)>
                                        <a class="card-link" href=href>{hall.name}</a>
                                        <p class="card-address">{hall.address}</p>
                                        {distance.map(|d| view! { <p class="card-meta distance">{d}</p> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// `约 800 米`, `约 2.3 公里`, `约 1,050 公里`: metres to the nearest hundred under a
/// kilometre, then tenths of a kilometre under ten, then whole kilometres.
fn distance_text(metres: u32) -> String {
    if metres < 950 {
        let hundreds = ((metres + 50) / 100 * 100).max(100);
        t_args("offering-distance-m", &[("metres", hundreds.into())])
    } else if metres < 9_950 {
        let mut km = fluent_bundle::types::FluentNumber::from((f64::from(metres) / 100.0).round() / 10.0);
        km.options.minimum_fraction_digits = Some(1);
        t_args("offering-distance-km", &[("km", fluent_bundle::FluentValue::Number(km))])
    } else {
        t_args("offering-distance-km", &[("km", (f64::from(metres) / 1000.0).round().into())])
    }
}
