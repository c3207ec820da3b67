//! The words of a reply to a caller, in the caller's language, handed to
//! [`hall_model::reply`] which composes the SMS and the full text.

use fluent_bundle::{FluentArgs, FluentValue};
use hall_model::reply::{MaterialLine, ReplyParts};
use hall_model::{Answers, AppointmentNeed, Checklist, ItemGuide, Lang};

use crate::i18n::format;

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
    let checklist = Checklist::for_answers(guide, answers);
    let materials: Vec<MaterialLine> = checklist
        .to_bring
        .iter()
        .map(|m| MaterialLine { name: m.name.clone(), counts: say(lang, "material-counts", &[("originals", m.originals.into()), ("copies", m.copies.into())]) })
        .collect();
    let count = materials.len() as u32;
    let bookable = guide.hall.as_ref().is_none_or(|h| h.appointments);
    let appointment = match (guide.appointment, bookable) {
        (AppointmentNeed::Required, _) => "reply-appointment-required",
        (AppointmentNeed::Recommended, true) => "reply-appointment-recommended",
        (AppointmentNeed::Recommended, false) | (AppointmentNeed::NotNeeded, _) => "reply-appointment-not-needed",
    };
    ReplyParts {
        item: guide.name.clone(),
        hall: guide.hall.as_ref().map(|h| h.name.clone()),
        where_and_when: guide.hall.as_ref().map(|h| say(lang, "reply-address", &[("address", h.address.clone().into())])),
        materials_heading: say(lang, "reply-materials-heading", &[("count", count.into())]),
        materials,
        materials_summary: say(lang, "reply-materials-summary", &[("count", count.into())]),
        appointment: say(lang, appointment, &[]),
        link: link.to_owned(),
        short_link: short_link.to_owned(),
        separator: say(lang, "reply-separator", &[]),
        lead_in: say(lang, "reply-lead-in", &[]),
    }
}

#[cfg(test)]
mod tests {
    use hall_model::records::CatalogueRecords;
    use hall_model::reply::{fits_one_sms, full_reply, short_reply};
    use hall_model::route::with_lang;
    use hall_model::{Route, questionnaire};

    use super::*;

    /// A realistic deployment's origin, and a short code of the usual length.
    const ORIGIN: &str = "https://guide.zwfw.example.gov.cn";

    #[test]
    fn every_demo_reply_fits_one_sms_in_every_language_and_the_full_form_lists_every_material() {
        let demo: CatalogueRecords = serde_json::from_str(include_str!("../crates/hall-server/data/demo.json")).expect("demo data");
        let mut checked = 0;
        for item in &demo.items {
            // The hall with the longest name that offers the item: the hardest case.
            let hall = demo.halls.iter().filter(|h| h.items.contains(&item.code)).max_by_key(|h| h.name.get(Lang::ZhCn).chars().count());
            for lang in Lang::ALL {
                let guide = item.guide(lang, hall.map(|h| h.reference(lang)), Vec::new());
                let paths = questionnaire::every_path(&guide.questions, &guide.materials).expect("few paths");
                for path in paths {
                    let route = match hall {
                        Some(hall) => Route::HallItem { hall: hall.code.clone(), item: item.code.clone(), answers: path.answers.clone() },
                        None => Route::Item { code: item.code.clone(), answers: path.answers.clone() },
                    };
                    let link = format!("{ORIGIN}{}", with_lang(&route.path(), lang));
                    let parts = parts(&guide, &path.answers, lang, &link, &format!("{ORIGIN}/s/7K3M9QX"));
                    let sms = short_reply(&parts);
                    assert!(fits_one_sms(&sms), "{} {lang}: {sms:?} ({} characters)", item.code, hall_model::reply::sms_length(&sms));
                    assert!(sms.ends_with("/s/7K3M9QX") && sms.contains(&guide.name.chars().take(4).collect::<String>()), "{sms}");
                    let full = full_reply(&parts);
                    assert!(full.ends_with(&link));
                    assert_eq!(full.lines().filter(|l| l.starts_with(char::is_numeric)).count(), parts.materials.len(), "{full}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "only {checked} replies checked");
    }
}
