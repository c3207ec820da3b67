//! Application status over HTTP: the staff API, lookups that fail uniformly, the limits
//! on failed lookups, deadlines in working days, and one rating per completed case.

mod common;

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use common::{STAFF_TOKEN, TestResponse, TestServer};
use hall_model::{ApplicationView, Status};
use serde_json::json;

async fn post(server: &TestServer, uri: &str, body: serde_json::Value, token: Option<&str>, client: u8) -> TestResponse {
    let mut builder = Request::post(uri).header("content-type", "application/json");
    if let Some(token) = token {
        builder = builder.header("authorization", format!("Bearer {token}"));
    }
    let mut request = builder.body(Body::from(body.to_string())).unwrap();
    request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([10, 1, 0, client], 5000))));
    server.request(request).await
}

async fn demo() -> TestServer {
    let server = TestServer::demo().await;
    assert_eq!(server.state.store.seed_demo_applications().await.unwrap(), 11);
    server
}

async fn lookup(server: &TestServer, number: &str, verifier: &str, client: u8) -> TestResponse {
    post(server, "/api/v1/applications/lookup", json!({"number": number, "verifier": verifier}), None, client).await
}

#[tokio::test]
async fn an_applicant_sees_the_timeline_with_the_phone_digits_or_the_query_code() {
    let server = demo().await;
    for verifier in ["5678", "demo00", " DEMO00 "] {
        let response = lookup(&server, "demo-04", verifier, 1).await;
        assert_eq!(response.status, StatusCode::OK, "{verifier}: {}", String::from_utf8_lossy(&response.body));
        let view: ApplicationView = response.parse();
        assert_eq!(view.status, Status::CorrectionNeeded);
        assert_eq!(view.applicant_masked, "张*");
        let last = view.timeline.last().unwrap();
        assert_eq!(last.materials, vec!["营业执照复印件".to_owned()]);
        assert!(last.reason.is_some());
        assert_eq!(view.working_days_left, None, "the limit does not run while a correction is awaited");
        assert!(!response.body.windows(4).any(|w| w == b"5678") || verifier == "5678", "the phone is never sent back");
        assert!(!String::from_utf8_lossy(&response.body).contains("13800005678"));
    }
    // Deadlines count working days: the case stuck for 30 working days is overdue.
    let overdue: ApplicationView = lookup(&server, "DEMO-05", "5678", 1).await.parse();
    assert!(overdue.working_days_left.unwrap() < 0, "{:?}", overdue.working_days_left);
    let posted: ApplicationView = lookup(&server, "DEMO-08", "5678", 1).await.parse();
    assert_eq!(posted.status, Status::Posted);
    assert_eq!(posted.working_days_left, None, "a decided case has no deadline left");
    assert!(posted.timeline.last().unwrap().tracking.is_some());
}

#[tokio::test]
async fn a_wrong_number_and_a_wrong_verifier_fail_byte_for_byte_alike() {
    let server = demo().await;
    let wrong_verifier = lookup(&server, "DEMO-01", "0000", 2).await;
    let wrong_number = lookup(&server, "DEMO-99", "5678", 3).await;
    assert_eq!(wrong_verifier.status, StatusCode::NOT_FOUND);
    assert_eq!(wrong_verifier.status, wrong_number.status);
    assert_eq!(wrong_verifier.body, wrong_number.body);
    assert_eq!(wrong_verifier.error_code(), "application_not_found");
    // A second failure on each number: the attempts left (per number) count down alike.
    let empty = lookup(&server, "DEMO-01", "", 4).await;
    let wrong_number_again = lookup(&server, "DEMO-99", "5678", 5).await;
    assert_eq!(empty.body, wrong_number_again.body);
    assert_ne!(empty.body, wrong_number.body, "one attempt fewer left");
}

#[tokio::test]
async fn failed_lookups_are_limited_per_client_and_per_application_number() {
    let server = demo().await;
    for attempt in 0..5 {
        assert_eq!(lookup(&server, "DEMO-02", &format!("{attempt:04}"), 9).await.status, StatusCode::NOT_FOUND);
    }
    let blocked = lookup(&server, "DEMO-03", "9999", 9).await;
    assert_eq!((blocked.status, blocked.error_code()), (StatusCode::TOO_MANY_REQUESTS, "rate_limited".to_owned()));
    assert!(blocked.header(axum::http::header::RETRY_AFTER).is_some());
    // A blocked client cannot even try the right verifier for a while.
    assert_eq!(lookup(&server, "DEMO-03", "5678", 9).await.status, StatusCode::TOO_MANY_REQUESTS);
    // The number is now guarded too: guesses from other addresses are refused.
    assert_eq!(lookup(&server, "DEMO-02", "1234", 10).await.status, StatusCode::TOO_MANY_REQUESTS);
    // Successful lookups from other clients of other numbers are not affected.
    assert_eq!(lookup(&server, "DEMO-03", "5678", 11).await.status, StatusCode::OK);
}

#[tokio::test]
async fn staff_create_applications_and_append_only_sensible_events() {
    let server = demo().await;
    let new = json!({
        "number": "HZ-2026-0001", "item_code": "101100000001", "hall_code": "330000-01", "submitted": "2026-09-29",
        "applicant_name": "李四", "mobile": "139 0000 1111", "query_code": "Q1W2E3",
    });
    let halls: hall_model::HallList = server.get("/api/v1/halls?limit=1").await.parse();
    let mut new = new;
    new["hall_code"] = json!(halls.halls[0].code);
    let items: hall_model::HallItems = server.get(&format!("/api/v1/halls/{}/items", halls.halls[0].code)).await.parse();
    new["item_code"] = json!(items.items[0].code);

    let refused = post(&server, "/api/v1/staff/applications", new.clone(), None, 1).await;
    assert_eq!((refused.status, refused.error_code()), (StatusCode::UNAUTHORIZED, "staff_unauthorized".to_owned()));
    let wrong = post(&server, "/api/v1/staff/applications", new.clone(), Some("not-the-token"), 1).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let created = post(&server, "/api/v1/staff/applications", new.clone(), Some(STAFF_TOKEN), 1).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&created.body));
    assert_eq!(created.parse::<ApplicationView>().status, Status::Submitted);

    let events = "/api/v1/staff/applications/HZ-2026-0001/events";
    let jump = post(&server, events, json!({"status": "completed", "date": "2026-09-30"}), Some(STAFF_TOKEN), 1).await;
    assert_eq!((jump.status, jump.error_code()), (StatusCode::CONFLICT, "invalid_transition".to_owned()));
    for status in ["accepted", "under_review", "approved", "ready_for_pickup", "completed"] {
        let step = post(&server, events, json!({"status": status, "date": "2026-09-30"}), Some(STAFF_TOKEN), 1).await;
        assert_eq!(step.status, StatusCode::CREATED, "{status}: {}", String::from_utf8_lossy(&step.body));
    }
    let backwards = post(&server, events, json!({"status": "under_review", "date": "2026-09-30"}), Some(STAFF_TOKEN), 1).await;
    assert_eq!(backwards.error_code(), "invalid_transition");
    let view: ApplicationView = lookup(&server, "HZ-2026-0001", "1111", 1).await.parse();
    assert_eq!(view.status, Status::Completed);
    assert_eq!(view.timeline.len(), 6);
}

#[tokio::test]
async fn a_completed_application_is_rated_once() {
    let server = demo().await;
    let early = post(&server, "/api/v1/applications/DEMO-03/feedback", json!({"verifier": "5678", "rating": 5}), None, 1).await;
    assert_eq!((early.status, early.error_code()), (StatusCode::CONFLICT, "application_not_completed".to_owned()));
    let bad = post(&server, "/api/v1/applications/DEMO-09/feedback", json!({"verifier": "5678", "rating": 6}), None, 1).await;
    assert_eq!(bad.json()["error"]["field"], "rating");
    let rated = post(&server, "/api/v1/applications/DEMO-09/feedback", json!({"verifier": "5678", "rating": 4, "comment": "窗口很耐心"}), None, 1).await;
    assert_eq!(rated.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&rated.body));
    assert_eq!(rated.parse::<ApplicationView>().rating, Some(4));
    let again = post(&server, "/api/v1/applications/DEMO-09/feedback", json!({"verifier": "5678", "rating": 1}), None, 1).await;
    assert_eq!((again.status, again.error_code()), (StatusCode::CONFLICT, "feedback_already_given".to_owned()));
    let stranger = post(&server, "/api/v1/applications/DEMO-09/feedback", json!({"verifier": "0000", "rating": 1}), None, 2).await;
    assert_eq!(stranger.error_code(), "application_not_found");
}
