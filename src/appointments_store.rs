//! The appointments booked on this device: reference codes and manage tokens only, so
//! that "My appointments" can list them. No name, ID or phone number is ever stored here.
//!
//! Stored under `hall-guide.appointments`, one `REFERENCE token` per line; what a ticket
//! shows offline (time, place, item, never the holder's name or numbers) under
//! `hall-guide.appointment-details`.

use crate::preferences::storage;

const KEY: &str = "hall-guide.appointments";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedAppointment {
    pub reference: String,
    pub token: String,
}

pub fn load() -> Vec<SavedAppointment> {
    let text = storage().and_then(|s| s.get_item(KEY).ok().flatten()).unwrap_or_default();
    text.lines()
        .filter_map(|line| line.split_once(' '))
        .filter(|(r, t)| !r.is_empty() && t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(|(reference, token)| SavedAppointment { reference: reference.to_owned(), token: token.to_owned() })
        .collect()
}

fn save(list: &[SavedAppointment]) {
    let Some(storage) = storage() else { return };
    let text: Vec<String> = list.iter().map(|a| format!("{} {}", a.reference, a.token)).collect();
    // Private browsing may refuse storage; the manage link still works.
    let _ = storage.set_item(KEY, &text.join("\n"));
}

/// Remembers an appointment (newest first); remembering it again changes nothing.
pub fn remember(reference: &str, token: &str) {
    let mut list = load();
    if list.iter().any(|a| a.reference == reference) {
        return;
    }
    list.insert(0, SavedAppointment { reference: reference.to_owned(), token: token.to_owned() });
    save(&list);
}

pub fn forget(reference: &str) {
    let mut list = load();
    list.retain(|a| a.reference != reference);
    save(&list);
    let mut details = all_details();
    details.retain(|a| a.reference != reference);
    save_details(&details);
}

const DETAILS_KEY: &str = "hall-guide.appointment-details";

/// Keeps what "My appointments" needs to show a ticket offline: when and where, the item and
/// the reference. The holder's name and the masked phone and ID numbers are left out.
pub fn keep_details(appointment: &hall_model::Appointment) {
    let mut all = all_details();
    all.retain(|kept| kept.reference != appointment.reference);
    all.push(hall_model::Appointment {
        name: String::new(),
        mobile_masked: String::new(),
        resident_id_masked: String::new(),
        document_masked: String::new(),
        agent_name: None,
        ..appointment.clone()
    });
    let known = load();
    all.retain(|kept| known.iter().any(|a| a.reference == kept.reference));
    save_details(&all);
}

fn save_details(all: &[hall_model::Appointment]) {
    let Some(storage) = storage() else { return };
    let Ok(value) = serde_wasm_bindgen::to_value(all) else {
        return;
    };
    if let Ok(text) = js_sys::JSON::stringify(&value) {
        let _ = storage.set_item(DETAILS_KEY, &String::from(text));
    }
}

/// The details kept by [`keep_details`] for one appointment.
pub fn kept_details(reference: &str) -> Option<hall_model::Appointment> {
    all_details().into_iter().find(|a| a.reference == reference)
}

fn all_details() -> Vec<hall_model::Appointment> {
    let text = storage().and_then(|s| s.get_item(DETAILS_KEY).ok().flatten()).unwrap_or_default();
    js_sys::JSON::parse(&text).ok().and_then(|v| serde_wasm_bindgen::from_value(v).ok()).unwrap_or_default()
}
