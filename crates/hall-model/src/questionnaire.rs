//! The questions of an item's guide: which one to ask next, which ones no longer matter,
//! and which materials the answers select. The same walk runs in the app (one question at
//! a time), in the validator (every path through the questions) and in the tests.
//!
//! Rules, in one place:
//! - Questions are asked in their listed order. A question is asked when every condition
//!   of its `ask_if` holds (they name earlier questions only) *and* it still matters: some
//!   material, or some later question that still matters, depends on it and is not already
//!   ruled out by earlier answers. A question that is not asked has no answer, and every
//!   condition on it is false.
//! - A condition holds when its question was asked and answered with one of `any_of`; it is
//!   undecided while that question is still to come.
//! - A material is needed when all of its `when` conditions hold, not needed as soon as one
//!   fails, and undecided otherwise.

use std::collections::{BTreeMap, HashSet};

use crate::{Condition, Material, Question};

/// A question as the walk sees it: the API's [`Question`] and the stored record alike.
pub trait Asked {
    fn id(&self) -> &str;
    fn option_ids(&self) -> Vec<&str>;
    fn ask_if(&self) -> &[Condition];
}

/// Anything that applies only when its conditions hold: a material.
pub trait Conditional {
    fn id(&self) -> &str;
    fn when(&self) -> &[Condition];
}

impl Asked for Question {
    fn id(&self) -> &str {
        &self.id
    }
    fn option_ids(&self) -> Vec<&str> {
        self.options.iter().map(|o| o.id.as_str()).collect()
    }
    fn ask_if(&self) -> &[Condition] {
        &self.ask_if
    }
}

impl Conditional for Material {
    fn id(&self) -> &str {
        &self.id
    }
    fn when(&self) -> &[Condition] {
        &self.when
    }
}

/// A citizen's answers: question id → option id. Holds no personal data, so it may live
/// in a URL and on the device.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers(BTreeMap<String, String>);

/// Ids are `[a-z0-9-]+`, so `.` and `_` can separate them and the encoded answers never
/// need percent-encoding in a URL.
pub fn is_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Answers {
    /// Reads `applicant.agent_case.renewal`. Malformed pairs are dropped, never an error:
    /// a link cut short by a chat app still opens, with the answers it still carries.
    pub fn parse(encoded: &str) -> Answers {
        let mut answers = Answers::default();
        for pair in encoded.split('_') {
            if let Some((question, option)) = pair.split_once('.')
                && is_id(question)
                && is_id(option)
            {
                answers.0.insert(question.to_owned(), option.to_owned());
            }
        }
        answers
    }

    /// The compact form for URLs and storage, in question-id order.
    pub fn encode(&self) -> String {
        self.0.iter().map(|(q, o)| format!("{q}.{o}")).collect::<Vec<_>>().join("_")
    }

    pub fn get(&self, question: &str) -> Option<&str> {
        self.0.get(question).map(String::as_str)
    }

    pub fn set(&mut self, question: &str, option: &str) {
        self.0.insert(question.to_owned(), option.to_owned());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// (question, option) pairs in question-id order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(q, o)| (q.as_str(), o.as_str()))
    }
}

impl<const N: usize> From<[(&str, &str); N]> for Answers {
    fn from(pairs: [(&str, &str); N]) -> Answers {
        Answers(pairs.iter().map(|(q, o)| ((*q).to_owned(), (*o).to_owned())).collect())
    }
}

/// Three-valued truth: conditions on questions still to come are undecided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Truth {
    Yes,
    No,
    Undecided,
}

/// Where each question stands after the answers given so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionState<'a> {
    /// Asked and answered with this option id.
    Answered(&'a str),
    /// Not asked: its `ask_if` fails, or nothing depends on it any more.
    Skipped,
    /// The question to ask now.
    Current,
    /// After the current question; `likely` when it may still be asked.
    Upcoming { likely: bool },
}

/// The answers applied to an item's questions.
#[derive(Debug, Clone)]
pub struct Walk<'a, Q: Asked, M: Conditional> {
    questions: &'a [Q],
    materials: &'a [M],
    states: Vec<QuestionState<'a>>,
    /// Decided questions: `Some(option)` when answered, `None` when skipped.
    known: BTreeMap<&'a str, Option<&'a str>>,
}

impl<'a, Q: Asked, M: Conditional> Walk<'a, Q, M> {
    pub fn new(questions: &'a [Q], materials: &'a [M], answers: &Answers) -> Self {
        let mut walk = Walk { questions, materials, states: Vec::with_capacity(questions.len()), known: BTreeMap::new() };
        let mut current = None;
        for (index, question) in questions.iter().enumerate() {
            if current.is_some() {
                walk.states.push(QuestionState::Upcoming { likely: false });
                continue;
            }
            let asked = walk.truth(question.ask_if()) == Truth::Yes && walk.matters(index);
            let answer = answers.get(question.id()).and_then(|given| question.option_ids().into_iter().find(|o| *o == given));
            let state = match (asked, answer) {
                (false, _) => QuestionState::Skipped,
                (true, Some(option)) => QuestionState::Answered(option),
                (true, None) => {
                    current = Some(index);
                    QuestionState::Current
                }
            };
            if state != QuestionState::Current {
                walk.known.insert(question.id(), if let QuestionState::Answered(o) = state { Some(o) } else { None });
            }
            walk.states.push(state);
        }
        if let Some(current) = current {
            for (index, question) in questions.iter().enumerate().skip(current + 1) {
                let likely = walk.truth(question.ask_if()) != Truth::No && walk.matters(index);
                walk.states[index] = QuestionState::Upcoming { likely };
            }
        }
        walk
    }

    /// Whether `conditions` all hold with the answers so far.
    pub fn truth(&self, conditions: &[Condition]) -> Truth {
        self.truth_except(conditions, None)
    }

    fn truth_except(&self, conditions: &[Condition], except: Option<&str>) -> Truth {
        let mut truth = Truth::Yes;
        for condition in conditions.iter().filter(|c| Some(c.question.as_str()) != except) {
            match self.known.get(condition.question.as_str()) {
                Some(Some(option)) if condition.any_of.iter().any(|o| o == option) => {}
                Some(_) => return Truth::No,
                None => truth = Truth::Undecided,
            }
        }
        truth
    }

    /// Whether some material, or some later question that matters, depends on question
    /// `index` and is not ruled out by the questions decided so far.
    fn matters(&self, index: usize) -> bool {
        let id = self.questions[index].id();
        let names = |conditions: &[Condition]| conditions.iter().any(|c| c.question == id);
        self.materials.iter().any(|m| names(m.when()) && self.truth_except(m.when(), Some(id)) != Truth::No)
            || self.questions[index + 1..]
                .iter()
                .enumerate()
                .any(|(offset, later)| names(later.ask_if()) && self.truth_except(later.ask_if(), Some(id)) != Truth::No && self.matters(index + 1 + offset))
    }

    pub fn states(&self) -> impl Iterator<Item = (&'a Q, QuestionState<'a>)> + '_ {
        self.questions.iter().zip(self.states.iter().copied())
    }

    pub fn state_of(&self, question: &str) -> Option<QuestionState<'a>> {
        self.questions.iter().position(|q| q.id() == question).map(|i| self.states[i])
    }

    /// The question to ask now; `None` once every question that matters is answered.
    pub fn current(&self) -> Option<&'a Q> {
        self.states.iter().position(|s| *s == QuestionState::Current).map(|i| &self.questions[i])
    }

    pub fn is_complete(&self) -> bool {
        self.current().is_none()
    }

    /// The questions asked and their answers, in order.
    pub fn answered(&self) -> Vec<(&'a Q, &'a str)> {
        self.states()
            .filter_map(|(q, s)| match s {
                QuestionState::Answered(option) => Some((q, option)),
                _ => None,
            })
            .collect()
    }

    /// "Question `number` of `total`" for the question `shown` (the current one, or an
    /// answered one being changed): asked questions count, skipped ones do not, and
    /// upcoming ones count while they may still be asked.
    pub fn position(&self, shown: &str) -> (usize, usize) {
        let mut number = 0;
        let mut total = 0;
        for (question, state) in self.states() {
            if matches!(state, QuestionState::Answered(_) | QuestionState::Current | QuestionState::Upcoming { likely: true }) {
                total += 1;
                if question.id() == shown {
                    number = total;
                }
            }
        }
        (number.max(1), total.max(1))
    }

    /// The question asked before `shown` (for a back button); `None` at the first one.
    pub fn previous(&self, shown: &str) -> Option<&'a Q> {
        let mut previous = None;
        for (question, state) in self.states() {
            if question.id() == shown {
                return previous;
            }
            if let QuestionState::Answered(_) = state {
                previous = Some(question);
            }
        }
        previous
    }

    /// The answers that count: those to questions asked. For URLs and storage, so that a
    /// shared link carries no stale answers.
    pub fn effective_answers(&self) -> Answers {
        Answers(self.answered().into_iter().map(|(q, o)| (q.id().to_owned(), o.to_owned())).collect())
    }

    /// Whether a material is needed (`Yes`), not needed (`No`), or depends on questions
    /// still to come.
    pub fn material_truth(&self, material: &M) -> Truth {
        self.truth(material.when())
    }

    pub fn materials(&self) -> &'a [M] {
        self.materials
    }
}

/// One way through an item's questions, found by [`every_path`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    pub answers: Answers,
    /// Ids of the materials these answers select.
    pub materials: Vec<String>,
}

/// Past this many complete paths an item's questionnaire is too big to check (and too
/// long for a citizen); the validator reports it instead of enumerating on.
pub const MAX_PATHS: usize = 4096;

/// Every complete way through the questions, as the app walks them. `None` when there are
/// more than [`MAX_PATHS`].
pub fn every_path<Q: Asked, M: Conditional>(questions: &[Q], materials: &[M]) -> Option<Vec<Path>> {
    let mut paths = Vec::new();
    let mut pending = vec![Answers::default()];
    while let Some(answers) = pending.pop() {
        let walk = Walk::new(questions, materials, &answers);
        match walk.current() {
            Some(question) => {
                for option in question.option_ids() {
                    let mut next = answers.clone();
                    next.set(question.id(), option);
                    pending.push(next);
                }
            }
            None => {
                let selected = materials.iter().filter(|m| walk.material_truth(m) == Truth::Yes).map(|m| m.id().to_owned()).collect();
                paths.push(Path { answers, materials: selected });
                if paths.len() > MAX_PATHS {
                    return None;
                }
            }
        }
    }
    paths.sort_by_key(|p| p.answers.encode());
    Some(paths)
}

/// Checks an item's questions and materials; returns every problem, each naming the
/// question or material, prefixed with `at` (e.g. "item 101100000001").
pub fn validate<Q: Asked, M: Conditional>(at: &str, questions: &[Q], materials: &[M]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for question in questions {
        let here = format!("{at}, question {}", question.id());
        if !is_id(question.id()) {
            problems.push(format!("{here}: ids are lower-case letters, digits and hyphens"));
        }
        if seen.contains(&question.id()) {
            problems.push(format!("{here}: id used twice"));
        }
        let options = question.option_ids();
        if options.len() < 2 {
            problems.push(format!("{here}: a question needs at least two options"));
        }
        let unique: HashSet<&str> = options.iter().copied().collect();
        if unique.len() != options.len() || options.iter().any(|o| !is_id(o)) {
            problems.push(format!("{here}: option ids must be unique ids (lower-case letters, digits, hyphens)"));
        }
        check_conditions(&here, "ask_if", question.ask_if(), questions, Some(&seen), &mut problems);
        seen.push(question.id());
    }
    let mut material_ids = HashSet::new();
    for material in materials {
        let here = format!("{at}, material {}", material.id());
        if !material_ids.insert(material.id()) {
            problems.push(format!("{here}: id used twice"));
        }
        check_conditions(&here, "when", material.when(), questions, None, &mut problems);
    }
    if !problems.is_empty() {
        return problems; // Paths through broken questions would only repeat the problems.
    }
    for (index, question) in questions.iter().enumerate() {
        let names = |conditions: &[Condition]| conditions.iter().any(|c| c.question == question.id());
        if !materials.iter().any(|m| names(m.when())) && !questions[index + 1..].iter().any(|q| names(q.ask_if())) {
            problems.push(format!("{at}, question {}: no material or later question depends on it", question.id()));
        }
    }
    let Some(paths) = every_path(questions, materials) else {
        problems.push(format!("{at}: more than {MAX_PATHS} ways through the questions; split the item or ask fewer questions"));
        return problems;
    };
    for question in questions {
        if !paths.iter().any(|p| p.answers.get(question.id()).is_some()) {
            problems.push(format!("{at}, question {}: can never be asked (its ask_if cannot hold, or nothing it decides can still apply)", question.id()));
        }
    }
    for material in materials {
        if !paths.iter().any(|p| p.materials.iter().any(|m| m == material.id())) {
            problems.push(format!("{at}, material {}: no answers select it (its conditions contradict each other or the questions' ask_if)", material.id()));
        }
    }
    problems
}

pub(crate) fn check_conditions<Q: Asked>(
    here: &str,
    field: &str,
    conditions: &[Condition],
    questions: &[Q],
    earlier: Option<&[&str]>,
    problems: &mut Vec<String>,
) {
    let mut named = HashSet::new();
    for condition in conditions {
        let Some(question) = questions.iter().find(|q| q.id() == condition.question) else {
            problems.push(format!("{here}: {field} names unknown question {:?}", condition.question));
            continue;
        };
        if let Some(earlier) = earlier
            && !earlier.contains(&question.id())
        {
            problems.push(format!("{here}: {field} may name only earlier questions, not {:?}", condition.question));
        }
        if !named.insert(condition.question.as_str()) {
            problems.push(format!("{here}: {field} names question {:?} twice (contradictory or redundant)", condition.question));
        }
        if condition.any_of.is_empty() {
            problems.push(format!("{here}: {field} on {:?} lists no option, so it can never hold", condition.question));
        }
        let options = question.option_ids();
        for option in &condition.any_of {
            if !options.contains(&option.as_str()) {
                problems.push(format!("{here}: {field} names unknown option {option:?} of question {:?}", condition.question));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AnswerOption;

    fn cond(question: &str, any_of: &[&str]) -> Condition {
        Condition { question: question.into(), any_of: any_of.iter().map(|s| (*s).to_owned()).collect() }
    }

    fn question(id: &str, options: &[&str], ask_if: Vec<Condition>) -> Question {
        Question {
            id: id.into(),
            text: id.into(),
            help: None,
            options: options.iter().map(|o| AnswerOption { id: (*o).into(), label: (*o).into(), help: None }).collect(),
            ask_if,
            lang: crate::Lang::ZhCn,
        }
    }

    fn material(id: &str, when: Vec<Condition>) -> Material {
        Material {
            id: id.into(),
            name: id.into(),
            originals: 1,
            copies: 0,
            format: crate::MaterialFormat::Paper,
            source: String::new(),
            exempt_by_sharing: false,
            notes: None,
            when,
            sample: None,
            lang: crate::Lang::ZhCn,
        }
    }

    /// Business registration: company type, then (for companies only) a foreign investor,
    /// then who hands it in.
    fn questions() -> Vec<Question> {
        vec![
            question("case", &["company", "sole", "partnership"], vec![]),
            question("foreign", &["yes", "no"], vec![cond("case", &["company"])]),
            question("applicant", &["self", "agent"], vec![]),
        ]
    }

    fn materials() -> Vec<Material> {
        vec![
            material("application", vec![]),
            material("articles", vec![cond("case", &["company"])]),
            material("agreement", vec![cond("case", &["partnership"])]),
            material("foreign-approval", vec![cond("foreign", &["yes"])]),
            material("power-of-attorney", vec![cond("applicant", &["agent"])]),
            material("agent-id", vec![cond("applicant", &["agent"])]),
        ]
    }

    #[test]
    fn answers_round_trip_and_forgive_damage() {
        let answers = Answers::from([("case", "company"), ("applicant", "agent")]);
        assert_eq!(answers.encode(), "applicant.agent_case.company");
        assert_eq!(Answers::parse(&answers.encode()), answers);
        assert_eq!(Answers::parse("case.company_applicant"), Answers::from([("case", "company")]));
        assert_eq!(Answers::parse("Case.<b>_x.y"), Answers::from([("x", "y")]));
        assert!(Answers::parse("").is_empty());
    }

    #[test]
    fn questions_are_asked_in_order_and_only_while_they_matter() {
        let (questions, materials) = (questions(), materials());
        // (answers, current question, position of it, answered)
        #[allow(clippy::type_complexity)]
        let table: &[(&[(&str, &str)], Option<&str>, (usize, usize))] = &[
            (&[], Some("case"), (1, 3)),
            (&[("case", "company")], Some("foreign"), (2, 3)),
            // A sole proprietor is never asked about foreign investors.
            (&[("case", "sole")], Some("applicant"), (2, 2)),
            (&[("case", "company"), ("foreign", "no")], Some("applicant"), (3, 3)),
            (&[("case", "sole"), ("applicant", "agent")], None, (1, 2)),
            // An answer to a question that is not asked is ignored.
            (&[("case", "sole"), ("foreign", "yes")], Some("applicant"), (2, 2)),
            // An unknown option is no answer.
            (&[("case", "ltd")], Some("case"), (1, 3)),
        ];
        for (given, current, position) in table {
            let answers = Answers(given.iter().map(|(q, o)| ((*q).to_owned(), (*o).to_owned())).collect());
            let walk = Walk::new(&questions, &materials, &answers);
            assert_eq!(walk.current().map(|q| q.id.as_str()), *current, "{given:?}");
            let shown = current.unwrap_or("case");
            assert_eq!(walk.position(shown), *position, "{given:?}");
        }
    }

    #[test]
    fn a_question_nothing_depends_on_any_more_is_skipped() {
        // The agent question decides only the agent's ID, which the hall fetches for
        // people filing online; once "online" is chosen nothing depends on it.
        let questions = vec![question("channel", &["online", "counter"], vec![]), question("applicant", &["self", "agent"], vec![])];
        let materials = vec![material("agent-id", vec![cond("channel", &["counter"]), cond("applicant", &["agent"])])];
        let walk = Walk::new(&questions, &materials, &Answers::from([("channel", "online")]));
        assert!(walk.is_complete());
        assert_eq!(walk.state_of("applicant"), Some(QuestionState::Skipped));
        let walk = Walk::new(&questions, &materials, &Answers::from([("channel", "counter")]));
        assert_eq!(walk.current().map(|q| q.id.as_str()), Some("applicant"));
    }

    #[test]
    fn materials_follow_the_answers() {
        let (questions, materials) = (questions(), materials());
        let paths = every_path(&questions, &materials).unwrap();
        let table: &[(&str, &[&str])] = &[
            ("applicant.agent_case.company_foreign.yes", &["application", "articles", "foreign-approval", "power-of-attorney", "agent-id"]),
            ("applicant.self_case.company_foreign.no", &["application", "articles"]),
            ("applicant.self_case.partnership", &["application", "agreement"]),
            ("applicant.agent_case.sole", &["application", "power-of-attorney", "agent-id"]),
        ];
        assert_eq!(paths.len(), 8, "3 company paths × … : {paths:#?}");
        for (answers, expected) in table {
            let path = paths.iter().find(|p| p.answers.encode() == *answers).unwrap_or_else(|| panic!("path {answers}"));
            assert_eq!(path.materials, *expected, "{answers}");
        }
        // Before any answer, only what every case needs is certain.
        let walk = Walk::new(&questions, &materials, &Answers::default());
        let truths: Vec<Truth> = materials.iter().map(|m| walk.material_truth(m)).collect();
        assert_eq!(truths[0], Truth::Yes);
        assert!(truths[1..].iter().all(|t| *t == Truth::Undecided));
    }

    #[test]
    fn back_goes_to_the_previous_asked_question() {
        let (questions, materials) = (questions(), materials());
        let walk = Walk::new(&questions, &materials, &Answers::from([("case", "sole")]));
        assert_eq!(walk.previous("applicant").map(|q| q.id.as_str()), Some("case"));
        assert_eq!(walk.previous("case"), None);
        let walk = Walk::new(&questions, &materials, &Answers::from([("case", "company"), ("foreign", "no"), ("applicant", "self")]));
        assert_eq!(walk.previous("applicant").map(|q| q.id.as_str()), Some("foreign"));
        assert_eq!(walk.effective_answers().encode(), "applicant.self_case.company_foreign.no");
    }

    #[test]
    fn the_validator_names_each_broken_question_and_material() {
        let table: Vec<(Vec<Question>, Vec<Material>, &str)> = vec![
            (questions(), materials(), ""),
            (
                vec![question("a", &["x", "y"], vec![cond("b", &["x"])]), question("b", &["x", "y"], vec![])],
                vec![material("m", vec![cond("a", &["x"])]), material("n", vec![cond("b", &["x"])])],
                "question a: ask_if may name only earlier questions",
            ),
            (vec![question("a", &["x"], vec![])], vec![material("m", vec![cond("a", &["x"])])], "question a: a question needs at least two options"),
            (
                vec![question("a", &["x", "y"], vec![]), question("b", &["x", "y"], vec![cond("a", &["x"])])],
                vec![material("m", vec![cond("b", &["x"]), cond("a", &["y"])]), material("n", vec![cond("a", &["x"])])],
                "material m: no answers select it",
            ),
            (
                vec![question("a", &["x", "y"], vec![]), question("b", &["x", "y"], vec![])],
                vec![material("m", vec![cond("a", &["x"])])],
                "question b: no material or later question depends on it",
            ),
            (
                vec![question("a", &["x", "y"], vec![]), question("b", &["x", "y"], vec![cond("a", &["x"])])],
                vec![material("m", vec![cond("a", &["x"]), cond("a", &["y"])]), material("n", vec![cond("b", &["y"])])],
                "material m: when names question \"a\" twice",
            ),
            (vec![question("a", &["x", "y"], vec![])], vec![material("m", vec![cond("a", &["z"])])], "material m: when names unknown option \"z\""),
            (
                vec![question("a", &["x", "y"], vec![]), question("b", &["x", "y"], vec![cond("a", &[])])],
                vec![material("m", vec![cond("b", &["x"])])],
                "lists no option",
            ),
        ];
        for (questions, materials, expected) in table {
            let problems = validate("item 1", &questions, &materials);
            if expected.is_empty() {
                assert!(problems.is_empty(), "{problems:?}");
            } else {
                assert!(problems.iter().any(|p| p.contains(expected) && p.starts_with("item 1")), "expected {expected:?} in {problems:?}");
            }
        }
    }
}
