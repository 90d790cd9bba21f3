use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;

/// Show who the token acts as, and on which service
///
/// Examples:
///   tik whoami
///   tik whoami --json | jq -r .role
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {}

pub(crate) async fn run(ctx: &Context, _args: Args) -> anyhow::Result<Output> {
    let backend = ctx.backend()?;
    let me = backend.me().await?;
    let user = &me.user;
    let mut who = user.role.to_string();
    if let Some(organisation) = &user.organisation {
        who = format!("{who}, {organisation}");
    }
    Output::done(format!("{} ({who}) at {}", user.name, backend.host()), &me)
}
