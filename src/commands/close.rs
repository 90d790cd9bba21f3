use crate::api::{CloseTicket, Resolution};
use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;

/// Close a ticket with a resolution
///
/// Examples:
///   tik close CS-12
///   tik close CS-12 --resolution wont-fix -c "Works as designed"
///   tik close CS-13 --resolution duplicate --duplicate-of CS-12
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// How it ended (default: fixed)
    #[arg(short, long)]
    resolution: Option<Resolution>,
    /// The original, for --resolution duplicate
    #[arg(long, value_name = "KEY")]
    duplicate_of: Option<String>,
    /// A closing comment
    #[arg(short, long)]
    comment: Option<String>,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let close = CloseTicket {
        resolution: args.resolution,
        duplicate_of: args.duplicate_of,
        comment: args.comment,
    };
    let detail = ctx.backend()?.close(&args.key, close).await?;
    Output::done(
        format!(
            "Closed {} ({})",
            detail.ticket.key, detail.ticket.resolution
        ),
        &detail,
    )
}
