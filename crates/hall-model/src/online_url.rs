//! The address of an item's online service (网上办理), as the catalogue may give it.
//!
//! The guide links it, opening in a new tab, and names its host in the link's label so
//! the citizen knows where they are sent. So the validator refuses any address a reader
//! could be misled by or that a browser would treat as more than a web page: only
//! `https://`, no user part before the host (`https://gov.cn@elsewhere.example`), a host
//! of plain lowercase DNS labels, printable ASCII only (anything else percent-encoded).

/// The longest address accepted.
pub const MAX_LEN: usize = 500;

/// What is wrong with an online-service address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnlineUrlProblem {
    TooLong,
    NotHttps,
    /// A space, a control character, non-ASCII or one of `"<>\^`{|}`.
    Characters,
    /// `user@` before the host: the label would name a host the link does not go to.
    UserInfo,
    /// Not lowercase DNS labels with at least one dot, or a port that is not digits.
    Host,
}

impl OnlineUrlProblem {
    /// The problem in a data editor's words (the validator's messages are English).
    pub fn describe(self) -> &'static str {
        match self {
            OnlineUrlProblem::TooLong => "is longer than 500 characters",
            OnlineUrlProblem::NotHttps => "must start with https://",
            OnlineUrlProblem::Characters => "has a space, a control character, non-ASCII or one of \"<>\\^`{|} (percent-encode them)",
            OnlineUrlProblem::UserInfo => "has a user part (user@) before the host",
            OnlineUrlProblem::Host => "has no valid host (lowercase letters, digits and hyphens, with a dot; an optional numeric port)",
        }
    }
}

/// The host of a valid online-service address (`www.example.org`, without a port), or
/// what is wrong with it.
pub fn check(url: &str) -> Result<&str, OnlineUrlProblem> {
    if url.len() > MAX_LEN {
        return Err(OnlineUrlProblem::TooLong);
    }
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(OnlineUrlProblem::NotHttps);
    };
    if !url.bytes().all(|b| b.is_ascii_graphic() && !b"\"<>\\^`{|}".contains(&b)) {
        return Err(OnlineUrlProblem::Characters);
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err(OnlineUrlProblem::UserInfo);
    }
    let (host, port) = match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let label_ok = |label: &str| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    if !host.contains('.') || !host.split('.').all(label_ok) || !port_ok {
        return Err(OnlineUrlProblem::Host);
    }
    Ok(host)
}

/// The host to name in the link's label, for an address [`check`] accepts.
pub fn host(url: &str) -> Option<&str> {
    check(url).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_accepted_only_when_plainly_https_to_a_named_host() {
        use OnlineUrlProblem::*;
        let long = format!("https://online.hall-guide.example/{}", "a".repeat(MAX_LEN));
        let cases: &[(&str, Result<&str, OnlineUrlProblem>)] = &[
            ("https://online.hall-guide.example/items/101100000001", Ok("online.hall-guide.example")),
            ("https://online.hall-guide.example", Ok("online.hall-guide.example")),
            ("https://zwfw.example.org:8443/apply?item=1#start", Ok("zwfw.example.org")),
            ("https://a-b.example.org/%E5%8A%9E", Ok("a-b.example.org")),
            ("http://online.hall-guide.example/items/1", Err(NotHttps)),
            ("HTTPS://online.hall-guide.example/", Err(NotHttps)),
            ("javascript:alert(1)", Err(NotHttps)),
            ("//online.hall-guide.example/", Err(NotHttps)),
            ("https://online.hall-guide.example/办理", Err(Characters)),
            ("https://online.hall-guide.example/a b", Err(Characters)),
            ("https://online.hall-guide.example/\"onclick", Err(Characters)),
            ("https://online.hall-guide.example/\n", Err(Characters)),
            ("https://www.gov.cn@evil.example/", Err(UserInfo)),
            ("https://", Err(Host)),
            ("https:///path", Err(Host)),
            ("https://localhost/", Err(Host)),
            ("https://Online.Example.org/", Err(Host)),
            ("https://-bad.example.org/", Err(Host)),
            ("https://a..example.org/", Err(Host)),
            ("https://example.org:/", Err(Host)),
            ("https://example.org:80a/", Err(Host)),
            (long.as_str(), Err(TooLong)),
        ];
        for (url, expected) in cases {
            assert_eq!(check(url), *expected, "{url}");
        }
    }
}
