//! Reading the ticket's QR code (it holds the appointment's reference) with the PC's or
//! tablet's camera: the browser's `BarcodeDetector` where it has one (Chrome on Android,
//! macOS, ChromeOS), else [`rqrr`] on the frames, in the wasm (Chromium on Linux and
//! Windows, Firefox). Frames are read a few times a second and never leave the page;
//! the camera is switched off as soon as a code is read, or the scanner closes.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::t;

/// The widest frame decoded: a ticket held up to the camera needs no more, and a smaller
/// frame decodes faster on an old counter PC.
const MAX_WIDTH: u32 = 640;

/// Decodes a QR code in a greyscale frame (`luma` row by row), if one is there.
pub fn decode_luma(width: usize, height: usize, luma: &[u8]) -> Option<String> {
    if luma.len() < width * height {
        return None;
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
    image.detect_grids().into_iter().find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}

/// What a ticket's code says, if it is an appointment reference (letters, digits, `-`).
pub fn reference_in(text: &str) -> Option<String> {
    let text = text.trim();
    let ok = !text.is_empty() && text.len() <= 32 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then(|| text.to_ascii_uppercase())
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

fn stop(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// The browser's own detector for QR codes, if it has one.
fn barcode_detector() -> Option<JsValue> {
    let class = js_sys::Reflect::get(&window(), &"BarcodeDetector".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"formats".into(), &js_sys::Array::of1(&"qr_code".into())).ok()?;
    js_sys::Reflect::construct(&class, &js_sys::Array::of1(&options)).ok()
}

async fn detect_with(detector: &JsValue, video: &web_sys::HtmlVideoElement) -> Option<String> {
    let detect = js_sys::Reflect::get(detector, &"detect".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let promise = detect.call1(detector, video).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let found = JsFuture::from(promise).await.ok()?;
    let first = js_sys::Array::from(&found).get(0);
    js_sys::Reflect::get(&first, &"rawValue".into()).ok()?.as_string()
}

fn read_frame(video: &web_sys::HtmlVideoElement, canvas: &web_sys::HtmlCanvasElement) -> Option<String> {
    let (w, h) = (video.video_width(), video.video_height());
    if w == 0 || h == 0 {
        return None;
    }
    let scale = (MAX_WIDTH as f64 / w as f64).min(1.0);
    let (cw, ch) = (((w as f64) * scale) as u32, ((h as f64) * scale) as u32);
    canvas.set_width(cw);
    canvas.set_height(ch);
    let context = canvas.get_context("2d").ok()??.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()?;
    context.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, cw as f64, ch as f64).ok()?;
    let rgba = context.get_image_data(0.0, 0.0, cw as f64, ch as f64).ok()?.data();
    let luma: Vec<u8> = rgba.chunks_exact(4).map(|p| ((p[0] as u32 * 77 + p[1] as u32 * 150 + p[2] as u32 * 29) >> 8) as u8).collect();
    decode_luma(cw as usize, ch as usize, &luma)
}

/// The camera view, reading until it finds a reference, which goes to `found`.
#[component]
pub fn Scanner(found: Callback<String>, close: Callback<()>) -> impl IntoView {
    let video_ref = NodeRef::<leptos::html::Video>::new();
    let problem = RwSignal::new(None::<String>);
    let running = Rc::new(Cell::new(true));
    let stream_slot: Rc<std::cell::RefCell<Option<web_sys::MediaStream>>> = Rc::default();
    {
        let running = SendWrapper::new(running.clone());
        let stream_slot = SendWrapper::new(stream_slot.clone());
        on_cleanup(move || {
            running.set(false);
            if let Some(stream) = stream_slot.borrow_mut().take() {
                stop(&stream);
            }
        });
    }
    let start = move || {
        let running = running.clone();
        let stream_slot = stream_slot.clone();
        leptos::task::spawn_local(async move {
            let Some(devices) = window().navigator().media_devices().ok() else {
                problem.set(Some(t("camera-missing")));
                return;
            };
            let constraints = web_sys::MediaStreamConstraints::new();
            let video_constraints = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&video_constraints, &"facingMode".into(), &"environment".into());
            constraints.set_video(&video_constraints);
            let Ok(promise) = devices.get_user_media_with_constraints(&constraints) else {
                problem.set(Some(t("camera-missing")));
                return;
            };
            let stream = match JsFuture::from(promise).await {
                Ok(stream) => stream.unchecked_into::<web_sys::MediaStream>(),
                Err(error) => {
                    let name = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
                    problem.set(Some(if name == "NotAllowedError" { t("camera-denied") } else { t("camera-missing") }));
                    return;
                }
            };
            if !running.get() {
                stop(&stream);
                return;
            }
            let Some(video) = video_ref.get_untracked() else {
                stop(&stream);
                return;
            };
            let video: web_sys::HtmlVideoElement = video;
            video.set_src_object(Some(&stream));
            let _ = video.play();
            *stream_slot.borrow_mut() = Some(stream);
            let detector = barcode_detector();
            let Some(canvas) = document().create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok()) else {
                return;
            };
            while running.get() {
                let text = match &detector {
                    Some(detector) => detect_with(detector, &video).await,
                    None => read_frame(&video, &canvas),
                };
                if let Some(reference) = text.as_deref().and_then(reference_in) {
                    running.set(false);
                    if let Some(stream) = stream_slot.borrow_mut().take() {
                        stop(&stream);
                    }
                    found.run(reference);
                    return;
                }
                sleep(200).await;
            }
        });
    };
    Effect::new(move |_| {
        if video_ref.get().is_some() {
            start();
        }
    });
    view! {
        <div class="scanner">
            <video node_ref=video_ref class="scanner-video" muted=true autoplay=true playsinline=true aria-label=move || t("scan-video")></video>
            <p class="quiet" role="status">{move || problem.get().unwrap_or_else(|| t("scan-hint"))}</p>
            <button type="button" class="button quiet-button" on:click=move |_| close.run(())>{move || t("scan-close")}</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_reference_is_taken_from_a_code() {
        assert_eq!(reference_in(" hg-7k3m9q \n").as_deref(), Some("HG-7K3M9Q"));
        assert_eq!(reference_in("https://example.org/x?y"), None);
        assert_eq!(reference_in(""), None);
    }

    #[test]
    fn a_generated_code_is_read_back() {
        // Draw the code qrcodegen makes for a ticket, 4 pixels a module with a quiet zone,
        // and read it as a camera frame would be read.
        let code = qrcodegen::QrCode::encode_text("HG-7K3M9Q", qrcodegen::QrCodeEcc::Medium).unwrap();
        let (scale, border) = (4, 4);
        let size = (code.size() + 2 * border) as usize * scale;
        let mut luma = vec![255u8; size * size];
        for y in 0..size {
            for x in 0..size {
                let (mx, my) = ((x / scale) as i32 - border, (y / scale) as i32 - border);
                if code.get_module(mx, my) {
                    luma[y * size + x] = 0;
                }
            }
        }
        assert_eq!(decode_luma(size, size, &luma).as_deref(), Some("HG-7K3M9Q"));
    }
}
