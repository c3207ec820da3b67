//! The staff console's API over HTTP, on SQLite (and on PostgreSQL with
//! HALL_TEST_POSTGRES_URL set): signing in with a one-time password that must be changed,
//! the cookie and CSRF rules, throttled logins, sessions that end, roles that never see
//! another hall, a hall's day list with personal data masked, and two clerks marking one
//! appointment at the same moment.

mod common;

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use common::{TestResponse, TestServer, mobile, resident_id};
use hall_model::console::{AuditLog, ConsoleSession, DayAppointment, DayState, HallDay, StaffRole, StaffScope};
use hall_model::{Booking, Hall, HallList, HallSlots};
use serde_json::json;

/// A signed-in console: its cookie and CSRF token, sending from its own address.
struct Clerk<'a> {
    server: &'a TestServer,
    cookie: String,
    csrf: String,
    client: u8,
}

fn request(method: &str, uri: &str) -> axum::http::request::Builder {
    Request::builder().method(method).uri(uri).header("content-type", "application/json")
}

async fn send(server: &TestServer, builder: axum::http::request::Builder, body: Option<serde_json::Value>, client: u8) -> TestResponse {
    let mut request = builder.body(body.map_or(Body::empty(), |b| Body::from(b.to_string()))).expect("request");
    request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([10, 9, 0, client], 40000))));
    server.request(request).await
}

async fn login(server: &TestServer, login: &str, password: &str, client: u8) -> TestResponse {
    send(server, request("POST", "/api/v1/console/login"), Some(json!({ "login": login, "password": password })), client).await
}

/// The session cookie a login's answer sets (`name=value`), after checking its attributes.
fn session_cookie(response: &TestResponse) -> String {
    let set = response.header(header::SET_COOKIE).expect("a login sets the session cookie");
    for attribute in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/api/v1/console"] {
        assert!(set.split("; ").any(|a| a == attribute), "{set} has {attribute}");
    }
    set.split(';').next().unwrap().to_owned()
}

impl<'a> Clerk<'a> {
    /// Adds an account and signs it in, changing its one-time password.
    async fn new(server: &'a TestServer, name: &str, scope: StaffScope, client: u8) -> Clerk<'a> {
        let once = server.state.store.add_staff(name, &scope).await.expect("account added");
        let answer = login(server, name, &once, client).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", String::from_utf8_lossy(&answer.body));
        let session: ConsoleSession = answer.parse();
        assert!(session.must_change_password);
        let clerk = Clerk { server, cookie: session_cookie(&answer), csrf: session.csrf_token, client };
        let changed = clerk.post("/api/v1/console/password", json!({ "current": once, "new": format!("{name} counter phrase") })).await;
        assert_eq!(changed.status, StatusCode::OK, "{}", String::from_utf8_lossy(&changed.body));
        clerk
    }

    async fn get(&self, uri: &str) -> TestResponse {
        send(self.server, request("GET", uri).header(header::COOKIE, &self.cookie), None, self.client).await
    }

    async fn post(&self, uri: &str, body: serde_json::Value) -> TestResponse {
        let builder = request("POST", uri).header(header::COOKIE, &self.cookie).header("x-csrf-token", &self.csrf);
        send(self.server, builder, Some(body), self.client).await
    }

    async fn mark(&self, reference: &str, from: DayState, to: DayState) -> TestResponse {
        self.post(&format!("/api/v1/console/appointments/{reference}/state"), json!({ "from": from, "to": to, "window": "3" })).await
    }
}

fn halls(codes: &[&str]) -> Vec<String> {
    codes.iter().map(|c| (*c).to_owned()).collect()
}

fn scope(role: StaffRole, hall_codes: &[&str]) -> StaffScope {
    StaffScope { role, halls: halls(hall_codes), region: None }
}

/// Two demo halls that take appointments, and for the first one an item and its first
/// bookable day and slot.
async fn two_halls(server: &TestServer) -> (Hall, Hall) {
    let list: HallList = server.get("/api/v1/halls?limit=100").await.parse();
    let mut found = Vec::new();
    for summary in &list.halls {
        let hall: Hall = server.get(&format!("/api/v1/halls/{}", summary.code)).await.parse();
        if hall.services.appointments {
            found.push(hall);
        }
    }
    assert!(found.len() >= 2, "two demo halls take appointments");
    (found.remove(0), found.remove(0))
}

/// Books `count` appointments at `hall` (persons from `first`), all on the first bookable
/// day; gives the day and the references.
async fn book(server: &TestServer, hall: &Hall, first: u32, count: u32) -> (String, Vec<String>) {
    let items: hall_model::HallItems = server.get(&format!("/api/v1/halls/{}/items", hall.code)).await.parse();
    let item = &items.items[0].code;
    let slots: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}", hall.code)).await.parse();
    let day = slots.days.iter().find(|d| d.slots.iter().map(|s| s.remaining).sum::<u32>() >= count).expect("a day with places");
    // The day's places in time order, as many as needed.
    let places: Vec<&str> = day.slots.iter().flat_map(|s| std::iter::repeat_n(s.start.as_str(), s.remaining as usize)).take(count as usize).collect();
    let mut references = Vec::new();
    for (person, start) in (first..first + count).zip(places) {
        let body = json!({
            "hall_code": hall.code, "item_code": item, "date": day.date, "start": start,
            "name": format!("测试{person}"), "mobile": mobile(person), "resident_id": resident_id(person),
        });
        let builder = request("POST", "/api/v1/appointments").header("idempotency-key", format!("console-{person}"));
        let answer = send(server, builder, Some(body), 200).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer.body));
        references.push(answer.parse::<Booking>().appointment.reference);
    }
    (day.date.to_string(), references)
}

#[tokio::test]
async fn a_new_account_signs_in_once_with_its_one_time_password_and_must_change_it_first() {
    let server = TestServer::demo().await;
    let (hall, _) = two_halls(&server).await;
    let once = server.state.store.add_staff("li.window", &scope(StaffRole::WindowStaff, &[&hall.code])).await.unwrap();
    assert_eq!(once.len(), 19, "four groups of four: {once}");

    let answer = login(&server, "li.window", &once, 1).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.header(header::CACHE_CONTROL), Some("no-store"));
    let cookie = session_cookie(&answer);
    let session: ConsoleSession = answer.parse();
    assert_eq!((session.login.as_str(), session.scope.role, session.must_change_password), ("li.window", StaffRole::WindowStaff, true));
    let clerk = Clerk { server: &server, cookie, csrf: session.csrf_token.clone(), client: 1 };

    // Nothing but the password until it is changed.
    let day = clerk.get(&format!("/api/v1/console/halls/{}/day", hall.code)).await;
    assert_eq!((day.status, day.error_code()), (StatusCode::FORBIDDEN, "password_change_required".to_owned()));
    // A write without the CSRF token, or with another's, is refused.
    let bare = send(
        &server,
        request("POST", "/api/v1/console/password").header(header::COOKIE, &clerk.cookie),
        Some(json!({"current": once, "new": "a long new phrase"})),
        1,
    )
    .await;
    assert_eq!((bare.status, bare.error_code()), (StatusCode::FORBIDDEN, "csrf_rejected".to_owned()));
    let forged = Clerk { csrf: "0".repeat(32), ..Clerk { server: &server, cookie: clerk.cookie.clone(), csrf: String::new(), client: 1 } };
    assert_eq!(forged.post("/api/v1/console/password", json!({"current": once, "new": "a long new phrase"})).await.error_code(), "csrf_rejected");
    // A weak new password is refused with the field and why; the old one still works.
    let short = clerk.post("/api/v1/console/password", json!({"current": once, "new": "short"})).await;
    assert_eq!((short.status, short.error_code()), (StatusCode::UNPROCESSABLE_ENTITY, "invalid_password".to_owned()));
    assert_eq!(short.json()["error"]["fields"][0], json!({"field": "new", "problem": "too_short"}));
    let reused = clerk.post("/api/v1/console/password", json!({"current": once, "new": once})).await;
    assert_eq!(reused.json()["error"]["fields"][0]["problem"], "password_reused");
    let wrong = clerk.post("/api/v1/console/password", json!({"current": "not it at all", "new": "a long new phrase"})).await;
    assert_eq!(wrong.error_code(), "login_failed");

    let changed = clerk.post("/api/v1/console/password", json!({"current": once, "new": "a long new phrase"})).await;
    assert_eq!(changed.status, StatusCode::OK);
    assert!(!changed.parse::<ConsoleSession>().must_change_password);
    assert_eq!(clerk.get(&format!("/api/v1/console/halls/{}/day", hall.code)).await.status, StatusCode::OK);
    // The one-time password is gone; the new one signs in.
    assert_eq!(login(&server, "li.window", &once, 2).await.error_code(), "login_failed");
    assert_eq!(login(&server, "li.window", "a long new phrase", 2).await.status, StatusCode::OK);
    // The session answers its CSRF token again (a reloaded console).
    let again: ConsoleSession = clerk.get("/api/v1/console/session").await.parse();
    assert_eq!(again.csrf_token, session.csrf_token);

    // Only the hash is stored.
    let (stored,): (String,) =
        sqlx::query_as("SELECT password_hash FROM staff_accounts WHERE login = 'li.window'").fetch_one(server.state.store.bookings_pool()).await.unwrap();
    assert!(stored.starts_with("$argon2id$"), "{stored}");
    assert!(!stored.contains("a long new phrase"));
}

#[tokio::test]
async fn wrong_passwords_unknown_and_disabled_accounts_get_one_answer_and_guessing_is_throttled_per_account() {
    let server = TestServer::demo().await;
    let (hall, _) = two_halls(&server).await;
    let clerk = Clerk::new(&server, "wang.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 3).await;
    let password = "wang.admin counter phrase";
    for (name, pass) in [("wang.admin", "wrong password"), ("nobody.here", password)] {
        let refused = login(&server, name, pass, 4).await;
        assert_eq!((refused.status, refused.error_code()), (StatusCode::UNAUTHORIZED, "login_failed".to_owned()), "{name}");
        assert!(refused.header(header::SET_COOKIE).is_none());
    }
    // A right password gives its attempt back.
    assert_eq!(login(&server, "wang.admin", password, 5).await.status, StatusCode::OK);

    // Guesses at one account from many addresses: after 5 failures, refused for a while
    // even with the right password, from a fresh address.
    for client in 10..14 {
        assert_eq!(login(&server, "wang.admin", "guess", client).await.error_code(), "login_failed");
    }
    let throttled = login(&server, "wang.admin", password, 20).await;
    assert_eq!((throttled.status, throttled.error_code()), (StatusCode::TOO_MANY_REQUESTS, "rate_limited".to_owned()));
    assert!(throttled.header(header::RETRY_AFTER).is_some());
    // Another account is not held back by it.
    Clerk::new(&server, "zhao.window", scope(StaffRole::WindowStaff, &[&hall.code]), 21).await;

    // Disabled: its session ends at once (and the browser is told to drop the cookie), and
    // signing in gets the same answer as a wrong password.
    server.state.store.disable_staff("zhao.window").await.unwrap();
    assert_eq!(login(&server, "zhao.window", "zhao.window counter phrase", 22).await.error_code(), "login_failed");
    drop(clerk);
}

#[tokio::test]
async fn a_session_ends_when_idle_when_signed_out_and_everywhere_on_request() {
    let server = TestServer::demo().await;
    let (hall, _) = two_halls(&server).await;
    let first = Clerk::new(&server, "sun.window", scope(StaffRole::WindowStaff, &[&hall.code]), 30).await;
    let day = format!("/api/v1/console/halls/{}/day", hall.code);
    let second = {
        let answer = login(&server, "sun.window", "sun.window counter phrase", 31).await;
        let session: ConsoleSession = answer.parse();
        Clerk { server: &server, cookie: session_cookie(&answer), csrf: session.csrf_token, client: 31 }
    };
    assert_eq!(second.get(&day).await.status, StatusCode::OK);

    // Idle past 30 minutes: ended, and the cookie cleared.
    sqlx::query("UPDATE staff_sessions SET last_seen = last_seen - 1900").execute(server.state.store.bookings_pool()).await.unwrap();
    // The hourly purge deletes ended sessions' rows (both of this account's).
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let purged = server.state.store.purge(now, server.state.store.today(), 90).await.unwrap();
    assert_eq!(purged.staff_sessions, 2);
    let idle = first.get(&day).await;
    assert_eq!((idle.status, idle.error_code()), (StatusCode::UNAUTHORIZED, "session_required".to_owned()));
    assert!(idle.header(header::SET_COOKIE).unwrap().contains("Max-Age=0"));
    assert_eq!(second.get(&day).await.status, StatusCode::UNAUTHORIZED);

    // Everywhere: every session of the account ends, another account's stays.
    let a = {
        let answer = login(&server, "sun.window", "sun.window counter phrase", 32).await;
        let s: ConsoleSession = answer.parse();
        Clerk { server: &server, cookie: session_cookie(&answer), csrf: s.csrf_token, client: 32 }
    };
    let b = {
        let answer = login(&server, "sun.window", "sun.window counter phrase", 33).await;
        let s: ConsoleSession = answer.parse();
        Clerk { server: &server, cookie: session_cookie(&answer), csrf: s.csrf_token, client: 33 }
    };
    let other = Clerk::new(&server, "qian.window", scope(StaffRole::WindowStaff, &[&hall.code]), 34).await;
    let out = a.post("/api/v1/console/logout", json!({ "everywhere": true })).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    assert!(out.header(header::SET_COOKIE).unwrap().contains("Max-Age=0"));
    assert_eq!(a.get(&day).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(b.get(&day).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(other.get(&day).await.status, StatusCode::OK);
    // No cookie at all: told to sign in.
    assert_eq!(server.get(&day).await.error_code(), "session_required");
}

#[tokio::test]
async fn the_day_list_shows_a_halls_appointments_by_time_masked_and_nobody_sees_another_halls() {
    let server = TestServer::demo().await;
    let (hall, other_hall) = two_halls(&server).await;
    let (date, references) = book(&server, &hall, 1, 3).await;
    let (_, elsewhere) = book(&server, &other_hall, 50, 1).await;
    let clerk = Clerk::new(&server, "zhou.window", scope(StaffRole::WindowStaff, &[&hall.code]), 40).await;

    let answer = clerk.get(&format!("/api/v1/console/halls/{}/day?date={date}", hall.code)).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.header(header::CACHE_CONTROL), Some("no-store"));
    let text = String::from_utf8_lossy(&answer.body).into_owned();
    let day: HallDay = answer.parse();
    assert_eq!(day.counts.total, 3);
    assert_eq!(day.counts.booked, 3);
    let listed: Vec<&str> = day.appointments.iter().map(|a| a.reference.as_str()).collect();
    for reference in &references {
        assert!(listed.contains(&reference.as_str()));
    }
    let first = &day.appointments[0];
    assert_eq!(first.state, DayState::Booked);
    assert_eq!(first.name_masked.chars().count(), "测试1".chars().count());
    assert!(first.name_masked.contains('*'), "{}", first.name_masked);
    // Nothing of the ID or mobile but their masked forms.
    for person in 1..=3 {
        assert!(!text.contains(&resident_id(person)) && !text.contains(&mobile(person)), "person {person} appears in full");
        assert!(!text.contains(&format!("测试{person}")), "a full name");
    }
    assert!(first.document_masked.contains("*******"), "{}", first.document_masked);

    // Another hall: its day and its appointments are "not found", as if they did not exist.
    let foreign = clerk.get(&format!("/api/v1/console/halls/{}/day?date={date}", other_hall.code)).await;
    assert_eq!((foreign.status, foreign.error_code()), (StatusCode::NOT_FOUND, "hall_not_found".to_owned()));
    let nowhere = clerk.get("/api/v1/console/halls/999999-99/day").await;
    let unnamed = |r: &TestResponse, code: &str| String::from_utf8_lossy(&r.body).replace(code, "CODE");
    assert_eq!(unnamed(&foreign, &other_hall.code), unnamed(&nowhere, "999999-99"), "another hall's answer is a missing hall's");
    let theirs = clerk.get(&format!("/api/v1/console/appointments/{}", elsewhere[0])).await;
    assert_eq!((theirs.status, theirs.error_code()), (StatusCode::NOT_FOUND, "appointment_not_found".to_owned()));
    assert_eq!(clerk.mark(&elsewhere[0], DayState::Booked, DayState::Arrived).await.error_code(), "appointment_not_found");
    // Their own, typed in lower case from the ticket: found.
    let mine: DayAppointment = clerk.get(&format!("/api/v1/console/appointments/{}", references[0].to_lowercase())).await.parse();
    assert_eq!(mine.reference, references[0]);
    assert_eq!(clerk.get(&format!("/api/v1/console/halls/{}/day?date=2026-13-01", hall.code)).await.error_code(), "invalid_parameter");

    // A region admin sees every hall under its region, not others.
    let region_of = |h: &Hall| h.region_path.last().expect("a hall's region").code.clone();
    let region = &region_of(&hall);
    let admin = Clerk::new(&server, "wu.region", StaffScope { role: StaffRole::RegionAdmin, halls: vec![], region: Some(region.clone()) }, 41).await;
    assert_eq!(admin.get(&format!("/api/v1/console/halls/{}/day?date={date}", hall.code)).await.status, StatusCode::OK);
    if !region_of(&other_hall).starts_with(region.as_str()) {
        assert_eq!(admin.get(&format!("/api/v1/console/halls/{}/day", other_hall.code)).await.error_code(), "hall_not_found");
    }

    // A hotline operator looks up any appointment by reference, and changes nothing.
    let hotline = Clerk::new(&server, "zheng.hotline", StaffScope { role: StaffRole::HotlineOperator, halls: vec![], region: None }, 42).await;
    assert_eq!(hotline.get(&format!("/api/v1/console/appointments/{}", elsewhere[0])).await.status, StatusCode::OK);
    let refused = hotline.mark(&elsewhere[0], DayState::Booked, DayState::Arrived).await;
    assert_eq!((refused.status, refused.error_code()), (StatusCode::FORBIDDEN, "not_permitted".to_owned()));
    assert_eq!(clerk.get(&format!("/api/v1/console/halls/{}/audit", hall.code)).await.error_code(), "not_permitted");
}

#[tokio::test]
async fn arrivals_service_and_no_shows_are_recorded_audited_and_undone_only_by_the_rules() {
    let server = TestServer::demo().await;
    let (hall, _) = two_halls(&server).await;
    let (date, references) = book(&server, &hall, 60, 2).await;
    let clerk = Clerk::new(&server, "feng.window", scope(StaffRole::WindowStaff, &[&hall.code]), 50).await;
    let admin = Clerk::new(&server, "chen.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 51).await;

    let arrived: DayAppointment = clerk.mark(&references[0], DayState::Booked, DayState::Arrived).await.parse();
    assert_eq!((arrived.state, arrived.window.as_deref(), arrived.changed_by.as_deref()), (DayState::Arrived, Some("3"), Some("feng.window")));
    let served: DayAppointment = clerk.mark(&references[0], DayState::Arrived, DayState::Served).await.parse();
    assert_eq!(served.state, DayState::Served);
    let wrong = clerk.mark(&references[1], DayState::Booked, DayState::Served).await;
    assert_eq!((wrong.status, wrong.error_code()), (StatusCode::CONFLICT, "invalid_state_change".to_owned()));
    let no_show: DayAppointment = clerk.mark(&references[1], DayState::Booked, DayState::NoShow).await.parse();
    assert_eq!(no_show.state, DayState::NoShow);
    // Marked by mistake: the citizen is at the counter after all.
    assert_eq!(clerk.mark(&references[1], DayState::NoShow, DayState::Arrived).await.status, StatusCode::OK);

    let day: HallDay = clerk.get(&format!("/api/v1/console/halls/{}/day?date={date}", hall.code)).await.parse();
    assert_eq!((day.counts.served, day.counts.arrived, day.counts.booked), (1, 1, 0));

    let log: AuditLog = admin.get(&format!("/api/v1/console/halls/{}/audit", hall.code)).await.parse();
    let moves: Vec<(String, String, String)> = log.entries.iter().rev().map(|e| (e.target.clone(), e.before.clone(), e.after.clone())).collect();
    assert_eq!(
        moves,
        vec![
            (references[0].clone(), "booked".into(), "arrived".into()),
            (references[0].clone(), "arrived".into(), "served".into()),
            (references[1].clone(), "booked".into(), "no_show".into()),
            (references[1].clone(), "no_show".into(), "arrived".into()),
        ]
    );
    assert!(log.entries.iter().all(|e| e.login == "feng.window" && e.hall_code == hall.code && e.action == "appointment.state"));
}

#[tokio::test]
async fn two_clerks_marking_one_appointment_at_the_same_moment_one_wins_and_the_other_sees_the_state_it_has() {
    let server = TestServer::demo().await;
    let (hall, _) = two_halls(&server).await;
    let (_, references) = book(&server, &hall, 70, 1).await;
    let mut clerks = Vec::new();
    for n in 0..6u8 {
        clerks.push(Clerk::new(&server, &format!("clerk-{n}"), scope(StaffRole::WindowStaff, &[&hall.code]), 60 + n).await);
    }
    let reference = references[0].clone();
    // Half mark the citizen arrived, half as not come, all from "booked", at once.
    let answers = futures_util::future::join_all(clerks.iter().enumerate().map(|(n, clerk)| {
        let to = if n % 2 == 0 { DayState::Arrived } else { DayState::NoShow };
        let reference = reference.clone();
        async move { (to, clerk.mark(&reference, DayState::Booked, to).await) }
    }))
    .await;
    let won: Vec<DayState> = answers.iter().filter(|(_, a)| a.status == StatusCode::OK).map(|(to, _)| *to).collect();
    assert_eq!(won.len(), 1, "exactly one clerk's change is made");
    for (_, answer) in answers.iter().filter(|(_, a)| a.status != StatusCode::OK) {
        assert_eq!((answer.status, answer.error_code()), (StatusCode::CONFLICT, "state_changed".to_owned()));
        assert_eq!(answer.json()["error"]["current_state"], json!(won[0]), "the others are told the state it has now");
    }
    let (audited,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE target = $1").bind(&reference).fetch_one(server.state.store.bookings_pool()).await.unwrap();
    assert_eq!(audited, 1, "one change, one audit row");
}

/// `hall-server staff add|list|disable`, as a hall gets started: the first admin's
/// one-time password printed once, signing in with it, the list, a disabled account.
#[tokio::test]
async fn the_staff_command_adds_lists_and_disables_accounts_and_the_printed_password_signs_in() {
    const BIN: &str = env!("CARGO_BIN_EXE_hall-server");
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(BIN).args(args).args(["--data-dir", data]).env_remove("DATABASE_URL").output().expect("hall-server runs");
        (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    assert!(run(&["seed"]).0);
    let (ok, listed, _) = run(&["staff", "list"]);
    assert!(ok && listed.contains("No staff accounts"), "{listed}");
    let (ok, added, err) = run(&["staff", "add", "--login", "first.admin", "--role", "hall_admin", "--hall", "330106-01"]);
    assert!(ok, "{err}");
    let password = added.split_whitespace().find(|w| w.len() == 19 && w.matches('-').count() == 3).expect("the one-time password is printed").to_owned();
    // Refused with the reason: an unknown role, a hall that does not exist, a login taken.
    let (ok, _, err) = run(&["staff", "add", "--login", "x.y", "--role", "boss", "--hall", "330106-01"]);
    assert!(!ok && err.contains("window_staff"), "{err}");
    let (ok, _, err) = run(&["staff", "add", "--login", "x.y", "--role", "window_staff", "--hall", "999999-99"]);
    assert!(!ok && err.contains("999999-99"), "{err}");
    let (ok, _, err) = run(&["staff", "add", "--login", "first.admin", "--role", "window_staff", "--hall", "330106-01"]);
    assert!(!ok && err.contains("exists"), "{err}");
    let (_, listed, _) = run(&["staff", "list"]);
    assert!(listed.contains("first.admin") && listed.contains("hall_admin") && listed.contains("330106-01") && listed.contains("one-time"), "{listed}");
    assert!(!listed.contains(&password), "the list never shows a password");

    // The printed password signs in on a server over the same data directory.
    let databases = hall_server::store::Databases::sqlite(dir.path()).await.expect("opens");
    let store = hall_server::store::Store::open(databases, hall_server::store::secrets::Secrets::from_master([1; 32]), hall_server::store::Clock::System)
        .await
        .unwrap();
    assert!(store.login("first.admin", &password, 0).await.is_ok());
    store.close().await;

    let (ok, said, _) = run(&["staff", "disable", "first.admin"]);
    assert!(ok && said.contains("Disabled"), "{said}");
    let (_, listed, _) = run(&["staff", "list"]);
    assert!(listed.contains("disabled"), "{listed}");
    let (ok, _, err) = run(&["staff", "disable", "nobody.at.all"]);
    assert!(!ok && err.contains("nobody.at.all"), "{err}");
}

/// Books one appointment for `person` at `hall` on the `nth` bookable day (first slot with
/// a place); gives the day and the reference.
async fn book_on_day(server: &TestServer, hall: &Hall, person: u32, nth: usize) -> TestResponse {
    let items: hall_model::HallItems = server.get(&format!("/api/v1/halls/{}/items", hall.code)).await.parse();
    let item = &items.items[0].code;
    let slots: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}", hall.code)).await.parse();
    let day = slots.days.iter().filter(|d| d.slots.iter().any(|s| s.remaining > 0)).nth(nth).expect("enough bookable days");
    let slot = day.slots.iter().find(|s| s.remaining > 0).unwrap();
    let body = json!({
        "hall_code": hall.code, "item_code": item, "date": day.date, "start": slot.start,
        "name": format!("测试{person}"), "mobile": mobile(person), "resident_id": resident_id(person),
    });
    let builder = request("POST", "/api/v1/appointments").header("idempotency-key", format!("booking-day-{person}-{nth}"));
    send(server, builder, Some(body), 201).await
}

#[tokio::test]
async fn three_no_shows_suspend_online_booking_with_the_day_it_ends_until_a_hall_admin_lifts_it() {
    let server = TestServer::demo().await;
    let (hall, _) = two_halls(&server).await;
    let clerk = Clerk::new(&server, "he.window", scope(StaffRole::WindowStaff, &[&hall.code]), 80).await;
    let admin = Clerk::new(&server, "lu.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 81).await;
    let mut last = String::new();
    for nth in 0..3 {
        let booked = book_on_day(&server, &hall, 7, nth).await;
        assert_eq!(booked.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&booked.body));
        let appointment = booked.parse::<Booking>().appointment;
        last = appointment.date.to_string();
        assert_eq!(clerk.mark(&appointment.reference, DayState::Booked, DayState::NoShow).await.status, StatusCode::OK);
    }
    // The fourth: refused, saying from which day they may book again (31 days after the
    // last no-show: 30 days suspended).
    let refused = book_on_day(&server, &hall, 7, 3).await;
    assert_eq!((refused.status, refused.error_code()), (StatusCode::CONFLICT, "booking_suspended".to_owned()));
    let from = hall_model::Date::parse(&last).unwrap().add_days(31).to_string();
    assert_eq!(refused.json()["error"]["may_book_from"], json!(from));
    // Someone else books as ever.
    assert_eq!(book_on_day(&server, &hall, 8, 3).await.status, StatusCode::CREATED);

    // Window staff cannot lift it; the hall admin can, by one of the person's references.
    let day: HallDay = clerk.get(&format!("/api/v1/console/halls/{}/day?date={last}", hall.code)).await.parse();
    let theirs = day.appointments.iter().find(|a| a.state == DayState::NoShow).expect("the no-show listed").reference.clone();
    let uri = format!("/api/v1/console/appointments/{theirs}/lift-suspension");
    assert_eq!(clerk.post(&uri, json!({})).await.error_code(), "not_permitted");
    assert_eq!(admin.post(&uri, json!({})).await.status, StatusCode::NO_CONTENT);
    assert_eq!(book_on_day(&server, &hall, 7, 3).await.status, StatusCode::CREATED, "bookable again once lifted");
    let log: AuditLog = admin.get(&format!("/api/v1/console/halls/{}/audit", hall.code)).await.parse();
    assert!(log.entries.iter().any(|e| e.action == "no_show.lift" && e.login == "lu.admin" && e.target == theirs));
}

#[tokio::test]
async fn an_appointment_nobody_checked_in_becomes_a_no_show_after_its_slot_and_a_clerk_racing_the_job_wins_or_is_told() {
    let server = TestServer::demo().await;
    let (hall, _) = two_halls(&server).await;
    let (date, references) = book(&server, &hall, 90, 2).await;
    let clerk = Clerk::new(&server, "ma.window", scope(StaffRole::WindowStaff, &[&hall.code]), 90).await;
    let day: HallDay = clerk.get(&format!("/api/v1/console/halls/{}/day?date={date}", hall.code)).await.parse();
    let end = &day.appointments.iter().find(|a| a.reference == references[0]).unwrap().end;
    let (h, m) = end.split_once(':').unwrap();
    let ends_at = i64::from(hall_model::Date::parse(&date).unwrap().days_since_epoch()) * 86_400
        + (h.parse::<i64>().unwrap() * 60 + m.parse::<i64>().unwrap()) * 60
        - 8 * 3600;
    let store = &server.state.store;
    assert_eq!(store.mark_no_shows(ends_at + 29 * 60).await.unwrap(), 0, "not yet: 30 minutes after the slot");
    // One clerk checks the first citizen in as the job runs: one of the two wins, and the
    // state is the winner's.
    let (marked, checked_in) = tokio::join!(store.mark_no_shows(ends_at + 31 * 60), clerk.mark(&references[0], DayState::Booked, DayState::Arrived));
    let marked = marked.unwrap();
    let now: DayAppointment = clerk.get(&format!("/api/v1/console/appointments/{}", references[0])).await.parse();
    match checked_in.status {
        StatusCode::OK => assert_eq!((now.state, marked), (DayState::Arrived, 1), "the clerk won; the job marked only the other"),
        StatusCode::CONFLICT => {
            assert_eq!(checked_in.json()["error"]["current_state"], "no_show");
            assert_eq!((now.state, now.changed_by.as_deref(), marked), (DayState::NoShow, Some("system"), 2));
        }
        other => panic!("unexpected {other}"),
    }
    let other: DayAppointment = clerk.get(&format!("/api/v1/console/appointments/{}", references[1])).await.parse();
    assert_eq!((other.state, other.changed_by.as_deref()), (DayState::NoShow, Some("system")));
    assert_eq!(store.mark_no_shows(ends_at + 3600).await.unwrap(), 0, "each is marked once");
    // A no-show marked by the job by mistake is put right by the clerk.
    assert_eq!(clerk.mark(&references[1], DayState::NoShow, DayState::Arrived).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_closure_takes_its_slots_away_and_cancels_the_appointments_in_it_with_the_reason_their_holders_see() {
    let server = TestServer::demo().await;
    let (hall, _) = two_halls(&server).await;
    let admin = Clerk::new(&server, "yang.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 100).await;
    let clerk = Clerk::new(&server, "xu.window", scope(StaffRole::WindowStaff, &[&hall.code]), 101).await;
    let items: hall_model::HallItems = server.get(&format!("/api/v1/halls/{}/items", hall.code)).await.parse();
    let item = &items.items[0].code;
    let slots: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}", hall.code)).await.parse();
    let day = slots.days.iter().find(|d| d.slots.len() >= 4).expect("a day with four slots");
    let (closed, kept) = (&day.slots[1], &day.slots[3]);
    let mut booked = Vec::new();
    for (person, slot) in [(110, closed), (111, kept)] {
        let body = json!({
            "hall_code": hall.code, "item_code": item, "date": day.date, "start": slot.start,
            "name": format!("测试{person}"), "mobile": mobile(person), "resident_id": resident_id(person),
        });
        let answer = send(&server, request("POST", "/api/v1/appointments").header("idempotency-key", format!("closure-{person}")), Some(body), 102).await;
        assert_eq!(answer.status, StatusCode::CREATED);
        booked.push(answer.parse::<Booking>());
    }
    let closure = json!({ "date": day.date, "start": closed.start, "end": closed.end, "reason": "系统升级，暂停办理" });
    let uri = format!("/api/v1/console/halls/{}/closures", hall.code);
    assert_eq!(clerk.post(&uri, closure.clone()).await.error_code(), "not_permitted");
    assert_eq!(admin.post(&uri, json!({ "date": day.date, "reason": " " })).await.error_code(), "invalid_parameter");
    assert_eq!(admin.post(&uri, json!({ "date": day.date, "start": "10:00", "end": "09:00", "reason": "x" })).await.error_code(), "invalid_parameter");
    let done = admin.post(&uri, closure).await;
    assert_eq!(done.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&done.body));
    assert_eq!(done.parse::<hall_model::ClosureDone>().cancelled, vec![booked[0].appointment.reference.clone()]);

    // The holder sees it cancelled by the hall, and why; the other appointment stands.
    let server_ref = &server;
    let look = |b: &Booking| {
        let uri = format!("/api/v1/appointments/{}", b.appointment.reference);
        let token = format!("Bearer {}", b.manage_token);
        async move { server_ref.get_with(&uri, "authorization", &token).await.parse::<hall_model::Appointment>() }
    };
    let gone = look(&booked[0]).await;
    assert_eq!((gone.status, gone.cancelled_by_hall.as_deref()), (hall_model::AppointmentStatus::Cancelled, Some("系统升级，暂停办理")));
    let stands = look(&booked[1]).await;
    assert_eq!((stands.status, stands.cancelled_by_hall), (hall_model::AppointmentStatus::Booked, None));
    // The slot is no longer offered, nor bookable; the day list says who cancelled.
    let after: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}", hall.code)).await.parse();
    let same_day = after.days.iter().find(|d| d.date == day.date).unwrap();
    assert!(same_day.slots.iter().all(|s| s.start != closed.start) && same_day.slots.iter().any(|s| s.start == kept.start));
    let body = json!({ "hall_code": hall.code, "item_code": item, "date": day.date, "start": closed.start, "name": "测试112", "mobile": mobile(112), "resident_id": resident_id(112) });
    let refused = send(&server, request("POST", "/api/v1/appointments").header("idempotency-key", "closure-112"), Some(body), 102).await;
    assert_eq!(refused.error_code(), "slot_not_found");
    let list: HallDay = clerk.get(&format!("/api/v1/console/halls/{}/day?date={}", hall.code, day.date)).await.parse();
    assert_eq!(list.appointments.iter().find(|a| a.reference == booked[0].appointment.reference).unwrap().state, DayState::CancelledByHall);
    let log: AuditLog = admin.get(&format!("/api/v1/console/halls/{}/audit", hall.code)).await.parse();
    assert!(log.entries.iter().any(|e| e.action == "hall.close" && e.after.contains("系统升级")));
}

#[tokio::test]
async fn bookings_racing_a_whole_day_closure_never_leave_an_appointment_on_the_closed_day() {
    let server = TestServer::demo().await;
    let (hall, _) = two_halls(&server).await;
    let admin = Clerk::new(&server, "tang.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 120).await;
    let items: hall_model::HallItems = server.get(&format!("/api/v1/halls/{}/items", hall.code)).await.parse();
    let item = items.items[0].code.clone();
    let slots: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}", hall.code)).await.parse();
    let day = slots.days.iter().find(|d| d.slots.len() >= 4).expect("a day with slots").clone();
    let bookings = (0..8u32).map(|n| {
        let slot = &day.slots[n as usize % day.slots.len()];
        let body = json!({ "hall_code": hall.code, "item_code": item, "date": day.date, "start": slot.start, "name": format!("测试{}", 130 + n), "mobile": mobile(130 + n), "resident_id": resident_id(130 + n) });
        let server = &server;
        async move { send(server, request("POST", "/api/v1/appointments").header("idempotency-key", format!("race-closure-{n}")), Some(body), 130).await }
    });
    let close_uri = format!("/api/v1/console/halls/{}/closures", hall.code);
    let close = admin.post(&close_uri, json!({ "date": day.date, "reason": "台风停止办公" }));
    let (answers, closed) = tokio::join!(futures_util::future::join_all(bookings), close);
    assert_eq!(closed.status, StatusCode::CREATED);
    for answer in &answers {
        assert!(matches!(answer.status, StatusCode::CREATED | StatusCode::NOT_FOUND | StatusCode::CONFLICT), "{}", String::from_utf8_lossy(&answer.body));
    }
    let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM appointments WHERE hall_code = $1 AND date = $2 AND status = 'booked'")
        .bind(&hall.code)
        .bind(day.date.to_string())
        .fetch_one(server.state.store.bookings_pool())
        .await
        .unwrap();
    assert_eq!(left, 0, "every booking made before the closure was cancelled by it, every one after refused");
    let (taken,): (i64,) = sqlx::query_as("SELECT CAST(COALESCE(SUM(taken), 0) AS BIGINT) FROM slot_places WHERE hall_code = $1 AND date = $2")
        .bind(&hall.code)
        .bind(day.date.to_string())
        .fetch_one(server.state.store.bookings_pool())
        .await
        .unwrap();
    assert_eq!(taken, 0, "and every place given back");
}

/// The first item of `hall` and its first bookable day with at least two slots.
async fn item_and_day(server: &TestServer, hall: &Hall) -> (String, hall_model::SlotDay) {
    let items: hall_model::HallItems = server.get(&format!("/api/v1/halls/{}/items", hall.code)).await.parse();
    let item = items.items[0].code.clone();
    let slots: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}", hall.code)).await.parse();
    let day = slots.days.into_iter().find(|d| d.slots.len() >= 2 && d.slots.iter().all(|s| s.remaining == s.capacity)).expect("a day with free slots");
    (item, day)
}

#[tokio::test]
async fn a_hall_admin_changes_a_future_slots_places_never_below_what_is_booked_and_the_booking_page_shows_it() {
    let server = TestServer::demo().await;
    let (hall, other) = two_halls(&server).await;
    let admin = Clerk::new(&server, "he.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 140).await;
    let window = Clerk::new(&server, "he.window", scope(StaffRole::WindowStaff, &[&hall.code]), 141).await;
    let (item, day) = item_and_day(&server, &hall).await;
    let (first, second) = (day.slots[0].start.clone(), day.slots[1].start.clone());
    let uri = format!("/api/v1/console/halls/{}/capacity", hall.code);

    // More windows open that day: every slot gets 5 places; the booking page says so.
    let more = admin.post(&uri, json!({ "item_code": item, "date": day.date, "capacity": 5 })).await;
    assert_eq!(more.status, StatusCode::OK, "{}", String::from_utf8_lossy(&more.body));
    let shown: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}&from={}&days=1", hall.code, day.date)).await.parse();
    assert!(shown.days[0].slots.iter().all(|s| s.capacity == 5 && s.remaining == 5), "{:?}", shown.days[0].slots);

    // Two citizens book the first slot; it cannot go below 2, and the answer says why.
    for person in [150, 151] {
        let body = json!({ "hall_code": hall.code, "item_code": item, "date": day.date, "start": first, "name": "测试", "mobile": mobile(person), "resident_id": resident_id(person) });
        let answer = send(&server, request("POST", "/api/v1/appointments").header("idempotency-key", format!("capacity-{person}")), Some(body), 150).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer.body));
    }
    let below = admin.post(&uri, json!({ "item_code": item, "date": day.date, "start": first, "capacity": 1 })).await;
    assert_eq!((below.status, below.error_code()), (StatusCode::CONFLICT, "capacity_below_booked".to_owned()));
    assert_eq!(below.json()["error"]["booked"], 2);
    assert_eq!(below.json()["error"]["start"], first.as_str());
    // A whole-day change fails as a whole: the second slot keeps its 5.
    let day_below = admin.post(&uri, json!({ "item_code": item, "date": day.date, "capacity": 1 })).await;
    assert_eq!(day_below.status, StatusCode::CONFLICT);
    let shown: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}&from={}&days=1", hall.code, day.date)).await.parse();
    assert_eq!(shown.days[0].slots.iter().find(|s| s.start == second).unwrap().capacity, 5);
    // Down to exactly what is booked: full, and no more bookings there.
    assert_eq!(admin.post(&uri, json!({ "item_code": item, "date": day.date, "start": first, "capacity": 2 })).await.status, StatusCode::OK);
    let shown: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}&from={}&days=1", hall.code, day.date)).await.parse();
    let slot = shown.days[0].slots.iter().find(|s| s.start == first).unwrap();
    assert_eq!((slot.capacity, slot.remaining), (2, 0));
    let late = json!({ "hall_code": hall.code, "item_code": item, "date": day.date, "start": first, "name": "测试", "mobile": mobile(152), "resident_id": resident_id(152) });
    let late = send(&server, request("POST", "/api/v1/appointments").header("idempotency-key", "capacity-152"), Some(late), 150).await;
    assert_eq!(late.error_code(), "slot_taken");
    // No slot of no places: taking a slot away is a closure, which tells its citizens why.
    assert_eq!(admin.post(&uri, json!({ "item_code": item, "date": day.date, "start": second, "capacity": 0 })).await.error_code(), "invalid_parameter");

    // Not a clerk's to change, not another hall's, not a day past, not a slot that is not there.
    assert_eq!(window.post(&uri, json!({ "item_code": item, "date": day.date, "capacity": 9 })).await.error_code(), "not_permitted");
    let elsewhere = admin.post(&format!("/api/v1/console/halls/{}/capacity", other.code), json!({ "item_code": item, "date": day.date, "capacity": 9 })).await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);
    let past = admin.post(&uri, json!({ "item_code": item, "date": "2020-01-06", "capacity": 9 })).await;
    assert_eq!(past.error_code(), "invalid_parameter");
    let nowhere = admin.post(&uri, json!({ "item_code": item, "date": day.date, "start": "03:00", "capacity": 9 })).await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    // Audited, slot by slot, before and after.
    let log: AuditLog = admin.get(&format!("/api/v1/console/halls/{}/audit", hall.code)).await.parse();
    let changes: Vec<_> = log.entries.iter().filter(|e| e.action == "slot.capacity").collect();
    assert!(changes.iter().any(|e| e.target.ends_with(&first) && e.before == "5" && e.after == "2"), "{changes:?}");
}

#[tokio::test]
async fn bookings_racing_a_capacity_cut_never_leave_a_slot_holding_more_than_its_places() {
    let server = TestServer::demo().await;
    let (hall, _) = two_halls(&server).await;
    let admin = Clerk::new(&server, "lu.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 160).await;
    let (item, day) = item_and_day(&server, &hall).await;
    let start = day.slots[0].start.clone();
    let uri = format!("/api/v1/console/halls/{}/capacity", hall.code);
    assert_eq!(admin.post(&uri, json!({ "item_code": item, "date": day.date, "start": start, "capacity": 6 })).await.status, StatusCode::OK);
    // Six citizens book the slot while the admin cuts it to 3.
    let bookings = (0..6u32).map(|n| {
        let body = json!({ "hall_code": hall.code, "item_code": item, "date": day.date, "start": start, "name": "测试", "mobile": mobile(170 + n), "resident_id": resident_id(170 + n) });
        let server = &server;
        async move { send(server, request("POST", "/api/v1/appointments").header("idempotency-key", format!("race-capacity-{n}")), Some(body), 170).await }
    });
    let cut = admin.post(&uri, json!({ "item_code": item, "date": day.date, "start": start, "capacity": 3 }));
    let (answers, cut) = tokio::join!(futures_util::future::join_all(bookings), cut);
    let booked = answers.iter().filter(|a| a.status == StatusCode::CREATED).count() as u32;
    let (taken, places): (i64, i64) =
        sqlx::query_as("SELECT taken, capacity FROM slot_places WHERE hall_code = $1 AND item_code = $2 AND date = $3 AND start = $4")
            .bind(&hall.code)
            .bind(&item)
            .bind(day.date.to_string())
            .bind(&start)
            .fetch_one(server.state.store.bookings_pool())
            .await
            .unwrap();
    assert_eq!(taken as u32, booked, "every booking counted once");
    assert!(taken <= places, "{taken} booked in {places} places");
    match cut.status {
        StatusCode::OK => assert_eq!((places, booked <= 3), (3, true), "the cut came first: at most 3 booked"),
        StatusCode::CONFLICT => assert_eq!((places, cut.json()["error"]["booked"].as_u64().unwrap() > 3), (6, true), "refused with the count, over 3"),
        other => panic!("{other}: {}", String::from_utf8_lossy(&cut.body)),
    }
}

#[tokio::test]
async fn window_staff_register_and_advance_applications_of_their_halls_audited_and_the_applicant_sees_each_step() {
    let server = TestServer::demo().await;
    let (hall, other) = two_halls(&server).await;
    let clerk = Clerk::new(&server, "xu.window", scope(StaffRole::WindowStaff, &[&hall.code]), 180).await;
    let hotline = Clerk::new(&server, "xu.hotline", scope(StaffRole::HotlineOperator, &[]), 181).await;
    let items: hall_model::HallItems = server.get(&format!("/api/v1/halls/{}/items", hall.code)).await.parse();
    let item = &items.items[0].code;
    let new = |number: &str, at: &str| json!({ "number": number, "item_code": item, "hall_code": at, "submitted": "2026-11-30", "applicant_name": "冯小军", "mobile": "13912345678", "query_code": "K7P2Q9XA" });
    let made = clerk.post("/api/v1/console/applications", new("ZJ-2026-0001", &hall.code)).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&made.body));
    assert_eq!(made.json()["applicant_masked"], "冯**");
    assert!(!String::from_utf8_lossy(&made.body).contains("13912345678"));
    // Not at another hall (as if it did not exist), not by the hotline.
    assert_eq!(clerk.post("/api/v1/console/applications", new("ZJ-2026-0002", &other.code)).await.status, StatusCode::NOT_FOUND);
    assert_eq!(hotline.post("/api/v1/console/applications", new("ZJ-2026-0003", &hall.code)).await.error_code(), "not_permitted");

    let events = "/api/v1/console/applications/ZJ-2026-0001/events";
    assert_eq!(clerk.post(events, json!({ "status": "accepted", "date": "2026-12-01" })).await.status, StatusCode::CREATED);
    // A correction needs its materials, deadline and place; then it is shown to the applicant.
    let bare = clerk.post(events, json!({ "status": "correction_needed", "date": "2026-12-02", "reason": "照片不清晰" })).await;
    assert_eq!(bare.error_code(), "invalid_parameter", "{}", String::from_utf8_lossy(&bare.body));
    let correction = json!({ "status": "correction_needed", "date": "2026-12-02", "reason": "照片不清晰", "materials": ["近期免冠照片"], "correction_due": "2026-12-09", "correction_where": "3号窗口" });
    assert_eq!(clerk.post(events, correction).await.status, StatusCode::CREATED);
    // Two clerks moving it at once: one step is taken, the other refused (it cannot follow).
    let second = Clerk::new(&server, "xu.window2", scope(StaffRole::WindowStaff, &[&hall.code]), 182).await;
    let (a, b) = tokio::join!(
        clerk.post(events, json!({ "status": "under_review", "date": "2026-12-03" })),
        second.post(events, json!({ "status": "under_review", "date": "2026-12-03" })),
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CONFLICT], "{} / {}", String::from_utf8_lossy(&a.body), String::from_utf8_lossy(&b.body));
    // Read back by staff of the hall and by the hotline; another hall's clerk finds nothing.
    let seen = hotline.get("/api/v1/console/applications/zj-2026-0001").await;
    assert_eq!(seen.json()["status"], "under_review");
    let outsider = Clerk::new(&server, "xu.elsewhere", scope(StaffRole::WindowStaff, &[&other.code]), 183).await;
    assert_eq!(outsider.get("/api/v1/console/applications/ZJ-2026-0001").await.status, StatusCode::NOT_FOUND);
    assert_eq!(outsider.post(events, json!({ "status": "approved", "date": "2026-12-04" })).await.status, StatusCode::NOT_FOUND);
    // The applicant, with the number and the receipt's verifier, sees the timeline.
    let lookup = send(&server, request("POST", "/api/v1/applications/lookup"), Some(json!({ "number": "ZJ-2026-0001", "verifier": "K7P2Q9XA" })), 184).await;
    assert_eq!(lookup.status, StatusCode::OK, "{}", String::from_utf8_lossy(&lookup.body));
    let timeline: Vec<String> = lookup.json()["timeline"].as_array().unwrap().iter().map(|e| e["status"].as_str().unwrap().to_owned()).collect();
    assert_eq!(timeline, ["submitted", "accepted", "correction_needed", "under_review"]);
    // Each staff step is in the hall's audit log, with no personal data.
    let admin = Clerk::new(&server, "xu.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 185).await;
    let log = admin.get(&format!("/api/v1/console/halls/{}/audit", hall.code)).await;
    let text = String::from_utf8_lossy(&log.body).into_owned();
    assert!(!text.contains("13912345678") && !text.contains("冯小军") && !text.contains("K7P2Q9XA"), "{text}");
    let log: AuditLog = log.parse();
    let steps: Vec<(&str, &str)> = log.entries.iter().filter(|e| e.target == "ZJ-2026-0001").map(|e| (e.before.as_str(), e.after.as_str())).rev().collect();
    assert_eq!(steps, [("", "submitted"), ("submitted", "accepted"), ("accepted", "correction_needed"), ("correction_needed", "under_review")]);
}

#[tokio::test]
async fn a_region_admin_previews_a_holiday_calendar_with_the_bookings_it_closes_and_saving_takes_those_slots_away() {
    let server = TestServer::demo().await;
    let (hall, _) = two_halls(&server).await;
    let province = hall.region_path[0].code.clone();
    let region = Clerk::new(&server, "sun.region", StaffScope { role: StaffRole::RegionAdmin, halls: vec![], region: Some(province) }, 190).await;
    let hall_admin = Clerk::new(&server, "sun.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 191).await;
    // An ordinary weekday (not a weekend day worked in exchange, which is in the notice already).
    let mut nth = 2;
    let appointment = loop {
        let booked = book_on_day(&server, &hall, 192 + nth as u32, nth).await;
        assert_eq!(booked.status, StatusCode::CREATED);
        let appointment = booked.parse::<Booking>().appointment;
        if appointment.date.weekday() <= 5 {
            break appointment;
        }
        nth += 1;
    };
    let date = appointment.date;
    // The year's schedule as in use, with one more day off: the day of that appointment.
    let mut notices = hall_server::store::calendar::notices(server.state.store.bookings_pool()).await.unwrap();
    notices.retain(|n| n.year == date.ymd().0);
    let mut notice = notices.pop().expect("the calendar knows the booking's year");
    notice.holidays.push(hall_model::HolidayRange { name: "临时调整".to_owned(), from: date, to: date });
    let text = serde_json::to_string(&notice).unwrap();

    let preview = region.post("/api/v1/console/calendar", json!({ "text": text })).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", String::from_utf8_lossy(&preview.body));
    let preview: hall_model::CalendarPreview = preview.parse();
    assert!(!preview.saved);
    assert_eq!(preview.years, [date.ymd().0]);
    assert_eq!(preview.affected_total, 1);
    assert_eq!(preview.affected[0].reference, appointment.reference);
    // Nothing changed yet: the day still has its slots.
    let uri = format!("/api/v1/halls/{}/slots?item={}&from={date}&days=1", hall.code, appointment.item_code);
    assert!(server.get(&uri).await.parse::<HallSlots>().days[0].open);

    // Only region admins import; a broken file says what is wrong and changes nothing.
    assert_eq!(hall_admin.post("/api/v1/console/calendar", json!({ "text": text })).await.error_code(), "not_permitted");
    let broken = region.post("/api/v1/console/calendar", json!({ "text": "{\"year\": 2026, \"holidays\": []}", "save": true })).await;
    assert_eq!(broken.error_code(), "invalid_parameter");
    assert!(broken.json()["error"]["message"].as_str().unwrap().contains("no holidays"), "{}", String::from_utf8_lossy(&broken.body));

    let saved: hall_model::CalendarPreview = region.post("/api/v1/console/calendar", json!({ "text": text, "save": true })).await.parse();
    assert!(saved.saved);
    let day = server.get(&uri).await.parse::<HallSlots>().days.remove(0);
    assert!(!day.open && day.holiday, "the day is off now: {day:?}");
    let log: AuditLog = hall_admin.get(&format!("/api/v1/console/halls/{}/audit", hall.code)).await.parse();
    assert!(log.entries.iter().any(|e| e.action == "calendar.import" && e.hall_code == "*" && e.login == "sun.region"), "every hall's admins see it");
}

#[tokio::test]
async fn closing_one_window_takes_its_places_and_cancels_only_the_appointments_that_no_longer_fit_the_last_booked_first() {
    let server = TestServer::demo().await;
    // Xiacheng's centre: item 101100000001 is served at windows A01 and D01.
    let hall: Hall = server.get("/api/v1/halls/330102-01").await.parse();
    let admin = Clerk::new(&server, "gu.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 200).await;
    let item = "101100000001".to_owned();
    let slots: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}", hall.code)).await.parse();
    let day = slots.days.into_iter().find(|d| d.slots.len() >= 2).expect("a day with slots");
    // The window serving the item, from the item's guide at the hall (its windows).
    let guide = server.get(&format!("/api/v1/halls/{}/items/{item}", hall.code)).await.json();
    let serving: Vec<String> = guide["windows"].as_array().unwrap().iter().map(|w| w["number"].as_str().unwrap().to_owned()).collect();
    assert_eq!(serving, ["A01", "D01"], "{guide}");
    let slot = &day.slots[0];
    let full = slot.capacity;
    // Fill the first slot, one person after another (so the order of booking is known).
    let mut references = Vec::new();
    for n in 0..full {
        let body = json!({ "hall_code": hall.code, "item_code": item, "date": day.date, "start": slot.start, "name": "测试", "mobile": mobile(210 + n), "resident_id": resident_id(210 + n) });
        let answer = send(&server, request("POST", "/api/v1/appointments").header("idempotency-key", format!("window-{n}")), Some(body), 210).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer.body));
        references.push(answer.parse::<Booking>().appointment.reference);
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    }
    let uri = format!("/api/v1/console/halls/{}/closures", hall.code);
    // Not a window of this hall: refused, nothing changed.
    let nowhere = admin.post(&uri, json!({ "date": day.date, "reason": "设备故障", "window": "Z99" })).await;
    assert_eq!(nowhere.error_code(), "invalid_parameter");
    let closed = admin.post(&uri, json!({ "date": day.date, "start": slot.start, "end": slot.end, "reason": "窗口设备故障", "window": serving[0] })).await;
    assert_eq!(closed.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&closed.body));
    let done: hall_model::ClosureDone = closed.parse();
    let share = (full as usize) / serving.len();
    assert_eq!(done.cancelled.len(), share, "the window's share of places, no more");
    // The last booked went first; the others keep their appointments.
    let mut expected: Vec<String> = references.iter().rev().take(share).cloned().collect();
    expected.sort();
    let mut got = done.cancelled.clone();
    got.sort();
    assert_eq!(got, expected);
    for reference in &done.cancelled {
        let seen: DayAppointment = admin.get(&format!("/api/v1/console/appointments/{reference}")).await.parse();
        assert_eq!(seen.state, DayState::CancelledByHall);
    }
    // The slot now has the other windows' places, all taken; other slots are untouched.
    let shown: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}&from={}&days=1", hall.code, day.date)).await.parse();
    let after = shown.days[0].slots.iter().find(|s| s.start == slot.start);
    match after {
        Some(after) => assert_eq!((after.capacity, after.remaining), (full - share as u32, 0)),
        None => assert_eq!(share as u32, full, "a slot only that window served is gone"),
    }
    assert_eq!(shown.days[0].slots.iter().find(|s| s.start == day.slots[1].start).unwrap().capacity, day.slots[1].capacity);
    let log: AuditLog = admin.get(&format!("/api/v1/console/halls/{}/audit", hall.code)).await.parse();
    assert!(log.entries.iter().any(|e| e.action == "window.close" && e.target == serving[0]));
}

#[tokio::test]
async fn bookings_racing_a_window_closure_never_leave_a_slot_holding_more_than_its_places() {
    let server = TestServer::demo().await;
    // Two windows serve the item (A01, D01): 4 places a slot, 2 once A01 closes.
    let hall: Hall = server.get("/api/v1/halls/330102-01").await.parse();
    let admin = Clerk::new(&server, "qin.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 220).await;
    let item = "101100000001".to_owned();
    let slots: HallSlots = server.get(&format!("/api/v1/halls/{}/slots?item={item}", hall.code)).await.parse();
    let day = slots.days.into_iter().find(|d| !d.slots.is_empty()).expect("a day with slots");
    let window = "A01";
    let slot = day.slots[0].clone();
    let bookings = (0..6u32).map(|n| {
        let body = json!({ "hall_code": hall.code, "item_code": item, "date": day.date, "start": slot.start, "name": "测试", "mobile": mobile(230 + n), "resident_id": resident_id(230 + n) });
        let server = &server;
        async move { send(server, request("POST", "/api/v1/appointments").header("idempotency-key", format!("race-window-{n}")), Some(body), 230).await }
    });
    let close_uri = format!("/api/v1/console/halls/{}/closures", hall.code);
    let close = admin.post(&close_uri, json!({ "date": day.date, "reason": "窗口停用", "window": window }));
    let (answers, closed) = tokio::join!(futures_util::future::join_all(bookings), close);
    assert_eq!(closed.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&closed.body));
    let cancelled = closed.parse::<hall_model::ClosureDone>().cancelled.len() as i64;
    let created = answers.iter().filter(|a| a.status == StatusCode::CREATED).count() as i64;
    for answer in &answers {
        assert!(matches!(answer.status, StatusCode::CREATED | StatusCode::CONFLICT), "{}", String::from_utf8_lossy(&answer.body));
    }
    let (taken, places): (i64, i64) =
        sqlx::query_as("SELECT taken, capacity FROM slot_places WHERE hall_code = $1 AND item_code = $2 AND date = $3 AND start = $4")
            .bind(&hall.code)
            .bind(&item)
            .bind(day.date.to_string())
            .bind(&slot.start)
            .fetch_one(server.state.store.bookings_pool())
            .await
            .unwrap();
    let (booked,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM appointments WHERE hall_code = $1 AND item_code = $2 AND date = $3 AND start = $4 AND status = 'booked'")
            .bind(&hall.code)
            .bind(&item)
            .bind(day.date.to_string())
            .bind(&slot.start)
            .fetch_one(server.state.store.bookings_pool())
            .await
            .unwrap();
    assert!(taken <= places, "{taken} booked in {places} places");
    assert_eq!(booked, taken, "every place held by a booked appointment");
    assert_eq!(booked, created - cancelled, "each booking either stands or was cancelled by the closure");
    assert_eq!(places, 2, "A01's two places went, D01's remain");
    assert!((1..=2).contains(&booked), "{booked} stand: as many as fit");
}

#[tokio::test]
async fn a_hall_admin_opens_and_disables_accounts_of_their_own_hall_only_audited() {
    let server = TestServer::demo().await;
    let (hall, other) = two_halls(&server).await;
    let admin = Clerk::new(&server, "fang.admin", scope(StaffRole::HallAdmin, &[&hall.code]), 240).await;
    let window = Clerk::new(&server, "fang.window", scope(StaffRole::WindowStaff, &[&hall.code]), 241).await;
    let uri = format!("/api/v1/console/halls/{}/staff", hall.code);
    let added = admin.post(&uri, json!({ "login": "fang.new", "role": "window_staff" })).await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&added.body));
    let password = added.json()["one_time_password"].as_str().unwrap().to_owned();
    // The new account signs in with it, and must change it first.
    let signed: ConsoleSession = login(&server, "fang.new", &password, 242).await.parse();
    assert!(signed.must_change_password);
    assert_eq!(signed.scope.halls, std::slice::from_ref(&hall.code));
    let list: hall_model::HallStaff = admin.get(&uri).await.parse();
    let logins: Vec<&str> = list.members.iter().map(|m| m.login.as_str()).collect();
    assert!(logins.contains(&"fang.new") && logins.contains(&"fang.window") && logins.contains(&"fang.admin"), "{logins:?}");
    // Only hall staff roles, only one's own hall, only by admins; a login once.
    assert_eq!(admin.post(&uri, json!({ "login": "fang.region", "role": "region_admin" })).await.error_code(), "invalid_parameter");
    assert_eq!(admin.post(&uri, json!({ "login": "fang.new", "role": "window_staff" })).await.error_code(), "invalid_parameter");
    assert_eq!(
        admin.post(&format!("/api/v1/console/halls/{}/staff", other.code), json!({ "login": "fang.x", "role": "window_staff" })).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(window.post(&uri, json!({ "login": "fang.y", "role": "window_staff" })).await.error_code(), "not_permitted");
    assert_eq!(window.get(&uri).await.error_code(), "not_permitted");
    // Disabling ends the account's sessions at once; not one's own account.
    assert_eq!(admin.post(&format!("{uri}/fang.admin/disable"), json!({})).await.error_code(), "invalid_parameter");
    assert_eq!(admin.post(&format!("{uri}/fang.window/disable"), json!({})).await.status, StatusCode::NO_CONTENT);
    assert_eq!(window.get("/api/v1/console/session").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(login(&server, "fang.window", "fang.window counter phrase", 243).await.status, StatusCode::UNAUTHORIZED);
    // An account that also works at another hall is not this admin's to disable.
    server.state.store.add_staff("fang.both", &scope(StaffRole::WindowStaff, &[&hall.code, &other.code])).await.unwrap();
    assert_eq!(admin.post(&format!("{uri}/fang.both/disable"), json!({})).await.error_code(), "not_permitted");
    let log: AuditLog = admin.get(&format!("/api/v1/console/halls/{}/audit", hall.code)).await.parse();
    assert!(log.entries.iter().any(|e| e.action == "staff.add" && e.target == "fang.new"));
    assert!(log.entries.iter().any(|e| e.action == "staff.disable" && e.target == "fang.window"));
    assert!(
        !String::from_utf8_lossy(&admin.get(&format!("/api/v1/console/halls/{}/audit", hall.code)).await.body).contains(&password),
        "the password is in no log"
    );
}
