//! A ticket's shared secret (a password a customer gives support): what it says of itself to
//! anyone who sees the ticket, and the value, for support alone.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use zeroize::Zeroize;

/// Request of `PUT /v1/tickets/{key}/secret`: the secret, replacing any the ticket holds.
#[derive(Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewSecret {
    /// The secret itself; kept encrypted, shown to agents and admins only.
    pub(crate) secret: String,
}

/// That a ticket holds a secret, never the secret itself: everyone who sees the ticket may
/// know one was given, by whom, and until when support can read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct SecretInfo {
    pub(crate) given_by: String,
    pub(crate) given_at: DateTime<Utc>,
    /// When the service purges it; it is never shown after this.
    pub(crate) expires_at: DateTime<Utc>,
}

/// Answer of `GET /v1/tickets/{key}/secret`, for agents and admins: the secret and its facts.
#[derive(Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct SharedSecret {
    pub(crate) secret: String,
    #[serde(flatten)]
    pub(crate) info: SecretInfo,
}

// The plain text leaves memory with the value, and never reaches a log through `Debug`.

impl Drop for NewSecret {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

impl Drop for SharedSecret {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

impl std::fmt::Debug for NewSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewSecret").finish_non_exhaustive()
    }
}

impl std::fmt::Debug for SharedSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedSecret")
            .field("info", &self.info)
            .finish_non_exhaustive()
    }
}
