use std::path::PathBuf;

use crate::api::{Channel, NewTicket, TicketType, Visibility};
use crate::backend::Backend;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::Output;

/// Open a ticket
///
/// Run at a terminal with nothing given, it walks you through the ticket: department,
/// service, category, type, priority (with the guidance for each level), title,
/// description and attachments, choosing from the service's catalogue (`tik catalog`).
///
/// Examples:
///   tik new
///   tik new -t "Disk full on build agent" --priority high --type incident
///   tik new -t "Nightly failed" --body-file report.md --attach build.log -q
///   make 2>&1 | tik new -t "Build broken" --body-file -
///   tik new -t "Invoice 2026-11 is wrong" --department billing --cc carol
///   tik new --from CS-12 -t "Same failure on the staging agents"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
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
    /// A priority of the service's scale (default: its lowest)
    #[arg(short, long)]
    priority: Option<String>,
    /// technical-support, billing or presales (default: technical-support)
    #[arg(long)]
    department: Option<String>,
    /// The service concerned
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
    /// Someone who follows the ticket and sees it as you do (repeatable)
    #[arg(long, value_name = "USER")]
    cc: Vec<String>,
    /// How the request reached support
    #[arg(long, default_value = "cli")]
    channel: Channel,
    /// Start from an existing ticket's report (title, description, type, priority, department,
    /// service, category, project); flags given override it, the original stays as it is
    #[arg(long, value_name = "KEY")]
    from: Option<String>,
    /// Attach a file (repeatable)
    #[arg(short, long = "attach", value_name = "FILE")]
    attach: Vec<PathBuf>,
    /// Print only the new ticket's key (even with --json)
    #[arg(short, long)]
    quiet: bool,
}

impl Args {
    /// Whether no field of the ticket was given on the command line.
    fn is_bare(&self) -> bool {
        self.title.is_none()
            && self.body.is_none()
            && self.body_file.is_none()
            && self.kind.is_none()
            && self.priority.is_none()
            && self.department.is_none()
            && self.service.is_none()
            && self.category.is_none()
            && self.project.is_none()
            && self.visibility.is_none()
            && self.attach.is_empty()
            && self.cc.is_empty()
            && self.from.is_none()
    }
}

pub(crate) async fn run(ctx: &Context, mut args: Args) -> anyhow::Result<Output> {
    if args.is_bare() && ctx.can_prompt() {
        let catalogue = ctx.backend()?.catalogue().await?;
        let answers = super::new_guided::walk(&catalogue)?;
        args.department = Some(answers.department);
        args.service = answers.service;
        args.category = answers.category;
        args.kind = Some(answers.kind);
        args.priority = Some(answers.priority);
        args.title = Some(answers.title);
        args.body = Some(answers.description);
        args.attach = answers.attachments;
    }
    let mut description = super::read_text(args.body.take(), args.body_file.as_deref())?;
    if let Some(original) = &args.from {
        let original = ctx.backend()?.show(original, false).await?;
        let t = original.ticket;
        args.title = args.title.or(Some(t.title));
        description = description.or(Some(original.description));
        args.kind = args.kind.or(Some(t.kind));
        args.priority = args.priority.or(Some(t.priority));
        args.department = args.department.or(Some(t.department));
        args.service = args.service.or(t.service);
        args.category = args.category.or(t.category);
        args.project = args.project.or(t.project);
    }
    let title = match args.title {
        Some(title) => title,
        None if ctx.can_prompt() => dialoguer::Input::<String>::new()
            .with_prompt("Title")
            .interact_text()?,
        None => {
            return Err(UsageError(format!(
                "a ticket needs a title: pass --title{}",
                ctx.or_in_a_terminal()
            ))
            .into());
        }
    };
    let description = description.unwrap_or_default();
    let files = super::local_files(&args.attach)?;
    let ticket = NewTicket {
        title,
        description,
        kind: args.kind,
        priority: args.priority,
        department: args.department,
        service: args.service,
        category: args.category,
        project: args.project,
        visibility: args.visibility,
        channel: Some(args.channel),
        cc: args.cc,
        attachments: Vec::new(),
    };
    let detail = ctx
        .backend()?
        .create(ticket, &files, &ctx.progress_bar())
        .await?;
    if args.quiet {
        return Ok(Output::Plain(detail.ticket.key));
    }
    Output::done(
        format!("Created {}: {}", detail.ticket.key, detail.ticket.title),
        &detail,
    )
}
