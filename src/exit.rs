//! Exit codes, in one table (the README and `tik --help` repeat it):
//!
//! | code | meaning                                        |
//! |------|------------------------------------------------|
//! | 0    | success (also when output is cut short: `tik list \| head`) |
//! | 1    | failure: a conflict, the service failed, or no keyring to keep a token in |
//! | 2    | usage or invalid input                         |
//! | 3    | authentication or permission                   |
//! | 4    | not found                                      |
//! | 5    | service unreachable, unavailable or busy, after retrying for `--timeout` (for `tik watch`, also after a lost connection) |
//! | 6    | `tik watch --until`: a ticket was resolved or closed otherwise than fixed |

use std::process::ExitCode;

use crate::client::ClientError;

pub(crate) const FAILURE: u8 = 1;
pub(crate) const USAGE: u8 = 2;
pub(crate) const AUTH: u8 = 3;
pub(crate) const NOT_FOUND: u8 = 4;
pub(crate) const UNAVAILABLE: u8 = 5;
pub(crate) const NOT_FIXED: u8 = 6;

/// A mistake on the command line that clap cannot see: a value missing off a terminal, an
/// unreadable file.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct UsageError(pub(crate) String);

/// `tik watch --until` saw its tickets get there, and one of them ended otherwise than fixed
/// (won't fix, a duplicate, not a bug, …): a CI job waiting on a fix has not got one.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct NotFixed(pub(crate) String);

/// No credentials to talk to a service with.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct AuthError(pub(crate) String);

pub(crate) fn exit_code(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if let Some(err) = cause.downcast_ref::<ClientError>() {
            return match err {
                ClientError::Unauthorized(_) => AUTH,
                ClientError::NotFound(_) => NOT_FOUND,
                ClientError::Invalid { .. } | ClientError::Io { .. } => USAGE,
                ClientError::Unavailable(_) => UNAVAILABLE,
                ClientError::Conflict(_)
                | ClientError::Exists(_)
                | ClientError::Corrupt(_)
                | ClientError::Service(_) => FAILURE,
            };
        }
        if let Some(err) = cause.downcast_ref::<crate::server::Error>() {
            // Operator commands reach the store directly and meet its errors.
            return match err.to_problem().status {
                401 | 403 => AUTH,
                404 => NOT_FOUND,
                400 | 413 | 415 | 422 => USAGE,
                _ => FAILURE,
            };
        }
        if cause.is::<UsageError>() {
            return USAGE;
        }
        if cause.is::<AuthError>() {
            return AUTH;
        }
        if cause.is::<NotFixed>() {
            return NOT_FIXED;
        }
    }
    FAILURE
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let kind = match cause.downcast_ref::<serde_json::Error>() {
            Some(json) => json.io_error_kind(),
            None => cause
                .downcast_ref::<std::io::Error>()
                .map(std::io::Error::kind),
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// Prints a command-line mistake clap found as one line on stderr, like every other error,
/// and exits 2; help and version are printed as they are.
pub fn report_usage(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = err.print();
        return ExitCode::SUCCESS;
    }
    eprintln!("tik: {}", usage_line(err));
    ExitCode::from(USAGE)
}

/// clap's message in one line: what is wrong, the valid values when there are few, and where
/// to read more. No guessed "similar command": its guesses mislead (`create` → `escalate`).
fn usage_line(err: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| match err.get(kind) {
        Some(ContextValue::String(value)) => Some(value.clone()),
        Some(ContextValue::Strings(values)) => Some(values.join(", ")),
        _ => None,
    };
    // "Usage: tik show [OPTIONS] <KEY>" names the command.
    let command = match err.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => usage
            .to_string()
            .trim_start_matches("Usage: ")
            .split_whitespace()
            .take_while(|word| !word.starts_with(['-', '<', '[']))
            .collect::<Vec<_>>()
            .join(" "),
        _ => "tik".to_owned(),
    };
    let help = format!("see `{command} --help`");
    match err.kind() {
        ErrorKind::InvalidSubcommand => format!(
            "no command '{}'; `tik --help` lists them",
            context(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue => {
            let value = context(ContextKind::InvalidValue).unwrap_or_default();
            let arg = context(ContextKind::InvalidArg).unwrap_or_default();
            match context(ContextKind::ValidValue).filter(|valid| !valid.is_empty()) {
                Some(valid) => {
                    format!("invalid value '{value}' for {arg}: expected one of {valid}")
                }
                None if value.is_empty() => format!("{arg} needs a value"),
                None => format!("invalid value '{value}' for {arg}; {help}"),
            }
        }
        ErrorKind::MissingRequiredArgument => format!(
            "{command} needs {}; {help}",
            context(ContextKind::InvalidArg).unwrap_or_default()
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            format!("{command} needs a command; {help}")
        }
        _ => {
            let rendered = err.to_string();
            let message = rendered
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ");
            if err.get(ContextKind::Usage).is_some() {
                format!("{message}; {help}")
            } else {
                message.to_owned()
            }
        }
    }
}

/// Prints `err` as one line on stderr and gives its exit code. A reader that went away
/// (`tik list | head`) is not an error.
pub fn report(err: &anyhow::Error) -> ExitCode {
    if is_broken_pipe(err) {
        return ExitCode::SUCCESS;
    }
    eprintln!("tik: {err:#}");
    ExitCode::from(exit_code(err))
}
