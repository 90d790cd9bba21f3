use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The media type of every error body (RFC 9457).
pub(crate) const PROBLEM_JSON: &str = "application/problem+json";

/// The last segment of the problem `type` of a 409 for a request whose `Idempotency-Key` is
/// still being processed: the one conflict a client waits out and retries.
pub(crate) const REQUEST_IN_FLIGHT: &str = "request-in-flight";

/// The last segment of the problem `type` of a 500 for stored data that fails its integrity
/// check: a failure that lasts, which a client does not retry.
pub(crate) const STORED_DATA_UNREADABLE: &str = "unreadable";

/// An error as the service reports it: `application/problem+json` (RFC 9457).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Problem {
    /// A stable URI naming the kind of error, e.g. `https://tik.dev/problems/not-found`.
    #[serde(rename = "type")]
    pub(crate) kind: String,
    pub(crate) title: String,
    pub(crate) status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) detail: Option<String>,
    /// Per-field errors, for invalid input.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) errors: Vec<FieldError>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct FieldError {
    /// The request field at fault, e.g. `priority`.
    pub(crate) field: String,
    pub(crate) message: String,
}

impl FieldError {
    pub(crate) fn new(field: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.to_owned(),
            message: message.into(),
        }
    }
}
