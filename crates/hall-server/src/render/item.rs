//! An item's guide, as src/pages/item.rs (and its checklist.rs, questions.rs and
//! standard.rs) draw it, for the answers in the link. Without script, the questions are a
//! form sent with GET: the server folds the answer into the link's `?a=` ([`answered_by_form`]).

use hall_model::questionnaire::{QuestionState, Truth};
use hall_model::standard::{is_phone, tel_uri};
use hall_model::{Answers, AppointmentNeed, Channel, Checklist, FeeDue, ItemGuide, Lang, Material, Route, Walk};

use super::{Words, breadcrumbs, esc};

/// The route of `guide` with `answers`.
fn route(guide: &ItemGuide, answers: Answers) -> Route {
    match &guide.hall {
        Some(hall) => Route::HallItem { hall: hall.code.clone(), item: guide.code.clone(), answers },
        None => Route::Item { code: guide.code.clone(), answers },
    }
}

/// Where a question form sent without script goes: the page's link with the chosen option
/// (`answer-<question>=<option>`, the radio buttons' names) folded into its answers and the
/// answers that no longer matter dropped, as the app's `GuideState::answer` does. `None`
/// when the query holds no such answer.
pub fn answered_by_form(path: &str, query: &str) -> Option<String> {
    let pairs = hall_model::query_string::parse(query);
    let chosen: Vec<(String, String)> = pairs
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("answer-").map(|q| (q.to_owned(), v.trim().to_owned())))
        .filter(|(q, v)| !q.is_empty() && !v.is_empty())
        .collect();
    if chosen.is_empty() {
        return None;
    }
    let kept: Vec<(String, String)> = pairs.into_iter().filter(|(k, _)| k == "a" || k == "lang").collect();
    let route = Route::parse(path, &hall_model::query_string::build(&kept.iter().map(|(k, v)| (k.as_str(), v.clone())).collect::<Vec<_>>()));
    let lang = hall_model::route::lang_of(query);
    let with_answers = |answers: &Answers| {
        let mut answers = answers.clone();
        for (question, option) in &chosen {
            answers.set(question, option);
        }
        answers
    };
    let next = match route {
        Route::HallItem { hall, item, answers } => Route::HallItem { hall, item, answers: with_answers(&answers) },
        Route::Item { code, answers } => Route::Item { code, answers: with_answers(&answers) },
        _ => return None,
    };
    let path = next.path();
    Some(match lang {
        Some(lang) => hall_model::route::with_lang(&path, lang),
        None => path,
    })
}

/// The guide's page (the `<section class="page item">`) for `answers`, in `words`' language.
pub fn item_page(words: Words, guide: &ItemGuide, raw_answers: &Answers) -> String {
    let w = words;
    let la = |lang: Lang| w.lang_attr(lang);
    let content = la(guide.lang);
    let walk = Walk::new(&guide.questions, &guide.materials, raw_answers);
    let answers = walk.effective_answers();
    let walk = Walk::new(&guide.questions, &guide.materials, &answers);
    let mut h = String::from("<section class=\"page item\">");
    let crumbs: Vec<(String, String)> =
        guide.hall.iter().map(|hall| (hall.name.clone(), Route::Hall { code: hall.code.clone(), filter: Default::default() }.path())).collect();
    h += &breadcrumbs(w, &crumbs);
    h += &format!("<h1{content}>{}</h1>", esc(&guide.name));
    h += &format!("<p class=\"card-meta\"><span{content}>{}</span> · <span class=\"code\" dir=\"ltr\">{}</span></p>", esc(&guide.department), esc(&guide.code));
    if let Some(hall) = &guide.hall {
        let hours: Vec<String> = hall.opening_hours.iter().map(|span| w.opening_line(span)).collect();
        h += &format!(
            "<p class=\"print-only print-hall\"><span{}>{} · {}</span> · {}</p>",
            la(hall.lang),
            esc(&hall.name),
            esc(&hall.address),
            esc(&hours.join(" "))
        );
    }

    // The facts.
    h += "<dl class=\"facts facts-grid\">";
    h += &format!(
        "<div class=\"fact-visits\"><dt>{}</dt><dd>{}",
        esc(&w.t("item-visits")),
        esc(&w.t_args("item-visits-count", &[("count", guide.visits.count.into())]))
    );
    if let Some(reason) = &guide.visits.reason {
        h += &format!("<span class=\"note\"{}>{}</span>", la(guide.visits.lang), esc(reason));
    }
    h += "</dd></div>";
    h += &fact(&w.t("item-promised-limit"), &esc(&time_limit(w, guide.on_the_spot, guide.promised_limit_days)));
    h += &fact(&w.t("item-legal-limit"), &esc(&w.t_args("item-working-days", &[("days", guide.legal_limit_days.into())])));
    let mut fee = fee(w, guide, &answers);
    if let Some(note) = &guide.fee_note {
        fee += &format!("<span class=\"note\"{content}>{}</span>", esc(note));
    }
    h += &fact(&w.t("item-fee"), &fee);
    let mut online = esc(&w.t(hall_text::labels::online_depth(guide.online_depth)));
    for (url, message) in [(&guide.online_url, "item-online-link"), (&guide.online_mobile_url, "item-online-mobile-link")] {
        let Some((url, host)) =
            url.as_deref().filter(|_| guide.online).and_then(|url| hall_model::online_url::host(url).map(|host| (url, host.replace('-', "\u{2011}"))))
        else {
            continue;
        };
        online += &format!(
            "<a class=\"online-link\" href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>",
            esc(url),
            esc(&w.t_args(message, &[("host", host.into())]))
        );
    }
    h += &fact(&w.t("item-online-heading"), &online);
    h += &fact(&w.t("item-scope"), &esc(&w.t(hall_text::labels::scope(guide.scope))));
    h += &fact(&w.t("item-kind"), &esc(&w.t(hall_text::labels::item_kind(guide.kind))));
    h += &fact(&w.t("item-category"), &esc(&w.t(hall_text::labels::category(guide.category))));
    h += "</dl>";
    if !guide.windows.is_empty() {
        h += &format!("<div class=\"windows-line windows-row\"><span class=\"windows-label\">{}</span><ul class=\"tags\">", esc(&w.t("item-windows")));
        for window in &guide.windows {
            h += &format!("<li class=\"tag\"><strong dir=\"ltr\">{}</strong> <span{}>{}</span></li>", esc(&window.number), la(window.lang), esc(&window.name));
        }
        h += "</ul></div>";
    }
    let (at_hall, hall_books) = (guide.hall.is_some(), guide.hall.as_ref().is_some_and(|h| h.appointments));
    if let Some(id) = hall_text::labels::appointment_need(guide.appointment, at_hall, hall_books) {
        h += &format!("<p class=\"appointment-need no-print\">{}</p>", esc(&w.t(id)));
    }
    if let Some(hall) = guide.hall.as_ref().filter(|h| h.appointments) {
        let class = if guide.appointment == AppointmentNeed::NotNeeded { "button secondary" } else { "button" };
        let href = Route::Book { hall: hall.code.clone(), item: guide.code.clone() }.path();
        h += &format!("<p class=\"book-line no-print\"><a class=\"{class}\" href=\"{}\">{}</a></p>", esc(&href), esc(&w.t("book-link")));
    }
    h += &can_i_apply(w, guide, &walk);
    h += &questions(w, guide, &walk, &answers);
    h += &checklist(w, guide, &walk, &answers);
    h += "<div class=\"guide-after\">";
    h += &steps(w, guide);
    h += &result(w, guide);
    h += &limits(w, guide);
    h += &faq(w, guide);
    h += &contacts(w, guide);
    h += "</div>";
    h += &format!(
        "<section class=\"legal-basis\" aria-labelledby=\"legal-heading\"><h2 id=\"legal-heading\">{}</h2><p{content}>{}</p></section>",
        esc(&w.t("item-legal-basis")),
        esc(&guide.legal_basis)
    );
    if let Some(date) = guide.updated {
        let (year, month, day) = date.ymd();
        let date = w.t_args(
            "track-date",
            &[
                ("year", year.to_string().into()),
                ("month", month.into()),
                ("day", day.into()),
                ("weekday", w.t(hall_text::labels::weekday(date.weekday())).into()),
            ],
        );
        let line = w.t_args("guide-updated", &[("date", date.replace('-', "\u{2011}").into()), ("version", guide.version.into())]);
        h += &format!("<p class=\"guide-updated\">{}</p>", esc(&line));
    }
    h += "</section>";
    h
}

fn fact(term: &str, description_html: &str) -> String {
    format!("<div><dt>{}</dt><dd>{description_html}</dd></div>", esc(term))
}

fn time_limit(w: Words, on_the_spot: bool, promised: u32) -> String {
    if on_the_spot { w.t("item-on-the-spot") } else { w.t_args("item-working-days", &[("days", promised.into())]) }
}

/// As the app's `Fee`.
fn fee(w: Words, guide: &ItemGuide, answers: &Answers) -> String {
    let due = FeeDue::for_answers(guide, answers);
    let money = hall_text::money;
    let headline = match (due.is_decided(), due.range_fen) {
        (false, (from, to)) if from != to => w.t_args("item-fee-range", &[("from", money(from)), ("to", money(to))]),
        (_, (0, 0)) => w.t("item-fee-free"),
        (_, (fen, _)) => w.t_args("item-fee-amount", &[("yuan", money(fen))]),
    };
    let mut h = format!("<span class=\"fee-due\">{}</span><ul class=\"plain fee-parts\">", esc(&headline));
    let itemised = due.charged.len() > 1;
    let charged = due.charged.iter().filter(|_| itemised).map(|part| (false, part));
    for (extra, part) in charged.chain(due.extras.iter().map(|part| (true, part))) {
        let args = [("label", part.label.clone().into()), ("yuan", money(part.fen))];
        let line = if extra { w.t_args("item-fee-extra", &args) } else { w.t_args("item-fee-part", &args) };
        h += &format!("<li{}>{}</li>", w.lang_attr(guide.lang), esc(&line));
    }
    h += "</ul>";
    h
}

/// As the app's `standard::CanIApply`.
fn can_i_apply(w: Words, guide: &ItemGuide, walk: &Walk<'_, hall_model::Question, Material>) -> String {
    let separator = w.t("hall-list-separator");
    let applicants: Vec<String> = guide.applicants.iter().map(|a| w.t(hall_text::labels::applicant(*a))).collect();
    let mut h = format!(
        "<section class=\"can-apply\" aria-labelledby=\"can-apply-heading\"><h2 id=\"can-apply-heading\">{}</h2><p class=\"applicants\"><span class=\"label\">{}</span> {}</p><p class=\"conditions-intro\">{}</p><ul class=\"conditions\">",
        esc(&w.t("conditions-heading")),
        esc(&w.t("applicants-label")),
        esc(&applicants.join(&separator)),
        esc(&w.t("conditions-intro"))
    );
    for condition in &guide.conditions {
        let depends_on = match walk.truth(&condition.when) {
            Truth::No => continue,
            Truth::Yes => None,
            Truth::Undecided => Some(
                condition
                    .when
                    .iter()
                    .filter_map(|c| guide.questions.iter().find(|q| q.id == c.question).map(|q| (q, c)))
                    .flat_map(|(q, c)| q.options.iter().filter(|o| c.any_of.contains(&o.id)))
                    .map(|o| o.label.clone())
                    .collect::<Vec<_>>()
                    .join(&separator),
            ),
        };
        let class = if depends_on.is_some() { " class=\"condition-if\"" } else { "" };
        h += &format!("<li{class}><span{}>{}</span>", w.lang_attr(condition.lang), esc(&condition.text));
        if let Some(answers) = depends_on {
            h += &format!(" <span class=\"depends-on\">{}</span>", esc(&w.t_args("conditions-if-answer", &[("answers", answers.into())])));
        }
        h += "</li>";
    }
    h += "</ul></section>";
    h
}

/// As the app's `questions::Questions`, the step a form that works without script.
fn questions(w: Words, guide: &ItemGuide, walk: &Walk<'_, hall_model::Question, Material>, answers: &Answers) -> String {
    if guide.questions.is_empty() {
        return String::new();
    }
    let mut h = format!(
        "<section class=\"questions\" aria-labelledby=\"questions-heading\"><h2 id=\"questions-heading\">{}</h2><p class=\"hint no-print\">{}</p>",
        esc(&w.t("questions-heading")),
        esc(&w.t("questions-intro"))
    );
    let answered = walk.answered();
    if !answered.is_empty() {
        h += &format!("<h3 class=\"answers-heading\">{}</h3><dl class=\"answers\">", esc(&w.t("questions-your-answers")));
        for (question, option) in &answered {
            let Some(option) = question.options.iter().find(|o| o.id == *option) else { continue };
            let lang = w.lang_attr(question.lang);
            // Without script, "change" is the link without this answer: the question asked again.
            let mut without = Answers::default();
            for (q, o) in answers.iter().filter(|(q, _)| *q != question.id) {
                without.set(q, o);
            }
            h += &format!(
                "<div class=\"answer\" data-question=\"{}\"><dt{lang}>{}</dt><dd><span{lang}>{}</span><a class=\"link-button no-print\" href=\"{}\">{}<span class=\"visually-hidden\"{lang}>{}</span></a></dd></div>",
                esc(&question.id),
                esc(&question.text),
                esc(&option.label),
                esc(&route(guide, without).path()),
                esc(&w.t("questions-change")),
                esc(&question.text)
            );
        }
        h += "</dl>";
    }
    match walk.current() {
        Some(question) => {
            let (number, total) = walk.position(&question.id);
            let lang = w.lang_attr(question.lang);
            let action = route(guide, Answers::default()).path();
            h += &format!("<form class=\"question-step\" method=\"get\" action=\"{}\" novalidate data-question=\"{}\">", esc(&action), esc(&question.id));
            if !answers.is_empty() {
                h += &format!("<input type=\"hidden\" name=\"a\" value=\"{}\">", esc(&answers.encode()));
            }
            h += &format!(
                "<p class=\"step-count\">{}</p><fieldset><legend tabindex=\"-1\"{lang}>{}</legend>",
                esc(&w.t_args("questions-step", &[("number", number.into()), ("total", total.into())])),
                esc(&question.text)
            );
            if let Some(help) = &question.help {
                h += &format!("<p class=\"hint\"{lang}>{}</p>", esc(help));
            }
            h += "<div class=\"choices\">";
            for option in &question.options {
                h += &format!(
                    "<label class=\"choice\"><input type=\"radio\" name=\"answer-{}\" value=\"{}\"><span><strong{lang}>{}</strong>",
                    esc(&question.id),
                    esc(&option.id),
                    esc(&option.label)
                );
                if let Some(help) = &option.help {
                    h += &format!("<span class=\"note\"{lang}>{}</span>", esc(help));
                }
                h += "</span></label>";
            }
            h += &format!("</div></fieldset><div class=\"step-actions\"><button type=\"submit\" class=\"button\">{}</button>", esc(&w.t("questions-continue")));
            if let Some(previous) = walk.previous(&question.id) {
                let mut before = Answers::default();
                for (q, o) in answers.iter().filter(|(q, _)| *q != previous.id) {
                    before.set(q, o);
                }
                h += &format!("<a class=\"button secondary\" href=\"{}\">{}</a>", esc(&route(guide, before).path()), esc(&w.t("questions-back")));
            }
            h += "</div></form>";
        }
        None => {
            h += &format!(
                "<div class=\"questions-done\"><p tabindex=\"-1\">{}</p><a class=\"link-button no-print\" href=\"{}\">{}</a></div>",
                esc(&w.t("questions-done")),
                esc(&route(guide, Answers::default()).path()),
                esc(&w.t("questions-start-again"))
            );
        }
    }
    h += "</section>";
    h
}

/// As the app's `checklist::Checklist`, nothing ticked yet.
fn checklist(w: Words, guide: &ItemGuide, walk: &Walk<'_, hall_model::Question, Material>, answers: &Answers) -> String {
    let list = Checklist::new(walk);
    let totals = list.totals();
    let mut h = format!(
        "<section class=\"checklist\" aria-labelledby=\"checklist-heading\"><h2 id=\"checklist-heading\">{}</h2><p class=\"totals\" role=\"status\">{}",
        esc(&w.t("checklist-heading")),
        esc(&w.t_args("checklist-totals", &[("documents", totals.documents.into()), ("originals", totals.originals.into()), ("copies", totals.copies.into())]))
    );
    if totals.undecided > 0 {
        h += &format!("<span class=\"totals-undecided\">{}</span>", esc(&w.t_args("checklist-totals-undecided", &[("count", totals.undecided.into())])));
    }
    h += "</p>";
    let total = list.to_bring.len() as u32;
    if total > 0 {
        h += &format!(
            "<div class=\"progress no-print\"><progress max=\"{total}\" value=\"0\" aria-labelledby=\"checklist-progress\"></progress><span id=\"checklist-progress\">{}</span></div>",
            esc(&w.t_args("checklist-progress", &[("ticked", 0_u32.into()), ("total", total.into())]))
        );
    }
    h += &format!(
        "<div class=\"checklist-actions no-print\"><button type=\"button\" class=\"button secondary\">{}</button><button type=\"button\" class=\"button secondary\">{}</button></div>",
        esc(&w.t("checklist-print")),
        esc(&w.t("app-share"))
    );
    let pending = |material: &Material| -> Vec<String> {
        material
            .when
            .iter()
            .filter(|c| matches!(walk.state_of(&c.question), Some(QuestionState::Current | QuestionState::Upcoming { .. })))
            .filter_map(|c| guide.questions.iter().find(|q| q.id == c.question).map(|q| q.text.clone()))
            .collect()
    };
    h += &group(w, guide, "to-bring", true, &plain(&list.to_bring), "checklist-to-bring");
    if walk.is_complete() && total == 0 {
        h += &ready(w, guide, answers);
    }
    let undecided: Vec<(&Material, Vec<String>)> = list.undecided.iter().map(|m| (*m, pending(m))).collect();
    h += &group(w, guide, "undecided", false, &undecided, "checklist-undecided");
    h += &group(w, guide, "no-need", false, &plain(&list.no_need_to_bring), "checklist-no-need-to-bring");
    h += "</section>";
    h
}

/// Materials with no question pending.
fn plain<'a>(materials: &[&'a Material]) -> Vec<(&'a Material, Vec<String>)> {
    materials.iter().map(|m| (*m, Vec::new())).collect()
}

/// As the app's `checklist::MaterialGroup`.
fn group(w: Words, guide: &ItemGuide, kind: &str, tickable: bool, materials: &[(&Material, Vec<String>)], heading: &'static str) -> String {
    if materials.is_empty() {
        return String::new();
    }
    let mut h = format!(
        "<section class=\"material-group material-group-{kind}\"><h3>{}</h3><ol class=\"material-list\">",
        esc(&w.t_args(heading, &[("count", materials.len().into())]))
    );
    for (m, pending) in materials {
        let lang = w.lang_attr(m.lang);
        h += &format!("<li class=\"card material\" data-material=\"{}\">", esc(&m.id));
        if tickable {
            h += &format!("<label class=\"tick\"><input type=\"checkbox\"><span class=\"card-title\"{lang}>{}</span></label>", esc(&m.name));
        } else {
            h += &format!("<p class=\"card-title\"{lang}>{}</p>", esc(&m.name));
        }
        if m.exempt_by_sharing {
            h += &format!("<p class=\"exempt-line\">{}</p>", esc(&w.t("material-no-need-to-bring")));
        }
        if !pending.is_empty() {
            h +=
                &format!("<p class=\"depends\">{} <span{}>{}</span></p>", esc(&w.t("material-depends-on")), w.lang_attr(guide.lang), esc(&pending.join(" / ")));
        }
        if !m.exempt_by_sharing {
            h += &format!("<p class=\"counts\">{}</p>", esc(&w.t_args("material-counts", &[("originals", m.originals.into()), ("copies", m.copies.into())])));
        }
        h += &format!(
            "<dl class=\"material-facts\"><div><dt>{}</dt><dd>{}</dd></div><div><dt>{}</dt><dd{lang}>{}</dd></div></dl>",
            esc(&w.t("material-format")),
            esc(&w.t(hall_text::labels::material_format(m.format))),
            esc(&w.t("material-source")),
            esc(&m.source)
        );
        if let Some(note) = &m.notes {
            h += &format!("<p class=\"note\"{lang}>{}</p>", esc(note));
        }
        if let Some(href) = &m.sample {
            h += &format!(
                "<p class=\"no-print\"><a class=\"sample-link\" href=\"{}\" target=\"_blank\" rel=\"noopener\">{}</a></p>",
                esc(href),
                esc(&w.t("material-sample"))
            );
        }
        h += "</li>";
    }
    h += "</ol></section>";
    h
}

/// As the app's `checklist::Ready`.
fn ready(w: Words, guide: &ItemGuide, answers: &Answers) -> String {
    let mut h = format!(
        "<section class=\"ready\" aria-labelledby=\"ready-heading\"><h3 id=\"ready-heading\">{0}</h3><p class=\"visually-hidden\" role=\"status\">{0}</p><dl class=\"facts\">",
        esc(&w.t("ready-heading"))
    );
    match &guide.hall {
        Some(hall) => {
            let lang = w.lang_attr(hall.lang);
            h += &format!("<div><dt>{}</dt><dd{lang}><strong>{}</strong><br>{}</dd></div>", esc(&w.t("ready-where")), esc(&hall.name), esc(&hall.address));
            h += &format!("<div><dt>{}</dt><dd><ul class=\"plain\">", esc(&w.t("hall-opening-hours")));
            for span in &hall.opening_hours {
                h += &format!("<li>{}</li>", esc(&w.opening_line(span)));
            }
            h += "</ul>";
            if let Some(note) = &hall.hours_note {
                h += &format!("<span class=\"note\"{lang}>{}</span>", esc(note));
            }
            h += "</dd></div>";
        }
        None => {
            h += &format!(
                "<div><dt>{}</dt><dd>{} <a href=\"/\">{}</a></dd></div>",
                esc(&w.t("ready-where")),
                esc(&w.t("ready-choose-hall")),
                esc(&w.t("ready-find-hall"))
            );
        }
    }
    let hall_books = guide.hall.as_ref().is_some_and(|h| h.appointments);
    h += &format!(
        "<div><dt>{}</dt><dd>{}",
        esc(&w.t("ready-appointment")),
        esc(&w.t(hall_text::labels::ready_appointment(guide.appointment, guide.hall.is_some(), hall_books)))
    );
    if let Some(hall) = guide.hall.as_ref().filter(|h| h.appointments) {
        let href = Route::Book { hall: hall.code.clone(), item: guide.code.clone() }.path();
        h += &format!(" <a class=\"no-print\" href=\"{}\">{}</a>", esc(&href), esc(&w.t("book-link")));
    }
    h += "</dd></div>";
    h += &fact(&w.t("item-promised-limit"), &esc(&time_limit(w, guide.on_the_spot, guide.promised_limit_days)));
    h += &fact(&w.t("item-fee"), &fee(w, guide, answers));
    h += "</dl></section>";
    h
}

/// A section that folds on phones, as the app's `standard::Fold`: closed here; index.html's
/// script opens it on a wide screen before the first paint, as the app does.
fn fold(id: &str, class: &str, heading: &str, body: &str) -> String {
    format!("<details class=\"fold {class}\"><summary><h2 id=\"{id}\">{}</h2></summary><div class=\"fold-body\">{body}</div></details>", esc(heading))
}

fn steps(w: Words, guide: &ItemGuide) -> String {
    let differs = guide.steps.iter().any(|s| s.channel != Channel::Both);
    let mut body = String::new();
    if differs && guide.online {
        body += &format!(
            "<div class=\"channel-choice no-print\" role=\"radiogroup\" aria-labelledby=\"steps-heading\"><label class=\"check\"><input type=\"radio\" name=\"channel\" checked>{}</label><label class=\"check\"><input type=\"radio\" name=\"channel\">{}</label></div>",
            esc(&w.t("steps-at-window")),
            esc(&w.t("steps-online"))
        );
    }
    body += "<ol class=\"steps\">";
    for step in guide.steps.iter().filter(|s| !differs || s.channel == Channel::Both || s.channel == Channel::Window) {
        let lang = w.lang_attr(step.lang);
        let class = if step.applicant_acts { "step step-yours" } else { "step" };
        body += &format!("<li class=\"{class}\"><p class=\"step-name\"><strong{lang}>{}</strong>", esc(&step.name));
        if step.applicant_acts {
            body += &format!(" <span class=\"tag tag-you\">{}</span>", esc(&w.t("step-you-act")));
        }
        body += &format!("</p><p class=\"step-facts\"><span{lang}>{}</span>", esc(&step.handler));
        if let Some(days) = step.limit_days {
            let limit = if days == 0 { w.t("step-same-day") } else { w.t_args("item-working-days", &[("days", days.into())]) };
            body += &format!(" · <span class=\"step-limit\">{}</span>", esc(&limit));
        }
        body += "</p>";
        if let Some(note) = &step.note {
            body += &format!("<p class=\"note\"{lang}>{}</p>", esc(note));
        }
        body += "</li>";
    }
    body += "</ol>";
    fold("steps-heading", "steps-section", &w.t("steps-heading"), &body)
}

fn result(w: Words, guide: &ItemGuide) -> String {
    let Some(result) = &guide.result else { return String::new() };
    let lang = w.lang_attr(result.lang);
    let mut body = format!(
        "<dl class=\"facts\"><div><dt>{}</dt><dd><span{lang}>{}</span> <span class=\"tag\">{}</span></dd></div>",
        esc(&w.t("result-name")),
        esc(&result.name),
        esc(&w.t(hall_text::labels::result_kind(result.kind)))
    );
    if let Some(validity) = &result.validity {
        body += &format!("<div><dt>{}</dt><dd{lang}>{}</dd></div>", esc(&w.t("result-validity")), esc(validity));
    }
    body += &format!("<div><dt>{}</dt><dd><ul class=\"plain\">", esc(&w.t("result-delivery")));
    for delivery in &result.delivery {
        body += &format!("<li>{}</li>", esc(&w.t(hall_text::labels::delivery(*delivery))));
    }
    body += "</ul></dd></div></dl>";
    if let Some(href) = &result.sample {
        body +=
            &format!("<p class=\"no-print\"><a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a></p>", esc(href), esc(&w.t("result-sample")));
    }
    fold("result-heading", "result-section", &w.t("result-heading"), &body)
}

fn named_list(w: Words, entries: Vec<(String, Lang, String)>, none: &'static str) -> String {
    if entries.is_empty() {
        return format!("<span>{}</span>", esc(&w.t(none)));
    }
    let mut h = String::from("<ul class=\"plain\">");
    for (name, lang, says) in entries {
        h += &format!("<li><span{}>{}</span> · {}</li>", w.lang_attr(lang), esc(&name), esc(&says));
    }
    h + "</ul>"
}

fn limits(w: Words, guide: &ItemGuide) -> String {
    let procedures = guide
        .special_procedures
        .iter()
        .map(|p| {
            let id = if p.counts_in_limit { "special-procedure-counts" } else { "special-procedure-not-counted" };
            (p.name.clone(), p.lang, w.t_args(id, &[("days", p.limit_days.into())]))
        })
        .collect();
    let intermediaries =
        guide.intermediaries.iter().map(|i| (i.name.clone(), i.lang, w.t(if i.charged { "intermediary-charged" } else { "intermediary-free" }))).collect();
    let quantity = match &guide.quantity_limit {
        Some(q) => format!("<span{}>{}</span>", w.lang_attr(q.lang), esc(&q.text)),
        None => format!("<span>{}</span>", esc(&w.t("quantity-limit-none"))),
    };
    let body = format!(
        "<dl class=\"facts\"><div><dt>{}</dt><dd>{}</dd></div><div><dt>{}</dt><dd>{quantity}</dd></div><div><dt>{}</dt><dd>{}</dd></div></dl>",
        esc(&w.t("special-procedures")),
        named_list(w, procedures, "special-procedures-none"),
        esc(&w.t("quantity-limit")),
        esc(&w.t("intermediaries")),
        named_list(w, intermediaries, "intermediaries-none")
    );
    fold("limits-heading", "limits-section", &w.t("limits-heading"), &body)
}

fn faq(w: Words, guide: &ItemGuide) -> String {
    if guide.faq.is_empty() {
        return String::new();
    }
    let body: String = guide
        .faq
        .iter()
        .map(|f| format!("<details class=\"faq\"{}><summary>{}</summary><p>{}</p></details>", w.lang_attr(f.lang), esc(&f.question), esc(&f.answer)))
        .collect();
    fold("faq-heading", "faq-section", &w.t_args("faq-heading", &[("count", guide.faq.len().into())]), &body)
}

fn phone_link(phone: &str) -> String {
    if is_phone(phone) {
        format!("<a class=\"phone\" dir=\"ltr\" href=\"{}\">{}</a>", esc(&tel_uri(phone)), esc(phone))
    } else {
        format!("<span dir=\"ltr\">{}</span>", esc(phone))
    }
}

fn contacts(w: Words, guide: &ItemGuide) -> String {
    let hotline = guide.hall.as_ref().map_or_else(|| "12345".to_owned(), |h| h.hotline.clone());
    let mut body = format!(
        "<dl class=\"facts\"><div><dt>{}</dt><dd><span{}>{}</span> {}</dd></div>",
        esc(&w.t("contacts-enquiry")),
        w.lang_attr(guide.lang),
        esc(&guide.department),
        phone_link(&guide.enquiry_phone)
    );
    if let Some(hall) = &guide.hall {
        body += &format!("<div><dt>{}</dt><dd>{}</dd></div>", esc(&w.t("contacts-supervision")), phone_link(&hall.supervision_phone));
    }
    body += &format!("<div><dt>{}</dt><dd>{}</dd></div></dl>", esc(&w.t("contacts-hotline")), phone_link(&hotline));
    fold("contacts-heading", "contacts-section", &w.t("contacts-heading"), &body)
}
