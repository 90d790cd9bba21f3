//! What both backends share of dedupe keys.

/// The condition of `tickets_open_dedupe_key`, word for word as each backend's schema writes
/// it: an insert's conflict target must repeat it for the database to match the index.
pub(crate) const HOLDS_KEY: &str =
    "dedupe_key IS NOT NULL AND status NOT IN ('resolved', 'closed')";
