//! Small components shared by pages.

mod breadcrumbs;
mod deferred;
mod footer;
pub mod hall_card;
mod header;
pub mod item_list;
mod load_error;
mod loading;
mod offering_halls;
mod page_title;
pub mod qr_code;
pub mod share;
pub mod slot_picker;

pub use breadcrumbs::{Breadcrumbs, Crumb};
pub use deferred::Deferred;
pub use footer::Footer;
pub use hall_card::HallCard;
pub use header::Header;
pub use item_list::ItemList;
pub use load_error::LoadError;
pub use loading::Loading;
pub use offering_halls::OfferingHalls;
pub use page_title::set_page_title;
pub use qr_code::QrCode;

/// After a form flags its fields: moves focus to the first flagged one, once the page shows
/// the errors. A screen reader then reads that field with its error (`aria-describedby`),
/// and a sighted reader sees where to start.
pub fn focus_first_invalid() {
    leptos::prelude::request_animation_frame(|| {
        let first = leptos::prelude::document().query_selector("main [aria-invalid=true]").ok().flatten();
        if let Some(field) = first.and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok()) {
            let _ = field.focus();
        }
    });
}
