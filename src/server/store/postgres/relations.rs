//! Who follows a ticket (watchers, CC) and which tickets are related: the PostgreSQL twin of
//! the SQLite backend's `relations`.

use super::Tx;
use super::rows::{self, execute, query_opt};
use crate::api::Role;
use crate::server::error::{Error, Result};
use crate::server::rules::{self, Party};
use crate::server::store::Actor;

fn no_user(name: &str) -> Error {
    Error::NotFound(format!("no user '{name}'"))
}

/// Makes the user `name` a watcher of the ticket, if `actor` (who is `party` to it) may;
/// whether they were not one already.
pub(super) async fn watch(
    tx: &Tx<'_>,
    actor: &Actor,
    party: Party,
    ticket_id: i64,
    name: &str,
) -> Result<bool> {
    let user = query_opt(
        tx,
        "SELECT id, organisation_id, role FROM users WHERE name = $1",
        &[&name],
    )
    .await?
    .ok_or_else(|| no_user(name))?;
    let (watcher, organisation): (i64, Option<i64>) = (user.try_get(0)?, user.try_get(1)?);
    let role: Role = rows::parsed(&user, 2)?;
    rules::may_add_watcher(party, actor, name, organisation, role)?;
    let added = execute(
        tx,
        "INSERT INTO watchers (ticket_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        &[&ticket_id, &watcher],
    )
    .await?;
    Ok(added > 0)
}
