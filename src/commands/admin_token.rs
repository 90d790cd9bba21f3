//! `tik admin token`: API tokens made, listed and revoked on the service's host.

use clap::Subcommand;

use crate::api::TokenScope;
use crate::context::Context;
use crate::output::{Output, records};
use crate::server::store::{NewToken, SameName, Store, TokenInfo, TokenState};

/// The name a token gets when none is given: `cli`, or `cli-2`… when the user has one.
const DEFAULT_NAME: &str = "cli";

#[derive(Debug, Subcommand)]
pub(crate) enum TokenCommand {
    /// Create a token for a user and print it, once
    ///
    /// Examples:
    ///   tik admin token create admin
    ///   tik admin token create ci-bot --name nightly --scopes read,write --expires-in 90 > ci.token
    ///   TIK_TOKEN=$(tik admin token create bob) tik whoami
    #[command(verbatim_doc_comment)]
    Create {
        /// The user the token acts as
        user: String,
        /// A label to recognise the token by, unique among the user's tokens [default: cli,
        /// or cli-2… when taken]
        #[arg(long)]
        name: Option<String>,
        /// Days until it expires, 1 to 36500 [default: never]
        #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(1..=36_500))]
        expires_in: Option<u32>,
        /// What it may do, comma-separated; admin is for admins only [default: read,write, and
        /// admin for an admin]
        #[arg(long, value_name = "SCOPES", value_delimiter = ',')]
        scopes: Option<Vec<TokenScope>>,
    },
    /// List the tokens (never their secrets, which are not kept)
    ///
    /// Examples:
    ///   tik admin token list
    ///   tik admin token list --user ci-bot --json
    #[command(verbatim_doc_comment)]
    #[command(visible_alias = "ls")]
    List {
        /// Only this user's tokens
        #[arg(long)]
        user: Option<String>,
    },
    /// Revoke a token: it stops working at once
    ///
    /// Examples:
    ///   tik admin token list --user ci-bot && tik admin token revoke 7
    #[command(verbatim_doc_comment)]
    Revoke {
        /// The token's id, from `tik admin token list`
        id: u64,
    },
}

pub(crate) async fn run(
    ctx: &Context,
    store: &dyn Store,
    command: TokenCommand,
) -> anyhow::Result<Output> {
    match command {
        TokenCommand::Create {
            user,
            name,
            expires_in,
            scopes,
        } => {
            let new = NewToken {
                scopes,
                valid_days: expires_in,
                same_name: if name.is_some() {
                    SameName::Refuse
                } else {
                    SameName::Number
                },
                ..NewToken::named(&user, name.as_deref().unwrap_or(DEFAULT_NAME))
            };
            let token = store.create_token(new).await?;
            if ctx.output().format.is_json() {
                // The one place a secret is printed: it is shown once, as it is made.
                #[derive(serde::Serialize)]
                struct NewToken<'a> {
                    token: &'a str,
                    #[serde(flatten)]
                    info: &'a TokenInfo,
                }
                let made = NewToken {
                    token: &token.secret,
                    info: &token.info,
                };
                return Output::done(String::new(), &made);
            }
            Ok(Output::Plain(token.secret))
        }
        TokenCommand::List { user } => {
            let tokens = store.tokens(user.as_deref()).await?;
            let now = chrono::Utc::now();
            let rows = tokens.iter().map(|t| {
                let scopes: Vec<&str> = t.scopes.iter().map(|s| s.as_str()).collect();
                vec![
                    t.id.to_string(),
                    t.user.clone(),
                    t.name.clone(),
                    scopes.join(","),
                    state(t, now).to_owned(),
                    records::time(t.created_at),
                    t.expires_at.map_or_else(|| "never".into(), records::time),
                    t.last_used_at.map_or_else(|| "never".into(), records::time),
                ]
            });
            let human = records::table(
                &[
                    "ID",
                    "USER",
                    "NAME",
                    "SCOPES",
                    "STATE",
                    "CREATED",
                    "EXPIRES",
                    "LAST USED",
                ],
                rows,
            );
            Output::done(human, &tokens)
        }
        TokenCommand::Revoke { id } => {
            let token = store.revoke_token(id).await?;
            Output::done(
                format!(
                    "Revoked token {} ({}, of {})",
                    token.id, token.name, token.user
                ),
                &token,
            )
        }
    }
}

fn state(token: &TokenInfo, now: chrono::DateTime<chrono::Utc>) -> &'static str {
    match token.state(now) {
        TokenState::Active => "active",
        TokenState::Expired(_) => "expired",
        TokenState::Revoked(_) => "revoked",
    }
}
