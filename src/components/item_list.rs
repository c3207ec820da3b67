//! A hall's items, filtered instantly on the device with [`hall_model::ItemFilter`].

use fluent_bundle::FluentValue;
use hall_model::{ItemCategory, ItemFilter, ItemIndex, ItemSummary, Route};
use hall_text::cards::{CardLabels, push_card};
use leptos::prelude::*;

use crate::i18n::{t, t_args, tr, use_i18n};

pub fn category_name(category: ItemCategory) -> String {
    t(hall_text::labels::category(category))
}

/// How many matching items are put on the page at first: about six screens of a phone. The
/// largest halls list 1,500; the rest is one tap away.
pub const FIRST_ITEMS_SHOWN: usize = 30;

/// The items of hall `hall_code` that pass `filter`, with a live count for screen readers.
///
/// The cards are plain markup with no behaviour of their own (a card is a link, followed by
/// the app's navigator like any other), so the list is written as one HTML string and
/// handed to the browser's parser in one call: on a cheap phone that is several times
/// faster than building each card's elements from wasm, and the filter redraws up to 30
/// cards on every keystroke (bench/filter.sh).
#[component]
pub fn ItemList(hall_code: String, items: Vec<ItemSummary>, #[prop(into)] filter: Signal<ItemFilter>, #[prop(into)] on_clear: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let total = items.len();
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
    let shown = Memo::new(move |_| if show_all.get() { matching.with(Vec::len) } else { matching.with(Vec::len).min(FIRST_ITEMS_SHOWN) });
    let cards = Memo::new(move |_| {
        // The list is fetched again in a new language, which builds a new ItemList.
        let page_lang = i18n.lang.get_untracked();
        let say = |id: &'static str, args: &[(&'static str, FluentValue<'static>)]| if args.is_empty() { t(id) } else { t_args(id, args) };
        let mut labels = CardLabels::new(&say);
        let mut html = String::new();
        matching.with(|m| {
            index.with_value(|index| {
                for &i in m.iter().take(shown.get()) {
                    let item = &index.items[i];
                    let href = hall_code_route(&hall_code, &item.code);
                    push_card(&mut html, item, &href, page_lang, &mut labels);
                }
            })
        });
        html
    });
    let hidden = move || matching.with(Vec::len).saturating_sub(shown.get());
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
            <ul class="item-list" inner_html=cards></ul>
            <Show when=move || { hidden() > 0 }>
                <button type="button" class="button secondary show-all" on:click=move |_| show_all.set(true)>
                    {move || t_args("hall-items-show-all", &[("count", matching.with(Vec::len).into())])}
                </button>
            </Show>
        </Show>
    }
}

fn hall_code_route(hall: &str, item: &str) -> String {
    Route::HallItem { hall: hall.to_owned(), item: item.to_owned(), answers: Default::default() }.path()
}
