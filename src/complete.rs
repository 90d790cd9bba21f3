//! Shell completion. The shell's script (`tik completion SHELL`, committed in `completions/`)
//! only registers `tik` and, at each TAB, runs `TIK_COMPLETE=SHELL tik -- WORDS…`: the binary
//! answers from its own command line (subcommands, flags, fixed values) and, for the words
//! only the service knows (ticket keys, the catalogue, who can be assigned), asks it.
//!
//! A shell waits on the answer with the user's line frozen: asking gets [`WAIT`] in all,
//! keyring included, and one attempt, never the retries of a command. Whatever goes wrong (no
//! host, no token, no service) completes nothing, says nothing, and exits 0.

use std::ffi::OsStr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::{CommandFactory as _, FromArgMatches as _, ValueEnum as _};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::Shells;
use clap_complete::{CompleteEnv, Shell};

use crate::api::{Catalogue, Status, Ticket, TicketQuery};
use crate::backend::{self, Backend as _};
use crate::cli::{Cli, GlobalArgs};
use crate::client::{Budget, HttpClient};

/// The longest completing a word may wait for the service, finding the token included.
const WAIT: Duration = Duration::from_millis(500);

/// What the registration scripts set to ask `tik` for completions. Not clap's `COMPLETE`: a
/// variable of that common a name, set in some CI job for its own reasons, would turn every
/// `tik` command into a completion request.
const VAR: &str = "TIK_COMPLETE";

/// The most tickets of one kind (open, or not) offered: the service's largest page.
const TICKETS: u32 = 100;

/// Answers the shell and exits, when the shell is asking (`TIK_COMPLETE` is set); otherwise
/// returns at once.
pub fn complete_if_asked() {
    CompleteEnv::with_factory(command)
        .var(VAR)
        .bin("tik")
        .completer("tik")
        .complete();
}

/// The script that registers `tik`'s completions in `shell`: what `TIK_COMPLETE=SHELL tik`
/// prints, `tik completion SHELL` prints, and `completions/` commits. It runs the `tik` on
/// `PATH`, so the same file serves wherever tik is installed.
pub(crate) fn registration(shell: Shell) -> Vec<u8> {
    let shells = Shells::builtins();
    let completer = shells
        .completer(&shell.to_string())
        .expect("clap_complete completes every shell it names");
    let mut script = Vec::new();
    completer
        .write_registration(VAR, "tik", "tik", "tik", &mut script)
        .expect("a script written into memory");
    script
}

/// The command line, with a completer on every argument whose values the service knows.
fn command() -> clap::Command {
    with_completers(Cli::command(), &[])
}

/// `command` at `path` (`["watchers", "add"]`) and its subcommands, each argument with the
/// completer [`completer_of`] gives it. In place: the order of arguments is their positions.
fn with_completers(command: clap::Command, path: &[&str]) -> clap::Command {
    command
        .mut_subcommands(|sub| {
            let name = sub.get_name().to_owned();
            let path: Vec<&str> = path.iter().copied().chain([name.as_str()]).collect();
            with_completers(sub, &path)
        })
        .mut_args(|arg| match completer_of(path, arg.get_id().as_str()) {
            Some(completer) => arg.add(completer),
            None => arg,
        })
}

/// What completes argument `id` of the command at `path` (`["watchers", "add"]`), by the
/// names the commands give their arguments.
fn completer_of(path: &[&str], id: &str) -> Option<ArgValueCompleter> {
    let completer: fn(&OsStr) -> Vec<CompletionCandidate> = match (path, id) {
        // An escalation's key (CP-7) is not a ticket's.
        (["escalation", ..], "key") => return None,
        (_, "key" | "other" | "duplicate_of") => ticket_keys,
        (["list"], "status") => return Some(list_statuses()),
        (_, "priority") => priorities,
        (_, "department") => departments,
        (_, "service") => services,
        (_, "category") => categories,
        (["assign"], "user") | (["list"], "assignee") => assignees,
        _ => return None,
    };
    Some(ArgValueCompleter::new(completer))
}

/// What `tik list --status` takes: the three groups, then each status.
fn list_statuses() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        let groups = [
            ("open", "every status but resolved and closed (the default)"),
            ("closed", "resolved and closed"),
            ("all", "every status"),
        ]
        .map(|(name, help)| candidate(name, Some(help)));
        let statuses = Status::ALL.iter().map(|status| {
            let help = status
                .to_possible_value()
                .and_then(|value| value.get_help().map(ToString::to_string));
            candidate(status.as_str(), help)
        });
        matching(current, groups.into_iter().chain(statuses))
    })
}

/// The tickets the caller sees, open ones first (newest first), each with its title; then
/// the others, their status said.
fn ticket_keys(current: &OsStr) -> Vec<CompletionCandidate> {
    let page = |status: &str| TicketQuery {
        status: Some(status.to_owned()),
        limit: Some(TICKETS),
        ..TicketQuery::default()
    };
    let (open, closed) = (page("open"), page("closed"));
    let tickets = ask(async |client| {
        let (open, closed) = tokio::join!(client.list_page(&open), client.list_page(&closed));
        // Open tickets are the ones worked on: without them there is nothing worth offering.
        let mut tickets = open?.items;
        tickets.extend(closed.map(|page| page.items).unwrap_or_default());
        Ok(tickets)
    });
    let described = |ticket: Ticket| {
        let help = if ticket.status.is_open() {
            ticket.title
        } else {
            format!("{} ({})", ticket.title, ticket.status)
        };
        candidate(&ticket.key, Some(help))
    };
    matching(current, tickets.into_iter().flatten().map(described))
}

fn priorities(current: &OsStr) -> Vec<CompletionCandidate> {
    from_catalogue(current, |c| {
        c.priorities
            .into_iter()
            .map(|p| (p.name, p.label))
            .collect()
    })
}

fn departments(current: &OsStr) -> Vec<CompletionCandidate> {
    from_catalogue(current, |c| {
        c.departments
            .into_iter()
            .map(|d| (d.name, d.label))
            .collect()
    })
}

fn services(current: &OsStr) -> Vec<CompletionCandidate> {
    from_catalogue(current, |c| {
        c.services.into_iter().map(|s| (s.name, s.label)).collect()
    })
}

/// Category codes (`1.5`), with their labels.
fn categories(current: &OsStr) -> Vec<CompletionCandidate> {
    from_catalogue(current, |c| {
        c.categories
            .into_iter()
            .map(|c| (c.code, c.label))
            .collect()
    })
}

/// Names of one part of the catalogue, each with its label.
fn from_catalogue(
    current: &OsStr,
    entries: fn(Catalogue) -> Vec<(String, String)>,
) -> Vec<CompletionCandidate> {
    let catalogue = ask(async |client| client.catalogue().await);
    let candidates = catalogue
        .into_iter()
        .flat_map(entries)
        .map(|(name, label)| candidate(&name, Some(label)));
    matching(current, candidates)
}

/// Who a ticket can be assigned to, each with their role and e-mail address.
fn assignees(current: &OsStr) -> Vec<CompletionCandidate> {
    let users = ask(async |client| client.assignees().await);
    let users = users.into_iter().flatten().map(|user| {
        let help = format!("{}, {}", user.role, user.email);
        candidate(&user.name, Some(help))
    });
    matching(current, users)
}

fn candidate(value: &str, help: Option<impl Into<String>>) -> CompletionCandidate {
    CompletionCandidate::new(value).help(help.map(|help| help.into().into()))
}

/// The candidates that begin with what is typed, in any case (`cs-1` finds `CS-12`).
fn matching(
    current: &OsStr,
    candidates: impl IntoIterator<Item = CompletionCandidate>,
) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_lowercase();
    candidates
        .into_iter()
        .filter(|c| {
            c.get_value()
                .to_string_lossy()
                .to_lowercase()
                .starts_with(&typed)
        })
        .collect()
}

/// Asks the service `question`, where and as whom the line being completed would go, within
/// [`WAIT`] and in one attempt; `None` when anything fails.
fn ask<T>(question: impl AsyncFnOnce(&HttpClient) -> backend::Result<T>) -> Option<T> {
    let started = Instant::now();
    let account = crate::context::account(&global_args_of_the_line()?).ok()?;
    let token = crate::credentials::find_quietly(&account, WAIT)?;
    let left = WAIT.checked_sub(started.elapsed())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    let answer = runtime.block_on(async {
        let budget = Arc::new(Budget::one_attempt(left));
        let client = HttpClient::new(&account.host, &token, budget).ok()?;
        // The budget bounds the waiting on each attempt; this, the whole of it.
        tokio::time::timeout(left, question(&client))
            .await
            .ok()?
            .ok()
    });
    // A name still being resolved on a blocking thread is not waited for.
    runtime.shutdown_background();
    answer
}

/// The global options of the line being completed (`--host`, `--profile`), with the
/// environment's (`TIK_HOST`, `TIK_PROFILE`) under them, as the command would take them. The
/// shell runs `tik -- tik WORDS…`; a line that does not parse yet has the environment's.
fn global_args_of_the_line() -> Option<GlobalArgs> {
    let words = std::env::args_os().skip(2);
    let matches = Cli::command()
        .ignore_errors(true)
        .try_get_matches_from(words)
        .or_else(|_| {
            Cli::command()
                .ignore_errors(true)
                .try_get_matches_from(["tik"])
        })
        .ok()?;
    GlobalArgs::from_arg_matches(&matches).ok()
}
