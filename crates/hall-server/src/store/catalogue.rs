//! The catalogue queries: SQL in, hall-model API types out, resolved to one language.

use hall_model::records::{HallRecord, ItemRecord, ItemSummaryRecord};
use hall_model::{
    CategoryCount, GeoPoint, Hall, HallItems, HallLevel, HallList, HallSummary, ItemCategory, ItemFilter, ItemList, ItemSummary, Lang, LocalizedText,
    RegionCode, RegionLevel, RegionSummary, RegionView, Translated, Window,
};
use sqlx::Row;

use std::sync::Arc;

use super::db::Pool;
use super::search::SearchIndex;
use super::{Missing, Store, StoreError};
use crate::encoding::{BodyEncoding, EncodedBody};

const REGION_COLUMNS: &str = "r.code, r.level, r.name,
    CASE WHEN EXISTS (SELECT 1 FROM regions c WHERE c.parent_code = r.code) THEN 1 ELSE 0 END AS has_children,
    (SELECT COUNT(*) FROM halls h WHERE h.region_code >= r.descendant_prefix AND h.region_code < r.descendant_prefix || '~') AS hall_count";

impl Store {
    /// The region tree seen from `code` (or from the provinces when `None`).
    pub async fn region_view(&self, code: Option<&RegionCode>, lang: Lang) -> Result<RegionView, StoreError> {
        region_view(self.catalogue(), code, lang).await
    }

    /// A page of the halls that match `query`.
    pub async fn list_halls(&self, query: &HallQuery, lang: Lang) -> Result<HallList, StoreError> {
        if query.item.is_some() || query.at.is_some() {
            return list_halls(self.catalogue(), query, lang).await;
        }
        region_exists(self.catalogue(), query, lang).await?;
        Ok(self.search_index().await?.halls(query, lang))
    }

    /// The answer to a hall search the index answers (not by `item` or `at`) as its JSON's
    /// bytes in `encoding`, kept per query: `None` for the searches the database answers.
    pub async fn hall_search_body(&self, query: &HallQuery, lang: Lang, encoding: BodyEncoding) -> Result<Option<Arc<EncodedBody>>, StoreError> {
        if query.item.is_some() || query.at.is_some() {
            return Ok(None);
        }
        let text = super::search::words(&query.text).join(" ");
        let key = format!(
            "{}|{}|{text}|{}|{}|{}",
            query.region.as_ref().map_or("", |r| r.as_str()),
            query.level.map_or("", |l| l.as_str()),
            query.near.as_ref().map_or("", |r| r.as_str()),
            query.limit,
            query.offset
        );
        let key = (key, lang, encoding);
        let bodies = &self.0.hall_search_bodies;
        if let Some(body) = bodies.get(&key) {
            return Ok(Some(body));
        }
        let generation = bodies.generation();
        let list = self.list_halls(query, lang).await?;
        let json = serde_json::to_vec(&list)?;
        Ok(Some(bodies.insert(generation, key, EncodedBody::quick(&json, encoding))))
    }

    /// The national search index of the catalogue now, built on first use after a start
    /// or a new seed (one build at a time; the others wait for it).
    pub async fn search_index(&self) -> Result<Arc<SearchIndex>, StoreError> {
        let indexes = &self.0.search;
        if let Some(index) = indexes.get(&()) {
            return Ok(index);
        }
        let _building = self.0.search_building.lock().await;
        if let Some(index) = indexes.get(&()) {
            return Ok(index);
        }
        let generation = indexes.generation();
        let index = SearchIndex::build(self.catalogue()).await?;
        Ok(indexes.insert(generation, (), index))
    }

    /// A hall's details in `lang`, resolved once a day and then served from the cache.
    pub async fn hall(&self, code: &str, lang: Lang) -> Result<std::sync::Arc<Hall>, StoreError> {
        let today = hall_model::opening::beijing(super::db::now()).0;
        let key = (code.to_owned(), lang, today);
        let halls = &self.0.halls;
        match halls.get(&key) {
            Some(hall) => Ok(hall),
            None => {
                let generation = halls.generation();
                let mut hall = resolve_hall(self.catalogue(), code, lang).await?;
                hall.exceptions = hall_model::opening::exceptions(&self.calendar(), &hall.opening_hours, today, HALL_EXCEPTION_DAYS);
                Ok(halls.insert(generation, key, hall))
            }
        }
    }

    /// A hall's items that pass `filter`; the whole list is resolved once per language and
    /// then served from the cache.
    pub async fn hall_items(&self, code: &str, filter: &ItemFilter, lang: Lang) -> Result<HallItems, StoreError> {
        let key = (code.to_owned(), lang);
        let lists = &self.0.item_lists;
        let all = match lists.get(&key) {
            Some(all) => all,
            None => {
                let generation = lists.generation();
                lists.insert(generation, key, all_hall_items(self.catalogue(), code, lang).await?)
            }
        };
        let items: Vec<ItemSummary> = filter.apply(&all).into_iter().cloned().collect();
        Ok(HallItems { lang, hall_code: code.to_owned(), total: items.len() as u32, items })
    }

    /// A hall's whole item list (no filter) as its JSON answer's bytes in `encoding`,
    /// encoded once and kept: the list is the most asked-for answer, and compressing it
    /// was most of its cost. Follows the catalogue like the other caches.
    pub async fn hall_items_body(&self, code: &str, lang: Lang, encoding: BodyEncoding) -> Result<Arc<EncodedBody>, StoreError> {
        let key = (code.to_owned(), lang, encoding);
        let bodies = &self.0.item_list_bodies;
        if let Some(body) = bodies.get(&key) {
            return Ok(body);
        }
        let generation = bodies.generation();
        let list = self.hall_items(code, &ItemFilter::default(), lang).await?;
        let json = serde_json::to_vec(&list)?;
        // About 10 ms on the largest list: off the threads that serve requests.
        let body = tokio::task::spawn_blocking(move || EncodedBody::new(&json, encoding))
            .await
            .map_err(|e| StoreError::Internal(format!("encoding an item list: {e}")))?;
        Ok(bodies.insert(generation, key, body))
    }

    /// Items whose name (in any language, or its pinyin) holds every word of `text`, the
    /// most widely offered first; with no text, the most common items (热门事项).
    pub async fn search_items(&self, text: &str, limit: u32, lang: Lang) -> Result<ItemList, StoreError> {
        Ok(self.search_index().await?.items(text, limit, lang))
    }

    /// An item's guide, at `hall` when given (with the windows that serve it there).
    pub async fn item_guide(&self, item: &str, hall: Option<&str>, lang: Lang) -> Result<hall_model::ItemGuide, StoreError> {
        item_guide(self.catalogue(), item, hall, lang).await
    }
}

fn region_from_row(row: &sqlx::any::AnyRow, lang: Lang) -> Result<RegionSummary, StoreError> {
    let code: String = row.try_get("code")?;
    let level = RegionCode::parse(&code).map(|c| c.level()).unwrap_or(RegionLevel::Province);
    let name: LocalizedText = serde_json::from_str(row.try_get::<&str, _>("name")?)?;
    let (name, lang) = name.resolve(lang);
    Ok(RegionSummary {
        lang,
        code,
        name: name.to_owned(),
        level,
        has_children: row.try_get::<i64, _>("has_children")? != 0,
        hall_count: row.try_get::<i64, _>("hall_count")? as u32,
    })
}

async fn region_summary(db: &Pool, code: &str, lang: Lang) -> Result<Option<RegionSummary>, StoreError> {
    let row = sqlx::query(&format!("SELECT {REGION_COLUMNS} FROM regions r WHERE r.code = $1")).bind(code).fetch_optional(db).await?;
    row.map(|row| region_from_row(&row, lang)).transpose()
}

/// The province-to-`code` chain, `code` included.
async fn region_path(db: &Pool, code: &RegionCode, lang: Lang) -> Result<Vec<RegionSummary>, StoreError> {
    let mut chain = vec![code.clone()];
    while let Some(parent) = chain.last().and_then(RegionCode::parent) {
        chain.push(parent);
    }
    let mut path = Vec::new();
    for code in chain.iter().rev() {
        if let Some(region) = region_summary(db, code.as_str(), lang).await? {
            path.push(region);
        }
    }
    Ok(path)
}

/// The tree seen from `code` (or from the top when `None`).
async fn region_view(db: &Pool, code: Option<&RegionCode>, lang: Lang) -> Result<RegionView, StoreError> {
    let (region, ancestors) = match code {
        None => (None, Vec::new()),
        Some(code) => {
            let mut path = region_path(db, code, lang).await?;
            match path.pop() {
                Some(region) if region.code == code.as_str() => (Some(region), path),
                _ => {
                    return Err(StoreError::not_found(Missing::Region, format!("no region {code}")));
                }
            }
        }
    };
    let children = sqlx::query(&format!("SELECT {REGION_COLUMNS} FROM regions r WHERE r.parent_code IS NOT DISTINCT FROM $1 ORDER BY r.position"))
        .bind(code.map(RegionCode::as_str))
        .fetch_all(db)
        .await?
        .iter()
        .map(|row| region_from_row(row, lang))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(RegionView { lang, region, ancestors, children })
}

/// The filter of `GET /api/v1/halls`.
#[derive(Debug, Default)]
pub struct HallQuery {
    pub region: Option<RegionCode>,
    pub level: Option<HallLevel>,
    pub text: String,
    /// Only halls that offer this item (by its code).
    pub item: Option<String>,
    /// Halls in the same county as this region first, then the same prefecture, the same
    /// province, and the others (each group in the catalogue's order).
    pub near: Option<RegionCode>,
    /// The reader's position: halls nearest to it first (by great-circle distance), each
    /// with its distance; halls without a location last. Takes precedence over `near`.
    pub at: Option<GeoPoint>,
    pub limit: u32,
    pub offset: u32,
}

/// The most items `search_items` answers with.
pub const MAX_ITEMS_FOUND: u32 = 50;

/// A `WHERE` clause built up from conditions, with the values they bind as `$1`, `$2`…
#[derive(Default)]
struct Filter {
    conditions: Vec<String>,
    binds: Vec<String>,
}

impl Filter {
    /// Binds a value; returns its placeholder (`$n`).
    fn bind(&mut self, value: String) -> String {
        self.binds.push(value);
        format!("${}", self.binds.len())
    }

    fn push(&mut self, condition: String) {
        self.conditions.push(condition);
    }

    /// Every word of `text` (lower-cased) somewhere in `column`, matched literally.
    fn words_in(&mut self, column: &str, text: &str) {
        for term in text.to_lowercase().split_whitespace() {
            let placeholder = self.bind(like_pattern(term));
            self.push(format!("{column} LIKE {placeholder} ESCAPE '\\'"));
        }
    }

    fn where_clause(&self) -> String {
        if self.conditions.is_empty() { "1 = 1".to_owned() } else { self.conditions.join(" AND ") }
    }
}

/// Escapes `%`, `_` and `\` so user text matches literally inside `LIKE … ESCAPE '\'`.
fn like_pattern(term: &str) -> String {
    let escaped = term.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// A query naming a region that does not exist is a `region_not_found`.
async fn region_exists(db: &Pool, query: &HallQuery, lang: Lang) -> Result<(), StoreError> {
    if let Some(region) = &query.region
        && region_summary(db, region.as_str(), lang).await?.is_none()
    {
        return Err(StoreError::not_found(Missing::Region, format!("no region {region}")));
    }
    Ok(())
}

async fn list_halls(db: &Pool, query: &HallQuery, lang: Lang) -> Result<HallList, StoreError> {
    region_exists(db, query, lang).await?;
    let mut filter = Filter::default();
    if let Some(region) = &query.region {
        let (from, until) = (filter.bind(region.descendant_prefix().to_owned()), filter.bind(format!("{}~", region.descendant_prefix())));
        filter.push(format!("h.region_code >= {from} AND h.region_code < {until}"));
    }
    if let Some(level) = query.level {
        let level = filter.bind(level.as_str().to_owned());
        filter.push(format!("h.level = {level}"));
    }
    if let Some(item) = &query.item {
        let item = filter.bind(item.clone());
        filter.push(format!("EXISTS (SELECT 1 FROM hall_items hi WHERE hi.hall_code = h.code AND hi.item_code = {item})"));
    }
    filter.words_in("h.search_text", &query.text);
    let where_clause = filter.where_clause();

    let count_sql = format!("SELECT COUNT(*) FROM halls h WHERE {where_clause}");
    let mut count_query = sqlx::query_scalar::<_, i64>(&count_sql);
    for bind in &filter.binds {
        count_query = count_query.bind(bind);
    }
    let total = count_query.fetch_one(db).await? as u32;

    if let Some(at) = query.at {
        // Distance needs each hall's location, which lives in its summary: every matching
        // hall is read, sorted here and paged. The filter (an item, a region) keeps this to
        // the halls that handle one item, a few thousand at most.
        let all_sql =
            format!("SELECT h.summary, r.name AS region_name FROM halls h JOIN regions r ON r.code = h.region_code WHERE {where_clause} ORDER BY h.position");
        let mut all_query = sqlx::query(&all_sql);
        for bind in &filter.binds {
            all_query = all_query.bind(bind);
        }
        let mut found = Vec::new();
        for row in all_query.fetch_all(db).await? {
            let (record, region_name) = hall_row(&row)?;
            let distance = record.location.map(|location| distance_m(at, location));
            found.push((distance, record, region_name));
        }
        // Stable: equal distances (and the halls with no location, last) keep the catalogue's order.
        found.sort_by_key(|(distance, ..)| distance.unwrap_or(u32::MAX));
        let halls = found
            .into_iter()
            .skip(query.offset as usize)
            .take(query.limit as usize)
            .map(|(distance, record, region_name)| HallSummary { distance_m: distance, ..hall_summary(&record, &region_name, lang) })
            .collect();
        return Ok(HallList { lang, total, offset: query.offset, limit: query.limit, halls });
    }

    // Closeness by the region code's prefix: county (6 digits), prefecture (4), province (2).
    let order = match &query.near {
        None => "h.position".to_owned(),
        Some(near) => {
            let near = filter.bind(near.as_str().to_owned());
            format!(
                "CASE WHEN substr(h.region_code, 1, 6) = substr({near}, 1, 6) THEN 0 WHEN substr(h.region_code, 1, 4) = substr({near}, 1, 4) THEN 1
                 WHEN substr(h.region_code, 1, 2) = substr({near}, 1, 2) THEN 2 ELSE 3 END, h.position"
            )
        }
    };
    let (limit, offset) = (filter.binds.len() + 1, filter.binds.len() + 2);
    let page_sql = format!(
        "SELECT h.summary, r.name AS region_name FROM halls h JOIN regions r ON r.code = h.region_code
         WHERE {where_clause} ORDER BY {order} LIMIT ${limit} OFFSET ${offset}"
    );
    let mut page_query = sqlx::query(&page_sql);
    for bind in &filter.binds {
        page_query = page_query.bind(bind);
    }
    let rows = page_query.bind(query.limit as i64).bind(query.offset as i64).fetch_all(db).await?;
    let mut halls = Vec::with_capacity(rows.len());
    for row in rows {
        let (record, region_name) = hall_row(&row)?;
        halls.push(hall_summary(&record, &region_name, lang));
    }
    Ok(HallList { lang, total, offset: query.offset, limit: query.limit, halls })
}

/// A row of `summary, region_name` from the halls joined with their regions.
fn hall_row(row: &sqlx::any::AnyRow) -> Result<(HallRecord, LocalizedText), StoreError> {
    let record = serde_json::from_str(row.try_get::<&str, _>("summary")?)?;
    let region_name = serde_json::from_str(row.try_get::<&str, _>("region_name")?)?;
    Ok((record, region_name))
}

pub(super) fn hall_summary(record: &HallRecord, region_name: &LocalizedText, lang: Lang) -> HallSummary {
    let lang = LocalizedText::choose([&record.name, &record.address, region_name], lang);
    HallSummary {
        code: record.code.clone(),
        name: record.name.get(lang),
        level: record.level,
        region_code: record.region.clone(),
        region_name: region_name.get(lang),
        address: record.address.get(lang),
        services: record.services,
        distance_m: None,
        lang,
    }
}

/// The great-circle distance between two points in metres (haversine, on a sphere of the
/// Earth's mean radius: within 0.5 % of the ellipsoid, plenty to order halls).
pub fn distance_m(from: GeoPoint, to: GeoPoint) -> u32 {
    const EARTH_RADIUS_M: f64 = 6_371_008.8;
    let (lat1, lat2) = (from.lat.to_radians(), to.lat.to_radians());
    let (dlat, dlng) = ((to.lat - from.lat).to_radians(), (to.lng - from.lng).to_radians());
    let a = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlng / 2.0).sin().powi(2);
    (2.0 * EARTH_RADIUS_M * a.sqrt().min(1.0).asin()).round() as u32
}

pub(super) async fn hall_record(db: &Pool, code: &str) -> Result<HallRecord, StoreError> {
    let record: Option<String> = sqlx::query_scalar("SELECT record FROM halls WHERE code = $1").bind(code).fetch_optional(db).await?;
    match record {
        Some(json) => Ok(serde_json::from_str(&json)?),
        None => Err(StoreError::not_found(Missing::Hall, format!("no hall {code}"))),
    }
}

/// An item's whole record.
pub(super) async fn item_record(db: &Pool, code: &str) -> Result<ItemRecord, StoreError> {
    let record: Option<String> = sqlx::query_scalar("SELECT record FROM items WHERE code = $1").bind(code).fetch_optional(db).await?;
    match record {
        Some(json) => Ok(serde_json::from_str(&json)?),
        None => Err(StoreError::not_found(Missing::Item, format!("no item {code}"))),
    }
}

/// An item's list entry (name, department, time limit…) without decoding its whole guide.
pub(super) async fn item_summary(db: &Pool, code: &str) -> Result<ItemSummaryRecord, StoreError> {
    let summary: Option<String> = sqlx::query_scalar("SELECT summary FROM items WHERE code = $1").bind(code).fetch_optional(db).await?;
    match summary {
        Some(json) => Ok(serde_json::from_str(&json)?),
        None => Err(StoreError::not_found(Missing::Item, format!("no item {code}"))),
    }
}

fn windows(record: &HallRecord, lang: Lang, serving: Option<&str>) -> Vec<Window> {
    record.windows.iter().filter(|w| serving.is_none_or(|item| w.items.iter().any(|i| i == item))).map(|w| w.resolve(lang)).collect()
}

/// How many days of holiday-calendar exceptions a hall's details carry: enough for the
/// longest holiday (Spring Festival, 9 days) to end inside it, with weeks to spare.
const HALL_EXCEPTION_DAYS: i32 = 60;

async fn resolve_hall(db: &Pool, code: &str, lang: Lang) -> Result<Hall, StoreError> {
    let record = hall_record(db, code).await?;
    let region = RegionCode::parse(&record.region).map_err(|_| StoreError::Internal("stored hall has a bad region".to_owned()))?;
    let region_path = region_path(db, &region, lang).await?;
    let categories = sqlx::query(
        "SELECT i.category, COUNT(*) AS n FROM hall_items hi JOIN items i ON i.code = hi.item_code
         WHERE hi.hall_code = $1 GROUP BY i.category",
    )
    .bind(code)
    .fetch_all(db)
    .await?;
    let mut category_counts = Vec::new();
    for row in categories {
        if let Some(category) = ItemCategory::parse(row.try_get::<&str, _>("category")?) {
            category_counts.push(CategoryCount { category, count: row.try_get::<i64, _>("n")? as u32 });
        }
    }
    category_counts.sort_by_key(|c| ItemCategory::ALL.iter().position(|x| *x == c.category));
    let item_count = category_counts.iter().map(|c| c.count).sum();
    let requested = lang;
    let lang = record.lang(requested);
    Ok(Hall {
        lang,
        code: record.code.clone(),
        name: record.name.get(lang),
        level: record.level,
        region_path,
        address: record.address.get(lang),
        location: record.location,
        opening_hours: record.opening_hours.clone(),
        hours_note: record.hours_note.as_ref().map(|n| n.get(lang)).filter(|n| !n.trim().is_empty()),
        hotline: record.hotline.clone(),
        supervision_phone: record.supervision_phone.clone(),
        services: record.services,
        windows: windows(&record, requested, None),
        item_count,
        categories: category_counts,
        transport: record.transport.as_ref().map(|t| Translated::of(t, requested)),
        parking: record.parking.as_ref().map(|p| Translated::of(p, requested)),
        exceptions: Vec::new(),
    })
}

async fn all_hall_items(db: &Pool, code: &str, lang: Lang) -> Result<Vec<ItemSummary>, StoreError> {
    let exists: Option<i64> = sqlx::query_scalar("SELECT 1 FROM halls WHERE code = $1").bind(code).fetch_optional(db).await?;
    if exists.is_none() {
        return Err(StoreError::not_found(Missing::Hall, format!("no hall {code}")));
    }
    let rows: Vec<String> = sqlx::query_scalar(
        "SELECT i.summary FROM hall_items hi JOIN items i ON i.code = hi.item_code
         WHERE hi.hall_code = $1 ORDER BY hi.position",
    )
    .bind(code)
    .fetch_all(db)
    .await?;
    rows.iter().map(|json| Ok(serde_json::from_str::<ItemSummaryRecord>(json)?.resolve(lang))).collect()
}

async fn item_guide(db: &Pool, item: &str, hall: Option<&str>, lang: Lang) -> Result<hall_model::ItemGuide, StoreError> {
    let hall_record = match hall {
        Some(code) => Some(hall_record(db, code).await?),
        None => None,
    };
    let record = item_record(db, item).await?;
    let (hall_ref, hall_windows) = match &hall_record {
        None => (None, Vec::new()),
        Some(hall) => {
            let offered: Option<i64> =
                sqlx::query_scalar("SELECT 1 FROM hall_items WHERE hall_code = $1 AND item_code = $2").bind(&hall.code).bind(item).fetch_optional(db).await?;
            if offered.is_none() {
                return Err(StoreError::not_found(Missing::ItemAtHall, format!("hall {} does not offer item {item}", hall.code)));
            }
            (Some(hall.reference(lang)), windows(hall, lang, Some(item)))
        }
    };
    Ok(record.guide(lang, hall_ref, hall_windows))
}
