//! The elements of the national item-guide standard (办事指南 / 实施清单, GB/T 32169) beyond
//! materials, fees and time limits: who may apply and on what conditions (受理条件), how
//! many visits it takes (到办事现场次数), the steps after handing in (办理流程), the result
//! (办理结果), special procedures, quantity limits, intermediary services, online depth,
//! where else it can be handled (通办范围), FAQ, and the guide's version and date.
//!
//! Each element exists twice, as every catalogue text does: a record holding every
//! language (`…Record`, part of [`crate::records::ItemRecord`]) and the API's resolved
//! type in one language. Records that belong together fall back to zh-CN as a whole.

use serde::{Deserialize, Serialize};

use crate::{Condition, Lang, LocalizedText, Status};

/// 办理对象 / 服务对象.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Applicant {
    /// 自然人
    NaturalPerson,
    /// 法人
    LegalPerson,
    /// 其他组织
    OtherOrganization,
}

/// Which way of handing in a step belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// At the window and online alike.
    #[default]
    Both,
    Window,
    Online,
}

/// What an application's status a step corresponds to, so that the tracking page names
/// the status with the item's own step. In the order an application goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// 受理
    Accept,
    /// 审查 / 审核
    Review,
    /// 决定
    Decide,
    /// 制证
    Make,
    /// 送达 / 领取
    Deliver,
}

impl Stage {
    /// The stage an application's status belongs to; `None` for statuses no step names
    /// (submitted, correction needed, completed).
    pub fn of(status: Status) -> Option<Stage> {
        match status {
            Status::Accepted => Some(Stage::Accept),
            Status::UnderReview => Some(Stage::Review),
            Status::Approved | Status::Refused => Some(Stage::Decide),
            Status::CertificateMade => Some(Stage::Make),
            Status::ReadyForPickup | Status::Posted => Some(Stage::Deliver),
            Status::Submitted | Status::CorrectionNeeded | Status::Completed => None,
        }
    }
}

/// The step (its index in `steps`) an application's status is at: the first step of the
/// status's stage; `None` when no step names that stage.
pub fn step_of(steps: &[Step], status: Status) -> Option<usize> {
    let stage = Stage::of(status)?;
    steps.iter().position(|s| s.stage == Some(stage))
}

/// The step that comes next for an application at `status`: after the step it is at, or
/// for one just handed in, the acceptance step; `None` once decided against, completed, or
/// while a correction is awaited (the applicant acts then), and when no step is named.
pub fn next_step(steps: &[Step], status: Status) -> Option<&Step> {
    let from = match status {
        Status::Submitted => steps.iter().position(|s| s.stage == Some(Stage::Accept))?,
        Status::Refused | Status::Completed | Status::CorrectionNeeded => return None,
        _ => {
            let at = step_of(steps, status)?;
            let stage = steps[at].stage;
            // Past every step of the same stage (two review steps are one stage).
            at + steps[at..].iter().take_while(|s| s.stage == stage).count()
        }
    };
    steps.get(from)
}

/// 办理结果类型.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultKind {
    /// 证照: a licence, certificate or card.
    Licence,
    /// 批文 / 决定书.
    Approval,
    /// 备案 / 登记回执.
    Filing,
    /// 证明文书 / 确认书.
    Certificate,
    /// 待遇 / 给付: money paid to the applicant.
    Payment,
}

/// How the result reaches the applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// 窗口领取
    Window,
    /// 邮寄送达 (free; only where the hall offers postal delivery)
    Post,
    /// 电子证照 / 网上下载
    Electronic,
}

/// 网上办理深度, from publishing the guide only to handling without any visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OnlineDepth {
    /// 信息发布
    Information,
    /// 表格下载 / 在线咨询
    Forms,
    /// 网上预审: checked online, then handed in at the window.
    PreReview,
    /// 网上受理: handed in online, originals checked once.
    OnlineAcceptance,
    /// 全程网办: no visit.
    FullyOnline,
}

impl OnlineDepth {
    /// Whether the item can be applied for online (the item's `online` flag).
    pub fn is_online(self) -> bool {
        self >= OnlineDepth::OnlineAcceptance
    }
}

/// 通办范围: where the item can be handled, for a citizen away from home.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// 全国通办
    Nationwide,
    /// 跨省通办
    CrossProvince,
    /// 全省通办
    ProvinceWide,
    /// 全市通办
    CityWide,
    /// 全县（区）通办
    CountyWide,
    /// 属地办理: only at the hall of one's own registration.
    HallOnly,
}

/// A condition of acceptance (受理条件) as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConditionRecord {
    pub text: LocalizedText,
    /// Applies when every condition holds; empty: to everyone.
    #[serde(default)]
    pub when: Vec<Condition>,
}

/// A condition of acceptance in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptanceCondition {
    pub text: String,
    /// Applies when every condition holds (the same answers as the materials'); empty: to
    /// everyone.
    pub when: Vec<Condition>,
    pub lang: Lang,
}

/// A step of the procedure (办理流程) as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRecord {
    pub name: LocalizedText,
    /// Who handles it, e.g. 综合受理窗口, or 申请人.
    pub handler: LocalizedText,
    /// Working days; 0: the same day; `None`: no limit of its own.
    pub limit_days: Option<u32>,
    /// The applicant must do something in this step.
    pub applicant_acts: bool,
    #[serde(default)]
    pub channel: Channel,
    #[serde(default)]
    pub stage: Option<Stage>,
    #[serde(default)]
    pub note: Option<LocalizedText>,
}

/// A step of the procedure in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub name: String,
    pub handler: String,
    /// Working days; 0: the same day; null: no limit of its own.
    pub limit_days: Option<u32>,
    pub applicant_acts: bool,
    pub channel: Channel,
    pub stage: Option<Stage>,
    pub note: Option<String>,
    pub lang: Lang,
}

/// The result (办理结果) as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultRecord {
    pub name: LocalizedText,
    pub kind: ResultKind,
    /// 有效期, e.g. 长期有效 or 5年; `None` where it does not apply.
    pub validity: Option<LocalizedText>,
    pub delivery: Vec<Delivery>,
    /// A sample of the result (样本), a URL, if any.
    #[serde(default)]
    pub sample: Option<String>,
}

/// The result in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemResult {
    pub name: String,
    pub kind: ResultKind,
    pub validity: Option<String>,
    /// How it reaches the applicant; for a guide asked with a hall, postal delivery only
    /// where that hall offers it.
    pub delivery: Vec<Delivery>,
    pub sample: Option<String>,
    pub lang: Lang,
}

/// 特别程序 as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecialProcedureRecord {
    pub name: LocalizedText,
    pub limit_days: u32,
    /// Whether its days count in the legal time limit (usually not: 不计入法定办结时限).
    pub counts_in_limit: bool,
}

/// 特别程序 in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecialProcedure {
    pub name: String,
    pub limit_days: u32,
    pub counts_in_limit: bool,
    pub lang: Lang,
}

/// 中介服务 as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntermediaryRecord {
    pub name: LocalizedText,
    pub charged: bool,
}

/// 中介服务 in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Intermediary {
    pub name: String,
    pub charged: bool,
    pub lang: Lang,
}

/// 常见问题 as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaqRecord {
    pub question: LocalizedText,
    pub answer: LocalizedText,
}

/// 常见问题 in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Faq {
    pub question: String,
    pub answer: String,
    pub lang: Lang,
}

/// 到办事现场次数, with why when more than one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visits {
    pub count: u8,
    pub reason: Option<String>,
    /// The language of `reason`.
    pub lang: Lang,
}

/// A single text in one language, with the language it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translated {
    pub text: String,
    pub lang: Lang,
}

impl Translated {
    pub fn of(text: &LocalizedText, lang: Lang) -> Translated {
        let (text, lang) = text.resolve(lang);
        Translated { text: text.to_owned(), lang }
    }
}

impl ConditionRecord {
    pub fn resolve(&self, lang: Lang) -> AcceptanceCondition {
        let (text, lang) = self.text.resolve(lang);
        AcceptanceCondition { text: text.to_owned(), when: self.when.clone(), lang }
    }
}

impl StepRecord {
    pub fn resolve(&self, requested: Lang) -> Step {
        let lang = LocalizedText::choose([&self.name, &self.handler].into_iter().chain(self.note.as_ref()), requested);
        Step {
            name: self.name.get(lang),
            handler: self.handler.get(lang),
            limit_days: self.limit_days,
            applicant_acts: self.applicant_acts,
            channel: self.channel,
            stage: self.stage,
            note: self.note.as_ref().map(|n| n.get(lang)),
            lang,
        }
    }
}

impl ResultRecord {
    pub fn resolve(&self, requested: Lang, postal_delivery: Option<bool>) -> ItemResult {
        let lang = LocalizedText::choose(std::iter::once(&self.name).chain(self.validity.as_ref()), requested);
        ItemResult {
            name: self.name.get(lang),
            kind: self.kind,
            validity: self.validity.as_ref().map(|v| v.get(lang)),
            delivery: self.delivery.iter().copied().filter(|d| *d != Delivery::Post || postal_delivery != Some(false)).collect(),
            sample: self.sample.clone(),
            lang,
        }
    }
}

impl SpecialProcedureRecord {
    pub fn resolve(&self, lang: Lang) -> SpecialProcedure {
        let (name, lang) = self.name.resolve(lang);
        SpecialProcedure { name: name.to_owned(), limit_days: self.limit_days, counts_in_limit: self.counts_in_limit, lang }
    }
}

impl IntermediaryRecord {
    pub fn resolve(&self, lang: Lang) -> Intermediary {
        let (name, lang) = self.name.resolve(lang);
        Intermediary { name: name.to_owned(), charged: self.charged, lang }
    }
}

impl FaqRecord {
    pub fn resolve(&self, requested: Lang) -> Faq {
        let lang = LocalizedText::choose([&self.question, &self.answer], requested);
        Faq { question: self.question.get(lang), answer: self.answer.get(lang), lang }
    }
}

/// Whether `phone` is a number a `tel:` link can dial: digits with single hyphens between
/// groups, e.g. `0571-87051234` or `12345`.
pub fn is_phone(phone: &str) -> bool {
    !phone.is_empty() && phone.len() <= 20 && phone.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

/// The `tel:` URI of a phone number as printed (`0571-87051234` → `tel:057187051234`).
pub fn tel_uri(phone: &str) -> String {
    format!("tel:{}", phone.replace('-', ""))
}

/// Checks an item's national-standard elements; returns every problem, prefixed with `at`
/// and naming the field, so an editor sees exactly what to fix.
pub fn validate(at: &str, item: &crate::records::ItemRecord) -> Vec<String> {
    let mut problems = Vec::new();
    let mut missing_zh = |field: String, text: &LocalizedText| {
        if !text.has_reference() {
            problems.push(format!("{at}: {field} has no zh-CN text"));
        }
    };
    for (n, c) in item.conditions.iter().enumerate() {
        missing_zh(format!("conditions[{n}].text"), &c.text);
    }
    for (n, s) in item.steps.iter().enumerate() {
        missing_zh(format!("steps[{n}].name"), &s.name);
        missing_zh(format!("steps[{n}].handler"), &s.handler);
    }
    if let Some(result) = &item.result {
        missing_zh("result.name".into(), &result.name);
    }
    for (n, p) in item.special_procedures.iter().enumerate() {
        missing_zh(format!("special_procedures[{n}].name"), &p.name);
    }
    for (n, i) in item.intermediaries.iter().enumerate() {
        missing_zh(format!("intermediaries[{n}].name"), &i.name);
    }
    for (n, f) in item.faq.iter().enumerate() {
        missing_zh(format!("faq[{n}].question"), &f.question);
        missing_zh(format!("faq[{n}].answer"), &f.answer);
    }
    if item.applicants.is_empty() {
        problems.push(format!("{at}: applicants is missing (who may apply: natural_person, legal_person, other_organization)"));
    }
    if item.conditions.is_empty() {
        problems.push(format!("{at}: conditions is missing (受理条件: at least one)"));
    } else if item.conditions.iter().all(|c| !c.when.is_empty()) {
        problems.push(format!("{at}: conditions has none that applies to everyone"));
    }
    for (n, c) in item.conditions.iter().enumerate() {
        crate::questionnaire::check_conditions(&format!("{at}, condition {}", n + 1), "when", &c.when, &item.questions, None, &mut problems);
    }
    let visits = item.visits.unwrap_or(1);
    match item.visits {
        None => problems.push(format!("{at}: visits is missing (到办事现场次数)")),
        Some(6..) => problems.push(format!("{at}: visits must be 0 to 5")),
        Some(_) => {}
    }
    match item.online_depth {
        None => problems.push(format!("{at}: online_depth is missing (网上办理深度)")),
        Some(depth) => {
            if item.visits.is_some() && (visits == 0) != (depth == OnlineDepth::FullyOnline) {
                problems.push(format!("{at}: visits must be 0 exactly when online_depth is fully_online"));
            }
            if item.online != depth.is_online() {
                problems.push(format!("{at}: online_depth {} does not match online {}", depth.as_str(), item.online));
            }
        }
    }
    if item.scope.is_none() {
        problems.push(format!("{at}: scope is missing (通办范围)"));
    }
    match (&item.visits_reason, visits > 1) {
        (None, true) => problems.push(format!("{at}: visits_reason is missing (why more than one visit)")),
        (Some(reason), true) => {
            if !reason.has_reference() {
                problems.push(format!("{at}: visits_reason has no zh-CN text"));
            }
        }
        (Some(_), false) => problems.push(format!("{at}: visits_reason is given but visits is at most 1")),
        (None, false) => {}
    }
    if let Some(url) = &item.online_mobile_url {
        if let Err(problem) = crate::online_url::check(url) {
            problems.push(format!("{at}: online_mobile_url {}", problem.describe()));
        }
        if !item.online {
            problems.push(format!("{at}: online_mobile_url is given but online is false"));
        }
    }
    if item.steps.is_empty() {
        problems.push(format!("{at}: steps is missing (办理流程: at least one)"));
    }
    for channel in [Channel::Window, Channel::Online] {
        let total: u32 =
            item.steps.iter().filter(|s| !s.applicant_acts && (s.channel == Channel::Both || s.channel == channel)).filter_map(|s| s.limit_days).sum();
        if total > item.legal_limit_days {
            problems.push(format!(
                "{at}: steps take {total} working days ({} channel), more than the legal limit of {}",
                channel.as_str(),
                item.legal_limit_days
            ));
        }
    }
    match &item.result {
        None => problems.push(format!("{at}: result is missing (办理结果)")),
        Some(result) if result.delivery.is_empty() => problems.push(format!("{at}: result.delivery is missing (how the result reaches the applicant)")),
        Some(_) => {}
    }
    for (n, p) in item.special_procedures.iter().enumerate() {
        if p.limit_days == 0 {
            problems.push(format!("{at}: special_procedures[{n}].limit_days must be at least 1"));
        }
    }
    if !is_phone(&item.enquiry_phone) {
        problems.push(format!("{at}: enquiry_phone is missing or not a phone number (digits and hyphens, e.g. 0571-87051234)"));
    }
    if item.version == 0 {
        problems.push(format!("{at}: version must be at least 1"));
    }
    if item.updated.is_none() {
        problems.push(format!("{at}: updated is missing (the guide's date, YYYY-MM-DD)"));
    }
    problems
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Both => "both",
            Channel::Window => "window",
            Channel::Online => "online",
        }
    }
}

impl OnlineDepth {
    pub fn as_str(self) -> &'static str {
        match self {
            OnlineDepth::Information => "information",
            OnlineDepth::Forms => "forms",
            OnlineDepth::PreReview => "pre_review",
            OnlineDepth::OnlineAcceptance => "online_acceptance",
            OnlineDepth::FullyOnline => "fully_online",
        }
    }
}

/// A guide with neutral national-standard elements, for tests that build one by hand.
#[cfg(test)]
pub(crate) fn blank_guide() -> crate::ItemGuide {
    crate::ItemGuide {
        lang: Lang::ZhCn,
        code: String::new(),
        name: String::new(),
        department: String::new(),
        kind: crate::ItemKind::PublicService,
        category: crate::ItemCategory::Identity,
        legal_limit_days: 0,
        promised_limit_days: 0,
        on_the_spot: true,
        fee_fen: 0,
        fee_note: None,
        fees: vec![],
        online: false,
        online_url: None,
        legal_basis: String::new(),
        appointment: crate::AppointmentNeed::NotNeeded,
        questions: vec![],
        materials: vec![],
        applicants: vec![Applicant::NaturalPerson],
        conditions: vec![],
        visits: Visits { count: 1, reason: None, lang: Lang::ZhCn },
        steps: vec![],
        result: None,
        special_procedures: vec![],
        quantity_limit: None,
        intermediaries: vec![],
        online_depth: OnlineDepth::Information,
        online_mobile_url: None,
        scope: Scope::HallOnly,
        enquiry_phone: String::new(),
        faq: vec![],
        version: 1,
        updated: None,
        hall: None,
        windows: vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_dial_without_their_hyphens() {
        for (phone, ok) in [
            ("0571-87051234", true),
            ("12345", true),
            ("028-8765-4321", true),
            ("", false),
            ("0571--1", false),
            ("-12345", false),
            ("0571 8705", false),
            ("javascript:1", false),
        ] {
            assert_eq!(is_phone(phone), ok, "{phone}");
        }
        assert_eq!(tel_uri("0571-87051234"), "tel:057187051234");
    }

    #[test]
    fn a_status_is_named_by_the_step_of_its_stage() {
        assert_eq!(Stage::of(Status::UnderReview), Some(Stage::Review));
        assert_eq!(Stage::of(Status::Refused), Some(Stage::Decide));
        assert_eq!(Stage::of(Status::Posted), Some(Stage::Deliver));
        assert_eq!(Stage::of(Status::CorrectionNeeded), None);
    }

    fn step(name: &str, stage: Option<Stage>) -> Step {
        Step { name: name.into(), handler: String::new(), limit_days: None, applicant_acts: false, channel: Channel::Both, stage, note: None, lang: Lang::ZhCn }
    }

    #[test]
    fn an_application_is_at_the_step_of_its_stage_and_the_next_one_follows() {
        let steps = [
            step("提交申请", None),
            step("受理", Some(Stage::Accept)),
            step("初审", Some(Stage::Review)),
            step("复审", Some(Stage::Review)),
            step("决定", Some(Stage::Decide)),
            step("送达", Some(Stage::Deliver)),
        ];
        assert_eq!(step_of(&steps, Status::UnderReview), Some(2));
        assert_eq!(step_of(&steps, Status::CertificateMade), None, "no 制证 step: the status keeps its own name");
        let next = |status| next_step(&steps, status).map(|s| s.name.as_str());
        assert_eq!(next(Status::Submitted), Some("受理"));
        assert_eq!(next(Status::Accepted), Some("初审"));
        assert_eq!(next(Status::UnderReview), Some("决定"), "both review steps are the review stage");
        assert_eq!(next(Status::Approved), Some("送达"));
        assert_eq!(next(Status::ReadyForPickup), None, "the last step");
        assert_eq!(next(Status::Refused), None);
        assert_eq!(next(Status::CorrectionNeeded), None);
    }

    #[test]
    fn postal_delivery_is_offered_only_where_the_hall_posts() {
        let result = ResultRecord {
            name: LocalizedText::new(&[(Lang::ZhCn, "营业执照")]),
            kind: ResultKind::Licence,
            validity: None,
            delivery: vec![Delivery::Window, Delivery::Post],
            sample: None,
        };
        assert_eq!(result.resolve(Lang::ZhCn, Some(false)).delivery, vec![Delivery::Window]);
        assert_eq!(result.resolve(Lang::ZhCn, Some(true)).delivery, vec![Delivery::Window, Delivery::Post]);
        assert_eq!(result.resolve(Lang::ZhCn, None).delivery, vec![Delivery::Window, Delivery::Post], "no hall asked: every way");
    }
}
