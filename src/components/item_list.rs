//! A hall's items, filtered instantly on the device with [`hall_model::ItemFilter`].

use hall_model::{ItemCategory, ItemFilter, ItemSummary, Route};
use leptos::prelude::*;

use crate::i18n::{t, t_args, tr, use_i18n};

pub fn category_name(category: ItemCategory) -> String {
    match category {
        ItemCategory::Business => t("category-business"),
        ItemCategory::Identity => t("category-identity"),
        ItemCategory::Family => t("category-family"),
        ItemCategory::SocialSecurity => t("category-social-security"),
        ItemCategory::Medical => t("category-medical"),
        ItemCategory::Housing => t("category-housing"),
        ItemCategory::Transport => t("category-transport"),
        ItemCategory::Construction => t("category-construction"),
        ItemCategory::Health => t("category-health"),
        ItemCategory::Employment => t("category-employment"),
        ItemCategory::Travel => t("category-travel"),
        ItemCategory::CivilAffairs => t("category-civil-affairs"),
    }
}

/// How many matching items are put on the page at first. A cheap phone builds 60 cards
/// quickly; the largest halls list 1,500, which would make every keystroke in the filter
/// rebuild hundreds of them. The rest is one tap away.
pub const FIRST_ITEMS_SHOWN: usize = 60;

/// The items of hall `hall_code` that pass `filter`, with a live count for screen readers.
#[component]
pub fn ItemList(
    hall_code: String,
    items: Vec<ItemSummary>,
    #[prop(into)] filter: Signal<ItemFilter>,
    #[prop(into)] on_clear: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let total = items.len();
    let hall_code = StoredValue::new(hall_code);
    let items = StoredValue::new(items);
    // Positions of the matching items, not copies: a keystroke in a 1,500-item hall must
    // not clone 1,500 items only to put 60 of them on the page.
    let matching = Memo::new(move |_| {
        let filter = filter.get();
        items.with_value(|items| (0..items.len()).filter(|&i| filter.matches(&items[i])).collect::<Vec<usize>>())
    });
    let show_all = RwSignal::new(false);
    // A new filter starts short again: typing must stay fast even after "show all".
    Effect::new(move |previous: Option<()>| {
        filter.track();
        if previous.is_some() {
            show_all.set(false);
        }
    });
    let visible = Memo::new(move |_| {
        let limit = if show_all.get() { usize::MAX } else { FIRST_ITEMS_SHOWN };
        matching.with(|m| items.with_value(|items| m.iter().take(limit).map(|&i| items[i].clone()).collect::<Vec<_>>()))
    });
    let hidden = move || matching.with(Vec::len).saturating_sub(visible.with(Vec::len));
    let count_line = move || {
        let shown = matching.with(Vec::len);
        if shown == total {
            t_args("hall-items-count-all", &[("count", total.into())])
        } else {
            t_args("hall-items-count-filtered", &[("shown", shown.into()), ("total", total.into())])
        }
    };
    view! {
        <p class="result-count" role="status" aria-live="polite">{count_line}</p>
        <Show
            when=move || matching.with(|v| !v.is_empty())
            fallback=move || view! {
                <div class="empty">
                    <p>{tr("hall-items-none")}</p>
                    <button type="button" class="button secondary" on:click=move |_| on_clear.run(())>
                        {tr("hall-filter-clear")}
                    </button>
                </div>
            }
        >
            <ul class="item-list">
                <For each=move || visible.get() key=|item| item.code.clone() let:item>
                    {
                        let href = Route::HallItem { hall: hall_code.get_value(), item: item.code.clone(), answers: Default::default() }.path();
                        let content_lang = item.lang;
                        let lang_attr = move || (content_lang != i18n.lang.get()).then(|| content_lang.tag());
                        let category = item.category;
                        let days = item.promised_limit_days;
                        view! {
                            <li class="card item-card">
                                <a class="card-link" href=href lang=lang_attr>
                                    <span class="card-title">{item.name}</span>
                                </a>
                                <p class="card-meta" lang=lang_attr>{item.department}</p>
                                <ul class="tags">
                                    <li class="tag">{move || category_name(category)}</li>
                                    {if item.on_the_spot {
                                        view! { <li class="tag tag-good">{tr("item-on-the-spot")}</li> }.into_any()
                                    } else {
                                        view! { <li class="tag">{move || t_args("item-promised-days", &[("days", days.into())])}</li> }.into_any()
                                    }}
                                    {item.online.then(|| view! { <li class="tag tag-good">{tr("item-online")}</li> })}
                                </ul>
                            </li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || { hidden() > 0 }>
                <button type="button" class="button secondary show-all" on:click=move |_| show_all.set(true)>
                    {move || t_args("hall-items-show-all", &[("count", matching.with(Vec::len).into())])}
                </button>
            </Show>
        </Show>
    }
}
