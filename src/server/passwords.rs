//! Passwords, kept as Argon2id hashes in PHC strings (`$argon2id$v=19$m=19456,t=2,p=1$…`).
//! The `argon2` crate's default cost is OWASP's recommendation for Argon2id: 19 MiB, two
//! passes, one lane. Both functions take that long on purpose: call them off the async threads.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::RngCore;

use super::error::{Error, Result};
use super::rules;

/// A PHC string of a new password, with a fresh random salt; a password shorter than
/// [`rules::MIN_PASSWORD_CHARS`] is refused.
pub(crate) fn hash(password: &str) -> Result<String> {
    rules::validate_password("password", password)?;
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(Error::internal)?;
    let hash = Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(Error::internal)?;
    Ok(hash.to_string())
}

/// Whether `password` is the one `hash` was made from. Without a hash that can be read (a
/// user unknown, or with no password set) the answer is no, after checking against a dummy
/// all the same: the answer then takes as long, and timing does not tell which users exist.
pub(crate) fn verify(password: &str, hash: Option<&str>) -> bool {
    let stored = hash.and_then(|hash| PasswordHash::new(hash).ok());
    let (checked, real) = match &stored {
        Some(stored) => (stored, true),
        None => (&*DUMMY, false),
    };
    let matches = Argon2::default()
        .verify_password(password.as_bytes(), checked)
        .is_ok();
    matches && real
}

/// Made once, at the cost real hashes have: [`prepare`] makes it before the first login.
static DUMMY_PHC: LazyLock<String> =
    LazyLock::new(|| hash("no password is this one").expect("Argon2 hashes"));
static DUMMY: LazyLock<PasswordHash<'static>> =
    LazyLock::new(|| PasswordHash::new(&DUMMY_PHC).expect("a PHC string it made reads back"));

/// Makes the dummy hash now, so the first unknown user's login takes no longer than others.
pub(crate) fn prepare() {
    LazyLock::force(&DUMMY);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_hash_only() {
        let hash = hash("correct horse").unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify("correct horse", Some(&hash)));
        assert!(!verify("correct horsE", Some(&hash)));
        assert!(!verify("no password is this one", None));
        assert!(!verify("correct horse", Some("not a PHC string")));
        assert_ne!(super::hash("correct horse").unwrap(), hash, "salted");
    }
}
