use crate::api::{FieldError, Problem};

/// What went wrong talking to a service, in the terms callers branch on (and exit codes map).
#[derive(Debug, thiserror::Error)]
pub(crate) enum ClientError {
    /// 401 and 403: no valid credentials, or not allowed.
    #[error("{0}")]
    Unauthorized(String),
    #[error("{0}")]
    NotFound(String),
    /// The request was refused as it stands (400, 413, 415, 422), or a local file failed the
    /// published limits.
    #[error("{message}")]
    Invalid {
        message: String,
        fields: Vec<FieldError>,
    },
    /// 409 and 412: the ticket is not in a state that allows this, or changed meanwhile.
    #[error("{0}")]
    Conflict(String),
    /// Connection refused, timed out, or the service said it is unavailable or busy (429).
    #[error("{0}")]
    Unavailable(String),
    /// Any other failure of the service.
    #[error("{0}")]
    Service(String),
    /// A file to be written exists, and overwriting it was not asked for.
    #[error("{} exists: pass --clobber to overwrite it", .0.display())]
    Exists(std::path::PathBuf),
    /// What the service sent does not match the size or SHA-256 it lists for it.
    #[error("{0}")]
    Corrupt(String),
    /// A local file that could not be read or written; the OS's reason is said once, in words.
    #[error("{context}: {}", crate::units::io_reason(error))]
    Io {
        context: String,
        error: std::io::Error,
    },
}

impl ClientError {
    pub(crate) fn from_problem(status: u16, problem: Option<Problem>) -> Self {
        let message = problem
            .as_ref()
            .and_then(|p| p.detail.clone().or_else(|| Some(p.title.clone())))
            .unwrap_or_else(|| format!("the service answered HTTP {status}"));
        let fields = problem.map(|p| p.errors).unwrap_or_default();
        match status {
            401 | 403 => Self::Unauthorized(message),
            404 => Self::NotFound(message),
            400 | 413 | 415 | 422 => Self::Invalid { message, fields },
            409 | 412 => Self::Conflict(message),
            429 | 502..=504 => Self::Unavailable(message),
            _ => Self::Service(message),
        }
    }

    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Self::Io {
            context: context.into(),
            error: source,
        }
    }
}
