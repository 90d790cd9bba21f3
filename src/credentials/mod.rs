//! Where a service's token is kept between commands: the OS keyring, or, only when asked for
//! with `--insecure-storage`, a file of the user's alone. Never the configuration file, and
//! never a silent fallback from one to the other.
//!
//! Tokens are filed under the profile and the service's address ([`Account`]): a profile is
//! who you are where, so two profiles may reach one service as two users. A command uses `TIK_TOKEN` when it is set (that is how CI passes one),
//! else the kept token ([`find`]).

mod file;
mod keyring;

use std::path::PathBuf;

use zeroize::Zeroizing;

use crate::exit::AuthError;

pub(crate) use keyring::Unreachable;

/// Whose token: the profile's, on that service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Account {
    pub(crate) profile: String,
    /// The service's address, as [`crate::client::service_address`] writes it.
    pub(crate) host: String,
}

impl Account {
    /// What the keyring entry and the file's line are called: `default@http://127.0.0.1:8765`.
    fn key(&self) -> String {
        format!("{}@{}", self.profile, self.host)
    }
}

/// `http://127.0.0.1:8765`, or `http://127.0.0.1:8765 (profile staging)` for another profile
/// than the default, as messages name it.
impl std::fmt::Display for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.profile == crate::config::DEFAULT_PROFILE {
            f.write_str(&self.host)
        } else {
            write!(f, "{} (profile {})", self.host, self.profile)
        }
    }
}

/// Where a token is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Place {
    /// The OS keyring (Secret Service, Keychain, Credential Manager).
    Keyring,
    /// A plain file, readable by its owner alone (`--insecure-storage`).
    File(PathBuf),
}

impl Place {
    /// How `tik auth status` and JSON name it.
    pub(crate) fn describe(&self) -> String {
        match self {
            Self::Keyring => format!("the system keyring ({})", keyring::NAME),
            Self::File(path) => format!("{} (insecure storage)", path.display()),
        }
    }

    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Self::Keyring => "keyring",
            Self::File(_) => "file",
        }
    }
}

/// A token read back, and where from.
pub(crate) struct Stored {
    pub(crate) token: Zeroizing<String>,
    pub(crate) place: Place,
}

/// What finding a host's token came to.
pub(crate) enum Lookup {
    Found(Stored),
    /// Neither the file nor the keyring holds one.
    Missing,
    /// No file holds one, and the keyring could not be asked.
    KeyringUnreachable(Unreachable),
}

/// A token, and where it came from.
pub(crate) struct Credential {
    pub(crate) token: Zeroizing<String>,
    pub(crate) source: Source,
}

pub(crate) enum Source {
    /// `TIK_TOKEN`, which wins over any kept token.
    Environment,
    /// What `tik auth login` kept.
    Kept(Place),
}

impl Source {
    pub(crate) fn describe(&self) -> String {
        match self {
            Self::Environment => "the environment (TIK_TOKEN)".into(),
            Self::Kept(place) => place.describe(),
        }
    }
}

/// The token for `host`: `TIK_TOKEN` (CI's way), else the one `tik auth login` kept.
pub(crate) fn find(account: &Account) -> anyhow::Result<Credential> {
    if let Some(token) = std::env::var("TIK_TOKEN").ok().filter(|t| !t.is_empty()) {
        return Ok(Credential {
            token: Zeroizing::new(token),
            source: Source::Environment,
        });
    }
    match load(account)? {
        Lookup::Found(stored) => Ok(Credential {
            token: stored.token,
            source: Source::Kept(stored.place),
        }),
        Lookup::Missing => Err(AuthError(format!(
            "not logged in to {account}: `tik auth login`, or set TIK_TOKEN"
        ))
        .into()),
        Lookup::KeyringUnreachable(why) => Err(AuthError(format!(
            "not logged in to {account}: no TIK_TOKEN, and the system keyring cannot be \
             reached ({why}); set TIK_TOKEN, or `tik auth login --insecure-storage`"
        ))
        .into()),
    }
}

/// The token for `account` as a shell completing a word looks for it: where [`find`] looks,
/// without a word on stderr (the shell's line is being edited; a token from the file goes
/// unwarned here, and is warned about by every command that uses it), and asking the keyring
/// for no longer than `wait`. `None` when there is none, or it cannot be had that fast.
pub(crate) fn find_quietly(
    account: &Account,
    wait: std::time::Duration,
) -> Option<Zeroizing<String>> {
    if let Some(token) = std::env::var("TIK_TOKEN").ok().filter(|t| !t.is_empty()) {
        return Some(Zeroizing::new(token));
    }
    let key = account.key();
    if let Ok(Some((token, _))) = file::load(&key) {
        return Some(token);
    }
    keyring::get_within(&key, wait).ok().flatten()
}

/// Keeps `token` for `account`: in the keyring, or in the file when `insecure`. Whichever
/// place takes it, the other forgets any older token of the account, so there is one answer
/// to "where is my token".
pub(crate) fn save(account: &Account, token: &str, insecure: bool) -> anyhow::Result<Place> {
    let key = account.key();
    if insecure {
        let path = file::save(&key, token)?;
        // Best effort: an unreachable keyring holds nothing tik could read anyway.
        let _ = keyring::delete(&key);
        return Ok(Place::File(path));
    }
    keep_in_keyring(account, token).map_err(|unreachable| unkept(&unreachable))?;
    file::remove(&key)?;
    Ok(Place::Keyring)
}

/// Whether the keyring answers, asked before a login takes a password or a token: a login
/// that could not keep its token stops before anything is typed or issued.
pub(crate) fn check_keyring(account: &Account) -> anyhow::Result<()> {
    keyring::get(&account.key())
        .map(drop)
        .map_err(|unreachable| unkept(&unreachable))
}

fn unkept(unreachable: &Unreachable) -> anyhow::Error {
    anyhow::anyhow!(
        "cannot keep the token in the system keyring: {unreachable}. `tik auth login \
         --insecure-storage` keeps it in a file instead"
    )
}

/// Keeps `token` for `account` in the keyring, and nowhere else.
pub(crate) fn keep_in_keyring(account: &Account, token: &str) -> Result<(), Unreachable> {
    keyring::set(&account.key(), &format!("tik token for {account}"), token)
}

/// The token kept for `host`. The file is read first: a token put there on purpose is the one
/// meant, and a headless machine then never waits on a keyring that is not there. Using it
/// warns, every time.
pub(crate) fn load(account: &Account) -> anyhow::Result<Lookup> {
    let key = account.key();
    if let Some((token, path)) = file::load(&key)? {
        eprintln!(
            "tik: warning: using the token for {account} kept in plain text in {} \
             (--insecure-storage)",
            path.display()
        );
        return Ok(Lookup::Found(Stored {
            token,
            place: Place::File(path),
        }));
    }
    Ok(match keyring::get(&key) {
        Ok(Some(token)) => Lookup::Found(Stored {
            token,
            place: Place::Keyring,
        }),
        Ok(None) => Lookup::Missing,
        Err(unreachable) => Lookup::KeyringUnreachable(unreachable),
    })
}

/// Forgets `account`'s token wherever it is kept; returns the places it was in.
pub(crate) fn remove(account: &Account) -> anyhow::Result<Vec<Place>> {
    let key = account.key();
    let mut places = Vec::new();
    if let Some(path) = file::remove(&key)? {
        places.push(Place::File(path));
    }
    match keyring::delete(&key) {
        Ok(true) => places.push(Place::Keyring),
        // A keyring out of reach holds nothing tik could have read: when the file held the
        // token, that was the one in use.
        Err(unreachable) if places.is_empty() => {
            return Err(anyhow::anyhow!(
                "cannot reach the system keyring to remove the token: {unreachable}"
            ));
        }
        Ok(false) | Err(_) => {}
    }
    Ok(places)
}
