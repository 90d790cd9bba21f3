use crate::api::TicketPatch;
use crate::backend::Backend;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::Output;

/// Assign a ticket to an agent, to yourself, or to nobody
///
/// A new or confirmed ticket given to someone becomes `assigned`; an assigned ticket left to
/// nobody goes back to `new`, to be taken.
///
/// Examples:
///   tik assign CS-12 alice
///   tik assign CS-12 --me
///   tik assign CS-12 --none
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// The agent or admin to assign it to
    #[arg(required_unless_present_any = ["me", "none"], conflicts_with_all = ["me", "none"])]
    user: Option<String>,
    /// Assign it to yourself
    #[arg(long, conflicts_with = "none")]
    me: bool,
    /// Leave it to nobody
    #[arg(long)]
    none: bool,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let backend = ctx.backend()?;
    let assignee = match (args.user, args.me) {
        (Some(user), _) => user,
        (None, true) => backend.me().await?.user.name,
        (None, false) if args.none => String::new(),
        (None, false) => {
            return Err(UsageError("name the assignee, or pass --me or --none".into()).into());
        }
    };
    let patch = TicketPatch {
        assignee: Some(assignee),
        ..TicketPatch::default()
    };
    let detail = backend.edit(&args.key, patch).await?;
    let t = &detail.ticket;
    let human = match &t.assignee {
        Some(assignee) => format!("Assigned {} to {assignee} (status {})", t.key, t.status),
        None => format!("Unassigned {} (status {})", t.key, t.status),
    };
    Output::done(human, &detail)
}
