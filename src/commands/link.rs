use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;

/// Link two tickets as related
///
/// Each shows the other among its related tickets. A duplicate is linked by closing it:
/// `tik close KEY --resolution duplicate --duplicate-of ORIGINAL`.
///
/// Examples:
///   tik link CS-12 CS-40
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// The related ticket's key
    other: String,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    relink(ctx, &args.key, &args.other, true).await
}

/// Links or unlinks two tickets (`tik unlink` shares this).
pub(crate) async fn relink(
    ctx: &Context,
    key: &str,
    other: &str,
    linked: bool,
) -> anyhow::Result<Output> {
    let detail = ctx.backend()?.link(key, other, linked).await?;
    let verb = if linked { "Linked" } else { "Unlinked" };
    let other = same_form(other, &detail.ticket.key);
    Output::done(format!("{verb} {} and {other}", detail.ticket.key), &detail)
}

/// `key` as the service writes keys like `like` (`40` or `cs-40` → `CS-40`).
fn same_form(key: &str, like: &str) -> String {
    match like.rsplit_once('-') {
        Some((prefix, _)) if key.bytes().all(|b| b.is_ascii_digit()) => format!("{prefix}-{key}"),
        _ => key.to_ascii_uppercase(),
    }
}
