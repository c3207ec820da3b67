//! Short links over HTTP: a page gets one code for good, the code opens the page, and
//! nothing but a page of the guide can be linked.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{TestResponse, TestServer};
use hall_model::ShortLink;

async fn post_link(server: &TestServer, path: &str) -> TestResponse {
    let body = serde_json::json!({ "path": path }).to_string();
    server.request(Request::post("/api/v1/links").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap()).await
}

#[tokio::test]
async fn a_page_gets_one_short_link_that_redirects_to_it() {
    let server = TestServer::demo().await;
    let path = "/halls/330106-01/items/101100000001?a=case.company-llc_foreign.no&lang=ug";
    let first = post_link(&server, path).await;
    assert_eq!(first.status, StatusCode::CREATED);
    let link: ShortLink = first.parse();
    assert_eq!((link.code.len(), link.short_path.clone(), link.path.as_str()), (7, format!("/s/{}", link.code), path));

    let again = post_link(&server, path).await;
    assert_eq!(again.status, StatusCode::OK, "the same page keeps its code");
    assert_eq!(again.parse::<ShortLink>(), link);

    let other: ShortLink = post_link(&server, "/halls/330106-01").await.parse();
    assert_ne!(other.code, link.code);

    let shown: ShortLink = server.get(&format!("/api/v1/links/{}", link.code.to_lowercase())).await.parse();
    assert_eq!(shown, link, "codes are read case-insensitively");

    let followed = server.get(&link.short_path).await;
    assert_eq!(followed.status, StatusCode::FOUND);
    assert_eq!(followed.header(header::LOCATION), Some(path));
}

#[tokio::test]
async fn unknown_codes_and_foreign_paths_are_refused_clearly() {
    let server = TestServer::demo().await;
    let missing = server.get("/api/v1/links/ZZZZZZZ").await;
    assert_eq!((missing.status, missing.error_code()), (StatusCode::NOT_FOUND, "link_not_found".to_owned()));
    let followed = server.get("/s/ZZZZZZZ").await;
    assert_eq!((followed.status, followed.header(header::LOCATION)), (StatusCode::FOUND, Some("/not-found")));
    for path in ["https://evil.example/", "//evil.example/", "/no/such/page", "/appointments/7K3M9QXA"] {
        let refused = post_link(&server, path).await;
        assert_eq!((refused.status, refused.error_code()), (StatusCode::BAD_REQUEST, "invalid_parameter".to_owned()), "{path}");
        assert_eq!(refused.json()["error"]["field"], "path");
    }
}

#[tokio::test]
async fn links_survive_a_reload_of_the_catalogue() {
    let server = TestServer::demo().await;
    let link: ShortLink = post_link(&server, "/items/101100000001?a=case.company-llc").await.parse();
    // Seeding replaces the catalogue file only; links live with the bookings.
    server.reseed().await;
    let path: String = sqlx::query_scalar("SELECT path FROM links WHERE code = $1")
        .bind(&link.code)
        .fetch_one(server.state.store.bookings_pool())
        .await
        .expect("the link is kept");
    assert_eq!(path, "/items/101100000001?a=case.company-llc");
}

#[tokio::test]
async fn halls_can_be_listed_by_an_item_they_offer() {
    let server = TestServer::demo().await;
    let all: hall_model::HallList = server.get("/api/v1/halls?limit=200").await.parse();
    let item = "101100000001";
    let offering: hall_model::HallList = server.get(&format!("/api/v1/halls?item={item}&limit=200")).await.parse();
    assert!(offering.total > 0 && offering.total < all.total, "{} of {}", offering.total, all.total);
    for hall in &offering.halls {
        let guide = server.get(&format!("/api/v1/halls/{}/items/{item}", hall.code)).await;
        assert_eq!(guide.status, StatusCode::OK, "{} is listed but does not offer {item}", hall.code);
    }
    let other = all.halls.iter().find(|h| !offering.halls.iter().any(|o| o.code == h.code)).expect("a hall without the item");
    let refused = server.get(&format!("/api/v1/halls/{}/items/{item}", other.code)).await;
    assert_eq!(refused.error_code(), "item_not_offered_at_hall");
    let bad = server.get("/api/v1/halls?item=%3Cscript%3E").await;
    assert_eq!((bad.status, bad.json()["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("item")));
}

#[tokio::test]
async fn only_configured_origins_may_frame_the_guide() {
    let policy = hall_server::FramePolicy::parse("https://portal.example.gov.cn, http://127.0.0.1:8081").expect("origins");
    assert_eq!(policy.header(), "frame-ancestors 'self' https://portal.example.gov.cn http://127.0.0.1:8081");
    for bad in ["portal.example.gov.cn", "https://x.example/path'; script-src *", "javascript:alert(1)", "https://"] {
        assert!(hall_server::FramePolicy::parse(bad).is_err(), "{bad}");
    }
    let server = TestServer::demo().await;
    for path in ["/api/v1/regions", "/s/ZZZZZZZ"] {
        assert_eq!(server.get(path).await.header(header::CONTENT_SECURITY_POLICY), Some("frame-ancestors 'self'"), "{path}");
    }
}
