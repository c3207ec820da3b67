//! Checks hall-guide's translations and reports problems so that a translator knows what
//! to fix and where.
//!
//! It reads every `locales/<tag>/*.ftl` and the app's code in `src/`, and reports, each
//! with a `file:line:column` an editor can jump to:
//! - syntax errors;
//! - per language, messages missing or extra compared with zh-CN (the reference), and
//!   messages whose variables or attributes differ from zh-CN's;
//! - text left in Chinese in another language;
//! - zh-CN variables without a `# Variables:` comment saying what they hold;
//! - message IDs the code uses that zh-CN lacks, and zh-CN messages the code never uses;
//! - user-visible text hard-coded in the code instead of coming from a message.
//!
//! Run it with `cargo check-locales` (an alias for `cargo run -p locale-check`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The language every other one is compared with.
pub const REFERENCE: &str = "zh-CN";

/// One problem, at a place in a file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// Relative to the project folder, with `/` separators: `locales/es/app.ftl`.
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub text: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.path, self.line, self.column, self.text)
    }
}

/// How complete one language is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocaleSummary {
    pub tag: String,
    pub files: usize,
    pub messages: usize,
    pub syntax_errors: usize,
    pub missing: usize,
    pub extra: usize,
    pub differing: usize,
    pub untranslated: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub locales: Vec<LocaleSummary>,
    /// Distinct message IDs found in the code.
    pub used_ids: usize,
}

impl Report {
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }

    /// The findings in one file.
    pub fn findings_in(&self, path: &str) -> Vec<&Finding> {
        self.findings.iter().filter(|f| f.path == path).collect()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "{finding}")?;
        }
        if !self.findings.is_empty() {
            writeln!(f)?;
        }
        writeln!(f, "Languages (compared with {REFERENCE}, the reference):")?;
        for locale in &self.locales {
            write!(f, "  {:<6} {} messages in {} files", locale.tag, locale.messages, locale.files)?;
            let mut problems = Vec::new();
            for (count, what) in [
                (locale.syntax_errors, "syntax errors"),
                (locale.missing, "missing"),
                (locale.extra, "extra"),
                (locale.differing, "with other variables or attributes"),
                (locale.untranslated, "still in Chinese"),
            ] {
                if count > 0 {
                    problems.push(format!("{count} {what}"));
                }
            }
            if locale.tag == REFERENCE {
                writeln!(f, " (reference){}", if problems.is_empty() { String::new() } else { format!(": {}", problems.join(", ")) })?;
            } else if problems.is_empty() {
                writeln!(f, ", complete")?;
            } else {
                writeln!(f, ": {}", problems.join(", "))?;
            }
        }
        writeln!(f, "Code: {} message IDs used in src/.", self.used_ids)?;
        match self.findings.len() {
            0 => writeln!(f, "No problems found."),
            1 => writeln!(f, "1 problem found: fix it at the place shown above."),
            n => writeln!(f, "{n} problems found: fix each at the place shown (file:line:column)."),
        }
    }
}

/// A message as the checker sees it.
#[derive(Debug, Clone)]
struct Message {
    path: String,
    line: usize,
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
    /// Variables named in the message's comment (`# Variables: $count …`).
    documented: BTreeSet<String>,
    /// The text contains Chinese characters.
    has_chinese: bool,
}

impl Message {
    /// A problem with this message, at its line.
    fn finding(&self, text: String) -> Finding {
        Finding { path: self.path.clone(), line: self.line, column: 1, text }
    }
}

#[derive(Debug, Default)]
struct Locale {
    files: usize,
    messages: BTreeMap<String, Message>,
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Where to tell a translator to look for a syntax error. The parser notices a missing
/// `}` or text only at the start of the next line; the place to fix is the end of the
/// broken line, so report that.
fn error_position(text: &str, error: &fluent_syntax::parser::ParserError) -> (usize, usize) {
    let (line, column) = line_column(text, error.pos.start);
    let entry_start = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
    if column == 1 && entry_start < error.pos.start {
        let before = text[..text.floor_char_boundary(error.pos.start)].trim_end();
        if before.len() >= entry_start {
            return line_column(text, before.len());
        }
    }
    (line, column)
}

fn chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// What a translator should read for a parser error.
fn explain(kind: &fluent_syntax::parser::ErrorKind) -> String {
    use fluent_syntax::parser::ErrorKind as K;
    let hint = match kind {
        K::ExpectedToken('=') => "every message is written `message-id = text`",
        K::ExpectedToken('}') | K::UnbalancedClosingBrace => "every “{” needs a matching “}”; to show a brace itself write {\"{\"}",
        K::MissingDefaultVariant => "mark one variant as the default with *, e.g. *[other]",
        K::ExpectedMessageField { .. } => "the message has an ID but no text after “=”",
        K::ExpectedCharRange { .. } => "IDs and variable names may use only a–z, 0–9 and “-”",
        K::ExpectedInlineExpression | K::ExpectedSimpleExpressionAsSelector => "write a variable as { $name }",
        K::MultipleDefaultVariants => "only one variant may be marked with *",
        _ => "",
    };
    if hint.is_empty() { format!("syntax error: {kind}") } else { format!("syntax error: {kind} ({hint})") }
}

fn pattern_variables(pattern: &Pattern<String>, out: &mut BTreeSet<String>, chinese_text: &mut bool) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => *chinese_text |= chinese(value),
            PatternElement::Placeable { expression } => expression_variables(expression, out, chinese_text),
        }
    }
}

fn expression_variables(expression: &Expression<String>, out: &mut BTreeSet<String>, chinese_text: &mut bool) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out, chinese_text),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out, chinese_text);
            for variant in variants {
                pattern_variables(&variant.value, out, chinese_text);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<String>, out: &mut BTreeSet<String>, chinese_text: &mut bool) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out, chinese_text),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out, chinese_text);
            }
        }
        InlineExpression::StringLiteral { value } => *chinese_text |= chinese(value),
        _ => {}
    }
}

fn files_with_extension(dir: &Path, extension: &str, recursive: bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if recursive {
                out.extend(files_with_extension(&path, extension, true));
            }
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Reads one language's files, adding syntax errors and duplicate IDs to `findings`.
fn read_locale(root: &Path, dir: &Path, findings: &mut Vec<Finding>) -> (Locale, usize) {
    let mut locale = Locale::default();
    let mut syntax_errors = 0;
    let id_line = regex_lite::Regex::new(r"^([a-zA-Z][a-zA-Z0-9_-]*)\s*=").unwrap();
    let documented_variable = regex_lite::Regex::new(r"\$([a-zA-Z][a-zA-Z0-9_-]*)").unwrap();
    for path in files_with_extension(dir, "ftl", false) {
        locale.files += 1;
        let rel = relative(root, &path);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                findings.push(Finding { path: rel, line: 1, column: 1, text: format!("cannot read the file: {error} (save it as UTF-8)") });
                syntax_errors += 1;
                continue;
            }
        };
        let lines: BTreeMap<String, usize> =
            text.lines().enumerate().filter_map(|(n, line)| id_line.captures(line).map(|c| (c[1].to_owned(), n + 1))).collect();
        let resource = match fluent_syntax::parser::parse(text.clone()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let (line, column) = error_position(&text, &error);
                    findings.push(Finding { path: rel.clone(), line, column, text: explain(&error.kind) });
                    syntax_errors += 1;
                }
                resource
            }
        };
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.clone();
            let mut variables = BTreeSet::new();
            let mut has_chinese = false;
            if let Some(value) = &message.value {
                pattern_variables(value, &mut variables, &mut has_chinese);
            }
            let mut attributes = BTreeSet::new();
            for attribute in &message.attributes {
                attributes.insert(attribute.id.name.clone());
                pattern_variables(&attribute.value, &mut variables, &mut has_chinese);
            }
            let documented = message
                .comment
                .iter()
                .flat_map(|c| c.content.iter())
                .flat_map(|line| documented_variable.captures_iter(line).map(|c| c[1].to_owned()).collect::<Vec<_>>())
                .collect();
            let line = lines.get(&id).copied().unwrap_or(1);
            if let Some(first) = locale.messages.get(&id) {
                findings.push(Finding {
                    path: rel.clone(),
                    line,
                    column: 1,
                    text: format!("{id} is defined twice (also at {}:{}); keep one", first.path, first.line),
                });
                continue;
            }
            locale.messages.insert(id, Message { path: rel.clone(), line, variables, attributes, documented, has_chinese });
        }
    }
    (locale, syntax_errors)
}

fn list(names: &BTreeSet<String>, sigil: &str) -> String {
    if names.is_empty() {
        return "none".to_owned();
    }
    names.iter().map(|n| format!("{{ {sigil}{n} }}")).collect::<Vec<_>>().join(", ")
}

/// A message ID used by the code, and where.
struct Use {
    path: String,
    line: usize,
    column: usize,
}

/// Message IDs the code (the app's, crates/hall-text's and the server's rendered pages')
/// uses: the literal first argument of `t(…)`, `tr(…)` and
/// `t_args(…)`, the literal second one of `say(lang, …)` (text in a given language), and
/// `"error-…"`/`"problem-…"`/`"reply-…"` IDs returned from match arms of the functions
/// that map codes to messages. Also reports hard-coded text.
fn scan_code(root: &Path, findings: &mut Vec<Finding>) -> BTreeMap<String, Vec<Use>> {
    let call = regex_lite::Regex::new(r#"\b(?:t|tr|t_args|say\(\s*[a-z_]+\s*,)\(?\s*"([a-z0-9-]+)""#).unwrap();
    let message_id = regex_lite::Regex::new(r#"=>\s*"((?:error|problem|reply)-[a-z0-9-]+)""#).unwrap();
    // Chinese anywhere in the code, or words between tags in a view!, bypass Fluent;
    // comments may explain in any language.
    let tag_text = regex_lite::Regex::new(r#">\s*"[^"]*[A-Za-z]{2,}[^"]*"\s*<"#).unwrap();
    // crates/hall-text holds no other text: every literal shaped like an ID names a message.
    let label = regex_lite::Regex::new(r#""([a-z]+(?:-[a-z0-9]+)+)""#).unwrap();
    let mut uses: BTreeMap<String, Vec<Use>> = BTreeMap::new();
    // The app, the words both it and the server use, and the pages the server renders.
    let dirs = [root.join("src"), root.join("crates/hall-text/src"), root.join("crates/hall-server/src/render")];
    for path in dirs.iter().flat_map(|dir| files_with_extension(dir, "rs", true)) {
        let rel = relative(root, &path);
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let labels = rel.starts_with("crates/hall-text/");
        for regex in [&call, &message_id].into_iter().chain(labels.then_some(&label)) {
            for captures in regex.captures_iter(&text) {
                let id = captures.get(1).expect("group 1");
                let (line, column) = line_column(&text, id.start());
                uses.entry(id.as_str().to_owned()).or_default().push(Use { path: rel.clone(), line, column });
            }
        }
        for (number, line) in text.lines().enumerate() {
            // Unit tests (at the end of a file, by convention) may use any text as data.
            if line.trim() == "#[cfg(test)]" {
                break;
            }
            let code = line.split("//").next().unwrap_or("");
            if chinese(code) || tag_text.is_match(code) {
                findings.push(Finding {
                    path: rel.clone(),
                    line: number + 1,
                    column: line.len() - line.trim_start().len() + 1,
                    text: format!("text a reader sees is written in the code; move it to a message in locales/{REFERENCE}/ and use t(\"…\"): {}", line.trim()),
                });
            }
        }
    }
    uses
}

/// Checks the project in `root` (the folder holding `locales/` and `src/`).
pub fn check(root: &Path) -> Report {
    let mut report = Report::default();
    let locales_dir = root.join("locales");
    let mut tags: Vec<String> = std::fs::read_dir(&locales_dir)
        .map(|entries| entries.flatten().filter(|e| e.path().is_dir()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    tags.sort_by_key(|tag| (tag != REFERENCE, tag.clone()));
    if tags.first().map(String::as_str) != Some(REFERENCE) {
        report.findings.push(Finding {
            path: relative(root, &locales_dir),
            line: 1,
            column: 1,
            text: format!("there is no {REFERENCE} folder: the reference language is needed to compare the others with"),
        });
        return report;
    }
    let mut locales = BTreeMap::new();
    for tag in &tags {
        let mut findings = Vec::new();
        let (locale, syntax_errors) = read_locale(root, &locales_dir.join(tag), &mut findings);
        report.locales.push(LocaleSummary { tag: tag.clone(), files: locale.files, messages: locale.messages.len(), syntax_errors, ..Default::default() });
        report.findings.extend(findings);
        locales.insert(tag.clone(), locale);
    }
    let reference = &locales[REFERENCE];

    // zh-CN documents every variable for translators.
    for (id, message) in &reference.messages {
        let undocumented: BTreeSet<String> = message.variables.difference(&message.documented).cloned().collect();
        if !undocumented.is_empty() {
            report
                .findings
                .push(message.finding(format!("{id} uses {} without saying what it holds: add a “# Variables:” comment above it", list(&undocumented, "$"))));
        }
    }

    // Every other language against zh-CN.
    for summary in report.locales.iter_mut().filter(|l| l.tag != REFERENCE) {
        let tag = summary.tag.clone();
        let translated = &locales[&tag];
        for (id, original) in &reference.messages {
            let Some(message) = translated.messages.get(id) else {
                summary.missing += 1;
                let file = original.path.rsplit('/').next().unwrap_or("");
                report.findings.push(original.finding(format!("{id} is missing in {tag}: translate it into locales/{tag}/{file}")));
                continue;
            };
            let mut differs = false;
            if message.variables != original.variables {
                differs = true;
                let extra: BTreeSet<String> = message.variables.difference(&original.variables).cloned().collect();
                let lacking: BTreeSet<String> = original.variables.difference(&message.variables).cloned().collect();
                let mut parts = Vec::new();
                if !lacking.is_empty() {
                    parts.push(format!("lacks {}", list(&lacking, "$")));
                }
                if !extra.is_empty() {
                    parts.push(format!("uses {}, which the app does not provide", list(&extra, "$")));
                }
                report.findings.push(message.finding(format!(
                    "{id} {}; zh-CN's message ({}:{}) uses {}",
                    parts.join(" and "),
                    original.path,
                    original.line,
                    list(&original.variables, "$")
                )));
            }
            if message.attributes != original.attributes {
                differs = true;
                report.findings.push(message.finding(format!(
                    "{id} has attributes {}; zh-CN's message ({}:{}) has {}",
                    list(&message.attributes, "."),
                    original.path,
                    original.line,
                    list(&original.attributes, ".")
                )));
            }
            if differs {
                summary.differing += 1;
            }
            if message.has_chinese {
                summary.untranslated += 1;
                report.findings.push(message.finding(format!("{id} still has Chinese text: translate it into {tag}")));
            }
        }
        for (id, message) in &translated.messages {
            if !reference.messages.contains_key(id) {
                summary.extra += 1;
                report.findings.push(message.finding(format!("{id} is not in zh-CN, so the app never shows it: remove it, or check the ID for a typo")));
            }
        }
    }

    // The code against zh-CN.
    let mut code_findings = Vec::new();
    let uses = scan_code(root, &mut code_findings);
    report.used_ids = uses.len();
    for (id, places) in &uses {
        if !reference.messages.contains_key(id) {
            for place in places {
                code_findings.push(Finding {
                    path: place.path.clone(),
                    line: place.line,
                    column: place.column,
                    text: format!("the app asks for message {id}, which locales/{REFERENCE}/ does not define"),
                });
            }
        }
    }
    for (id, message) in &reference.messages {
        if !uses.contains_key(id) {
            code_findings.push(message.finding(format!("{id} is never used by the app: remove it from every language, or use it in the code")));
        }
    }
    report.findings.extend(code_findings);
    report.findings.sort();
    report.findings.dedup();
    report
}
