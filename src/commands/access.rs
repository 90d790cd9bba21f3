use clap::Subcommand;

use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;

/// Grant or revoke support's access to your account for a ticket
///
/// With access granted, support may log in as you to look into this ticket; revoking it
/// takes effect at once. Every change is in the ticket's history.
///
/// Examples:
///   tik access grant CS-12
///   tik access revoke CS-12
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: AccessCommand,
}

#[derive(Debug, Subcommand)]
enum AccessCommand {
    /// Let support log in as you for this ticket
    ///
    /// Examples:
    ///   tik access grant CS-12
    ///   tik access grant CS-12 --jq .support_access
    #[command(verbatim_doc_comment)]
    Grant {
        /// The ticket's key
        key: String,
    },
    /// Take that consent back
    ///
    /// Examples:
    ///   tik access revoke CS-12
    #[command(verbatim_doc_comment)]
    Revoke {
        /// The ticket's key
        key: String,
    },
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let (key, granted) = match args.command {
        AccessCommand::Grant { key } => (key, true),
        AccessCommand::Revoke { key } => (key, false),
    };
    let detail = ctx.backend()?.set_support_access(&key, granted).await?;
    let human = if granted {
        format!("Support may log in as you for {}", detail.ticket.key)
    } else {
        format!("Support access to {} revoked", detail.ticket.key)
    };
    Output::done(human, &detail)
}
