//! A QR code drawn as SVG: the appointment's reference, to show at the hall's counter.

use leptos::prelude::*;
use qrcodegen::{QrCode as Code, QrCodeEcc};

/// The SVG path of the dark modules, with a 4-module quiet zone, and the side length.
fn path(text: &str) -> Option<(String, i32)> {
    let code = Code::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((d, size + 8))
}

/// The QR code of `text` as a standalone SVG file, for downloading and printing.
pub fn svg_file(text: &str) -> Option<String> {
    let (d, side) = path(text)?;
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" width="{w}" height="{w}" shape-rendering="crispEdges"><rect width="{side}" height="{side}" fill="#fff"/><path d="{d}" fill="#000"/></svg>"##,
        w = side * 8
    ))
}

#[component]
pub fn QrCode(text: String, #[prop(into)] label: Signal<String>) -> impl IntoView {
    path(&text).map(|(d, side)| {
        view! {
            <svg class="qr-code" viewBox=format!("0 0 {side} {side}") role="img" aria-label=move || label.get() shape-rendering="crispEdges">
                <rect width=side height=side fill="#fff"/>
                <path d=d fill="#000"/>
            </svg>
        }
    })
}
