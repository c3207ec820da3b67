//! The checker passes the project's real files, and on deliberately broken copies it
//! reports each problem at the file and line a translator must fix.

use std::path::{Path, PathBuf};
use std::process::Command;

use locale_check::{Finding, check};

fn project() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the project folder")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the copy");
    for entry in std::fs::read_dir(from).expect("readable folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}

/// A throwaway copy of the project's `locales/` and `src/`, removed when dropped.
struct Copy(PathBuf);

impl Copy {
    fn new(name: &str) -> Copy {
        let dir = std::env::temp_dir().join(format!("locale-check-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&project().join("locales"), &dir.join("locales"));
        copy_dir(&project().join("src"), &dir.join("src"));
        Copy(dir)
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.0.join(file)).expect("readable copy")
    }

    fn write(&self, file: &str, text: &str) {
        std::fs::write(self.0.join(file), text).expect("writable copy");
    }

    /// The 1-based line of `file` that starts with `prefix`.
    fn line_of(&self, file: &str, prefix: &str) -> usize {
        self.read(file).lines().position(|l| l.starts_with(prefix)).unwrap_or_else(|| panic!("{file} has no line starting {prefix:?}")) + 1
    }

    /// Replaces the first line of `file` starting with `prefix` by `replacement`; returns its number.
    fn replace_line(&self, file: &str, prefix: &str, replacement: &str) -> usize {
        let line = self.line_of(file, prefix);
        let text = self.read(file);
        let mut lines: Vec<&str> = text.lines().collect();
        lines[line - 1] = replacement;
        self.write(file, &(lines.join("\n") + "\n"));
        line
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn only(findings: Vec<&Finding>) -> &Finding {
    assert_eq!(findings.len(), 1, "expected exactly one finding: {findings:#?}");
    findings[0]
}

#[test]
fn the_real_files_have_no_problems() {
    let report = check(&project());
    assert!(report.is_clean(), "cargo check-locales reports problems:\n{report}");
    let tags: Vec<&str> = report.locales.iter().map(|l| l.tag.as_str()).collect();
    for tag in ["zh-CN", "en", "es", "ug"] {
        assert!(tags.contains(&tag), "no {tag} in {tags:?}");
    }
    let reference = &report.locales[0];
    assert!(reference.messages > 200 && report.used_ids == reference.messages, "{report}");
    for locale in &report.locales {
        assert_eq!(locale.messages, reference.messages, "{} is incomplete", locale.tag);
    }
}

#[test]
fn a_syntax_error_is_reported_at_its_file_line_and_column() {
    let copy = Copy::new("syntax");
    let line = copy.replace_line("locales/es/home.ftl", "home-search-button", "home-search-button Buscar");
    let report = check(&copy.0);
    let finding = only(report.findings_in("locales/es/home.ftl"));
    assert_eq!((finding.line, finding.column), (line, 20), "{finding}");
    assert!(finding.text.contains("syntax error") && finding.text.contains("message-id = text"), "{finding}");
    // The broken message then counts as missing, pointing at zh-CN's line.
    assert!(report.findings.iter().any(|f| f.path == "locales/zh-CN/home.ftl" && f.text.contains("home-search-button is missing in es")));
    assert!(!report.is_clean());
}

#[test]
fn a_missing_message_names_the_reference_line_and_the_file_to_translate_into() {
    let copy = Copy::new("missing");
    copy.replace_line("locales/ug/booking.ftl", "book-confirm", "");
    let zh_line = copy.line_of("locales/zh-CN/booking.ftl", "book-confirm");
    let report = check(&copy.0);
    let finding = only(report.findings_in("locales/zh-CN/booking.ftl"));
    assert_eq!(finding.line, zh_line);
    assert_eq!(finding.text, "book-confirm is missing in ug: translate it into locales/ug/booking.ftl");
    let ug = report.locales.iter().find(|l| l.tag == "ug").expect("ug");
    assert_eq!((ug.missing, ug.extra, ug.differing), (1, 0, 0));
}

#[test]
fn a_wrong_variable_is_reported_on_the_translated_line() {
    let copy = Copy::new("variable");
    let line = copy.replace_line("locales/en/home.ftl", "home-results-heading", "home-results-heading = Results for “{ $search }”");
    let report = check(&copy.0);
    let finding = only(report.findings_in("locales/en/home.ftl"));
    assert_eq!(finding.line, line);
    assert!(finding.text.starts_with("home-results-heading lacks { $query } and uses { $search }, which the app does not provide"), "{finding}");
    assert!(finding.text.contains("locales/zh-CN/home.ftl:"), "{finding}");
}

#[test]
fn an_extra_message_and_leftover_chinese_are_reported() {
    let copy = Copy::new("extra");
    let file = "locales/es/app.ftl";
    let text = copy.read(file) + "app-old-title = Guía antigua\n";
    copy.write(file, &text);
    let line = copy.replace_line(file, "app-retry", "app-retry = 重试");
    let report = check(&copy.0);
    let findings = report.findings_in(file);
    assert_eq!(findings.len(), 2, "{findings:#?}");
    assert!(findings.iter().any(|f| f.line == line && f.text == "app-retry still has Chinese text: translate it into es"));
    assert!(findings.iter().any(|f| f.line == text.lines().count() && f.text.starts_with("app-old-title is not in zh-CN")));
}

#[test]
fn code_and_reference_must_agree_on_message_ids() {
    let copy = Copy::new("code");
    // The code asks for a message nobody defined…
    let page = "src/pages/not_found.rs";
    let source = copy.read(page).replace("\"not-found-title\"", "\"not-found-heading\"");
    copy.write(page, &source);
    let used_lines: Vec<usize> = source.lines().enumerate().filter(|(_, l)| l.contains("not-found-heading")).map(|(n, _)| n + 1).collect();
    let report = check(&copy.0);
    let in_code = report.findings_in(page);
    assert_eq!(in_code.iter().map(|f| f.line).collect::<Vec<_>>(), used_lines, "{in_code:#?}");
    assert!(in_code.iter().all(|f| f.text.contains("asks for message not-found-heading")), "{in_code:#?}");
    // …and the message it used to ask for is now unused in zh-CN.
    let unused = only(report.findings_in("locales/zh-CN/app.ftl"));
    assert_eq!(unused.line, copy.line_of("locales/zh-CN/app.ftl", "not-found-title"));
    assert!(unused.text.starts_with("not-found-title is never used"), "{unused}");
}

#[test]
fn an_undocumented_reference_variable_and_hard_coded_text_are_reported() {
    let copy = Copy::new("documented");
    let file = "locales/zh-CN/home.ftl";
    let text = copy.read(file).replace("# Variables:\n#   $count (Number) - 找到的大厅数量\n", "");
    copy.write(file, &text);
    let page = "src/pages/not_found.rs";
    let source = copy.read(page).replacen("{tr(\"not-found-body\")}", "{tr(\"not-found-body\")}\"找不到\"", 1);
    copy.write(page, &source);
    let report = check(&copy.0);
    let undocumented = only(report.findings_in(file));
    assert_eq!(undocumented.line, copy.line_of(file, "home-results-count"));
    assert!(undocumented.text.contains("{ $count } without saying what it holds"), "{undocumented}");
    let hard_coded = only(report.findings_in(page));
    assert!(hard_coded.text.starts_with("text a reader sees is written in the code"), "{hard_coded}");
}

#[test]
fn the_command_prints_the_report_and_fails_on_problems() {
    let copy = Copy::new("command");
    let line = copy.replace_line("locales/es/track.ftl", "track-submit", "track-submit = { $number");
    let output = Command::new(env!("CARGO_BIN_EXE_locale-check")).arg(&copy.0).output().expect("the checker runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    // Reported where the "}" is missing: the end of the broken line.
    assert!(stdout.contains(&format!("locales/es/track.ftl:{line}:25: syntax error")), "{stdout}");
    assert!(stdout.contains("problems found"), "{stdout}");

    let clean = Command::new(env!("CARGO_BIN_EXE_locale-check")).arg(project()).output().expect("the checker runs");
    assert_eq!(clean.status.code(), Some(0), "{}", String::from_utf8_lossy(&clean.stdout));
    assert!(String::from_utf8_lossy(&clean.stdout).contains("No problems found."));
}

#[test]
fn the_console_files_have_no_problems() {
    // The staff console keeps its words apart (console/locales, console/src): the same check.
    let report = check(&project().join("console"));
    assert!(report.is_clean(), "cargo check-locales console reports problems:\n{report}");
    let tags: Vec<&str> = report.locales.iter().map(|l| l.tag.as_str()).collect();
    assert!(tags.contains(&"zh-CN") && tags.contains(&"en"), "{tags:?}");
    assert!(report.used_ids > 100, "the console's code was scanned: {} IDs", report.used_ids);
}
