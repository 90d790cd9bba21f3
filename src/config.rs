//! The configuration file: named profiles of settings (a service's address, a timeout), in
//! TOML, in the XDG config directory (`TIK_CONFIG` names another file). It never holds a
//! token. What it sets gives way to the environment (`TIK_*`), which gives way to flags.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::exit::UsageError;
use crate::units::io_reason;

/// Makes `profile` talk to `host` when it talks to none yet, as a login does. Returns the
/// other host it already talks to, if any.
pub(crate) fn adopt_host(profile: &str, host: &str) -> anyhow::Result<Option<String>> {
    let path = path()?;
    let mut config = Config::load(&path)?;
    match config.profile(profile).host {
        None => {
            config.set(profile, Key::Host, Some(host))?;
            config.save(&path)?;
            Ok(None)
        }
        Some(other) if other.trim_end_matches('/') != host => Ok(Some(other)),
        Some(_) => Ok(None),
    }
}

/// The profile used when none is named (`--profile`, `TIK_PROFILE`, `default-profile`).
pub(crate) const DEFAULT_PROFILE: &str = "default";

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct Config {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) default_profile: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(crate) profiles: BTreeMap<String, Profile>,
}

/// One service's settings.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) timeout: Option<u64>,
}

/// A setting `tik config` reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    /// The service, e.g. `http://127.0.0.1:8765` (in the profile)
    Host,
    /// Seconds to wait for the service (in the profile)
    Timeout,
    /// The profile used when none is named
    DefaultProfile,
}

impl Key {
    pub(crate) const ALL: [Self; 3] = [Self::Host, Self::Timeout, Self::DefaultProfile];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Host => "host",
            Self::Timeout => "timeout",
            Self::DefaultProfile => "default-profile",
        }
    }
}

/// Where the configuration lives: `TIK_CONFIG`, else `tik/config.toml` in the XDG config
/// directory.
pub(crate) fn path() -> anyhow::Result<PathBuf> {
    if let Some(path) = std::env::var_os("TIK_CONFIG").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    dirs::config_dir()
        .map(|dir| dir.join("tik").join("config.toml"))
        .ok_or_else(|| UsageError("no configuration directory here: set TIK_CONFIG".into()).into())
}

impl Config {
    /// The configuration at `path`; empty when there is no file.
    pub(crate) fn load(path: &Path) -> anyhow::Result<Self> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(err) => {
                return Err(UsageError(format!(
                    "cannot read the configuration {}: {}",
                    path.display(),
                    io_reason(&err)
                ))
                .into());
            }
        };
        toml::from_str(&text).map_err(|err| {
            let reason = err.message().to_owned();
            UsageError(format!(
                "the configuration {} is not valid: {reason}",
                path.display()
            ))
            .into()
        })
    }

    /// Writes the configuration to `path` whole, or not at all (a temporary file renamed).
    pub(crate) fn save(&self, path: &Path) -> anyhow::Result<()> {
        let text = toml::to_string(self)?;
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let failed = |err: &std::io::Error| {
            UsageError(format!(
                "cannot write {}: {}",
                path.display(),
                io_reason(err)
            ))
        };
        std::fs::create_dir_all(dir).map_err(|e| failed(&e))?;
        let mut file = tempfile::NamedTempFile::new_in(dir).map_err(|e| failed(&e))?;
        std::io::Write::write_all(&mut file, text.as_bytes()).map_err(|e| failed(&e))?;
        file.persist(path).map_err(|e| failed(&e.error))?;
        Ok(())
    }

    /// The profile to use: the one named, else `default-profile`, else `default`.
    pub(crate) fn profile_name(&self, named: Option<&str>) -> String {
        named
            .or(self.default_profile.as_deref())
            .unwrap_or(DEFAULT_PROFILE)
            .to_owned()
    }

    pub(crate) fn profile(&self, name: &str) -> Profile {
        self.profiles.get(name).cloned().unwrap_or_default()
    }

    pub(crate) fn get(&self, profile: &str, key: Key) -> Option<String> {
        match key {
            Key::Host => self.profile(profile).host,
            Key::Timeout => self.profile(profile).timeout.map(|t| t.to_string()),
            Key::DefaultProfile => self.default_profile.clone(),
        }
    }

    /// Sets `key` (in `profile`, for a profile's key) to `value`, checked; `None` unsets it.
    pub(crate) fn set(
        &mut self,
        profile: &str,
        key: Key,
        value: Option<&str>,
    ) -> anyhow::Result<()> {
        match key {
            Key::DefaultProfile => {
                if let Some(name) = value {
                    valid_profile(name)?;
                }
                self.default_profile = value.map(str::to_owned);
            }
            Key::Host | Key::Timeout => {
                let entry = self.profiles.entry(profile.to_owned()).or_default();
                match key {
                    Key::Host => entry.host = value.map(valid_host).transpose()?,
                    _ => entry.timeout = value.map(valid_timeout).transpose()?,
                }
                if entry.host.is_none() && entry.timeout.is_none() {
                    self.profiles.remove(profile);
                }
            }
        }
        Ok(())
    }
}

/// A profile's name: 1 to 64 letters, digits, `.`, `_` or `-`.
pub(crate) fn valid_profile(name: &str) -> anyhow::Result<()> {
    let valid = (1..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
    if !valid {
        return Err(UsageError(format!(
            "'{}' is not a profile name: use 1 to 64 letters, digits, '.', '_' or '-'",
            name.escape_debug()
        ))
        .into());
    }
    Ok(())
}

fn valid_host(value: &str) -> anyhow::Result<String> {
    let host = value.trim().trim_end_matches('/');
    if !(host.starts_with("http://") || host.starts_with("https://"))
        || host.contains(char::is_whitespace)
    {
        return Err(UsageError(format!(
            "'{}' is not a service address: use http://HOST:PORT or https://HOST",
            value.escape_debug()
        ))
        .into());
    }
    Ok(host.to_owned())
}

fn valid_timeout(value: &str) -> anyhow::Result<u64> {
    value
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|t| (1..=86_400).contains(t))
        .ok_or_else(|| UsageError("a timeout is 1 to 86400 seconds".into()).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_through_the_file_and_unset_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("config.toml");
        let mut config = Config::load(&path).unwrap();
        config
            .set("work", Key::Host, Some("https://tik.example.com/"))
            .unwrap();
        config.set("work", Key::Timeout, Some("60")).unwrap();
        config
            .set("work", Key::DefaultProfile, Some("work"))
            .unwrap();
        config.save(&path).unwrap();
        let read = Config::load(&path).unwrap();
        assert_eq!(read.profile_name(None), "work");
        assert_eq!(
            read.get("work", Key::Host).as_deref(),
            Some("https://tik.example.com")
        );
        assert_eq!(read.get("work", Key::Timeout).as_deref(), Some("60"));
        let mut config = read;
        config.set("work", Key::Host, None).unwrap();
        config.set("work", Key::Timeout, None).unwrap();
        assert!(config.profiles.is_empty());
        assert!(config.set("work", Key::Timeout, Some("0")).is_err());
        assert!(
            config
                .set("work", Key::Host, Some("tik.example.com"))
                .is_err()
        );
        assert!(
            config
                .set("work", Key::DefaultProfile, Some("a b"))
                .is_err()
        );
    }
}
