//! The appointments booked on this device: reference codes and manage tokens only, so
//! that "My appointments" can list them. No name, ID or phone number is ever stored here.
//!
//! Stored under `hall-guide.appointments`, one `REFERENCE token` per line.

use leptos::prelude::window;

const KEY: &str = "hall-guide.appointments";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedAppointment {
    pub reference: String,
    pub token: String,
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
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
}
