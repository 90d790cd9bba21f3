//! Signing in: who a token acts as, what it may do, and trading a password for a token.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::User;

wire_enum!(
    /// What a token may do, within what its user's role allows.
    TokenScope {
        /// Read what the user may see.
        Read => "read",
        /// Change tickets: open, comment, attach, move, close.
        Write => "write",
        /// Act on other users' tokens (admins only).
        Admin => "admin",
    }
);

/// An API token as its owner sees it: never its secret, which the service does not keep.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Token {
    /// Unique among its user's tokens that are not revoked.
    pub(crate) name: String,
    pub(crate) scopes: Vec<TokenScope>,
    pub(crate) created_at: DateTime<Utc>,
    /// Within a minute: the service records a use at most once a minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) last_used_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) expires_at: Option<DateTime<Utc>>,
}

/// The caller, and the token they called with.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Me {
    #[serde(flatten)]
    pub(crate) user: User,
    pub(crate) token: Token,
}

/// A user name and password, traded for a new token.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Login {
    pub(crate) user: String,
    pub(crate) password: String,
    /// The new token's name; a token of that name the user already has is revoked.
    pub(crate) token_name: String,
    /// Read and write when absent (and admin too for an admin).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) scopes: Option<Vec<TokenScope>>,
    /// Never expires when absent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "whole_days"
    )]
    pub(crate) expires_in_days: Option<u32>,
}

/// A number of days, also when written as JSON writes numbers of any kind (`30.0`): JSON
/// Schema counts that an integer, and so must we.
fn whole_days<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    let Some(number) = Option::<f64>::deserialize(deserializer)? else {
        return Ok(None);
    };
    if number.fract() != 0.0 || !(0.0..=f64::from(u32::MAX)).contains(&number) {
        return Err(serde::de::Error::custom(format!(
            "a whole number of days, not {number}"
        )));
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(Some(number as u32))
}

/// A new token, shown once.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct LoggedIn {
    pub(crate) token: String,
    pub(crate) user: User,
    pub(crate) info: Token,
}
