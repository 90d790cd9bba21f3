//! Moving tickets through the workflow (status changes, closing, reopening), and what ends
//! it: the requester's rating and consent to support access. The PostgreSQL twin of the
//! SQLite backend's `workflow`.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::PgStore;
use super::Tx;
use super::dedupe::settle_key;
use super::escalations::end_escalations;
use super::history::append_event;
use super::rows::{self, TicketRow, execute, query_one};
use super::thread::insert_comment;
use super::tickets::reload;
use crate::api::{NewRating, ReopenTicket, Status, StatusChange, TicketDetail};
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::shared::workflow::{
    plan_status, rated, remark, status_changed, status_comment, support_access,
};
use crate::server::store::{Actor, Idempotency, WorkflowStore};

/// Moves `row` (locked by the caller) to `change.status` after the workflow's rules, with its
/// comment, in the caller's transaction; records the change.
pub(super) async fn apply_status(
    tx: &Tx<'_>,
    actor: &Actor,
    row: &TicketRow,
    change_to: &StatusChange,
    at: DateTime<Utc>,
) -> Result<()> {
    let plan = plan_status(
        row.party(actor),
        &row.ticket,
        row.assignee_id.is_some(),
        change_to,
    )?;
    // The original is named as the caller sees it: one they may not see is missing.
    if let Some(original) = &change_to.duplicate_of {
        rows::visible_ticket(tx, actor, original).await?;
    }
    let comment = match status_comment(change_to) {
        Some(text) => Some(insert_comment(tx, actor, row.id, text, false, at).await?),
        None => None,
    };
    let mut recorded = plan.recorded;
    // Back open, a ticket holds its dedupe key again, unless another took it meanwhile.
    if plan.reopens {
        let t = &row.ticket;
        let scope = rules::dedupe_scope(row.requester_id, row.organisation_id, t.visibility);
        let key = t.dedupe_key.as_deref();
        recorded.extend(settle_key(tx, row.id, key, &scope, true).await?);
    }
    let closed = plan.to == Status::Closed;
    execute(
        tx,
        "UPDATE tickets SET status = $2, resolution = $3, duplicate_of = $4, closed_at = $5,
            status_before_feedback = coalesce($6, status_before_feedback),
            assignee_id = CASE WHEN $7 THEN NULL ELSE assignee_id END
         WHERE id = $1",
        &[
            &row.id,
            &plan.to.as_str(),
            &plan.resolution.as_str(),
            &plan.duplicate_of,
            &closed.then_some(at),
            &plan.before_feedback,
            &plan.unassign,
        ],
    )
    .await?;
    if closed {
        end_escalations(tx, row.id, at).await?;
    }
    let data = status_changed(&recorded, comment);
    append_event(tx, row.id, "status-changed", actor, &data, at).await
}

#[async_trait]
impl WorkflowStore for PgStore {
    async fn change_status(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        mut change_to: StatusChange,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        change_to.duplicate_of = change_to.duplicate_of.map(|original| self.key(&original));
        self.mutate(&actor.clone(), idem, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                apply_status(tx, &actor, &row, &change_to, at).await?;
                reload(tx, &actor, &key).await
            })
        })
        .await
    }

    async fn reopen_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        reopen: ReopenTicket,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), idem, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                let status = rules::reopen_target(&key, row.status(), row.assignee_id.is_some())?;
                let change_to = StatusChange {
                    status,
                    resolution: None,
                    duplicate_of: None,
                    comment: reopen.comment,
                };
                apply_status(tx, &actor, &row, &change_to, at).await?;
                reload(tx, &actor, &key).await
            })
        })
        .await
    }

    async fn rate_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        rating: NewRating,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), idem, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                let already_rated: bool = query_one(
                    tx,
                    "SELECT rating IS NOT NULL FROM tickets WHERE id = $1",
                    &[&row.id],
                )
                .await?
                .try_get(0)?;
                rules::may_rate(row.party(&actor), &key, row.status(), already_rated)?;
                execute(
                    tx,
                    "UPDATE tickets SET rating = $2, rating_remark = $3, rated_by = $4, rated_at = $5
                     WHERE id = $1",
                    &[
                        &row.id,
                        &i64::from(rating.score),
                        &remark(&rating),
                        &actor.id,
                        &at,
                    ],
                )
                .await?;
                append_event(tx, row.id, "rated", &actor, &rated(&rating), at).await?;
                reload(tx, &actor, &key).await
            })
        })
        .await
    }

    async fn set_support_access(
        &self,
        actor: &Actor,
        key: &str,
        granted: bool,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), None, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                rules::may_set_support_access(&actor, row.ownership(), &key)?;
                if row.ticket.support_access == granted {
                    return rows::detail(tx, &actor, row).await;
                }
                execute(
                    tx,
                    "UPDATE tickets SET support_access = $2 WHERE id = $1",
                    &[&row.id, &granted],
                )
                .await?;
                let data = support_access(row.ticket.support_access, granted);
                append_event(tx, row.id, "support-access", &actor, &data, at).await?;
                reload(tx, &actor, &key).await
            })
        })
        .await
    }
}

#[cfg(test)]
pub(super) mod fixtures {
    //! Users and tickets for this backend's unit tests, made with plain SQL.

    use super::PgStore;
    use crate::api::Role;
    use crate::server::store::Actor;

    /// A new user of `role`, signed in as `Actor`.
    pub(crate) async fn user(store: &PgStore, name: &str, role: Role) -> Actor {
        let client = store.inner.pool.get().await.unwrap();
        let email = format!("{name}@example.com");
        let row = client
            .query_one(
                "INSERT INTO users (name, email, role, created_at) VALUES ($1, $2, $3, now())
                 RETURNING id",
                &[&name, &email, &role.as_str()],
            )
            .await
            .unwrap();
        Actor {
            id: row.get(0),
            name: name.into(),
            email,
            role,
            organisation_id: None,
            organisation: None,
        }
    }

    /// A new ticket of `requester`'s, `new`, seen by their organisation; its key.
    pub(crate) async fn ticket(store: &PgStore, requester: &Actor) -> String {
        let client = store.inner.pool.get().await.unwrap();
        let row = client
            .query_one(
                "INSERT INTO tickets (key, title, description, type, priority, department, status,
                    resolution, visibility, channel, requester_id, created_at, updated_at,
                    public_updated_at, version)
                 VALUES ('CS-' || (SELECT count(*) + 1 FROM tickets), 't', '', 'incident',
                    'normal', 'technical-support', 'new', 'open', 'organisation', 'cli', $1,
                    now(), now(), now(), 1)
                 RETURNING key",
                &[&requester.id],
            )
            .await
            .unwrap();
        row.get(0)
    }

    /// The kinds of the events of ticket `key`, oldest first.
    pub(crate) async fn kinds(store: &PgStore, key: &str) -> Vec<String> {
        let client = store.inner.pool.get().await.unwrap();
        client
            .query(
                "SELECT e.kind FROM events e JOIN tickets t ON t.id = e.ticket_id
                 WHERE t.key = $1 ORDER BY e.seq",
                &[&key],
            )
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{kinds, ticket, user};
    use crate::api::{NewComment, NewRating, ReopenTicket, Resolution, Role, Status, StatusChange};
    use crate::server::error::Error;
    use crate::server::store::{ThreadStore, WorkflowStore};

    fn to(status: Status) -> StatusChange {
        StatusChange {
            status,
            resolution: None,
            duplicate_of: None,
            comment: None,
        }
    }

    /// Feedback and its answer, resolving, confirming by closing, one rating, reopening, and
    /// consent given once: each an event, each as the SQLite backend makes it.
    #[tokio::test]
    async fn a_ticket_goes_through_the_workflow() {
        let Some(store) = super::super::testing::store().await else {
            return;
        };
        let ann = user(&store, "ann", Role::Requester).await;
        let bob = user(&store, "bob", Role::Agent).await;
        let key = ticket(&store, &ann).await;

        let asked = StatusChange {
            comment: Some("which browser?".into()),
            ..to(Status::Feedback)
        };
        let detail = store.change_status(&bob, None, &key, asked).await.unwrap();
        assert_eq!(detail.ticket.status, Status::Feedback);
        assert_eq!(detail.comments.len(), 1);
        let again = store
            .change_status(&bob, None, &key, to(Status::Feedback))
            .await;
        assert!(matches!(again, Err(Error::Conflict(_))), "{again:?}");

        let answer = NewComment {
            body: "firefox".into(),
            internal: false,
            attachments: Vec::new(),
        };
        store.add_comment(&ann, None, &key, answer).await.unwrap();
        let escalating = store
            .change_status(&bob, None, &key, to(Status::Escalated))
            .await;
        assert!(matches!(escalating, Err(Error::Invalid { .. })));

        let resolved = StatusChange {
            resolution: Some(Resolution::Fixed),
            ..to(Status::Resolved)
        };
        let detail = store
            .change_status(&bob, None, &key, resolved)
            .await
            .unwrap();
        assert_eq!(detail.ticket.resolution, Resolution::Fixed);
        let rating = || NewRating {
            score: 5,
            remark: Some("  ".into()),
        };
        let early = store.rate_ticket(&ann, None, &key, rating()).await;
        assert!(matches!(early, Err(Error::Conflict(_))), "{early:?}");
        let closed = store
            .change_status(&ann, None, &key, to(Status::Closed))
            .await
            .unwrap();
        assert_eq!(
            (closed.ticket.status, closed.ticket.resolution),
            (Status::Closed, Resolution::Fixed)
        );
        assert!(closed.ticket.closed_at.is_some());
        let rated = store.rate_ticket(&ann, None, &key, rating()).await.unwrap();
        let given = rated.rating.unwrap();
        assert_eq!((given.score, given.remark), (5, None));
        let twice = store.rate_ticket(&ann, None, &key, rating()).await;
        assert!(matches!(twice, Err(Error::Conflict(_))), "{twice:?}");

        let reopen = ReopenTicket { comment: None };
        let reopened = store.reopen_ticket(&ann, None, &key, reopen).await.unwrap();
        assert_eq!(reopened.ticket.status, Status::New);
        store.set_support_access(&ann, &key, true).await.unwrap();
        let granted = store.set_support_access(&ann, &key, true).await.unwrap();
        assert!(granted.ticket.support_access);

        assert_eq!(
            kinds(&store, &key).await,
            [
                "status-changed",
                "commented",
                "status-changed",
                "status-changed",
                "rated",
                "status-changed",
                "support-access"
            ]
        );
    }
}
