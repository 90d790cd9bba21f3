use std::fmt::Write as _;
use std::path::PathBuf;

use crate::backend::Backend;
use crate::client::LocalFile;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::Output;
use crate::units::human_bytes;

/// Attach files to a ticket
///
/// Files over the service's published limits are refused before anything is sent. `-` reads
/// standard input, named with --name.
///
/// Examples:
///   tik attach CS-12 build.log screenshot.png
///   journalctl -u nginx | tik attach CS-12 - --name nginx.log
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// The files; `-` reads standard input
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The name of the file read from standard input
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let stdin = std::path::Path::new("-");
    let files = match (args.files.iter().filter(|f| *f == stdin).count(), args.name) {
        (0, None) => super::local_files(&args.files)?,
        (0, Some(_)) => {
            return Err(UsageError("--name goes with `-` (standard input)".into()).into());
        }
        (1, Some(name)) => {
            let mut files = Vec::with_capacity(args.files.len());
            for path in &args.files {
                files.push(if path == stdin {
                    LocalFile::stdin(&name)?
                } else {
                    LocalFile::open(path)?
                });
            }
            files
        }
        (1, None) => {
            return Err(UsageError(
                "a file read from standard input needs a name: pass --name, e.g. --name build.log"
                    .into(),
            )
            .into());
        }
        _ => {
            return Err(UsageError("standard input can be read once: pass `-` once".into()).into());
        }
    };
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
