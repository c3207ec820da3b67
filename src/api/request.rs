//! What a page can read from the API, typed by its answer: the only code that builds the
//! paths and query parameters of reads.

use std::marker::PhantomData;

use hall_model::{Hall, HallItems, HallLevel, HallList, HallSlots, ItemGuide, ItemList, Lang, RegionView, query_string};

/// One API request: its path under the base URL and its query, typed by what it answers.
/// Only the constructors below build them, so read URLs are made in this file alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiRequest<T> {
    pub(super) path: String,
    pub(super) params: Vec<(&'static str, String)>,
    /// The content's language when it is not the page's (a reply composed for a caller).
    pub(super) lang: Option<Lang>,
    answer: PhantomData<fn() -> T>,
}

/// The filter of the hall list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HallSearch {
    pub region: Option<String>,
    pub level: Option<HallLevel>,
    pub text: String,
    /// Only halls that offer this item.
    pub item: Option<String>,
    /// The nearest halls to this region first (same county, prefecture, province).
    pub near: Option<String>,
    /// The reader's position, rounded (`30.27,120.13`): the nearest halls first, by distance.
    pub at: Option<String>,
    pub offset: u32,
    pub limit: u32,
}

impl<T> ApiRequest<T> {
    /// The same request, for content in `lang` whatever the page's language.
    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.lang = Some(lang);
        self
    }

    fn new(path: String, params: Vec<(&'static str, String)>) -> Self {
        ApiRequest { path, params, lang: None, answer: PhantomData }
    }
}

impl ApiRequest<RegionView> {
    /// The provinces, or a region with its ancestors and children.
    pub fn regions(code: Option<&str>) -> Self {
        match code {
            None => ApiRequest::new("/regions".to_owned(), Vec::new()),
            Some(code) => ApiRequest::new(format!("/regions/{}", query_string::encode(code)), Vec::new()),
        }
    }
}

impl ApiRequest<HallList> {
    pub fn halls(search: &HallSearch) -> Self {
        let mut params = Vec::new();
        if let Some(region) = &search.region {
            params.push(("region", region.clone()));
        }
        if let Some(level) = search.level {
            params.push(("level", level.as_str().to_owned()));
        }
        if !search.text.trim().is_empty() {
            params.push(("q", search.text.trim().to_owned()));
        }
        if let Some(item) = &search.item {
            params.push(("item", item.clone()));
        }
        if let Some(near) = &search.near {
            params.push(("near", near.clone()));
        }
        if let Some(at) = &search.at {
            params.push(("at", at.clone()));
        }
        if search.offset > 0 {
            params.push(("offset", search.offset.to_string()));
        }
        if search.limit > 0 {
            params.push(("limit", search.limit.to_string()));
        }
        ApiRequest::new("/halls".to_owned(), params)
    }
}

impl ApiRequest<ItemList> {
    /// Items found by name (any language, or pinyin) anywhere in the catalogue; with no
    /// text, the most common ones.
    pub fn items(text: &str, limit: u32) -> Self {
        let mut params = vec![("limit", limit.to_string())];
        if !text.trim().is_empty() {
            params.push(("q", text.trim().to_owned()));
        }
        ApiRequest::new("/items".to_owned(), params)
    }
}

impl ApiRequest<Hall> {
    pub fn hall(code: &str) -> Self {
        ApiRequest::new(format!("/halls/{}", query_string::encode(code)), Vec::new())
    }
}

impl ApiRequest<HallItems> {
    /// Every item of the hall; the app filters them on the device.
    pub fn hall_items(code: &str) -> Self {
        ApiRequest::new(format!("/halls/{}/items", query_string::encode(code)), Vec::new())
    }
}

impl ApiRequest<HallSlots> {
    /// The bookable days of an item at a hall, with places left.
    pub fn slots(hall: &str, item: &str) -> Self {
        ApiRequest::new(format!("/halls/{}/slots", query_string::encode(hall)), vec![("item", item.to_owned())])
    }
}

impl ApiRequest<ItemGuide> {
    /// An item's guide, at a hall (with its windows and booking) or in general.
    pub fn item_guide(hall: Option<&str>, item: &str) -> Self {
        let path = match hall {
            Some(hall) => format!("/halls/{}/items/{}", query_string::encode(hall), query_string::encode(item)),
            None => format!("/items/{}", query_string::encode(item)),
        };
        ApiRequest::new(path, Vec::new())
    }
}
