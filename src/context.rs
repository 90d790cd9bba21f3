//! What every command can reach: the global options, the terminals it runs on, and the
//! backend built from the host and token.

use std::io::IsTerminal;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crate::cli::{ColorChoice, GlobalArgs};
use crate::client::{Budget, HttpClient};
use crate::config::{Config, Profile};
use crate::credentials::{self, Account};
use crate::exit::UsageError;
use crate::output::Options;

/// Seconds a command may wait for the service, retries included, when nothing says
/// otherwise: long enough for a CI job to ride out a restarting service, short of a hang.
const DEFAULT_TIMEOUT: u64 = 60;

/// Whether the environment variable is set to a yes: `1`, `true`, `yes` or `on`.
fn truthy(name: &str) -> bool {
    std::env::var(name).is_ok_and(|value| {
        ["1", "true", "yes", "on"]
            .iter()
            .any(|yes| value.trim().eq_ignore_ascii_case(yes))
    })
}

/// Where a command goes, and as whom.
pub(crate) struct Target {
    pub(crate) account: Account,
    /// How long the command may wait for the service, shared by all its clients.
    pub(crate) budget: Arc<Budget>,
}

pub(crate) struct Context {
    pub(crate) global: GlobalArgs,
    /// How output is asked for, settled before the command runs.
    output: Options,
    /// What turned prompts off, if anything: `--no-input`, `TIK_NO_INPUT` or `CI=true`.
    prompts_off: Option<&'static str>,
    stdin_tty: bool,
    stdout_tty: bool,
    stderr_tty: bool,
    /// The command's one budget, made when it first needs the service.
    budget: OnceLock<Arc<Budget>>,
}

impl Context {
    pub(crate) fn new(global: GlobalArgs, output: Options) -> Self {
        // Unattended runs never wait on a prompt: CI services set CI=true.
        let prompts_off = if global.no_input {
            Some("--no-input")
        } else if truthy("TIK_NO_INPUT") {
            Some("TIK_NO_INPUT")
        } else if truthy("CI") {
            Some("CI=true")
        } else {
            None
        };
        Self {
            global,
            output,
            prompts_off,
            stdin_tty: std::io::stdin().is_terminal(),
            stdout_tty: std::io::stdout().is_terminal(),
            stderr_tty: std::io::stderr().is_terminal(),
            budget: OnceLock::new(),
        }
    }

    pub(crate) fn output(&self) -> &Options {
        &self.output
    }

    /// A client of the service; however many a command makes, they share one budget.
    pub(crate) fn backend(&self) -> anyhow::Result<HttpClient> {
        let target = self.target()?;
        let credential = credentials::find(&target.account)?;
        let client = HttpClient::new(&target.account.host, &credential.token, target.budget)?;
        Ok(client.with_idempotency_key(self.global.idempotency_key.as_deref()))
    }

    /// Where commands go, and as whom: the profile in use, its host (`--host` and `TIK_HOST`
    /// win over it; clap reads both) and its timeout.
    pub(crate) fn target(&self) -> anyhow::Result<Target> {
        self.target_of_profile(false)
    }

    /// The target of `tik auth login`, which makes the profile it names when `--host` says
    /// where it goes.
    pub(crate) fn login_target(&self) -> anyhow::Result<Target> {
        self.target_of_profile(self.global.host.is_some())
    }

    fn target_of_profile(&self, may_be_new: bool) -> anyhow::Result<Target> {
        let (account, profile) = account_and_profile(&self.global, may_be_new)?;
        let seconds = self
            .global
            .timeout
            .or(profile.timeout)
            .unwrap_or(DEFAULT_TIMEOUT);
        let budget = self
            .budget
            .get_or_init(|| Arc::new(Budget::new(Duration::from_secs(seconds))));
        Ok(Target {
            account,
            budget: budget.clone(),
        })
    }

    /// Prompts are for a person at a terminal, and never under `--no-input`.
    pub(crate) fn can_prompt(&self) -> bool {
        self.prompts_off.is_none() && self.stdin_tty && self.stderr_tty
    }

    /// How a missing value could be asked for instead, for messages: not at all when prompts
    /// are off (saying what turned them off), else at a terminal.
    pub(crate) fn or_in_a_terminal(&self) -> String {
        match self.prompts_off {
            Some(why) => format!(" (prompts are off: {why})"),
            None => ", or run in a terminal".into(),
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

    /// Notices for a person (a stream reconnecting) go to stderr, and only when someone
    /// watches it.
    pub(crate) fn stderr_is_terminal(&self) -> bool {
        self.stderr_tty
    }
}

/// Whom commands act as, where: the profile in use and its host, as [`Context::target`] finds
/// them, for what runs before any command (a shell completing a word).
pub(crate) fn account(global: &GlobalArgs) -> anyhow::Result<Account> {
    Ok(account_and_profile(global, false)?.0)
}

/// The profile in use, its host (`--host` and `TIK_HOST` win over it; clap reads both) and
/// its settings.
fn account_and_profile(
    global: &GlobalArgs,
    may_be_new: bool,
) -> anyhow::Result<(Account, Profile)> {
    let (name, profile) = profile(global, may_be_new)?;
    let host = global.host.clone().or_else(|| profile.host.clone());
    let host = host.ok_or_else(|| {
        UsageError(
            "no service to talk to: pass --host, set TIK_HOST, or `tik config set host URL`".into(),
        )
    })?;
    let account = Account {
        profile: name,
        host: crate::client::service_address(&host)?,
    };
    Ok((account, profile))
}

/// The name and settings of the profile in use, from the configuration file (none if there is
/// no file, or no place for one). A profile named but not in the file is an error, unless it
/// `may_be_new`.
fn profile(global: &GlobalArgs, may_be_new: bool) -> anyhow::Result<(String, Profile)> {
    let named = global.profile.as_deref();
    let Ok(path) = crate::config::path() else {
        let name = named.unwrap_or(crate::config::DEFAULT_PROFILE).to_owned();
        return Ok((name, Profile::default()));
    };
    let config = Config::load(&path)?;
    if !may_be_new && named.is_some_and(|name| !config.profiles.contains_key(name)) {
        return Err(UsageError(format!(
            "no profile '{}' in {}: `tik --profile NAME config set host URL` makes one",
            named.unwrap_or_default(),
            path.display()
        ))
        .into());
    }
    let name = config.profile_name(named);
    let profile = config.profile(&name);
    Ok((name, profile))
}
