use std::path::PathBuf;

use super::fields::TicketFields;
use crate::api::{Channel, NewTicket};
use crate::backend::Backend;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::Output;

/// Open a ticket
///
/// Run at a terminal with nothing given, it walks you through the ticket: department,
/// service, category, type, priority (with the guidance for each level), title,
/// description and attachments, choosing from the service's catalogue (`tik catalog`).
/// Unless told otherwise, a ticket is a question of the scale's lowest priority, for the
/// catalogue's first department, seen by your organisation.
///
/// Examples:
///   tik new
///   tik new -t "Disk full on build agent" --priority high --type incident
///   tik new -t "Nightly failed" --body-file report.md --attach build.log -q
///   make 2>&1 | tik new -t "Build broken" --body-file -
///   tik new -t "Invoice 2026-11 is wrong" --department billing --cc carol
///   tik new --from CS-12 -t "Same failure on the staging agents"
///   tik new --type incident --dedupe-key "$PIPELINE:$JOB" -t "Nightly failed" -a build.log -q
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    #[command(flatten)]
    fields: TicketFields,
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
    /// A key naming the failure reported, e.g. "$PIPELINE:$JOB": while a ticket with it is
    /// open, its description and attachments are recorded there as an occurrence, and no
    /// ticket is opened. Keys are shared with your organisation (yours alone with
    /// --visibility private)
    #[arg(long, value_name = "KEY", env = "TIK_DEDUPE_KEY")]
    dedupe_key: Option<String>,
    /// Print only the ticket's key, the new one or the one deduplicated onto (even with --json)
    #[arg(short, long)]
    quiet: bool,
}

impl Args {
    /// Whether nothing of the ticket was given on the command line.
    fn is_bare(&self) -> bool {
        self.fields.is_empty()
            && self.attach.is_empty()
            && self.cc.is_empty()
            && self.from.is_none()
    }
}

pub(crate) async fn run(ctx: &Context, mut args: Args) -> anyhow::Result<Output> {
    if args.is_bare() && ctx.can_prompt() {
        let catalogue = ctx.backend()?.catalogue().await?;
        let answers = super::new_guided::walk(&catalogue)?;
        args.fields.department = Some(answers.department);
        args.fields.service = answers.service;
        args.fields.category = answers.category;
        args.fields.kind = Some(answers.kind);
        args.fields.priority = Some(answers.priority);
        args.fields.title = Some(answers.title);
        args.fields.body = Some(answers.description);
        args.attach = answers.attachments;
    }
    let mut description =
        super::read_text(args.fields.body.take(), args.fields.body_file.as_deref())?;
    if let Some(original) = &args.from {
        let original = ctx.backend()?.show(original, false).await?;
        let t = original.ticket;
        args.fields.title = args.fields.title.or(Some(t.title));
        description = description.or(Some(original.description));
        args.fields.kind = args.fields.kind.or(Some(t.kind));
        args.fields.priority = args.fields.priority.or(Some(t.priority));
        args.fields.department = args.fields.department.or(Some(t.department));
        args.fields.service = args.fields.service.or(t.service);
        args.fields.category = args.fields.category.or(t.category);
        args.fields.project = args.fields.project.or(t.project);
    }
    let title = match args.fields.title {
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
        kind: args.fields.kind,
        priority: args.fields.priority,
        department: args.fields.department,
        service: args.fields.service,
        category: args.fields.category,
        project: args.fields.project,
        visibility: args.fields.visibility,
        channel: Some(args.channel),
        cc: args.cc,
        attachments: Vec::new(),
        dedupe_key: args.dedupe_key,
    };
    let detail = ctx
        .backend()?
        .create(ticket, &files, &ctx.progress_bar())
        .await?;
    if args.quiet {
        return Ok(Output::Plain(detail.ticket.key));
    }
    let t = &detail.ticket;
    let human = if detail.deduplicated == Some(true) {
        let n = t.occurrences.unwrap_or_default();
        format!(
            "Recorded occurrence {n} of {} (deduplicated: {} is still open)",
            t.key, t.key
        )
    } else {
        format!("Created {}: {}", t.key, t.title)
    };
    Output::done(human, &detail)
}
