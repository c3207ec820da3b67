//! The SQLite and PostgreSQL migration sets are one schema written twice: applied to
//! empty databases, they give the same tables, columns (type class, nullability, default),
//! primary keys, unique constraints, indexes (partial ones with their condition), checks
//! and foreign keys. The comparison needs PostgreSQL (`HALL_TEST_POSTGRES_URL`, set by
//! scripts/test.sh for the server tests' second pass).

mod common;

use std::collections::{BTreeMap, BTreeSet};

use hall_server::store::db;
use regex::Regex;
use sqlx::Row;

/// A table as both databases can describe it.
#[derive(Debug, Default, PartialEq, Eq)]
struct Table {
    /// name → (type class, not null, default)
    columns: BTreeMap<String, (String, bool, Option<String>)>,
    primary_key: Vec<String>,
    /// (unique, columns, condition of a partial index); indexes and unique constraints alike.
    indexes: BTreeSet<(bool, Vec<String>, Option<String>)>,
    checks: BTreeSet<String>,
    /// (columns, referenced table, referenced columns)
    foreign_keys: BTreeSet<(String, String, String)>,
}

type Schema = BTreeMap<String, Table>;

/// The type class of a declared type: what the `Any` driver decodes it as.
fn type_class(declared: &str) -> String {
    let t = declared.to_ascii_lowercase();
    let class = match t.as_str() {
        "integer" | "bigint" | "int" | "int8" | "smallint" => "integer",
        "text" | "character varying" | "varchar" => "text",
        "blob" | "bytea" => "bytes",
        "real" | "double precision" | "float8" => "real",
        other => panic!("a column type neither database set uses: {other}"),
    };
    class.to_owned()
}

/// An SQL expression in one spelling: PostgreSQL's `= ANY (ARRAY[…])` as `IN (…)`,
/// `BETWEEN` as two comparisons, no casts, no parentheses, no spaces, lower case.
fn normalise(expression: &str) -> String {
    let mut e = expression.to_ascii_lowercase();
    for cast in ["::text", "::bigint", "::integer", "::character varying"] {
        e = e.replace(cast, "");
    }
    let any = Regex::new(r"(\w+)\s*=\s*any\s*\(\s*array\s*\[(.*?)\]\s*\)").unwrap();
    e = any.replace_all(&e, "$1 in ($2)").into_owned();
    let between = Regex::new(r"(\w+)\s+between\s+(\S+)\s+and\s+(\S+)").unwrap();
    e = between.replace_all(&e, "$1 >= $2 and $1 <= $3").into_owned();
    e.chars().filter(|c| !c.is_whitespace() && *c != '(' && *c != ')' && *c != '"').collect()
}

/// Each `CHECK (…)` of a CREATE TABLE statement, parentheses balanced.
fn checks_in(sql: &str) -> Vec<String> {
    let lower = sql.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find("check") {
        let start = from + at + "check".len();
        let open = start + lower[start..].find('(').expect("CHECK (");
        let mut depth = 0;
        let mut end = open;
        for (i, c) in lower[open..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                end = open + i;
                break;
            }
        }
        found.push(normalise(&sql[open + 1..end]));
        from = end;
    }
    found
}

async fn sqlite_schema(pools: &[&db::Pool]) -> Schema {
    let mut schema = Schema::new();
    for pool in pools {
        let tables: Vec<(String, String)> =
            sqlx::query_as("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'")
                .fetch_all(*pool)
                .await
                .unwrap();
        for (name, sql) in tables {
            let mut table = Table::default();
            let mut primary = Vec::new();
            for row in sqlx::query(&format!("PRAGMA table_info({name})")).fetch_all(*pool).await.unwrap() {
                let column: String = row.get("name");
                let pk: i64 = row.get("pk");
                let not_null = row.get::<i64, _>("notnull") != 0 || pk > 0;
                let default: Option<String> = row.try_get("dflt_value").ok().flatten();
                table.columns.insert(column.clone(), (type_class(row.get("type")), not_null, default.map(|d| normalise(&d))));
                if pk > 0 {
                    primary.push((pk, column));
                }
            }
            primary.sort();
            table.primary_key = primary.into_iter().map(|(_, c)| c).collect();
            for index in sqlx::query(&format!("PRAGMA index_list({name})")).fetch_all(*pool).await.unwrap() {
                let (index_name, unique, origin): (String, i64, String) = (index.get("name"), index.get("unique"), index.get("origin"));
                if origin == "pk" {
                    continue;
                }
                let columns: Vec<String> =
                    sqlx::query(&format!("PRAGMA index_info({index_name})")).fetch_all(*pool).await.unwrap().iter().map(|r| r.get("name")).collect();
                let index_sql: Option<String> =
                    sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = $1").bind(&index_name).fetch_one(*pool).await.unwrap();
                let condition = index_sql.and_then(|sql| sql.to_ascii_lowercase().split_once(" where ").map(|(_, c)| normalise(c)));
                table.indexes.insert((unique != 0, columns, condition));
            }
            table.checks = checks_in(&sql).into_iter().collect();
            for fk in sqlx::query(&format!("PRAGMA foreign_key_list({name})")).fetch_all(*pool).await.unwrap() {
                table.foreign_keys.insert((fk.get("from"), fk.get("table"), fk.get("to")));
            }
            assert!(schema.insert(name.clone(), table).is_none(), "{name} is in both SQLite files");
        }
    }
    schema
}

async fn postgres_schema(pool: &db::Pool) -> Schema {
    let mut schema = Schema::new();
    let definition = Regex::new(r"(?i)^CREATE (UNIQUE )?INDEX \S+ ON \S+ USING \w+ \((.*?)\)(?: WHERE (.*))?$").unwrap();
    let foreign = Regex::new(r"^FOREIGN KEY \((.*?)\) REFERENCES (\w+)\((.*?)\)$").unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    for name in tables {
        let mut table = Table::default();
        let columns = sqlx::query(
            "SELECT column_name::text AS name, data_type::text AS type, is_nullable::text AS nullable, column_default::text AS dflt
             FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
        )
        .bind(&name)
        .fetch_all(pool)
        .await
        .unwrap();
        for row in columns {
            let default: Option<String> = row.get("dflt");
            table.columns.insert(row.get("name"), (type_class(row.get("type")), row.get::<String, _>("nullable") == "NO", default.map(|d| normalise(&d))));
        }
        table.primary_key = sqlx::query_scalar(
            "SELECT a.attname::text FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
             WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)",
        )
        .bind(&name)
        .fetch_all(pool)
        .await
        .unwrap();
        let indexes: Vec<(String, String)> = sqlx::query_as(
            "SELECT indexname::text, indexdef::text FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1
             AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'p')",
        )
        .bind(&name)
        .fetch_all(pool)
        .await
        .unwrap();
        for (index, def) in indexes {
            let parts = definition.captures(&def).unwrap_or_else(|| panic!("index {index}: {def}"));
            let columns = parts[2].split(',').map(|c| c.trim().trim_matches('"').to_owned()).collect();
            table.indexes.insert((parts.get(1).is_some(), columns, parts.get(3).map(|c| normalise(c.as_str()))));
        }
        let constraints: Vec<(String, String)> =
            sqlx::query_as("SELECT contype::text, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('c', 'f')")
                .bind(&name)
                .fetch_all(pool)
                .await
                .unwrap();
        for (kind, def) in constraints {
            if kind == "c" {
                table.checks.insert(normalise(def.trim_start_matches("CHECK ")));
            } else {
                let parts = foreign.captures(&def).unwrap_or_else(|| panic!("foreign key: {def}"));
                table.foreign_keys.insert((parts[1].to_owned(), parts[2].to_owned(), parts[3].to_owned()));
            }
        }
        schema.insert(name, table);
    }
    schema
}

#[test]
fn expressions_in_either_spelling_normalise_alike() {
    assert_eq!(normalise("status = ANY (ARRAY['booked'::text, 'cancelled'::text])"), normalise("status IN ('booked', 'cancelled')"));
    assert_eq!(normalise("((rating >= 1) AND (rating <= 5))"), normalise("rating BETWEEN 1 AND 5"));
    assert_ne!(normalise("taken < capacity"), normalise("taken <= capacity"));
    assert_eq!(checks_in("CREATE TABLE t (a INTEGER CHECK (a > 0), b INTEGER NOT NULL CHECK (b IN (1, 2)))"), vec!["a>0", "bin1,2"]);
}

#[tokio::test]
async fn sqlite_and_postgresql_migrations_give_the_same_schema() {
    let Some(_) = common::postgres_url() else {
        eprintln!("skipped: the schema comparison needs PostgreSQL (HALL_TEST_POSTGRES_URL; scripts/test.sh sets it)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let catalogue = db::open(&db::database_path(dir.path())).await.unwrap();
    let bookings = db::open_bookings(&db::bookings_path(dir.path())).await.unwrap();
    let sqlite = sqlite_schema(&[&catalogue, &bookings]).await;
    let postgres = postgres_schema(&db::open_postgres(&common::fresh_postgres_database().await).await.unwrap()).await;
    assert_eq!(sqlite.keys().collect::<Vec<_>>(), postgres.keys().collect::<Vec<_>>(), "the same tables");
    for (name, table) in &sqlite {
        assert_eq!(table, &postgres[name], "table {name}: SQLite (left) and PostgreSQL (right) differ");
    }
    // And the sets are numbered as one sequence: SQLite's two files together are PostgreSQL's.
    let versions =
        |pool: db::Pool| async move { sqlx::query_scalar::<_, i64>("SELECT version FROM _sqlx_migrations ORDER BY version").fetch_all(&pool).await.unwrap() };
    let mut sqlite_versions = versions(catalogue).await;
    sqlite_versions.extend(versions(bookings).await);
    sqlite_versions.sort();
    let pg = db::open_postgres(&common::fresh_postgres_database().await).await.unwrap();
    assert_eq!(sqlite_versions, versions(pg).await);
}

#[tokio::test]
async fn a_bookings_file_from_before_the_renumbering_opens_and_keeps_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = db::bookings_path(dir.path());
    let pool = db::open_bookings(&path).await.unwrap();
    sqlx::query("INSERT INTO links (code, path, created_at) VALUES ('ABCDEFG', '/halls/1', 0)").execute(&pool).await.unwrap();
    // As the file was recorded before: versions 1–4.
    sqlx::query("UPDATE _sqlx_migrations SET version = -version").execute(&pool).await.unwrap();
    sqlx::query("UPDATE _sqlx_migrations SET version = -version - 1").execute(&pool).await.unwrap();
    pool.close().await;
    let pool = db::open_bookings(&path).await.expect("the old file opens");
    let versions: Vec<i64> = sqlx::query_scalar("SELECT version FROM _sqlx_migrations ORDER BY version").fetch_all(&pool).await.unwrap();
    assert_eq!(versions, vec![2, 3, 4, 5, 7, 8, 9], "renumbered like PostgreSQL's (0006 is the catalogue's)");
    let kept: String = sqlx::query_scalar("SELECT path FROM links WHERE code = 'ABCDEFG'").fetch_one(&pool).await.unwrap();
    assert_eq!(kept, "/halls/1");
}
