use clap::Subcommand;

use super::serve::DatabaseArg;
use crate::api::{Role, User};
use crate::context::Context;
use crate::output::{Output, records};
use crate::server::store::{Membership, Store, UserChange};

/// Operator commands, run on the service's host
///
/// They work on the database directly, also while the service runs. The database must exist:
/// `tik serve` creates it on first start.
///
/// Examples:
///   tik admin user add alice --email alice@example.com --role agent
///   tik admin user add bob --email bob@acme.example --org Acme
///   tik admin user set bob --role org-admin
///   tik admin user list
///   tik admin user passwd alice
///   tik admin org add Acme
///   tik admin org list
///   tik admin token create alice --expires-in 90
///   tik admin token create ci-bot --name nightly --scopes read
///   tik admin token list --user alice
///   tik admin token revoke 3
///   tik admin catalog import catalogues/four-levels.toml
///   tik admin catalog export --format json
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    #[command(flatten)]
    database: DatabaseArg,
    #[command(subcommand)]
    command: AdminCommand,
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Manage users
    ///
    /// Examples:
    ///   tik admin user add alice --email alice@example.com --role agent
    ///   tik admin user set bob --role org-admin
    ///   tik admin user list
    #[command(verbatim_doc_comment)]
    #[command(subcommand)]
    User(UserCommand),
    /// Manage customer organisations
    ///
    /// Examples:
    ///   tik admin org add Acme
    ///   tik admin org list
    #[command(verbatim_doc_comment)]
    #[command(subcommand)]
    Org(OrgCommand),
    /// Manage API tokens
    ///
    /// Examples:
    ///   tik admin token create ci-bot --scopes read,write --expires-in 90
    ///   tik admin token list --user ci-bot
    ///   tik admin token revoke 7
    #[command(verbatim_doc_comment)]
    #[command(subcommand)]
    Token(super::admin_token::TokenCommand),
    /// Import or export the catalogue: priorities, departments, services, types, categories
    ///
    /// Examples:
    ///   tik admin catalog export > desk.toml
    ///   tik admin catalog import desk.toml
    #[command(verbatim_doc_comment)]
    #[command(subcommand)]
    Catalog(super::admin_catalog::CatalogCommand),
}

#[derive(Debug, Subcommand)]
enum OrgCommand {
    /// Add an organisation
    ///
    /// Examples:
    ///   tik admin org add Acme
    ///   tik admin user add olga --email olga@acme.example --role org-admin --org Acme
    #[command(verbatim_doc_comment)]
    Add {
        /// Its name, as users and lists show it
        name: String,
    },
    /// List the organisations, with their members and tickets
    ///
    /// Examples:
    ///   tik admin org list
    ///   tik admin org list --json | jq -r '.[] | "\(.name) \(.tickets)"'
    #[command(verbatim_doc_comment)]
    #[command(visible_alias = "ls")]
    List,
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Add a user
    ///
    /// Examples:
    ///   tik admin user add alice --email alice@example.com --role agent
    ///   tik admin user add bob --email bob@acme.example --org Acme
    ///   tik admin user add ci-bot --email ci@example.com && tik admin token create ci-bot --scopes read,write
    #[command(verbatim_doc_comment)]
    Add {
        /// The login name
        name: String,
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "requester")]
        role: Role,
        /// The customer organisation the user belongs to (created if new)
        #[arg(long, visible_alias = "org", value_name = "ORG")]
        organisation: Option<String>,
    },
    /// Change a user's e-mail address, role or organisation
    ///
    /// Examples:
    ///   tik admin user set bob --role org-admin
    ///   tik admin user set bob --org Globex
    ///   tik admin user set bob --no-org --email bob@example.com
    #[command(verbatim_doc_comment)]
    Set {
        /// The login name
        name: String,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        role: Option<Role>,
        /// Another organisation (created if new)
        #[arg(
            long,
            visible_alias = "org",
            value_name = "ORG",
            conflicts_with = "no_organisation"
        )]
        organisation: Option<String>,
        /// Take the user out of their organisation
        #[arg(long, visible_alias = "no-org")]
        no_organisation: bool,
    },
    /// List the users
    ///
    /// Examples:
    ///   tik admin user list
    ///   tik admin user list --format csv > users.csv
    #[command(verbatim_doc_comment)]
    #[command(visible_alias = "ls")]
    List,
    /// Set a user's password, for `tik auth login`
    ///
    /// On a terminal, asked twice at a hidden prompt; otherwise the first line of standard
    /// input. Never from the command line, where shell history and `ps` would show it. At
    /// least 8 characters.
    ///
    /// Examples:
    ///   tik admin user passwd alice
    ///   pass show tik/alice | tik admin user passwd alice
    #[command(verbatim_doc_comment)]
    Passwd {
        /// The login name
        name: String,
    },
}

/// An e-mail address as support writes to it: one `@` between a local part and a domain of
/// dot-separated labels, no spaces or control characters (every user has one, as the fourth
/// document asks).
fn valid_email(email: &str) -> anyhow::Result<()> {
    let label = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && local.len() <= 64
                && domain.len() <= 253
                && !local.starts_with('.')
                && !local.ends_with('.')
                && !local.contains("..")
                && local
                    .chars()
                    .all(|c| !c.is_whitespace() && !c.is_control() && !"@<>()[],;:\\\"".contains(c))
                && domain.split('.').all(label)
        }
        None => false,
    };
    if !valid {
        return Err(crate::exit::UsageError(format!(
            "'{}' is not an e-mail address (like alice@example.com)",
            email.escape_debug()
        ))
        .into());
    }
    Ok(())
}

fn valid_name(name: &str) -> anyhow::Result<()> {
    if name.is_empty()
        || name.len() > 64
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
    {
        return Err(crate::exit::UsageError(format!(
            "'{name}' is not a valid user name: use 1 to 64 letters, digits, '.', '_' or '-'"
        ))
        .into());
    }
    Ok(())
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    // A mistyped path must not make a new, empty database; nor may an operator's first user
    // keep `tik serve` from creating the admin and printing its token.
    let store = crate::server::backend::open_for_admin(&args.database.database()?, "CS").await?;
    let store = store.as_ref();
    match args.command {
        AdminCommand::Catalog(command) => super::admin_catalog::run(ctx, store, command).await,
        AdminCommand::User(command) => user(ctx, store, command).await,
        AdminCommand::Org(command) => organisation(store, command).await,
        AdminCommand::Token(command) => super::admin_token::run(ctx, store, command).await,
    }
}

async fn user(ctx: &Context, store: &dyn Store, command: UserCommand) -> anyhow::Result<Output> {
    match command {
        UserCommand::Add {
            name,
            email,
            role,
            organisation,
        } => {
            valid_name(&name)?;
            valid_email(&email)?;
            if let Some(organisation) = &organisation {
                valid_organisation(organisation)?;
            }
            let user = store
                .add_user(User {
                    name,
                    email,
                    role,
                    organisation,
                })
                .await?;
            Output::done(format!("Added {} ({})", user.name, user.role), &user)
        }
        UserCommand::Set {
            name,
            email,
            role,
            organisation,
            no_organisation,
        } => {
            if let Some(email) = &email {
                valid_email(email)?;
            }
            if let Some(organisation) = &organisation {
                valid_organisation(organisation)?;
            }
            let change = UserChange {
                email,
                role,
                organisation: if no_organisation {
                    Some(Membership::Leave)
                } else {
                    organisation.map(Membership::Join)
                },
            };
            if change.email.is_none() && change.role.is_none() && change.organisation.is_none() {
                return Err(crate::exit::UsageError(
                    "nothing to change: pass --email, --role, --org or --no-org".into(),
                )
                .into());
            }
            let user = store.set_user(&name, change).await?;
            let organisation = user.organisation.as_deref().unwrap_or("no organisation");
            Output::done(
                format!(
                    "{} is now {} ({organisation}, {})",
                    user.name, user.role, user.email
                ),
                &user,
            )
        }
        UserCommand::List => {
            let users = store.users().await?;
            let rows = users.iter().map(|u| {
                vec![
                    u.name.clone(),
                    u.role.to_string(),
                    u.email.clone(),
                    u.organisation.clone().unwrap_or_else(|| "-".into()),
                ]
            });
            let human = records::table(&["NAME", "ROLE", "EMAIL", "ORGANISATION"], rows);
            Output::done(human, &users)
        }
        UserCommand::Passwd { name } => super::admin_passwd::run(ctx, store, &name).await,
    }
}

async fn organisation(store: &dyn Store, command: OrgCommand) -> anyhow::Result<Output> {
    match command {
        OrgCommand::Add { name } => {
            valid_organisation(&name)?;
            let organisation = store.add_organisation(&name).await?;
            Output::done(format!("Added {}", organisation.name), &organisation)
        }
        OrgCommand::List => {
            let organisations = store.organisations().await?;
            let rows = organisations.iter().map(|o| {
                vec![
                    o.name.clone(),
                    o.members.to_string(),
                    o.tickets.to_string(),
                    records::time(o.created_at),
                ]
            });
            let human = records::table(&["NAME", "MEMBERS", "TICKETS", "CREATED"], rows);
            Output::done(human, &organisations)
        }
    }
}

/// An organisation's name: one line of at most 100 characters.
fn valid_organisation(name: &str) -> anyhow::Result<()> {
    if name.trim().is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err(crate::exit::UsageError(format!(
            "'{}' is not an organisation name: one line of 1 to 100 characters",
            name.escape_debug()
        ))
        .into());
    }
    Ok(())
}
