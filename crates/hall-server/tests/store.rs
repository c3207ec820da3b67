//! The store's rules tested directly, without the router: places, one booking per person
//! and day, the cap per person and idempotency keys, each with the requests fired at the
//! same time. On SQLite, and on PostgreSQL when `HALL_TEST_POSTGRES_URL` is set
//! (scripts/test.sh runs both).

mod common;

use common::{TODAY, demo_store, mobile, resident_id};
use hall_model::appointments::{CheckedBooking, check_booking};
use hall_model::identity::DocumentType;
use hall_model::{BookingRequest, Date, Lang};
use hall_server::store::{Conflict, HallQuery, Idempotency, MAX_BOOKED_PER_PERSON, Missing, Store, StoreError};

/// A hall that takes appointments on weekdays only, and one of its items.
async fn bookable(store: &Store) -> (String, String) {
    let list = store.list_halls(&HallQuery { limit: 100, ..HallQuery::default() }, Lang::ZhCn).await.unwrap();
    for summary in &list.halls {
        let hall = store.hall(&summary.code, Lang::ZhCn).await.unwrap();
        let weekdays_only = hall.opening_hours.iter().all(|s| s.weekdays.iter().all(|d| (1..=5).contains(d)));
        if hall.services.appointments && weekdays_only {
            let items = store.hall_items(&hall.code, &Default::default(), Lang::ZhCn).await.unwrap();
            return (hall.code.clone(), items.items[0].code.clone());
        }
    }
    panic!("no demo hall takes appointments on weekdays only");
}

/// Every open day's first slot: (date, start, places left).
async fn first_slots(store: &Store, hall: &str, item: &str) -> Vec<(Date, String, u32)> {
    let slots = store.slots(hall, item, None, None).await.unwrap();
    slots.days.iter().filter(|d| d.open).map(|d| (d.date, d.slots[0].start.clone(), d.slots[0].remaining)).collect()
}

fn checked(hall: &str, item: &str, date: Date, start: &str, person: u32) -> CheckedBooking {
    let request = BookingRequest {
        hall_code: hall.to_owned(),
        item_code: item.to_owned(),
        date: date.to_string(),
        start: start.to_owned(),
        name: format!("测试{person}"),
        mobile: mobile(person),
        document_type: Default::default(),
        document_number: resident_id(person),
        on_behalf: false,
        agent_name: String::new(),
    };
    check_booking(&request, Date::parse(TODAY).unwrap()).expect("a valid booking")
}

/// A booking for an applicant with another document, booked by agent `agent` (their
/// name and mobile) when given.
fn checked_document(hall: &str, item: &str, date: Date, start: &str, kind: DocumentType, number: &str, agent: Option<u32>) -> CheckedBooking {
    let request = BookingRequest {
        hall_code: hall.to_owned(),
        item_code: item.to_owned(),
        date: date.to_string(),
        start: start.to_owned(),
        name: "陈大文".to_owned(),
        mobile: mobile(agent.unwrap_or(500)),
        document_type: kind,
        document_number: number.to_owned(),
        on_behalf: agent.is_some(),
        agent_name: agent.map(|a| format!("代办{a}")).unwrap_or_default(),
    };
    check_booking(&request, Date::parse(TODAY).unwrap()).expect("a valid booking")
}

/// Books every one of `bookings` at once, each on its own task.
async fn book_at_once(store: &Store, hall: &str, item: &str, bookings: Vec<CheckedBooking>) -> Vec<Result<String, StoreError>> {
    let tasks: Vec<_> = bookings
        .into_iter()
        .map(|booking| {
            let (store, hall, item) = (store.clone(), hall.to_owned(), item.to_owned());
            tokio::spawn(async move { store.book(&hall, &item, &booking, None, Lang::ZhCn).await.map(|(b, _)| b.appointment.reference) })
        })
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.expect("the booking task finishes"));
    }
    results
}

fn conflicts(results: &[Result<String, StoreError>], reason: Conflict) -> usize {
    results.iter().filter(|r| matches!(r, Err(StoreError::Conflict(found, _)) if *found == reason)).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn more_people_than_places_booking_at_once_fill_the_slot_exactly() {
    let (store, _dir) = demo_store(TODAY).await;
    let (hall, item) = bookable(&store).await;
    let (date, start, places) = first_slots(&store, &hall, &item).await[0].clone();
    assert!(places >= 1);
    let people = places + 4;
    let results = book_at_once(&store, &hall, &item, (0..people).map(|p| checked(&hall, &item, date, &start, 100 + p)).collect()).await;
    let booked = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(booked, places as usize, "{results:?}");
    assert_eq!(conflicts(&results, Conflict::SlotTaken), 4, "everyone else is told the slot is taken: {results:?}");
    let left = first_slots(&store, &hall, &item).await.into_iter().find(|(d, s, _)| *d == date && *s == start);
    assert_eq!(left.map(|(_, _, places)| places), Some(0), "the slot shows no place left");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_person_booking_two_times_of_one_day_at_once_gets_one() {
    let (store, _dir) = demo_store(TODAY).await;
    let (hall, item) = bookable(&store).await;
    let day = store.slots(&hall, &item, None, None).await.unwrap().days.into_iter().find(|d| d.open && d.slots.len() >= 2).expect("a day of two slots");
    let bookings = day.slots.iter().take(2).map(|slot| checked(&hall, &item, day.date, &slot.start, 7)).collect();
    let results = book_at_once(&store, &hall, &item, bookings).await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert_eq!(conflicts(&results, Conflict::AlreadyBookedThatDay), 1, "{results:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_person_booking_five_days_at_once_holds_no_more_than_the_cap() {
    let (store, _dir) = demo_store(TODAY).await;
    let (hall, item) = bookable(&store).await;
    let days = first_slots(&store, &hall, &item).await;
    assert!(days.len() >= 5, "five open days in the window: {days:?}");
    let bookings = days.iter().take(5).map(|(date, start, _)| checked(&hall, &item, *date, start, 8)).collect();
    let results = book_at_once(&store, &hall, &item, bookings).await;
    let cap = MAX_BOOKED_PER_PERSON as usize;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), cap, "{results:?}");
    assert_eq!(conflicts(&results, Conflict::TooManyBookings), 5 - cap, "{results:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_idempotency_key_sent_ten_times_at_once_books_once_and_is_bound_to_its_request() {
    let (store, _dir) = demo_store(TODAY).await;
    let (hall, item) = bookable(&store).await;
    let (date, start, _) = first_slots(&store, &hall, &item).await[0].clone();
    let booking = checked(&hall, &item, date, &start, 9);
    let canonical = format!("{hall}\n{item}\n{date}\n{start}\n{}", booking.document_number);
    let tasks: Vec<_> = (0..10)
        .map(|_| {
            let (store, hall, item, booking, canonical) = (store.clone(), hall.clone(), item.clone(), booking.clone(), canonical.clone());
            tokio::spawn(async move {
                let key = Idempotency { key: "store-test-key-0001", canonical_request: &canonical };
                store.book(&hall, &item, &booking, Some(key), Lang::ZhCn).await
            })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap().expect("every send gets the booking"));
    }
    assert_eq!(answers.iter().filter(|(_, replayed)| !replayed).count(), 1, "exactly one send booked");
    let first = &answers[0].0;
    assert!(answers.iter().all(|(b, _)| b == first), "all ten got the same answer, token included");
    let held = store.slots(&hall, &item, Some(date), Some(1)).await.unwrap().days[0].slots.iter().find(|s| s.start == start).map(|s| s.capacity - s.remaining);
    assert_eq!(held, Some(1), "one place taken");

    let other = checked(&hall, &item, date, &start, 10);
    let reused = store.book(&hall, &item, &other, Some(Idempotency { key: "store-test-key-0001", canonical_request: "another request" }), Lang::ZhCn).await;
    assert!(matches!(reused, Err(StoreError::Conflict(Conflict::IdempotencyKeyReused, _))), "{reused:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_agents_booking_one_applicants_document_for_one_day_at_once_get_one() {
    let (store, _dir) = demo_store(TODAY).await;
    let (hall, item) = bookable(&store).await;
    let day = store.slots(&hall, &item, None, None).await.unwrap().days.into_iter().find(|d| d.open && d.slots.len() >= 2).expect("a day of two slots");
    // The same 回乡证, typed once with its old issue count: one document, one person.
    let bookings = vec![
        checked_document(&hall, &item, day.date, &day.slots[0].start, DocumentType::HkMacauPermit, "H12345678", Some(1)),
        checked_document(&hall, &item, day.date, &day.slots[1].start, DocumentType::HkMacauPermit, "h1234567801", Some(2)),
    ];
    let results = book_at_once(&store, &hall, &item, bookings).await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert_eq!(conflicts(&results, Conflict::AlreadyBookedThatDay), 1, "{results:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_number_as_two_documents_is_two_people_and_each_has_its_own_cap() {
    let (store, _dir) = demo_store(TODAY).await;
    let (hall, item) = bookable(&store).await;
    let days = first_slots(&store, &hall, &item).await;
    assert!(days.len() >= 5, "five open days in the window: {days:?}");
    // 12345678 is both a valid 台胞证 number and a valid passport number: two documents.
    let (date, start, _) = &days[0];
    let both = vec![
        checked_document(&hall, &item, *date, start, DocumentType::TaiwanPermit, "12345678", None),
        checked_document(&hall, &item, *date, start, DocumentType::Passport, "12345678", None),
    ];
    let results = book_at_once(&store, &hall, &item, both).await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 2, "{results:?}");
    // The passport now holds one; four more days at once give it two more, not four.
    let more = days[1..5].iter().map(|(date, start, _)| checked_document(&hall, &item, *date, start, DocumentType::Passport, "12345678", Some(3))).collect();
    let results = book_at_once(&store, &hall, &item, more).await;
    let cap = MAX_BOOKED_PER_PERSON as usize;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), cap - 1, "{results:?}");
    assert_eq!(conflicts(&results, Conflict::TooManyBookings), 4 - (cap - 1), "{results:?}");
}

#[tokio::test]
async fn a_resident_id_keeps_the_person_key_it_had_before_document_types() {
    let (store, _dir) = demo_store(TODAY).await;
    let (hall, item) = bookable(&store).await;
    let (date, start, _) = first_slots(&store, &hall, &item).await[0].clone();
    let (booking, _) = store.book(&hall, &item, &checked(&hall, &item, date, &start, 12), None, Lang::ZhCn).await.unwrap();
    let key: String = sqlx::query_scalar("SELECT person_key FROM appointments WHERE reference = $1")
        .bind(&booking.appointment.reference)
        .fetch_one(store.bookings_pool())
        .await
        .unwrap();
    // The HMAC of the number alone, as every booking before document types was keyed: their
    // bookings still count towards the same cap.
    assert_eq!(key, store.secrets().person_key(&resident_id(12)));
}

#[tokio::test]
async fn the_purge_erases_the_agents_name_with_the_applicants_details() {
    let (store, _dir) = demo_store(TODAY).await;
    let (hall, item) = bookable(&store).await;
    let (date, start, _) = first_slots(&store, &hall, &item).await[0].clone();
    let booking = checked_document(&hall, &item, date, &start, DocumentType::Passport, "E12345678", Some(7));
    let (booked, _) = store.book(&hall, &item, &booking, None, Lang::ZhCn).await.unwrap();
    assert_eq!(booked.appointment.agent_name.as_deref(), Some("代办7"));
    assert_eq!(booked.appointment.document_masked, "E*****678");
    let purged = store.purge(0, date.add_days(91), 90).await.unwrap();
    assert_eq!(purged.appointments, 1);
    let after = store.appointment(&booked.appointment.reference, &booked.manage_token, Lang::ZhCn).await.unwrap();
    assert_eq!((after.name.as_str(), after.mobile_masked.as_str(), after.document_masked.as_str()), ("", "", ""));
    assert_eq!(after.agent_name, None, "the agent's name is erased");
    let stored: (String, String, String) = sqlx::query_as("SELECT name, agent_name, resident_id_masked FROM appointments WHERE reference = $1")
        .bind(&booked.appointment.reference)
        .fetch_one(store.bookings_pool())
        .await
        .unwrap();
    assert_eq!(stored, (String::new(), String::new(), String::new()));
}

#[tokio::test]
async fn what_is_not_there_is_named_and_a_wrong_token_looks_like_no_appointment() {
    let (store, _dir) = demo_store(TODAY).await;
    let (hall, item) = bookable(&store).await;
    assert!(store.hall("000000-00", Lang::ZhCn).await.unwrap_err().is_not_found(Missing::Hall));
    assert!(store.item_guide("no-such-item", None, Lang::ZhCn).await.unwrap_err().is_not_found(Missing::Item));
    assert!(store.slots(&hall, "no-such-item", None, None).await.unwrap_err().is_not_found(Missing::Item));
    let (date, start, _) = first_slots(&store, &hall, &item).await[0].clone();
    let (booking, _) = store.book(&hall, &item, &checked(&hall, &item, date, &start, 11), None, Lang::ZhCn).await.unwrap();
    let reference = &booking.appointment.reference;
    assert_eq!(&store.appointment(reference, &booking.manage_token, Lang::ZhCn).await.unwrap().reference, reference);
    let wrong = store.appointment(reference, "not-the-token", Lang::ZhCn).await.unwrap_err();
    let unknown = store.appointment("ZZZZZZZZ", &booking.manage_token, Lang::ZhCn).await.unwrap_err();
    assert!(wrong.is_not_found(Missing::Appointment) && unknown.is_not_found(Missing::Appointment));
    assert_eq!(wrong.to_string(), unknown.to_string(), "the same answer for a wrong token and an unknown reference");
    let moved = store.reschedule(reference, &booking.manage_token, date.add_days(400), &start, Lang::ZhCn).await.unwrap_err();
    assert!(moved.is_not_found(Missing::Slot), "{moved:?}");
}
