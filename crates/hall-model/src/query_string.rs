//! Percent-encoding of URL query strings and path segments, kept here so that link
//! building is pure and tested natively (the app and the server agree on it).

/// Encodes a query value or path segment: unreserved characters (RFC 3986) stay, every
/// other byte of the UTF-8 becomes `%XX`.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and, in queries, `+` as a space. Malformed escapes are kept as
/// they are, and invalid UTF-8 is replaced, so decoding never fails on user input.
pub fn decode(value: &str, plus_as_space: bool) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' if plus_as_space => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits `a=1&b=x%20y` (with or without a leading `?`) into decoded pairs.
pub fn parse(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            (decode(key, true), decode(value, true))
        })
        .collect()
}

/// Joins pairs into `?a=1&b=2`, or the empty string when there are none.
pub fn build(pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let joined: Vec<String> = pairs.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
    format!("?{}", joined.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips_chinese_spaces_and_reserved_characters() {
        for value in ["西湖区 政务", "a&b=c", "100%", "plain-text_1.2~", "", "🙂"] {
            assert_eq!(decode(&encode(value), true), value, "{value:?}");
        }
        assert_eq!(encode("西"), "%E8%A5%BF");
        assert_eq!(encode("a b"), "a%20b");
    }

    #[test]
    fn decoding_tolerates_malformed_escapes() {
        assert_eq!(decode("100%", true), "100%");
        assert_eq!(decode("%zz1", true), "%zz1");
        assert_eq!(decode("%E8%A5", true), "\u{FFFD}");
        assert_eq!(decode("a+b", true), "a b");
        assert_eq!(decode("a+b", false), "a+b");
    }

    #[test]
    fn queries_parse_into_pairs_and_build_back() {
        assert_eq!(
            parse("?q=%E8%A5%BF+%E6%B9%96&online=1&flag"),
            vec![("q".to_owned(), "西 湖".to_owned()), ("online".to_owned(), "1".to_owned()), ("flag".to_owned(), String::new()),]
        );
        assert_eq!(build(&[]), "");
        assert_eq!(build(&[("q", "a b".to_owned())]), "?q=a%20b");
    }
}
