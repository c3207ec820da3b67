//! Seeding checks every item's questions before touching the database: broken data is
//! refused with every problem named, and the catalogue already there stays in place.

use hall_model::Condition;
use hall_server::seed;
use hall_server::store::db;

#[tokio::test]
async fn seeding_refuses_broken_questions_naming_the_item_and_keeps_the_old_catalogue() {
    let dir = tempfile::tempdir().expect("temp dir");
    let demo = seed::demo::catalogue().expect("demo data parses");
    seed::seed_data_dir(dir.path(), &demo, "demo").await.expect("the demo data seeds");

    let mut broken = demo.clone();
    let item = &mut broken.items[0];
    let code = item.code.clone();
    let question = item.questions[0].id.clone();
    // A material that needs two different answers to the same question at once.
    let first = item.questions[0].options[0].id.clone();
    let second = item.questions[0].options[1].id.clone();
    item.materials[0].when =
        vec![Condition { question: question.clone(), any_of: vec![first] }, Condition { question: question.clone(), any_of: vec![second] }];
    // A condition on a question that does not exist.
    item.materials[1].when = vec![Condition { question: "no-such-question".into(), any_of: vec!["yes".into()] }];

    let error = seed::seed_data_dir(dir.path(), &broken, "demo").await.expect_err("broken data is refused").to_string();
    let material = &broken.items[0].materials[0].id;
    assert!(error.contains(&format!("item {code}, material {material}: when names question \"{question}\" twice")), "{error}");
    assert!(error.contains("unknown question \"no-such-question\""), "{error}");

    // The old catalogue is untouched and still serves.
    let pool = db::open(&db::database_path(dir.path())).await.expect("database opens");
    assert!(db::is_seeded(&pool).await.unwrap());
    assert_eq!(db::record_format(&pool).await.unwrap().as_deref(), Some(db::RECORD_FORMAT));
}

#[test]
fn the_demo_data_passes_the_validator_and_every_item_asks_something() {
    let demo = seed::demo::catalogue().expect("demo data parses");
    assert_eq!(demo.validate(), Vec::<String>::new());
    for item in &demo.items {
        assert!(!item.questions.is_empty(), "{} asks no question", item.code);
    }
}

#[test]
fn an_item_whose_fee_note_and_fee_parts_disagree_is_refused() {
    let mut demo = seed::demo::catalogue().expect("demo data parses");
    let renewal = demo.items.iter_mut().find(|i| i.code == "102200000001").expect("居民身份证换领");
    renewal.fees.retain(|f| f.fen != 4000);
    let problems = demo.validate();
    assert!(problems.iter().any(|p| p == "item 102200000001: the fee note names 40 元, which no fee part charges"), "{problems:?}");

    let mut demo = seed::demo::catalogue().expect("demo data parses");
    let replacement = demo.items.iter_mut().find(|i| i.code == "102200000002").expect("居民身份证补领");
    replacement.fees[1].when[0].question = "no-such-question".into();
    assert!(demo.validate().iter().any(|p| p.contains("item 102200000002, fee 2 (1000 fen): when names unknown question")), "a part's condition is checked");
}

#[tokio::test]
async fn seeding_refuses_an_online_url_that_is_not_https_naming_the_item() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut demo = seed::demo::catalogue().expect("demo data parses");
    let item = demo.items.iter_mut().find(|i| i.online_url.is_some()).expect("a demo item with an online service");
    let code = item.code.clone();
    item.online_url = Some("http://online.hall-guide.example/apply".into());
    let error = seed::seed_data_dir(dir.path(), &demo, "demo").await.expect_err("an http address is refused").to_string();
    assert!(error.contains(&format!("item {code}: online_url must start with https://")), "{error}");
}

#[test]
fn every_demo_item_offered_online_links_its_service_on_the_demo_domain() {
    let demo = seed::demo::catalogue().expect("demo data parses");
    for item in &demo.items {
        match (&item.online_url, item.online) {
            (Some(url), true) => assert_eq!(hall_model::online_url::host(url), Some("online.hall-guide.example"), "{}: {url}", item.code),
            (None, false) => {}
            (url, online) => panic!("{}: online {online} with address {url:?}", item.code),
        }
    }
}

#[test]
fn every_demo_item_has_the_national_standard_elements_in_all_four_languages() {
    use hall_model::{Lang, LocalizedText};
    let demo = seed::demo::catalogue().expect("demo data parses");
    let complete = |what: String, text: &LocalizedText| {
        for lang in Lang::ALL {
            assert!(text.has(lang), "{what} has no {lang:?} text");
        }
    };
    for item in &demo.items {
        let at = |field: &str| format!("item {} {field}", item.code);
        assert!((2..=4).contains(&item.conditions.len()), "{}", at("conditions"));
        assert!((3..=6).contains(&item.steps.len()), "{}", at("steps"));
        assert!((2..=5).contains(&item.faq.len()), "{}", at("faq"));
        item.conditions.iter().for_each(|c| complete(at("condition"), &c.text));
        for step in &item.steps {
            complete(at("step name"), &step.name);
            complete(at("step handler"), &step.handler);
            step.note.iter().for_each(|n| complete(at("step note"), n));
        }
        let result = item.result.as_ref().expect("a result");
        complete(at("result"), &result.name);
        result.validity.iter().for_each(|v| complete(at("validity"), v));
        item.visits_reason.iter().for_each(|r| complete(at("visits reason"), r));
        item.quantity_limit.iter().for_each(|q| complete(at("quantity limit"), q));
        item.special_procedures.iter().for_each(|p| complete(at("special procedure"), &p.name));
        item.intermediaries.iter().for_each(|i| complete(at("intermediary"), &i.name));
        for faq in &item.faq {
            complete(at("faq question"), &faq.question);
            complete(at("faq answer"), &faq.answer);
        }
        assert_eq!(item.online_mobile_url.is_some(), item.online, "{}", at("online_mobile_url"));
    }
    for hall in &demo.halls {
        complete(format!("hall {} transport", hall.code), hall.transport.as_ref().expect("transport"));
        complete(format!("hall {} parking", hall.code), hall.parking.as_ref().expect("parking"));
    }
}

#[tokio::test]
async fn seeding_refuses_an_item_without_conditions_or_steps_naming_the_item_and_the_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut demo = seed::demo::catalogue().expect("demo data parses");
    demo.items[0].conditions.clear();
    demo.items[1].steps.clear();
    let (first, second) = (demo.items[0].code.clone(), demo.items[1].code.clone());
    let error = seed::seed_data_dir(dir.path(), &demo, "demo").await.expect_err("refused").to_string();
    assert!(error.contains(&format!("item {first}: conditions is missing")), "{error}");
    assert!(error.contains(&format!("item {second}: steps is missing")), "{error}");
}
