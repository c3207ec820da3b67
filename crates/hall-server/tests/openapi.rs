//! Keeps `openapi.yaml`, the server's routes and the hall-model types in step: every
//! route is documented and every documented path is a route; every documented example
//! is exactly a hall-model value (it deserialises, and serialises back unchanged); every
//! schema lists exactly the fields its type has.

mod common;

use std::collections::BTreeSet;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn spec() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi.yaml");
    let text = std::fs::read_to_string(path).expect("openapi.yaml at the repository root");
    let yaml: serde_yaml::Value = serde_yaml::from_str(&text).expect("openapi.yaml is valid YAML");
    serde_json::to_value(yaml).expect("openapi.yaml converts to JSON")
}

/// Deserialises `example` as `T` and requires it to serialise back to the same JSON.
fn round_trip<T: DeserializeOwned + Serialize>(what: &str, example: &Value) {
    let value: T = serde_json::from_value(example.clone()).unwrap_or_else(|e| panic!("{what}: example does not deserialise: {e}\n{example:#}"));
    let back = serde_json::to_value(&value).expect("serialises");
    assert_eq!(&back, example, "{what}: example changes in a round trip (extra, missing or mistyped fields)");
}

macro_rules! schema_types {
    ($($name:ident),* $(,)?) => {
        fn check_example(schema: &str, example: &Value) -> bool {
            match schema {
                $(stringify!($name) => { round_trip::<hall_model::$name>(schema, example); true })*
                _ => false,
            }
        }
        const SCHEMAS: &[&str] = &[$(stringify!($name)),*];
    };
}

schema_types!(
    Lang,
    RegionLevel,
    HallLevel,
    ItemKind,
    ItemCategory,
    MaterialFormat,
    ErrorCode,
    RegionSummary,
    RegionView,
    HallServices,
    HallSummary,
    HallList,
    OpeningHours,
    Window,
    CategoryCount,
    GeoPoint,
    Hall,
    Translated,
    DayException,
    Applicant,
    Channel,
    Stage,
    ResultKind,
    Delivery,
    OnlineDepth,
    Scope,
    AcceptanceCondition,
    Visits,
    Step,
    ItemResult,
    SpecialProcedure,
    Intermediary,
    Faq,
    ItemSummary,
    HallItems,
    Question,
    AnswerOption,
    Condition,
    Fee,
    AppointmentNeed,
    Material,
    HallRef,
    ItemGuide,
    ItemList,
    ApiErrorBody,
    AttemptsLeft,
    ApiError,
    Slot,
    SlotDay,
    HallSlots,
    BookingRequest,
    RescheduleRequest,
    AppointmentStatus,
    Appointment,
    Booking,
    FieldProblem,
    Problem,
    Status,
    StatusEvent,
    LookupRequest,
    ApplicationView,
    FeedbackRequest,
    NewApplication,
    NewLink,
    ShortLink,
    StaffRole,
    LoginRequest,
    ConsoleSession,
    PasswordChange,
    LogoutRequest,
    DayState,
    StateChange,
    DayAppointment,
    DayCounts,
    HallDay,
    AuditEntry,
    AuditLog,
    NewClosure,
    CapacityChange,
    CalendarImport,
    HallStaff,
    StaffMember,
    NewStaff,
    StaffAdded,
    CalendarPreview,
    HolidayNotice,
    HolidayRange,
    AffectedAppointment,
    ClosureDone,
);

#[test]
fn every_route_is_documented_and_every_documented_path_is_a_route() {
    let spec = spec();
    let mut documented = BTreeSet::new();
    for (path, operations) in spec["paths"].as_object().expect("paths") {
        for method in operations.as_object().expect("operations").keys().filter(|k| *k != "parameters") {
            documented.insert((method.clone(), path.clone()));
        }
    }
    let served: BTreeSet<(String, String)> = hall_server::API_ROUTES.iter().map(|(m, p)| (m.to_string(), p.to_string())).collect();
    assert_eq!(documented, served, "openapi.yaml paths and hall_server::API_ROUTES differ");
}

#[test]
fn every_schema_is_a_hall_model_type_with_an_exact_example() {
    let spec = spec();
    let schemas = spec["components"]["schemas"].as_object().expect("components.schemas");
    let names: BTreeSet<&str> = schemas.keys().map(String::as_str).collect();
    assert_eq!(names, SCHEMAS.iter().copied().collect(), "documented schemas differ from the checked types");
    for (name, schema) in schemas {
        let example = schema.get("example").unwrap_or_else(|| panic!("schema {name} has no example"));
        assert!(check_example(name, example), "schema {name} has no Rust type in this test");
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            let documented: BTreeSet<&str> = properties.keys().map(String::as_str).collect();
            let example_keys: BTreeSet<&str> = example.as_object().expect("object example").keys().map(String::as_str).collect();
            // Optional fields left out of the example are allowed only if not required.
            let required: BTreeSet<&str> = schema["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
            assert!(example_keys.is_subset(&documented), "{name}: example has undocumented fields");
            assert!(required.is_subset(&example_keys), "{name}: example lacks required fields");
            let serialised: BTreeSet<String> = example.as_object().unwrap().keys().cloned().collect();
            assert_eq!(serialised.len(), example_keys.len());
            assert_eq!(schema["additionalProperties"], Value::Bool(false), "{name}: additionalProperties must be false");
        }
    }
}

#[test]
fn every_response_example_matches_its_schema_type() {
    let spec = spec();
    let mut checked = 0;
    for (path, operations) in spec["paths"].as_object().expect("paths") {
        for (method, operation) in operations.as_object().expect("operations") {
            let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
                continue;
            };
            for (status, response) in responses {
                let response = resolve(&spec, response);
                let content = &response["content"]["application/json"];
                let Some(reference) = content["schema"]["$ref"].as_str() else {
                    continue;
                };
                let schema = reference.rsplit('/').next().expect("a schema name");
                let mut examples: Vec<&Value> = content.get("example").into_iter().collect();
                if let Some(named) = content.get("examples").and_then(Value::as_object) {
                    examples.extend(named.values().filter_map(|e| e.get("value")));
                }
                for example in examples {
                    assert!(check_example(schema, example), "{method} {path} {status}: unknown schema {schema}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 7, "expected response examples to check, found {checked}");
}

fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let pointer = reference.trim_start_matches('#');
            spec.pointer(pointer).unwrap_or_else(|| panic!("dangling $ref {reference}"))
        }
        None => value,
    }
}

#[tokio::test]
async fn every_documented_route_answers_on_the_demo_data_with_its_documented_type() {
    let server = common::TestServer::demo().await;
    let halls: hall_model::HallList = server.get("/api/v1/halls?level=county").await.parse();
    let hall = halls.halls[0].code.clone();
    let region = halls.halls[0].region_code.clone();
    let items: hall_model::HallItems = server.get(&format!("/api/v1/halls/{hall}/items")).await.parse();
    let item = items.items[0].code.clone();
    // The appointment routes need a bookable hall, a body or a token: tests/appointments.rs
    // decodes each of their answers into its documented type.
    let catalogue = hall_server::API_ROUTES.iter().filter(|(method, path)| {
        *method == "get" && !path.contains("slots") && !path.contains("appointments") && !path.contains("links") && !path.contains("/console/")
    });
    // The console's need a session: tests/console.rs decodes each of their answers.
    for (_, path) in catalogue {
        let uri = path.replace("{code}", if path.starts_with("/api/v1/regions") { &region } else { &hall }).replace("{item}", &item);
        let response = server.get(&uri).await;
        assert_eq!(response.status, 200, "{uri}: {}", String::from_utf8_lossy(&response.body));
        let body = response.json();
        let schema = match *path {
            "/api/v1/regions" | "/api/v1/regions/{code}" => "RegionView",
            "/api/v1/halls" => "HallList",
            "/api/v1/halls/{code}" => "Hall",
            "/api/v1/halls/{code}/items" => "HallItems",
            "/api/v1/items" => "ItemList",
            _ => "ItemGuide",
        };
        assert!(check_example(schema, &body), "{uri}");
    }
}

#[tokio::test]
async fn an_online_items_guide_gives_its_https_address_and_an_item_not_online_gives_null() {
    let server = common::TestServer::demo().await;
    let spec = spec();
    let documented = &spec["components"]["schemas"]["ItemGuide"]["properties"]["online_url"];
    assert_eq!(documented["type"], serde_json::json!(["string", "null"]));
    for (code, expected) in [("101100000001", Some("https://online.hall-guide.example/items/101100000001")), ("102200000001", None)] {
        let body = server.get(&format!("/api/v1/items/{code}")).await.json();
        assert_eq!(body["online_url"].as_str(), expected, "{code}");
        assert!(check_example("ItemGuide", &body), "{code}");
        // At a hall that offers it, the same address.
        let at_hall = server.get(&format!("/api/v1/halls/330106-01/items/{code}")).await;
        assert_eq!(at_hall.status, 200, "西湖区 offers {code}");
        assert_eq!(at_hall.json()["online_url"].as_str(), expected, "330106-01 {code}");
    }
}

/// The catalogue answers openapi.yaml says can be revalidated (`If-None-Match`, `304`) are
/// exactly the GETs the server tags: each has an `ETag` of the documented form and the
/// documented `Cache-Control`; sending it back gives a `304` with no body and the same
/// tag; a stale tag gives the answer again. Slots (live places) are never tagged.
#[tokio::test]
async fn documented_etags_and_304s_are_what_the_server_sends() {
    let server = common::TestServer::demo().await;
    let spec = spec();
    let pattern = regex::Regex::new(spec["components"]["headers"]["ETag"]["schema"]["pattern"].as_str().expect("ETag pattern")).expect("pattern");
    let cache = spec["components"]["headers"]["CatalogueCacheControl"]["schema"]["enum"][0].as_str().expect("Cache-Control").to_owned();
    let mut documented = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        let Some(get) = item.get("get") else { continue };
        let revalidates = get["responses"].get("304").is_some();
        let takes_header = get["parameters"].as_array().is_some_and(|p| p.iter().any(|p| p["$ref"] == "#/components/parameters/ifNoneMatch"));
        assert_eq!(revalidates, takes_header, "{path}: a 304 is documented with If-None-Match, and only with it");
        if revalidates {
            documented.insert(path.clone());
        }
    }
    let hall = "330106-01";
    let item = "101100000002";
    let mut tagged = BTreeSet::new();
    for (method, path) in hall_server::API_ROUTES
        .iter()
        .filter(|(method, path)| *method == "get" && !path.contains("appointments") && !path.contains("links") && !path.contains("/console/"))
    {
        let uri = path.replace("/regions/{code}", "/regions/330106").replace("{code}", hall).replace("{item}", item);
        let uri = if path.ends_with("/slots") { format!("{uri}?item={item}") } else { uri };
        let first = server.get(&uri).await;
        assert_eq!(first.status, 200, "{method} {uri}");
        let Some(tag) = first.header(axum::http::header::ETAG).map(str::to_owned) else { continue };
        tagged.insert((*path).to_owned());
        assert!(pattern.is_match(&tag), "{uri}: {tag}");
        assert_eq!(first.header(axum::http::header::CACHE_CONTROL), Some(cache.as_str()), "{uri}");
        let again = server.get_with(&uri, "if-none-match", &tag).await;
        assert_eq!(again.status, 304, "{uri}");
        assert!(again.body.is_empty(), "{uri}: a 304 has no body");
        assert_eq!(again.header(axum::http::header::ETAG), Some(tag.as_str()), "{uri}");
        let stale = server.get_with(&uri, "if-none-match", "W/\"000000000000000000000000\"").await;
        assert_eq!((stale.status.as_u16(), stale.body.len()), (200, first.body.len()), "{uri}: a stale tag gets the answer");
    }
    assert_eq!(tagged, documented, "the tagged answers are the documented ones");
}
