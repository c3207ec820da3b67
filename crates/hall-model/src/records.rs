//! The catalogue as it is stored and seeded: every text in all its languages.
//!
//! `crates/hall-server/data/demo.json` is a [`CatalogueRecords`]; the server keeps these
//! records in its database and resolves them to the API's one-language types
//! ([`ItemGuide`], [`ItemSummary`], …) per request with the functions here.

use serde::{Deserialize, Serialize};

use crate::{
    AnswerOption, AppointmentNeed, Condition, GeoPoint, HallLevel, HallRef, HallServices, ItemCategory, ItemGuide, ItemKind,
    ItemSummary, Lang, LocalizedText, Material, MaterialFormat, OpeningHours, Question, Window,
};
use crate::questionnaire::{Asked, Conditional};

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
    pub online: bool,
    pub legal_basis: LocalizedText,
    pub appointment: AppointmentNeed,
    pub questions: Vec<QuestionRecord>,
    pub materials: Vec<MaterialRecord>,
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
    /// The guide in `lang`, each text falling back to zh-CN on its own.
    pub fn guide(&self, lang: Lang, hall: Option<HallRef>, windows: Vec<Window>) -> ItemGuide {
        let (name, name_lang) = self.name.resolve(lang);
        ItemGuide {
            lang: name_lang,
            code: self.code.clone(),
            name: name.to_owned(),
            department: self.department.get(lang),
            kind: self.kind,
            category: self.category,
            legal_limit_days: self.legal_limit_days,
            promised_limit_days: self.promised_limit_days,
            on_the_spot: self.on_the_spot,
            fee_fen: self.fee_fen,
            fee_note: opt(&self.fee_note, lang),
            online: self.online,
            legal_basis: self.legal_basis.get(lang),
            appointment: self.appointment,
            questions: self
                .questions
                .iter()
                .map(|q| Question {
                    id: q.id.clone(),
                    text: q.text.get(lang),
                    help: opt(&q.help, lang),
                    options: q
                        .options
                        .iter()
                        .map(|o| AnswerOption { id: o.id.clone(), label: o.label.get(lang), help: opt(&o.help, lang) })
                        .collect(),
                    ask_if: q.ask_if.clone(),
                })
                .collect(),
            materials: self
                .materials
                .iter()
                .map(|m| Material {
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
        }
    }
}

impl ItemSummaryRecord {
    /// The list entry in `lang`, each text falling back to zh-CN on its own.
    pub fn resolve(&self, lang: Lang) -> ItemSummary {
        let (name, name_lang) = self.name.resolve(lang);
        ItemSummary {
            code: self.code.clone(),
            name: name.to_owned(),
            department: self.department.get(lang),
            kind: self.kind,
            category: self.category,
            promised_limit_days: self.promised_limit_days,
            on_the_spot: self.on_the_spot,
            online: self.online,
            lang: name_lang,
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
                        if let Ok(child_code) = crate::RegionCode::parse(&child.code) {
                            if child_code.parent().as_ref() != Some(&code) {
                                problems.push(format!("region {}: listed under {}, which is not its parent", child.code, region.code));
                            }
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
                let valid_time = |t: &str| t.len() == 5 && t.as_bytes()[2] == b':' && t[..2].parse::<u8>().is_ok_and(|h| h < 24) && t[3..].parse::<u8>().is_ok_and(|m| m < 60);
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
