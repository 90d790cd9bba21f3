use std::fmt::Write as _;
use std::path::PathBuf;

use crate::backend::Backend;
use crate::context::Context;
use crate::output::Output;
use crate::units::human_bytes;

/// Attach files to a ticket
///
/// Files over the service's published limits are refused before anything is sent.
///
/// Examples:
///   tik attach CS-12 build.log screenshot.png
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// The files
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let files = super::local_files(&args.files)?;
    let backend = ctx.backend()?;
    let attachments = backend
        .attach(&args.key, &files, &ctx.progress_bar())
        .await?;
    let mut human = String::new();
    for a in &attachments {
        let _ = writeln!(
            human,
            "Attached {} to {} ({}, sha256:{})",
            a.name,
            args.key.to_ascii_uppercase(),
            human_bytes(a.size),
            a.sha256
        );
    }
    Output::done(human.trim_end(), &attachments)
}
