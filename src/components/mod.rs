//! Small components shared by pages.

mod breadcrumbs;
mod footer;
pub mod hall_card;
mod header;
pub mod item_list;
mod load_error;
mod loading;
mod page_title;
pub mod qr_code;
pub mod share;
pub mod slot_picker;

pub use breadcrumbs::{Breadcrumbs, Crumb};
pub use footer::Footer;
pub use hall_card::HallCard;
pub use header::Header;
pub use item_list::ItemList;
pub use load_error::LoadError;
pub use loading::Loading;
pub use page_title::set_page_title;
pub use qr_code::QrCode;
