//! Reading rows into wire types, the query helpers every aggregate shares, and the ticket
//! select: the PostgreSQL twin of the SQLite backend's `rows`.

use std::str::FromStr;

use chrono::{DateTime, SubsecRound, Utc};
use tokio_postgres::Row;
use tokio_postgres::types::ToSql;

use super::Tx;
use crate::api::{
    Attachment, Comment, Escalation, EscalationStage, Rating, StageReached, Status, Ticket,
    TicketDetail,
};
use crate::server::error::{Error, Result};
use crate::server::rules::{self, Ownership, Party, Scope};
use crate::server::store::Actor;

/// Parameters of a statement, as tokio-postgres takes them.
pub(super) type Params<'a> = [&'a (dyn ToSql + Sync)];

/// Now, to the millisecond, as the SQLite backend keeps times: both answer alike.
pub(super) fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(3)
}

/// The rows of a statement of fixed text, prepared once a connection. Statements built at run
/// time (a list's filters) go through `tx.query(sql.as_str(), …)` instead, so the cache stays
/// bounded.
pub(super) async fn query(tx: &Tx<'_>, sql: &str, params: &Params<'_>) -> Result<Vec<Row>> {
    let statement = tx.prepare_cached(sql).await?;
    Ok(tx.query(&statement, params).await?)
}

/// The one row of a statement of fixed text.
pub(super) async fn query_one(tx: &Tx<'_>, sql: &str, params: &Params<'_>) -> Result<Row> {
    let statement = tx.prepare_cached(sql).await?;
    Ok(tx.query_one(&statement, params).await?)
}

/// The row of a statement of fixed text, if there is one.
pub(super) async fn query_opt(tx: &Tx<'_>, sql: &str, params: &Params<'_>) -> Result<Option<Row>> {
    let statement = tx.prepare_cached(sql).await?;
    Ok(tx.query_opt(&statement, params).await?)
}

/// Runs a statement of fixed text; returns how many rows it changed.
pub(super) async fn execute(tx: &Tx<'_>, sql: &str, params: &Params<'_>) -> Result<u64> {
    let statement = tx.prepare_cached(sql).await?;
    Ok(tx.execute(&statement, params).await?)
}

fn conversion(idx: usize, err: impl std::fmt::Display) -> Error {
    Error::internal(format!("column {idx}: {err}"))
}

/// A closed-set value stored as its wire text.
pub(super) fn parsed<T: FromStr<Err = String>>(row: &Row, idx: usize) -> Result<T> {
    let text: String = row.try_get(idx)?;
    text.parse().map_err(|e: String| conversion(idx, e))
}

/// A closed-set value stored as its wire text, or NULL.
pub(super) fn opt_parsed<T: FromStr<Err = String>>(row: &Row, idx: usize) -> Result<Option<T>> {
    let text: Option<String> = row.try_get(idx)?;
    text.map(|t| t.parse().map_err(|e: String| conversion(idx, e)))
        .transpose()
}

/// A set of closed-set values stored as their wire texts, separated by spaces.
pub(super) fn parsed_words<T: FromStr<Err = String>>(row: &Row, idx: usize) -> Result<Vec<T>> {
    let text: String = row.try_get(idx)?;
    text.split_whitespace()
        .map(str::parse)
        .collect::<Result<_, String>>()
        .map_err(|e| conversion(idx, e))
}

/// A count, size or id, kept as bigint.
pub(super) fn unsigned(row: &Row, idx: usize) -> Result<u64> {
    let value: i64 = row.try_get(idx)?;
    u64::try_from(value).map_err(|e| conversion(idx, e))
}

/// A ticket as the rules and writes need it: the wire fields and the ids behind them.
pub(super) struct TicketRow {
    pub(super) id: i64,
    pub(super) requester_id: i64,
    pub(super) organisation_id: Option<i64>,
    pub(super) assignee_id: Option<i64>,
    pub(super) watching: bool,
    pub(super) status_before_feedback: Option<Status>,
    pub(super) ticket: Ticket,
}

impl TicketRow {
    pub(super) fn ownership(&self) -> Ownership {
        Ownership {
            requester_id: self.requester_id,
            organisation_id: self.organisation_id,
            visibility: self.ticket.visibility,
            watching: self.watching,
        }
    }

    pub(super) fn status(&self) -> Status {
        self.ticket.status
    }

    pub(super) fn party(&self, actor: &Actor) -> Party {
        rules::party(actor, self.ownership())
    }
}

const WAITS_FOR_REQUESTER: &str =
    "(t.status = 'feedback' OR e.stage IS NOT DISTINCT FROM 'verifying-resolution')";

/// Whether a ticket waits for `viewer` (bound as `$1`, their organisation as `$2`): for the
/// requester's side when support asked them something (`feedback`) or an escalation's fix
/// waits for their confirmation; for support, for its assignee while it is open and not
/// waiting for the requester. An expression over [`ticket_select`]'s tables, so a list can
/// filter on it (PostgreSQL does not let WHERE name a column of the select list).
pub(super) fn waiting_for(viewer: &Actor) -> String {
    match rules::scope(viewer) {
        Scope::Everything => format!(
            "(t.assignee_id IS NOT DISTINCT FROM $1 AND t.status IN ('new', 'confirmed', 'assigned', 'escalated') AND NOT {WAITS_FOR_REQUESTER})"
        ),
        Scope::Requester { .. } => format!("(t.requester_id = $1 AND {WAITS_FOR_REQUESTER})"),
        Scope::Organisation { .. } => {
            format!("((t.requester_id = $1 OR t.organisation_id = $2) AND {WAITS_FOR_REQUESTER})")
        }
    }
}

/// Whether the ticket changed since `viewer` last saw it: support sees every change, the
/// requester's side what it may see. An expression over [`ticket_select`]'s tables.
pub(super) fn updated_since_seen(viewer: &Actor) -> String {
    let news = if rules::is_staff(viewer) {
        "t.version"
    } else {
        "t.public_version"
    };
    format!("({news} > coalesce(v.seen_version, 0))")
}

/// The columns of a ticket as `viewer` sees it, who is bound as `$1` (their id) and `$2`
/// (their organisation's, a bigint or NULL): whether they watch it, have seen its last
/// change ([`updated_since_seen`]), and whether it waits for them ([`waiting_for`]).
pub(super) fn ticket_select(viewer: &Actor) -> String {
    let updated = if rules::is_staff(viewer) {
        "t.updated_at"
    } else {
        "t.public_updated_at"
    };
    let waiting = waiting_for(viewer);
    let news = updated_since_seen(viewer);
    // The unused `viewer` names both parameters with their types: PostgreSQL refuses a
    // statement with a parameter it cannot type, and some scopes' filters never name `$2`.
    format!(
        "WITH viewer AS (SELECT $1::bigint AS id, $2::bigint AS organisation_id)
    SELECT t.id, t.key, t.title, t.type, t.priority, t.status, t.resolution, t.duplicate_of,
           t.department, t.service, t.category, t.project, t.visibility, t.channel,
           r.name, o.name, a.name, t.created_at, {updated}, t.closed_at, t.version,
           t.requester_id, t.assignee_id, t.organisation_id,
           EXISTS (SELECT 1 FROM watchers w WHERE w.ticket_id = t.id AND w.user_id = $1),
           t.status_before_feedback, e.stage, t.support_access,
           {waiting} AS waiting_for_you,
           {news} AS updated_since_seen,
           t.dedupe_key, t.occurrences, coalesce(t.last_seen_at, t.created_at)
    FROM tickets t
    JOIN users r ON r.id = t.requester_id
    LEFT JOIN users a ON a.id = t.assignee_id
    LEFT JOIN organisations o ON o.id = t.organisation_id
    LEFT JOIN escalations e ON e.ticket_id = t.id AND e.stage <> 'resolved'
    LEFT JOIN ticket_views v ON v.ticket_id = t.id AND v.user_id = $1"
    )
}

pub(super) fn ticket_row(row: &Row) -> Result<TicketRow> {
    // Occurrences are counted for a ticket with a dedupe key; the first is its opening.
    let dedupe_key: Option<String> = row.try_get(30)?;
    let keyed = dedupe_key.is_some();
    let created_at: DateTime<Utc> = row.try_get(17)?;
    Ok(TicketRow {
        id: row.try_get(0)?,
        requester_id: row.try_get(21)?,
        assignee_id: row.try_get(22)?,
        organisation_id: row.try_get(23)?,
        watching: row.try_get(24)?,
        status_before_feedback: opt_parsed(row, 25)?,
        ticket: Ticket {
            key: row.try_get(1)?,
            title: row.try_get(2)?,
            kind: parsed(row, 3)?,
            priority: row.try_get(4)?,
            status: parsed(row, 5)?,
            resolution: parsed(row, 6)?,
            duplicate_of: row.try_get(7)?,
            department: row.try_get(8)?,
            service: row.try_get(9)?,
            category: row.try_get(10)?,
            project: row.try_get(11)?,
            visibility: parsed(row, 12)?,
            channel: parsed(row, 13)?,
            requester: row.try_get(14)?,
            organisation: row.try_get(15)?,
            assignee: row.try_get(16)?,
            created_at,
            updated_at: row.try_get(18)?,
            closed_at: row.try_get(19)?,
            version: unsigned(row, 20)?,
            escalation_stage: opt_parsed(row, 26)?,
            support_access: row.try_get(27)?,
            waiting_for_you: row.try_get(28)?,
            updated_since_seen: row.try_get(29)?,
            occurrences: if keyed {
                Some(unsigned(row, 31)?)
            } else {
                None
            },
            first_seen_at: keyed.then_some(created_at),
            last_seen_at: if keyed { Some(row.try_get(32)?) } else { None },
            dedupe_key,
        },
    })
}

/// The ticket `key` if `actor` may see it. An invisible ticket is reported missing, so keys
/// cannot be probed.
pub(super) async fn visible_ticket(tx: &Tx<'_>, actor: &Actor, key: &str) -> Result<TicketRow> {
    let sql = format!("{} WHERE t.key = $3", ticket_select(actor));
    let row = query_opt(tx, &sql, &[&actor.id, &actor.organisation_id, &key]).await?;
    seen_by(actor, key, row.as_ref())
}

/// [`visible_ticket`], its row locked until the change commits: what a change reads of the
/// ticket stays true while it writes, whichever replica changes it next. Every change to a
/// ticket starts here (as the SQLite backend's one writer makes them one at a time).
pub(super) async fn locked_ticket(tx: &Tx<'_>, actor: &Actor, key: &str) -> Result<TicketRow> {
    // Locked first and read after, in two statements: the read then sees the last change
    // committed by whoever held the lock before (read committed takes a snapshot a statement).
    let id = query_opt(
        tx,
        "SELECT id FROM tickets WHERE key = $1 FOR UPDATE",
        &[&key],
    )
    .await?;
    if id.is_none() {
        return Err(Error::NotFound(format!("no ticket {key}")));
    }
    visible_ticket(tx, actor, key).await
}

fn seen_by(actor: &Actor, key: &str, row: Option<&Row>) -> Result<TicketRow> {
    match row.map(ticket_row).transpose()? {
        Some(row) if rules::can_view(actor, row.ownership()) => Ok(row),
        _ => Err(Error::NotFound(format!("no ticket {key}"))),
    }
}

/// [`detail`] of a ticket its transaction has just opened with no one copied and nothing
/// attached: there is nothing more to read than its row, so nothing more is read.
pub(super) fn opened_detail(actor: &Actor, row: TicketRow, description: String) -> TicketDetail {
    TicketDetail {
        transitions: rules::transitions(row.party(actor), row.status()),
        ticket: row.ticket,
        description,
        comments: Vec::new(),
        attachments: Vec::new(),
        escalations: Vec::new(),
        watchers: Vec::new(),
        related: Vec::new(),
        rating: None,
        history: None,
        secret: None,
        deduplicated: None,
    }
}

/// Everything `tik show` prints, in a few indexed queries whatever the thread's length.
pub(super) async fn detail(tx: &Tx<'_>, actor: &Actor, row: TicketRow) -> Result<TicketDetail> {
    let staff = rules::sees_internal(actor);
    let (ticket, seen_by_staff): (&Params, &Params) = (&[&row.id], &[&row.id, &staff]);
    // Sent at once and answered in order (pipelined): one round trip, not seven.
    let (head, attachments, comments, escalations, watchers, linked, secret) = tokio::try_join!(
        query_one(
            tx,
            "SELECT t.description, t.rating, t.rating_remark, u.name, t.rated_at
             FROM tickets t LEFT JOIN users u ON u.id = t.rated_by WHERE t.id = $1",
            ticket,
        ),
        attachments(tx, row.id, staff),
        query(
            tx,
            "SELECT c.id, u.name, c.body, c.internal, c.created_at, c.occurrence
             FROM comments c JOIN users u ON u.id = c.author_id
             WHERE c.ticket_id = $1 AND ($2 OR NOT c.internal)
             ORDER BY c.id",
            seen_by_staff,
        ),
        escalations(tx, row.id, &row.ticket.key),
        query(
            tx,
            "SELECT u.name FROM watchers w JOIN users u ON u.id = w.user_id
             WHERE w.ticket_id = $1 ORDER BY u.name",
            ticket,
        ),
        query(
            tx,
            "SELECT t.key FROM ticket_links l JOIN tickets t ON t.id = l.other_id
             WHERE l.ticket_id = $1 ORDER BY t.id",
            ticket,
        ),
        super::secrets::info(tx, row.id),
    )?;
    let description: String = head.try_get(0)?;
    let rating = match head.try_get::<_, Option<i64>>(1)? {
        None => None,
        Some(score) => Some(Rating {
            score: u8::try_from(score).map_err(|e| conversion(1, e))?,
            remark: head.try_get(2)?,
            rated_by: head.try_get(3)?,
            rated_at: head.try_get(4)?,
        }),
    };
    let mut comments = comments
        .iter()
        .map(comment)
        .collect::<Result<Vec<Comment>>>()?;
    for comment in &mut comments {
        comment.attachments = attachments
            .iter()
            .filter(|a| a.comment_id == Some(comment.id))
            .map(|a| a.id)
            .collect();
    }
    let watchers = watchers
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()?;
    // A link names only what the caller could open.
    let mut related = Vec::new();
    for link in linked {
        let key: String = link.try_get(0)?;
        if visible_ticket(tx, actor, &key).await.is_ok() {
            related.push(key);
        }
    }
    Ok(TicketDetail {
        transitions: rules::transitions(row.party(actor), row.status()),
        ticket: row.ticket,
        description,
        comments,
        attachments,
        escalations,
        watchers,
        related,
        rating,
        history: None,
        secret,
        deduplicated: None,
    })
}

pub(super) fn comment(row: &Row) -> Result<Comment> {
    Ok(Comment {
        id: unsigned(row, 0)?,
        author: row.try_get(1)?,
        body: row.try_get(2)?,
        internal: row.try_get(3)?,
        created_at: row.try_get(4)?,
        attachments: Vec::new(),
        occurrence: row.try_get::<_, Option<i64>>(5)?.map(i64::cast_unsigned),
    })
}

pub(super) const ATTACHMENT_SELECT: &str = "
    SELECT a.id, a.name, a.media_type, a.size, a.sha256, u.name, a.created_at, a.comment_id
    FROM attachments a
    JOIN users u ON u.id = a.uploader_id
    LEFT JOIN comments c ON c.id = a.comment_id";

pub(super) fn attachment(row: &Row) -> Result<Attachment> {
    Ok(Attachment {
        id: unsigned(row, 0)?,
        name: row.try_get(1)?,
        media_type: row.try_get(2)?,
        size: unsigned(row, 3)?,
        sha256: row.try_get(4)?,
        uploaded_by: row.try_get(5)?,
        created_at: row.try_get(6)?,
        comment_id: row.try_get::<_, Option<i64>>(7)?.map(i64::cast_unsigned),
    })
}

/// A ticket's attachments; those on internal notes only for staff.
async fn attachments(tx: &Tx<'_>, ticket_id: i64, staff: bool) -> Result<Vec<Attachment>> {
    let sql = format!(
        "{ATTACHMENT_SELECT} WHERE a.ticket_id = $1 AND ($2 OR c.internal IS NOT TRUE) ORDER BY a.id"
    );
    query(tx, &sql, &[&ticket_id, &staff])
        .await?
        .iter()
        .map(attachment)
        .collect()
}

pub(super) async fn escalations(
    tx: &Tx<'_>,
    ticket_id: i64,
    ticket_key: &str,
) -> Result<Vec<Escalation>> {
    let ticket: &Params = &[&ticket_id];
    let (stages, escalations) = tokio::try_join!(
        query(
            tx,
            "SELECT s.escalation_id, s.stage, s.at
             FROM escalation_stages s JOIN escalations e ON e.id = s.escalation_id
             WHERE e.ticket_id = $1",
            ticket,
        ),
        query(
            tx,
            "SELECT e.id, e.key, e.reason, e.stage, u.name, e.estimated_resolution_at, e.created_at
             FROM escalations e JOIN users u ON u.id = e.requested_by
             WHERE e.ticket_id = $1 ORDER BY e.id",
            ticket,
        ),
    )?;
    let mut stages = stages
        .iter()
        .map(|r| {
            Ok((
                r.try_get::<_, i64>(0)?,
                StageReached {
                    stage: parsed(r, 1)?,
                    at: r.try_get(2)?,
                },
            ))
        })
        .collect::<Result<Vec<_>>>()?;
    stages.sort_by_key(|(_, s)| (s.at, s.stage as u8));
    escalations
        .iter()
        .map(|r| {
            let id: i64 = r.try_get(0)?;
            Ok(Escalation {
                key: r.try_get(1)?,
                ticket: ticket_key.to_owned(),
                reason: r.try_get(2)?,
                stage: parsed::<EscalationStage>(r, 3)?,
                requested_by: r.try_get(4)?,
                estimated_resolution_at: r.try_get(5)?,
                created_at: r.try_get(6)?,
                timeline: stages
                    .iter()
                    .filter(|(e, _)| *e == id)
                    .map(|(_, s)| s.clone())
                    .collect(),
            })
        })
        .collect()
}
