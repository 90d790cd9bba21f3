use clap::Subcommand;

use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;

/// Add or remove a ticket's watchers (CC)
///
/// Watchers see the ticket as its requester does. A requester adds people of their own
/// organisation; agents add anyone; anyone may stop watching.
///
/// Examples:
///   tik watchers add CS-12 carol
///   tik watchers remove CS-12 carol
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: WatchersCommand,
}

#[derive(Debug, Subcommand)]
enum WatchersCommand {
    /// Add a watcher
    ///
    /// Examples:
    ///   tik watchers add CS-12 carol
    ///   tik watchers add CS-12 alice      # a requester adds support too
    #[command(verbatim_doc_comment)]
    Add {
        /// The ticket's key
        key: String,
        /// The user to add
        user: String,
    },
    /// Remove a watcher
    ///
    /// Examples:
    ///   tik watchers remove CS-12 carol
    ///   tik watchers rm CS-12 "$(tik whoami --jq .user.name)"   # leave it yourself
    #[command(verbatim_doc_comment)]
    #[command(visible_alias = "rm")]
    Remove {
        /// The ticket's key
        key: String,
        /// The user to remove
        user: String,
    },
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let (key, user, watching) = match args.command {
        WatchersCommand::Add { key, user } => (key, user, true),
        WatchersCommand::Remove { key, user } => (key, user, false),
    };
    let detail = ctx.backend()?.watch(&key, &user, watching).await?;
    let human = if watching {
        format!("{user} watches {}", detail.ticket.key)
    } else {
        format!("{user} no longer watches {}", detail.ticket.key)
    };
    Output::done(human, &detail)
}
