//! `tik admin user passwd`: a user's password, for `tik auth login`, set on the service's host.

use std::io::BufRead as _;

use zeroize::Zeroizing;

use crate::context::Context;
use crate::exit::UsageError;
use crate::output::Output;
use crate::server::passwords;
use crate::server::store::Store;
use crate::units::io_reason;

pub(crate) async fn run(ctx: &Context, store: &dyn Store, name: &str) -> anyhow::Result<Output> {
    // Before asking: a mistyped name should not cost typing a password twice.
    if store.credentials(name).await?.is_none() {
        return Err(crate::server::Error::NotFound(format!("no user '{name}'")).into());
    }
    let password = read_password(ctx, name)?;
    // Argon2 takes its time on purpose; off the async threads.
    let hash = tokio::task::spawn_blocking(move || passwords::hash(&password)).await??;
    store.set_password(name, hash).await?;
    Output::done(
        format!("Set the password of {name}"),
        &serde_json::json!({ "user": name, "password": "set" }),
    )
}

/// The password, from a hidden prompt (twice) at a terminal, or the first line of standard
/// input otherwise.
fn read_password(ctx: &Context, name: &str) -> anyhow::Result<Zeroizing<String>> {
    let how = format!("printf '%s\\n' \"$PASSWORD\" | tik admin user passwd {name}");
    if !ctx.stdin_is_terminal() {
        return read_line(&how, &ctx.or_in_a_terminal());
    }
    if !ctx.can_prompt() {
        return Err(UsageError(format!(
            "a password is never taken from the command line: pipe it in, as in {how}{}",
            ctx.or_in_a_terminal()
        ))
        .into());
    }
    let typed = dialoguer::Password::new()
        .with_prompt(format!("New password for {name}"))
        .with_confirmation("Again, to be sure", "The two differ; type it again")
        .interact()
        .map_err(|dialoguer::Error::IO(e)| {
            UsageError(format!("cannot read the password: {}", io_reason(&e)))
        })?;
    Ok(Zeroizing::new(typed))
}

/// The first line of standard input, without its line ending.
fn read_line(how: &str, or_in_a_terminal: &str) -> anyhow::Result<Zeroizing<String>> {
    let mut line = Zeroizing::new(String::new());
    let read = std::io::stdin().lock().read_line(&mut line).map_err(|e| {
        if e.kind() == std::io::ErrorKind::InvalidData {
            UsageError("the password on standard input is not UTF-8 text".into())
        } else {
            UsageError(format!(
                "cannot read the password from standard input: {}",
                io_reason(&e)
            ))
        }
    })?;
    if read == 0 {
        return Err(UsageError(format!(
            "no password on standard input: pipe one in, as in {how}{or_in_a_terminal}"
        ))
        .into());
    }
    let end = line.trim_end_matches(['\n', '\r']).len();
    line.truncate(end);
    Ok(line)
}
