//! Appointments over HTTP on a real SQLite database: slots across holidays, booking with
//! field errors and idempotent replays, the last place raced for, the limits, cancel and
//! an atomic reschedule, and no personal data at rest in plain text.

mod common;

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use common::{TestResponse, TestServer, mobile, resident_id};
use hall_model::{Appointment, AppointmentStatus, Booking, Hall, HallList, HallSlots};
use serde_json::json;

/// A hall that takes appointments, one of its items, and how many windows serve it.
async fn bookable(server: &TestServer) -> (String, String) {
    let list: HallList = server.get("/api/v1/halls?limit=100").await.parse();
    for summary in &list.halls {
        let hall: Hall = server.get(&format!("/api/v1/halls/{}", summary.code)).await.parse();
        let weekdays_only = hall.opening_hours.iter().all(|s| s.weekdays.iter().all(|d| (1..=5).contains(d)));
        if hall.services.appointments && weekdays_only {
            let items: hall_model::HallItems = server.get(&format!("/api/v1/halls/{}/items", hall.code)).await.parse();
            return (hall.code.clone(), items.items[0].code.clone());
        }
    }
    panic!("no demo hall takes appointments on weekdays only");
}

struct Booker<'a> {
    server: &'a TestServer,
    hall: String,
    item: String,
}

impl Booker<'_> {
    fn request(&self, person: u32, date: &str, start: &str) -> serde_json::Value {
        json!({
            "hall_code": self.hall, "item_code": self.item, "date": date, "start": start,
            "name": format!("测试{person}"), "mobile": mobile(person), "resident_id": resident_id(person),
        })
    }

    async fn send(&self, method: &str, uri: &str, body: Option<&serde_json::Value>, headers: &[(&str, &str)], client: u32) -> TestResponse {
        let mut builder = Request::builder().method(method).uri(uri).header("content-type", "application/json");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let mut request = builder.body(body.map_or(Body::empty(), |b| Body::from(b.to_string()))).expect("request");
        // Each simulated client has its own address, as behind a real socket.
        let addr: SocketAddr = format!("10.{}.{}.{}:40000", client / 65536 % 256, client / 256 % 256, client % 256).parse().unwrap();
        request.extensions_mut().insert(ConnectInfo(addr));
        self.server.request(request).await
    }

    async fn book(&self, person: u32, date: &str, start: &str) -> TestResponse {
        let key = format!("test-key-{person}-{date}-{start}");
        self.send("POST", "/api/v1/appointments", Some(&self.request(person, date, start)), &[("idempotency-key", &key)], person).await
    }

    async fn slots(&self) -> HallSlots {
        self.server.get(&format!("/api/v1/halls/{}/slots?item={}", self.hall, self.item)).await.parse()
    }

    async fn remaining(&self, date: &str, start: &str) -> u32 {
        let slots = self.slots().await;
        let day = slots.days.iter().find(|d| d.date.to_string() == date).expect("day listed");
        day.slots.iter().find(|s| s.start == start).expect("slot listed").remaining
    }
}

/// Sends a booking on its own task (so that many race), from client address `client`;
/// the task yields the status and body.
fn spawn_booking(app: axum::Router, body: String, key: String, client: [u8; 4]) -> tokio::task::JoinHandle<(StatusCode, String)> {
    tokio::spawn(async move {
        use tower::ServiceExt;
        let mut request =
            Request::post("/api/v1/appointments").header("content-type", "application/json").header("idempotency-key", key).body(Body::from(body)).unwrap();
        request.extensions_mut().insert(ConnectInfo(SocketAddr::from((client, 4000))));
        let response = app.oneshot(request).await.unwrap();
        let status = response.status();
        let body = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
        (status, String::from_utf8_lossy(&body).into_owned())
    })
}

async fn booker(server: &TestServer) -> Booker<'_> {
    let (hall, item) = bookable(server).await;
    Booker { server, hall, item }
}

#[tokio::test]
async fn slots_skip_public_holidays_and_open_on_swapped_working_days() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let slots = b.slots().await;
    let days: Vec<(String, bool, bool)> = slots.days.iter().map(|d| (d.date.to_string(), d.open, d.holiday)).collect();
    assert_eq!(days.first().map(|d| d.0.as_str()), Some("2026-10-01"), "the window starts tomorrow");
    assert_eq!(days.len(), 14);
    for (date, open, holiday) in &days {
        let day: u32 = date[8..].parse().unwrap();
        let expected_open = match day {
            1..=7 => false, // National Day holidays
            10 => true,     // the Saturday worked in exchange
            11 => false,    // an ordinary Sunday
            _ => true,
        };
        assert_eq!(*open, expected_open, "{date}");
        assert_eq!(*holiday, day <= 7 || day == 10, "{date}");
    }
    let thursday = slots.days.iter().find(|d| d.date.to_string() == "2026-10-08").unwrap();
    let saturday = slots.days.iter().find(|d| d.date.to_string() == "2026-10-10").unwrap();
    assert!(!thursday.slots.is_empty());
    assert_eq!(
        thursday.slots.iter().map(|s| &s.start).collect::<Vec<_>>(),
        saturday.slots.iter().map(|s| &s.start).collect::<Vec<_>>(),
        "a swapped Saturday has an ordinary working day's slots"
    );
    assert!(thursday.slots.iter().all(|s| s.remaining == s.capacity && s.capacity >= 2));

    let bad = server.get(&format!("/api/v1/halls/{}/slots", b.hall)).await;
    assert_eq!((bad.status, bad.error_code()), (StatusCode::BAD_REQUEST, "invalid_parameter".to_owned()));
}

#[tokio::test]
async fn a_booking_is_confirmed_with_masked_details_and_managed_only_with_its_token() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let start = b.slots().await.days.iter().find(|d| d.open).unwrap().slots[0].start.clone();
    let before = b.remaining("2026-10-08", &start).await;
    let response = b.book(1, "2026-10-08", &start).await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&response.body));
    let booking: Booking = response.parse();
    let a = &booking.appointment;
    assert_eq!(a.reference.len(), 8);
    assert_eq!(booking.manage_token.len(), 32);
    assert_eq!(a.status, AppointmentStatus::Booked);
    assert_eq!(a.mobile_masked, "138****0001");
    assert_eq!(a.resident_id_masked, format!("110***********{}", &resident_id(1)[14..]));
    assert!(!response.body.windows(11).any(|w| w == mobile(1).as_bytes()), "the full mobile is never sent back");
    assert_eq!(b.remaining("2026-10-08", &start).await, before - 1);

    let uri = format!("/api/v1/appointments/{}", a.reference);
    let auth = format!("Bearer {}", booking.manage_token);
    let found = b.send("GET", &uri, None, &[("authorization", &auth)], 1).await;
    assert_eq!(found.status, StatusCode::OK);
    assert_eq!(found.parse::<Appointment>(), *a);
    for wrong in ["Bearer 00000000000000000000000000000000", ""] {
        let refused = b.send("GET", &uri, None, &[("authorization", wrong)], 1).await;
        assert_eq!((refused.status, refused.error_code()), (StatusCode::NOT_FOUND, "appointment_not_found".to_owned()));
    }
    let unknown = b.send("GET", "/api/v1/appointments/ZZZZZZZZ", None, &[("authorization", &auth)], 1).await;
    assert_eq!(unknown.error_code(), "appointment_not_found", "an unknown reference answers like a wrong token");
}

#[tokio::test]
async fn every_wrong_field_is_named_and_no_slot_outside_the_hours_or_window_is_booked() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let mut request = b.request(2, "2026-10-08", "09:00");
    request["mobile"] = json!("12345");
    request["resident_id"] = json!("110105199001010021");
    request["name"] = json!("");
    let response = b.send("POST", "/api/v1/appointments", Some(&request), &[("idempotency-key", "key-fields-1")], 2).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(response.error_code(), "invalid_booking");
    let fields: Vec<(String, String)> = response.json()["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["field"].as_str().unwrap().to_owned(), f["problem"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("name".to_owned(), "missing".to_owned()),
            ("document_number".to_owned(), "resident_id_check_digit".to_owned()),
            ("mobile".to_owned(), "mobile_length".to_owned()),
        ]
    );

    for (date, start) in [("2026-10-02", "09:00"), ("2026-10-08", "03:00"), ("2026-10-30", "09:00"), ("2026-09-30", "09:00")] {
        let response = b.book(3, date, start).await;
        assert_eq!((response.status, response.error_code()), (StatusCode::NOT_FOUND, "slot_not_found".to_owned()), "{date} {start}");
    }
    let missing_key = b.send("POST", "/api/v1/appointments", Some(&b.request(3, "2026-10-08", "09:00")), &[], 3).await;
    assert_eq!(missing_key.json()["error"]["field"], "Idempotency-Key");
}

#[tokio::test]
async fn each_document_type_and_each_mobile_mistake_has_its_own_problem_code() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let table = [
        ("passport", "E1234-5678", "document_number", "passport_characters"),
        ("passport", "E12", "document_number", "passport_length"),
        ("hk_macau_permit", "C12345678", "document_number", "hk_macau_permit_format"),
        ("taiwan_permit", "1234567", "document_number", "taiwan_permit_format"),
        ("residence_permit", "110105199001010021", "document_number", "residence_permit_region"),
        ("foreign_permanent_residence", "US3100850619012", "document_number", "foreign_permanent_format"),
        ("resident_id", "810000199001010021", "document_number", "resident_id_other_document"),
    ];
    for (i, (kind, number, field, problem)) in table.into_iter().enumerate() {
        let mut request = b.request(2, "2026-10-08", "09:00");
        request.as_object_mut().unwrap().remove("resident_id");
        request["document_type"] = json!(kind);
        request["document_number"] = json!(number);
        let response = b.send("POST", "/api/v1/appointments", Some(&request), &[("idempotency-key", &format!("key-document-{i}"))], 200 + i as u32).await;
        assert_eq!(response.error_code(), "invalid_booking", "{kind} {number}");
        assert_eq!(response.json()["error"]["fields"], json!([{"field": field, "problem": problem}]), "{kind} {number}");
    }
    for (i, (mobile, problem)) in [("23812345678", "mobile_start"), ("1381234567", "mobile_length"), ("138-abc-5678", "mobile_format")].into_iter().enumerate()
    {
        let mut request = b.request(2, "2026-10-08", "09:00");
        request["mobile"] = json!(mobile);
        let response = b.send("POST", "/api/v1/appointments", Some(&request), &[("idempotency-key", &format!("key-mobile-{i}"))], 220 + i as u32).await;
        assert_eq!(response.json()["error"]["fields"], json!([{"field": "mobile", "problem": problem}]), "{mobile}");
    }
    let mut unknown = b.request(2, "2026-10-08", "09:00");
    unknown["document_type"] = json!("library_card");
    let response = b.send("POST", "/api/v1/appointments", Some(&unknown), &[("idempotency-key", "key-document-unknown")], 230).await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST, "an unknown document type is refused: {}", String::from_utf8_lossy(&response.body));
}

#[tokio::test]
async fn booking_for_someone_else_shows_their_document_masked_and_counts_it_as_theirs() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let slots = b.slots().await;
    let day = &slots.days[7];
    let date = day.date.to_string();
    let for_applicant = |agent: u32, start: &str, number: &str| {
        json!({
            "hall_code": b.hall, "item_code": b.item, "date": date, "start": start,
            "name": "陈大文", "mobile": mobile(agent), "document_type": "hk_macau_permit", "document_number": number,
            "on_behalf": true, "agent_name": format!("代办{agent}"),
        })
    };
    let first = for_applicant(61, &day.slots[0].start, "H12345678");
    let response = b.send("POST", "/api/v1/appointments", Some(&first), &[("idempotency-key", "key-behalf-1")], 61).await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&response.body));
    let booking: Booking = response.parse();
    let a = &booking.appointment;
    assert_eq!(a.document_type, hall_model::identity::DocumentType::HkMacauPermit);
    assert_eq!((a.document_masked.as_str(), a.resident_id_masked.as_str()), ("H*****678", ""), "masked; no resident ID to show old clients");
    assert_eq!((a.on_behalf, a.agent_name.as_deref(), a.name.as_str()), (true, Some("代办61"), "陈大文"));
    assert_eq!(a.mobile_masked, "138****0061", "the agent's mobile: the messages go to whoever booked");
    let auth = format!("Bearer {}", booking.manage_token);
    let shown: Appointment = b.send("GET", &format!("/api/v1/appointments/{}", a.reference), None, &[("authorization", &auth)], 61).await.parse();
    assert_eq!(&shown, a, "looked up, it reads the same");

    // Another agent, the same applicant's document that day: the applicant's rule.
    let second = for_applicant(62, &day.slots[1].start, "h 1234 5678");
    let response = b.send("POST", "/api/v1/appointments", Some(&second), &[("idempotency-key", "key-behalf-2")], 62).await;
    assert_eq!((response.status, response.error_code()), (StatusCode::CONFLICT, "already_booked_that_day".to_owned()));
    // The agent booking for themselves is someone else.
    let own = b.request(61, &date, &day.slots[1].start);
    let response = b.send("POST", "/api/v1/appointments", Some(&own), &[("idempotency-key", "key-behalf-3")], 61).await;
    assert_eq!(response.status, StatusCode::CREATED);

    // The key is bound to the whole request: the same key for another agent is refused.
    let reused =
        b.send("POST", "/api/v1/appointments", Some(&for_applicant(63, &day.slots[0].start, "H12345678")), &[("idempotency-key", "key-behalf-1")], 63).await;
    assert_eq!(reused.error_code(), "idempotency_key_reused");
}

#[tokio::test]
async fn a_replayed_request_returns_the_first_booking_and_never_books_twice() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let start = b.slots().await.days[7].slots[0].start.clone();
    let before = b.remaining("2026-10-08", &start).await;
    let first = b.book(4, "2026-10-08", &start).await;
    let again = b.book(4, "2026-10-08", &start).await;
    assert_eq!((first.status, again.status), (StatusCode::CREATED, StatusCode::CREATED));
    assert_eq!(first.parse::<Booking>(), again.parse::<Booking>());
    assert_eq!(again.header(axum::http::HeaderName::from_static("idempotent-replayed")), Some("true"));
    assert_eq!(b.remaining("2026-10-08", &start).await, before - 1, "one place taken, not two");

    let key = format!("test-key-4-2026-10-08-{start}");
    let other = b.send("POST", "/api/v1/appointments", Some(&b.request(5, "2026-10-08", &start)), &[("idempotency-key", &key)], 4).await;
    assert_eq!((other.status, other.error_code()), (StatusCode::UNPROCESSABLE_ENTITY, "idempotency_key_reused".to_owned()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_people_racing_for_the_last_place_get_it_exactly_once() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let day = "2026-10-09";
    let start = b.slots().await.days.iter().find(|d| d.date.to_string() == day).unwrap().slots[2].start.clone();
    let capacity = b.remaining(day, &start).await;
    for person in 100..100 + capacity - 1 {
        assert_eq!(b.book(person, day, &start).await.status, StatusCode::CREATED);
    }
    assert_eq!(b.remaining(day, &start).await, 1);

    let racers = 24;
    let mut tasks = Vec::new();
    for person in 200..200 + racers {
        let app = server.app.clone();
        let body = b.request(person, day, &start).to_string();
        tasks.push(spawn_booking(app, body, format!("race-{person}"), [10, 9, 0, (person % 250) as u8]));
    }
    let mut won = 0;
    for task in tasks {
        let (status, body) = task.await.unwrap();
        assert!(!status.is_server_error(), "no 5xx under contention: {status} {body}");
        match status {
            StatusCode::CREATED => won += 1,
            StatusCode::CONFLICT => assert!(body.contains("\"slot_taken\""), "{body}"),
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(won, 1, "exactly one racer gets the last place");
    assert_eq!(b.remaining(day, &start).await, 0);
    let booked: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appointments WHERE date = $1 AND start = $2 AND status = 'booked'")
        .bind(day)
        .bind(&start)
        .fetch_one(server.state.store.bookings_pool())
        .await
        .unwrap();
    assert_eq!(booked, i64::from(capacity));
}

#[tokio::test]
async fn one_booking_per_person_item_and_day_a_cap_per_person_and_a_rate_limit_per_client() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let slots = b.slots().await;
    let open: Vec<_> = slots.days.iter().filter(|d| d.open).collect();
    let (d0, d1, d2, d3) = (open[0].date.to_string(), open[1].date.to_string(), open[2].date.to_string(), open[3].date.to_string());
    let s = |i: usize| open[0].slots[i].start.clone();
    assert_eq!(b.book(7, &d0, &s(0)).await.status, StatusCode::CREATED);
    let twice = b.book(7, &d0, &s(1)).await;
    assert_eq!((twice.status, twice.error_code()), (StatusCode::CONFLICT, "already_booked_that_day".to_owned()));
    assert_eq!(b.remaining(&d0, &s(1)).await, open[0].slots[1].capacity, "the refused booking took no place");
    assert_eq!(b.book(7, &d1, &s(0)).await.status, StatusCode::CREATED);
    assert_eq!(b.book(7, &d2, &s(0)).await.status, StatusCode::CREATED);
    let fourth = b.book(7, &d3, &s(0)).await;
    assert_eq!((fourth.status, fourth.error_code()), (StatusCode::CONFLICT, "too_many_bookings".to_owned()));

    // One client address sending write after write is slowed down.
    let mut limited = None;
    for attempt in 0..15 {
        let request = b.request(300 + attempt, &d1, &s(1));
        let response = b.send("POST", "/api/v1/appointments", Some(&request), &[("idempotency-key", &format!("burst-{attempt}"))], 999).await;
        if response.status == StatusCode::TOO_MANY_REQUESTS {
            limited = Some((attempt, response));
            break;
        }
    }
    let (attempt, response) = limited.expect("a burst of writes is rate limited");
    assert_eq!(attempt, 10, "the default burst is 10 writes");
    assert_eq!(response.error_code(), "rate_limited");
    assert!(response.header(axum::http::header::RETRY_AFTER).is_some_and(|s| s.parse::<u32>().unwrap() >= 1));
}

#[tokio::test]
async fn reschedule_swaps_atomically_and_cancel_frees_the_place() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let day = "2026-10-12";
    let starts: Vec<String> = b.slots().await.days.iter().find(|d| d.date.to_string() == day).unwrap().slots.iter().map(|s| s.start.clone()).collect();
    let (here, full, free) = (&starts[0], &starts[1], &starts[2]);
    let booking: Booking = b.book(50, day, here).await.parse();
    let capacity = b.remaining(day, full).await;
    for person in 60..60 + capacity {
        assert_eq!(b.book(person, day, full).await.status, StatusCode::CREATED);
    }
    let uri = format!("/api/v1/appointments/{}", booking.appointment.reference);
    let auth = format!("Bearer {}", booking.manage_token);
    let here_before = b.remaining(day, here).await;

    // Moving to a full slot fails and leaves everything as it was.
    let to_full = b.send("POST", &format!("{uri}/reschedule"), Some(&json!({"date": day, "start": full})), &[("authorization", &auth)], 50).await;
    assert_eq!((to_full.status, to_full.error_code()), (StatusCode::CONFLICT, "slot_taken".to_owned()));
    let still: Appointment = b.send("GET", &uri, None, &[("authorization", &auth)], 50).await.parse();
    assert_eq!(&still.start, here);
    assert_eq!(b.remaining(day, here).await, here_before);
    assert_eq!(b.remaining(day, full).await, 0);

    // Moving to a free slot takes it and releases the old one in the same step.
    let free_before = b.remaining(day, free).await;
    let moved = b.send("POST", &format!("{uri}/reschedule"), Some(&json!({"date": day, "start": free})), &[("authorization", &auth)], 50).await;
    assert_eq!(moved.status, StatusCode::OK, "{}", String::from_utf8_lossy(&moved.body));
    assert_eq!(&moved.parse::<Appointment>().start, free);
    assert_eq!(b.remaining(day, here).await, here_before + 1);
    assert_eq!(b.remaining(day, free).await, free_before - 1);

    let cancelled = b.send("DELETE", &uri, None, &[("authorization", &auth)], 50).await;
    assert_eq!(cancelled.parse::<Appointment>().status, AppointmentStatus::Cancelled);
    assert_eq!(b.remaining(day, free).await, free_before);
    let again = b.send("DELETE", &uri, None, &[("authorization", &auth)], 50).await;
    assert_eq!(again.status, StatusCode::OK, "cancelling twice answers the same");
    assert_eq!(b.remaining(day, free).await, free_before, "and frees nothing twice");
    let late = b.send("POST", &format!("{uri}/reschedule"), Some(&json!({"date": day, "start": here})), &[("authorization", &auth)], 50).await;
    assert_eq!((late.status, late.error_code()), (StatusCode::CONFLICT, "appointment_cancelled".to_owned()));
}

#[tokio::test]
async fn no_mobile_or_resident_id_is_stored_in_plain_text() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let start = b.slots().await.days[7].slots[0].start.clone();
    assert_eq!(b.book(77, "2026-10-08", &start).await.status, StatusCode::CREATED);
    let secrets = [mobile(77), resident_id(77)];
    // Every stored value, as the database gives it back (either backend)…
    let (mut stored, mut rows) = (Vec::new(), 0);
    for (table, columns) in [
        ("appointments", "reference, token_hash, name, person_key, resident_id_masked, mobile_cipher, mobile_masked"),
        ("idempotency_keys", "key, request_hash, response_cipher"),
    ] {
        use sqlx::Row;
        for row in sqlx::query(&format!("SELECT {columns} FROM {table}")).fetch_all(server.state.store.bookings_pool()).await.unwrap() {
            rows += 1;
            for i in 0..row.len() {
                match row.try_get::<String, _>(i) {
                    Ok(text) => stored.extend(text.into_bytes()),
                    Err(_) => stored.extend(row.get::<Vec<u8>, _>(i)),
                }
            }
        }
    }
    assert_eq!(rows, 2, "the booking and its idempotent answer were read");
    for secret in &secrets {
        assert!(!stored.windows(secret.len()).any(|w| w == secret.as_bytes()), "{secret} is not stored in plain text");
    }
    // …and, for SQLite, every byte of its files (free pages and the log included).
    if server.backend() == hall_server::store::db::Backend::Sqlite {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(server.state.store.bookings_pool()).await.unwrap();
        let mut files = Vec::new();
        for entry in std::fs::read_dir(server.data_dir()).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().unwrap().to_string_lossy().starts_with("bookings") {
                files.extend(std::fs::read(&path).unwrap());
            }
        }
        assert!(files.len() > 1000, "the bookings database was read");
        for secret in &secrets {
            assert!(!files.windows(secret.len()).any(|w| w == secret.as_bytes()), "{secret} is not in the database files");
        }
    }
}

#[tokio::test]
async fn a_locked_database_answers_unavailable_with_retry_after_and_recovers_by_itself() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let slots = b.slots().await;
    let day = slots.days.iter().find(|d| d.open).expect("an open day");
    let (date, start) = (day.date.to_string(), day.slots[0].start.clone());
    let before = b.remaining(&date, &start).await;

    // Another connection holds the write lock longer than the server waits (5 s).
    let mut other = server.state.store.bookings_pool().acquire().await.expect("second connection");
    match server.backend() {
        hall_server::store::db::Backend::Sqlite => {
            sqlx::query("BEGIN EXCLUSIVE").execute(&mut *other).await.expect("lock");
        }
        hall_server::store::db::Backend::Postgres => {
            sqlx::query("BEGIN").execute(&mut *other).await.expect("begin");
            sqlx::query("LOCK TABLE slot_places IN EXCLUSIVE MODE").execute(&mut *other).await.expect("lock");
        }
    }
    let locked = b.book(41, &date, &start).await;
    assert_eq!((locked.status, locked.error_code()), (StatusCode::SERVICE_UNAVAILABLE, "unavailable".to_owned()));
    assert!(locked.header(axum::http::header::RETRY_AFTER).is_some_and(|s| s.parse::<u32>().unwrap() >= 1));
    assert_eq!(b.slots().await.days.len(), slots.days.len(), "reads go on while writes wait");

    // The lock goes away: the same request (same Idempotency-Key) books once, nothing is left over.
    sqlx::query("ROLLBACK").execute(&mut *other).await.expect("unlock");
    let booked = b.book(41, &date, &start).await;
    assert_eq!(booked.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&booked.body));
    assert_eq!(b.remaining(&date, &start).await, before - 1, "exactly one place taken: the failed attempt left nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_person_racing_bookings_on_many_days_holds_no_more_than_the_cap() {
    let server = TestServer::demo().await;
    let b = booker(&server).await;
    let slots = b.slots().await;
    let days: Vec<(String, String)> = slots.days.iter().filter(|d| d.open).take(6).map(|d| (d.date.to_string(), d.slots[0].start.clone())).collect();
    assert_eq!(days.len(), 6, "six open days (the window holds the National Day holidays)");
    // Two held already: of four bookings racing on the other days, exactly one may win.
    for (day, start) in &days[..2] {
        assert_eq!(b.book(500, day, start).await.status, StatusCode::CREATED);
    }
    let mut tasks = Vec::new();
    for (n, (day, start)) in days[2..].iter().enumerate() {
        let app = server.app.clone();
        let body = b.request(500, day, start).to_string();
        tasks.push(spawn_booking(app, body, format!("cap-race-{n}"), [10, 8, 0, n as u8]));
    }
    let mut won = 0;
    for task in tasks {
        let (status, body) = task.await.unwrap();
        match status {
            StatusCode::CREATED => won += 1,
            StatusCode::CONFLICT => assert!(body.contains("\"too_many_bookings\""), "{body}"),
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(won, 1, "the cap of 3 upcoming appointments holds under concurrency");
}
