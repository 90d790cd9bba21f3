//! The service's one error type: every rule, the store and the handlers speak it, and it
//! renders as `application/problem+json` (RFC 9457).

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::api::{FieldError, PROBLEM_JSON, Problem, REQUEST_IN_FLIGHT, STORED_DATA_UNREADABLE};

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Clone, thiserror::Error)]
pub(crate) enum Error {
    /// A request that cannot be read: malformed JSON, a body that broke off.
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Unauthorized(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    /// A path the API does not have: a client with a wrong base URL sees this type.
    #[error("{0}")]
    NoSuchEndpoint(String),
    #[error("{0}")]
    MethodNotAllowed(String),
    #[error("{detail}")]
    Invalid {
        detail: String,
        errors: Vec<FieldError>,
    },
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    PreconditionFailed(String),
    #[error("{0}")]
    TooLarge(String),
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// A request body that stopped arriving.
    #[error("{0}")]
    TimedOut(String),
    /// Refused for now, not for good: try again in `retry_after` seconds (sent as
    /// `Retry-After`).
    #[error("{detail}")]
    TooManyRequests { detail: String, retry_after: u64 },
    /// A request with the same `Idempotency-Key` is still being processed: try again in
    /// `retry_after` seconds, when its answer can be replayed.
    #[error("{detail}")]
    InFlight { detail: String, retry_after: u64 },
    #[error("{0}")]
    Internal(String),
    /// Stored data that fails its integrity check (a secret altered in the database, or
    /// sealed under another key): said as such, since it is no passing failure.
    #[error("{0}")]
    Unreadable(String),
}

impl Error {
    /// Invalid input in one field; the detail repeats the message so one line tells it all.
    pub(crate) fn invalid(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        Self::Invalid {
            detail: message.clone(),
            errors: vec![FieldError::new(field, message)],
        }
    }

    /// The same error, naming the request's field `to` where the rules said `from`: the rules
    /// speak of a message's `attachments`, which one request calls `uploads`.
    pub(crate) fn renaming_field(self, from: &str, to: &str) -> Self {
        match self {
            Self::Invalid { detail, mut errors } => {
                for error in &mut errors {
                    if error.field == from {
                        to.clone_into(&mut error.field);
                    }
                }
                Self::Invalid { detail, errors }
            }
            other => other,
        }
    }

    pub(crate) fn internal(err: impl std::fmt::Display) -> Self {
        Self::Internal(err.to_string())
    }

    fn parts(&self) -> (StatusCode, &'static str, &'static str) {
        match self {
            Self::BadRequest(_) => (StatusCode::BAD_REQUEST, "malformed", "Malformed request"),
            Self::Unauthorized(_) => (
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "Authentication required",
            ),
            Self::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden", "Not allowed"),
            Self::NotFound(_) => (StatusCode::NOT_FOUND, "not-found", "Not found"),
            Self::NoSuchEndpoint(_) => (
                StatusCode::NOT_FOUND,
                "no-such-endpoint",
                "No such endpoint",
            ),
            Self::MethodNotAllowed(_) => (
                StatusCode::METHOD_NOT_ALLOWED,
                "method-not-allowed",
                "Method not allowed",
            ),
            Self::Invalid { .. } => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                "Invalid request",
            ),
            Self::Conflict(_) => (StatusCode::CONFLICT, "conflict", "Conflict"),
            Self::PreconditionFailed(_) => (
                StatusCode::PRECONDITION_FAILED,
                "precondition-failed",
                "Changed since read",
            ),
            Self::TooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "too-large", "Too large"),
            Self::UnsupportedMediaType(_) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Media type not allowed",
            ),
            Self::TimedOut(_) => (
                StatusCode::REQUEST_TIMEOUT,
                "request-timeout",
                "Request timed out",
            ),
            Self::TooManyRequests { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "too-many-requests",
                "Too many requests",
            ),
            Self::InFlight { .. } => (StatusCode::CONFLICT, REQUEST_IN_FLIGHT, "Request in flight"),
            Self::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
            ),
            Self::Unreadable(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                STORED_DATA_UNREADABLE,
                "Stored data unreadable",
            ),
        }
    }

    pub(crate) fn to_problem(&self) -> Problem {
        let (status, kind, title) = self.parts();
        let detail = match self {
            // The cause is logged, never sent: it may hold paths or SQL.
            Self::Internal(_) => "the service failed; see its log".to_owned(),
            other => other.to_string(),
        };
        let errors = match self {
            Self::Invalid { errors, .. } => errors.clone(),
            _ => Vec::new(),
        };
        Problem {
            kind: format!("https://tik.dev/problems/{kind}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail: Some(detail),
            errors,
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        if let Self::Internal(cause) | Self::Unreadable(cause) = &self {
            tracing::error!(%cause, "request failed");
        }
        let problem = self.to_problem();
        let status =
            StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, axum::Json(problem)).into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if let Self::TooManyRequests { retry_after, .. } | Self::InFlight { retry_after, .. } = self
        {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
        }
        response
    }
}

impl Error {
    /// A request body that could not be read: stalled past the body timeout (408), or broken
    /// off (400).
    pub(crate) fn body(err: &(dyn std::error::Error + 'static)) -> Self {
        let mut cause = Some(err);
        while let Some(err) = cause {
            if err.is::<tower_http::timeout::TimeoutError>() {
                return Self::TimedOut("the request body stopped arriving; send it again".into());
            }
            cause = err.source();
        }
        Self::BadRequest("the request body broke off before its end".into())
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        Self::internal(err)
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Self::internal(err)
    }
}
