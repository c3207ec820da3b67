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

#[tokio::test]
async fn the_demo_correction_says_by_when_and_where_and_the_demo_refusal_which_rights_remain() {
    let server = demo().await;
    let correction: ApplicationView = lookup(&server, "DEMO-04", "5678", 1).await.parse();
    let last = correction.timeline.last().unwrap();
    let due = last.correction_due.expect("the demo correction has a deadline");
    assert!(due > last.date, "{due} after {}", last.date);
    assert!(last.correction_where.as_deref().is_some_and(|w| w.contains("窗口")), "{:?}", last.correction_where);
    assert_eq!(correction.appeal, None, "no appeal rights without a refusal");

    // Refused two working days before 2026-09-30 (a Monday, 28 September): review within 60
    // days (Friday 27 November), a lawsuit within 6 months (Sunday 28 March 2027, so Monday).
    let refused: ApplicationView = lookup(&server, "DEMO-11", "5678", 1).await.parse();
    assert_eq!(refused.status, Status::Refused);
    let appeal = refused.appeal.expect("a refusal says what the applicant may do");
    assert_eq!(
        (appeal.refused_on.to_string(), appeal.review_by.to_string(), appeal.sue_by.to_string()),
        ("2026-09-28".to_owned(), "2026-11-27".to_owned(), "2027-03-29".to_owned())
    );
    assert_eq!(appeal.review_body.as_deref(), Some("浙江省人民政府"));
    assert!(appeal.court.as_deref().is_some_and(|c| c.ends_with("人民法院")));
}

#[tokio::test]
async fn staff_give_a_correction_a_deadline_and_a_place_and_a_refusal_the_bodies_of_its_decision() {
    let server = demo().await;
    let halls: hall_model::HallList = server.get("/api/v1/halls?limit=1").await.parse();
    let hall = &halls.halls[0].code;
    let items: hall_model::HallItems = server.get(&format!("/api/v1/halls/{hall}/items")).await.parse();
    let new = json!({
        "number": "HZ-2026-0002", "item_code": items.items[0].code, "hall_code": hall, "submitted": "2026-09-29",
        "applicant_name": "李四", "mobile": "13900002222", "query_code": "Q2W3E4R5",
    });
    assert_eq!(post(&server, "/api/v1/staff/applications", new, Some(STAFF_TOKEN), 1).await.status, StatusCode::CREATED);
    let events = "/api/v1/staff/applications/HZ-2026-0002/events";
    let accepted = post(&server, events, json!({"status": "accepted", "date": "2026-09-29"}), Some(STAFF_TOKEN), 1).await;
    assert_eq!(accepted.status, StatusCode::CREATED);

    let correction = |extra: serde_json::Value| {
        let mut event = json!({"status": "correction_needed", "date": "2026-10-09", "reason": "身份证复印件不清晰", "materials": ["身份证复印件"]});
        event.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        event
    };
    let place = "请到 A01 窗口提交原件";
    // Each refused with `invalid_parameter` naming the field.
    let wrong = [
        (correction(json!({"correction_where": place})), "correction_due"),
        (correction(json!({"correction_due": "2026-10-08", "correction_where": place})), "correction_due"),
        (correction(json!({"correction_due": "2036-10-09", "correction_where": place})), "correction_due"),
        (correction(json!({"correction_due": "2026-10-23"})), "correction_where"),
        (correction(json!({"correction_due": "2026-10-23", "correction_where": "   "})), "correction_where"),
        (correction(json!({"correction_due": "2026-10-23", "correction_where": "窗".repeat(201)})), "correction_where"),
        (correction(json!({"correction_due": "2026-10-23", "correction_where": place, "court": "杭州市西湖区人民法院"})), "court"),
        (json!({"status": "under_review", "date": "2026-10-09", "correction_due": "2026-10-23"}), "correction_due"),
        (json!({"status": "under_review", "date": "2026-10-09", "review_body": "浙江省人民政府"}), "review_body"),
    ];
    for (event, field) in wrong {
        let refused = post(&server, events, event.clone(), Some(STAFF_TOKEN), 1).await;
        assert_eq!((refused.status, refused.error_code()), (StatusCode::BAD_REQUEST, "invalid_parameter".to_owned()), "{event}");
        assert_eq!(refused.json()["error"]["field"], field, "{event}: {}", String::from_utf8_lossy(&refused.body));
    }
    // A date that is not a date is refused as an unreadable body.
    let unreadable = post(&server, events, correction(json!({"correction_due": "23.10.2026", "correction_where": place})), Some(STAFF_TOKEN), 1).await;
    assert_eq!(unreadable.error_code(), "invalid_parameter");
    let view: ApplicationView = lookup(&server, "HZ-2026-0002", "2222", 1).await.parse();
    assert_eq!(view.timeline.len(), 2, "nothing refused was appended");

    let given = post(&server, events, correction(json!({"correction_due": "2026-10-23", "correction_where": place})), Some(STAFF_TOKEN), 1).await;
    assert_eq!(given.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&given.body));
    let view: ApplicationView = lookup(&server, "HZ-2026-0002", "2222", 1).await.parse();
    let last = view.timeline.last().unwrap();
    assert_eq!((last.correction_due.map(|d| d.to_string()), last.correction_where.as_deref()), (Some("2026-10-23".to_owned()), Some(place)));

    // A refusal whose decision names no bodies: the applicant is told the law's, with the dates.
    let blank_court = post(&server, events, json!({"status": "refused", "date": "2026-10-12", "court": ""}), Some(STAFF_TOKEN), 1).await;
    assert_eq!(blank_court.json()["error"]["field"], "court");
    let refusal = post(&server, events, json!({"status": "refused", "date": "2026-10-12", "reason": "补正材料仍不符合要求"}), Some(STAFF_TOKEN), 1).await;
    assert_eq!(refusal.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&refusal.body));
    let appeal = refusal.parse::<ApplicationView>().appeal.expect("appeal rights");
    assert_eq!((appeal.review_by.to_string(), appeal.sue_by.to_string()), ("2026-12-11".to_owned(), "2027-04-12".to_owned()));
    assert_eq!((appeal.review_body, appeal.court), (None, None));
    // Closing the refused case keeps the rights on view.
    let closed = post(&server, events, json!({"status": "completed", "date": "2026-10-13"}), Some(STAFF_TOKEN), 1).await;
    assert!(closed.parse::<ApplicationView>().appeal.is_some());
}
