//! Dedupe keys, one open ticket a key and scope: the PostgreSQL twin of the SQLite backend's
//! `dedupe`.

use super::Tx;
use super::history::change;
use super::rows::{execute, query_one, query_opt};
use crate::api::Change;
use crate::server::error::Result;
pub(super) use crate::server::store::shared::dedupe::HOLDS_KEY;

/// The open ticket holding `key` in `scope`, if any.
pub(super) async fn holder(tx: &Tx<'_>, scope: &str, key: &str) -> Result<Option<String>> {
    let sql = format!(
        "SELECT key FROM tickets WHERE dedupe_scope = $1 AND dedupe_key = $2 AND {HOLDS_KEY}"
    );
    query_opt(tx, &sql, &[&scope, &key])
        .await?
        .map(|row| row.try_get(0))
        .transpose()
        .map_err(Into::into)
}

/// Settles the dedupe key of ticket `id` before it comes back open, or when its scope
/// changes to `scope` (its visibility changed): the ticket takes `scope`, unless it is to be
/// `open` and another open ticket holds its key there. Then it gives its key up, and the
/// ticket taking the reports meanwhile keeps them; the change returned is for its event.
pub(super) async fn settle_key(
    tx: &Tx<'_>,
    id: i64,
    key: Option<&str>,
    scope: &str,
    open: bool,
) -> Result<Option<Change>> {
    let Some(key) = key else {
        return Ok(None);
    };
    let sql = format!(
        "SELECT EXISTS (SELECT 1 FROM tickets
         WHERE dedupe_scope = $1 AND dedupe_key = $2 AND {HOLDS_KEY} AND id <> $3)"
    );
    let taken = open
        && query_one(tx, &sql, &[&scope, &key, &id])
            .await?
            .try_get(0)?;
    if taken {
        execute(
            tx,
            "UPDATE tickets SET dedupe_key = NULL, dedupe_scope = NULL WHERE id = $1",
            &[&id],
        )
        .await?;
        return Ok(Some(change("dedupe_key", Some(key), None)));
    }
    execute(
        tx,
        "UPDATE tickets SET dedupe_scope = $2 WHERE id = $1",
        &[&id, &scope],
    )
    .await?;
    Ok(None)
}
