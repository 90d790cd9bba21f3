//! Shared secrets, one a ticket, held as the service sealed them: the PostgreSQL twin of the
//! SQLite backend's `secrets`.

use super::Tx;
use super::rows::{now, query_opt};
use crate::api::SecretInfo;
use crate::server::error::Result;

const INFO_SELECT: &str = "
    SELECT u.name, s.given_at, s.expires_at
    FROM secrets s JOIN users u ON u.id = s.given_by
    WHERE s.ticket_id = $1 AND s.expires_at > $2";

fn secret_info(row: &tokio_postgres::Row) -> Result<SecretInfo> {
    Ok(SecretInfo {
        given_by: row.try_get(0)?,
        given_at: row.try_get(1)?,
        expires_at: row.try_get(2)?,
    })
}

/// That the ticket holds a secret, while it is kept: an expired one is gone even before the
/// purge removes it.
pub(super) async fn info(tx: &Tx<'_>, ticket_id: i64) -> Result<Option<SecretInfo>> {
    query_opt(tx, INFO_SELECT, &[&ticket_id, &now()])
        .await?
        .as_ref()
        .map(secret_info)
        .transpose()
}
