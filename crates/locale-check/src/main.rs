//! `cargo check-locales [project folder]`: checks the Fluent files and prints a report for
//! people. Exits with 1 when there is anything to fix.

fn main() {
    let root = std::env::args_os().nth(1).map(std::path::PathBuf::from).unwrap_or_else(|| {
        // Run through cargo from anywhere in the project: the workspace root is two up.
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    });
    let report = locale_check::check(&root);
    print!("{report}");
    std::process::exit(if report.is_clean() { 0 } else { 1 });
}
