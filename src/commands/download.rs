use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

use anyhow::Context as _;
use serde::Serialize;

use crate::api::Attachment;
use crate::backend::Backend;
use crate::client::ClientError;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::{Format, Output};
use crate::units::human_bytes;

/// Save a ticket's attachments
///
/// Saves every attachment of the ticket, or those chosen by id (`2` or `#2`) or by file name,
/// into the current directory or -o DIR (made, with its parents, if missing). Each file is
/// checked against the size and SHA-256 the ticket lists before it takes its name, so a file
/// that fails leaves nothing behind. An existing file is never overwritten without --clobber,
/// and nothing is downloaded when one would be. Of two attachments with one name (in any
/// case), the first by id keeps it and the next is saved as `name (2).ext`. `-o -` writes one
/// attachment to standard output, once it is verified.
///
/// Examples:
///   tik download CS-12
///   tik download CS-12 build.log '#3' -o ~/cases/CS-12
///   tik download CS-12 2 -o - | less
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The ticket's key
    key: String,
    /// The attachments, by id (`2` or `#2`) or file name; all of them if none is given
    #[arg(value_name = "ATTACHMENT")]
    attachments: Vec<String>,
    /// The directory to save into (default: the current one); `-` writes to standard output
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Overwrite files that exist
    #[arg(long)]
    clobber: bool,
}

/// A file saved, as `--json` lists it.
#[derive(Debug, Serialize)]
struct Saved {
    id: u64,
    name: String,
    path: String,
    size: u64,
    sha256: String,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let to_stdout = args.output.as_deref() == Some(Path::new("-"));
    if to_stdout && ctx.output().format != Format::Table {
        return Err(UsageError(
            "-o - writes the file itself to standard output: leave out --json and --format".into(),
        )
        .into());
    }
    let backend = ctx.backend()?;
    let ticket = backend.show(&args.key, false).await?;
    let chosen = select(&ticket.attachments, &args.attachments, &ticket.ticket.key)?;
    let progress = ctx.progress_bar();
    progress.set_length(chosen.iter().map(|a| a.size).sum());

    if to_stdout {
        let [attachment] = chosen[..] else {
            return Err(UsageError(format!(
                "-o - writes one attachment, and {} are chosen: name one by id",
                chosen.len()
            ))
            .into());
        };
        progress.set_message(attachment.name.clone());
        let downloaded = backend
            .download(attachment, &std::env::temp_dir(), &progress)
            .await;
        progress.finish_and_clear();
        // Verified before the first byte goes out: a reader never gets bytes that fail.
        let mut stdout = std::io::stdout().lock();
        downloaded?
            .copy_to(&mut stdout)
            .and_then(|_| std::io::Write::flush(&mut stdout))
            .context("cannot write to standard output")?;
        return Ok(Output::Nothing);
    }

    let dir = args.output.unwrap_or_default();
    let names = file_names(&chosen)?;
    for name in &names {
        let path = dir.join(name);
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                return Err(UsageError(format!("{} is a directory", path.display())).into());
            }
            Ok(_) if !args.clobber => return Err(ClientError::Exists(path).into()),
            _ => {}
        }
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| ClientError::io(format!("cannot create {}", dir.display()), e))?;
    let temp_dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        &dir
    };

    let mut saved = Vec::with_capacity(chosen.len());
    let mut human = String::new();
    for (attachment, name) in chosen.iter().zip(names) {
        let path = dir.join(&name);
        progress.set_message(name.clone());
        let outcome = match backend.download(attachment, temp_dir, &progress).await {
            Ok(downloaded) => downloaded.persist(&path, args.clobber),
            Err(err) => Err(err),
        };
        if let Err(err) = outcome {
            progress.finish_and_clear();
            return Err(err.into());
        }
        let _ = write!(
            human,
            "Saved {} ({}, sha256 verified",
            path.display(),
            human_bytes(attachment.size)
        );
        if name != attachment.name {
            let _ = write!(human, "; #{} is another {}", attachment.id, attachment.name);
        }
        human.push_str(")\n");
        saved.push(Saved {
            id: attachment.id,
            name: attachment.name.clone(),
            path: path.to_string_lossy().into_owned(),
            size: attachment.size,
            sha256: attachment.sha256.clone(),
        });
    }
    progress.finish_and_clear();
    Output::done(human.trim_end(), &saved)
}

/// The attachments `wanted` names, by id (`2`, `#2`) or by file name (all of that name), each
/// once and in id order; all of them when none is named. A bare number is an id if the ticket
/// has one such, else a name.
fn select<'a>(
    all: &'a [Attachment],
    wanted: &[String],
    key: &str,
) -> Result<Vec<&'a Attachment>, ClientError> {
    if all.is_empty() {
        return Err(ClientError::NotFound(format!("{key} has no attachments")));
    }
    let mut chosen: Vec<&Attachment> = if wanted.is_empty() {
        all.iter().collect()
    } else {
        let mut chosen = Vec::new();
        for want in wanted {
            let number = want.strip_prefix('#').unwrap_or(want).parse::<u64>().ok();
            let id = number.filter(|id| want.starts_with('#') || all.iter().any(|a| a.id == *id));
            let before = chosen.len();
            chosen.extend(all.iter().filter(|a| match id {
                Some(id) => a.id == id,
                None => a.name == *want,
            }));
            if chosen.len() == before {
                let asked = match number {
                    Some(number) => format!("#{number}"),
                    None => format!("'{want}'"),
                };
                let has: Vec<String> = all
                    .iter()
                    .map(|a| format!("#{} {}", a.id, a.name))
                    .collect();
                return Err(ClientError::NotFound(format!(
                    "no attachment {asked} on {key}; it has {}",
                    has.join(", ")
                )));
            }
        }
        chosen
    };
    chosen.sort_by_key(|a| a.id);
    chosen.dedup_by_key(|a| a.id);
    Ok(chosen)
}

/// The name each attachment is saved under: its own, checked to be one plain file name so it
/// cannot reach outside the directory; for the second and later of one name (by id, and in any
/// case, as macOS and Windows compare names), `name (2).ext`, so none overwrites another.
fn file_names(chosen: &[&Attachment]) -> Result<Vec<String>, ClientError> {
    if let Some(bad) = chosen.iter().find(|a| !is_plain_file_name(&a.name)) {
        return Err(ClientError::Service(format!(
            "the service names attachment #{} '{}', not a plain file name; nothing saved",
            bad.id,
            bad.name.escape_debug()
        )));
    }
    let mut taken = HashSet::new();
    let first: Vec<bool> = chosen
        .iter()
        .map(|a| taken.insert(a.name.to_lowercase()))
        .collect();
    let mut names = Vec::with_capacity(chosen.len());
    for (attachment, first) in chosen.iter().zip(first) {
        if first {
            names.push(attachment.name.clone());
            continue;
        }
        let (stem, extension) = match attachment.name.rfind('.') {
            Some(at) if at > 0 => attachment.name.split_at(at),
            _ => (attachment.name.as_str(), ""),
        };
        // More candidates than names taken: one is free.
        let fresh = (2..=chosen.len() + 2)
            .map(|n| format!("{stem} ({n}){extension}"))
            .find(|name| !taken.contains(&name.to_lowercase()))
            .expect("a free name");
        taken.insert(fresh.to_lowercase());
        names.push(fresh);
    }
    Ok(names)
}

/// One name, not a path: no separator, no `.` or `..`, no control character.
fn is_plain_file_name(name: &str) -> bool {
    let mut parts = Path::new(name).components();
    matches!(
        (parts.next(), parts.next()),
        (Some(Component::Normal(_)), None)
    ) && !name.contains(['/', '\\'])
        && !name.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::{file_names, is_plain_file_name, select};
    use crate::api::Attachment;

    fn attachment(id: u64, name: &str) -> Attachment {
        Attachment {
            id,
            name: name.to_owned(),
            media_type: "text/plain".into(),
            size: 1,
            sha256: "0".repeat(64),
            uploaded_by: "admin".into(),
            created_at: chrono::Utc::now(),
            comment_id: None,
        }
    }

    #[test]
    fn only_a_plain_file_name_is_written() {
        for good in ["df.txt", ".bashrc", "résumé final.pdf", "a..b"] {
            assert!(is_plain_file_name(good), "{good}");
        }
        for bad in [
            "",
            ".",
            "..",
            "a/b",
            "/etc/passwd",
            "../x",
            "a\\b",
            "a\nb",
            "x/",
        ] {
            assert!(!is_plain_file_name(bad), "{bad:?}");
        }
        let err = file_names(&[&attachment(1, "../x")]).unwrap_err();
        assert!(err.to_string().contains("#1 '../x'"), "{err}");
    }

    #[test]
    fn names_shared_are_numbered_after_the_first_and_never_collide() {
        let all = [
            attachment(2, "df.txt"),
            attachment(3, "DF.txt"),
            attachment(4, "df (2).txt"),
            attachment(5, ".env"),
            attachment(6, ".env"),
            attachment(7, "README"),
            attachment(8, "README"),
        ];
        let chosen: Vec<&Attachment> = all.iter().collect();
        assert_eq!(
            file_names(&chosen).unwrap(),
            [
                "df.txt",
                "DF (3).txt",
                "df (2).txt",
                ".env",
                ".env (2)",
                "README",
                "README (2)"
            ]
        );
    }

    #[test]
    fn attachments_are_chosen_by_id_or_name_once_each_in_id_order() {
        let all = [
            attachment(2, "df.txt"),
            attachment(3, "2"),
            attachment(4, "df.txt"),
            attachment(5, "9"),
        ];
        let ids = |wanted: &[&str]| -> Vec<u64> {
            let wanted: Vec<String> = wanted.iter().map(|w| (*w).to_owned()).collect();
            select(&all, &wanted, "CS-1")
                .unwrap()
                .iter()
                .map(|a| a.id)
                .collect()
        };
        assert_eq!(ids(&[]), [2, 3, 4, 5]);
        assert_eq!(ids(&["#4", "2"]), [2, 4]);
        assert_eq!(ids(&["df.txt", "#2"]), [2, 4]);
        // A bare number the ticket has no id for is a name.
        assert_eq!(ids(&["9"]), [5]);
        let err = select(&all, &["#9".into()], "CS-1").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("no attachment #9 on CS-1; it has #2 df.txt"),
            "{err}"
        );
        let err = select(&all, &["nope.txt".into()], "CS-1").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("no attachment 'nope.txt' on CS-1"),
            "{err}"
        );
        assert!(select(&[], &[], "CS-1").is_err());
    }
}
