//! The message that names each catalogue value, for the app and the server's pages alike.
//! Each arm's ID is checked against the Fluent files by `cargo check-locales`.

use hall_model::maps::MapApp;
use hall_model::{Applicant, AppointmentNeed, Delivery, HallLevel, ItemCategory, ItemKind, MaterialFormat, OnlineDepth, ResultKind, Scope};

pub fn item_kind(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::AdministrativeLicensing => "item-kind-administrative-licensing",
        ItemKind::AdministrativeConfirmation => "item-kind-administrative-confirmation",
        ItemKind::PublicService => "item-kind-public-service",
        ItemKind::AdministrativePayment => "item-kind-administrative-payment",
        ItemKind::OtherPower => "item-kind-other-power",
    }
}

pub fn category(category: ItemCategory) -> &'static str {
    match category {
        ItemCategory::Business => "category-business",
        ItemCategory::Identity => "category-identity",
        ItemCategory::Family => "category-family",
        ItemCategory::SocialSecurity => "category-social-security",
        ItemCategory::Medical => "category-medical",
        ItemCategory::Housing => "category-housing",
        ItemCategory::Transport => "category-transport",
        ItemCategory::Construction => "category-construction",
        ItemCategory::Health => "category-health",
        ItemCategory::Employment => "category-employment",
        ItemCategory::Travel => "category-travel",
        ItemCategory::CivilAffairs => "category-civil-affairs",
    }
}

pub fn online_depth(depth: OnlineDepth) -> &'static str {
    match depth {
        OnlineDepth::Information => "online-depth-information",
        OnlineDepth::Forms => "online-depth-forms",
        OnlineDepth::PreReview => "online-depth-pre-review",
        OnlineDepth::OnlineAcceptance => "online-depth-online-acceptance",
        OnlineDepth::FullyOnline => "online-depth-fully-online",
    }
}

pub fn scope(scope: Scope) -> &'static str {
    match scope {
        Scope::Nationwide => "scope-nationwide",
        Scope::CrossProvince => "scope-cross-province",
        Scope::ProvinceWide => "scope-province-wide",
        Scope::CityWide => "scope-city-wide",
        Scope::CountyWide => "scope-county-wide",
        Scope::HallOnly => "scope-hall-only",
    }
}

pub fn material_format(format: MaterialFormat) -> &'static str {
    match format {
        MaterialFormat::Paper => "material-format-paper",
        MaterialFormat::Electronic => "material-format-electronic",
        MaterialFormat::PaperOrElectronic => "material-format-paper-or-electronic",
    }
}

pub fn hall_level(level: HallLevel) -> &'static str {
    match level {
        HallLevel::Provincial => "hall-level-provincial",
        HallLevel::Prefecture => "hall-level-prefecture",
        HallLevel::County => "hall-level-county",
        HallLevel::Township => "hall-level-township",
    }
}

pub fn applicant(applicant: Applicant) -> &'static str {
    match applicant {
        Applicant::NaturalPerson => "applicant-natural-person",
        Applicant::LegalPerson => "applicant-legal-person",
        Applicant::OtherOrganization => "applicant-other-organization",
    }
}

pub fn result_kind(kind: ResultKind) -> &'static str {
    match kind {
        ResultKind::Licence => "result-kind-licence",
        ResultKind::Approval => "result-kind-approval",
        ResultKind::Filing => "result-kind-filing",
        ResultKind::Certificate => "result-kind-certificate",
        ResultKind::Payment => "result-kind-payment",
    }
}

pub fn delivery(delivery: Delivery) -> &'static str {
    match delivery {
        Delivery::Window => "delivery-window",
        Delivery::Post => "delivery-post",
        Delivery::Electronic => "delivery-electronic",
    }
}

pub fn map_app(app: MapApp) -> &'static str {
    match app {
        MapApp::Device => "map-app-device",
        MapApp::Amap => "map-app-amap",
        MapApp::Baidu => "map-app-baidu",
        MapApp::Tencent => "map-app-tencent",
        MapApp::Apple => "map-app-apple",
    }
}

/// ISO weekday 1 (Monday) to 7 (Sunday).
pub fn weekday(day: u8) -> &'static str {
    match day {
        1 => "weekday-monday",
        2 => "weekday-tuesday",
        3 => "weekday-wednesday",
        4 => "weekday-thursday",
        5 => "weekday-friday",
        6 => "weekday-saturday",
        _ => "weekday-sunday",
    }
}

/// Whether to book, as said above the questions: nothing when walking in is the rule.
/// `at_hall`: the guide is for a hall; `hall_books`: that hall takes bookings here.
pub fn appointment_need(need: AppointmentNeed, at_hall: bool, hall_books: bool) -> Option<&'static str> {
    match need {
        AppointmentNeed::NotNeeded => None,
        other => Some(ready_appointment(other, at_hall, hall_books)),
    }
}

/// Whether to book, in the "ready to go" summary.
pub fn ready_appointment(need: AppointmentNeed, at_hall: bool, hall_books: bool) -> &'static str {
    match (need, at_hall, hall_books) {
        (AppointmentNeed::Required, _, _) => "ready-appointment-required",
        (AppointmentNeed::Recommended, true, false) => "ready-appointment-recommended-no-booking",
        (AppointmentNeed::Recommended, _, _) => "ready-appointment-recommended",
        (AppointmentNeed::NotNeeded, _, _) => "ready-appointment-not-needed",
    }
}

/// The services a hall offers, as the messages of their short labels.
pub fn hall_services(services: hall_model::HallServices) -> Vec<&'static str> {
    [
        (services.appointments, "hall-service-appointments"),
        (services.postal_delivery, "hall-service-postal-delivery"),
        (services.agency_help, "hall-service-agency-help"),
        (services.self_service_24h, "hall-service-self-service-24h"),
    ]
    .into_iter()
    .filter_map(|(offered, id)| offered.then_some(id))
    .collect()
}
