use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;

/// Escalate a ticket, printing the escalation's key
///
/// Examples:
///   tik escalate CS-12 --reason "Production down for every customer"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// Why it needs escalating
    #[arg(short, long)]
    reason: String,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let escalation = ctx.backend()?.escalate(&args.key, &args.reason).await?;
    Output::done(escalation.key.clone(), &escalation)
}
