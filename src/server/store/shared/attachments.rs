//! What both backends share of attachments: their messages.

use crate::server::error::Error;

/// What is said of an upload that is not one of the caller's, or is already attached.
pub(crate) fn no_unused_upload(id: &str) -> String {
    format!("no unused upload '{id}' of yours")
}

pub(crate) fn no_attachment(id: i64) -> Error {
    Error::NotFound(format!("no attachment {id}"))
}

/// An upload's content of one byte, as both backends' tests record it.
#[cfg(test)]
pub(crate) fn blob(sha256: &str) -> crate::server::store::StoredBlob {
    crate::server::store::StoredBlob {
        name: "a.txt".into(),
        media_type: "text/plain".into(),
        size: 1,
        sha256: sha256.into(),
    }
}
