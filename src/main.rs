//! Entry point of the wasm app: mount [`hall_guide::App`] over the static skeleton.

fn main() {
    console_error_panic_hook::set_once();
    hall_guide::mount();
}
