//! The server's layers, checked on its source: the store (`src/store/`) imports nothing of
//! the HTTP side, and no SQL is written outside it; the route table in `src/lib.rs`'s
//! documentation lists exactly `API_ROUTES`.

use std::path::{Path, PathBuf};

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}

/// The file's code without its comments (doc comments may name the HTTP side).
fn code_of(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap().lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_store_imports_nothing_from_the_http_side() {
    let http =
        ["axum", "hyper", "tower", "crate::api", "crate::state", "AppState", "crate::guard", "crate::limits", "crate::rate_limit", "ErrorCode", "StatusCode"];
    let files = sources(&src().join("store"));
    assert!(files.len() >= 10, "the store's files are found: {files:?}");
    for file in files {
        let code = code_of(&file);
        for name in http {
            assert!(!code.contains(name), "{} uses {name}: the store must not know the HTTP layer", file.display());
        }
    }
}

#[test]
fn no_sql_is_written_outside_the_store() {
    let store = src().join("store");
    let files: Vec<_> = sources(&src()).into_iter().filter(|f| !f.starts_with(&store)).collect();
    assert!(files.iter().any(|f| f.ends_with("main.rs")), "main.rs is checked too");
    for file in files {
        let code = code_of(&file);
        for sql in ["sqlx::query", "use sqlx", "SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", "PRAGMA"] {
            assert!(!code.contains(sql), "{} holds `{sql}`: SQL belongs in src/store/", file.display());
        }
    }
}

#[test]
fn the_route_table_in_the_crate_documentation_lists_every_route() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    let mut documented: Vec<(String, String)> = lib
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.strip_prefix("//! |")?.split('|').map(str::trim).collect();
            let path = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            Some((cells[0].to_ascii_lowercase(), path.to_owned()))
        })
        .collect();
    let mut routes: Vec<(String, String)> = hall_server::API_ROUTES.iter().map(|(m, p)| (m.to_string(), p.to_string())).collect();
    documented.sort();
    routes.sort();
    assert_eq!(documented, routes, "src/lib.rs's table and API_ROUTES differ");
}
