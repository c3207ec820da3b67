//! National search from memory: every hall's and item's search text (names in every
//! language and addresses, lower-cased; an item's pinyin whole and as initials; the code,
//! as `load.rs` writes it into `search_text`) with what a result shows, read once from the
//! catalogue and kept under the catalogue's generation, so a new seed is searched as soon
//! as it is noticed. A query matches what `LIKE '%word%'` on every word matched before
//! (each word a substring of the text, case folded the same way), in the same order: the
//! catalogue's order for halls (nearest region first with `near`), the most widely offered
//! first for items. 3,058 halls and 6,000 items are a few megabytes; a scan of every text
//! for a word is a few hundred microseconds, with no database round trip.

use hall_model::records::{HallRecord, ItemSummaryRecord};
use hall_model::{HallList, ItemList, Lang, LocalizedText};
use sqlx::Row;

use super::StoreError;
use super::catalogue::{HallQuery, MAX_ITEMS_FOUND, hall_summary};
use super::db::Pool;

pub struct SearchIndex {
    /// In the catalogue's order.
    halls: Vec<HallEntry>,
    /// Most widely offered first, then by code.
    items: Vec<ItemEntry>,
}

struct HallEntry {
    text: String,
    record: HallRecord,
    region_name: LocalizedText,
}

struct ItemEntry {
    text: String,
    summary: ItemSummaryRecord,
}

/// The words of a query, folded as the search texts are.
pub(super) fn words(text: &str) -> Vec<String> {
    text.to_lowercase().split_whitespace().map(str::to_owned).collect()
}

fn matches(text: &str, words: &[String]) -> bool {
    words.iter().all(|word| text.contains(word.as_str()))
}

impl SearchIndex {
    pub async fn build(db: &Pool) -> Result<SearchIndex, StoreError> {
        let rows =
            sqlx::query("SELECT h.search_text, h.summary, r.name AS region_name FROM halls h JOIN regions r ON r.code = h.region_code ORDER BY h.position")
                .fetch_all(db)
                .await?;
        let mut halls = Vec::with_capacity(rows.len());
        for row in rows {
            halls.push(HallEntry {
                text: row.try_get::<String, _>("search_text")?,
                record: serde_json::from_str(row.try_get::<&str, _>("summary")?)?,
                region_name: serde_json::from_str(row.try_get::<&str, _>("region_name")?)?,
            });
        }
        let rows = sqlx::query("SELECT search_text, summary FROM items ORDER BY hall_count DESC, code").fetch_all(db).await?;
        let mut items = Vec::with_capacity(rows.len());
        for row in rows {
            items.push(ItemEntry { text: row.try_get::<String, _>("search_text")?, summary: serde_json::from_str(row.try_get::<&str, _>("summary")?)? });
        }
        Ok(SearchIndex { halls, items })
    }

    /// Items whose search text holds every word of `text` (all items with none).
    pub fn items(&self, text: &str, limit: u32, lang: Lang) -> ItemList {
        let words = words(text);
        let limit = limit.min(MAX_ITEMS_FOUND) as usize;
        let mut total = 0;
        let mut items = Vec::new();
        for entry in self.items.iter().filter(|e| matches(&e.text, &words)) {
            total += 1;
            if items.len() < limit {
                items.push(entry.summary.resolve(lang));
            }
        }
        ItemList { lang, total, items }
    }

    /// A page of the halls matching `query`'s words, region and level (not its `item` or
    /// `at`, which the database answers), nearest to `near` first when given.
    pub fn halls(&self, query: &HallQuery, lang: Lang) -> HallList {
        debug_assert!(query.item.is_none() && query.at.is_none());
        let words = words(&query.text);
        let prefix = query.region.as_ref().map(|r| r.descendant_prefix());
        let mut found: Vec<&HallEntry> = self
            .halls
            .iter()
            .filter(|e| prefix.is_none_or(|p| e.record.region.starts_with(p)))
            .filter(|e| query.level.is_none_or(|level| e.record.level == level))
            .filter(|e| matches(&e.text, &words))
            .collect();
        if let Some(near) = &query.near {
            let near = near.as_str();
            let shared = |code: &str, digits: usize| code.len() >= digits && near.len() >= digits && code[..digits] == near[..digits];
            // Stable: each group keeps the catalogue's order.
            found.sort_by_key(|e| {
                let code = e.record.region.as_str();
                if shared(code, 6) {
                    0
                } else if shared(code, 4) {
                    1
                } else if shared(code, 2) {
                    2
                } else {
                    3
                }
            });
        }
        let total = found.len() as u32;
        let halls = found.into_iter().skip(query.offset as usize).take(query.limit as usize).map(|e| hall_summary(&e.record, &e.region_name, lang)).collect();
        HallList { lang, total, offset: query.offset, limit: query.limit, halls }
    }
}
