//! Who follows a ticket (watchers, CC) and which tickets are related.

use async_trait::async_trait;
use rusqlite::{Connection, OptionalExtension, params};

use super::SqliteStore;
use super::history::{append_event, change, changes};
use super::rows;
use super::tickets::reload;
use crate::api::{Role, TicketDetail};
use crate::server::error::{Error, Result};
use crate::server::rules::{self, Party};
use crate::server::store::shared::relations::{
    link_event, no_user, not_linked, not_to_itself, not_watching,
};
use crate::server::store::{Actor, RelationStore};

/// Makes the user `name` a watcher of the ticket, if `actor` (who is `party` to it) may;
/// whether they were not one already.
pub(super) fn watch(
    conn: &Connection,
    actor: &Actor,
    party: Party,
    ticket_id: i64,
    name: &str,
) -> Result<bool> {
    let (watcher, organisation, role): (i64, Option<i64>, Role) = conn
        .prepare_cached("SELECT id, organisation_id, role FROM users WHERE name = ?1")?
        .query_row([name], |r| Ok((r.get(0)?, r.get(1)?, rows::parsed(r, 2)?)))
        .optional()?
        .ok_or_else(|| no_user(name))?;
    rules::may_add_watcher(party, actor, name, organisation, role)?;
    let added = conn
        .prepare_cached("INSERT OR IGNORE INTO watchers (ticket_id, user_id) VALUES (?1, ?2)")?
        .execute(params![ticket_id, watcher])?;
    Ok(added > 0)
}

#[async_trait]
impl RelationStore for SqliteStore {
    async fn add_watcher(&self, actor: &Actor, key: &str, user: &str) -> Result<TicketDetail> {
        let (actor, key, user) = (actor.clone(), self.key(key), user.to_owned());
        self.mutate(&actor.clone(), None, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            if watch(conn, &actor, row.party(&actor), row.id, &user)? {
                let data = changes(&[change("watchers", None, Some(&user))]);
                append_event(conn, row.id, "watcher-added", &actor, &data, at)?;
            }
            reload(conn, &actor, &key)
        })
        .await
    }

    async fn remove_watcher(&self, actor: &Actor, key: &str, user: &str) -> Result<TicketDetail> {
        let (actor, key, user) = (actor.clone(), self.key(key), user.to_owned());
        self.mutate(&actor.clone(), None, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            let watcher = super::people::user_id(conn, &user)?.ok_or_else(|| no_user(&user))?;
            rules::may_remove_watcher(row.party(&actor), &actor, watcher)?;
            let removed = conn
                .prepare_cached("DELETE FROM watchers WHERE ticket_id = ?1 AND user_id = ?2")?
                .execute(params![row.id, watcher])?;
            if removed == 0 {
                return Err(not_watching(&user, &key));
            }
            let data = changes(&[change("watchers", Some(&user), None)]);
            append_event(conn, row.id, "watcher-removed", &actor, &data, at)?;
            // A watcher who leaves may no longer see the ticket.
            match reload(conn, &actor, &key) {
                Err(Error::NotFound(_)) => rows::detail(conn, &actor, row),
                other => other,
            }
        })
        .await
    }

    async fn link_tickets(&self, actor: &Actor, key: &str, other: &str) -> Result<TicketDetail> {
        self.relink(actor, key, other, true).await
    }

    async fn unlink_tickets(&self, actor: &Actor, key: &str, other: &str) -> Result<TicketDetail> {
        self.relink(actor, key, other, false).await
    }
}

impl SqliteStore {
    /// Links two tickets as related, or unlinks them: one row each way, one event on each.
    async fn relink(
        &self,
        actor: &Actor,
        key: &str,
        other: &str,
        linked: bool,
    ) -> Result<TicketDetail> {
        let (actor, key, other) = (actor.clone(), self.key(key), self.key(other));
        self.mutate(&actor.clone(), None, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            let other_row = rows::visible_ticket(conn, &actor, &other)?;
            rules::may_link(row.party(&actor))?;
            if row.id == other_row.id {
                return Err(not_to_itself());
            }
            let sql = if linked {
                "INSERT OR IGNORE INTO ticket_links (ticket_id, other_id) VALUES (?1, ?2), (?2, ?1)"
            } else {
                "DELETE FROM ticket_links WHERE (ticket_id, other_id) IN (VALUES (?1, ?2), (?2, ?1))"
            };
            let touched = conn.prepare_cached(sql)?.execute(params![row.id, other_row.id])?;
            if touched == 0 && !linked {
                return Err(not_linked(&key, &other));
            }
            if touched > 0 {
                for (id, named) in [(row.id, other.as_str()), (other_row.id, key.as_str())] {
                    let (kind, data) = link_event(linked, named);
                    append_event(conn, id, kind, &actor, &data, at)?;
                }
            }
            reload(conn, &actor, &key)
        })
        .await
    }
}
