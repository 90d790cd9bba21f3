use crate::context::Context;
use crate::output::Output;

/// Remove the link between two related tickets
///
/// Examples:
///   tik unlink CS-12 CS-40
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// The related ticket's key
    other: String,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    super::link::relink(ctx, &args.key, &args.other, false).await
}
