use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;

/// Show a ticket with its thread, attachments and escalations
///
/// Also lists the statuses you may move it to (`tik status`). Showing a ticket marks it seen:
/// `tik list --updated` leaves it out until something else happens.
///
/// Examples:
///   tik show CS-12
///   tik show CS-12 --history
///   tik show CS-12 --json | jq '.attachments[].sha256'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key, e.g. CS-12
    key: String,
    /// Also every change: who, when, what, before and after
    #[arg(long)]
    history: bool,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let detail = ctx.backend()?.show(&args.key, args.history).await?;
    Ok(Output::Ticket(Box::new(detail)))
}
