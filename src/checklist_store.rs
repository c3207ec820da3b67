//! A citizen's answers and ticks on an item's checklist, kept on the device per item so
//! that they survive a reload or a lost connection. Nothing personal is stored: answers
//! are option ids, ticks are material ids.
//!
//! Stored under `hall-guide.checklist.<item code>` as plain text: the encoded answers on
//! the first line, then one ticked material id per line.

use std::collections::HashSet;

use crate::preferences::storage;
use hall_model::Answers;

const PREFIX: &str = "hall-guide.checklist.";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SavedChecklist {
    pub answers: Answers,
    pub ticked: HashSet<String>,
}

pub fn load(item: &str) -> SavedChecklist {
    let Some(text) = storage().and_then(|s| s.get_item(&format!("{PREFIX}{item}")).ok().flatten()) else {
        return SavedChecklist::default();
    };
    let mut lines = text.lines();
    let answers = Answers::parse(lines.next().unwrap_or_default());
    let ticked = lines.filter(|l| !l.is_empty()).map(str::to_owned).collect();
    SavedChecklist { answers, ticked }
}

/// Saves the checklist; an empty one is removed rather than stored.
pub fn save(item: &str, saved: &SavedChecklist) {
    let Some(storage) = storage() else { return };
    let key = format!("{PREFIX}{item}");
    if saved.answers.is_empty() && saved.ticked.is_empty() {
        let _ = storage.remove_item(&key);
        return;
    }
    let mut ticked: Vec<&str> = saved.ticked.iter().map(String::as_str).collect();
    ticked.sort_unstable();
    let mut text = saved.answers.encode();
    for id in ticked {
        text.push('\n');
        text.push_str(id);
    }
    // Private browsing may refuse storage; the checklist then lasts for this visit only.
    let _ = storage.set_item(&key, &text);
}
