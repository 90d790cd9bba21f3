use std::io::Read;

use clap::Subcommand;
use zeroize::Zeroizing;

use crate::api::NewSecret;
use crate::backend::Backend;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::{Output, records};
use crate::units::io_reason;

/// Give support a secret for a ticket (a password), read it, or clear it
///
/// `set` reads the secret at a hidden prompt on a terminal, or from standard input when that
/// is not a terminal (one trailing newline left out); never from the command line, where
/// shell history and `ps` would show it. The service keeps it encrypted, shows it to agents
/// and admins only, and purges it when its time is up (7 days, unless the service says
/// otherwise). Everyone who sees the ticket sees, in `tik show`, that it holds a secret, who
/// gave it and until when; never the secret.
///
/// Examples:
///   tik secret set CS-12
///   pass show acme/db-root | tik secret set CS-12
///   tik secret show CS-12            # agents and admins
///   tik secret clear CS-12
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: SecretCommand,
}

#[derive(Debug, Subcommand)]
enum SecretCommand {
    /// Give the ticket a secret, replacing any: typed at a hidden prompt, or piped in
    ///
    /// Examples:
    ///   tik secret set CS-12                     # typed at a hidden prompt
    ///   pass show shop/db | tik secret set CS-12
    #[command(verbatim_doc_comment)]
    Set {
        /// The ticket's key
        key: String,
    },
    /// Print the ticket's secret (agents and admins)
    ///
    /// Examples:
    ///   tik secret show CS-12
    ///   PGPASSWORD=$(tik secret show CS-12) psql -h db.example.com shop
    #[command(verbatim_doc_comment)]
    Show {
        /// The ticket's key
        key: String,
    },
    /// Remove the ticket's secret before its time (its requester, or an agent)
    ///
    /// Examples:
    ///   tik secret clear CS-12
    #[command(verbatim_doc_comment)]
    Clear {
        /// The ticket's key
        key: String,
    },
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    match args.command {
        SecretCommand::Set { key } => {
            let mut secret = read_secret(ctx, &key)?;
            if secret.is_empty() {
                return Err(UsageError("the secret is empty; nothing sent".into()).into());
            }
            let new = NewSecret {
                secret: std::mem::take(&mut *secret),
            };
            let info = ctx.backend()?.give_secret(&key, &new).await?;
            Output::done(
                format!(
                    "Gave {} a secret; support can read it until {}",
                    key.to_ascii_uppercase(),
                    records::time(info.expires_at)
                ),
                &info,
            )
        }
        SecretCommand::Show { key } => {
            let shared = ctx.backend()?.secret(&key).await?;
            // Printed line by line as any text is: on a terminal, control characters show
            // as such instead of acting on it.
            Output::done(shared.secret.clone(), &shared)
        }
        SecretCommand::Clear { key } => {
            ctx.backend()?.clear_secret(&key).await?;
            let key = key.to_ascii_uppercase();
            Output::done(
                format!("Cleared the secret of {key}"),
                &serde_json::json!({ "key": key, "secret": null }),
            )
        }
    }
}

/// The secret, from a hidden prompt at a terminal or from standard input otherwise.
fn read_secret(ctx: &Context, key: &str) -> anyhow::Result<Zeroizing<String>> {
    if !ctx.stdin_is_terminal() {
        return read_stdin();
    }
    if !ctx.can_prompt() {
        return Err(UsageError(format!(
            "a secret is never taken from the command line: pipe it to standard input{}",
            ctx.or_in_a_terminal()
        ))
        .into());
    }
    // Typed blind, so typed twice.
    let typed = dialoguer::Password::new()
        .with_prompt(format!("Secret for {}", key.to_ascii_uppercase()))
        .with_confirmation("Again, to be sure", "The two differ; type it again")
        .interact()
        .map_err(|dialoguer::Error::IO(e)| {
            UsageError(format!("cannot read the secret: {}", io_reason(&e)))
        })?;
    Ok(Zeroizing::new(typed))
}

/// All of standard input, less one trailing newline (`echo`, a here-string, a file's last
/// line): the secret is what comes before it.
fn read_stdin() -> anyhow::Result<Zeroizing<String>> {
    let mut bytes = Zeroizing::new(Vec::with_capacity(16 * 1024));
    std::io::stdin().read_to_end(&mut bytes).map_err(|e| {
        UsageError(format!(
            "cannot read the secret from standard input: {}",
            io_reason(&e)
        ))
    })?;
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
    let text = String::from_utf8(std::mem::take(&mut *bytes)).map_err(|e| {
        // The bytes leave memory with the error, too.
        drop(Zeroizing::new(e.into_bytes()));
        UsageError("the secret on standard input is not UTF-8 text".into())
    })?;
    Ok(Zeroizing::new(text))
}
