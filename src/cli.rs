//! The command line: global options and the subcommands. Each subcommand's own options live
//! beside its code in `commands/`.

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::commands::{
    access, admin, api, assign, attach, auth, catalog, close, comment, completion, config,
    download, edit, escalate, escalation, link, list, man, new, rate, reopen, secret, serve, show,
    status, unlink, watch, watchers, whoami,
};
use crate::output::Format;

/// What each exit code means (`exit.rs` names them); `tik --help` and tik(1) list them.
pub(crate) const EXIT_CODES: [(u8, &str); 7] = [
    (0, "success"),
    (
        1,
        "failure (a conflict, the service failed, or no keyring to keep a token in)",
    ),
    (2, "usage or invalid input"),
    (3, "authentication or permission"),
    (4, "not found"),
    (
        5,
        "service unreachable, unavailable or busy, after retrying for --timeout (tik watch: \
         also after a lost connection)",
    ),
    (
        6,
        "tik watch --until: a ticket was resolved or closed otherwise than fixed (won't fix, \
         duplicate, …)",
    ),
];

/// The environment a command reads, over the configuration file and under flags.
/// `tik serve` reads more, listed in its own help.
pub(crate) const ENVIRONMENT: [(&str, &str); 10] = [
    ("TIK_HOST", "the service, e.g. http://127.0.0.1:8765"),
    (
        "TIK_TOKEN",
        "the API token, over the one `tik auth login` kept (never a flag, so it stays out of \
         shell history)",
    ),
    (
        "TIK_TIMEOUT",
        "seconds a command may wait for the service in all, retries included (default 60)",
    ),
    (
        "TIK_IDEMPOTENCY_KEY",
        "the key of a command's requests, so that running it again replays them",
    ),
    (
        "TIK_DEDUPE_KEY",
        "the failure `tik new` reports: while a ticket with this key is open, another report \
         adds an occurrence to it",
    ),
    ("TIK_PROFILE", "the configuration profile to use"),
    (
        "TIK_CONFIG",
        "the configuration file (default: tik/config.toml in the XDG config directory)",
    ),
    ("TIK_NO_INPUT", "never prompt (as --no-input)"),
    ("CI", "true, as CI services set it, never prompts either"),
    ("NO_COLOR", "no colour"),
];

/// The files tik reads and writes, for tik(1).
pub(crate) const FILES: [(&str, &str); 6] = [
    (
        "~/.config/tik/config.toml",
        "profiles, hosts and settings (`tik config`; TIK_CONFIG names another); never a token",
    ),
    (
        "~/.config/tik/credentials.toml",
        "tokens kept with `tik auth login --insecure-storage` where no keyring answers: \
         readable by you alone (0600), refused otherwise, and warned of at each use",
    ),
    (
        "~/.local/share/tik/tik.db",
        "the service's database (`tik serve --database`), with its -wal and -shm files",
    ),
    (
        "tik.db.key",
        "beside the database: the key that seals the secrets given to support (0600)",
    ),
    (
        "tik.db.attachments/",
        "beside the database: the attachments' bytes",
    ),
    (
        "tik.db.lock",
        "beside the database: held while a service runs on it, so that two never do",
    ),
];

/// The end of `tik --help`: the exit codes and the environment, aligned.
fn after_help() -> String {
    let codes = EXIT_CODES.map(|(code, meaning)| {
        let initial = format!("  {code}  ");
        let options = textwrap::Options::new(90)
            .initial_indent(&initial)
            .subsequent_indent("     ");
        textwrap::fill(meaning, &options)
    });
    let options = textwrap::Options::new(90)
        .initial_indent("               ")
        .subsequent_indent("               ");
    let environment = ENVIRONMENT.map(|(name, meaning)| {
        let wrapped = textwrap::fill(meaning, &options);
        if name.len() < 13 {
            format!("  {name:<13}{}", wrapped.trim_start())
        } else {
            format!("  {name}\n{wrapped}")
        }
    });
    format!(
        "Exit codes:\n{}\n\nEnvironment (over the configuration file, under flags):\n{}",
        codes.join("\n"),
        environment.join("\n")
    )
}

#[derive(Debug, Parser)]
#[command(
    name = "tik",
    version,
    about = "Tickets from the command line, and the service that keeps them"
)]
#[command(propagate_version = true, after_help = after_help())]
pub struct Cli {
    #[command(flatten)]
    pub(crate) global: GlobalArgs,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Options every command takes, listed under their own heading after the command's own.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub(crate) struct GlobalArgs {
    /// The service to talk to
    #[arg(long, env = "TIK_HOST", global = true, value_name = "URL")]
    pub(crate) host: Option<String>,
    /// Seconds the command may wait for the service in all, retries included; a transfer
    /// that keeps moving is not cut off (an upload or a download may stand still this long)
    /// [default: the profile's, else 60]
    #[arg(
        long,
        env = "TIK_TIMEOUT",
        global = true,
        value_name = "SECONDS",
        value_parser = clap::value_parser!(u64).range(1..=86_400)
    )]
    pub(crate) timeout: Option<u64>,
    /// The Idempotency-Key of the command's request (its uploads: KEY/upload/1, …): running
    /// the command again with the same key replays what the service did, and makes nothing
    /// twice [default: a new one each run]
    #[arg(
        long,
        env = "TIK_IDEMPOTENCY_KEY",
        global = true,
        value_name = "KEY",
        value_parser = crate::client::given_key
    )]
    pub(crate) idempotency_key: Option<String>,
    /// The configuration profile to use [default: the file's default-profile, else default]
    #[arg(long, env = "TIK_PROFILE", global = true, value_name = "NAME")]
    pub(crate) profile: Option<String>,
    /// Print JSON for programs instead of text for people; --json=key,title keeps only those
    /// fields (of each item, for a list)
    #[arg(
        long,
        global = true,
        value_name = "FIELDS",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = ""
    )]
    pub(crate) json: Option<String>,
    /// Filter the JSON with a jq expression; strings print raw, one result a line
    /// (e.g. --jq '.[].key')
    #[arg(long, global = true, value_name = "EXPR")]
    pub(crate) jq: Option<String>,
    /// How to print [default: table]
    #[arg(long, global = true, value_name = "FORMAT")]
    pub(crate) format: Option<Format>,
    /// The columns to print, by their JSON field names, comma-separated
    /// (e.g. --columns key,status,title)
    #[arg(long, global = true, value_name = "FIELDS")]
    pub(crate) columns: Option<String>,
    /// Leave out the header line of tables, csv and tsv
    #[arg(long, global = true)]
    pub(crate) no_headers: bool,
    /// Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and
    /// `CI=true`)
    #[arg(long, global = true)]
    pub(crate) no_input: bool,
    /// When to colour output
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub(crate) color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Each variant's help is its `Args`' doc comment: a summary, then examples.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    #[command(visible_alias = "create")]
    New(new::Args),
    #[command(visible_alias = "ls")]
    List(list::Args),
    #[command(visible_alias = "view")]
    Show(show::Args),
    Watch(watch::Args),
    Comment(comment::Args),
    Attach(attach::Args),
    Download(download::Args),
    Status(status::Args),
    Assign(assign::Args),
    Edit(edit::Args),
    Watchers(watchers::Args),
    Link(link::Args),
    Unlink(unlink::Args),
    Escalate(escalate::Args),
    Escalation(escalation::Args),
    Access(access::Args),
    Close(close::Args),
    Reopen(reopen::Args),
    Rate(rate::Args),
    Secret(secret::Args),
    Whoami(whoami::Args),
    Auth(auth::Args),
    Api(api::Args),
    Catalog(catalog::Args),
    Config(config::Args),
    Completion(completion::Args),
    Man(man::Args),
    Serve(serve::Args),
    Admin(admin::Args),
}
