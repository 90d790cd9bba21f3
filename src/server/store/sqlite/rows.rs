//! Reading rows into wire types, and the small conversions every query shares.

use std::str::FromStr;

use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::api::{
    Attachment, Comment, Escalation, EscalationStage, Rating, StageReached, Status, Ticket,
    TicketDetail,
};
use crate::server::error::{Error, Result};
use crate::server::rules::{self, Ownership, Party, Scope};
use crate::server::store::Actor;

/// Now, to the millisecond the database keeps, so a written value reads back equal.
pub(super) fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(3)
}

pub(super) fn stamp(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

fn conversion(
    idx: usize,
    err: impl Into<Box<dyn std::error::Error + Send + Sync>>,
) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, err.into())
}

pub(super) fn time(row: &Row<'_>, idx: usize) -> rusqlite::Result<DateTime<Utc>> {
    let text: String = row.get(idx)?;
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| conversion(idx, e))
}

pub(super) fn opt_time(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    match row.get::<_, Option<String>>(idx)? {
        None => Ok(None),
        Some(_) => time(row, idx).map(Some),
    }
}

/// A closed-set value stored as its wire text, or NULL.
pub(super) fn opt_parsed<T: FromStr<Err = String>>(
    row: &Row<'_>,
    idx: usize,
) -> rusqlite::Result<Option<T>> {
    match row.get::<_, Option<String>>(idx)? {
        None => Ok(None),
        Some(_) => parsed(row, idx).map(Some),
    }
}

/// A closed-set value stored as its wire text.
pub(super) fn parsed<T: FromStr<Err = String>>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    text.parse().map_err(|e: String| conversion(idx, e))
}

/// A set of closed-set values stored as their wire texts, separated by spaces.
pub(super) fn parsed_words<T: FromStr<Err = String>>(
    row: &Row<'_>,
    idx: usize,
) -> rusqlite::Result<Vec<T>> {
    let text: String = row.get(idx)?;
    text.split_whitespace()
        .map(str::parse)
        .collect::<Result<_, String>>()
        .map_err(|e| conversion(idx, e))
}

fn unsigned(row: &Row<'_>, idx: usize) -> rusqlite::Result<u64> {
    let value: i64 = row.get(idx)?;
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

/// The columns of a ticket as `viewer` sees it, who is bound as `?1` (their id) and `?2`
/// (their organisation's): whether they watch it, have seen its last change, and whether it
/// waits for them. A ticket waits for its requester's side when support asked them something
/// (`feedback`) or an escalation's fix waits for their confirmation; for support, it waits
/// for its assignee while it is open and not waiting for the requester.
pub(super) fn ticket_select(viewer: &Actor) -> String {
    const WAITS_FOR_REQUESTER: &str =
        "(t.status = 'feedback' OR e.stage IS 'verifying-resolution')";
    // What counts as news: support sees every change, the requester's side what it may see.
    let (news, updated) = if rules::is_staff(viewer) {
        ("t.version", "t.updated_at")
    } else {
        ("t.public_version", "t.public_updated_at")
    };
    let waiting = match rules::scope(viewer) {
        Scope::Everything => format!(
            "(t.assignee_id IS ?1 AND t.status IN ('new', 'confirmed', 'assigned', 'escalated') AND NOT {WAITS_FOR_REQUESTER})"
        ),
        Scope::Requester { .. } => format!("(t.requester_id = ?1 AND {WAITS_FOR_REQUESTER})"),
        Scope::Organisation { .. } => {
            format!("((t.requester_id = ?1 OR t.organisation_id = ?2) AND {WAITS_FOR_REQUESTER})")
        }
    };
    format!(
        "SELECT t.id, t.key, t.title, t.type, t.priority, t.status, t.resolution, t.duplicate_of,
           t.department, t.service, t.category, t.project, t.visibility, t.channel,
           r.name, o.name, a.name, t.created_at, {updated}, t.closed_at, t.version,
           t.requester_id, t.assignee_id, t.organisation_id,
           EXISTS (SELECT 1 FROM watchers w WHERE w.ticket_id = t.id AND w.user_id = ?1),
           t.status_before_feedback, e.stage, t.support_access,
           {waiting} AS waiting_for_you,
           {news} > coalesce(v.seen_version, 0) AS updated_since_seen,
           t.dedupe_key, t.occurrences, coalesce(t.last_seen_at, t.created_at)
    FROM tickets t
    JOIN users r ON r.id = t.requester_id
    LEFT JOIN users a ON a.id = t.assignee_id
    LEFT JOIN organisations o ON o.id = t.organisation_id
    LEFT JOIN escalations e ON e.ticket_id = t.id AND e.stage != 'resolved'
    LEFT JOIN ticket_views v ON v.ticket_id = t.id AND v.user_id = ?1"
    )
}

pub(super) fn ticket_row(row: &Row<'_>) -> rusqlite::Result<TicketRow> {
    // Occurrences are counted for a ticket with a dedupe key; the first is its opening.
    let dedupe_key: Option<String> = row.get(30)?;
    let keyed = dedupe_key.is_some();
    let created_at = time(row, 17)?;
    Ok(TicketRow {
        id: row.get(0)?,
        requester_id: row.get(21)?,
        assignee_id: row.get(22)?,
        organisation_id: row.get(23)?,
        watching: row.get(24)?,
        status_before_feedback: opt_parsed(row, 25)?,
        ticket: Ticket {
            key: row.get(1)?,
            title: row.get(2)?,
            kind: parsed(row, 3)?,
            priority: row.get(4)?,
            status: parsed(row, 5)?,
            resolution: parsed(row, 6)?,
            duplicate_of: row.get(7)?,
            department: row.get(8)?,
            service: row.get(9)?,
            category: row.get(10)?,
            project: row.get(11)?,
            visibility: parsed(row, 12)?,
            channel: parsed(row, 13)?,
            requester: row.get(14)?,
            organisation: row.get(15)?,
            assignee: row.get(16)?,
            created_at,
            updated_at: time(row, 18)?,
            closed_at: opt_time(row, 19)?,
            version: unsigned(row, 20)?,
            escalation_stage: opt_parsed(row, 26)?,
            support_access: row.get(27)?,
            waiting_for_you: row.get(28)?,
            updated_since_seen: row.get(29)?,
            occurrences: if keyed {
                Some(unsigned(row, 31)?)
            } else {
                None
            },
            first_seen_at: keyed.then_some(created_at),
            last_seen_at: if keyed { Some(time(row, 32)?) } else { None },
            dedupe_key,
        },
    })
}

/// The ticket `key` if `actor` may see it. An invisible ticket is reported missing, so keys
/// cannot be probed.
pub(super) fn visible_ticket(conn: &Connection, actor: &Actor, key: &str) -> Result<TicketRow> {
    let row = conn
        .prepare_cached(&format!("{} WHERE t.key = ?3", ticket_select(actor)))?
        .query_row(params![actor.id, actor.organisation_id, key], ticket_row)
        .optional()?;
    match row {
        Some(row) if rules::can_view(actor, row.ownership()) => Ok(row),
        _ => Err(Error::NotFound(format!("no ticket {key}"))),
    }
}

/// Everything `tik show` prints, in a few indexed queries whatever the thread's length.
pub(super) fn detail(conn: &Connection, actor: &Actor, row: TicketRow) -> Result<TicketDetail> {
    let staff = rules::sees_internal(actor);
    let (description, rating): (String, Option<Rating>) = conn
        .prepare_cached(
            "SELECT t.description, t.rating, t.rating_remark, u.name, t.rated_at
             FROM tickets t LEFT JOIN users u ON u.id = t.rated_by WHERE t.id = ?1",
        )?
        .query_row([row.id], |r| {
            let rating = match r.get::<_, Option<u8>>(1)? {
                None => None,
                Some(score) => Some(Rating {
                    score,
                    remark: r.get(2)?,
                    rated_by: r.get(3)?,
                    rated_at: time(r, 4)?,
                }),
            };
            Ok((r.get(0)?, rating))
        })?;
    let attachments = attachments(conn, row.id, staff)?;
    let mut comments = conn
        .prepare_cached(
            "SELECT c.id, u.name, c.body, c.internal, c.created_at, c.occurrence
             FROM comments c JOIN users u ON u.id = c.author_id
             WHERE c.ticket_id = ?1 AND (?2 OR c.internal = 0)
             ORDER BY c.id",
        )?
        .query_map(params![row.id, staff], comment)?
        .collect::<rusqlite::Result<Vec<Comment>>>()?;
    for comment in &mut comments {
        comment.attachments = attachments
            .iter()
            .filter(|a| a.comment_id == Some(comment.id))
            .map(|a| a.id)
            .collect();
    }
    let escalations = escalations(conn, row.id, &row.ticket.key)?;
    let watchers = conn
        .prepare_cached(
            "SELECT u.name FROM watchers w JOIN users u ON u.id = w.user_id
             WHERE w.ticket_id = ?1 ORDER BY u.name",
        )?
        .query_map([row.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let linked: Vec<String> = conn
        .prepare_cached(
            "SELECT t.key FROM ticket_links l JOIN tickets t ON t.id = l.other_id
             WHERE l.ticket_id = ?1 ORDER BY t.id",
        )?
        .query_map([row.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    // A link names only what the caller could open.
    let related = linked
        .into_iter()
        .filter(|key| visible_ticket(conn, actor, key).is_ok())
        .collect();
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
        secret: super::secrets::info(conn, row.id)?,
        deduplicated: None,
    })
}

pub(super) fn comment(row: &Row<'_>) -> rusqlite::Result<Comment> {
    Ok(Comment {
        id: unsigned(row, 0)?,
        author: row.get(1)?,
        body: row.get(2)?,
        internal: row.get(3)?,
        created_at: time(row, 4)?,
        attachments: Vec::new(),
        occurrence: row.get::<_, Option<i64>>(5)?.map(i64::cast_unsigned),
    })
}

pub(super) const ATTACHMENT_SELECT: &str = "
    SELECT a.id, a.name, a.media_type, a.size, a.sha256, u.name, a.created_at, a.comment_id
    FROM attachments a
    JOIN users u ON u.id = a.uploader_id
    LEFT JOIN comments c ON c.id = a.comment_id";

pub(super) fn attachment(row: &Row<'_>) -> rusqlite::Result<Attachment> {
    Ok(Attachment {
        id: unsigned(row, 0)?,
        name: row.get(1)?,
        media_type: row.get(2)?,
        size: unsigned(row, 3)?,
        sha256: row.get(4)?,
        uploaded_by: row.get(5)?,
        created_at: time(row, 6)?,
        comment_id: row.get::<_, Option<i64>>(7)?.map(i64::cast_unsigned),
    })
}

/// A ticket's attachments; those on internal notes only for staff.
fn attachments(conn: &Connection, ticket_id: i64, staff: bool) -> Result<Vec<Attachment>> {
    Ok(conn
        .prepare_cached(&format!(
            "{ATTACHMENT_SELECT} WHERE a.ticket_id = ?1 AND (?2 OR c.internal IS NOT 1) ORDER BY a.id"
        ))?
        .query_map(params![ticket_id, staff], attachment)?
        .collect::<rusqlite::Result<_>>()?)
}

pub(super) fn escalations(
    conn: &Connection,
    ticket_id: i64,
    ticket_key: &str,
) -> Result<Vec<Escalation>> {
    let mut stages: Vec<(i64, StageReached)> = conn
        .prepare_cached(
            "SELECT s.escalation_id, s.stage, s.at
             FROM escalation_stages s JOIN escalations e ON e.id = s.escalation_id
             WHERE e.ticket_id = ?1",
        )?
        .query_map([ticket_id], |r| {
            Ok((
                r.get(0)?,
                StageReached {
                    stage: parsed(r, 1)?,
                    at: time(r, 2)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    stages.sort_by_key(|(_, s)| (s.at, s.stage as u8));
    let escalations = conn
        .prepare_cached(
            "SELECT e.id, e.key, e.reason, e.stage, u.name, e.estimated_resolution_at, e.created_at
             FROM escalations e JOIN users u ON u.id = e.requested_by
             WHERE e.ticket_id = ?1 ORDER BY e.id",
        )?
        .query_map([ticket_id], |r| {
            let id: i64 = r.get(0)?;
            Ok(Escalation {
                key: r.get(1)?,
                ticket: ticket_key.to_owned(),
                reason: r.get(2)?,
                stage: parsed::<EscalationStage>(r, 3)?,
                requested_by: r.get(4)?,
                estimated_resolution_at: opt_time(r, 5)?,
                created_at: time(r, 6)?,
                timeline: stages
                    .iter()
                    .filter(|(e, _)| *e == id)
                    .map(|(_, s)| s.clone())
                    .collect(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(escalations)
}
