use crate::api::{Resolution, Status, StatusChange};
use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;

/// Move a ticket through the workflow
///
/// `tik show KEY` lists the statuses you may move it to. Support asks the requester with
/// `feedback` and the requester's next comment sends the ticket back; only agents confirm,
/// assign and resolve; the requester (or their organisation's admin) may close.
///
/// Examples:
///   tik status CS-12 feedback -c "Which version do you run?"
///   tik status CS-12 confirmed
///   tik status CS-12 resolved --resolution fixed -c "Patched in 2.4.1"
///   tik status CS-13 closed --resolution duplicate --duplicate-of CS-12
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// The status to move it to
    status: Status,
    /// How it ended, with resolved or closed (default: fixed)
    #[arg(short, long)]
    resolution: Option<Resolution>,
    /// The original, for --resolution duplicate
    #[arg(long, value_name = "KEY")]
    duplicate_of: Option<String>,
    /// A comment, added in the same change
    #[arg(short, long)]
    comment: Option<String>,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let change = StatusChange {
        status: args.status,
        resolution: args.resolution,
        duplicate_of: args.duplicate_of,
        comment: args.comment,
    };
    let detail = ctx.backend()?.change_status(&args.key, change).await?;
    let t = &detail.ticket;
    let human = if t.status.is_open() {
        format!("Moved {} to {}", t.key, t.status)
    } else {
        format!("Moved {} to {} ({})", t.key, t.status, t.resolution)
    };
    Output::done(human, &detail)
}
