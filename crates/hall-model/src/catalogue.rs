//! The catalogue part of the public API: regions, halls, items and item guides.
//!
//! These are the JSON bodies of `/api/v1` exactly as `openapi.yaml` documents them. Every
//! text in them is already resolved to one language. Texts that belong together (an
//! item's name and department, a material's name, source and notes) are resolved
//! together: all in the requested language, or all in zh-CN when any is untranslated. The
//! record's `lang` says which, so the app can mark text in another language than the page
//! with its own `lang` attribute.

use serde::{Deserialize, Serialize};

use crate::Lang;
pub use crate::region_code::RegionLevel;
pub use crate::standard::{
    AcceptanceCondition, Applicant, Channel, Delivery, Faq, Intermediary, ItemResult, OnlineDepth, ResultKind, Scope, SpecialProcedure, Stage, Step,
    Translated, Visits,
};

/// One region in a list or breadcrumb.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionSummary {
    pub code: String,
    pub name: String,
    pub level: RegionLevel,
    /// Whether the region has regions below it (the app offers to drill down).
    pub has_children: bool,
    /// Halls in this region and every region below it.
    pub hall_count: u32,
    /// The language of `name` (zh-CN when it has no translation into the one asked for).
    pub lang: Lang,
}

/// `GET /api/v1/regions` (the provinces) and `GET /api/v1/regions/{code}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionView {
    pub lang: Lang,
    /// The region asked for; `None` at the top of the tree.
    pub region: Option<RegionSummary>,
    /// From the province down to the region's parent.
    pub ancestors: Vec<RegionSummary>,
    pub children: Vec<RegionSummary>,
}

/// The administrative level of a hall (its region's level).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HallLevel {
    Provincial,
    Prefecture,
    County,
    Township,
}

impl HallLevel {
    pub const ALL: [HallLevel; 4] = [HallLevel::Provincial, HallLevel::Prefecture, HallLevel::County, HallLevel::Township];

    pub fn as_str(self) -> &'static str {
        match self {
            HallLevel::Provincial => "provincial",
            HallLevel::Prefecture => "prefecture",
            HallLevel::County => "county",
            HallLevel::Township => "township",
        }
    }

    pub fn parse(s: &str) -> Option<HallLevel> {
        HallLevel::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// The level a hall in a region of `level` has.
    pub fn for_region(level: RegionLevel) -> HallLevel {
        match level {
            RegionLevel::Province => HallLevel::Provincial,
            RegionLevel::Prefecture => HallLevel::Prefecture,
            RegionLevel::County => HallLevel::County,
            RegionLevel::Township => HallLevel::Township,
        }
    }
}

/// What a hall offers beyond its counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct HallServices {
    /// 预约: slots can be booked in advance.
    pub appointments: bool,
    /// 邮寄送达: certificates can be posted to the applicant.
    pub postal_delivery: bool,
    /// 帮办代办: staff help fill in forms or act as agents, free of charge.
    pub agency_help: bool,
    /// 24小时自助: a self-service area open around the clock.
    pub self_service_24h: bool,
}

/// One hall in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HallSummary {
    pub code: String,
    pub name: String,
    pub level: HallLevel,
    pub region_code: String,
    /// The name of the hall's own region, e.g. 西湖区.
    pub region_name: String,
    pub address: String,
    pub services: HallServices,
    /// How far the hall is from the position the search gave (`at`), in metres; absent
    /// when the search gave none or the hall has no location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_m: Option<u32>,
    pub lang: Lang,
}

/// `GET /api/v1/halls`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HallList {
    pub lang: Lang,
    /// Halls matching the filter, of which `halls` is one page.
    pub total: u32,
    pub offset: u32,
    pub limit: u32,
    pub halls: Vec<HallSummary>,
}

/// A span of opening hours on some days of the week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// ISO weekdays: 1 = Monday … 7 = Sunday.
    pub weekdays: Vec<u8>,
    /// Local time, `HH:MM`, 24-hour clock.
    pub open: String,
    pub close: String,
}

/// A counter in a hall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    /// The number shown above the counter, e.g. `A01`.
    pub number: String,
    pub name: String,
    /// How many items the window serves.
    pub item_count: u32,
    /// The language of `name`.
    pub lang: Lang,
}

/// How many of a hall's items fall in a category (drives the hall page's category filter).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryCount {
    pub category: ItemCategory,
    pub count: u32,
}

/// `GET /api/v1/halls/{code}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hall {
    pub lang: Lang,
    pub code: String,
    pub name: String,
    pub level: HallLevel,
    /// From the province down to the hall's own region.
    pub region_path: Vec<RegionSummary>,
    pub address: String,
    pub location: Option<GeoPoint>,
    pub opening_hours: Vec<OpeningHours>,
    pub hours_note: Option<String>,
    /// The unified service hotline, usually 12345.
    pub hotline: String,
    /// The number to call with a complaint about the hall's service.
    pub supervision_phone: String,
    pub services: HallServices,
    pub windows: Vec<Window>,
    pub item_count: u32,
    pub categories: Vec<CategoryCount>,
    /// How to get there by public transport.
    #[serde(default)]
    pub transport: Option<Translated>,
    /// Where to park.
    #[serde(default)]
    pub parking: Option<Translated>,
    /// Days in the coming weeks on which the hall's usual hours do not apply, from the
    /// public-holiday calendar: closed holidays, and weekend days made working days (调休,
    /// open with the hours of `weekday`). With `opening_hours` they say whether the hall is
    /// open now ([`crate::opening::OpenState`]).
    #[serde(default)]
    pub exceptions: Vec<DayException>,
}

/// A day on which a hall's usual weekly hours do not apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayException {
    pub date: crate::Date,
    /// The weekday whose hours apply (调休: a Saturday worked as a Monday); `None`: closed.
    pub weekday: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GeoPoint {
    pub lat: f64,
    pub lng: f64,
}

/// The legal nature of an item (事项类型).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// 行政许可
    AdministrativeLicensing,
    /// 行政确认
    AdministrativeConfirmation,
    /// 公共服务
    PublicService,
    /// 行政给付
    AdministrativePayment,
    /// 其他行政权力
    OtherPower,
}

/// The life or business area an item belongs to, for browsing and filtering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemCategory {
    Business,
    Identity,
    Family,
    SocialSecurity,
    Medical,
    Housing,
    Transport,
    Construction,
    Health,
    Employment,
    Travel,
    CivilAffairs,
}

impl ItemCategory {
    pub const ALL: [ItemCategory; 12] = [
        ItemCategory::Business,
        ItemCategory::Identity,
        ItemCategory::Family,
        ItemCategory::SocialSecurity,
        ItemCategory::Medical,
        ItemCategory::Housing,
        ItemCategory::Transport,
        ItemCategory::Construction,
        ItemCategory::Health,
        ItemCategory::Employment,
        ItemCategory::Travel,
        ItemCategory::CivilAffairs,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemCategory::Business => "business",
            ItemCategory::Identity => "identity",
            ItemCategory::Family => "family",
            ItemCategory::SocialSecurity => "social_security",
            ItemCategory::Medical => "medical",
            ItemCategory::Housing => "housing",
            ItemCategory::Transport => "transport",
            ItemCategory::Construction => "construction",
            ItemCategory::Health => "health",
            ItemCategory::Employment => "employment",
            ItemCategory::Travel => "travel",
            ItemCategory::CivilAffairs => "civil_affairs",
        }
    }

    pub fn parse(s: &str) -> Option<ItemCategory> {
        ItemCategory::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// One item in a hall's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemSummary {
    pub code: String,
    pub name: String,
    pub department: String,
    pub kind: ItemKind,
    pub category: ItemCategory,
    /// Promised time limit in working days; 0 for items done on the spot.
    pub promised_limit_days: u32,
    /// 即办件: done while the citizen waits.
    pub on_the_spot: bool,
    /// 网上可办: can be applied for online.
    pub online: bool,
    pub lang: Lang,
}

/// `GET /api/v1/items?q=`: items found by name across the catalogue (any hall), the most
/// widely offered first; with no `q`, the most common items (热门事项).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemList {
    pub lang: Lang,
    /// How many items match (the list holds at most `limit` of them).
    pub total: u32,
    pub items: Vec<ItemSummary>,
}

/// `GET /api/v1/halls/{code}/items`: every item of the hall that matches the filter.
///
/// Not paginated: even the largest hall's list (≈1,500 items) is small compressed, and the
/// app filters it instantly on the device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HallItems {
    pub lang: Lang,
    pub hall_code: String,
    pub total: u32,
    pub items: Vec<ItemSummary>,
}

/// A question a citizen answers about their case (情形), asked one at a time on the
/// guide; the answers decide which materials apply (see [`crate::questionnaire`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Unique within the item: `[a-z0-9-]+`.
    pub id: String,
    pub text: String,
    /// Why it is asked or how to tell; `None` when the question speaks for itself.
    pub help: Option<String>,
    /// At least two.
    pub options: Vec<AnswerOption>,
    /// Asked only when every condition holds; conditions name earlier questions only.
    pub ask_if: Vec<Condition>,
    /// The language of the question's text, help and options (they fall back together).
    pub lang: Lang,
}

/// One answer a citizen can pick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerOption {
    /// Unique within the question: `[a-z0-9-]+`.
    pub id: String,
    pub label: String,
    pub help: Option<String>,
}

/// Holds when `question` was asked and answered with one of `any_of`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Condition {
    pub question: String,
    pub any_of: Vec<String>,
}

/// Whether a citizen should book before going to the hall for an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentNeed {
    /// Served only with a booked slot.
    Required,
    /// Walk-ins are served, but a booked slot saves the wait.
    Recommended,
    /// Walk in.
    NotNeeded,
}

/// The form a material must be handed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaterialFormat {
    Paper,
    Electronic,
    PaperOrElectronic,
}

/// One part of an item's fee (收费标准): what it is for, and the answers it applies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fee {
    pub fen: u32,
    /// What this part is for, e.g. "证件损坏换领的工本费".
    pub label: String,
    /// Charged when every condition holds; empty: in every case.
    #[serde(default)]
    pub when: Vec<Condition>,
    /// Charged in cases the questions do not decide (each extra certificate, a
    /// non-residential property): listed for the citizen, never added to the amount due.
    #[serde(default)]
    pub extra: bool,
}

/// A material an applicant hands in (申请材料).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Material {
    pub id: String,
    pub name: String,
    /// 原件: originals to show or hand in.
    pub originals: u32,
    /// 复印件: photocopies to hand in.
    pub copies: u32,
    pub format: MaterialFormat,
    /// Who issues the material and where to get it, e.g. "申请人自备" or "公安机关".
    pub source: String,
    /// 免提交: the hall fetches it itself through data sharing; the citizen brings nothing.
    pub exempt_by_sharing: bool,
    pub notes: Option<String>,
    /// Needed when every condition holds; empty: needed in every case.
    pub when: Vec<Condition>,
    /// A filled-in sample or template (a URL, absolute or relative to the site), if any.
    pub sample: Option<String>,
    /// The language of the name, source and notes (they fall back together).
    pub lang: Lang,
}

/// The hall an item guide was asked for: enough to say where and when to go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HallRef {
    pub code: String,
    pub name: String,
    pub address: String,
    pub opening_hours: Vec<OpeningHours>,
    pub hours_note: Option<String>,
    /// The hall takes appointments (预约).
    pub appointments: bool,
    /// The hall posts results (邮寄送达).
    pub postal_delivery: bool,
    /// The unified service hotline (12345), for enquiries and complaints.
    pub hotline: String,
    /// The hall's supervision line (监督投诉).
    pub supervision_phone: String,
    /// The language of the name, address and hours note.
    pub lang: Lang,
}

/// The full guide of an item (办事指南): `GET /api/v1/items/{code}`, or
/// `GET /api/v1/halls/{code}/items/{item}`, which adds the hall and its windows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemGuide {
    pub lang: Lang,
    pub code: String,
    pub name: String,
    pub department: String,
    pub kind: ItemKind,
    pub category: ItemCategory,
    /// 法定办结时限, working days.
    pub legal_limit_days: u32,
    /// 承诺办结时限, working days; 0 for items done on the spot.
    pub promised_limit_days: u32,
    pub on_the_spot: bool,
    /// The fee in fen (1/100 yuan) in the usual case; 0 when free. When `fees` is not
    /// empty, the fee for a citizen's answers is [`crate::fees::FeeDue`]'s.
    pub fee_fen: u32,
    pub fee_note: Option<String>,
    /// The fee's parts by situation (收费标准), selected by the same answers as the
    /// materials; empty when the fee is `fee_fen` in every case.
    #[serde(default)]
    pub fees: Vec<Fee>,
    pub online: bool,
    /// The online service's address (网上办理), `https://` only; null when the item has
    /// none (or is not `online`).
    #[serde(default)]
    pub online_url: Option<String>,
    pub legal_basis: String,
    pub appointment: AppointmentNeed,
    /// The questions that decide which materials apply, in the order they are asked.
    pub questions: Vec<Question>,
    pub materials: Vec<Material>,
    /// 办理对象.
    pub applicants: Vec<Applicant>,
    /// 受理条件: shown before the questions ("Can I apply?"); a condition with `when`
    /// applies only to the answers it names.
    pub conditions: Vec<AcceptanceCondition>,
    /// 到办事现场次数.
    pub visits: Visits,
    /// 办理流程, in order; steps of one channel (window or online) where they differ.
    pub steps: Vec<Step>,
    /// 办理结果; null only for a record that has none (the validator refuses those).
    pub result: Option<ItemResult>,
    /// 特别程序.
    pub special_procedures: Vec<SpecialProcedure>,
    /// 数量限制.
    pub quantity_limit: Option<Translated>,
    /// 中介服务.
    pub intermediaries: Vec<Intermediary>,
    /// 网上办理深度.
    pub online_depth: OnlineDepth,
    /// The online service's address for phones, `https://` only.
    pub online_mobile_url: Option<String>,
    /// 通办范围.
    pub scope: Scope,
    /// 咨询电话 of the department.
    pub enquiry_phone: String,
    /// 常见问题.
    pub faq: Vec<Faq>,
    /// The guide's version and the date it was last updated.
    pub version: u32,
    pub updated: Option<crate::Date>,
    /// The hall the guide was asked for, if any.
    pub hall: Option<HallRef>,
    /// The windows of that hall that serve this item.
    pub windows: Vec<Window>,
}
