//! What every command can reach: the global options, the terminals it runs on, and the
//! backend built from the host and token.

use std::io::IsTerminal;
use std::time::Duration;

use crate::cli::{ColorChoice, GlobalArgs};
use crate::client::HttpClient;
use crate::config::{Config, Profile};
use crate::credentials;
use crate::exit::UsageError;

/// Seconds to wait for the service when nothing says otherwise.
const DEFAULT_TIMEOUT: u64 = 30;

pub(crate) struct Context {
    pub(crate) global: GlobalArgs,
    stdin_tty: bool,
    stdout_tty: bool,
    stderr_tty: bool,
}

impl Context {
    pub(crate) fn new(global: GlobalArgs) -> Self {
        Self {
            global,
            stdin_tty: std::io::stdin().is_terminal(),
            stdout_tty: std::io::stdout().is_terminal(),
            stderr_tty: std::io::stderr().is_terminal(),
        }
    }

    pub(crate) fn backend(&self) -> anyhow::Result<HttpClient> {
        let profile = self.profile()?;
        let host = self.host_in(&profile)?;
        let credential = credentials::find(&host)?;
        Ok(HttpClient::new(
            &host,
            &credential.token,
            self.timeout_in(&profile),
        )?)
    }

    /// The service to talk to: `--host` or `TIK_HOST` (clap reads both), else the profile's.
    pub(crate) fn host(&self) -> anyhow::Result<String> {
        self.host_in(&self.profile()?)
    }

    fn host_in(&self, profile: &Profile) -> anyhow::Result<String> {
        let host = self.global.host.clone().or_else(|| profile.host.clone());
        let host = host.ok_or_else(|| {
            UsageError(
                "no service to talk to: pass --host, set TIK_HOST, or `tik config set host URL`"
                    .into(),
            )
        })?;
        Ok(crate::client::service_address(&host)?)
    }

    pub(crate) fn timeout(&self) -> anyhow::Result<Duration> {
        Ok(self.timeout_in(&self.profile()?))
    }

    fn timeout_in(&self, profile: &Profile) -> Duration {
        let seconds = self
            .global
            .timeout
            .or(profile.timeout)
            .unwrap_or(DEFAULT_TIMEOUT);
        Duration::from_secs(seconds)
    }

    /// The settings of the profile in use, from the configuration file (none if there is no
    /// file, or no place for one).
    fn profile(&self) -> anyhow::Result<Profile> {
        self.profile_or_new(false)
    }

    /// The profile's settings, empty for a profile named but not in the file when `may_be_new`
    /// (`tik auth login --host` makes it), an error otherwise.
    fn profile_or_new(&self, may_be_new: bool) -> anyhow::Result<Profile> {
        let Ok(path) = crate::config::path() else {
            return Ok(Profile::default());
        };
        let config = Config::load(&path)?;
        let named = self.global.profile.as_deref();
        if !may_be_new && named.is_some_and(|name| !config.profiles.contains_key(name)) {
            return Err(UsageError(format!(
                "no profile '{}' in {}: `tik --profile NAME config set host URL` makes one",
                named.unwrap_or_default(),
                path.display()
            ))
            .into());
        }
        Ok(config.profile(&config.profile_name(named)))
    }

    /// The service and timeout to log in with: as for any command, but a profile named with
    /// `--host` given need not exist yet.
    pub(crate) fn login_target(&self) -> anyhow::Result<(String, Duration)> {
        let profile = self.profile_or_new(self.global.host.is_some())?;
        Ok((self.host_in(&profile)?, self.timeout_in(&profile)))
    }

    /// Prompts are for a person at a terminal, and never under `--no-input`.
    pub(crate) fn can_prompt(&self) -> bool {
        !self.global.no_input && self.stdin_tty && self.stderr_tty
    }

    /// How a missing value could be asked for instead, for messages: not at all under
    /// `--no-input`, else at a terminal.
    pub(crate) fn or_in_a_terminal(&self) -> &'static str {
        if self.global.no_input {
            " (prompts are off: --no-input)"
        } else {
            ", or run in a terminal"
        }
    }

    /// Progress bars go to stderr, and only when someone watches it.
    pub(crate) fn progress_bar(&self) -> indicatif::ProgressBar {
        if self.stderr_tty {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{msg} {wide_bar} {bytes}/{total_bytes} {bytes_per_sec}",
                )
                .expect("a valid template"),
            );
            bar
        } else {
            indicatif::ProgressBar::hidden()
        }
    }

    /// Colour on stdout only for a terminal that shows it, unless asked otherwise: `--color`
    /// wins over `NO_COLOR` (a flag given now over a standing setting, as no-color.org asks),
    /// which wins over auto; `TERM=dumb` has no colour.
    pub(crate) fn colour(&self) -> bool {
        let colour = match self.global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                self.stdout_tty
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        };
        // The table renderer reads NO_COLOR itself and would drop colours but keep the bold
        // and reset codes around them: it follows this decision instead.
        crossterm::style::force_color_output(colour);
        colour
    }

    pub(crate) fn stdin_is_terminal(&self) -> bool {
        self.stdin_tty
    }

    pub(crate) fn stdout_is_terminal(&self) -> bool {
        self.stdout_tty
    }
}
