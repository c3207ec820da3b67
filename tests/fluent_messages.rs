//! The code and the Fluent files agree: every message the code asks for exists in zh-CN
//! (the reference), every zh-CN message is used, every other locale has the same
//! messages with the same variables, and no user-visible text is hard-coded in `src/`.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const LOCALES: &[&str] = &["zh-CN", "en"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    files.sort();
    files.into_iter().map(|p| (p.clone(), std::fs::read_to_string(&p).expect("readable"))).collect()
}

/// Message IDs used by the code: the literal first argument of `t(…)`, `tr(…)` and `t_args(…)`,
/// and the `"error-…"` IDs returned by `ApiFailure::message_id`.
fn used_ids() -> BTreeSet<String> {
    let call = regex_lite::Regex::new(r#"\bt(?:r|_args)?\(\s*"([a-z0-9-]+)""#).unwrap();
    // Mapping functions (`ApiFailure::message_id`, `problem_message_id`) return IDs from match arms.
    let message_id = regex_lite::Regex::new(r#"=>\s*"((?:error|problem)-[a-z0-9-]+)""#).unwrap();
    let mut ids = BTreeSet::new();
    for (_, text) in sources() {
        ids.extend(call.captures_iter(&text).map(|c| c[1].to_owned()));
        ids.extend(message_id.captures_iter(&text).map(|c| c[1].to_owned()));
    }
    ids
}

fn variables(pattern: &Pattern<String>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<String>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<String>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

/// Message ID → its variables, for one locale; panics with the file and line of any
/// syntax error.
fn messages(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = Path::new(ROOT).join("locales").join(locale).join("main.ftl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = match fluent_syntax::parser::parse(text.clone()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            let report: Vec<String> = errors
                .iter()
                .map(|e| format!("{}:{}: {:?}", path.display(), text[..e.pos.start].lines().count().max(1), e.kind))
                .collect();
            panic!("syntax errors:\n{}", report.join("\n"));
        }
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                variables(value, &mut vars);
            }
            out.insert(message.id.name.clone(), vars);
        }
    }
    out
}

#[test]
fn every_message_the_code_uses_is_defined_in_the_reference_locale() {
    let defined = messages("zh-CN");
    let missing: Vec<String> = used_ids().into_iter().filter(|id| !defined.contains_key(id)).collect();
    assert!(missing.is_empty(), "used in src/ but not defined in locales/zh-CN/main.ftl: {missing:?}");
}

#[test]
fn every_reference_message_is_used_by_the_code() {
    let used = used_ids();
    let unused: Vec<String> = messages("zh-CN").into_keys().filter(|id| !used.contains(id)).collect();
    assert!(unused.is_empty(), "defined in locales/zh-CN/main.ftl but never used in src/: {unused:?}");
}

#[test]
fn every_locale_has_the_reference_messages_with_the_same_variables() {
    let reference = messages("zh-CN");
    for locale in LOCALES.iter().filter(|l| **l != "zh-CN") {
        let translated = messages(locale);
        let missing: Vec<&String> = reference.keys().filter(|id| !translated.contains_key(*id)).collect();
        let extra: Vec<&String> = translated.keys().filter(|id| !reference.contains_key(*id)).collect();
        assert!(missing.is_empty(), "locales/{locale}/main.ftl lacks {missing:?}");
        assert!(extra.is_empty(), "locales/{locale}/main.ftl has messages zh-CN lacks: {extra:?}");
        for (id, vars) in &reference {
            assert_eq!(&translated[id], vars, "locales/{locale}/main.ftl: {id} uses other variables than zh-CN");
        }
    }
}

#[test]
fn no_user_visible_text_is_hard_coded_in_the_app() {
    // Chinese anywhere in the app's code, or words between tags in a view!, would bypass
    // Fluent; comments are allowed to explain in any language.
    let cjk = regex_lite::Regex::new(r"[\u{4e00}-\u{9fff}]").unwrap();
    let tag_text = regex_lite::Regex::new(r#">\s*"[^"]*[A-Za-z]{2,}[^"]*"\s*<"#).unwrap();
    let mut problems = Vec::new();
    for (path, text) in sources() {
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if cjk.is_match(code) || tag_text.is_match(code) {
                problems.push(format!("{}:{}: {}", path.display(), number + 1, line.trim()));
            }
        }
    }
    assert!(problems.is_empty(), "hard-coded user-visible text:\n{}", problems.join("\n"));
}
