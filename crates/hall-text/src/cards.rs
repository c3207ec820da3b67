//! A hall's item cards as one HTML string: the app writes its list this way (one parse by
//! the browser is several times faster on a cheap phone than building each card from
//! wasm, src/components/item_list.rs), and the server's rendered hall page writes the same.

use std::collections::HashMap;

use fluent_bundle::FluentValue;
use hall_model::{ItemCategory, ItemSummary, Lang};

/// Formats a message with its variables in the page's language.
pub type Say<'a> = &'a dyn Fn(&'static str, &[(&'static str, FluentValue<'static>)]) -> String;

/// The words on the cards' tags, looked up once per drawing of the list, not once per card.
pub struct CardLabels<'a> {
    say: Say<'a>,
    categories: HashMap<ItemCategory, String>,
    days: HashMap<u32, String>,
    on_the_spot: Option<String>,
    online: Option<String>,
}

impl<'a> CardLabels<'a> {
    pub fn new(say: Say<'a>) -> Self {
        CardLabels { say, categories: HashMap::new(), days: HashMap::new(), on_the_spot: None, online: None }
    }
}

/// Appends one item's card: its name as a link to its guide, its department, and tags for
/// category, time limit and online service. Item text from the API is escaped; `lang`
/// marks text not in the page's language (the dataset may lack a translation).
pub fn push_card(html: &mut String, item: &ItemSummary, href: &str, page_lang: Lang, labels: &mut CardLabels<'_>) {
    let say = labels.say;
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
    push_escaped(html, labels.categories.entry(item.category).or_insert_with(|| say(crate::labels::category(item.category), &[])));
    if item.on_the_spot {
        html.push_str("</li><li class=\"tag tag-good\">");
        push_escaped(html, labels.on_the_spot.get_or_insert_with(|| say("item-on-the-spot", &[])));
    } else {
        html.push_str("</li><li class=\"tag\">");
        let days = item.promised_limit_days;
        push_escaped(html, labels.days.entry(days).or_insert_with(|| say("item-promised-days", &[("days", days.into())])));
    }
    if item.online {
        html.push_str("</li><li class=\"tag tag-good\">");
        push_escaped(html, labels.online.get_or_insert_with(|| say("item-online", &[])));
    }
    html.push_str("</li></ul></li>");
}

/// Appends `text` as HTML text or a double-quoted attribute value: nothing in it can open
/// a tag, end an attribute or start an entity.
pub fn push_escaped(html: &mut String, text: &str) {
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
