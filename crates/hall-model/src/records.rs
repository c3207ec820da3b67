//! The catalogue as it is stored and seeded: every text in all its languages.
//!
//! `crates/hall-server/data/demo.json` is a [`CatalogueRecords`]; the server keeps these
//! records in its database and resolves them to the API's one-language types
//! ([`ItemGuide`], [`ItemSummary`], …) per request with the functions here.

use serde::{Deserialize, Serialize};

use crate::questionnaire::{Asked, Conditional};
use crate::standard::{
    Applicant, ConditionRecord, FaqRecord, IntermediaryRecord, OnlineDepth, ResultRecord, Scope, SpecialProcedureRecord, StepRecord, Translated, Visits,
};
use crate::{
    AnswerOption, AppointmentNeed, Condition, Date, Fee, GeoPoint, HallLevel, HallRef, HallServices, ItemCategory, ItemGuide, ItemKind, ItemSummary, Lang,
    LocalizedText, Material, MaterialFormat, OpeningHours, Question, Window,
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogueRecords {
    pub regions: Vec<RegionRecord>,
    pub items: Vec<ItemRecord>,
    pub halls: Vec<HallRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionRecord {
    pub code: String,
    pub name: LocalizedText,
    #[serde(default)]
    pub children: Vec<RegionRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemRecord {
    pub code: String,
    pub name: LocalizedText,
    pub department: LocalizedText,
    pub kind: ItemKind,
    pub category: ItemCategory,
    pub legal_limit_days: u32,
    pub promised_limit_days: u32,
    pub on_the_spot: bool,
    pub fee_fen: u32,
    pub fee_note: Option<LocalizedText>,
    /// The fee's parts by situation; empty when `fee_fen` is the fee in every case.
    #[serde(default)]
    pub fees: Vec<FeeRecord>,
    pub online: bool,
    /// The online service's address (网上办理), for an `online` item that has one:
    /// `https://` only ([`crate::online_url::check`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_url: Option<String>,
    pub legal_basis: LocalizedText,
    pub appointment: AppointmentNeed,
    pub questions: Vec<QuestionRecord>,
    pub materials: Vec<MaterialRecord>,
    // The national standard's other elements ([`crate::standard`]). Each is optional in the
    // JSON so that a record missing one is refused by [`CatalogueRecords::validate`] with
    // the item's code and the field named, not by a parse error.
    /// 办理对象.
    #[serde(default)]
    pub applicants: Vec<Applicant>,
    /// 受理条件.
    #[serde(default)]
    pub conditions: Vec<ConditionRecord>,
    /// 到办事现场次数.
    #[serde(default)]
    pub visits: Option<u8>,
    #[serde(default)]
    pub visits_reason: Option<LocalizedText>,
    /// 办理流程.
    #[serde(default)]
    pub steps: Vec<StepRecord>,
    /// 办理结果.
    #[serde(default)]
    pub result: Option<ResultRecord>,
    /// 特别程序.
    #[serde(default)]
    pub special_procedures: Vec<SpecialProcedureRecord>,
    /// 数量限制.
    #[serde(default)]
    pub quantity_limit: Option<LocalizedText>,
    /// 中介服务.
    #[serde(default)]
    pub intermediaries: Vec<IntermediaryRecord>,
    /// 网上办理深度.
    #[serde(default)]
    pub online_depth: Option<OnlineDepth>,
    /// The online service's address for phones (移动端), `https://` only.
    #[serde(default)]
    pub online_mobile_url: Option<String>,
    /// 通办范围.
    #[serde(default)]
    pub scope: Option<Scope>,
    /// 咨询电话 of the department.
    #[serde(default)]
    pub enquiry_phone: String,
    /// 常见问题.
    #[serde(default)]
    pub faq: Vec<FaqRecord>,
    /// The guide's version, counting from 1, and the date it was last updated.
    #[serde(default)]
    pub version: u32,
    #[serde(default)]
    pub updated: Option<Date>,
}

/// A part of an item's fee as stored: [`crate::Fee`] with its label in every language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeRecord {
    pub fen: u32,
    pub label: LocalizedText,
    #[serde(default)]
    pub when: Vec<Condition>,
    #[serde(default)]
    pub extra: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionRecord {
    pub id: String,
    pub text: LocalizedText,
    pub help: Option<LocalizedText>,
    pub options: Vec<AnswerOptionRecord>,
    #[serde(default)]
    pub ask_if: Vec<Condition>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerOptionRecord {
    pub id: String,
    pub label: LocalizedText,
    pub help: Option<LocalizedText>,
}

impl QuestionRecord {
    /// The language the question, its help and its options are shown in.
    pub fn lang(&self, lang: Lang) -> Lang {
        let options = self.options.iter().flat_map(|o| std::iter::once(&o.label).chain(o.help.as_ref()));
        LocalizedText::choose(std::iter::once(&self.text).chain(self.help.as_ref()).chain(options), lang)
    }
}

impl Asked for QuestionRecord {
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

impl Conditional for MaterialRecord {
    fn id(&self) -> &str {
        &self.id
    }
    fn when(&self) -> &[Condition] {
        &self.when
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MaterialRecord {
    pub id: String,
    pub name: LocalizedText,
    pub originals: u32,
    pub copies: u32,
    pub format: MaterialFormat,
    pub source: LocalizedText,
    pub exempt_by_sharing: bool,
    pub notes: Option<LocalizedText>,
    #[serde(default)]
    pub when: Vec<Condition>,
    #[serde(default)]
    pub sample: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HallRecord {
    pub code: String,
    pub region: String,
    pub level: HallLevel,
    pub name: LocalizedText,
    pub address: LocalizedText,
    pub location: Option<GeoPoint>,
    pub opening_hours: Vec<OpeningHours>,
    pub hours_note: Option<LocalizedText>,
    pub hotline: String,
    pub supervision_phone: String,
    pub services: HallServices,
    pub windows: Vec<WindowRecord>,
    /// Item codes, in the order the hall lists them.
    pub items: Vec<String>,
    /// How to get there by public transport (metro lines, stations, bus stops).
    #[serde(default)]
    pub transport: Option<LocalizedText>,
    /// Where to park, and whether it is free.
    #[serde(default)]
    pub parking: Option<LocalizedText>,
}

impl HallRecord {
    /// The language the hall's name, address and hours note are shown in.
    pub fn lang(&self, lang: Lang) -> Lang {
        LocalizedText::choose([&self.name, &self.address].into_iter().chain(self.hours_note.as_ref()), lang)
    }

    /// The hall as an item guide names it, in `lang` or, as a whole, in zh-CN.
    pub fn reference(&self, lang: Lang) -> HallRef {
        let lang = self.lang(lang);
        HallRef {
            code: self.code.clone(),
            name: self.name.get(lang),
            address: self.address.get(lang),
            opening_hours: self.opening_hours.clone(),
            hours_note: opt(&self.hours_note, lang),
            appointments: self.services.appointments,
            postal_delivery: self.services.postal_delivery,
            hotline: self.hotline.clone(),
            supervision_phone: self.supervision_phone.clone(),
            lang,
        }
    }
}

impl WindowRecord {
    pub fn resolve(&self, lang: Lang) -> Window {
        let (name, lang) = self.name.resolve(lang);
        Window { number: self.number.clone(), name: name.to_owned(), item_count: self.items.len() as u32, lang }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowRecord {
    pub number: String,
    pub name: LocalizedText,
    pub items: Vec<String>,
}

fn opt(text: &Option<LocalizedText>, lang: Lang) -> Option<String> {
    text.as_ref().map(|t| t.get(lang)).filter(|t| !t.is_empty())
}

impl ItemRecord {
    /// The language the item's own texts (name, department, fee note, legal basis) are
    /// shown in when `lang` is asked for.
    pub fn lang(&self, lang: Lang) -> Lang {
        let fees = self.fees.iter().map(|f| &f.label);
        LocalizedText::choose([&self.name, &self.department, &self.legal_basis].into_iter().chain(self.fee_note.as_ref()).chain(fees), lang)
    }

    /// The guide in `lang`. Each record (the item, a question with its options, a
    /// material) falls back to zh-CN as a whole when any of its texts is untranslated.
    pub fn guide(&self, lang: Lang, hall: Option<HallRef>, windows: Vec<Window>) -> ItemGuide {
        let requested = lang;
        let lang = self.lang(requested);
        ItemGuide {
            lang,
            code: self.code.clone(),
            name: self.name.get(lang),
            department: self.department.get(lang),
            kind: self.kind,
            category: self.category,
            legal_limit_days: self.legal_limit_days,
            promised_limit_days: self.promised_limit_days,
            on_the_spot: self.on_the_spot,
            fee_fen: self.fee_fen,
            fee_note: opt(&self.fee_note, lang),
            fees: self.fees.iter().map(|f| Fee { fen: f.fen, label: f.label.get(lang), when: f.when.clone(), extra: f.extra }).collect(),
            online: self.online,
            online_url: self.online_url.clone(),
            legal_basis: self.legal_basis.get(lang),
            appointment: self.appointment,
            questions: self
                .questions
                .iter()
                .map(|q| (q, q.lang(requested)))
                .map(|(q, lang)| Question {
                    lang,
                    id: q.id.clone(),
                    text: q.text.get(lang),
                    help: opt(&q.help, lang),
                    options: q.options.iter().map(|o| AnswerOption { id: o.id.clone(), label: o.label.get(lang), help: opt(&o.help, lang) }).collect(),
                    ask_if: q.ask_if.clone(),
                })
                .collect(),
            materials: self
                .materials
                .iter()
                .map(|m| (m, LocalizedText::choose([&m.name, &m.source].into_iter().chain(m.notes.as_ref()), requested)))
                .map(|(m, lang)| Material {
                    lang,
                    id: m.id.clone(),
                    name: m.name.get(lang),
                    originals: m.originals,
                    copies: m.copies,
                    format: m.format,
                    source: m.source.get(lang),
                    exempt_by_sharing: m.exempt_by_sharing,
                    notes: opt(&m.notes, lang),
                    when: m.when.clone(),
                    sample: m.sample.clone(),
                })
                .collect(),
            applicants: self.applicants.clone(),
            conditions: self.conditions.iter().map(|c| c.resolve(requested)).collect(),
            visits: {
                let reason = self.visits_reason.as_ref().map(|r| Translated::of(r, requested));
                Visits { count: self.visits.unwrap_or(1), lang: reason.as_ref().map_or(lang, |r| r.lang), reason: reason.map(|r| r.text) }
            },
            steps: self.steps.iter().map(|s| s.resolve(requested)).collect(),
            result: self.result.as_ref().map(|r| r.resolve(requested, hall.as_ref().map(|h| h.postal_delivery))),
            special_procedures: self.special_procedures.iter().map(|p| p.resolve(requested)).collect(),
            quantity_limit: self.quantity_limit.as_ref().map(|q| Translated::of(q, requested)),
            intermediaries: self.intermediaries.iter().map(|i| i.resolve(requested)).collect(),
            online_depth: self.online_depth.unwrap_or(if self.online { OnlineDepth::OnlineAcceptance } else { OnlineDepth::Information }),
            online_mobile_url: self.online_mobile_url.clone(),
            scope: self.scope.unwrap_or(Scope::HallOnly),
            enquiry_phone: self.enquiry_phone.clone(),
            faq: self.faq.iter().map(|f| f.resolve(requested)).collect(),
            version: self.version,
            updated: self.updated,
            hall,
            windows,
        }
    }
}

/// What a hall's item list needs of an item, stored apart from the full record so that a
/// list of 1,500 items never decodes 1,500 full guides.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ItemSummaryRecord {
    pub code: String,
    pub name: LocalizedText,
    pub department: LocalizedText,
    pub kind: ItemKind,
    pub category: ItemCategory,
    pub promised_limit_days: u32,
    pub on_the_spot: bool,
    pub online: bool,
    /// The languages the item's own texts are complete in ([`ItemRecord::lang`]), so that
    /// the list shows an item in the same language as its guide.
    pub translated: Vec<Lang>,
}

impl From<&ItemRecord> for ItemSummaryRecord {
    fn from(item: &ItemRecord) -> Self {
        ItemSummaryRecord {
            code: item.code.clone(),
            name: item.name.clone(),
            department: item.department.clone(),
            kind: item.kind,
            category: item.category,
            promised_limit_days: item.promised_limit_days,
            on_the_spot: item.on_the_spot,
            online: item.online,
            translated: Lang::ALL.into_iter().filter(|&lang| item.lang(lang) == lang).collect(),
        }
    }
}

impl ItemSummaryRecord {
    /// The list entry in `lang`, in the same language as the item's guide.
    pub fn resolve(&self, lang: Lang) -> ItemSummary {
        let lang = if self.translated.contains(&lang) { lang } else { Lang::REFERENCE };
        ItemSummary {
            code: self.code.clone(),
            name: self.name.get(lang),
            department: self.department.get(lang),
            kind: self.kind,
            category: self.category,
            promised_limit_days: self.promised_limit_days,
            on_the_spot: self.on_the_spot,
            online: self.online,
            lang,
        }
    }
}

impl CatalogueRecords {
    /// Every region of the tree, parents before children.
    pub fn regions_flat(&self) -> Vec<&RegionRecord> {
        fn walk<'a>(regions: &'a [RegionRecord], out: &mut Vec<&'a RegionRecord>) {
            for region in regions {
                out.push(region);
                walk(&region.children, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.regions, &mut out);
        out
    }

    /// Checks what the database cannot: codes unique and well-formed, every reference
    /// resolving, levels matching regions, every text present in zh-CN. Returns every
    /// problem found, each naming the record, so a data editor can fix them all at once.
    pub fn validate(&self) -> Vec<String> {
        use std::collections::HashSet;
        let mut problems = Vec::new();
        let mut region_codes = HashSet::new();
        for region in self.regions_flat() {
            match crate::RegionCode::parse(&region.code) {
                Err(e) => problems.push(format!("region {}: {e}", region.code)),
                Ok(code) => {
                    for child in &region.children {
                        if let Ok(child_code) = crate::RegionCode::parse(&child.code)
                            && child_code.parent().as_ref() != Some(&code)
                        {
                            problems.push(format!("region {}: listed under {}, which is not its parent", child.code, region.code));
                        }
                    }
                }
            }
            if !region_codes.insert(region.code.as_str()) {
                problems.push(format!("region {}: code used twice", region.code));
            }
            if !region.name.has_reference() {
                problems.push(format!("region {}: name has no zh-CN text", region.code));
            }
        }
        let mut item_codes = HashSet::new();
        for item in &self.items {
            let at = format!("item {}", item.code);
            if !item_codes.insert(item.code.as_str()) {
                problems.push(format!("{at}: code used twice"));
            }
            if item.code.is_empty() || !item.code.bytes().all(|b| b.is_ascii_alphanumeric()) {
                problems.push(format!("{at}: code must be letters and digits"));
            }
            for (field, text) in [("name", &item.name), ("department", &item.department), ("legal_basis", &item.legal_basis)] {
                if !text.has_reference() {
                    problems.push(format!("{at}: {field} has no zh-CN text"));
                }
            }
            if item.promised_limit_days > item.legal_limit_days {
                problems.push(format!("{at}: promised time limit exceeds the legal one"));
            }
            if item.on_the_spot != (item.promised_limit_days == 0) {
                problems.push(format!("{at}: on_the_spot must be true exactly when the promised time limit is 0"));
            }
            if let Some(url) = &item.online_url {
                if let Err(problem) = crate::online_url::check(url) {
                    problems.push(format!("{at}: online_url {}", problem.describe()));
                }
                if !item.online {
                    problems.push(format!("{at}: online_url is given but online is false"));
                }
            }
            for question in &item.questions {
                let at = format!("{at}, question {}", question.id);
                if !question.text.has_reference() || question.options.iter().any(|o| !o.label.has_reference()) {
                    problems.push(format!("{at}: text or an option's label has no zh-CN text"));
                }
            }
            for material in &item.materials {
                let at = format!("{at}, material {}", material.id);
                if !material.name.has_reference() {
                    problems.push(format!("{at}: name has no zh-CN text"));
                }
                if material.originals + material.copies == 0 {
                    problems.push(format!("{at}: neither an original nor a copy is asked for"));
                }
            }
            problems.extend(crate::questionnaire::validate(&at, &item.questions, &item.materials));
            problems.extend(crate::fees::validate(&at, item));
            problems.extend(crate::standard::validate(&at, item));
        }
        let mut hall_codes = HashSet::new();
        for hall in &self.halls {
            let at = format!("hall {}", hall.code);
            if !hall_codes.insert(hall.code.as_str()) {
                problems.push(format!("{at}: code used twice"));
            }
            match crate::RegionCode::parse(&hall.region) {
                Ok(region) if region_codes.contains(hall.region.as_str()) => {
                    if HallLevel::for_region(region.level()) != hall.level {
                        problems.push(format!("{at}: level {} does not match region {}", hall.level.as_str(), hall.region));
                    }
                }
                _ => problems.push(format!("{at}: unknown region {}", hall.region)),
            }
            if !hall.name.has_reference() || !hall.address.has_reference() {
                problems.push(format!("{at}: name or address has no zh-CN text"));
            }
            let offered: HashSet<&str> = hall.items.iter().map(String::as_str).collect();
            if offered.len() != hall.items.len() {
                problems.push(format!("{at}: an item is listed twice"));
            }
            for code in &hall.items {
                if !item_codes.contains(code.as_str()) {
                    problems.push(format!("{at}: unknown item {code}"));
                }
            }
            for window in &hall.windows {
                for code in &window.items {
                    if !offered.contains(code.as_str()) {
                        problems.push(format!("{at}, window {}: item {code} is not offered by the hall", window.number));
                    }
                }
            }
            for span in &hall.opening_hours {
                let valid_time = |t: &str| {
                    t.len() == 5 && t.as_bytes()[2] == b':' && t[..2].parse::<u8>().is_ok_and(|h| h < 24) && t[3..].parse::<u8>().is_ok_and(|m| m < 60)
                };
                if !valid_time(&span.open) || !valid_time(&span.close) || span.open >= span.close {
                    problems.push(format!("{at}: opening hours {}–{} are not a valid span", span.open, span.close));
                }
                if span.weekdays.iter().any(|d| !(1..=7).contains(d)) {
                    problems.push(format!("{at}: weekdays are 1 (Monday) to 7 (Sunday)"));
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MaterialFormat;

    fn text(zh: &str, es: Option<&str>) -> LocalizedText {
        let mut pairs = vec![(Lang::ZhCn, zh)];
        pairs.extend(es.map(|es| (Lang::Es, es)));
        LocalizedText::new(&pairs)
    }

    fn item(department_es: Option<&str>, source_es: Option<&str>) -> ItemRecord {
        ItemRecord {
            code: "330000001001".into(),
            name: text("结婚登记", Some("Registro de matrimonio")),
            department: text("民政局", department_es),
            kind: ItemKind::AdministrativeConfirmation,
            category: ItemCategory::Family,
            legal_limit_days: 1,
            promised_limit_days: 0,
            on_the_spot: true,
            fee_fen: 0,
            fee_note: None,
            fees: vec![],
            online: false,
            online_url: None,
            legal_basis: text("《婚姻登记条例》", Some("Reglamento de registro de matrimonio")),
            appointment: AppointmentNeed::Recommended,
            questions: vec![QuestionRecord {
                id: "who".into(),
                text: text("谁来办理？", Some("¿Quién hace el trámite?")),
                help: None,
                options: vec![
                    AnswerOptionRecord { id: "self".into(), label: text("本人", Some("Usted")), help: None },
                    AnswerOptionRecord { id: "agent".into(), label: text("代办人", None), help: None },
                ],
                ask_if: vec![],
            }],
            materials: vec![MaterialRecord {
                id: "id-card".into(),
                name: text("居民身份证", Some("Documento de identidad")),
                originals: 1,
                copies: 0,
                format: MaterialFormat::Paper,
                source: text("公安机关", source_es),
                exempt_by_sharing: false,
                notes: None,
                when: vec![],
                sample: None,
            }],
            applicants: vec![Applicant::NaturalPerson],
            conditions: vec![ConditionRecord { text: text("男女双方自愿结婚", None), when: vec![] }],
            visits: Some(1),
            visits_reason: None,
            steps: vec![StepRecord {
                name: text("受理", None),
                handler: text("婚姻登记窗口", None),
                limit_days: Some(0),
                applicant_acts: false,
                channel: Default::default(),
                stage: None,
                note: None,
            }],
            result: Some(ResultRecord {
                name: text("结婚证", None),
                kind: crate::ResultKind::Licence,
                validity: None,
                delivery: vec![crate::Delivery::Window],
                sample: None,
            }),
            special_procedures: vec![],
            quantity_limit: None,
            intermediaries: vec![],
            online_depth: Some(OnlineDepth::Information),
            online_mobile_url: None,
            scope: Some(Scope::ProvinceWide),
            enquiry_phone: "0571-87051234".into(),
            faq: vec![],
            version: 1,
            updated: Date::parse("2026-11-20"),
        }
    }

    #[test]
    fn a_record_with_every_text_translated_is_shown_in_the_requested_language() {
        let guide = item(Some("Oficina de Asuntos Civiles"), Some("Policía")).guide(Lang::Es, None, vec![]);
        assert_eq!((guide.lang, guide.name.as_str(), guide.department.as_str()), (Lang::Es, "Registro de matrimonio", "Oficina de Asuntos Civiles"));
        assert_eq!((guide.materials[0].lang, guide.materials[0].source.as_str()), (Lang::Es, "Policía"));
    }

    #[test]
    fn a_record_with_one_untranslated_text_falls_back_to_chinese_as_a_whole() {
        let record = item(None, None);
        let guide = record.guide(Lang::Es, None, vec![]);
        // The department lacks Spanish, so the item's name is Chinese too: never half and half.
        assert_eq!((guide.lang, guide.name.as_str(), guide.department.as_str()), (Lang::ZhCn, "结婚登记", "民政局"));
        let material = &guide.materials[0];
        assert_eq!((material.lang, material.name.as_str(), material.source.as_str()), (Lang::ZhCn, "居民身份证", "公安机关"));
        // One option lacks Spanish: the question and all its options are Chinese.
        let question = &guide.questions[0];
        assert_eq!((question.lang, question.text.as_str(), question.options[0].label.as_str()), (Lang::ZhCn, "谁来办理？", "本人"));
        // The hall's list shows the item in the same language as its guide.
        let summary = ItemSummaryRecord::from(&record).resolve(Lang::Es);
        assert_eq!((summary.lang, summary.name.as_str()), (Lang::ZhCn, "结婚登记"));
        let translated = ItemSummaryRecord::from(&item(Some("Oficina de Asuntos Civiles"), None)).resolve(Lang::Es);
        assert_eq!((translated.lang, translated.name.as_str()), (Lang::Es, "Registro de matrimonio"));
    }

    #[test]
    fn the_validator_names_an_online_url_that_is_not_https_or_belongs_to_an_item_not_online() {
        let cases: &[(bool, Option<&str>, &[&str])] = &[
            (true, Some("https://online.hall-guide.example/items/330000001001"), &[]),
            (true, None, &[]),
            (false, None, &[]),
            (true, Some("http://online.hall-guide.example/"), &["item 330000001001: online_url must start with https://"]),
            (true, Some("javascript:alert(1)"), &["item 330000001001: online_url must start with https://"]),
            (true, Some("https://www.gov.cn@evil.example/"), &["item 330000001001: online_url has a user part (user@) before the host"]),
            (false, Some("https://online.hall-guide.example/"), &["item 330000001001: online_url is given but online is false"]),
        ];
        for &(online, url, expected) in cases {
            let records =
                CatalogueRecords { regions: vec![], items: vec![ItemRecord { online, online_url: url.map(str::to_owned), ..item(None, None) }], halls: vec![] };
            // The sample item's one question decides nothing: only the address's problems count here.
            let problems: Vec<String> = records.validate().into_iter().filter(|p| p.contains("online_url")).collect();
            assert_eq!(problems, expected, "online {online}, {url:?}");
        }
    }

    #[test]
    fn the_guide_carries_the_online_url_and_a_record_without_one_still_reads() {
        let record = ItemRecord { online: true, online_url: Some("https://online.hall-guide.example/items/1".into()), ..item(None, None) };
        assert_eq!(record.guide(Lang::ZhCn, None, vec![]).online_url.as_deref(), Some("https://online.hall-guide.example/items/1"));
        let mut json = serde_json::to_value(item(None, None)).expect("serialises");
        assert!(json.get("online_url").is_none(), "no address, no field");
        json.as_object_mut().unwrap().remove("online_url");
        let read: ItemRecord = serde_json::from_value(json).expect("a record stored before online_url reads");
        assert_eq!(read.online_url, None);
    }

    #[test]
    fn an_item_missing_a_national_standard_element_is_refused_with_its_code_and_the_field() {
        // The sample item's one question decides nothing: only the new elements' problems count here.
        let validate = |record: ItemRecord| -> Vec<String> {
            CatalogueRecords { regions: vec![], items: vec![record], halls: vec![] }.validate().into_iter().filter(|p| !p.contains("question who")).collect()
        };
        let complete = item(None, None);
        assert_eq!(validate(complete.clone()), Vec::<String>::new());
        let cases: Vec<(ItemRecord, &str)> = vec![
            (ItemRecord { conditions: vec![], ..complete.clone() }, "item 330000001001: conditions is missing (受理条件: at least one)"),
            (ItemRecord { steps: vec![], ..complete.clone() }, "item 330000001001: steps is missing (办理流程: at least one)"),
            (ItemRecord { result: None, ..complete.clone() }, "item 330000001001: result is missing (办理结果)"),
            (ItemRecord { visits: None, ..complete.clone() }, "item 330000001001: visits is missing (到办事现场次数)"),
            (ItemRecord { visits: Some(2), ..complete.clone() }, "item 330000001001: visits_reason is missing (why more than one visit)"),
            (ItemRecord { visits: Some(0), ..complete.clone() }, "item 330000001001: visits must be 0 exactly when online_depth is fully_online"),
            (ItemRecord { online_depth: None, ..complete.clone() }, "item 330000001001: online_depth is missing (网上办理深度)"),
            (
                ItemRecord { online_depth: Some(OnlineDepth::OnlineAcceptance), ..complete.clone() },
                "item 330000001001: online_depth online_acceptance does not match online false",
            ),
            (ItemRecord { scope: None, ..complete.clone() }, "item 330000001001: scope is missing (通办范围)"),
            (
                ItemRecord { applicants: vec![], ..complete.clone() },
                "item 330000001001: applicants is missing (who may apply: natural_person, legal_person, other_organization)",
            ),
            (
                ItemRecord { enquiry_phone: "javascript:alert(1)".into(), ..complete.clone() },
                "item 330000001001: enquiry_phone is missing or not a phone number (digits and hyphens, e.g. 0571-87051234)",
            ),
            (ItemRecord { updated: None, ..complete.clone() }, "item 330000001001: updated is missing (the guide's date, YYYY-MM-DD)"),
            (
                ItemRecord {
                    conditions: vec![ConditionRecord {
                        text: text("代办须有委托", None),
                        when: vec![Condition { question: "who".into(), any_of: vec!["boss".into()] }],
                    }],
                    ..complete.clone()
                },
                "item 330000001001: conditions has none that applies to everyone",
            ),
            (
                ItemRecord {
                    conditions: vec![ConditionRecord {
                        text: text("代办须有委托", None),
                        when: vec![Condition { question: "who".into(), any_of: vec!["boss".into()] }],
                    }],
                    ..complete.clone()
                },
                "item 330000001001, condition 1: when names unknown option \"boss\" of question \"who\"",
            ),
            (
                ItemRecord { steps: vec![StepRecord { limit_days: Some(2), ..complete.steps[0].clone() }], ..complete.clone() },
                "item 330000001001: steps take 2 working days (window channel), more than the legal limit of 1",
            ),
        ];
        for (record, expected) in cases {
            let problems = validate(record);
            assert!(problems.iter().any(|p| p == expected), "expected {expected:?} in {problems:?}");
        }
        // A stored record of an older format (no new elements) reads, and is refused by name.
        let mut json = serde_json::to_value(&complete).unwrap();
        for field in ["conditions", "steps", "result", "visits", "scope"] {
            json.as_object_mut().unwrap().remove(field);
        }
        let old: ItemRecord = serde_json::from_value(json).expect("reads");
        assert_eq!(validate(old).len(), 5);
    }

    #[test]
    fn each_new_element_falls_back_to_chinese_on_its_own() {
        let mut record = item(Some("Oficina"), Some("Policía"));
        record.conditions.push(ConditionRecord { text: LocalizedText::new(&[(Lang::ZhCn, "年满18周岁"), (Lang::Es, "Mayor de 18 años")]), when: vec![] });
        let guide = record.guide(Lang::Es, None, vec![]);
        // The first condition has no Spanish: it alone is in Chinese; the item stays Spanish.
        assert_eq!(guide.lang, Lang::Es);
        assert_eq!((guide.conditions[0].lang, guide.conditions[1].lang), (Lang::ZhCn, Lang::Es));
        assert_eq!(guide.conditions[1].text, "Mayor de 18 años");
        assert_eq!(guide.steps[0].lang, Lang::ZhCn);
    }
}
