use super::fields::TicketFields;
use crate::api::TicketPatch;
use crate::backend::Backend;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::Output;

/// Change a ticket's fields
///
/// The requester may change the title, description, project and visibility; agents also
/// requalify the ticket: its priority, type, department, service and category.
///
/// Examples:
///   tik edit CS-12 --title "Disk full on every build agent"
///   tik edit CS-12 --priority urgent --category 3.2
///   tik edit CS-12 --visibility private
///   tik edit CS-12 --body-file report.md
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    #[command(flatten)]
    fields: TicketFields,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let patch = TicketPatch {
        title: args.fields.title,
        description: super::read_text(args.fields.body, args.fields.body_file.as_deref())?,
        kind: args.fields.kind,
        priority: args.fields.priority,
        department: args.fields.department,
        service: args.fields.service,
        category: args.fields.category,
        project: args.fields.project,
        visibility: args.fields.visibility,
        assignee: None,
    };
    if patch == TicketPatch::default() {
        return Err(UsageError(
            "nothing to change: pass --title, --body, --priority, --type, --department, --service, --category, --project or --visibility".into(),
        )
        .into());
    }
    let detail = ctx.backend()?.edit(&args.key, patch).await?;
    Output::done(format!("Changed {}", detail.ticket.key), &detail)
}
