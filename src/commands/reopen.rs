use crate::api::ReopenTicket;
use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;

/// Reopen a resolved or closed ticket
///
/// Examples:
///   tik reopen CS-12 -c "It happened again tonight"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// Why it is reopened
    #[arg(short, long)]
    comment: Option<String>,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let detail = ctx
        .backend()?
        .reopen(
            &args.key,
            ReopenTicket {
                comment: args.comment,
            },
        )
        .await?;
    Output::done(
        format!(
            "Reopened {} (status {})",
            detail.ticket.key, detail.ticket.status
        ),
        &detail,
    )
}
