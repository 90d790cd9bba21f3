//! The insecure store: tokens in plain text, in `tik/credentials.toml` under the XDG config
//! directory, readable by its owner alone. Only `--insecure-storage` writes it, and a file
//! that others can read is refused, as ssh refuses a private key others can read.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::exit::{AuthError, UsageError};
use crate::units::io_reason;

#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Credentials {
    #[serde(default)]
    /// By account: `default@http://127.0.0.1:8765`.
    tokens: BTreeMap<String, Entry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    token: String,
}

impl Drop for Entry {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.token);
    }
}

/// Where the file is, whether or not it exists.
pub(super) fn path() -> anyhow::Result<PathBuf> {
    dirs::config_dir()
        .map(|dir| dir.join("tik").join("credentials.toml"))
        .ok_or_else(|| {
            UsageError("no configuration directory here: set XDG_CONFIG_HOME".into()).into()
        })
}

pub(super) fn load(account: &str) -> anyhow::Result<Option<(Zeroizing<String>, PathBuf)>> {
    let path = path()?;
    let Some(mut credentials) = read(&path)? else {
        return Ok(None);
    };
    Ok(credentials
        .tokens
        .get_mut(account)
        .map(|entry| (Zeroizing::new(std::mem::take(&mut entry.token)), path)))
}

pub(super) fn save(account: &str, token: &str) -> anyhow::Result<PathBuf> {
    let path = path()?;
    let mut credentials = read(&path)?.unwrap_or_default();
    credentials.tokens.insert(
        account.to_owned(),
        Entry {
            token: token.to_owned(),
        },
    );
    write(&path, &credentials)?;
    Ok(path)
}

/// Forgets `account`'s token; the file's path if it held one. An emptied file is removed.
pub(super) fn remove(account: &str) -> anyhow::Result<Option<PathBuf>> {
    let path = path()?;
    let Some(mut credentials) = read(&path)? else {
        return Ok(None);
    };
    if credentials.tokens.remove(account).is_none() {
        return Ok(None);
    }
    if credentials.tokens.is_empty() {
        std::fs::remove_file(&path).map_err(|e| failed("remove", &path, &e))?;
    } else {
        write(&path, &credentials)?;
    }
    Ok(Some(path))
}

fn read(path: &Path) -> anyhow::Result<Option<Credentials>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => Zeroizing::new(text),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(failed("read", path, &err).into()),
    };
    refuse_if_shared(path)?;
    let credentials = toml::from_str(&text).map_err(|err| {
        UsageError(format!(
            "{} is not a tik credentials file: {}",
            path.display(),
            err.message()
        ))
    })?;
    Ok(Some(credentials))
}

#[cfg(unix)]
fn refuse_if_shared(path: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| failed("read", path, &e))?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        return Err(AuthError(format!(
            "{} holds tokens and others can read it (mode {:o}): `chmod 600 {}`",
            path.display(),
            mode & 0o777,
            path.display()
        ))
        .into());
    }
    Ok(())
}

#[cfg(not(unix))]
fn refuse_if_shared(_path: &Path) -> anyhow::Result<()> {
    // The file sits in the user's profile, which Windows keeps to its owner.
    Ok(())
}

/// Replaces the file at once: a reader sees the old file or the new one, never half of one.
/// The temporary file is made 0600, in a directory made 0700.
fn write(path: &Path, credentials: &Credentials) -> anyhow::Result<()> {
    let text = Zeroizing::new(toml::to_string(credentials)?);
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| failed("write", path, &e))?;
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(|e| failed("write", path, &e))?;
    std::io::Write::write_all(&mut file, text.as_bytes()).map_err(|e| failed("write", path, &e))?;
    file.as_file()
        .sync_all()
        .map_err(|e| failed("write", path, &e))?;
    file.persist(path)
        .map_err(|e| failed("write", path, &e.error))?;
    Ok(())
}

fn failed(what: &str, path: &Path, err: &std::io::Error) -> UsageError {
    UsageError(format!(
        "cannot {what} {}: {}",
        path.display(),
        io_reason(err)
    ))
}
