//! The event feed of the PostgreSQL backend.

use super::PgStore;
use crate::server::error::Result;

/// Starts the tailer that publishes committed events.
pub(super) async fn start_tailer(_store: &PgStore) -> Result<()> {
    Ok(())
}
