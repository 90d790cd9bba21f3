//! One file a subcommand, each with its `Args` and `run`; this is the one dispatch.
//!
//! The doc comments of `Args` and their fields are `--help` text, not rustdoc: examples are
//! shell as users type it (`TIK_TOKEN=…`, `--jq .support_access`), where backticks would
//! print as they are.
#![allow(clippy::doc_markdown)]

pub(crate) mod access;
pub(crate) mod admin;
mod admin_catalog;
mod admin_passwd;
mod admin_token;
pub(crate) mod api;
pub(crate) mod assign;
pub(crate) mod attach;
pub(crate) mod auth;
pub(crate) mod catalog;
pub(crate) mod close;
pub(crate) mod comment;
pub(crate) mod completion;
pub(crate) mod config;
pub(crate) mod download;
pub(crate) mod edit;
pub(crate) mod escalate;
pub(crate) mod escalation;
mod fields;
pub(crate) mod link;
pub(crate) mod list;
pub(crate) mod man;
pub(crate) mod new;
mod new_guided;
pub(crate) mod rate;
pub(crate) mod reopen;
pub(crate) mod secret;
pub(crate) mod serve;
pub(crate) mod show;
pub(crate) mod status;
pub(crate) mod unlink;
pub(crate) mod watch;
pub(crate) mod watchers;
pub(crate) mod whoami;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::cli::{Cli, Command};
use crate::client::LocalFile;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output;
use crate::units::io_reason;

pub(crate) async fn dispatch(cli: Cli) -> anyhow::Result<()> {
    // Before the command does anything: a format or filter that cannot be had must not leave
    // a change made and its answer unprinted.
    let options = output::Options::of(&cli.global)?;
    let ctx = Context::new(cli.global, options);
    let output = match cli.command {
        Command::New(args) => new::run(&ctx, args).await?,
        Command::List(args) => list::run(&ctx, args).await?,
        Command::Show(args) => show::run(&ctx, args).await?,
        Command::Comment(args) => comment::run(&ctx, args).await?,
        Command::Attach(args) => attach::run(&ctx, args).await?,
        Command::Download(args) => download::run(&ctx, args).await?,
        Command::Escalate(args) => escalate::run(&ctx, args).await?,
        Command::Status(args) => status::run(&ctx, args).await?,
        Command::Assign(args) => assign::run(&ctx, args).await?,
        Command::Edit(args) => edit::run(&ctx, args).await?,
        Command::Watch(args) => watch::run(&ctx, args).await?,
        Command::Watchers(args) => watchers::run(&ctx, args).await?,
        Command::Link(args) => link::run(&ctx, args).await?,
        Command::Unlink(args) => unlink::run(&ctx, args).await?,
        Command::Escalation(args) => escalation::run(&ctx, args).await?,
        Command::Access(args) => access::run(&ctx, args).await?,
        Command::Close(args) => close::run(&ctx, args).await?,
        Command::Reopen(args) => reopen::run(&ctx, args).await?,
        Command::Rate(args) => rate::run(&ctx, args).await?,
        Command::Secret(args) => secret::run(&ctx, args).await?,
        Command::Serve(args) => serve::run(&ctx, args).await?,
        Command::Admin(args) => admin::run(&ctx, args).await?,
        Command::Whoami(args) => whoami::run(&ctx, args).await?,
        Command::Auth(args) => auth::run(&ctx, args).await?,
        Command::Api(args) => api::run(&ctx, args).await?,
        Command::Catalog(args) => catalog::run(&ctx, args).await?,
        Command::Config(args) => config::run(&ctx, args)?,
        Command::Completion(args) => completion::run(&args)?,
        Command::Man(args) => man::run(&ctx, args)?,
    };
    output::print(&ctx, &output)
}

/// A text given inline, or read from a file (`-` for stdin).
pub(crate) fn read_text(
    inline: Option<String>,
    file: Option<&Path>,
) -> anyhow::Result<Option<String>> {
    match (inline, file) {
        (Some(text), _) => Ok(Some(text)),
        (None, Some(path)) if path == Path::new("-") => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|e| {
                UsageError(format!(
                    "cannot read the body from stdin: {}",
                    io_reason(&e)
                ))
            })?;
            Ok(Some(text))
        }
        (None, Some(path)) => std::fs::read_to_string(path).map(Some).map_err(|e| {
            UsageError(format!("cannot read {}: {}", path.display(), io_reason(&e))).into()
        }),
        (None, None) => Ok(None),
    }
}

/// Every file, checked readable before anything is sent.
pub(crate) fn local_files(paths: &[PathBuf]) -> anyhow::Result<Vec<LocalFile>> {
    Ok(paths
        .iter()
        .map(|p| LocalFile::open(p))
        .collect::<Result<_, _>>()?)
}

/// What a person writes in their editor, or `None` if they left it empty. The file opens
/// with a hint below a scissors line, as git's; everything from that line on is left out.
pub(crate) fn edit_in_editor(what: &str) -> anyhow::Result<Option<String>> {
    const SCISSORS: &str = "# ------------------------ >8 ------------------------";
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|e| !e.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_owned());
    let template = format!(
        "\n{SCISSORS}\n# Write the {what} above this line; this line and all below it are left out.\n\
         # Save and quit to send it. Leave it empty, or quit without saving, to send nothing.\n"
    );
    let edited = dialoguer::Editor::new()
        .executable(&editor)
        .edit(&template)
        .map_err(|e| {
            let reason = match &e {
                dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::NotFound => {
                    "not found".to_owned()
                }
                dialoguer::Error::IO(io) => io_reason(io),
            };
            UsageError(format!(
                "cannot start the editor '{editor}': {reason}; set EDITOR, or pass the text with -b"
            ))
        })?;
    Ok(edited
        .map(|text| match text.find(SCISSORS) {
            Some(at) => text[..at].to_owned(),
            None => text,
        })
        .filter(|text| !text.trim().is_empty()))
}
