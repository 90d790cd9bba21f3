use clap::Subcommand;

use super::serve::DatabaseArg;
use crate::api::{Role, User};
use crate::context::Context;
use crate::output::Output;
use crate::server::open_store;
use crate::server::store::Store;

/// Operator commands, run on the service's host
///
/// They work on the database directly, also while the service runs. The database must exist:
/// `tik serve` creates it on first start.
///
/// Examples:
///   tik admin user add alice --email alice@example.com --role agent
///   tik admin token create alice
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
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Add a user
    Add {
        /// The login name
        name: String,
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "requester")]
        role: Role,
        /// The customer organisation the user belongs to (created if new)
        #[arg(long)]
        organisation: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
    /// Create a token for a user and print it, once
    Create {
        /// The user the token acts as
        user: String,
        /// A label to recognise the token by
        #[arg(long, default_value = "cli")]
        name: String,
        /// Days until it expires [default: never]
        #[arg(long, value_name = "DAYS")]
        expires_in: Option<u32>,
    },
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

pub(crate) async fn run(_ctx: &Context, args: Args) -> anyhow::Result<Output> {
    // A mistyped path must not make a new, empty database; nor may an operator's first user
    // keep `tik serve` from creating the admin and printing its token.
    let path = args.database.path()?;
    if !path.exists() {
        return Err(crate::exit::UsageError(format!(
            "no database at {}: start `tik serve` first (it creates one), or pass --database",
            path.display()
        ))
        .into());
    }
    let store = open_store(&path, "CS")?;
    match args.command {
        AdminCommand::User(UserCommand::Add {
            name,
            email,
            role,
            organisation,
        }) => {
            valid_name(&name)?;
            if !email.contains('@') {
                return Err(
                    crate::exit::UsageError(format!("'{email}' is not an e-mail address")).into(),
                );
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
        AdminCommand::Token(TokenCommand::Create {
            user,
            name,
            expires_in,
        }) => {
            let token = store.create_token(&user, &name, expires_in).await?;
            Ok(Output::Plain(token.secret))
        }
    }
}
