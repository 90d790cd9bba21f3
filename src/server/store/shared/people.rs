//! What both backends share of people: how a token's secret is made and its scopes stored,
//! how a token's state decides an authentication, the numbering of a taken token name, and
//! the messages.

use rand::RngCore;

use crate::api::TokenScope;
use crate::server::error::Error;
use crate::server::store::{Actor, Authentication, Caller, TokenInfo, TokenState};

/// A new token's secret: `tik_` and 32 random bytes in hex. Only its hash is kept.
pub(crate) fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("tik_{}", hex::encode(bytes))
}

/// Scopes as stored: `read write admin`.
pub(crate) fn words(scopes: &[TokenScope]) -> String {
    scopes
        .iter()
        .map(|scope| scope.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the token found for a secret (and whom it acts as) is worth at `now`.
pub(crate) fn authentication(
    found: Option<(TokenInfo, Actor)>,
    now: chrono::DateTime<chrono::Utc>,
) -> Authentication {
    match found {
        None => Authentication::Unknown,
        Some((token, actor)) => match token.state(now) {
            TokenState::Active => Authentication::Valid(Caller { actor, token }),
            TokenState::Expired(at) => Authentication::Expired { token, at },
            TokenState::Revoked(at) => Authentication::Revoked { token, at },
        },
    }
}

/// The names tried, in order, for a token whose name is taken (`SameName::Number`):
/// `cli-2`, `cli-3`…
pub(crate) fn numbered(name: &str) -> impl Iterator<Item = String> + '_ {
    (2_u64..).map(move |n| format!("{name}-{n}"))
}

pub(crate) fn no_user(name: &str) -> Error {
    Error::NotFound(format!("no user '{name}'"))
}

pub(crate) fn no_token(id: u64) -> Error {
    Error::NotFound(format!("no token {id}: `tik admin token list` shows them"))
}

pub(crate) fn user_exists(name: &str) -> Error {
    Error::Conflict(format!("a user '{name}' already exists"))
}

pub(crate) fn organisation_exists(name: &str) -> Error {
    Error::Conflict(format!("an organisation '{name}' already exists"))
}

/// `user` already has a live token named `name`, of id `taken` (`SameName::Refuse`).
pub(crate) fn token_name_taken(user: &str, name: &str, taken: i64) -> Error {
    Error::Conflict(format!(
        "{user} already has a token named '{name}': revoke it first (`tik admin token revoke {taken}`), or choose another --name"
    ))
}
