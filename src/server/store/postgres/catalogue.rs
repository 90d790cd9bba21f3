//! The catalogue of the PostgreSQL backend.

use std::sync::Arc;

use crate::api::{AttachmentSettings, Catalogue};

/// The catalogue as last read, and the version it was read at.
pub(super) struct Versioned {
    pub(super) version: u64,
    pub(super) catalogue: Arc<Catalogue>,
    pub(super) attachments: AttachmentSettings,
}
