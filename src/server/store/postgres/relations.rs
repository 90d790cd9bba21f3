//! Who follows a ticket (watchers, CC) and which tickets are related: the PostgreSQL twin of
//! the SQLite backend's `relations`.

use async_trait::async_trait;

use super::history::append_event;
use super::rows::{self, execute, query_opt};
use super::tickets::reload;
use super::{PgStore, Tx};
use crate::api::{Role, TicketDetail};
use crate::server::error::{Error, Result};
use crate::server::rules::{self, Party};
use crate::server::store::shared::history::{change, changes};
use crate::server::store::shared::relations::{
    link_event, no_user, not_linked, not_to_itself, not_watching,
};
use crate::server::store::{Actor, RelationStore};

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

#[async_trait]
impl RelationStore for PgStore {
    async fn add_watcher(&self, actor: &Actor, key: &str, user: &str) -> Result<TicketDetail> {
        let (actor, key, user) = (actor.clone(), self.key(key), user.to_owned());
        self.mutate(&actor.clone(), None, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                if watch(tx, &actor, row.party(&actor), row.id, &user).await? {
                    let data = changes(&[change("watchers", None, Some(&user))]);
                    append_event(tx, row.id, "watcher-added", &actor, &data, at).await?;
                }
                reload(tx, &actor, &key).await
            })
        })
        .await
    }

    async fn remove_watcher(&self, actor: &Actor, key: &str, user: &str) -> Result<TicketDetail> {
        let (actor, key, user) = (actor.clone(), self.key(key), user.to_owned());
        self.mutate(&actor.clone(), None, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                let watcher = super::people::user_id(tx, &user)
                    .await?
                    .ok_or_else(|| no_user(&user))?;
                rules::may_remove_watcher(row.party(&actor), &actor, watcher)?;
                let removed = execute(
                    tx,
                    "DELETE FROM watchers WHERE ticket_id = $1 AND user_id = $2",
                    &[&row.id, &watcher],
                )
                .await?;
                if removed == 0 {
                    return Err(not_watching(&user, &key));
                }
                let data = changes(&[change("watchers", Some(&user), None)]);
                append_event(tx, row.id, "watcher-removed", &actor, &data, at).await?;
                // A watcher who leaves may no longer see the ticket.
                match reload(tx, &actor, &key).await {
                    Err(Error::NotFound(_)) => rows::detail(tx, &actor, row).await,
                    other => other,
                }
            })
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

impl PgStore {
    /// Links two tickets as related, or unlinks them: one row each way, one event on each.
    async fn relink(
        &self,
        actor: &Actor,
        key: &str,
        other: &str,
        linked: bool,
    ) -> Result<TicketDetail> {
        let (actor, key, other) = (actor.clone(), self.key(key), self.key(other));
        self.mutate(&actor.clone(), None, move |tx, at| {
            Box::pin(async move {
                let (row, other_row) = lock_both(tx, &actor, &key, &other).await?;
                rules::may_link(row.party(&actor))?;
                if row.id == other_row.id {
                    return Err(not_to_itself());
                }
                let sql = if linked {
                    "INSERT INTO ticket_links (ticket_id, other_id) VALUES ($1, $2), ($2, $1)
                     ON CONFLICT DO NOTHING"
                } else {
                    "DELETE FROM ticket_links
                     WHERE (ticket_id, other_id) IN (VALUES ($1::bigint, $2::bigint), ($2, $1))"
                };
                let touched = execute(tx, sql, &[&row.id, &other_row.id]).await?;
                if touched == 0 && !linked {
                    return Err(not_linked(&key, &other));
                }
                if touched > 0 {
                    for (id, named) in [(row.id, other.as_str()), (other_row.id, key.as_str())] {
                        let (kind, data) = link_event(linked, named);
                        append_event(tx, id, kind, &actor, &data, at).await?;
                    }
                }
                reload(tx, &actor, &key).await
            })
        })
        .await
    }
}

/// Tickets `key` and `other`, both locked, as [`rows::locked_ticket`] locks one. Locked in
/// one statement in the order of their ids, whichever is named first, so two replicas
/// relating A to B and B to A do not wait for each other; then read, `key` first.
async fn lock_both(
    tx: &Tx<'_>,
    actor: &Actor,
    key: &str,
    other: &str,
) -> Result<(rows::TicketRow, rows::TicketRow)> {
    execute(
        tx,
        "SELECT id FROM tickets WHERE key = ANY($1) ORDER BY id FOR UPDATE",
        &[&[key, other].as_slice()],
    )
    .await?;
    let row = rows::visible_ticket(tx, actor, key).await?;
    let other_row = rows::visible_ticket(tx, actor, other).await?;
    Ok((row, other_row))
}

#[cfg(test)]
mod tests {
    use super::super::workflow::fixtures::{kinds, ticket, user};
    use crate::api::Role;
    use crate::server::error::Error;
    use crate::server::store::RelationStore;

    #[tokio::test]
    async fn watchers_come_and_go() {
        let Some(store) = super::super::testing::store().await else {
            return;
        };
        let ann = user(&store, "ann", Role::Requester).await;
        let bob = user(&store, "bob", Role::Agent).await;
        user(&store, "cy", Role::Requester).await;
        let key = ticket(&store, &ann).await;

        let watched = store.add_watcher(&bob, &key, "cy").await.unwrap();
        assert_eq!(watched.watchers, ["cy"]);
        store.add_watcher(&bob, &key, "cy").await.unwrap();
        let nobody = store.add_watcher(&bob, &key, "nobody").await;
        assert!(matches!(nobody, Err(Error::NotFound(_))), "{nobody:?}");
        let left = store.remove_watcher(&bob, &key, "cy").await.unwrap();
        assert!(left.watchers.is_empty());
        let again = store.remove_watcher(&bob, &key, "cy").await;
        assert!(matches!(again, Err(Error::NotFound(_))), "{again:?}");
        assert_eq!(
            kinds(&store, &key).await,
            ["watcher-added", "watcher-removed"]
        );
    }

    /// Two replicas relating A to B and B to A at once neither deadlock nor link twice.
    #[tokio::test]
    async fn tickets_linked_both_ways_at_once_are_linked_once() {
        let Some(url) = super::super::testing::database().await else {
            return;
        };
        let one = super::PgStore::open(&url, "CS").await.unwrap();
        let two = super::PgStore::open(&url, "CS").await.unwrap();
        let ann = user(&one, "ann", Role::Requester).await;
        let bob = user(&one, "bob", Role::Agent).await;
        let (a, b) = (ticket(&one, &ann).await, ticket(&one, &ann).await);

        for _ in 0..10 {
            let (ab, ba) = tokio::join!(
                one.link_tickets(&bob, &a, &b),
                two.link_tickets(&bob, &b, &a)
            );
            assert_eq!(ab.unwrap().related, std::slice::from_ref(&b));
            assert_eq!(ba.unwrap().related, std::slice::from_ref(&a));
            let (ab, ba) = tokio::join!(
                one.unlink_tickets(&bob, &a, &b),
                two.unlink_tickets(&bob, &b, &a)
            );
            assert!(
                ab.is_ok() != ba.is_ok(),
                "one unlinks, the other finds nothing: {ab:?} {ba:?}"
            );
        }
        let events = kinds(&one, &a).await;
        assert_eq!(events.len(), 20);
        assert!(
            events.chunks(2).all(|p| p == ["linked", "unlinked"]),
            "{events:?}"
        );
        let itself = one.link_tickets(&bob, &a, &a).await;
        assert!(matches!(itself, Err(Error::Invalid { .. })), "{itself:?}");
        let missing = one.link_tickets(&bob, &a, "CS-99").await;
        assert!(matches!(missing, Err(Error::NotFound(_))), "{missing:?}");
    }
}
