//! The server key that protects personal data at rest: generated on first run, kept in a
//! file only the server's user can read (default `<data-dir>/secret.key`, or
//! `--key-file`). Losing it makes stored mobile numbers unreadable; keep it with backups.

use std::io::Write;
use std::path::Path;

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

pub struct Secrets {
    cipher: ChaCha20Poly1305,
    person_key: [u8; 32],
    verifier_key: [u8; 32],
    request_key: [u8; 32],
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secrets(…)")
    }
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes).expect("the operating system's random source works");
    bytes
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn derive(master: &[u8; 32], label: &str) -> [u8; 32] {
    let mut mac = <HmacSha256 as Mac>::new_from_slice(master).expect("any key length works");
    mac.update(label.as_bytes());
    mac.finalize().into_bytes().into()
}

impl Secrets {
    pub fn from_master(master: [u8; 32]) -> Secrets {
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&derive(&master, "hall-guide personal data encryption v1")));
        Secrets {
            cipher,
            person_key: derive(&master, "hall-guide person key v1"),
            verifier_key: derive(&master, "hall-guide application verifier v1"),
            request_key: derive(&master, "hall-guide idempotent request v1"),
        }
    }

    /// Reads the key file, creating it (mode 0600) with a fresh random key if missing.
    pub fn load_or_create(path: &Path) -> std::io::Result<Secrets> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let text = text.trim();
                let bytes: Option<Vec<u8>> =
                    (text.len() == 64).then(|| (0..32).map(|i| u8::from_str_radix(&text[i * 2..i * 2 + 2], 16).ok()).collect()).flatten();
                let master: [u8; 32] = bytes
                    .and_then(|b| b.try_into().ok())
                    .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{} is not 64 hex digits", path.display())))?;
                Ok(Secrets::from_master(master))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let master = random_bytes::<32>();
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)?;
                }
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                {
                    use std::os::unix::fs::OpenOptionsExt;
                    options.mode(0o600);
                }
                let mut file = options.open(path)?;
                writeln!(file, "{}", hex(&master))?;
                tracing::info!(path = %path.display(), "generated a new server key");
                Ok(Secrets::from_master(master))
            }
            Err(e) => Err(e),
        }
    }

    /// A keyed hash of a normalised resident ID: equal for the same person, useless to
    /// anyone without the server key.
    pub fn person_key(&self, resident_id: &str) -> String {
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&self.person_key).expect("any key length works");
        mac.update(resident_id.as_bytes());
        hex(&mac.finalize().into_bytes())
    }

    /// The person key of a document: [`Secrets::person_key`] of the number for a resident
    /// ID, so that appointments booked before there were other documents keep counting
    /// towards their holder's cap; of `type:number` for every other document (no resident
    /// ID holds a colon, so no other document's key can equal a resident ID's).
    pub fn document_key(&self, document_type: hall_model::identity::DocumentType, number: &str) -> String {
        match document_type {
            hall_model::identity::DocumentType::ResidentId => self.person_key(number),
            other => self.person_key(&format!("{}:{number}", other.as_str())),
        }
    }

    /// A keyed hash of an application's verifier, bound to its number, so that a stored
    /// hash is useless for any other application.
    pub fn verifier_key(&self, number: &str, verifier: &str) -> String {
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&self.verifier_key).expect("any key length works");
        mac.update(number.as_bytes());
        mac.update(b":");
        mac.update(verifier.trim().to_ascii_uppercase().as_bytes());
        hex(&mac.finalize().into_bytes())
    }

    /// A keyed hash of a request's canonical form, binding an `Idempotency-Key` to the
    /// request it was first used with. Keyed, because the request holds a resident ID and
    /// a mobile number: an unkeyed hash of them is reversed by trying every number.
    pub fn request_key(&self, canonical: &str) -> String {
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&self.request_key).expect("any key length works");
        mac.update(canonical.as_bytes());
        hex(&mac.finalize().into_bytes())
    }

    /// `nonce || ciphertext`.
    pub fn encrypt(&self, plain: &[u8]) -> Vec<u8> {
        let nonce = random_bytes::<12>();
        let mut out = nonce.to_vec();
        out.extend(self.cipher.encrypt(Nonce::from_slice(&nonce), plain).expect("encryption of a small buffer cannot fail"));
        out
    }

    pub fn decrypt(&self, sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() < 12 {
            return None;
        }
        self.cipher.decrypt(Nonce::from_slice(&sealed[..12]), &sealed[12..]).ok()
    }
}

/// Compares two secrets in constant time (the time depends on neither's content).
pub fn same(a: &str, b: &str) -> bool {
    // Compare digests, so neither the position of the first difference nor the length of
    // the secret shows in the time taken.
    let (a, b) = (Sha256::digest(a.as_bytes()), Sha256::digest(b.as_bytes()));
    a.iter().zip(b.iter()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// SHA-256 in hex: how manage tokens are kept (128 random bits: no search can reverse it).
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// A new manage token: 128 random bits in hex.
pub fn new_token() -> String {
    hex(&random_bytes::<16>())
}

/// A new reference code: 8 characters of Crockford base32 (no I, L, O, U), 40 bits.
pub fn new_reference() -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let bytes = random_bytes::<5>();
    let mut value = bytes.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    let mut out = [0u8; 8];
    for slot in out.iter_mut().rev() {
        *slot = ALPHABET[(value & 31) as usize];
        value >>= 5;
    }
    String::from_utf8(out.to_vec()).expect("ascii")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_file_is_created_once_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret.key");
        let first = Secrets::load_or_create(&path).unwrap();
        let sealed = first.encrypt(b"13812345678");
        assert!(!sealed.windows(11).any(|w| w == b"13812345678"), "stored encrypted");
        let again = Secrets::load_or_create(&path).unwrap();
        assert_eq!(again.decrypt(&sealed).as_deref(), Some(&b"13812345678"[..]));
        assert_eq!(first.person_key("11010519491231002X"), again.person_key("11010519491231002X"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let other = Secrets::from_master([7; 32]);
        assert_eq!(other.decrypt(&sealed), None, "another key cannot read it");
        assert_ne!(other.person_key("11010519491231002X"), first.person_key("11010519491231002X"));
    }

    #[test]
    fn a_document_is_keyed_by_its_type_and_number_and_a_resident_id_as_before() {
        use hall_model::identity::DocumentType;
        let secrets = Secrets::from_master([3; 32]);
        let id = "11010519491231002X";
        assert_eq!(secrets.document_key(DocumentType::ResidentId, id), secrets.person_key(id), "old bookings keep their key");
        let keys: std::collections::HashSet<String> = DocumentType::ALL.iter().map(|t| secrets.document_key(*t, "E12345678")).collect();
        assert_eq!(keys.len(), DocumentType::ALL.len(), "one number as six documents is six people");
        assert_eq!(secrets.document_key(DocumentType::Passport, "E12345678"), secrets.document_key(DocumentType::Passport, "E12345678"));
    }

    #[test]
    fn references_and_tokens_have_their_documented_shapes() {
        let reference = new_reference();
        assert_eq!(reference.len(), 8);
        assert!(reference.bytes().all(|b| b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&b)));
        assert_eq!(new_token().len(), 32);
        assert_ne!(new_token(), new_token());
    }
}
