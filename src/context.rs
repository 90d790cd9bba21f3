//! What every command can reach: the global options, the terminals it runs on, and the
//! backend built from the host and token.

use std::io::IsTerminal;

use crate::cli::{ColorChoice, GlobalArgs};
use crate::client::HttpClient;
use crate::config::{Config, Profile};
use crate::exit::{AuthError, UsageError};

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
        // Flags and the environment (clap reads both) win over the configuration file.
        let profile = self.profile()?;
        let host = self.global.host.clone().or(profile.host).ok_or_else(|| {
            UsageError(
                "no service to talk to: pass --host, set TIK_HOST, or `tik config set host URL`"
                    .into(),
            )
        })?;
        let token = std::env::var("TIK_TOKEN")
            .ok()
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                AuthError(
                    "no token: set TIK_TOKEN (an admin creates one with `tik admin token create`)"
                        .into(),
                )
            })?;
        let seconds = self
            .global
            .timeout
            .or(profile.timeout)
            .unwrap_or(DEFAULT_TIMEOUT);
        let timeout = std::time::Duration::from_secs(seconds);
        Ok(HttpClient::new(&host, &token, timeout)?)
    }

    /// The settings of the profile in use, from the configuration file (none if there is no
    /// file, or no place for one).
    fn profile(&self) -> anyhow::Result<Profile> {
        let Ok(path) = crate::config::path() else {
            return Ok(Profile::default());
        };
        let config = Config::load(&path)?;
        let named = self.global.profile.as_deref();
        if named.is_some_and(|name| !config.profiles.contains_key(name)) {
            return Err(UsageError(format!(
                "no profile '{}' in {}: `tik --profile NAME config set host URL` makes one",
                named.unwrap_or_default(),
                path.display()
            ))
            .into());
        }
        Ok(config.profile(&config.profile_name(named)))
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
