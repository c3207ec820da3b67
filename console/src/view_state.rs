//! What the clerk is looking at — hall, day and tab — kept in the address
//! (`/console/?hall=330106-01&date=2026-12-07&tab=day`): a reload, the back button or a
//! colleague's link opens the same view. Nothing personal goes there (a reference typed
//! at check-in stays in the page).

use hall_model::Date;
use hall_model::console::StaffScope;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    CheckIn,
    Day,
    Applications,
    Audit,
    Calendar,
    Staff,
}

impl Tab {
    fn as_str(self) -> &'static str {
        match self {
            Tab::CheckIn => "check-in",
            Tab::Day => "day",
            Tab::Applications => "applications",
            Tab::Audit => "audit",
            Tab::Calendar => "calendar",
            Tab::Staff => "staff",
        }
    }

    fn parse(text: &str) -> Option<Tab> {
        [Tab::CheckIn, Tab::Day, Tab::Applications, Tab::Audit, Tab::Calendar, Tab::Staff].into_iter().find(|t| t.as_str() == text)
    }

    /// The tab button's element ID (its panel is labelled by it).
    pub fn id(self) -> &'static str {
        match self {
            Tab::CheckIn => "tab-check-in",
            Tab::Day => "tab-day",
            Tab::Applications => "tab-applications",
            Tab::Audit => "tab-audit",
            Tab::Calendar => "tab-calendar",
            Tab::Staff => "tab-staff",
        }
    }
}

#[derive(Clone, Copy)]
pub struct ViewState {
    /// The hall's code; empty until one is chosen (region admins and the hotline choose).
    pub hall: RwSignal<String>,
    pub date: RwSignal<Date>,
    pub tab: RwSignal<Tab>,
    /// Bumped by any change of an appointment, so every list shows it.
    pub changed: RwSignal<u32>,
    /// The last refusal of a change, with its appointment's reference: kept here, not in the
    /// button that asked, so that it stays when the list is redrawn with the state now.
    pub told: RwSignal<Option<(String, String)>>,
}

/// Seconds since 1970 by the PC's clock.
pub fn now_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

impl ViewState {
    pub fn from_address(scope: Option<&StaffScope>) -> ViewState {
        let query = window().location().search().unwrap_or_default();
        let params = web_sys::UrlSearchParams::new_with_str(&query).ok();
        let get = |name: &str| params.as_ref().and_then(|p| p.get(name));
        let first_hall = scope.and_then(|s| s.halls.first().cloned()).unwrap_or_default();
        let hall = get("hall").filter(|h| !h.is_empty() && h.len() <= 40).unwrap_or(first_hall);
        let date = get("date").and_then(|d| Date::parse(&d)).unwrap_or_else(|| Date::in_china(now_seconds()));
        let tab = get("tab").and_then(|t| Tab::parse(&t)).unwrap_or(Tab::CheckIn);
        ViewState { hall: RwSignal::new(hall), date: RwSignal::new(date), tab: RwSignal::new(tab), changed: RwSignal::new(0), told: RwSignal::new(None) }
    }

    /// Puts the view into the address without a new history entry per keystroke.
    pub fn write_address(&self) {
        let (hall, date, tab) = (self.hall.get(), self.date.get(), self.tab.get());
        let Ok(params) = web_sys::UrlSearchParams::new() else {
            return;
        };
        if !hall.is_empty() {
            params.append("hall", &hall);
        }
        params.append("date", &date.to_string());
        params.append("tab", tab.as_str());
        let address = format!("/console/?{}", String::from(params.to_string()));
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
        }
    }
}
