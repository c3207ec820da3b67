//! The hall and item pages as HTML, rendered by the server for a deep link's first visit:
//! readable before the app's wasm arrives, and with no script at all.
//!
//! The invariant (ARCHITECTURE.md, "Pages rendered by the server"): what these pages say
//! comes from the same places as the app's — the API's answer, hall-model's walk, checklist
//! and fee, the same Fluent files and crates/hall-text's labels — and their markup is the
//! app's (src/pages/item.rs, src/pages/hall.rs): the same elements and classes in the same
//! order, so the app's page, drawn over this one, lands on the same pixels. The end-to-end
//! test tests/e2e/server-render.test.mjs holds both to it for every demo item's answers.

mod hall;
mod item;

use std::collections::HashMap;

use fluent_bundle::{FluentBundle, FluentResource, FluentValue};
use hall_model::Lang;

pub use hall::hall_page;
pub use item::{answered_by_form, item_page};

include!(concat!(env!("OUT_DIR"), "/fluent_files.rs"));

thread_local! {
    // A bundle is not `Sync`: each worker thread parses its own once.
    static BUNDLES: HashMap<Lang, FluentBundle<FluentResource>> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let sources = FLUENT_FILES.iter().filter(|(tag, _)| *tag == lang.tag()).map(|(_, text)| (*text).to_owned());
            (lang, hall_text::bundle(lang, sources, None))
        })
        .collect();
}

/// The page's words in one language.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    pub lang: Lang,
}

impl Words {
    pub fn t(&self, id: &'static str) -> String {
        self.format(id, None)
    }

    pub fn t_args(&self, id: &'static str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        self.format(id, Some(&hall_text::args(args)))
    }

    fn format(&self, id: &str, args: Option<&fluent_bundle::FluentArgs>) -> String {
        BUNDLES.with(|bundles| {
            let mut chain = vec![&bundles[&self.lang]];
            if self.lang != Lang::REFERENCE {
                chain.push(&bundles[&Lang::REFERENCE]);
            }
            hall_text::format_first(&chain, id, args, |_, _| {})
        })
    }

    /// ` lang="…"` for text in `content`'s language when it is not the page's, as the app's
    /// `i18n::lang_attr`.
    pub fn lang_attr(&self, content: Lang) -> String {
        if content == self.lang { String::new() } else { format!(" lang=\"{}\"", content.tag()) }
    }

    /// "Monday–Friday 09:00–12:00", as the app's `opening_line`.
    pub fn opening_line(&self, span: &hall_model::OpeningHours) -> String {
        let days: Vec<String> = hall_model::display::weekday_spans(&span.weekdays)
            .into_iter()
            .map(|(from, to)| {
                let name = |day| self.t(hall_text::labels::weekday(day));
                if from == to { name(from) } else { self.t_args("hall-weekday-range", &[("from", name(from).into()), ("to", name(to).into())]) }
            })
            .collect();
        self.t_args(
            "hall-opening-span",
            &[("days", days.join(&self.t("hall-list-separator")).into()), ("open", span.open.clone().into()), ("close", span.close.clone().into())],
        )
    }
}

/// `text` safe as HTML text and inside a double-quoted attribute.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    hall_text::cards::push_escaped(&mut out, text);
    out
}

/// The breadcrumbs, as the app's `Breadcrumbs`.
fn breadcrumbs(words: Words, crumbs: &[(String, String)]) -> String {
    let mut html = format!(
        "<nav class=\"breadcrumbs\" aria-label=\"{}\"><ol><li><a href=\"/\">{}</a></li>",
        esc(&words.t("app-breadcrumbs-label")),
        esc(&words.t("app-home"))
    );
    for (label, href) in crumbs {
        html.push_str(&format!("<li><a href=\"{}\">{}</a></li>", esc(href), esc(label)));
    }
    html.push_str("</ol></nav>");
    html
}

/// The footer, as the app's.
pub fn footer(words: Words) -> String {
    format!(
        "<footer class=\"site-footer\"><p class=\"demo-notice\">{}</p><p>{}</p><p><a href=\"/about\">{}</a></p></footer>",
        esc(&words.t("app-demo-notice")),
        esc(&words.t("app-hotline-notice")),
        esc(&words.t("app-about"))
    )
}
