//! Shared by the server's HTTP tests: a fresh demo database per test, and requests sent
//! through `app().oneshot(..)` with no port opened.

#![allow(dead_code)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The day the test server believes it is: its 14-day booking window (1–14 October 2026)
/// holds the National Day holidays (1–7 October) and a swapped working Saturday (10th).
pub const TODAY: &str = "2026-09-30";

/// The staff API's token in tests.
pub const STAFF_TOKEN: &str = "test-staff-token-0123456789abcdef0123";

trait ParseDate {
    fn parse_date(&self) -> hall_model::Date;
}

impl ParseDate for str {
    fn parse_date(&self) -> hall_model::Date {
        hall_model::Date::parse(self).expect("a test date")
    }
}

/// A valid resident ID for person `n` (born 1990-01-01, sequence `n`).
pub fn resident_id(n: u32) -> String {
    let first17 = format!("110105{}{:03}", "19900101", n % 1000);
    format!("{first17}{}", hall_model::identity::check_character(first17.as_bytes()) as char)
}

/// A mainland mobile number for person `n`.
pub fn mobile(n: u32) -> String {
    format!("138{:08}", n)
}

pub struct TestServer {
    pub app: Router,
    pub state: hall_server::AppState,
    // Dropping this deletes the database; it lives as long as the server.
    _dir: tempfile::TempDir,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: Vec<u8>,
}

impl TestResponse {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("body is not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn parse<T: serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("body does not decode ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn header(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The stable error code of an error envelope.
    pub fn error_code(&self) -> String {
        self.json()["error"]["code"].as_str().unwrap_or_else(|| panic!("not an error envelope: {}", String::from_utf8_lossy(&self.body))).to_owned()
    }
}

/// The databases of a test server, seeded with the demo catalogue: the two SQLite files
/// in its data directory, or, when `HALL_TEST_POSTGRES_URL` names a PostgreSQL server
/// (scripts/test.sh starts one), one fresh database there for both.
pub async fn databases(dir: &std::path::Path) -> hall_server::store::Databases {
    let catalogue = hall_server::seed::demo::catalogue().expect("demo data parses");
    match postgres_url() {
        None => {
            hall_server::seed::seed_data_dir(dir, &catalogue, "demo").await.expect("demo data seeds");
            hall_server::store::Databases::sqlite(dir).await.expect("databases open")
        }
        Some(_) => {
            let databases = hall_server::store::Databases::postgres(&fresh_postgres_database().await).await.expect("PostgreSQL database opens");
            hall_server::seed::load::load(&databases.catalogue, &catalogue, "demo").await.expect("demo data seeds into PostgreSQL");
            databases
        }
    }
}

/// The PostgreSQL server the tests may use (`HALL_TEST_POSTGRES_URL`).
pub fn postgres_url() -> Option<String> {
    std::env::var("HALL_TEST_POSTGRES_URL").ok().filter(|u| !u.is_empty())
}

/// The URL of a new, empty database on the test PostgreSQL server.
pub async fn fresh_postgres_database() -> String {
    use sqlx::Connection;
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let admin = postgres_url().expect("HALL_TEST_POSTGRES_URL is set");
    let name = format!("hall_test_{}_{}", std::process::id(), NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&admin).await.expect("PostgreSQL answers");
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("test database created");
    let (server, _) = admin.rsplit_once('/').expect("a URL ending in /database");
    format!("{server}/{name}")
}

/// A store on a freshly seeded demo database that believes it is `today`, as the test
/// servers use; the directory holds its SQLite files (and must live as long as it).
pub async fn demo_store(today: &str) -> (hall_server::store::Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let databases = databases(dir.path()).await;
    let secrets = hall_server::store::secrets::Secrets::from_master([42; 32]);
    let store = hall_server::store::Store::open(databases, secrets, hall_server::store::Clock::Fixed(today.parse_date())).await.expect("store opens");
    (store, dir)
}

impl TestServer {
    /// Seeds the demo catalogue again, as `hall-server seed` would, into whichever
    /// database the server uses.
    pub async fn reseed(&self) {
        let catalogue = hall_server::seed::demo::catalogue().expect("demo data parses");
        match self.backend() {
            hall_server::store::db::Backend::Sqlite => {
                hall_server::seed::seed_data_dir(self.data_dir(), &catalogue, "demo").await.expect("reseed");
            }
            hall_server::store::db::Backend::Postgres => {
                hall_server::seed::load::load(self.state.store.catalogue_pool(), &catalogue, "demo").await.expect("reseed");
            }
        }
    }

    pub fn backend(&self) -> hall_server::store::Backend {
        self.state.store.backend()
    }

    /// A server on a freshly seeded demo database (optionally serving `dist`).
    pub async fn demo_with_dist(dist: Option<std::path::PathBuf>) -> TestServer {
        TestServer::demo_with(dist, &hall_server::ServeOptions::default()).await
    }

    /// A server on a freshly seeded demo database, configured like `serve` with `options`.
    pub async fn demo_with(dist: Option<std::path::PathBuf>, options: &hall_server::ServeOptions) -> TestServer {
        TestServer::demo_at(TODAY, dist, options).await
    }

    /// A demo server that believes it is `today`.
    pub async fn demo_on(today: &str) -> TestServer {
        TestServer::demo_at(today, None, &hall_server::ServeOptions::default()).await
    }

    async fn demo_at(today: &str, dist: Option<std::path::PathBuf>, options: &hall_server::ServeOptions) -> TestServer {
        let (store, dir) = demo_store(today).await;
        let guards = hall_server::limits::Guards::new(hall_server::limits::Limits::default(), Some(STAFF_TOKEN.to_owned()));
        let state = hall_server::AppState::new(store, guards);
        TestServer { app: hall_server::app_with_options(state.clone(), dist, options), state, _dir: dir }
    }

    pub fn data_dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    pub async fn demo() -> TestServer {
        TestServer::demo_with_dist(None).await
    }

    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        let response = self.app.clone().oneshot(request).await.expect("the router never fails");
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.expect("body").to_bytes().to_vec();
        TestResponse { status, headers, body }
    }

    pub async fn get(&self, uri: &str) -> TestResponse {
        self.request(Request::get(uri).body(Body::empty()).expect("request")).await
    }

    pub async fn get_with(&self, uri: &str, name: &str, value: &str) -> TestResponse {
        self.request(Request::get(uri).header(name, value).body(Body::empty()).expect("request")).await
    }
}
