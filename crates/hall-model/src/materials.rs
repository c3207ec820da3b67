//! The checklist: which materials a citizen must bring after their answers so far, and how
//! many documents that makes ("bring 5 documents: 4 originals, 7 copies").

use std::collections::HashSet;

use crate::questionnaire::{Answers, Truth, Walk};
use crate::{ItemGuide, Material, Question};

/// The materials of an item, sorted the way a citizen acts on them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Checklist<'a> {
    /// Needed with the answers given: bring these.
    pub to_bring: Vec<&'a Material>,
    /// Needed or not depending on questions not yet answered.
    pub undecided: Vec<&'a Material>,
    /// Needed, but fetched by the hall through data sharing: listed, nothing to bring.
    pub no_need_to_bring: Vec<&'a Material>,
}

/// The figures at the top of a checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChecklistTotals {
    /// Materials to bring.
    pub documents: u32,
    pub originals: u32,
    pub copies: u32,
    /// Materials the citizen need not bring thanks to data sharing.
    pub no_need_to_bring: u32,
    /// Materials that depend on questions not yet answered.
    pub undecided: u32,
}

/// How far a citizen is with gathering the materials to bring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub ticked: u32,
    pub total: u32,
}

impl Progress {
    /// Every question answered and every material to bring ticked.
    pub fn is_ready(&self, walk_complete: bool) -> bool {
        walk_complete && self.ticked == self.total
    }
}

impl<'a> Checklist<'a> {
    pub fn new(walk: &Walk<'a, Question, Material>) -> Checklist<'a> {
        let mut list = Checklist::default();
        for material in walk.materials() {
            match (walk.material_truth(material), material.exempt_by_sharing) {
                (Truth::Yes, false) => list.to_bring.push(material),
                (Truth::Yes, true) => list.no_need_to_bring.push(material),
                (Truth::Undecided, _) => list.undecided.push(material),
                (Truth::No, _) => {}
            }
        }
        list
    }

    /// The checklist of a guide for some answers.
    pub fn for_answers(guide: &'a ItemGuide, answers: &Answers) -> Checklist<'a> {
        Checklist::new(&Walk::new(&guide.questions, &guide.materials, answers))
    }

    pub fn totals(&self) -> ChecklistTotals {
        ChecklistTotals {
            documents: self.to_bring.len() as u32,
            originals: self.to_bring.iter().map(|m| m.originals).sum(),
            copies: self.to_bring.iter().map(|m| m.copies).sum(),
            no_need_to_bring: self.no_need_to_bring.len() as u32,
            undecided: self.undecided.len() as u32,
        }
    }

    /// Ticks count only for materials still to bring: a tick on a material the answers no
    /// longer need is kept (it comes back if the answer does) but not counted.
    pub fn progress(&self, ticked: &HashSet<String>) -> Progress {
        Progress { ticked: self.to_bring.iter().filter(|m| ticked.contains(&m.id)).count() as u32, total: self.to_bring.len() as u32 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{AnswerOption, AppointmentNeed, Condition, ItemCategory, ItemKind, Lang, MaterialFormat};

    fn material(id: &str, originals: u32, copies: u32, exempt: bool, when: &[(&str, &[&str])]) -> Material {
        Material {
            id: id.to_owned(),
            name: id.to_owned(),
            originals,
            copies,
            format: MaterialFormat::Paper,
            source: "申请人自备".to_owned(),
            exempt_by_sharing: exempt,
            notes: None,
            when: when.iter().map(|(q, any_of)| Condition { question: (*q).into(), any_of: any_of.iter().map(|o| (*o).into()).collect() }).collect(),
            sample: None,
            lang: crate::Lang::ZhCn,
        }
    }

    fn guide() -> ItemGuide {
        let question = |id: &str, options: &[&str]| Question {
            id: id.into(),
            text: id.into(),
            help: None,
            options: options.iter().map(|o| AnswerOption { id: (*o).into(), label: (*o).into(), help: None }).collect(),
            ask_if: vec![],
            lang: Lang::ZhCn,
        };
        ItemGuide {
            lang: Lang::ZhCn,
            code: "330000001001".into(),
            name: "企业设立登记".into(),
            department: "市场监督管理局".into(),
            kind: ItemKind::AdministrativeLicensing,
            category: ItemCategory::Business,
            legal_limit_days: 15,
            promised_limit_days: 1,
            on_the_spot: false,
            fee_fen: 0,
            fee_note: None,
            fees: vec![],
            online: true,
            online_url: None,
            legal_basis: String::new(),
            appointment: AppointmentNeed::Recommended,
            questions: vec![question("foreign", &["yes", "no"]), question("applicant", &["self", "agent"])],
            materials: vec![
                material("application-form", 1, 0, false, &[]),
                material("id-card", 1, 1, false, &[]),
                material("power-of-attorney", 1, 0, false, &[("applicant", &["agent"])]),
                material("agent-id-card", 1, 2, false, &[("applicant", &["agent"])]),
                material("business-licence", 1, 0, true, &[]),
                material("foreign-approval", 1, 1, false, &[("foreign", &["yes"])]),
            ],
            ..crate::standard::blank_guide()
        }
    }

    fn ids(list: &[&Material]) -> Vec<String> {
        list.iter().map(|m| m.id.clone()).collect()
    }

    #[test]
    fn each_answer_gets_its_own_materials_and_the_shared_ones() {
        let guide = guide();
        #[allow(clippy::type_complexity)]
        let table: [(&[(&str, &str)], &[&str], &[&str], ChecklistTotals); 4] = [
            (
                &[("foreign", "no"), ("applicant", "self")],
                &["application-form", "id-card"],
                &[],
                ChecklistTotals { documents: 2, originals: 2, copies: 1, no_need_to_bring: 1, undecided: 0 },
            ),
            (
                &[("foreign", "no"), ("applicant", "agent")],
                &["application-form", "id-card", "power-of-attorney", "agent-id-card"],
                &[],
                ChecklistTotals { documents: 4, originals: 4, copies: 3, no_need_to_bring: 1, undecided: 0 },
            ),
            (
                &[("foreign", "yes"), ("applicant", "agent")],
                &["application-form", "id-card", "power-of-attorney", "agent-id-card", "foreign-approval"],
                &[],
                ChecklistTotals { documents: 5, originals: 5, copies: 4, no_need_to_bring: 1, undecided: 0 },
            ),
            // Before the answers, what every case needs is counted and the rest waits.
            (
                &[],
                &["application-form", "id-card"],
                &["power-of-attorney", "agent-id-card", "foreign-approval"],
                ChecklistTotals { documents: 2, originals: 2, copies: 1, no_need_to_bring: 1, undecided: 3 },
            ),
        ];
        for (given, to_bring, undecided, totals) in table {
            let answers = Answers::parse(&given.iter().map(|(q, o)| format!("{q}.{o}")).collect::<Vec<_>>().join("_"));
            let list = Checklist::for_answers(&guide, &answers);
            assert_eq!(ids(&list.to_bring), to_bring, "{given:?}");
            assert_eq!(ids(&list.undecided), undecided, "{given:?}");
            assert_eq!(ids(&list.no_need_to_bring), ["business-licence"], "{given:?}");
            assert_eq!(list.totals(), totals, "{given:?}");
        }
    }

    #[test]
    fn ticks_count_only_for_materials_still_needed() {
        let guide = guide();
        let ticked: HashSet<String> = ["application-form", "power-of-attorney", "agent-id-card"].map(String::from).into();
        let agent = Answers::from([("foreign", "no"), ("applicant", "agent")]);
        let list = Checklist::for_answers(&guide, &agent);
        assert_eq!(list.progress(&ticked), Progress { ticked: 3, total: 4 });
        let own = Answers::from([("foreign", "no"), ("applicant", "self")]);
        let list = Checklist::for_answers(&guide, &own);
        let progress = list.progress(&ticked);
        assert_eq!(progress, Progress { ticked: 1, total: 2 });
        assert!(!progress.is_ready(true));
        let all: HashSet<String> = ["application-form", "id-card"].map(String::from).into();
        assert!(list.progress(&all).is_ready(true));
        assert!(!list.progress(&all).is_ready(false), "not ready while a question is open");
    }
}
