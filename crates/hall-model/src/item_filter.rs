//! Filtering a hall's items by text, category, online availability and on-the-spot.
//!
//! The server applies it to `GET /api/v1/halls/{code}/items` and the app applies the very
//! same function to filter instantly on the device, so both always agree.

use crate::query_string;
use crate::{ItemCategory, ItemSummary};

/// What a citizen typed and ticked to narrow a hall's item list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ItemFilter {
    /// Free text; every whitespace-separated term must occur in the name, department or code.
    pub text: String,
    pub category: Option<ItemCategory>,
    /// Only items that can be applied for online.
    pub online_only: bool,
    /// Only items done on the spot.
    pub on_the_spot_only: bool,
}

/// A query parameter that could not be understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterParamError {
    pub field: &'static str,
    pub message: String,
}

/// What the text filter searches in: name, department and code, lower-cased.
fn searchable_text(item: &ItemSummary) -> String {
    format!("{}\n{}\n{}", item.name, item.department, item.code).to_lowercase()
}

/// A hall's items with their searchable text prepared once, for filtering as the reader
/// types (a provincial hall lists 1,500).
#[derive(Debug, Clone, Default)]
pub struct ItemIndex {
    pub items: Vec<ItemSummary>,
    haystacks: Vec<String>,
}

impl ItemIndex {
    pub fn new(items: Vec<ItemSummary>) -> Self {
        let haystacks = items.iter().map(searchable_text).collect();
        ItemIndex { items, haystacks }
    }
}

impl ItemFilter {
    /// The names of the query parameters, shared by the API and the app's URLs.
    pub const TEXT: &'static str = "q";
    pub const CATEGORY: &'static str = "category";
    pub const ONLINE: &'static str = "online";
    pub const ON_THE_SPOT: &'static str = "on_the_spot";

    pub fn is_empty(&self) -> bool {
        self == &ItemFilter::default()
    }

    pub fn matches(&self, item: &ItemSummary) -> bool {
        if !self.flags_match(item) {
            return false;
        }
        let terms = self.terms();
        terms.is_empty() || Self::text_matches(&terms, &searchable_text(item))
    }

    /// The words of the text filter, lower-cased: an item must contain every one.
    fn terms(&self) -> Vec<String> {
        self.text.split_whitespace().map(str::to_lowercase).collect()
    }

    fn text_matches(terms: &[String], haystack: &str) -> bool {
        terms.iter().all(|term| haystack.contains(term.as_str()))
    }

    fn flags_match(&self, item: &ItemSummary) -> bool {
        self.category.is_none_or(|c| c == item.category) && (!self.online_only || item.online) && (!self.on_the_spot_only || item.on_the_spot)
    }

    /// The positions of the matching items in `index`, in their original order: what
    /// [`ItemFilter::matches`] says of each, without lower-casing every item per keystroke.
    pub fn matching(&self, index: &ItemIndex) -> Vec<usize> {
        let terms = self.terms();
        (0..index.items.len()).filter(|&i| self.flags_match(&index.items[i]) && (terms.is_empty() || Self::text_matches(&terms, &index.haystacks[i]))).collect()
    }

    /// The matching items, in their original order.
    pub fn apply<'a>(&self, items: &'a [ItemSummary]) -> Vec<&'a ItemSummary> {
        items.iter().filter(|item| self.matches(item)).collect()
    }

    /// Reads the filter from decoded query pairs. Unknown parameters are ignored; a known
    /// one with a value that means nothing is an error naming the parameter.
    pub fn from_query_pairs(pairs: &[(String, String)]) -> Result<ItemFilter, FilterParamError> {
        let mut filter = ItemFilter::default();
        for (key, value) in pairs {
            match key.as_str() {
                Self::TEXT => filter.text = value.trim().to_owned(),
                Self::CATEGORY if value.is_empty() => filter.category = None,
                Self::CATEGORY => {
                    filter.category = Some(
                        ItemCategory::parse(value).ok_or_else(|| FilterParamError { field: Self::CATEGORY, message: format!("unknown category {value:?}") })?,
                    )
                }
                Self::ONLINE => filter.online_only = parse_flag(Self::ONLINE, value)?,
                Self::ON_THE_SPOT => filter.on_the_spot_only = parse_flag(Self::ON_THE_SPOT, value)?,
                _ => {}
            }
        }
        Ok(filter)
    }

    /// The filter as query pairs, leaving out everything at its default.
    pub fn to_query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.text.trim().is_empty() {
            pairs.push((Self::TEXT, self.text.trim().to_owned()));
        }
        if let Some(category) = self.category {
            pairs.push((Self::CATEGORY, category.as_str().to_owned()));
        }
        if self.online_only {
            pairs.push((Self::ONLINE, "1".to_owned()));
        }
        if self.on_the_spot_only {
            pairs.push((Self::ON_THE_SPOT, "1".to_owned()));
        }
        pairs
    }

    /// `?q=…&category=…`, or the empty string for an empty filter.
    pub fn to_query(&self) -> String {
        query_string::build(&self.to_query_pairs())
    }
}

fn parse_flag(field: &'static str, value: &str) -> Result<bool, FilterParamError> {
    match value {
        "1" | "true" => Ok(true),
        "" | "0" | "false" => Ok(false),
        other => Err(FilterParamError { field, message: format!("expected true or false, got {other:?}") }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ItemKind, Lang};

    fn item(code: &str, name: &str, department: &str, category: ItemCategory, online: bool, on_the_spot: bool) -> ItemSummary {
        ItemSummary {
            code: code.to_owned(),
            name: name.to_owned(),
            department: department.to_owned(),
            kind: ItemKind::PublicService,
            category,
            promised_limit_days: if on_the_spot { 0 } else { 5 },
            on_the_spot,
            online,
            lang: Lang::ZhCn,
        }
    }

    fn items() -> Vec<ItemSummary> {
        vec![
            item("330000001001", "企业设立登记", "市场监督管理局", ItemCategory::Business, true, false),
            item("330000002001", "居民身份证换领", "公安局", ItemCategory::Identity, false, false),
            item("330000003001", "社会保障卡申领", "人力资源和社会保障局", ItemCategory::SocialSecurity, true, true),
            item("330000004001", "Marriage registration", "Civil Affairs Bureau", ItemCategory::Family, false, true),
        ]
    }

    fn codes(filter: &ItemFilter) -> Vec<String> {
        filter.apply(&items()).iter().map(|i| i.code[6..9].to_owned()).collect()
    }

    #[test]
    fn filters_narrow_the_list_as_a_citizen_expects() {
        let table: Vec<(ItemFilter, Vec<&str>)> = vec![
            (ItemFilter::default(), vec!["001", "002", "003", "004"]),
            (ItemFilter { text: "登记".into(), ..Default::default() }, vec!["001"]),
            (ItemFilter { text: "公安".into(), ..Default::default() }, vec!["002"]),
            (ItemFilter { text: "  MARRIAGE  ".into(), ..Default::default() }, vec!["004"]),
            (ItemFilter { text: "marriage civil".into(), ..Default::default() }, vec!["004"]),
            (ItemFilter { text: "marriage business".into(), ..Default::default() }, vec![]),
            (ItemFilter { text: "330000003".into(), ..Default::default() }, vec!["003"]),
            (ItemFilter { category: Some(ItemCategory::Identity), ..Default::default() }, vec!["002"]),
            (ItemFilter { online_only: true, ..Default::default() }, vec!["001", "003"]),
            (ItemFilter { on_the_spot_only: true, ..Default::default() }, vec!["003", "004"]),
            (ItemFilter { online_only: true, on_the_spot_only: true, ..Default::default() }, vec!["003"]),
            (ItemFilter { text: "社会".into(), category: Some(ItemCategory::Business), ..Default::default() }, vec![]),
        ];
        let index = ItemIndex::new(items());
        for (filter, expected) in table {
            assert_eq!(codes(&filter), expected, "{filter:?}");
            // The prepared index (what the app uses as the reader types) agrees.
            let indexed: Vec<String> = filter.matching(&index).iter().map(|&i| index.items[i].code[6..9].to_owned()).collect();
            assert_eq!(indexed, expected, "indexed {filter:?}");
        }
    }

    #[test]
    fn query_round_trips_and_bad_values_name_their_parameter() {
        let filter = ItemFilter { text: "身份证 换领".into(), category: Some(ItemCategory::SocialSecurity), online_only: true, on_the_spot_only: true };
        let pairs = crate::query_string::parse(&filter.to_query());
        assert_eq!(ItemFilter::from_query_pairs(&pairs), Ok(filter));
        assert_eq!(ItemFilter::default().to_query(), "");

        let bad = |k: &str, v: &str| ItemFilter::from_query_pairs(&[(k.to_owned(), v.to_owned())]).unwrap_err().field;
        assert_eq!(bad("category", "pets"), "category");
        assert_eq!(bad("online", "yes"), "online");
        assert_eq!(bad("on_the_spot", "2"), "on_the_spot");
        assert!(ItemFilter::from_query_pairs(&[("utm_source".into(), "sms".into())]).unwrap().is_empty());
    }
}
