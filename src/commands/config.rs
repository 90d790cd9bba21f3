use clap::Subcommand;

use crate::config::{self, Config, Key};
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::Output;

/// Read and change the configuration file
///
/// Profiles keep each service's settings; the one used is `--profile` (or `TIK_PROFILE`),
/// else `default-profile`, else `default`. The environment (`TIK_HOST`, `TIK_TIMEOUT`) wins
/// over the file and flags win over both. The file is TOML, in `tik/config.toml` under the
/// XDG configuration directory, or where `TIK_CONFIG` says; it never holds a token.
///
/// Examples:
///   tik config set host https://tik.example.com
///   tik --profile staging config set host http://staging.internal:8765
///   tik config set default-profile staging
///   tik config get host
///   tik config list
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
// The help is printed as written: its addresses are examples to type, not links.
#[allow(clippy::doc_markdown)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
enum ConfigCommand {
    /// Print a setting of the profile in use
    ///
    /// Examples:
    ///   tik config get host
    ///   tik config get timeout --profile ci
    #[command(verbatim_doc_comment)]
    Get {
        /// host, timeout or default-profile
        key: String,
    },
    /// Change a setting of the profile in use
    ///
    /// Examples:
    ///   tik config set host https://tik.example.com
    ///   tik config set timeout 120 --profile ci
    ///   tik config set default-profile work
    #[command(verbatim_doc_comment)]
    Set {
        /// host, timeout or default-profile
        key: String,
        value: String,
    },
    /// Remove a setting of the profile in use
    ///
    /// Examples:
    ///   tik config unset timeout
    ///   tik config unset host --profile old
    #[command(verbatim_doc_comment)]
    Unset {
        /// host, timeout or default-profile
        key: String,
    },
    /// Print every setting of every profile, and where the file is
    ///
    /// Examples:
    ///   tik config list
    ///   tik config list --json
    #[command(verbatim_doc_comment)]
    #[command(visible_alias = "ls")]
    List,
}

/// The key named, or a line saying which keys there are. A token is refused by name: it
/// belongs to the environment (`TIK_TOKEN`), never to a file anyone may read.
fn key(name: &str) -> anyhow::Result<Key> {
    if name.eq_ignore_ascii_case("token") {
        return Err(UsageError(
            "a token is never kept in the configuration file: `tik auth login` keeps it in the system keyring, or pass it in TIK_TOKEN".into(),
        )
        .into());
    }
    Key::ALL
        .into_iter()
        .find(|k| k.name() == name)
        .ok_or_else(|| {
            let names: Vec<&str> = Key::ALL.iter().map(|k| k.name()).collect();
            UsageError(format!(
                "no setting '{name}': expected one of {}",
                names.join(", ")
            ))
            .into()
        })
}

pub(crate) fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let path = config::path()?;
    let mut config = Config::load(&path)?;
    let named = ctx.global.profile.as_deref();
    if let Some(name) = named {
        config::valid_profile(name)?;
    }
    let profile = config.profile_name(named);
    match args.command {
        ConfigCommand::Get { key: name } => {
            let key = key(&name)?;
            // Unset is not a mistake, but there is nothing to print: exit 1, as `git config`.
            config
                .get(&profile, key)
                .map(Output::Plain)
                .ok_or_else(|| anyhow::anyhow!("{name} is not set in the profile {profile}"))
        }
        ConfigCommand::Set { key: name, value } => {
            let key = key(&name)?;
            config.set(&profile, key, Some(&value))?;
            config.save(&path)?;
            let shown = config.get(&profile, key).unwrap_or_default();
            Output::done(
                format!("Set {name} to {shown} in the profile {profile}"),
                &config,
            )
        }
        ConfigCommand::Unset { key: name } => {
            let key = key(&name)?;
            config.set(&profile, key, None)?;
            config.save(&path)?;
            Output::done(format!("Unset {name} in the profile {profile}"), &config)
        }
        ConfigCommand::List => {
            let mut lines = vec![format!("# {}", path.display())];
            if let Some(default) = &config.default_profile {
                lines.push(format!("default-profile = {default}"));
            }
            for (name, settings) in &config.profiles {
                if let Some(host) = &settings.host {
                    lines.push(format!("{name}.host = {host}"));
                }
                if let Some(timeout) = settings.timeout {
                    lines.push(format!("{name}.timeout = {timeout}"));
                }
            }
            Output::done(lines.join("\n"), &config)
        }
    }
}
