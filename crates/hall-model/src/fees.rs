//! The fee for a citizen's situation (收费标准): an item's fee parts are selected by the
//! same answers as its materials ("证件损坏换领的，收取工本费40元"), and the validator
//! refuses an item whose fee note names other amounts than its parts.

use crate::questionnaire::{Answers, Asked, Conditional, Truth, Walk, every_path};
use crate::records::ItemRecord;
use crate::{Fee, ItemGuide, Material, Question};

/// What a citizen pays with the answers given so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeDue {
    /// The amount due now, in fen: the parts charged.
    pub due_fen: u32,
    /// The lowest and highest amount the remaining questions can still lead to; both
    /// `due_fen` once every part is decided.
    pub range_fen: (u32, u32),
    /// Parts charged with these answers.
    pub charged: Vec<Fee>,
    /// Parts that depend on questions not yet answered.
    pub undecided: Vec<Fee>,
    /// Parts charged only in cases the questions do not decide (listed, not added).
    pub extras: Vec<Fee>,
}

impl FeeDue {
    /// The fee of `guide` for `answers`.
    pub fn for_answers(guide: &ItemGuide, answers: &Answers) -> FeeDue {
        FeeDue::new(guide, &Walk::new(&guide.questions, &guide.materials, answers))
    }

    pub fn new(guide: &ItemGuide, walk: &Walk<'_, Question, Material>) -> FeeDue {
        if guide.fees.is_empty() {
            return FeeDue { due_fen: guide.fee_fen, range_fen: (guide.fee_fen, guide.fee_fen), charged: vec![], undecided: vec![], extras: vec![] };
        }
        let mut due = FeeDue { due_fen: 0, range_fen: (0, 0), charged: vec![], undecided: vec![], extras: vec![] };
        for fee in &guide.fees {
            match (fee.extra, walk.truth(&fee.when)) {
                (true, Truth::No) => {}
                (true, _) => due.extras.push(fee.clone()),
                (false, Truth::Yes) => due.charged.push(fee.clone()),
                (false, Truth::Undecided) => due.undecided.push(fee.clone()),
                (false, Truth::No) => {}
            }
        }
        due.due_fen = due.charged.iter().map(|f| f.fen).sum();
        due.range_fen = (due.due_fen, due.due_fen);
        if !due.undecided.is_empty() {
            let given = walk.effective_answers();
            let possible = every_path(&guide.questions, &guide.materials).map(|paths| {
                paths
                    .iter()
                    .filter(|p| given.iter().all(|(q, o)| p.answers.get(q) == Some(o)))
                    .map(|p| charged_fen(&guide.fees, &Walk::new(&guide.questions, &guide.materials, &p.answers)))
                    .collect::<Vec<_>>()
            });
            due.range_fen = match possible.filter(|dues| !dues.is_empty()) {
                Some(dues) => (dues.iter().copied().min().unwrap_or(0), dues.iter().copied().max().unwrap_or(0)),
                None => (due.due_fen, due.due_fen + due.undecided.iter().map(|f| f.fen).sum::<u32>()),
            };
        }
        due
    }

    /// Whether the amount is known (no part waits for an answer).
    pub fn is_decided(&self) -> bool {
        self.undecided.is_empty()
    }
}

fn charged_fen<Q: Asked, M: Conditional>(fees: &[Fee], walk: &Walk<'_, Q, M>) -> u32 {
    fees.iter().filter(|f| !f.extra && walk.truth(&f.when) == Truth::Yes).map(|f| f.fen).sum()
}

/// The amounts (in fen) a fee note names: every number directly followed by 元
/// ("20元", "工本费 40 元", "0.5元").
pub fn amounts_in(note: &str) -> Vec<u32> {
    let chars: Vec<char> = note.chars().collect();
    let mut amounts = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
            i += 1;
        }
        let number: String = chars[start..i].iter().collect();
        let mut after = i;
        while after < chars.len() && chars[after] == ' ' {
            after += 1;
        }
        if chars.get(after) == Some(&'元')
            && let Ok(yuan) = number.parse::<f64>()
        {
            amounts.push((yuan * 100.0).round() as u32);
        }
    }
    amounts
}

/// Checks an item's fee parts: conditions on known questions and options, each part
/// chargeable in some situation, `fee_fen` the fee of one of them, and the zh-CN fee note
/// naming exactly the parts' amounts.
pub fn validate(at: &str, item: &ItemRecord) -> Vec<String> {
    let mut problems = Vec::new();
    for (index, fee) in item.fees.iter().enumerate() {
        let here = format!("{at}, fee {} ({} fen)", index + 1, fee.fen);
        crate::questionnaire::check_conditions(&here, "when", &fee.when, &item.questions, None, &mut problems);
        if !fee.label.has_reference() {
            problems.push(format!("{here}: label has no zh-CN text"));
        }
        if fee.fen == 0 {
            problems.push(format!("{here}: a fee part of 0 yuan charges nothing; leave it out"));
        }
        if fee.extra && !fee.when.is_empty() {
            problems.push(format!("{here}: an extra part is charged in cases the questions do not decide, so it has no conditions"));
        }
    }
    if !problems.is_empty() {
        return problems;
    }
    if !item.fees.is_empty()
        && let Some(paths) = every_path(&item.questions, &item.materials)
    {
        let walks: Vec<_> = paths.iter().map(|p| Walk::new(&item.questions, &item.materials, &p.answers)).collect();
        for (index, fee) in item.fees.iter().enumerate().filter(|(_, f)| !f.extra) {
            if !walks.iter().any(|w| w.truth(&fee.when) == Truth::Yes) {
                problems.push(format!("{at}, fee {}: no answers select it (a question it names is never asked, or its conditions contradict)", index + 1));
            }
        }
        let fees: Vec<Fee> = item.fees.iter().map(|f| Fee { fen: f.fen, label: String::new(), when: f.when.clone(), extra: f.extra }).collect();
        let dues: Vec<u32> = walks.iter().map(|w| charged_fen(&fees, w)).collect();
        if !dues.contains(&item.fee_fen) {
            problems.push(format!("{at}: fee_fen {} is not the fee of any situation (the parts give {dues:?})", item.fee_fen));
        }
    }
    if let Some(note) = item.fee_note.as_ref().map(|n| n.get(crate::Lang::REFERENCE)) {
        let named: std::collections::BTreeSet<u32> = amounts_in(&note).into_iter().collect();
        let charged: std::collections::BTreeSet<u32> =
            if item.fees.is_empty() { std::iter::once(item.fee_fen).filter(|f| *f > 0).collect() } else { item.fees.iter().map(|f| f.fen).collect() };
        let yuan = |fen: &u32| crate::display::yuan(*fen);
        for amount in named.difference(&charged) {
            problems.push(format!("{at}: the fee note names {} 元, which no fee part charges", yuan(amount)));
        }
        for amount in charged.difference(&named) {
            problems.push(format!("{at}: a fee part charges {} 元, which the fee note does not name", yuan(amount)));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{AnswerOption, AppointmentNeed, Condition, ItemCategory, ItemKind, Lang, MaterialFormat};

    fn cond(question: &str, any_of: &[&str]) -> Condition {
        Condition { question: question.into(), any_of: any_of.iter().map(|o| (*o).into()).collect() }
    }

    fn fee(fen: u32, when: Vec<Condition>, extra: bool) -> Fee {
        Fee { fen, label: format!("{fen}"), when, extra }
    }

    /// 居民身份证换领 as in the demo data: 20 元 on expiry or a change, 40 元 when damaged;
    /// the reason also decides a material, so it is asked.
    fn renewal(fees: Vec<Fee>) -> ItemGuide {
        let material = |id: &str, when: Vec<Condition>| Material {
            id: id.into(),
            name: id.into(),
            originals: 1,
            copies: 0,
            format: MaterialFormat::Paper,
            source: String::new(),
            exempt_by_sharing: false,
            notes: None,
            when,
            sample: None,
            lang: Lang::ZhCn,
        };
        let options = ["expiry", "damaged", "info-change"].iter().map(|o| AnswerOption { id: (*o).into(), label: (*o).into(), help: None }).collect();
        ItemGuide {
            lang: Lang::ZhCn,
            code: "102200000001".into(),
            name: "居民身份证换领".into(),
            department: String::new(),
            kind: ItemKind::PublicService,
            category: ItemCategory::Identity,
            legal_limit_days: 60,
            promised_limit_days: 20,
            on_the_spot: false,
            fee_fen: 2000,
            fee_note: None,
            fees,
            online: false,
            online_url: None,
            legal_basis: String::new(),
            appointment: AppointmentNeed::Recommended,
            questions: vec![Question { id: "reason".into(), text: "reason".into(), help: None, options, ask_if: vec![], lang: Lang::ZhCn }],
            materials: vec![material("old-card", vec![]), material("proof-of-change", vec![cond("reason", &["info-change"])])],
            ..crate::standard::blank_guide()
        }
    }

    #[test]
    fn the_fee_follows_the_answers() {
        let guide = renewal(vec![fee(2000, vec![cond("reason", &["expiry", "info-change"])], false), fee(4000, vec![cond("reason", &["damaged"])], false)]);
        // (answers, due, range, decided)
        let cases: &[(&str, u32, (u32, u32), bool)] = &[
            ("", 0, (2000, 4000), false),
            ("reason.expiry", 2000, (2000, 2000), true),
            ("reason.damaged", 4000, (4000, 4000), true),
            ("reason.info-change", 2000, (2000, 2000), true),
        ];
        for (answers, due, range, decided) in cases {
            let fee = FeeDue::for_answers(&guide, &Answers::parse(answers));
            assert_eq!((fee.due_fen, fee.range_fen, fee.is_decided()), (*due, *range, *decided), "{answers:?}");
        }
    }

    #[test]
    fn parts_add_up_and_extras_are_listed_not_added() {
        let guide = renewal(vec![fee(4000, vec![], false), fee(1000, vec![cond("reason", &["damaged"])], false), fee(55000, vec![], true)]);
        let fee = FeeDue::for_answers(&guide, &Answers::from([("reason", "damaged")]));
        assert_eq!(fee.due_fen, 5000);
        assert_eq!(fee.charged.len(), 2);
        assert_eq!(fee.extras.iter().map(|f| f.fen).collect::<Vec<_>>(), vec![55000]);
        let plain = FeeDue::for_answers(&renewal(vec![]), &Answers::default());
        assert_eq!((plain.due_fen, plain.range_fen, plain.is_decided()), (2000, (2000, 2000), true), "no parts: fee_fen in every case");
    }

    #[test]
    fn amounts_are_read_from_a_fee_note() {
        let cases: &[(&str, &[u32])] = &[
            ("有效期满或登记项目变更换领的，收取工本费20元；证件损坏换领的，收取工本费40元", &[2000, 4000]),
            ("每证 10 元", &[1000]),
            ("每次0.5元，2026年起", &[50]),
            ("免收工本费", &[]),
            ("第2本起每本", &[]),
        ];
        for (note, amounts) in cases {
            assert_eq!(amounts_in(note), *amounts, "{note}");
        }
    }
}
