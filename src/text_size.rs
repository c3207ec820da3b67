//! Large-text mode for elderly readers and anyone who needs it, as the national platform
//! offers: bigger type, bigger controls and stronger contrast (7:1) on every page. The
//! choice is remembered on the device; index.html applies it before the first paint.

use crate::preferences::storage;
use leptos::prelude::*;

const KEY: &str = "hall-guide.text-size";
const CLASS: &str = "large-text";

/// Whether large text is on, as remembered on this device.
pub fn remembered() -> bool {
    storage().and_then(|s| s.get_item(KEY).ok().flatten()).is_some_and(|v| v == "large")
}

/// Turns large text on or off, remembers the choice and restyles the page.
pub fn set_large(on: bool) {
    if let Some(storage) = storage() {
        // Private browsing may refuse storage; the choice then lasts for this visit only.
        let _ = if on { storage.set_item(KEY, "large") } else { storage.remove_item(KEY) };
    }
    if let Some(html) = document().document_element() {
        let _ = if on { html.class_list().add_1(CLASS) } else { html.class_list().remove_1(CLASS) };
    }
}
