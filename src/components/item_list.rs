//! A hall's items, filtered instantly on the device with [`hall_model::ItemFilter`].

use std::collections::HashMap;

use hall_model::{ItemCategory, ItemFilter, ItemIndex, ItemSummary, Lang, Route};
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
        let mut labels = CardLabels::default();
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

/// The words on the cards' tags, looked up once per drawing of the list, not once per card.
#[derive(Default)]
struct CardLabels {
    categories: HashMap<ItemCategory, String>,
    days: HashMap<u32, String>,
    on_the_spot: Option<String>,
    online: Option<String>,
}

/// Appends one item's card: its name as a link to its guide, its department, and tags for
/// category, time limit and online service. Item text from the API is escaped; `lang`
/// marks text not in the page's language (the dataset may lack a translation).
fn push_card(html: &mut String, item: &ItemSummary, href: &str, page_lang: Lang, labels: &mut CardLabels) {
    let lang_attr = if item.lang != page_lang { format!(" lang=\"{}\"", item.lang.tag()) } else { String::new() };
    html.push_str("<li class=\"card item-card\"><a class=\"card-link\" href=\"");
    push_escaped(html, href);
    html.push('"');
    html.push_str(&lang_attr);
    html.push_str("><span class=\"card-title\">");
    push_escaped(html, &item.name);
    html.push_str("</span></a><p class=\"card-meta\"");
    html.push_str(&lang_attr);
    html.push('>');
    push_escaped(html, &item.department);
    html.push_str("</p><ul class=\"tags\"><li class=\"tag\">");
    push_escaped(html, labels.categories.entry(item.category).or_insert_with(|| category_name(item.category)));
    if item.on_the_spot {
        html.push_str("</li><li class=\"tag tag-good\">");
        push_escaped(html, labels.on_the_spot.get_or_insert_with(|| t("item-on-the-spot")));
    } else {
        html.push_str("</li><li class=\"tag\">");
        let days = item.promised_limit_days;
        push_escaped(html, labels.days.entry(days).or_insert_with(|| t_args("item-promised-days", &[("days", days.into())])));
    }
    if item.online {
        html.push_str("</li><li class=\"tag tag-good\">");
        push_escaped(html, labels.online.get_or_insert_with(|| t("item-online")));
    }
    html.push_str("</li></ul></li>");
}

/// Appends `text` as HTML text or a double-quoted attribute value: nothing in it can open
/// a tag, end an attribute or start an entity.
fn push_escaped(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            c => html.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::push_escaped;

    #[test]
    fn escaped_text_cannot_open_a_tag_or_end_an_attribute() {
        let mut html = String::new();
        push_escaped(&mut html, r#"<img src=x onerror="alert('1')"> & 营业执照"#);
        assert_eq!(html, "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; 营业执照");
    }
}
