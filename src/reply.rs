//! The words of a reply to a caller, in the caller's language, handed to
//! [`hall_model::reply`] which composes the SMS and the full text.

use fluent_bundle::{FluentArgs, FluentValue};
use hall_model::catalogue::OpeningHours;
use hall_model::display::weekday_spans;
use hall_model::questionnaire::QuestionState;
use hall_model::reply::ReplyParts;
use hall_model::{Answers, AppointmentNeed, Checklist, FeeDue, ItemGuide, Lang, Walk};

use crate::i18n::{format, money};

fn say(lang: Lang, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    format(lang, id, Some(&fluent_args))
}

/// What a reply about `guide` (fetched in `lang`) with `answers` says. `link` is the full
/// link (language and answers in it), `short_link` the `/s/…` one.
pub fn parts(guide: &ItemGuide, answers: &Answers, lang: Lang, link: &str, short_link: &str) -> ReplyParts {
    let walk = Walk::new(&guide.questions, &guide.materials, answers);
    let checklist = Checklist::new(&walk);
    let materials: Vec<String> = checklist
        .to_bring
        .iter()
        .zip(1u32..)
        .map(|(m, number)| {
            let counts = say(lang, "material-counts", &[("originals", m.originals.into()), ("copies", m.copies.into())]);
            say(lang, "reply-material", &[("number", number.into()), ("name", m.name.clone().into()), ("counts", counts.into())])
        })
        .collect();
    let count = materials.len() as u32;
    let undecided = checklist.undecided.len() as u32;
    // While a question that decides a material is unanswered, the count is a minimum, and
    // the full reply says which questions decide the rest.
    let counted = [("count", FluentValue::from(count))];
    let (materials_summary, materials_heading) = if undecided == 0 {
        (say(lang, "reply-materials-summary", &counted), say(lang, "reply-materials-heading", &counted))
    } else {
        (say(lang, "reply-materials-at-least", &counted), say(lang, "reply-materials-heading-at-least", &counted))
    };
    let materials_undecided = (undecided > 0).then(|| {
        let open = walk.states().filter(|(_, state)| matches!(state, QuestionState::Current | QuestionState::Upcoming { likely: true }));
        std::iter::once(say(lang, "reply-materials-undecided", &[("count", undecided.into())]))
            .chain(open.map(|(question, _)| say(lang, "reply-question", &[("question", question.text.clone().into())])))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let bookable = guide.hall.as_ref().is_none_or(|h| h.appointments);
    // Advice to book where the hall takes no bookings would send the caller nowhere.
    let booking = match (guide.appointment, bookable) {
        (AppointmentNeed::Recommended, false) => AppointmentNeed::NotNeeded,
        (need, _) => need,
    };
    let appointment = match booking {
        AppointmentNeed::Required => "reply-appointment-required",
        AppointmentNeed::Recommended => "reply-appointment-recommended",
        AppointmentNeed::NotNeeded => "reply-appointment-not-needed",
    };
    let appointment_sentence = match booking {
        AppointmentNeed::Required => "reply-full-appointment-required",
        AppointmentNeed::Recommended => "reply-full-appointment-recommended",
        AppointmentNeed::NotNeeded => "reply-full-appointment-not-needed",
    };
    let separator = say(lang, "reply-separator", &[]);
    let hall = guide.hall.as_ref();
    let hours = hall
        .filter(|h| !h.opening_hours.is_empty())
        .map(|h| say(lang, "reply-hours", &[("hours", opening_hours(lang, &h.opening_hours).into())]))
        .into_iter()
        .chain(hall.and_then(|h| h.hours_note.clone()))
        .collect();
    let windows = (!guide.windows.is_empty()).then(|| {
        let windows: Vec<String> =
            guide.windows.iter().map(|w| say(lang, "reply-window", &[("number", w.number.clone().into()), ("name", w.name.clone().into())])).collect();
        say(lang, "reply-windows", &[("windows", windows.join(&separator).into())])
    });
    let visits = say(lang, "item-visits-count", &[("count", guide.visits.count.into())]);
    let conditions: Vec<String> = crate::pages::item::applying_conditions(guide, &walk, &say(lang, "hall-list-separator", &[]))
        .into_iter()
        .map(|(text, _, depends_on)| {
            let line = match depends_on {
                None => text,
                Some(answers) => format!("{text} {}", say(lang, "conditions-if-answer", &[("answers", answers.into())])),
            };
            say(lang, "reply-condition", &[("condition", line.into())])
        })
        .collect();
    let conditions = if conditions.is_empty() { conditions } else { std::iter::once(say(lang, "reply-conditions-heading", &[])).chain(conditions).collect() };
    ReplyParts {
        direction: lang.direction(),
        visits: Some(say(lang, "reply-visits", &[("visits", visits.into())])),
        conditions,
        item: guide.name.clone(),
        hall: hall.map(|h| h.name.clone()),
        address: hall.map(|h| say(lang, "reply-address", &[("address", h.address.clone().into())])),
        hours,
        windows,
        fee: fee_lines(lang, &FeeDue::for_answers(guide, answers)),
        appointment: say(lang, appointment, &[]),
        appointment_sentence: say(lang, appointment_sentence, &[]),
        materials_heading,
        materials,
        materials_undecided,
        materials_summary,
        link: link.to_owned(),
        short_link: short_link.to_owned(),
        separator,
    }
}

/// The fee for the answers given (a range while questions that change it are unanswered),
/// its parts when there are several, and what is charged only in some cases.
fn fee_lines(lang: Lang, due: &FeeDue) -> Vec<String> {
    let (from, to) = due.range_fen;
    let mut lines = vec![if from != to {
        say(lang, "reply-fee-range", &[("from", money(from)), ("to", money(to))])
    } else if due.due_fen == 0 {
        say(lang, "reply-fee-free", &[])
    } else {
        say(lang, "reply-fee", &[("yuan", money(due.due_fen))])
    }];
    if from == to && due.charged.len() > 1 {
        lines.extend(due.charged.iter().map(|part| say(lang, "reply-fee-part", &[("label", part.label.clone().into()), ("yuan", money(part.fen))])));
    }
    lines.extend(due.extras.iter().map(|part| say(lang, "reply-fee-extra", &[("label", part.label.clone().into()), ("yuan", money(part.fen))])));
    lines
}

/// "周一至周五 08:30–12:00、13:30–17:00" in `lang`: spans on the same days share them.
fn opening_hours(lang: Lang, spans: &[OpeningHours]) -> String {
    let list_separator = say(lang, "hall-list-separator", &[]);
    let mut groups: Vec<(&[u8], Vec<String>)> = Vec::new();
    for span in spans {
        let times = say(lang, "reply-time-range", &[("open", span.open.clone().into()), ("close", span.close.clone().into())]);
        match groups.last_mut() {
            Some((days, times_of_days)) if *days == span.weekdays.as_slice() => times_of_days.push(times),
            _ => groups.push((&span.weekdays, vec![times])),
        }
    }
    let groups: Vec<String> = groups
        .into_iter()
        .map(|(days, times)| say(lang, "reply-hours-span", &[("days", weekdays(lang, days).into()), ("times", times.join(&list_separator).into())]))
        .collect();
    groups.join(&say(lang, "reply-separator", &[]))
}

/// "周一至周五、周日" in `lang`, worded as the hall page words it.
fn weekdays(lang: Lang, weekdays: &[u8]) -> String {
    let day = |day: u8| say(lang, hall_text::labels::weekday(day), &[]);
    let days: Vec<String> = weekday_spans(weekdays)
        .into_iter()
        .map(|(from, to)| if from == to { day(from) } else { say(lang, "hall-weekday-range", &[("from", day(from).into()), ("to", day(to).into())]) })
        .collect();
    days.join(&say(lang, "hall-list-separator", &[]))
}

#[cfg(test)]
mod tests {
    use hall_model::records::CatalogueRecords;
    use hall_model::reply::{fits_one_sms, full_reply, is_direction_control, short_reply, shorter_forms, sms_length};
    use hall_model::route::with_lang;
    use hall_model::{Route, questionnaire};

    use super::*;

    /// A real province's service site, and a short code of the usual length.
    const ORIGIN: &str = "https://www.zjzwfw.gov.cn";
    const SHORT: &str = "https://www.zjzwfw.gov.cn/s/7K3M9QX";

    fn demo() -> CatalogueRecords {
        serde_json::from_str(include_str!("../crates/hall-server/data/demo.json")).expect("demo data")
    }

    /// Every demo item at the hall with the longest name that offers it, in every language,
    /// on every complete path through its questions and with no answer at all.
    #[test]
    fn every_demo_reply_fits_one_sms_with_the_hall_and_the_count_and_the_full_form_has_every_material_the_fee_and_the_hours() {
        let demo = demo();
        let mut checked = 0;
        for item in &demo.items {
            let hall = demo.halls.iter().filter(|h| h.items.contains(&item.code)).max_by_key(|h| h.name.get(Lang::Ug).chars().count());
            for lang in Lang::ALL {
                let guide = item.guide(lang, hall.map(|h| h.reference(lang)), Vec::new());
                let mut paths: Vec<Answers> =
                    questionnaire::every_path(&guide.questions, &guide.materials).expect("few paths").into_iter().map(|p| p.answers).collect();
                paths.push(Answers::default());
                for answers in paths {
                    let route = match hall {
                        Some(hall) => Route::HallItem { hall: hall.code.clone(), item: item.code.clone(), answers: answers.clone() },
                        None => Route::Item { code: item.code.clone(), answers: answers.clone() },
                    };
                    let link = format!("{ORIGIN}{}", with_lang(&route.path(), lang));
                    let parts = parts(&guide, &answers, lang, &link, SHORT);
                    let sms = short_reply(&parts);
                    let case = format!("{} {lang} {}: {sms:?} ({} characters)", item.code, answers.encode(), sms_length(&sms));
                    assert!(fits_one_sms(&sms), "{case}");
                    assert!(sms.starts_with(&format!("{SHORT}\n")), "{case}");
                    let summary = hall_model::reply::plain_text(&parts.materials_summary, parts.direction);
                    assert!(sms.contains(&summary) || hall_model::reply::gsm_folded(&summary).is_some_and(|s| sms.contains(&s)), "the count: {case}");
                    if let Some(hall) = &parts.hall {
                        let kept = shorter_forms(hall)
                            .into_iter()
                            .any(|form| sms.contains(&form) || hall_model::reply::gsm_folded(&form).is_some_and(|f| sms.contains(&f)));
                        assert!(kept, "the hall: {case}");
                    }
                    let full = full_reply(&parts);
                    assert!(full.ends_with(&link), "{full}");
                    assert_eq!(full.lines().filter(|l| l.starts_with(char::is_numeric)).count(), parts.materials.len(), "{full}");
                    assert!(full.lines().any(|l| l == hall_model::reply::plain_text(&parts.fee[0], parts.direction)), "the fee: {full}");
                    if let Some(hours) = parts.hours.first() {
                        assert!(full.contains(hall_model::reply::plain_text(hours, parts.direction).as_str()), "the hours: {full}");
                    }
                    if lang.direction() == hall_model::Direction::Ltr {
                        assert!(!sms.chars().chain(full.chars()).any(is_direction_control), "{case}");
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "only {checked} replies checked");
    }

    /// 居民身份证换领 with no answer yet: its reason decides a material and the fee.
    #[test]
    fn with_a_question_unanswered_the_reply_says_at_least_and_what_the_rest_depends_on() {
        let demo = demo();
        let item = demo.items.iter().find(|i| i.code == "102200000001").expect("换领 in the demo");
        let hall = demo.halls.iter().find(|h| h.items.contains(&item.code)).expect("a hall");
        let guide = item.guide(Lang::ZhCn, Some(hall.reference(Lang::ZhCn)), Vec::new());
        let undecided = parts(&guide, &Answers::default(), Lang::ZhCn, "https://g.cn/x", "https://g.cn/s/1");
        let sms = short_reply(&undecided);
        assert!(sms.contains("至少带") && !sms.contains("，带"), "{sms}");
        let full = full_reply(&undecided);
        assert!(full.contains("至少要带以下") && full.contains("要看这些问题的回答") && full.contains(&guide.questions[0].text), "{full}");
        assert!(full.contains("收费：20–40元，看您的情况"), "a fee range while the reason is unknown: {full}");
        let damaged = Answers::from([("reason", "damaged"), ("place", "local")]);
        let decided = full_reply(&parts(&guide, &damaged, Lang::ZhCn, "https://g.cn/x", "https://g.cn/s/1"));
        assert!(!decided.contains("至少") && decided.contains("收费：40元"), "{decided}");
    }
}
