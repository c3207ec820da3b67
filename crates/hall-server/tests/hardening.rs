//! Abuse limits over HTTP: every error is the envelope (even axum's own), bodies are
//! capped, lookups and staff-token guesses are rate limited per client (behind a load
//! balancer too), and CORS lets only the configured sites call the API from a browser.

mod common;

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use common::{STAFF_TOKEN, TestResponse, TestServer};
use hall_server::ServeOptions;
use hall_server::guard::{ClientAddressSource, CorsPolicy};

fn from(addr: &str, mut request: Request<Body>) -> Request<Body> {
    let addr: SocketAddr = format!("{addr}:40000").parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(addr));
    request
}

/// Looks up an appointment that does not exist, from `peer`, with an optional
/// `X-Forwarded-For`.
async fn lookup(server: &TestServer, peer: &str, forwarded_for: Option<&str>) -> TestResponse {
    let mut builder = Request::get("/api/v1/appointments/HG-NOSUCH").header(header::AUTHORIZATION, "Bearer 0123456789abcdef");
    if let Some(forwarded) = forwarded_for {
        builder = builder.header("x-forwarded-for", forwarded);
    }
    server.request(from(peer, builder.body(Body::empty()).unwrap())).await
}

/// How many lookups pass before the first `rate_limited`.
async fn lookups_before_limit(server: &TestServer, peer: &str, forwarded_for: impl Fn(u32) -> Option<String>) -> u32 {
    for attempt in 0..40 {
        let response = lookup(server, peer, forwarded_for(attempt).as_deref()).await;
        if response.status == StatusCode::TOO_MANY_REQUESTS {
            assert_eq!(response.error_code(), "rate_limited");
            assert!(response.header(header::RETRY_AFTER).is_some_and(|s| s.parse::<u32>().unwrap() >= 1), "Retry-After in seconds");
            return attempt;
        }
        assert_eq!(response.error_code(), "appointment_not_found");
    }
    40
}

#[tokio::test]
async fn errors_axum_answers_itself_are_the_envelope_too() {
    let server = TestServer::demo().await;
    let wrong_method = server.request(Request::put("/api/v1/halls").body(Body::empty()).unwrap()).await;
    assert_eq!((wrong_method.status, wrong_method.error_code()), (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed".to_owned()));
    assert!(wrong_method.header(header::ALLOW).is_some_and(|allow| allow.contains("GET")), "Allow names the methods the route takes");

    let huge = format!(r#"{{"path": "/{}"}}"#, "a".repeat(100 * 1024));
    let too_large = server.request(Request::post("/api/v1/links").header(header::CONTENT_TYPE, "application/json").body(Body::from(huge)).unwrap()).await;
    assert_eq!((too_large.status, too_large.error_code()), (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large".to_owned()));

    // Just under the cap is read (and refused for what it says, not for its size).
    let big = format!(r#"{{"path": "/{}"}}"#, "a".repeat(60 * 1024));
    let read = server.request(Request::post("/api/v1/links").header(header::CONTENT_TYPE, "application/json").body(Body::from(big)).unwrap()).await;
    assert_eq!(read.status, StatusCode::BAD_REQUEST);
    assert_eq!(read.error_code(), "invalid_parameter");
}

#[tokio::test]
async fn lookups_are_limited_per_client_and_a_forwarded_for_header_counts_only_behind_a_proxy() {
    // Facing the internet: X-Forwarded-For is the client's own claim and changes nothing.
    let direct = TestServer::demo().await;
    let passed = lookups_before_limit(&direct, "198.51.100.1", |n| Some(format!("203.0.113.{n}"))).await;
    assert_eq!(passed, 30, "30 lookups at once, then Retry-After");
    assert_eq!(lookup(&direct, "198.51.100.2", None).await.error_code(), "appointment_not_found", "another client has its own bucket");

    // Behind a load balancer every request comes from its address; the entry it appended
    // (the last) is the client.
    let options = ServeOptions { client_address: ClientAddressSource::ForwardedFor, ..ServeOptions::default() };
    let proxied = TestServer::demo_with(None, &options).await;
    let passed = lookups_before_limit(&proxied, "10.0.0.1", |_| Some("6.6.6.6, 203.0.113.7".to_owned())).await;
    assert_eq!(passed, 30);
    let other = lookup(&proxied, "10.0.0.1", Some("203.0.113.7, 203.0.113.8")).await;
    assert_eq!(other.error_code(), "appointment_not_found", "a client cannot borrow another's bucket by prepending addresses");
}

#[tokio::test]
async fn wrong_staff_tokens_are_limited_and_the_right_one_still_works_from_elsewhere() {
    let server = TestServer::demo().await;
    let create = |token: &str, peer: &str| {
        let body = r#"{"number": "T-1"}"#;
        from(
            peer,
            Request::post("/api/v1/staff/applications")
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body))
                .unwrap(),
        )
    };
    for _ in 0..5 {
        assert_eq!(server.request(create("guess-guess-guess-guess-guess-guess", "198.51.100.9")).await.error_code(), "staff_unauthorized");
    }
    let limited = server.request(create(STAFF_TOKEN, "198.51.100.9")).await;
    assert_eq!(
        (limited.status, limited.error_code()),
        (StatusCode::TOO_MANY_REQUESTS, "rate_limited".to_owned()),
        "even the right token waits after 5 wrong ones"
    );
    let elsewhere = server.request(create(STAFF_TOKEN, "198.51.100.10")).await;
    assert_ne!(elsewhere.status, StatusCode::TOO_MANY_REQUESTS);
    assert_ne!(elsewhere.status, StatusCode::UNAUTHORIZED, "the staff token is accepted: {}", String::from_utf8_lossy(&elsewhere.body));

    // Even with the right token, one client's writes are limited (a leaked token cannot
    // flood the database): 120 at once, then Retry-After.
    let mut passed = 1;
    let limited = loop {
        let response = server.request(create(STAFF_TOKEN, "198.51.100.10")).await;
        if response.status == StatusCode::TOO_MANY_REQUESTS {
            break response;
        }
        passed += 1;
        assert!(passed <= 200, "staff writes are limited");
    };
    assert_eq!(passed, 120);
    assert!(limited.header(header::RETRY_AFTER).is_some());
}

#[tokio::test]
async fn only_configured_origins_may_call_the_api_from_a_browser() {
    let preflight = |origin: &str| {
        Request::options("/api/v1/appointments")
            .header(header::ORIGIN, origin)
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "content-type, idempotency-key")
            .body(Body::empty())
            .unwrap()
    };
    let portal = "https://portal.example.gov.cn";
    let options = ServeOptions { cors: CorsPolicy::parse(portal).unwrap(), ..ServeOptions::default() };
    let server = TestServer::demo_with(None, &options).await;

    let allowed = server.request(preflight(portal)).await;
    assert!(allowed.status.is_success(), "{}", allowed.status);
    assert_eq!(allowed.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), Some(portal));
    assert!(allowed.header(header::ACCESS_CONTROL_ALLOW_HEADERS).is_some_and(|h| h.to_ascii_lowercase().contains("idempotency-key")));
    let read = server.request(Request::get("/api/v1/regions").header(header::ORIGIN, portal).body(Body::empty()).unwrap()).await;
    assert_eq!(read.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), Some(portal));

    let stranger = server.request(preflight("https://evil.example")).await;
    assert_eq!(stranger.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), None, "an unlisted site gets no permission");

    let default = TestServer::demo().await;
    let read = default.request(Request::get("/api/v1/regions").header(header::ORIGIN, portal).body(Body::empty()).unwrap()).await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(read.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), None, "by default no other site may call the API");
    assert!(CorsPolicy::parse("*").is_err(), "a wildcard is not an origin");
}

#[tokio::test]
async fn unreadable_paths_and_unknown_fields_are_named() {
    let server = TestServer::demo().await;
    let bad_path = server.get("/api/v1/halls/%FF").await;
    assert_eq!((bad_path.status, bad_path.error_code()), (StatusCode::BAD_REQUEST, "invalid_parameter".to_owned()));
    assert_eq!(bad_path.json()["error"]["field"], "path", "not UTF-8: the path is named, not the body");

    let lookup =
        |body: &'static str| Request::post("/api/v1/applications/lookup").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap();
    let extra = server.request(lookup(r#"{"number": "DEMO-04", "verifier": "5678", "admin": true}"#)).await;
    assert_eq!((extra.status, extra.json()["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("body")), "an unknown field is refused, not ignored");
}

#[tokio::test]
async fn a_request_that_takes_too_long_is_answered_unavailable() {
    use std::time::{Duration, Instant};
    let options = ServeOptions { request_timeout: Duration::from_millis(500), ..ServeOptions::default() };
    let server = TestServer::demo_with(None, &options).await;
    // A body that starts and never ends (a slow or stalled client).
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Result<axum::body::Bytes, std::io::Error>>(1);
    sender.send(Ok(axum::body::Bytes::from_static(b"{\"path\": \"/"))).await.unwrap();
    let body = Body::from_stream(futures_util::stream::poll_fn(move |cx| receiver.poll_recv(cx)));
    let started = Instant::now();
    let response = server.request(Request::post("/api/v1/links").header(header::CONTENT_TYPE, "application/json").body(body).unwrap()).await;
    assert_eq!((response.status, response.error_code()), (StatusCode::SERVICE_UNAVAILABLE, "unavailable".to_owned()));
    assert!(response.header(header::RETRY_AFTER).is_some());
    assert!(started.elapsed() < Duration::from_secs(5), "answered at the limit, not when the client gives up");
    drop(sender);
}

#[tokio::test]
async fn a_database_that_goes_away_answers_unavailable_and_is_used_again_when_back() {
    use sqlx::Connection;
    let server = TestServer::demo().await;
    let Ok(admin) = std::env::var("HALL_TEST_POSTGRES_URL") else {
        // SQLite is a file the server holds open: it cannot go away under it. This test
        // runs in the PostgreSQL pass of scripts/test.sh.
        return;
    };
    let name: String = sqlx::query_scalar("SELECT current_database()::text").fetch_one(server.state.store.catalogue_pool()).await.unwrap();
    let mut admin = sqlx::AnyConnection::connect(&admin).await.unwrap();
    let search = "/api/v1/items/101100000001"; // a guide: asks the database every time
    assert_eq!(server.get(search).await.status, StatusCode::OK);

    // The database refuses connections, and the server's are cut.
    sqlx::query(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false")).execute(&mut admin).await.unwrap();
    sqlx::query(&format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")).execute(&mut admin).await.unwrap();
    let gone = server.get(search).await;
    assert_eq!((gone.status, gone.error_code()), (StatusCode::SERVICE_UNAVAILABLE, "unavailable".to_owned()));
    assert!(gone.header(header::RETRY_AFTER).is_some_and(|s| s.parse::<u32>().unwrap() >= 1));

    // Back: the next request is answered, with no restart.
    sqlx::query(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true")).execute(&mut admin).await.unwrap();
    let back = server.get(search).await;
    assert_eq!(back.status, StatusCode::OK, "{}", String::from_utf8_lossy(&back.body));
}

#[tokio::test]
async fn the_staff_console_is_served_apart_may_use_the_camera_and_is_never_framed() {
    let (app, console) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::fs::write(app.path().join("index.html"), "<!doctype html><title>citizens</title>").unwrap();
    std::fs::write(console.path().join("index.html"), "<!doctype html><title>console</title>").unwrap();
    std::fs::write(console.path().join("hall-console-0123456789abcdef.js"), "export default 1;").unwrap();
    let options = ServeOptions { console: Some(console.path().to_owned()), ..ServeOptions::default() };
    let server = TestServer::demo_with(Some(app.path().to_owned()), &options).await;

    let bare = server.get("/console").await;
    assert_eq!(bare.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(bare.header(header::LOCATION), Some("/console/"));
    // The console's own page for its root and for any path under it (its views are in the
    // query, but an old bookmark must not fall through to the citizens' app).
    for path in ["/console/", "/console/check-in", "/console/?hall=330106-01&tab=day"] {
        let page = server.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(String::from_utf8_lossy(&page.body).contains("<title>console</title>"), "{path}");
        assert_eq!(page.header(header::HeaderName::from_static("permissions-policy")), Some("camera=(self), microphone=(), geolocation=()"), "{path}");
        assert_eq!(page.header(header::CONTENT_SECURITY_POLICY), Some("frame-ancestors 'none'"), "{path}");
        assert_eq!(page.header(header::CACHE_CONTROL), Some("no-cache"), "{path}");
    }
    let script = server.get("/console/hall-console-0123456789abcdef.js").await;
    assert_eq!(script.header(header::CACHE_CONTROL), Some("public, max-age=31536000, immutable"));
    // The citizens' pages keep no camera.
    let citizens = server.get("/").await;
    assert!(String::from_utf8_lossy(&citizens.body).contains("citizens"));
    assert_eq!(citizens.header(header::HeaderName::from_static("permissions-policy")), Some("camera=(), microphone=(), geolocation=(self)"));
    // The API is unchanged by the console's pages beside it.
    assert_eq!(server.get("/api/v1/console/session").await.status, StatusCode::UNAUTHORIZED);
}
