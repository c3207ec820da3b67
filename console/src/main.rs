//! Entry point of the console's wasm: mount [`hall_console::Console`] over `#console`.

fn main() {
    console_error_panic_hook::set_once();
    hall_console::mount();
}
