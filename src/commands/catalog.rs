use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;

/// Show what tickets can be filed under
///
/// The priority scale, lowest first, with the guidance for each level; the departments,
/// services and ticket types, with what each is for; and the category tree with its codes.
/// These are the values `tik new` and `tik list` take.
///
/// Examples:
///   tik catalog
///   tik catalog --json | jq -r '.priorities[].name'
///   tik catalog --json | jq -r '.categories[] | select(.parent == "1") | .code + " " + .label'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {}

pub(crate) async fn run(ctx: &Context, _args: Args) -> anyhow::Result<Output> {
    let catalogue = ctx.backend()?.catalogue().await?;
    Ok(Output::Catalogue(Box::new(catalogue)))
}
