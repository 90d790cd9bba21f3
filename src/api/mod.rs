//! The wire types of API v1, shared by the service and the client so the two cannot drift.
//!
//! Field names are `snake_case`; enumerated values are `kebab-case`, the same spelling the CLI
//! accepts, so what a user types is what the API carries.

mod catalogue;
mod problem;
mod secrets;
mod tickets;

pub(crate) use catalogue::*;
pub(crate) use problem::*;
pub(crate) use secrets::*;
pub(crate) use tickets::*;

/// The path prefix of every endpoint.
pub(crate) const PREFIX: &str = "/v1";

/// The header that makes a POST safe to retry.
pub(crate) const IDEMPOTENCY_KEY: &str = "idempotency-key";
