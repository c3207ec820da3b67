//! Short links in the bookings database (`links`): a page's path and the code derived
//! from it. Rows are never deleted, so a link sent once keeps working.

use sha2::{Digest, Sha256};

use super::{Store, StoreError};

/// The shortest code, in characters; a collision with another path makes it longer.
const SHORTEST: usize = 7;
const LONGEST: usize = 12;

/// The code of `path`, `length` characters long: derived from the path alone (SHA-256 →
/// Crockford base32, no I, L, O or U).
fn code_for(path: &str, length: usize) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let digest = Sha256::digest(path.as_bytes());
    let mut bits = digest.iter().flat_map(|byte| (0..8).rev().map(move |i| (byte >> i) & 1));
    (0..length)
        .map(|_| {
            let value = (0..5).fold(0usize, |acc, _| (acc << 1) | usize::from(bits.next().unwrap_or(0)));
            ALPHABET[value] as char
        })
        .collect()
}

impl Store {
    /// The code of a path that has a short link already.
    pub async fn link_code(&self, path: &str) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar("SELECT code FROM links WHERE path = $1").bind(path).fetch_optional(self.bookings()).await?)
    }

    /// The short link of `path` (checked by the caller): its code, and `true` when this
    /// call created it. Two calls at once for one path get the same code.
    pub async fn create_link(&self, path: &str) -> Result<(String, bool), StoreError> {
        let _turn = self.write_turn().await;
        for length in SHORTEST..=LONGEST {
            let code = code_for(path, length);
            let inserted = sqlx::query("INSERT INTO links (code, path, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                .bind(&code)
                .bind(path)
                .bind(super::db::now())
                .execute(self.bookings())
                .await?;
            if inserted.rows_affected() == 1 {
                return Ok((code, true));
            }
            // Either another request stored this path meanwhile, or another path has the code.
            if self.link_path(&code).await?.as_deref() == Some(path) {
                return Ok((code, false));
            }
        }
        Err(StoreError::Internal("no free short code for this path".to_owned()))
    }

    /// The path a code stands for; `None` for an unknown or malformed code.
    pub async fn link_path(&self, code: &str) -> Result<Option<String>, StoreError> {
        let code = code.trim().to_ascii_uppercase();
        if code.is_empty() || code.len() > LONGEST || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Ok(None);
        }
        Ok(sqlx::query_scalar("SELECT path FROM links WHERE code = $1").bind(&code).fetch_optional(self.bookings()).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_derived_from_the_path_and_read_easily() {
        let a = code_for("/halls/330106-01", 7);
        assert_eq!(a, code_for("/halls/330106-01", 7));
        assert_ne!(a, code_for("/halls/330106-02", 7));
        assert_eq!(a.len(), 7);
        assert!(a.bytes().all(|b| b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&b)), "{a}");
        assert!(code_for("/halls/330106-01", 8).starts_with(&a));
    }
}
