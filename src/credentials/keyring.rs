//! The OS keyring, through keyring-core and one store crate a platform.
//!
//! Why keyring-core and its store crates rather than the all-in-one `keyring` 4: `keyring` 4
//! is itself a thin layer over them, and says applications that choose their stores should
//! link them directly; doing so lets tik pick, on Linux and the BSDs, the Secret Service store
//! built on zbus (pure Rust, no libdbus to install or link), and nothing it does not use.
//!
//! Every call runs on a thread of its own and is given [`TIMEOUT`]: a Secret Service that is
//! starting, locked behind a prompt nobody sees, or wedged, must not hang a command. A call
//! that overruns is abandoned (the process ends soon after anyway).

use std::sync::{Arc, OnceLock, mpsc};
use std::time::Duration;

use keyring_core::{CredentialStore, Entry, Error};
use zeroize::Zeroizing;

/// What the keyring is called on this platform, for messages.
#[cfg(target_os = "macos")]
pub(super) const NAME: &str = "Keychain";
#[cfg(windows)]
pub(super) const NAME: &str = "Credential Manager";
#[cfg(all(unix, not(target_os = "macos")))]
pub(super) const NAME: &str = "Secret Service";

/// The longest a keyring call may take, connecting included.
const TIMEOUT: Duration = Duration::from_secs(3);

/// The service name entries are filed under; the account is the profile and the host's
/// address (`default@http://127.0.0.1:8765`).
const SERVICE: &str = "tik";

/// Why the keyring could not be asked: one line, for messages.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub(crate) struct Unreachable(String);

pub(super) fn get(host: &str) -> Result<Option<Zeroizing<String>>, Unreachable> {
    get_within(host, TIMEOUT)
}

/// The same, given `wait` rather than [`TIMEOUT`]: a shell completing a word waits less.
pub(super) fn get_within(
    host: &str,
    wait: Duration,
) -> Result<Option<Zeroizing<String>>, Unreachable> {
    let host = host.to_owned();
    bounded_by(wait, move |store| {
        match Entry::new_in_store(store, SERVICE, &host)?.get_password() {
            Ok(token) => Ok(Some(Zeroizing::new(token))),
            Err(Error::NoEntry) => Ok(None),
            Err(err) => Err(err),
        }
    })
}

/// Sets `account`'s token; `label` is what the keyring's own tools show it as.
pub(super) fn set(account: &str, label: &str, token: &str) -> Result<(), Unreachable> {
    let (account, label) = (account.to_owned(), label.to_owned());
    let token = Zeroizing::new(token.to_owned());
    bounded(move |store| entry_to_set(store, &account, &label)?.set_password(&token))
}

/// On the Secret Service, the entry is labelled for its own tools (Seahorse) to show; the
/// other stores refuse modifiers they do not know, and name entries themselves.
#[cfg(all(unix, not(target_os = "macos")))]
fn entry_to_set(
    store: &Arc<CredentialStore>,
    account: &str,
    label: &str,
) -> keyring_core::Result<Entry> {
    let modifiers = std::collections::HashMap::from([("label", label)]);
    Entry::new_in_store_with_modifiers(store, SERVICE, account, &modifiers)
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn entry_to_set(
    store: &Arc<CredentialStore>,
    account: &str,
    _label: &str,
) -> keyring_core::Result<Entry> {
    Entry::new_in_store(store, SERVICE, account)
}

/// Deletes `account`'s entry; whether there was one.
pub(super) fn delete(account: &str) -> Result<bool, Unreachable> {
    let account = account.to_owned();
    bounded(
        move |store| match Entry::new_in_store(store, SERVICE, &account)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(Error::NoEntry) => Ok(false),
            Err(err) => Err(err),
        },
    )
}

/// Runs `call` against the platform's store, within [`TIMEOUT`].
fn bounded<T: Send + 'static>(
    call: impl FnOnce(&Arc<CredentialStore>) -> keyring_core::Result<T> + Send + 'static,
) -> Result<T, Unreachable> {
    bounded_by(TIMEOUT, call)
}

fn bounded_by<T: Send + 'static>(
    wait: Duration,
    call: impl FnOnce(&Arc<CredentialStore>) -> keyring_core::Result<T> + Send + 'static,
) -> Result<T, Unreachable> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let outcome = store().and_then(|store| call(&store).map_err(|err| reason(&err)));
        // The receiver is gone when the call overran: nobody waits for the answer.
        let _ = sender.send(outcome);
    });
    receiver.recv_timeout(wait).unwrap_or_else(|_| {
        Err(Unreachable(format!(
            "the {NAME} did not answer within {} seconds",
            wait.as_secs()
        )))
    })
}

/// The platform's store, opened once a process (opening one connects to it).
fn store() -> Result<Arc<CredentialStore>, Unreachable> {
    static STORE: OnceLock<Result<Arc<CredentialStore>, Unreachable>> = OnceLock::new();
    STORE
        .get_or_init(|| {
            no_session_bus()?;
            open().map_err(|err| reason(&err))
        })
        .clone()
}

/// On Linux and the BSDs the keyring is reached over the D-Bus session bus: without one, say
/// so, rather than name a socket the user never heard of.
#[cfg(all(unix, not(target_os = "macos")))]
fn no_session_bus() -> Result<(), Unreachable> {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        // zbus then tries the session bus's usual socket, which a desktop session has.
        let runtime = std::env::var_os("XDG_RUNTIME_DIR").map_or_else(
            || format!("/run/user/{}", rustix::process::geteuid().as_raw()).into(),
            std::path::PathBuf::from,
        );
        if !runtime.join("bus").exists() {
            return Err(Unreachable(
                "no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)".into(),
            ));
        }
    }
    Ok(())
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn no_session_bus() -> Result<(), Unreachable> {
    Ok(())
}

#[cfg(all(unix, not(target_os = "macos")))]
fn open() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn open() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(windows)]
fn open() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

/// A keyring error as one line, with the platform's own words, which may name the cause (no
/// service, a locked collection, a refused prompt) or may not.
fn reason(err: &Error) -> Unreachable {
    let first_line = |text: String| text.lines().next().unwrap_or_default().trim().to_owned();
    Unreachable(match err {
        Error::NoStorageAccess(inner) => format!(
            "the {NAME} refused access, locked or asking for a password no one can type here \
             ({})",
            first_line(inner.to_string())
        ),
        Error::PlatformFailure(inner) => format!(
            "the {NAME} failed, or is locked ({})",
            first_line(inner.to_string())
        ),
        other => format!("the {NAME}: {}", first_line(other.to_string())),
    })
}
