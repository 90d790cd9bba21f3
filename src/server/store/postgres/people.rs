//! Users, organisations and tokens: the PostgreSQL twin of the SQLite backend's `people`.

use super::Tx;
use super::rows::query_opt;
use crate::server::error::Result;

pub(super) async fn user_id(tx: &Tx<'_>, name: &str) -> Result<Option<i64>> {
    query_opt(tx, "SELECT id FROM users WHERE name = $1", &[&name])
        .await?
        .map(|row| row.try_get(0))
        .transpose()
        .map_err(Into::into)
}
