//! The defects independent testing found (issue 17), each as the behaviour a citizen or an
//! attacker would see, on SQLite and (with `HALL_TEST_POSTGRES_URL`) on PostgreSQL:
//! nothing in the database reversible without the server key, overlapping retries
//! answered alike, failed-lookup limits that hold under concurrency, control characters
//! refused at the boundary, a calendar that fails closed past its last known year.

mod common;

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use common::{TestResponse, TestServer, mobile, resident_id};
use hall_model::{Booking, HallSlots};
use serde_json::json;
use sha2::{Digest, Sha256};

/// The hall the demo books at on weekdays (Hangzhou's Xihu district centre) and an item.
async fn bookable(server: &TestServer) -> (String, String) {
    let hall = "330106-01".to_owned();
    let items: hall_model::HallItems = server.get(&format!("/api/v1/halls/{hall}/items")).await.parse();
    (hall, items.items[0].code.clone())
}

async fn first_open_slot(server: &TestServer, hall: &str, item: &str) -> (String, String) {
    let slots: HallSlots = server.get(&format!("/api/v1/halls/{hall}/slots?item={item}")).await.parse();
    let day = slots.days.iter().find(|d| d.open).expect("an open day");
    (day.date.to_string(), day.slots[0].start.clone())
}

fn booking_body(hall: &str, item: &str, date: &str, start: &str, person: u32) -> serde_json::Value {
    json!({"hall_code": hall, "item_code": item, "date": date, "start": start, "name": "王小明",
           "mobile": mobile(person), "resident_id": resident_id(person)})
}

async fn send(server: &TestServer, method: &str, uri: &str, body: &str, headers: &[(&str, &str)], client: [u8; 4]) -> TestResponse {
    let mut builder = Request::builder().method(method).uri(uri).header("content-type", "application/json");
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let mut request = builder.body(Body::from(body.to_owned())).unwrap();
    request.extensions_mut().insert(ConnectInfo(SocketAddr::from((client, 4000))));
    server.request(request).await
}

/// Every text and byte value of every row of `table`.
async fn stored_values(server: &TestServer, table: &str) -> Vec<Vec<u8>> {
    use sqlx::{Column, Row};
    let mut values = Vec::new();
    for row in sqlx::query(&format!("SELECT * FROM {table}")).fetch_all(server.state.store.bookings_pool()).await.unwrap() {
        for i in 0..row.len() {
            if let Ok(text) = row.try_get::<String, _>(i) {
                values.push(text.into_bytes());
            } else if let Ok(bytes) = row.try_get::<Vec<u8>, _>(i) {
                values.push(bytes);
            } else {
                let _ = row.column(i).name();
            }
        }
    }
    values
}

#[tokio::test]
async fn no_stored_hash_can_be_recomputed_from_the_request_without_the_server_key() {
    let server = TestServer::demo().await;
    let (hall, item) = bookable(&server).await;
    let (date, start) = first_open_slot(&server, &hall, &item).await;
    let body = booking_body(&hall, &item, &date, &start, 4242);
    let sent = body.to_string();
    let booked = send(&server, "POST", "/api/v1/appointments", &sent, &[("idempotency-key", "recompute-0001")], [10, 7, 0, 1]).await;
    assert_eq!(booked.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&booked.body));

    // Everything an attacker holding only the database file and the request could hash.
    let request: hall_model::BookingRequest = serde_json::from_value(body.clone()).unwrap();
    let (id, phone) = (resident_id(4242), mobile(4242));
    let mut candidates: Vec<String> = vec![sent.clone(), serde_json::to_string(&request).unwrap(), id.clone(), phone.clone()];
    for separator in ["\n", "|", ":", ",", ""] {
        candidates.push([hall.as_str(), &item, &date, &start, "王小明", &phone, &id].join(separator));
        candidates.push([id.as_str(), &phone].join(separator));
    }
    let digests: Vec<String> = candidates.iter().map(|c| Sha256::digest(c.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()).collect();
    let mut stored = stored_values(&server, "idempotency_keys").await;
    stored.extend(stored_values(&server, "appointments").await);
    assert!(stored.len() >= 10, "the rows were read");
    for value in &stored {
        let text = String::from_utf8_lossy(value);
        for digest in &digests {
            assert!(!text.contains(digest.as_str()), "a stored value is an unkeyed hash of the request: {text}");
        }
        for secret in [&id, &phone] {
            assert!(!value.windows(secret.len()).any(|w| w == secret.as_bytes()), "{secret} stored in clear");
        }
    }
}

#[tokio::test]
async fn a_retry_with_the_mobile_typed_differently_is_the_same_request() {
    let server = TestServer::demo().await;
    let (hall, item) = bookable(&server).await;
    let (date, start) = first_open_slot(&server, &hall, &item).await;
    let mut body = booking_body(&hall, &item, &date, &start, 77);
    let first = send(&server, "POST", "/api/v1/appointments", &body.to_string(), &[("idempotency-key", "canonical-0001")], [10, 7, 0, 2]).await;
    assert_eq!(first.status, StatusCode::CREATED);
    body["mobile"] = json!("138 0000 0077");
    body["name"] = json!("  王小明 ");
    body["resident_id"] = json!(resident_id(77).to_lowercase());
    let retry = send(&server, "POST", "/api/v1/appointments", &body.to_string(), &[("idempotency-key", "canonical-0001")], [10, 7, 0, 2]).await;
    assert_eq!(retry.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&retry.body));
    assert_eq!(retry.body, first.body, "the first answer, byte for byte");
    body["mobile"] = json!("138 0000 0078");
    let other = send(&server, "POST", "/api/v1/appointments", &body.to_string(), &[("idempotency-key", "canonical-0001")], [10, 7, 0, 2]).await;
    assert_eq!(other.error_code(), "idempotency_key_reused");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_overlapping_sends_with_one_key_book_once_and_all_get_the_first_answer() {
    let server = TestServer::demo().await;
    let (hall, item) = bookable(&server).await;
    let slots: HallSlots = server.get(&format!("/api/v1/halls/{hall}/slots?item={item}")).await.parse();
    let day = slots.days.iter().find(|d| d.open).expect("an open day");
    for round in 0..3u32 {
        let (date, start) = (day.date.to_string(), day.slots[round as usize].start.clone());
        let body = booking_body(&hall, &item, &date, &start, 300 + round).to_string();
        let key = format!("overlapping-retries-{round}");
        let mut tasks = Vec::new();
        for n in 0..20u8 {
            let (app, body, key) = (server.app.clone(), body.clone(), key.clone());
            tasks.push(tokio::spawn(async move {
                use tower::ServiceExt;
                let mut request = Request::post("/api/v1/appointments")
                    .header("content-type", "application/json")
                    .header("idempotency-key", key)
                    .body(Body::from(body))
                    .unwrap();
                // Each from its own address, so that the per-client write limit is not what answers.
                request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([10, 20, round as u8, n], 4000))));
                let response = app.oneshot(request).await.unwrap();
                let status = response.status();
                (status, http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes())
            }));
        }
        let mut answers = Vec::new();
        for task in tasks {
            answers.push(task.await.unwrap());
        }
        for (status, body) in &answers {
            assert_eq!(*status, StatusCode::CREATED, "round {round}: every send gets 201: {}", String::from_utf8_lossy(body));
            assert_eq!(body, &answers[0].1, "round {round}: the same answer byte for byte");
        }
        let booked: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appointments WHERE person_key = $1")
            .bind(server.state.store.secrets().person_key(&resident_id(300 + round)))
            .fetch_one(server.state.store.bookings_pool())
            .await
            .unwrap();
        assert_eq!(booked, 1, "round {round}: one appointment");
    }
}

#[tokio::test]
async fn idempotency_rows_last_a_day_and_an_appointments_personal_fields_the_retention_period() {
    let server = TestServer::demo().await;
    let (hall, item) = bookable(&server).await;
    let (date, start) = first_open_slot(&server, &hall, &item).await;
    let booked = send(
        &server,
        "POST",
        "/api/v1/appointments",
        &booking_body(&hall, &item, &date, &start, 9).to_string(),
        &[("idempotency-key", "retention-0001")],
        [10, 7, 0, 3],
    )
    .await;
    let booking: Booking = booked.parse();
    let count = |table: &'static str| {
        let pool = server.state.store.bookings_pool().clone();
        async move { sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&pool).await.unwrap() }
    };
    let now = hall_server::store::db::now();
    let day = hall_model::Date::parse(&date).unwrap();
    let purge = |seconds: i64, today: hall_model::Date| server.state.store.purge(seconds, today, 90);
    assert_eq!(purge(now + 23 * 3600, day).await.unwrap().idempotency_rows, 0, "kept within the day");
    assert_eq!(count("idempotency_keys").await, 1);
    assert_eq!(purge(now + 25 * 3600, day).await.unwrap().idempotency_rows, 1, "purged after 24 h");
    assert_eq!(count("idempotency_keys").await, 0);

    let (uri, authorization) = (format!("/api/v1/appointments/{}", booking.appointment.reference), format!("Bearer {}", booking.manage_token));
    let headers = [("authorization", authorization.as_str())];
    let show = || send(&server, "GET", &uri, "", &headers, [10, 7, 0, 4]);
    assert_eq!(purge(now, day.add_days(90)).await.unwrap().appointments, 0, "kept for 90 days after the date");
    assert_eq!(show().await.json()["name"], "王小明");
    assert_eq!(purge(now, day.add_days(91)).await.unwrap().appointments, 1);
    let after = show().await.json();
    assert_eq!((after["name"].as_str(), after["mobile_masked"].as_str(), after["resident_id_masked"].as_str()), (Some(""), Some(""), Some("")));
    assert_eq!(after["date"], date.as_str(), "the visit itself is kept");
    let person_keys: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appointments WHERE person_key = $1")
        .bind(server.state.store.secrets().person_key(&resident_id(9)))
        .fetch_one(server.state.store.bookings_pool())
        .await
        .unwrap();
    assert_eq!(person_keys, 0, "nothing links the row to the person any more");
    assert_eq!(purge(now, day.add_days(200)).await.unwrap().appointments, 0, "purged once");
}

#[tokio::test]
async fn the_database_files_are_readable_by_the_servers_user_only() {
    let server = TestServer::demo().await;
    if server.backend() != hall_server::store::db::Backend::Sqlite {
        return;
    }
    let (hall, item) = bookable(&server).await;
    let (date, start) = first_open_slot(&server, &hall, &item).await;
    send(
        &server,
        "POST",
        "/api/v1/appointments",
        &booking_body(&hall, &item, &date, &start, 5).to_string(),
        &[("idempotency-key", "modes-0001")],
        [10, 7, 0, 5],
    )
    .await;
    use std::os::unix::fs::PermissionsExt;
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(server.data_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.contains(".sqlite3") {
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{name} is {mode:o}");
            seen.push(name);
        }
    }
    for expected in ["bookings.sqlite3", "bookings.sqlite3-wal", "hall-guide.sqlite3"] {
        assert!(seen.iter().any(|n| n == expected), "{expected} in {seen:?}");
    }
}

async fn demo_with_applications() -> TestServer {
    let server = TestServer::demo().await;
    server.state.store.seed_demo_applications().await.unwrap();
    server
}

async fn lookup(server: &TestServer, number: &str, verifier: &str, client: [u8; 4]) -> TestResponse {
    send(server, "POST", "/api/v1/applications/lookup", &json!({"number": number, "verifier": verifier}).to_string(), &[], client).await
}

#[tokio::test]
async fn feedback_comments_are_stored_with_phone_and_id_numbers_masked() {
    let server = demo_with_applications().await;
    let body = json!({"verifier": "5678", "rating": 4, "comment": "窗口很好。我的电话 138 1234 5678，身份证11010519491231002X"}).to_string();
    let rated = send(&server, "POST", "/api/v1/applications/DEMO-09/feedback", &body, &[], [10, 7, 1, 1]).await;
    assert_eq!(rated.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&rated.body));
    let comment: String =
        sqlx::query_scalar("SELECT comment FROM feedback WHERE number = 'DEMO-09'").fetch_one(server.state.store.bookings_pool()).await.unwrap();
    assert_eq!(comment, "窗口很好。我的电话 138****5678，身份证110***********002X");
}

/// Fires `count` wrong lookups at once, from `client(n)`, and counts the verifiers the
/// server checked (answered `application_not_found` rather than `rate_limited`).
async fn concurrent_wrong_lookups(server: &TestServer, count: u8, number: &str, client: impl Fn(u8) -> [u8; 4]) -> usize {
    let mut tasks = Vec::new();
    for n in 0..count {
        let app = server.app.clone();
        let body = json!({"number": number, "verifier": format!("{:04}", 1000 + u32::from(n))}).to_string();
        let address = client(n);
        tasks.push(tokio::spawn(async move {
            use tower::ServiceExt;
            let mut request = Request::post("/api/v1/applications/lookup").header("content-type", "application/json").body(Body::from(body)).unwrap();
            request.extensions_mut().insert(ConnectInfo(SocketAddr::from((address, 4000))));
            app.oneshot(request).await.unwrap().status()
        }));
    }
    let mut checked = 0;
    for task in tasks {
        match task.await.unwrap() {
            StatusCode::NOT_FOUND => checked += 1,
            StatusCode::TOO_MANY_REQUESTS => {}
            other => panic!("unexpected {other}"),
        }
    }
    checked
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_simultaneous_wrong_lookups_check_at_most_five_verifiers() {
    for _ in 0..3 {
        let server = demo_with_applications().await;
        let from_one_client = concurrent_wrong_lookups(&server, 30, "DEMO-02", |_| [10, 30, 0, 1]).await;
        assert!(from_one_client <= 5, "one client checked {from_one_client} verifiers");
        assert!(from_one_client >= 1);
        let from_thirty_clients = concurrent_wrong_lookups(&server, 30, "DEMO-06", |n| [10, 31, 0, n]).await;
        assert!(from_thirty_clients <= 5, "30 clients on one number checked {from_thirty_clients} verifiers");
        // However the number is typed, it is one number to the limit.
        let typed_otherwise = concurrent_wrong_lookups(&server, 10, "demo－06", |n| [10, 32, 0, n]).await;
        assert_eq!(typed_otherwise, 0, "DEMO－06 is DEMO-06, already locked");
    }
}

#[tokio::test]
async fn a_number_typed_with_a_full_width_hyphen_or_none_is_found_and_failures_say_what_is_left() {
    let server = demo_with_applications().await;
    for typed in ["DEMO－03", "demo03", "ＤＥＭＯ－０３", "DEMO 03"] {
        let found = lookup(&server, typed, "５６７８", [10, 40, 0, 1]).await;
        assert_eq!(found.status, StatusCode::OK, "{typed}: {}", String::from_utf8_lossy(&found.body));
        assert_eq!(found.json()["number"], "DEMO-03");
    }
    for left in (0..5).rev() {
        let failed = lookup(&server, "DEMO-07", "0000", [10, 41, 0, 1]).await;
        assert_eq!(failed.error_code(), "application_not_found");
        assert_eq!(failed.json()["error"]["attempts"], json!({"left": left, "then_wait_seconds": 60}), "after {} failures", 5 - left);
    }
    assert_eq!(lookup(&server, "DEMO-07", "5678", [10, 41, 0, 1]).await.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn control_characters_are_refused_at_the_boundary_with_the_field_named() {
    let server = demo_with_applications().await;
    let (hall, item) = bookable(&server).await;
    let (date, start) = first_open_slot(&server, &hall, &item).await;
    let cases: Vec<(&str, &str, String, &str)> = vec![
        ("POST", "/api/v1/applications/lookup", json!({"number": "DEMO\u{0}-01", "verifier": "5678"}).to_string(), "number"),
        (
            "POST",
            "/api/v1/appointments",
            {
                let mut b = booking_body(&hall, &item, &date, &start, 1);
                b["name"] = json!("王\u{0}明");
                b.to_string()
            },
            "name",
        ),
        (
            "POST",
            "/api/v1/appointments",
            {
                let mut b = booking_body(&hall, &item, &date, &start, 1);
                b["hall_code"] = json!("330106-01\u{0}");
                b.to_string()
            },
            "hall_code",
        ),
        (
            "POST",
            "/api/v1/appointments",
            {
                let mut b = booking_body(&hall, &item, &date, &start, 1);
                b["name"] = json!("bell\u{7}");
                b.to_string()
            },
            "name",
        ),
        ("GET", "/api/v1/halls/330106-01%00", String::new(), "path"),
        ("GET", "/api/v1/halls/330106-01/items?q=%00", String::new(), "q"),
        ("GET", "/api/v1/halls?q=a%1Bb", String::new(), "q"),
        ("GET", "/s/ABC%00DEF", String::new(), "path"),
        ("GET", "/api/v1/links/ABC%00DEF", String::new(), "path"),
    ];
    for (method, uri, body, field) in cases {
        let answer = send(&server, method, uri, &body, &[("idempotency-key", "control-chars-1")], [10, 50, 0, 1]).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{uri} {body}: {}", String::from_utf8_lossy(&answer.body));
        assert_eq!(answer.error_code(), "invalid_parameter");
        assert_eq!(answer.json()["error"]["field"], field, "{uri} {body}");
    }
    // Names that would display as something else, or as nothing, are refused by name.
    for name in ["\u{202E}明小王", "王\u{2066}明", "\u{200B}\u{200B}"] {
        let mut body = booking_body(&hall, &item, &date, &start, 2);
        body["name"] = json!(name);
        let answer = send(&server, "POST", "/api/v1/appointments", &body.to_string(), &[("idempotency-key", "control-chars-2")], [10, 50, 0, 2]).await;
        assert_eq!(answer.error_code(), "invalid_booking", "{name:?}");
        assert_eq!(answer.json()["error"]["fields"], json!([{"field": "name", "problem": "characters"}]), "{name:?}");
    }
    let none: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appointments").fetch_one(server.state.store.bookings_pool()).await.unwrap();
    assert_eq!(none, 0, "nothing was stored");
}

#[tokio::test]
async fn a_swapped_working_saturday_opens_with_working_day_hours_at_a_hall_open_on_saturdays() {
    let server = TestServer::demo().await;
    let items: hall_model::HallItems = server.get("/api/v1/halls/440300-01/items").await.parse();
    let slots: HallSlots = server.get(&format!("/api/v1/halls/440300-01/slots?item={}", items.items[0].code)).await.parse();
    let times = |date: &str| -> Vec<(String, String)> {
        let day = slots.days.iter().find(|d| d.date.to_string() == date).unwrap_or_else(|| panic!("{date} listed"));
        day.slots.iter().map(|s| (s.start.clone(), s.end.clone())).collect()
    };
    let swapped = times("2026-10-10");
    assert!(!swapped.is_empty(), "2026-10-10 (调休) is open");
    assert_eq!(swapped, times("2026-10-12"), "the swapped Saturday has a Monday's hours");
    assert!(swapped.iter().any(|(_, end)| end.as_str() > "17:00"), "past the Saturday closing time of 17:00: {swapped:?}");
}

#[tokio::test]
async fn days_past_the_last_known_year_are_not_bookable_until_that_year_is_imported() {
    let server = TestServer::demo_on("2026-12-24").await;
    let (hall, item) = bookable(&server).await;
    let uri = format!("/api/v1/halls/{hall}/slots?item={item}");
    let slots: HallSlots = server.get(&uri).await.parse();
    let day = |slots: &HallSlots, date: &str| slots.days.iter().find(|d| d.date.to_string() == date).cloned().unwrap();
    assert!(day(&slots, "2026-12-28").open, "an ordinary Monday of 2026");
    let monday = day(&slots, "2027-01-04");
    assert!(!monday.open && monday.unpublished && monday.slots.is_empty(), "2027's schedule is unknown: {monday:?}");
    assert_eq!(server.get(&uri).await.json()["days"].as_array().unwrap().iter().filter(|d| d["unpublished"] == true).count(), 7);
    let body = booking_body(&hall, &item, "2027-01-04", "09:00", 11).to_string();
    let refused = send(&server, "POST", "/api/v1/appointments", &body, &[("idempotency-key", "calendar-0001")], [10, 60, 0, 1]).await;
    assert_eq!(refused.error_code(), "slot_not_found");

    let notice = hall_server::holiday_calendar::parse(
        r#"{"year": 2027, "source": "test", "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "working_days": []}"#,
    )
    .unwrap();
    hall_server::store::calendar::import(server.state.store.bookings_pool(), &notice).await.unwrap();
    assert!(server.state.store.reload_calendar().await.unwrap(), "the running server picks the new year up");
    let slots: HallSlots = server.get(&uri).await.parse();
    assert!(day(&slots, "2027-01-04").open && !day(&slots, "2027-01-04").unpublished);
    assert!(!day(&slots, "2027-01-01").open && day(&slots, "2027-01-01").holiday);
    let booked = send(&server, "POST", "/api/v1/appointments", &body, &[("idempotency-key", "calendar-0002")], [10, 60, 0, 1]).await;
    assert_eq!(booked.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&booked.body));
}

#[tokio::test]
async fn a_manage_token_must_match_whatever_its_length() {
    let server = TestServer::demo().await;
    let (hall, item) = bookable(&server).await;
    let (date, start) = first_open_slot(&server, &hall, &item).await;
    let booking: Booking = send(
        &server,
        "POST",
        "/api/v1/appointments",
        &booking_body(&hall, &item, &date, &start, 12).to_string(),
        &[("idempotency-key", "token-0001")],
        [10, 70, 0, 1],
    )
    .await
    .parse();
    let uri = format!("/api/v1/appointments/{}", booking.appointment.reference);
    let token = booking.manage_token.clone();
    for wrong in [&token[..31], &format!("{token}0")[..], "0", &token.to_uppercase()] {
        let answer = send(&server, "GET", &uri, "", &[("authorization", &format!("Bearer {wrong}"))], [10, 70, 0, 2]).await;
        assert_eq!(answer.error_code(), "appointment_not_found", "{wrong}");
    }
    assert_eq!(send(&server, "GET", &uri, "", &[("authorization", &format!("Bearer {token}"))], [10, 70, 0, 2]).await.status, StatusCode::OK);
}
