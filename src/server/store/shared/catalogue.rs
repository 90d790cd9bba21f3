//! What both backends share of the catalogue: the copy a service keeps, the default catalogue,
//! and how rows are laid out from a catalogue and back.

use std::sync::Arc;

use crate::api::{AttachmentSettings, Catalogue, Category, TicketType};
use crate::catalogue_file::CatalogueFile;
use crate::server::error::{Error, Result};
use crate::server::rules;

/// The catalogue as last read, and the version it was read at.
pub(crate) struct Versioned {
    pub(crate) version: u64,
    pub(crate) catalogue: Arc<Catalogue>,
    pub(crate) attachments: AttachmentSettings,
}

/// The default catalogue file, for a database whose catalogue no one has set yet.
pub(crate) fn default_catalogue() -> Result<(Catalogue, AttachmentSettings)> {
    let (catalogue, attachments) = CatalogueFile::default_catalogue().into_parts();
    rules::validate_catalogue(&catalogue, &attachments)?;
    Ok((catalogue, attachments))
}

/// The categories in the order to insert them, each with its position: groups first,
/// whatever the file's order, so each parent is there before its children; the position
/// keeps the file's order.
pub(crate) fn insertion_order(categories: &[Category]) -> Vec<(i64, &Category)> {
    let mut ordered: Vec<(i64, &Category)> = (1_i64..).zip(categories).collect();
    ordered.sort_by_key(|(_, c)| c.code.matches('.').count());
    ordered
}

/// The allowed media types as stored: a JSON array, or NULL when the catalogue sets none.
pub(crate) fn media_types_text(attachments: &AttachmentSettings) -> Result<Option<String>> {
    attachments
        .allowed_media_types
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(Error::internal)
}

/// The allowed media types from their stored text.
pub(crate) fn media_types(text: Option<String>) -> Result<Option<Vec<String>>> {
    text.map(|json| serde_json::from_str(&json).map_err(Error::internal))
        .transpose()
}

/// A ticket type from its stored name.
pub(crate) fn ticket_type(name: &str) -> Result<TicketType> {
    name.parse().map_err(Error::internal)
}
