//! Shared secrets, sealed before they reach the store and opened only for support.
//!
//! XChaCha20-Poly1305: a random 24-byte nonce a secret (random nonces of that size never
//! collide in practice), and the ticket's id as associated data, so sealed bytes moved to
//! another ticket, or altered, fail to open instead of reading as something else. The key is
//! 32 random bytes in a file beside the database, never inside it: a copy of the database
//! alone reveals no secret.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use super::error::{Error, Result};
use super::store::{Actor, Sealed, Store};
use crate::api::{SecretInfo, SharedSecret};
use crate::units::io_reason;

const KEY_BYTES: usize = 32;

/// The key secrets are sealed with. No `Debug` that shows it; the cipher wipes it on drop.
pub(crate) struct SecretKey {
    cipher: XChaCha20Poly1305,
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

/// What a seal is bound to: the ticket, by its id, which never changes.
fn associated_data(ticket_id: i64) -> Vec<u8> {
    format!("tik secret of ticket {ticket_id}").into_bytes()
}

impl SecretKey {
    fn from_bytes(bytes: &[u8]) -> Self {
        Self {
            cipher: XChaCha20Poly1305::new_from_slice(bytes).expect("a key of 32 bytes"),
        }
    }

    /// The key in `path`; made (32 random bytes, its owner's alone) when there is none and no
    /// secret waits for it. A key file that is there but unusable is refused, never
    /// replaced: a new key would leave every kept secret unreadable.
    pub(crate) fn load_or_create(path: &Path, secrets_kept: u64) -> anyhow::Result<Self> {
        match std::fs::symlink_metadata(path) {
            Ok(_) => Self::load(path),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                if secrets_kept > 0 {
                    anyhow::bail!(
                        "the secret key file {} is missing, and the database keeps {secrets_kept} secret(s) sealed with it: restore it, or pass --secret-key-file",
                        path.display()
                    );
                }
                Self::create(path)
            }
            Err(err) => anyhow::bail!(
                "cannot read the secret key file {}: {}",
                path.display(),
                io_reason(&err)
            ),
        }
    }

    fn load(path: &Path) -> anyhow::Result<Self> {
        let unreadable = |err: &std::io::Error| {
            anyhow::anyhow!(
                "cannot read the secret key file {}: {}",
                path.display(),
                io_reason(err)
            )
        };
        let metadata = std::fs::metadata(path).map_err(|e| unreadable(&e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = metadata.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                anyhow::bail!(
                    "the secret key file {} is open to others (mode {mode:o}): make it its owner's alone (chmod 600)",
                    path.display()
                );
            }
        }
        if !metadata.is_file() {
            anyhow::bail!("the secret key file {} is not a file", path.display());
        }
        let bytes = Zeroizing::new(std::fs::read(path).map_err(|e| unreadable(&e))?);
        if bytes.len() != KEY_BYTES {
            anyhow::bail!(
                "the secret key file {} holds {} bytes, not the {KEY_BYTES} of a key: restore the right file",
                path.display(),
                bytes.len()
            );
        }
        Ok(Self::from_bytes(&bytes))
    }

    fn create(path: &Path) -> anyhow::Result<Self> {
        let mut key = XChaCha20Poly1305::generate_key(&mut OsRng);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(path)
            .with_context(|| format!("cannot create the secret key file {}", path.display()))?;
        file.write_all(&key)
            .and_then(|()| file.sync_all())
            .with_context(|| format!("cannot write the secret key file {}", path.display()))?;
        let made = Self::from_bytes(&key);
        zeroize::Zeroize::zeroize(key.as_mut_slice());
        Ok(made)
    }

    pub(crate) fn seal(&self, ticket_id: i64, plain: &[u8]) -> Result<Sealed> {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let aad = associated_data(ticket_id);
        let ciphertext = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plain,
                    aad: &aad,
                },
            )
            .map_err(|_| Error::internal("cannot seal a secret"))?;
        Ok(Sealed {
            nonce: nonce.to_vec(),
            ciphertext,
        })
    }

    /// The plain text, if `sealed` was sealed for this ticket under this key and not
    /// altered since.
    pub(crate) fn open(&self, ticket_id: i64, sealed: &Sealed) -> Option<Zeroizing<Vec<u8>>> {
        if sealed.nonce.len() != 24 {
            return None;
        }
        let aad = associated_data(ticket_id);
        self.cipher
            .decrypt(
                XNonce::from_slice(&sealed.nonce),
                Payload {
                    msg: &sealed.ciphertext,
                    aad: &aad,
                },
            )
            .ok()
            .map(Zeroizing::new)
    }
}

/// The key file's default place: beside the database, named after it (`tik.db.key`).
pub(crate) fn default_key_file(database: &Path) -> PathBuf {
    super::beside(database, ".key")
}

/// The secrets of the desk: sealed on the way in, opened for support, purged on time.
pub(crate) struct Secrets {
    store: Arc<dyn Store>,
    key: Arc<SecretKey>,
    lifetime: chrono::TimeDelta,
}

impl Secrets {
    pub(crate) fn new(store: Arc<dyn Store>, key: SecretKey, lifetime: Duration) -> Self {
        Self {
            store,
            key: Arc::new(key),
            lifetime: chrono::TimeDelta::from_std(lifetime).unwrap_or(chrono::TimeDelta::MAX),
        }
    }

    pub(crate) async fn give(&self, actor: &Actor, key: &str, secret: &str) -> Result<SecretInfo> {
        let plain = Zeroizing::new(secret.as_bytes().to_vec());
        let sealer = self.key.clone();
        let seal = Box::new(move |ticket_id| sealer.seal(ticket_id, &plain));
        self.store
            .give_secret(actor, key, self.lifetime, seal)
            .await
    }

    pub(crate) async fn read(&self, actor: &Actor, key: &str) -> Result<SharedSecret> {
        let kept = self.store.sealed_secret(actor, key).await?;
        let unreadable = || {
            Error::Unreadable(format!(
                "the secret of {} fails its integrity check: it was altered in the database, or sealed under another key file; give it again (tik secret set {})",
                kept.key, kept.key
            ))
        };
        let plain = self
            .key
            .open(kept.ticket_id, &kept.sealed)
            .ok_or_else(unreadable)?;
        let secret = String::from_utf8(plain.to_vec()).map_err(|_| unreadable())?;
        // Who read which secret, for the record; never the secret.
        tracing::info!(ticket = %kept.key, by = %actor.name, "a secret was read");
        Ok(SharedSecret {
            secret,
            info: kept.info,
        })
    }

    pub(crate) async fn clear(&self, actor: &Actor, key: &str) -> Result<()> {
        self.store.clear_secret(actor, key).await
    }

    /// How often the purge looks: often enough that a secret outlives its time by at most
    /// half its lifetime, and by no more than a minute.
    fn purge_interval(&self) -> Duration {
        let half = (self.lifetime / 2).to_std().unwrap_or(Duration::MAX);
        half.clamp(Duration::from_millis(100), Duration::from_secs(60))
    }

    /// Purges expired secrets, at start and then on the purge's own timer, for as long as
    /// the service runs.
    pub(crate) async fn keep_purging(self: Arc<Self>) {
        let mut ticks = tokio::time::interval(self.purge_interval());
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            // One replica at a time: each purge is an event on the ticket.
            let purge = Box::pin(async {
                match self.store.purge_secrets(chrono::Utc::now()).await {
                    Ok(0) => {}
                    Ok(purged) => tracing::info!(purged, "purged expired secrets"),
                    Err(err) => tracing::warn!(%err, "cannot purge expired secrets"),
                }
            });
            if let Err(err) = self
                .store
                .housekeeping(crate::server::store::Chore::PurgeSecrets, purge)
                .await
            {
                tracing::warn!(%err, "cannot take the turn to purge expired secrets");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SecretKey {
        SecretKey::from_bytes(&[7; KEY_BYTES])
    }

    #[test]
    fn a_seal_opens_for_its_ticket_only_and_not_once_altered() {
        let key = key();
        let sealed = key.seal(1, b"hunter2").unwrap();
        assert_eq!(key.open(1, &sealed).unwrap().as_slice(), b"hunter2");
        assert!(key.open(2, &sealed).is_none(), "moved to another ticket");
        let mut altered = sealed.clone();
        altered.ciphertext[0] ^= 1;
        assert!(key.open(1, &altered).is_none(), "altered");
        let other = SecretKey::from_bytes(&[8; KEY_BYTES]);
        assert!(other.open(1, &sealed).is_none(), "another key");
        assert_ne!(key.seal(1, b"hunter2").unwrap().nonce, sealed.nonce);
    }

    #[test]
    fn a_key_file_is_made_private_once_and_refused_when_wrong() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tik.db.key");
        let made = SecretKey::load_or_create(&path, 0).unwrap();
        let sealed = made.seal(1, b"x").unwrap();
        let again = SecretKey::load_or_create(&path, 0).unwrap();
        assert!(again.open(1, &sealed).is_some(), "the same key, read back");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let permissions = std::fs::metadata(&path).unwrap().permissions();
            assert_eq!(permissions.mode() & 0o777, 0o600);
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
            let err = SecretKey::load_or_create(&path, 0).unwrap_err();
            assert!(err.to_string().contains("open to others"), "{err}");
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        std::fs::write(&path, b"short").unwrap();
        let err = SecretKey::load_or_create(&path, 0).unwrap_err();
        assert!(err.to_string().contains("holds 5 bytes"), "{err}");
        let missing = dir.path().join("gone.key");
        let err = SecretKey::load_or_create(&missing, 2).unwrap_err();
        assert!(err.to_string().contains("is missing"), "{err}");
        assert!(!missing.exists(), "no new key replaces a lost one");
        assert_eq!(format!("{made:?}"), "SecretKey(..)");
    }
}
