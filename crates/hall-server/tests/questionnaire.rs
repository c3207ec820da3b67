//! The one-time notification over real demo items, path by path: every way through each
//! item's questions, and exactly the materials it selects. The tables were written from
//! the items' guides (and checked against an independent script during the data
//! conversion); a change to the walk or the data that alters any checklist fails here.

use hall_model::questionnaire::{Answers, QuestionState, Walk, every_path};
use hall_server::seed;

type Table = &'static [(&'static str, &'static [(&'static str, &'static [&'static str])])];

const TABLE: Table = &[
    // 企业设立登记
    (
        "101100000001",
        &[
            (
                "applicant.agent_company-type.company-llc_foreign-investor.no_pre-approval.no",
                &["application", "articles", "investor-id", "officer-appointment", "premises", "power-of-attorney", "agent-id"],
            ),
            (
                "applicant.agent_company-type.company-llc_foreign-investor.no_pre-approval.yes",
                &["application", "articles", "investor-id", "officer-appointment", "premises", "pre-approval", "power-of-attorney", "agent-id"],
            ),
            (
                "applicant.agent_company-type.company-llc_foreign-investor.yes_pre-approval.no",
                &["application", "articles", "investor-id", "officer-appointment", "premises", "foreign-investor", "power-of-attorney", "agent-id"],
            ),
            (
                "applicant.agent_company-type.company-llc_foreign-investor.yes_pre-approval.yes",
                &[
                    "application",
                    "articles",
                    "investor-id",
                    "officer-appointment",
                    "premises",
                    "foreign-investor",
                    "pre-approval",
                    "power-of-attorney",
                    "agent-id",
                ],
            ),
            (
                "applicant.agent_company-type.partnership_foreign-investor.no_pre-approval.no",
                &["application", "partnership-agreement", "investor-id", "premises", "power-of-attorney", "agent-id"],
            ),
            (
                "applicant.agent_company-type.partnership_foreign-investor.no_pre-approval.yes",
                &["application", "partnership-agreement", "investor-id", "premises", "pre-approval", "power-of-attorney", "agent-id"],
            ),
            (
                "applicant.agent_company-type.partnership_foreign-investor.yes_pre-approval.no",
                &["application", "partnership-agreement", "investor-id", "premises", "foreign-investor", "power-of-attorney", "agent-id"],
            ),
            (
                "applicant.agent_company-type.partnership_foreign-investor.yes_pre-approval.yes",
                &["application", "partnership-agreement", "investor-id", "premises", "foreign-investor", "pre-approval", "power-of-attorney", "agent-id"],
            ),
            (
                "applicant.agent_company-type.sole-proprietorship_foreign-investor.no_pre-approval.no",
                &["application", "investor-id", "premises", "power-of-attorney", "agent-id"],
            ),
            (
                "applicant.agent_company-type.sole-proprietorship_foreign-investor.no_pre-approval.yes",
                &["application", "investor-id", "premises", "pre-approval", "power-of-attorney", "agent-id"],
            ),
            (
                "applicant.agent_company-type.sole-proprietorship_foreign-investor.yes_pre-approval.no",
                &["application", "investor-id", "premises", "foreign-investor", "power-of-attorney", "agent-id"],
            ),
            (
                "applicant.agent_company-type.sole-proprietorship_foreign-investor.yes_pre-approval.yes",
                &["application", "investor-id", "premises", "foreign-investor", "pre-approval", "power-of-attorney", "agent-id"],
            ),
            (
                "applicant.self_company-type.company-llc_foreign-investor.no_pre-approval.no",
                &["application", "articles", "investor-id", "officer-appointment", "premises"],
            ),
            (
                "applicant.self_company-type.company-llc_foreign-investor.no_pre-approval.yes",
                &["application", "articles", "investor-id", "officer-appointment", "premises", "pre-approval"],
            ),
            (
                "applicant.self_company-type.company-llc_foreign-investor.yes_pre-approval.no",
                &["application", "articles", "investor-id", "officer-appointment", "premises", "foreign-investor"],
            ),
            (
                "applicant.self_company-type.company-llc_foreign-investor.yes_pre-approval.yes",
                &["application", "articles", "investor-id", "officer-appointment", "premises", "foreign-investor", "pre-approval"],
            ),
            (
                "applicant.self_company-type.partnership_foreign-investor.no_pre-approval.no",
                &["application", "partnership-agreement", "investor-id", "premises"],
            ),
            (
                "applicant.self_company-type.partnership_foreign-investor.no_pre-approval.yes",
                &["application", "partnership-agreement", "investor-id", "premises", "pre-approval"],
            ),
            (
                "applicant.self_company-type.partnership_foreign-investor.yes_pre-approval.no",
                &["application", "partnership-agreement", "investor-id", "premises", "foreign-investor"],
            ),
            (
                "applicant.self_company-type.partnership_foreign-investor.yes_pre-approval.yes",
                &["application", "partnership-agreement", "investor-id", "premises", "foreign-investor", "pre-approval"],
            ),
            ("applicant.self_company-type.sole-proprietorship_foreign-investor.no_pre-approval.no", &["application", "investor-id", "premises"]),
            (
                "applicant.self_company-type.sole-proprietorship_foreign-investor.no_pre-approval.yes",
                &["application", "investor-id", "premises", "pre-approval"],
            ),
            (
                "applicant.self_company-type.sole-proprietorship_foreign-investor.yes_pre-approval.no",
                &["application", "investor-id", "premises", "foreign-investor"],
            ),
            (
                "applicant.self_company-type.sole-proprietorship_foreign-investor.yes_pre-approval.yes",
                &["application", "investor-id", "premises", "foreign-investor", "pre-approval"],
            ),
        ],
    ),
    // 普通护照签发
    (
        "102100000007",
        &[
            ("case.first-issue_state-functionary.no_under-16.no", &["application", "id-card", "photo"]),
            ("case.first-issue_state-functionary.yes_under-16.no", &["application", "id-card", "photo", "employer-approval"]),
            ("case.first-issue_under-16.yes", &["application", "id-card", "photo", "guardian-proof"]),
            ("case.lost_state-functionary.no_under-16.no", &["application", "id-card", "photo", "loss-statement"]),
            ("case.lost_state-functionary.yes_under-16.no", &["application", "id-card", "photo", "loss-statement", "employer-approval"]),
            ("case.lost_under-16.yes", &["application", "id-card", "photo", "loss-statement", "guardian-proof"]),
            ("case.renewal_state-functionary.no_under-16.no", &["application", "id-card", "photo", "old-passport"]),
            ("case.renewal_state-functionary.yes_under-16.no", &["application", "id-card", "photo", "old-passport", "employer-approval"]),
            ("case.renewal_under-16.yes", &["application", "id-card", "photo", "old-passport", "guardian-proof"]),
        ],
    ),
    // 工伤认定
    (
        "104200000005",
        &[
            ("applicant.employee-filed_incident.accident", &["application", "employment-proof", "diagnosis", "accident-statement", "employer-licence"]),
            ("applicant.employee-filed_incident.commuting", &["application", "employment-proof", "diagnosis", "traffic-report", "employer-licence"]),
            ("applicant.employee-filed_incident.death", &["application", "employment-proof", "diagnosis", "death-certificate", "employer-licence"]),
            ("applicant.employer-filed_incident.accident", &["application", "employment-proof", "diagnosis", "accident-statement", "employer-licence"]),
            ("applicant.employer-filed_incident.commuting", &["application", "employment-proof", "diagnosis", "traffic-report", "employer-licence"]),
            ("applicant.employer-filed_incident.death", &["application", "employment-proof", "diagnosis", "death-certificate", "employer-licence"]),
            (
                "applicant.relative-filed_incident.accident",
                &["application", "employment-proof", "diagnosis", "accident-statement", "employer-licence", "relative-proof"],
            ),
            (
                "applicant.relative-filed_incident.commuting",
                &["application", "employment-proof", "diagnosis", "traffic-report", "employer-licence", "relative-proof"],
            ),
            (
                "applicant.relative-filed_incident.death",
                &["application", "employment-proof", "diagnosis", "death-certificate", "employer-licence", "relative-proof"],
            ),
        ],
    ),
    // 居民身份证补领
    (
        "102200000002",
        &[
            ("biometric-check.no_place.cross-region_temporary.no", &["form", "photo", "other-id"]),
            ("biometric-check.no_place.cross-region_temporary.yes", &["form", "photo", "other-id", "temporary-photo"]),
            ("biometric-check.yes_place.cross-region_temporary.no", &["form", "photo"]),
            ("biometric-check.yes_place.cross-region_temporary.yes", &["form", "photo", "temporary-photo"]),
            ("place.local_temporary.no", &["form", "household-register", "photo"]),
            ("place.local_temporary.yes", &["form", "household-register", "photo", "temporary-photo"]),
        ],
    ),
];

#[test]
fn every_path_through_these_items_selects_exactly_its_materials() {
    let demo = seed::demo::catalogue().expect("demo data parses");
    for (code, expected) in TABLE {
        let item = demo.items.iter().find(|i| i.code == *code).expect("item in demo data");
        let paths = every_path(&item.questions, &item.materials).expect("few paths");
        let mut found: Vec<(String, Vec<String>)> = paths.into_iter().map(|p| (p.answers.encode(), p.materials)).collect();
        found.sort();
        let mut wanted: Vec<(String, Vec<String>)> = expected.iter().map(|(a, ms)| ((*a).to_owned(), ms.iter().map(|m| (*m).to_owned()).collect())).collect();
        wanted.sort();
        assert_eq!(found, wanted, "item {code}");
    }
}

#[test]
fn a_question_is_skipped_once_an_earlier_answer_makes_it_moot() {
    let demo = seed::demo::catalogue().expect("demo data parses");
    let passport = demo.items.iter().find(|i| i.code == "102100000007").unwrap();
    // An applicant under 16 is never asked whether they are a registered state functionary.
    let answers = Answers::parse("case.renewal_under-16.yes");
    let walk = Walk::new(&passport.questions, &passport.materials, &answers);
    assert!(walk.is_complete());
    assert_eq!(walk.state_of("state-functionary"), Some(QuestionState::Skipped));
    let answers = Answers::parse("case.renewal_under-16.no");
    let walk = Walk::new(&passport.questions, &passport.materials, &answers);
    assert_eq!(walk.current().map(|q| q.id.as_str()), Some("state-functionary"));
    assert_eq!(walk.position("state-functionary"), (3, 3));
}

/// Every situation of every demo item survives the trip through a link (the form hotline
/// operators paste), at every hall that offers the item and in every language.
#[test]
fn every_demo_situation_round_trips_through_a_link() {
    use hall_model::route::{lang_of, with_lang};
    use hall_model::{Lang, Route};
    let demo = seed::demo::catalogue().expect("demo data parses");
    let mut links = 0;
    for item in &demo.items {
        let guide = item.guide(Lang::ZhCn, None, Vec::new());
        let paths = every_path(&guide.questions, &guide.materials).expect("few paths");
        for hall in demo.halls.iter().filter(|h| h.items.contains(&item.code)).take(2) {
            for path in &paths {
                for lang in Lang::ALL {
                    let route = Route::HallItem { hall: hall.code.clone(), item: item.code.clone(), answers: path.answers.clone() };
                    let link = with_lang(&route.path(), lang);
                    let (p, q) = link.split_once('?').unwrap_or((&link, ""));
                    assert_eq!(Route::parse(p, q), route, "{link}");
                    assert_eq!(lang_of(q), Some(lang), "{link}");
                    // The answers in the link select exactly the path's materials.
                    let walk = Walk::new(&guide.questions, &guide.materials, &path.answers);
                    assert!(walk.is_complete(), "{link}");
                    links += 1;
                }
            }
        }
    }
    assert!(links > 1000, "only {links} links");
}

/// The fee each situation pays, from the items' fee notes (收费标准).
#[test]
fn the_fee_follows_the_situation() {
    let cases: &[(&str, &str, u32, (u32, u32))] = &[
        // 居民身份证换领: 20 元 on expiry or a change of details, 40 元 for a damaged card.
        ("102200000001", "reason.expiry_place.local", 2000, (2000, 2000)),
        ("102200000001", "reason.damaged_place.local", 4000, (4000, 4000)),
        ("102200000001", "reason.info-change_place.local", 2000, (2000, 2000)),
        ("102200000001", "", 0, (2000, 4000)),
        // 居民身份证补领: 40 元, and 10 元 more with a temporary card.
        ("102200000002", "place.local_biometric-check.yes_temporary.yes", 5000, (5000, 5000)),
        ("102200000002", "place.local_biometric-check.yes_temporary.no", 4000, (4000, 4000)),
        // 普通护照: one fee in every case.
        ("102100000007", "", 12000, (12000, 12000)),
    ];
    let demo = seed::demo::catalogue().expect("demo data parses");
    for (code, answers, due, range) in cases {
        let item = demo.items.iter().find(|i| i.code == *code).expect("a demo item");
        let guide = item.guide(hall_model::Lang::ZhCn, None, vec![]);
        let fee = hall_model::FeeDue::for_answers(&guide, &Answers::parse(answers));
        assert_eq!((fee.due_fen, fee.range_fen), (*due, *range), "{code} with {answers:?}");
    }
}
