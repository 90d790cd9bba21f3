use crate::api::NewRating;
use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;

/// Rate how support handled a closed ticket, once
///
/// Examples:
///   tik rate CS-12 5 --remark "Fixed within the hour"
///   tik rate CS-12 2
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// 1 (poor) to 5 (excellent)
    #[arg(value_parser = clap::value_parser!(u8).range(1..=5))]
    score: u8,
    /// A remark for support
    #[arg(short, long)]
    remark: Option<String>,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let rating = NewRating {
        score: args.score,
        remark: args.remark,
    };
    let detail = ctx.backend()?.rate(&args.key, rating).await?;
    Output::done(
        format!("Rated {} {}/5", detail.ticket.key, args.score),
        &detail,
    )
}
