//! Writing a catalogue into a database, all or nothing: a fresh SQLite file moved into
//! place, or one PostgreSQL transaction.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use hall_model::records::{HallRecord, ItemRecord, ItemSummaryRecord};
use hall_model::{CatalogueRecords, Lang, RegionCode};
use sqlx::{Any, Transaction};

use super::db;

/// What a load wrote, for the command line to report.
#[derive(Debug, Clone)]
pub struct LoadReport {
    pub database: PathBuf,
    pub regions: usize,
    pub items: usize,
    pub halls: usize,
    pub hall_items: usize,
    pub elapsed: Duration,
}

#[derive(Debug)]
pub enum SeedError {
    /// The catalogue breaks rules the database cannot check; every problem is listed.
    Invalid(Vec<String>),
    Database(sqlx::Error),
    Io(std::io::Error),
    Json(serde_json::Error),
}

impl std::fmt::Display for SeedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SeedError::Invalid(problems) => {
                writeln!(f, "the catalogue has {} problem(s):", problems.len())?;
                for problem in problems {
                    writeln!(f, "  - {problem}")?;
                }
                Ok(())
            }
            SeedError::Database(e) => write!(f, "database error: {e}"),
            SeedError::Io(e) => write!(f, "file error: {e}"),
            SeedError::Json(e) => write!(f, "could not encode a record: {e}"),
        }
    }
}

impl std::error::Error for SeedError {}

impl From<sqlx::Error> for SeedError {
    fn from(e: sqlx::Error) -> Self {
        SeedError::Database(e)
    }
}
impl From<std::io::Error> for SeedError {
    fn from(e: std::io::Error) -> Self {
        SeedError::Io(e)
    }
}
impl From<serde_json::Error> for SeedError {
    fn from(e: serde_json::Error) -> Self {
        SeedError::Json(e)
    }
}

/// Builds the database for `catalogue` beside the live one and then moves it into place,
/// so a failed or interrupted seed never leaves a half-filled database behind.
pub async fn seed_data_dir(data_dir: &Path, catalogue: &CatalogueRecords, dataset: &str) -> Result<LoadReport, SeedError> {
    let started = Instant::now();
    let problems = catalogue.validate();
    if !problems.is_empty() {
        return Err(SeedError::Invalid(problems));
    }
    std::fs::create_dir_all(data_dir)?;
    let target = db::database_path(data_dir);
    let staging = data_dir.join("hall-guide.sqlite3.seeding");
    remove_database_files(&staging)?;
    let pool = db::open(&staging).await?;
    let mut report = load(&pool, catalogue, dataset).await?;
    super::dialect::checkpoint(&pool).await?;
    pool.close().await;
    remove_database_files(&target)?;
    std::fs::rename(&staging, &target)?;
    remove_database_files(&staging)?;
    report.database = target;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Replaces the catalogue in the PostgreSQL database at `url` in one transaction: API
/// servers keep answering from the old catalogue until it commits, and start a new cache
/// generation within 30 s (`Store::forget_stale_catalogue`).
pub async fn seed_postgres(url: &str, catalogue: &CatalogueRecords, dataset: &str) -> Result<LoadReport, SeedError> {
    let started = Instant::now();
    let problems = catalogue.validate();
    if !problems.is_empty() {
        return Err(SeedError::Invalid(problems));
    }
    let pool = db::open_postgres(url).await?;
    let mut report = load(&pool, catalogue, dataset).await?;
    pool.close().await;
    report.database = PathBuf::from("DATABASE_URL (PostgreSQL)");
    report.elapsed = started.elapsed();
    Ok(report)
}

fn remove_database_files(path: &Path) -> std::io::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Replaces the catalogue in `pool` with `catalogue` in one transaction.
pub async fn load(pool: &db::Pool, catalogue: &CatalogueRecords, dataset: &str) -> Result<LoadReport, SeedError> {
    let started = Instant::now();
    let mut tx = pool.begin().await?;
    for table in ["hall_items", "halls", "items", "regions", "meta"] {
        sqlx::query(&format!("DELETE FROM {table}")).execute(&mut *tx).await?;
    }
    let regions = insert_regions(&mut tx, catalogue).await?;
    insert_items(&mut tx, &catalogue.items, &catalogue.halls).await?;
    let hall_items = insert_halls(&mut tx, &catalogue.halls).await?;
    // A new seed_id for every seed: running servers compare it to empty their caches.
    let seed_id = format!("{dataset}-{}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()));
    sqlx::query("INSERT INTO meta (key, value) VALUES ('dataset', $1), ('record_format', $2), ('seed_id', $3)")
        .bind(dataset)
        .bind(db::RECORD_FORMAT)
        .bind(seed_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    sqlx::query("ANALYZE").execute(pool).await?;
    Ok(LoadReport { database: PathBuf::new(), regions, items: catalogue.items.len(), halls: catalogue.halls.len(), hall_items, elapsed: started.elapsed() })
}

/// Rows per multi-row INSERT: well under SQLite's and PostgreSQL's limits of bound parameters.
const BATCH: usize = 500;

/// `INSERT INTO <into> VALUES ($1, $2), ($3, $4), …` for `rows` rows of `columns` values.
fn multi_row_insert(into: &str, columns: usize, rows: usize) -> String {
    let row = |r: usize| format!("({})", (1..=columns).map(|c| format!("${}", r * columns + c)).collect::<Vec<_>>().join(", "));
    format!("INSERT INTO {into} VALUES {}", (0..rows).map(row).collect::<Vec<_>>().join(", "))
}

async fn insert_regions(tx: &mut Transaction<'_, Any>, catalogue: &CatalogueRecords) -> Result<usize, SeedError> {
    let regions = catalogue.regions_flat();
    for (position, region) in regions.iter().enumerate() {
        // validate() has already checked every code.
        let code = RegionCode::parse(&region.code).map_err(|e| SeedError::Invalid(vec![format!("region {}: {e}", region.code)]))?;
        sqlx::query("INSERT INTO regions (code, parent_code, level, name, descendant_prefix, position) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&region.code)
            .bind(code.parent().map(|p| p.as_str().to_owned()))
            .bind(code.level().as_str())
            .bind(serde_json::to_string(&region.name)?)
            .bind(code.descendant_prefix())
            .bind(position as i64)
            .execute(&mut **tx)
            .await?;
    }
    Ok(regions.len())
}

async fn insert_items(tx: &mut Transaction<'_, Any>, items: &[ItemRecord], halls: &[HallRecord]) -> Result<(), SeedError> {
    let mut offered_by: std::collections::HashMap<&str, i64> = std::collections::HashMap::new();
    for code in halls.iter().flat_map(|h| &h.items) {
        *offered_by.entry(code.as_str()).or_default() += 1;
    }
    for chunk in items.chunks(BATCH) {
        let rows: Vec<(String, String, String, String, String, i64)> = chunk
            .iter()
            .map(|item| {
                let summary = serde_json::to_string(&ItemSummaryRecord::from(item))?;
                let halls = offered_by.get(item.code.as_str()).copied().unwrap_or(0);
                Ok((item.code.clone(), item.category.as_str().to_owned(), summary, serde_json::to_string(item)?, item_search_text(item), halls))
            })
            .collect::<Result<_, serde_json::Error>>()?;
        let sql = multi_row_insert("items (code, category, summary, record, search_text, hall_count)", 6, rows.len());
        let mut insert = sqlx::query(&sql);
        for (code, category, summary, record, search, halls) in rows {
            insert = insert.bind(code).bind(category).bind(summary).bind(record).bind(search).bind(halls);
        }
        insert.execute(&mut **tx).await?;
    }
    Ok(())
}

/// What an item is found by: its name in every language, lower-cased, and the Chinese
/// name's pinyin whole and as initials ("居民身份证换领": "juminshenfenzhenghuanling",
/// "jmsfzhl"), so a reader without a Chinese keyboard finds it too.
fn item_search_text(item: &ItemRecord) -> String {
    use pinyin::ToPinyin;
    let mut parts: Vec<String> = Lang::ALL.iter().map(|lang| item.name.resolve(*lang).0.to_lowercase()).collect();
    let chinese = item.name.get(Lang::ZhCn);
    let syllables: Vec<&str> = chinese.as_str().to_pinyin().flatten().map(|p| p.plain()).collect();
    parts.push(syllables.concat());
    parts.push(syllables.iter().filter_map(|s| s.chars().next()).collect());
    parts.push(item.code.clone());
    parts.join("\n")
}

fn search_text(hall: &HallRecord) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for lang in Lang::ALL {
        parts.push(hall.name.resolve(lang).0);
        parts.push(hall.address.resolve(lang).0);
    }
    parts.push(&hall.code);
    parts.join("\n").to_lowercase()
}

async fn insert_halls(tx: &mut Transaction<'_, Any>, halls: &[HallRecord]) -> Result<usize, SeedError> {
    let mut hall_items = 0;
    for (position, hall) in halls.iter().enumerate() {
        // The item list lives in hall_items; the stored record leaves it out.
        let record = HallRecord { items: Vec::new(), ..hall.clone() };
        // Lists of halls need neither windows nor items; a provincial hall's windows list
        // 1,500 item codes, which a search result page should not have to decode.
        let summary = HallRecord { windows: Vec::new(), ..record.clone() };
        sqlx::query("INSERT INTO halls (code, region_code, level, search_text, summary, record, position) VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(&hall.code)
            .bind(&hall.region)
            .bind(hall.level.as_str())
            .bind(search_text(hall))
            .bind(serde_json::to_string(&summary)?)
            .bind(serde_json::to_string(&record)?)
            .bind(position as i64)
            .execute(&mut **tx)
            .await?;
        for (chunk_index, chunk) in hall.items.chunks(BATCH).enumerate() {
            let sql = multi_row_insert("hall_items (hall_code, item_code, position)", 3, chunk.len());
            let mut insert = sqlx::query(&sql);
            for (i, item) in chunk.iter().enumerate() {
                insert = insert.bind(&hall.code).bind(item).bind((chunk_index * BATCH + i) as i64);
            }
            insert.execute(&mut **tx).await?;
        }
        hall_items += hall.items.len();
    }
    Ok(hall_items)
}
