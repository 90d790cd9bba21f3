use std::path::PathBuf;

use crate::api::{TicketPatch, TicketType, Visibility};
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
    /// The subject, in a line
    #[arg(short, long)]
    title: Option<String>,
    /// The description
    #[arg(short, long, conflicts_with = "body_file")]
    body: Option<String>,
    /// Read the description from a file; `-` reads stdin
    #[arg(long, value_name = "FILE")]
    body_file: Option<PathBuf>,
    #[arg(long = "type", value_name = "TYPE")]
    kind: Option<TicketType>,
    /// A priority of the service's scale
    #[arg(short, long)]
    priority: Option<String>,
    #[arg(long)]
    department: Option<String>,
    #[arg(long)]
    service: Option<String>,
    /// A category code from the catalogue, e.g. 1.5
    #[arg(long)]
    category: Option<String>,
    #[arg(long)]
    project: Option<String>,
    /// Who else may see the ticket
    #[arg(long)]
    visibility: Option<Visibility>,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let patch = TicketPatch {
        title: args.title,
        description: super::read_text(args.body, args.body_file.as_deref())?,
        kind: args.kind,
        priority: args.priority,
        department: args.department,
        service: args.service,
        category: args.category,
        project: args.project,
        visibility: args.visibility,
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
