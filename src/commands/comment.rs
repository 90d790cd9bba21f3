use std::path::PathBuf;

use crate::api::NewComment;
use crate::backend::Backend;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::Output;

/// Comment on a ticket
///
/// Without -b or --body-file, opens $EDITOR on a terminal.
///
/// Examples:
///   tik comment CS-12 -b "Rebooted; the disk is fine now"
///   tik comment CS-12 --body-file - < notes.md
///   tik comment CS-12 -b "Full log attached" --attach build.log
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// The comment
    #[arg(short, long, conflicts_with = "body_file")]
    body: Option<String>,
    /// Read the comment from a file; `-` reads stdin
    #[arg(long, value_name = "FILE")]
    body_file: Option<PathBuf>,
    /// An internal note, for agents only
    #[arg(long)]
    internal: bool,
    /// Attach a file (repeatable)
    #[arg(short, long = "attach", value_name = "FILE")]
    attach: Vec<PathBuf>,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let body = match super::read_text(args.body, args.body_file.as_deref())? {
        Some(body) => body,
        None if ctx.can_prompt() => super::edit_in_editor("comment")?
            .ok_or_else(|| UsageError("the comment is empty; nothing sent".into()))?,
        None => {
            return Err(UsageError(format!(
                "a comment needs a body: pass -b or --body-file{}",
                ctx.or_in_a_terminal()
            ))
            .into());
        }
    };
    if body.trim().is_empty() {
        return Err(UsageError("the comment is empty; nothing sent".into()).into());
    }
    let files = super::local_files(&args.attach)?;
    let comment = NewComment {
        body,
        internal: args.internal,
        attachments: Vec::new(),
    };
    let backend = ctx.backend()?;
    let comment = backend
        .comment(&args.key, comment, &files, &ctx.progress_bar())
        .await?;
    Output::done(
        format!(
            "Commented on {} (comment {})",
            args.key.to_ascii_uppercase(),
            comment.id
        ),
        &comment,
    )
}
