use std::io::BufRead;

use clap::Subcommand;
use serde::Serialize;
use zeroize::Zeroizing;

use crate::api::{Login, Me, TokenScope};
use crate::backend::Backend;
use crate::client::{ClientError, HttpClient};
use crate::config;
use crate::context::Context;
use crate::credentials::{self, Account, Lookup, Place, Source};
use crate::exit::{AuthError, UsageError};
use crate::output::Output;
use crate::output::records::{self, Cell};
use crate::units::io_reason;

/// Log in to a service, see who you are there, log out
///
/// `tik auth login` checks a token against the service and keeps it in the system keyring
/// (Secret Service, Keychain, Credential Manager), filed under the profile and the service's
/// address; later commands find it there. `TIK_TOKEN`, when set, wins over it: that is how CI passes one.
/// Where no keyring answers (a headless server), login says so and stops, unless you ask for
/// `--insecure-storage`: a plain file only you can read, which every later command warns of.
///
/// Examples:
///   tik auth login --host https://tik.example.com
///   tik auth login --host https://tik.example.com --user alice
///   tik auth login --with-token < token.txt
///   tik auth status
///   tik auth tokens
///   tik auth tokens revoke "laptop"
///   tik auth logout
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
// The help is printed as written: its addresses are examples to type, not links.
#[allow(clippy::doc_markdown)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: AuthCommand,
}

#[derive(Debug, Subcommand)]
enum AuthCommand {
    /// Check a token, or trade a password for one, and keep it in the system keyring
    ///
    /// Examples:
    ///   tik auth login                              # paste a token at the hidden prompt
    ///   tik auth login --host https://tik.example.com --user alice
    ///   echo "$TOKEN" | tik auth login --with-token --profile work
    ///   tik auth login --with-token --insecure-storage < token  # no keyring on this server
    #[command(verbatim_doc_comment)]
    Login(LoginArgs),
    /// Show the service, who you are there, and where the token is kept (never the token)
    ///
    /// Examples:
    ///   tik auth status
    ///   tik auth status --profile work --jq .token.expires_at
    #[command(verbatim_doc_comment)]
    Status,
    /// Revoke the token on the service and forget it here
    ///
    /// Examples:
    ///   tik auth logout
    ///   tik auth logout --local        # forget it here, leave it working elsewhere
    #[command(verbatim_doc_comment)]
    Logout {
        /// Only forget it here: the service is gone for good (the token stays valid there)
        #[arg(long)]
        local: bool,
    },
    /// Print the token in use, for a script that needs it
    ///
    /// Examples:
    ///   curl -H "Authorization: Bearer $(tik auth token)" "$(tik config get host)/v1/me"
    #[command(verbatim_doc_comment)]
    Token,
    /// List your tokens (name, scopes, last use, expiry), or revoke one
    ///
    /// Examples:
    ///   tik auth tokens
    ///   tik auth tokens --format csv --columns name,last_used_at
    ///   tik auth tokens revoke laptop
    #[command(verbatim_doc_comment)]
    Tokens {
        #[command(subcommand)]
        command: Option<TokensCommand>,
    },
}

#[derive(Debug, Subcommand)]
enum TokensCommand {
    /// Revoke one of your tokens by name: it stops working at once, everywhere
    ///
    /// Examples:
    ///   tik auth tokens revoke laptop
    ///   tik auth tokens revoke "$(tik auth tokens --jq '.[] | select(.last_used_at == null) | .name' | head -1)"
    #[command(verbatim_doc_comment)]
    Revoke { name: String },
}

#[derive(Debug, clap::Args)]
struct LoginArgs {
    /// Read the token from standard input instead of a prompt
    #[arg(long, conflicts_with = "user")]
    with_token: bool,
    /// Log in as this user: the password (prompted, or read from standard input) is traded
    /// for a new token, and is not kept
    #[arg(long, short, value_name = "NAME")]
    user: Option<String>,
    /// The new token's name [default: tik on HOSTNAME]
    #[arg(long, requires = "user", value_name = "NAME")]
    token_name: Option<String>,
    /// The new token's scopes, comma-separated [default: read,write; and admin for admins]
    #[arg(long, requires = "user", value_delimiter = ',', value_name = "SCOPES")]
    scopes: Vec<TokenScope>,
    /// Days until the new token expires [default: never]
    #[arg(long, requires = "user", value_name = "DAYS", value_parser = clap::value_parser!(u32).range(1..=36_500))]
    expires_in: Option<u32>,
    /// Keep the token in a plain file only you can read (tik/credentials.toml in the XDG
    /// config directory) instead of the system keyring
    #[arg(long)]
    insecure_storage: bool,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    match args.command {
        AuthCommand::Login(args) => login(ctx, args).await,
        AuthCommand::Status => status(ctx).await,
        AuthCommand::Logout { local } => logout(ctx, local).await,
        AuthCommand::Token => {
            let target = ctx.target()?;
            Ok(Output::Plain(
                credentials::find(&target.account)?.token.to_string(),
            ))
        }
        AuthCommand::Tokens { command: None } => tokens(ctx).await,
        AuthCommand::Tokens {
            command: Some(TokensCommand::Revoke { name }),
        } => revoke(ctx, &name).await,
    }
}

/// What `login` and `status` report, for programs.
#[derive(Serialize)]
struct Session<'a> {
    host: &'a str,
    profile: &'a str,
    #[serde(flatten)]
    me: &'a Me,
    /// `environment`, `keyring` or `file`.
    kept_in: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a std::path::Path>,
}

impl<'a> Session<'a> {
    fn new(account: &'a Account, me: &'a Me, source: &'a Source) -> Self {
        let (kept_in, path) = match source {
            Source::Environment => ("environment", None),
            Source::Kept(place) => (
                place.kind(),
                match place {
                    Place::File(path) => Some(path.as_path()),
                    Place::Keyring => None,
                },
            ),
        };
        Self {
            host: &account.host,
            profile: &account.profile,
            me,
            kept_in,
            path,
        }
    }
}

async fn login(ctx: &Context, args: LoginArgs) -> anyhow::Result<Output> {
    let target = ctx.login_target()?;
    let (account, budget) = (&target.account, &target.budget);
    let host = &account.host;
    if !args.insecure_storage {
        credentials::check_keyring(account)?;
    }
    let issued = match &args.user {
        Some(user) => {
            let password = read_password(ctx, user, host)?;
            let login = Login {
                user: user.clone(),
                password: password.to_string(),
                token_name: args.token_name.clone().unwrap_or_else(default_token_name),
                scopes: (!args.scopes.is_empty()).then(|| args.scopes.clone()),
                expires_in_days: args.expires_in,
            };
            let logged_in = HttpClient::anonymous(host, budget.clone())?
                .login(&login)
                .await?;
            Some(Zeroizing::new(logged_in.token))
        }
        None => None,
    };
    let token = match issued.clone() {
        Some(token) => token,
        None => read_token(ctx, args.with_token, host)?,
    };
    let client = HttpClient::new(host, &token, budget.clone())?;
    let me = client.me().await?;
    let place = match credentials::save(account, &token, args.insecure_storage) {
        Ok(place) => place,
        Err(err) => {
            // A token made for this login and kept nowhere would live on unseen.
            if issued.is_some() {
                let _ = client.revoke_this_token().await;
            }
            return Err(err);
        }
    };
    remember_host(account)?;
    if let Place::File(path) = &place {
        eprintln!(
            "tik: warning: the token is kept in plain text in {}: anyone who can read it acts \
             as {}",
            path.display(),
            me.user.name
        );
    }
    if std::env::var_os("TIK_TOKEN").is_some_and(|t| !t.is_empty()) {
        eprintln!("tik: warning: TIK_TOKEN is set, and commands use it rather than this login");
    }
    let human = format!(
        "Logged in to {account} as {}; the token '{}' ({}) is kept in {}",
        who(&me),
        me.token.name,
        scopes(&me.token.scopes),
        place.describe()
    );
    let source = Source::Kept(place);
    Output::done(human, &Session::new(account, &me, &source))
}

async fn status(ctx: &Context) -> anyhow::Result<Output> {
    let target = ctx.target()?;
    let account = &target.account;
    let credential = credentials::find(account)?;
    let client = HttpClient::new(&account.host, &credential.token, target.budget)?;
    let me = match client.me().await {
        Ok(me) => me,
        Err(ClientError::Unauthorized(why)) => {
            return Err(AuthError(format!(
                "{account} refuses the token from {}: {why}",
                credential.source.describe()
            ))
            .into());
        }
        Err(err) => return Err(err.into()),
    };
    let expires = me
        .token
        .expires_at
        .map_or_else(|| "never".to_owned(), records::time);
    let human = [
        format!("host:     {}", account.host),
        format!("profile:  {}", account.profile),
        format!("user:     {}", who(&me)),
        format!("token:    {} ({})", me.token.name, scopes(&me.token.scopes)),
        format!("expires:  {expires}"),
        format!("kept in:  {}", credential.source.describe()),
    ]
    .join("\n");
    Output::done(human, &Session::new(account, &me, &credential.source))
}

async fn logout(ctx: &Context, local: bool) -> anyhow::Result<Output> {
    let target = ctx.target()?;
    let account = &target.account;
    let stored = match credentials::load(account)? {
        Lookup::Found(stored) => stored,
        Lookup::Missing => {
            let hint = if std::env::var_os("TIK_TOKEN").is_some_and(|t| !t.is_empty()) {
                " (the token in TIK_TOKEN is not kept by tik: unset it, or revoke it with \
                 `tik auth tokens revoke NAME`)"
            } else {
                ""
            };
            return Err(AuthError(format!("not logged in to {account}{hint}")).into());
        }
        Lookup::KeyringUnreachable(why) => {
            return Err(AuthError(format!(
                "cannot reach the system keyring to log out of {account}: {why}"
            ))
            .into());
        }
    };
    let revoked = if local {
        false
    } else {
        let client = HttpClient::new(&account.host, &stored.token, target.budget.clone())?;
        match client.revoke_this_token().await {
            Ok(()) => true,
            // Expired, revoked or unknown already: nothing left to revoke.
            Err(ClientError::Unauthorized(_)) => false,
            // Forgotten here but alive there, it could not be revoked from here again.
            Err(ClientError::Unavailable(why)) => {
                return Err(ClientError::Unavailable(format!(
                    "{why}; the token is still kept, to revoke when the service answers \
                     (`tik auth logout --local` forgets it without revoking it)"
                ))
                .into());
            }
            Err(err) => return Err(err.into()),
        }
    };
    let places = credentials::remove(account)?;
    let removed = places
        .iter()
        .map(Place::describe)
        .collect::<Vec<_>>()
        .join(" and ");
    let human = if revoked {
        format!("Logged out of {account}: revoked the token, and removed it from {removed}")
    } else {
        format!("Logged out of {account}: removed the token from {removed}")
    };
    Output::done(
        human,
        &serde_json::json!({
            "host": account.host,
            "profile": account.profile,
            "revoked": revoked,
            "removed_from": places.iter().map(Place::kind).collect::<Vec<_>>(),
        }),
    )
}

async fn tokens(ctx: &Context) -> anyhow::Result<Output> {
    let client = ctx.backend()?;
    let current = client.me().await?.token.name;
    let tokens = client.my_tokens().await?;
    let rows = tokens
        .iter()
        .map(|token| {
            let mark = if token.name == current { "*" } else { "" };
            vec![
                Cell::Text(format!("{mark}{}", token.name)),
                Cell::Text(scopes(&token.scopes)),
                Cell::Time(Some(token.created_at)),
                Cell::Time(token.last_used_at),
                Cell::Time(token.expires_at),
            ]
        })
        .collect();
    Ok(Output::Records {
        columns: &[
            ("NAME", "name"),
            ("SCOPES", "scopes"),
            ("CREATED", "created_at"),
            ("LAST USED", "last_used_at"),
            ("EXPIRES", "expires_at"),
        ],
        rows,
        json: serde_json::to_value(&tokens)?,
    })
}

async fn revoke(ctx: &Context, name: &str) -> anyhow::Result<Output> {
    let client = ctx.backend()?;
    let current = client.me().await?.token.name;
    client.revoke_my_token(name).await?;
    let human = if current == name {
        format!(
            "Revoked the token '{name}', the one this command used: `tik auth login` for \
             another"
        )
    } else {
        format!("Revoked the token '{name}'")
    };
    Output::done(human, &serde_json::json!({ "name": name, "revoked": true }))
}

/// `alice (agent, Acme)`.
fn who(me: &Me) -> String {
    match &me.user.organisation {
        Some(organisation) => format!("{} ({}, {organisation})", me.user.name, me.user.role),
        None => format!("{} ({})", me.user.name, me.user.role),
    }
}

fn scopes(scopes: &[TokenScope]) -> String {
    scopes
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// A login makes its profile talk to that service, when it talks to none yet, so the next
/// command needs no `--host`.
fn remember_host(account: &Account) -> anyhow::Result<()> {
    if let Some(other) = config::adopt_host(&account.profile, &account.host)? {
        eprintln!(
            "tik: the profile {} talks to {other}: pass --host {} to use this login, or \
             `tik config set host {}`",
            account.profile, account.host, account.host
        );
    }
    Ok(())
}

/// `tik on HOSTNAME`: a name that tells the user's machines apart in `tik auth tokens`.
fn default_token_name() -> String {
    #[cfg(unix)]
    let machine = rustix::system::uname()
        .nodename()
        .to_string_lossy()
        .into_owned();
    #[cfg(not(unix))]
    let machine = std::env::var("COMPUTERNAME").unwrap_or_default();
    let machine: String = machine
        .chars()
        .filter(|c| !c.is_control())
        .take(80)
        .collect();
    if machine.is_empty() {
        "tik".to_owned()
    } else {
        format!("tik on {machine}")
    }
}

/// The token: the first line of standard input with `--with-token`, else a hidden prompt.
fn read_token(ctx: &Context, with_token: bool, host: &str) -> anyhow::Result<Zeroizing<String>> {
    // `--with-token` at a terminal would echo the token as it is typed: it is asked for
    // hidden instead.
    if with_token && !ctx.stdin_is_terminal() {
        let line = first_line("the token")?;
        return non_empty(Zeroizing::new(line.trim().to_owned()), "the token");
    }
    if !ctx.can_prompt() {
        return Err(UsageError(format!(
            "no token: pipe one to `tik auth login --with-token`, or pass --user NAME{}",
            ctx.or_in_a_terminal()
        ))
        .into());
    }
    let typed = dialoguer::Password::new()
        .with_prompt(format!("Token for {host}"))
        .interact()
        .map_err(|dialoguer::Error::IO(e)| {
            UsageError(format!("cannot read the token: {}", io_reason(&e)))
        })?;
    non_empty(Zeroizing::new(typed), "the token")
}

/// The password: a hidden prompt at a terminal, else the first line of standard input.
fn read_password(ctx: &Context, user: &str, host: &str) -> anyhow::Result<Zeroizing<String>> {
    if !ctx.stdin_is_terminal() {
        return first_line("the password");
    }
    if !ctx.can_prompt() {
        return Err(UsageError(format!(
            "no password: pipe it to standard input{}",
            ctx.or_in_a_terminal()
        ))
        .into());
    }
    let typed = dialoguer::Password::new()
        .with_prompt(format!("Password of {user} at {host}"))
        .interact()
        .map_err(|dialoguer::Error::IO(e)| {
            UsageError(format!("cannot read the password: {}", io_reason(&e)))
        })?;
    non_empty(Zeroizing::new(typed), "the password")
}

fn first_line(what: &str) -> anyhow::Result<Zeroizing<String>> {
    let mut line = Zeroizing::new(String::new());
    std::io::stdin().lock().read_line(&mut line).map_err(|e| {
        UsageError(format!(
            "cannot read {what} from standard input: {}",
            io_reason(&e)
        ))
    })?;
    let text = Zeroizing::new(line.trim_end_matches(['\n', '\r']).to_owned());
    non_empty(text, what)
}

fn non_empty(text: Zeroizing<String>, what: &str) -> anyhow::Result<Zeroizing<String>> {
    if text.is_empty() {
        return Err(UsageError(format!("{what} is empty")).into());
    }
    Ok(text)
}
