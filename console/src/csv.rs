//! The day list as a CSV file for a spreadsheet: UTF-8 with a byte-order mark (so Excel
//! on a Chinese Windows reads it as UTF-8, not GBK), CRLF lines, every field quoted, and a
//! field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab) prefixed
//! with `'` — a name typed by a citizen must not become a formula on a staff PC.

/// One CSV line of `fields`.
pub fn line<S: AsRef<str>>(fields: &[S]) -> String {
    let mut out = String::new();
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        let field = field.as_ref();
        out.push('"');
        if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            out.push('\'');
        }
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    }
    out.push_str("\r\n");
    out
}

/// A whole file: the header line, then one line per row.
pub fn file<S: AsRef<str>>(header: &[S], rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&line(header));
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(line(&["09:00", "张*", "say \"hi\""]), "\"09:00\",\"张*\",\"say \"\"hi\"\"\"\r\n");
        assert_eq!(line(&["=HYPERLINK(\"x\")", "+1", "-2", "@a", "a=b"]), "\"'=HYPERLINK(\"\"x\"\")\",\"'+1\",\"'-2\",\"'@a\",\"a=b\"\r\n");
        assert_eq!(line(&["a,b\nc"]), "\"a,b\nc\"\r\n");
    }

    #[test]
    fn a_file_starts_with_a_byte_order_mark() {
        let text = file(&["时间"], &[vec!["09:00".to_owned()]]);
        assert!(text.starts_with('\u{feff}'));
        assert_eq!(text.lines().count(), 2);
    }
}
