//! Choosing a day, then a time with places left: an accessible list of days (not only a
//! calendar grid), each saying whether it is open and how many places are left.

use hall_model::{Date, HallSlots};
use leptos::prelude::*;

use crate::api::ApiResource;
use crate::components::{LoadError, Loading};
use crate::i18n::{t, t_args, text_dir};
use crate::pages::hall::weekday_name;

// Composed dates and times read in the reader's order in every language: Fluent isolates
// each part in right-to-left text (`hall_text::settle_isolates` makes a composition's own
// isolate right to left there), and the element that shows one sets `dir` to the page's
// direction (`text_dir`), so it never takes its direction from the first digit it holds.

/// A span of time as the reader's language writes it: "09:00–09:30", never broken over
/// two lines.
pub fn time_range(start: &str, end: &str) -> String {
    hall_model::display::unbreakable(&t_args("time-range", &[("start", start.to_owned().into()), ("end", end.to_owned().into())]))
}

/// A day and a time (or a span of time): "10月8日（周四） 09:00".
pub fn date_at_time(date: Date, time: &str) -> String {
    t_args("date-at-time", &[("date", day_label(date).into()), ("time", time.to_owned().into())])
}

/// An appointment's day and span of time: "10月8日（周四） 09:00–09:30".
pub fn date_and_range(date: Date, start: &str, end: &str) -> String {
    date_at_time(date, &time_range(start, end))
}

/// A composed date or time, in an element of the page's direction (see above).
#[component]
pub fn When(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! { <span class="when" dir=text_dir()>{move || text.get()}</span> }
}

/// "10月8日（周四）" / "Thursday 8 October".
pub fn day_label(date: Date) -> String {
    let (_, month, day) = date.ymd();
    t_args("date-day", &[("month", month.into()), ("day", day.into()), ("weekday", weekday_name(date.weekday()).into())])
}

#[component]
pub fn SlotPicker(
    slots: ApiResource<HallSlots>,
    /// The chosen day; `None` shows the list of days.
    date: RwSignal<Option<Date>>,
    #[prop(into)] on_pick: Callback<(Date, String)>,
    /// The heading of what is shown (the days, or a day's times), for the page to move
    /// focus to.
    #[prop(optional)]
    heading: NodeRef<leptos::html::H2>,
) -> impl IntoView {
    move || match slots.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(failure)) => view! { <LoadError failure retry=move || slots.refetch()/> }.into_any(),
        Some(Ok(all)) => match date.get().and_then(|d| all.days.iter().find(|day| day.date == d).cloned()) {
            None => view! {
                <h2 class="step-heading" node_ref=heading>{move || t("slots-choose-day")}</h2>
                <ul class="day-list">
                    {all.days.iter().map(|day| {
                        let places: u32 = day.slots.iter().map(|s| s.remaining).sum();
                        let d = day.date;
                        let status = match (day.open, day.holiday, places) {
                            _ if day.unpublished => t_args("slots-day-unpublished", &[("year", day.date.ymd().0.to_string().into())]),
                            (false, true, _) => t("slots-day-holiday"),
                            (false, false, _) => t("slots-day-closed"),
                            (true, _, 0) => t("slots-day-full"),
                            (true, _, n) => t_args("slots-day-places", &[("count", n.into())]),
                        };
                        let bookable = day.open && places > 0;
                        view! {
                            <li>
                                <button type="button" class="day-choice" class:closed=!bookable disabled=!bookable
                                    data-date=d.to_string() on:click=move |_| date.set(Some(d))>
                                    <strong dir=text_dir()>{day_label(d)}</strong>
                                    <span class="day-status">{status}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any(),
            Some(day) => {
                let d = day.date;
                view! {
                    <h2 class="step-heading" node_ref=heading>{t_args("slots-choose-time", &[("day", day_label(d).into())])}</h2>
                    <ul class="time-list">
                        {day.slots.iter().map(|slot| {
                            let start = slot.start.clone();
                            let full = slot.remaining == 0;
                            let places = if full { t("slots-time-full") } else { t_args("slots-time-places", &[("count", slot.remaining.into())]) };
                            view! {
                                <li>
                                    <button type="button" class="time-choice" disabled=full data-start=slot.start.clone()
                                        on:click=move |_| on_pick.run((d, start.clone()))>
                                        <strong class="time-range" dir=text_dir()>{time_range(&slot.start, &slot.end)}</strong>
                                        <span class="day-status">{places}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <button type="button" class="link-button" on:click=move |_| date.set(None)>{t("slots-other-day")}</button>
                }
                .into_any()
            }
        },
    }
}
