//! A hall's items, filtered instantly on the device with [`hall_model::ItemFilter`].

use hall_model::{ItemCategory, ItemFilter, ItemIndex, ItemSummary, Route};
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

/// How many matching items are put on the page at first: about six screens of a phone. The
/// largest halls list 1,500, and every keystroke in the filter rebuilds the cards shown, so
/// fewer cards keep typing smooth on a cheap phone (bench/filter.sh). The rest is one tap
/// away.
pub const FIRST_ITEMS_SHOWN: usize = 30;

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
    // Searchable text prepared once; then positions of the matching items, not copies: a
    // keystroke in a 1,500-item hall must not clone 1,500 items to show a few of them.
    let index = StoredValue::new(ItemIndex::new(items));
    let matching = Memo::new(move |_| {
        let filter = filter.get();
        index.with_value(|index| filter.matching(index))
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
        matching.with(|m| index.with_value(|index| m.iter().take(limit).map(|&i| index.items[i].clone()).collect::<Vec<_>>()))
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
                        // Plain values, not reactive closures: a language switch fetches the
                        // list again and builds new cards, and typing in the filter builds
                        // cards by the dozen, so each must be cheap.
                        let lang_attr = (item.lang != i18n.lang.get_untracked()).then(|| item.lang.tag());
                        let category = category_name(item.category);
                        let days = item.promised_limit_days;
                        view! {
                            <li class="card item-card">
                                <a class="card-link" href=href lang=lang_attr>
                                    <span class="card-title">{item.name}</span>
                                </a>
                                <p class="card-meta" lang=lang_attr>{item.department}</p>
                                <ul class="tags">
                                    <li class="tag">{category}</li>
                                    {if item.on_the_spot {
                                        view! { <li class="tag tag-good">{t("item-on-the-spot")}</li> }.into_any()
                                    } else {
                                        view! { <li class="tag">{t_args("item-promised-days", &[("days", days.into())])}</li> }.into_any()
                                    }}
                                    {item.online.then(|| view! { <li class="tag tag-good">{t("item-online")}</li> })}
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
