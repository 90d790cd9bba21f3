//! The embedded backend: one SQLite file in WAL mode with `synchronous=FULL`, so an
//! acknowledged change is on disk. One writer thread (group commit), a pool of readers.

mod rows;
mod writer;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rand::RngCore;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::json;

use self::rows::{TicketRow, now, stamp};
use self::writer::Writer;
use super::{Actor, Idempotency, IssuedToken, Store, StoredBlob, TokenInfo, token_hash};
use crate::api::{
    Attachment, Catalogue, Category, Channel, CloseTicket, Comment, Department, Escalation,
    EscalationStage, NewComment, NewTicket, Priority, ReopenTicket, Resolution, Service, Status,
    TicketDetail, TicketPage, TicketPatch, TicketQuery, TicketType, Upload, User, Visibility,
};
use crate::server::error::{Error, Result};
use crate::server::rules::{self, Scope};

/// Migrations, applied in order; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[
    include_str!("001_schema.sql"),
    include_str!("002_default_catalogue.sql"),
    include_str!("003_housekeeping.sql"),
    include_str!("004_open_and_closed_lists.sql"),
];

const DEFAULT_PAGE: u32 = 50;
const MAX_PAGE: u32 = 100;

#[derive(Clone)]
pub(crate) struct SqliteStore {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    writer: Writer,
    readers: Mutex<Vec<Connection>>,
    ticket_prefix: String,
    escalation_prefix: String,
    catalogue: Catalogue,
}

fn connect(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    // WAL lets readers run beside the writer; FULL makes a commit durable before we answer.
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA busy_timeout = 5000;",
    )?;
    Ok(conn)
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let applied: usize = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
    Ok(())
}

fn load_catalogue(conn: &Connection) -> Result<Catalogue> {
    let priorities = conn
        .prepare("SELECT name, label, guidance FROM priorities ORDER BY rank")?
        .query_map([], |r| {
            Ok(Priority {
                name: r.get(0)?,
                label: r.get(1)?,
                guidance: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let departments = conn
        .prepare("SELECT name, label, description FROM departments ORDER BY position")?
        .query_map([], |r| {
            Ok(Department {
                name: r.get(0)?,
                label: r.get(1)?,
                description: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let services = conn
        .prepare("SELECT name, label FROM services ORDER BY position")?
        .query_map([], |r| {
            Ok(Service {
                name: r.get(0)?,
                label: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let categories = conn
        .prepare("SELECT code, label, parent FROM categories ORDER BY position")?
        .query_map([], |r| {
            Ok(Category {
                code: r.get(0)?,
                label: r.get(1)?,
                parent: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Catalogue {
        priorities,
        departments,
        services,
        categories,
    })
}

impl SqliteStore {
    /// A ticket key in the form it is stored in, from any form people type.
    fn key(&self, key: &str) -> String {
        rules::canonical_key(key, &self.inner.ticket_prefix)
    }

    /// Opens (creating if need be) the database at `path` and brings its schema up to date.
    pub(crate) fn open(path: &Path, ticket_prefix: &str) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let mut conn = connect(path)?;
        migrate(&mut conn)?;
        let catalogue = load_catalogue(&conn)?;
        Ok(Self {
            inner: Arc::new(Inner {
                path: path.to_owned(),
                writer: Writer::start(conn)?,
                readers: Mutex::new(Vec::new()),
                ticket_prefix: ticket_prefix.to_owned(),
                escalation_prefix: "CP".to_owned(),
                catalogue,
            }),
        })
    }

    /// Runs `query` in a read transaction on a pooled connection, off the async threads.
    async fn read<T: Send + 'static>(
        &self,
        query: impl FnOnce(&Connection) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || {
            let pooled = inner.readers.lock().expect("reader pool").pop();
            let conn = match pooled {
                Some(conn) => conn,
                None => connect(&inner.path)?,
            };
            let outcome = conn
                .unchecked_transaction()
                .map_err(Error::from)
                .and_then(|tx| {
                    let value = query(&tx)?;
                    tx.finish()?;
                    Ok(value)
                });
            inner.readers.lock().expect("reader pool").push(conn);
            outcome
        })
        .await
        .map_err(Error::internal)?
    }

    /// Runs `change` as one write, made idempotent by `idem`: a retry with the same key
    /// replays the first answer instead of changing anything again.
    async fn mutate<T>(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        change: impl FnOnce(&Connection, DateTime<Utc>) -> Result<T> + Send + 'static,
    ) -> Result<T>
    where
        T: Serialize + DeserializeOwned + Send + 'static,
    {
        let user_id = actor.id;
        self.inner
            .writer
            .write(move |conn| {
                if let Some(idem) = &idem {
                    let earlier: Option<(Vec<u8>, String)> = conn
                        .prepare_cached("SELECT fingerprint, response FROM idempotency WHERE user_id = ?1 AND key = ?2")?
                        .query_row(params![user_id, idem.key], |r| Ok((r.get(0)?, r.get(1)?)))
                        .optional()?;
                    if let Some((fingerprint, response)) = earlier {
                        if fingerprint != idem.fingerprint {
                            return Err(Error::invalid(
                                "Idempotency-Key",
                                "this Idempotency-Key was already used for a different request",
                            ));
                        }
                        return serde_json::from_str(&response).map_err(Error::internal);
                    }
                }
                let at = now();
                let value = change(conn, at)?;
                if let Some(idem) = idem {
                    let response = serde_json::to_string(&value).map_err(Error::internal)?;
                    conn.prepare_cached(
                        "INSERT INTO idempotency (user_id, key, fingerprint, response, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                    )?
                    .execute(params![user_id, idem.key, idem.fingerprint, response, stamp(at)])?;
                }
                Ok(value)
            })
            .await
    }
}

/// The next number of a key sequence, allocated inside the caller's transaction.
fn next_number(conn: &Connection, counter: &str) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO counters (name, value) VALUES (?1, 1)
             ON CONFLICT (name) DO UPDATE SET value = value + 1
             RETURNING value",
        )?
        .query_row([counter], |r| r.get(0))?)
}

/// Records a change to a ticket: bumps its version and appends the event that feeds its
/// history and the live stream.
fn append_event(
    conn: &Connection,
    ticket_id: i64,
    kind: &str,
    actor: &Actor,
    data: &serde_json::Value,
    at: DateTime<Utc>,
) -> Result<()> {
    let at = stamp(at);
    let version: i64 = conn
        .prepare_cached("UPDATE tickets SET version = version + 1, updated_at = ?2 WHERE id = ?1 RETURNING version")?
        .query_row(params![ticket_id, at], |r| r.get(0))?;
    conn.prepare_cached(
        "INSERT INTO events (ticket_id, ticket_seq, kind, actor_id, data, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![ticket_id, version, kind, actor.id, data.to_string(), at])?;
    Ok(())
}

/// Turns uploads into attachments of a ticket (and comment). An upload is attached once, by
/// the user who sent it.
fn attach(
    conn: &Connection,
    actor: &Actor,
    ticket_id: i64,
    comment_id: Option<i64>,
    uploads: &[String],
    at: DateTime<Utc>,
) -> Result<Vec<i64>> {
    let mut ids = Vec::with_capacity(uploads.len());
    for upload in uploads {
        let id: Option<i64> = conn
            .prepare_cached(
                "INSERT INTO attachments (ticket_id, comment_id, uploader_id, name, media_type, size, sha256, created_at)
                 SELECT ?1, ?2, uploader_id, name, media_type, size, sha256, ?5
                 FROM uploads WHERE id = ?3 AND uploader_id = ?4 AND used = 0
                 RETURNING id",
            )?
            .query_row(params![ticket_id, comment_id, upload, actor.id, stamp(at)], |r| r.get(0))
            .optional()?;
        let Some(id) = id else {
            return Err(Error::invalid(
                "attachments",
                format!("no unused upload '{upload}' of yours"),
            ));
        };
        conn.prepare_cached("UPDATE uploads SET used = 1 WHERE id = ?1")?
            .execute([upload])?;
        ids.push(id);
    }
    Ok(ids)
}

/// Deletes the unused uploads `condition` picks; returns the contents (SHA-256) that no
/// upload or attachment refers to any more, whose bytes may go.
fn delete_unused_uploads(
    conn: &Connection,
    condition: &str,
    args: impl rusqlite::Params,
) -> Result<Vec<String>> {
    let deleted: Vec<(String, i64, String)> = conn
        .prepare_cached(&format!(
            "DELETE FROM uploads WHERE used = 0 AND {condition} RETURNING id, uploader_id, sha256"
        ))?
        .query_map(args, |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // A withdrawn upload is forgotten whole: retrying it with its Idempotency-Key uploads it
    // afresh, rather than replaying an id that is gone.
    let mut forget = conn.prepare_cached(
        "DELETE FROM idempotency WHERE user_id = ?2 AND json_extract(response, '$.id') = ?1",
    )?;
    let mut contents = Vec::with_capacity(deleted.len());
    for (id, uploader, sha256) in deleted {
        forget.execute(params![id, uploader])?;
        contents.push(sha256);
    }
    let deleted = contents;
    unreferenced(conn, deleted)
}

/// Of `contents` (SHA-256), those no upload or attachment refers to, once each.
fn unreferenced(conn: &Connection, contents: Vec<String>) -> Result<Vec<String>> {
    let mut unreferenced = conn.prepare_cached(
        "SELECT NOT EXISTS (SELECT 1 FROM uploads WHERE sha256 = ?1)
            AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?1)",
    )?;
    let mut orphans = Vec::new();
    for sha256 in contents {
        if unreferenced.query_row([&sha256], |r| r.get(0))? && !orphans.contains(&sha256) {
            orphans.push(sha256);
        }
    }
    Ok(orphans)
}

/// Brings the ticket's escalation under way, if any, to its `resolved` stage.
fn end_escalations(conn: &Connection, ticket_id: i64, at: DateTime<Utc>) -> Result<()> {
    let resolved = EscalationStage::Resolved.as_str();
    conn.prepare_cached(
        "INSERT INTO escalation_stages (escalation_id, stage, at)
         SELECT id, ?2, ?3 FROM escalations WHERE ticket_id = ?1 AND stage != ?2",
    )?
    .execute(params![ticket_id, resolved, stamp(at)])?;
    conn.prepare_cached("UPDATE escalations SET stage = ?2 WHERE ticket_id = ?1 AND stage != ?2")?
        .execute(params![ticket_id, resolved])?;
    Ok(())
}

fn insert_comment(
    conn: &Connection,
    actor: &Actor,
    ticket_id: i64,
    body: &str,
    internal: bool,
    at: DateTime<Utc>,
) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO comments (ticket_id, author_id, body, internal, created_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        )?
        .query_row(params![ticket_id, actor.id, body, internal, stamp(at)], |r| r.get(0))?)
}

fn user_id(conn: &Connection, name: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM users WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?)
}

/// Re-reads a ticket after a change, as its caller sees it.
fn reload(conn: &Connection, actor: &Actor, key: &str) -> Result<TicketDetail> {
    let row = rows::visible_ticket(conn, actor, key)?;
    rows::detail(conn, actor, row)
}

/// The list filters for "open" and "closed", word for word the conditions of the partial
/// indexes that serve them (migration 004).
const OPEN: &str = "t.status NOT IN ('resolved', 'closed')";
const CLOSED: &str = "t.status NOT IN ('new', 'feedback', 'confirmed', 'assigned', 'escalated')";

/// A list's `status` filter as a condition on `t.status`; `None` for all.
fn status_condition(status: Option<&str>) -> Result<Option<String>> {
    match status.unwrap_or("open") {
        "all" => Ok(None),
        "open" => Ok(Some(OPEN.to_owned())),
        "closed" => Ok(Some(CLOSED.to_owned())),
        other => other
            .parse::<Status>()
            .map(|s| Some(format!("t.status = '{s}'")))
            .map_err(|e| Error::invalid("status", format!("{e}, or open, closed, all"))),
    }
}

fn decode_cursor(cursor: &str) -> Result<i64> {
    cursor
        .strip_prefix('t')
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| Error::invalid("cursor", "this cursor was not issued by this service"))
}

#[async_trait]
impl Store for SqliteStore {
    async fn authenticate(&self, token: &str) -> Result<Option<Actor>> {
        let hash = token_hash(token);
        self.read(move |conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT u.id, u.name, u.email, u.role, u.organisation_id, o.name
                     FROM tokens t JOIN users u ON u.id = t.user_id
                     LEFT JOIN organisations o ON o.id = u.organisation_id
                     WHERE t.hash = ?1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?2)",
                )?
                .query_row(params![hash, stamp(now())], |r| {
                    Ok(Actor {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        email: r.get(2)?,
                        role: rows::parsed(r, 3)?,
                        organisation_id: r.get(4)?,
                        organisation: r.get(5)?,
                    })
                })
                .optional()?)
        })
        .await
    }

    async fn catalogue(&self) -> Result<Catalogue> {
        Ok(self.inner.catalogue.clone())
    }

    async fn create_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        new: NewTicket,
    ) -> Result<TicketDetail> {
        let catalogue = &self.inner.catalogue;
        let priority = match new.priority.clone() {
            Some(p) => p,
            None => catalogue
                .priorities
                .first()
                .map(|p| p.name.clone())
                .ok_or_else(|| Error::internal("no priorities"))?,
        };
        let department = match new.department.clone() {
            Some(d) => d,
            None => catalogue
                .departments
                .first()
                .map(|d| d.name.clone())
                .ok_or_else(|| Error::internal("no departments"))?,
        };
        let prefix = self.inner.ticket_prefix.clone();
        let actor = actor.clone();
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let key = format!("{prefix}-{}", next_number(conn, "ticket")?);
            let ticket_id: i64 = conn
                .prepare_cached(
                    "INSERT INTO tickets (key, title, description, type, priority, department, service, category,
                        project, status, resolution, visibility, channel, requester_id, organisation_id,
                        created_at, updated_at, version)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16, 0)
                     RETURNING id",
                )?
                .query_row(
                    params![
                        key,
                        new.title.trim(),
                        new.description,
                        new.kind.unwrap_or(TicketType::Question).as_str(),
                        priority,
                        department,
                        new.service,
                        new.category,
                        new.project,
                        Status::New.as_str(),
                        Resolution::Open.as_str(),
                        new.visibility.unwrap_or(Visibility::Organisation).as_str(),
                        new.channel.unwrap_or(Channel::Api).as_str(),
                        actor.id,
                        actor.organisation_id,
                        stamp(at),
                    ],
                    |r| r.get(0),
                )?;
            attach(conn, &actor, ticket_id, None, &new.attachments, at)?;
            append_event(conn, ticket_id, "created", &actor, &json!({ "key": key }), at)?;
            reload(conn, &actor, &key)
        })
        .await
    }

    async fn list_tickets(&self, actor: &Actor, query: TicketQuery) -> Result<TicketPage> {
        let status = status_condition(query.status.as_deref())?;
        let after = query.cursor.as_deref().map(decode_cursor).transpose()?;
        let limit = query.limit.unwrap_or(DEFAULT_PAGE);
        if !(1..=MAX_PAGE).contains(&limit) {
            return Err(Error::invalid(
                "limit",
                format!("the page size is 1 to {MAX_PAGE}"),
            ));
        }
        let actor = actor.clone();
        self.read(move |conn| {
            let mut sql = format!("{} WHERE 1 = 1", rows::TICKET_SELECT);
            let mut args: Vec<rusqlite::types::Value> = Vec::new();
            let mut bind = |sql: &mut String, clause: &str, value: rusqlite::types::Value| {
                args.push(value);
                sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
            };
            if let Scope::Requester { user, organisation } = rules::scope(&actor) {
                bind(&mut sql, " AND (t.requester_id = ?", user.into());
                bind(
                    &mut sql,
                    &format!(
                        " OR (t.organisation_id = ? AND t.visibility = '{}'))",
                        Visibility::Organisation
                    ),
                    organisation.into(),
                );
            }
            if let Some(status) = status {
                sql.push_str(" AND ");
                sql.push_str(&status);
            }
            if let Some(kind) = query.kind {
                bind(&mut sql, " AND t.type = ?", kind.as_str().to_owned().into());
            }
            if let Some(priority) = query.priority {
                bind(&mut sql, " AND t.priority = ?", priority.into());
            }
            if let Some(name) = query.assignee {
                bind(&mut sql, " AND a.name = ?", name.into());
            }
            if let Some(name) = query.requester {
                bind(&mut sql, " AND r.name = ?", name.into());
            }
            if query.mine == Some(true) {
                bind(
                    &mut sql,
                    " AND (t.requester_id = ? OR t.assignee_id = ?)",
                    actor.id.into(),
                );
            }
            if let Some(after) = after {
                bind(&mut sql, " AND t.id < ?", after.into());
            }
            let _ = write!(sql, " ORDER BY t.id DESC LIMIT {}", limit + 1);
            let mut items: Vec<TicketRow> = conn
                .prepare_cached(&sql)?
                .query_map(rusqlite::params_from_iter(args), rows::ticket_row)?
                .collect::<rusqlite::Result<_>>()?;
            let next_cursor = if items.len() > limit as usize {
                items.truncate(limit as usize);
                items.last().map(|row| format!("t{}", row.id))
            } else {
                None
            };
            Ok(TicketPage {
                items: items.into_iter().map(|row| row.ticket).collect(),
                next_cursor,
            })
        })
        .await
    }

    async fn ticket(&self, actor: &Actor, key: &str) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.read(move |conn| reload(conn, &actor, &key)).await
    }

    async fn update_ticket(
        &self,
        actor: &Actor,
        key: &str,
        expected_versions: Option<Vec<u64>>,
        patch: TicketPatch,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), None, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            if expected_versions.is_some_and(|v| !v.contains(&row.ticket.version)) {
                return Err(Error::PreconditionFailed(format!(
                    "{key} changed since you read it (it is at version {}); read it again",
                    row.ticket.version
                )));
            }
            rules::may_edit(&actor, row.ownership(), &key, row.status(), &patch)?;
            let mut sets: Vec<(&str, rusqlite::types::Value)> = Vec::new();
            let mut set = |column: &'static str, value: Option<rusqlite::types::Value>| {
                if let Some(value) = value {
                    sets.push((column, value));
                }
            };
            set(
                "title",
                patch.title.clone().map(|t| t.trim().to_owned().into()),
            );
            set("description", patch.description.clone().map(Into::into));
            set("type", patch.kind.map(|k| k.as_str().to_owned().into()));
            set("priority", patch.priority.clone().map(Into::into));
            set("department", patch.department.clone().map(Into::into));
            set("service", patch.service.clone().map(Into::into));
            set("category", patch.category.clone().map(Into::into));
            set("project", patch.project.clone().map(Into::into));
            if let Some(name) = patch.assignee.as_deref() {
                let assignee = if name.is_empty() {
                    rusqlite::types::Value::Null
                } else {
                    let (id, role) = conn
                        .prepare_cached("SELECT id, role FROM users WHERE name = ?1")?
                        .query_row([name], |r| Ok((r.get::<_, i64>(0)?, rows::parsed(r, 1)?)))
                        .optional()?
                        .ok_or_else(|| Error::invalid("assignee", format!("no user '{name}'")))?;
                    rules::may_be_assignee(name, role)?;
                    id.into()
                };
                set("assignee_id", Some(assignee));
                let status = rules::status_on_assignment(row.status(), !name.is_empty());
                if status != row.status() {
                    set("status", Some(status.as_str().to_owned().into()));
                }
            }
            if sets.is_empty() {
                return rows::detail(conn, &actor, row);
            }
            let assignments = sets
                .iter()
                .enumerate()
                .map(|(i, (c, _))| format!("{c} = ?{}", i + 2))
                .collect::<Vec<_>>()
                .join(", ");
            let mut values: Vec<rusqlite::types::Value> = vec![row.id.into()];
            values.extend(sets.into_iter().map(|(_, v)| v));
            conn.execute(
                &format!("UPDATE tickets SET {assignments} WHERE id = ?1"),
                rusqlite::params_from_iter(values),
            )?;
            append_event(
                conn,
                row.id,
                "updated",
                &actor,
                &serde_json::to_value(&patch).map_err(Error::internal)?,
                at,
            )?;
            reload(conn, &actor, &key)
        })
        .await
    }

    async fn add_comment(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        comment: NewComment,
    ) -> Result<Comment> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            rules::may_comment(&actor, &key, row.status(), comment.internal)?;
            let id = insert_comment(conn, &actor, row.id, &comment.body, comment.internal, at)?;
            let attachments = attach(conn, &actor, row.id, Some(id), &comment.attachments, at)?;
            append_event(
                conn,
                row.id,
                "commented",
                &actor,
                &json!({ "comment": id, "internal": comment.internal }),
                at,
            )?;
            Ok(Comment {
                id: id.cast_unsigned(),
                author: actor.name.clone(),
                body: comment.body,
                internal: comment.internal,
                created_at: at,
                attachments: attachments.into_iter().map(i64::cast_unsigned).collect(),
            })
        })
        .await
    }

    async fn record_upload(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        blob: StoredBlob,
    ) -> Result<Upload> {
        let uploader = actor.id;
        self.mutate(actor, idem, move |conn, at| {
            let id = uuid::Uuid::new_v4().simple().to_string();
            conn.prepare_cached(
                "INSERT INTO uploads (id, uploader_id, name, media_type, size, sha256, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![id, uploader, blob.name, blob.media_type, blob.size.cast_signed(), blob.sha256, stamp(at)])?;
            Ok(Upload { id, name: blob.name, media_type: blob.media_type, size: blob.size, sha256: blob.sha256 })
        })
        .await
    }

    async fn discard_upload(&self, actor: &Actor, id: &str) -> Result<Vec<String>> {
        let (uploader, id) = (actor.id, id.to_owned());
        self.inner
            .writer
            .write(move |conn| {
                let exists: bool = conn
                    .prepare_cached("SELECT EXISTS (SELECT 1 FROM uploads WHERE id = ?1 AND uploader_id = ?2 AND used = 0)")?
                    .query_row(params![id, uploader], |r| r.get(0))?;
                if !exists {
                    return Err(Error::NotFound(format!("no unused upload '{id}' of yours")));
                }
                delete_unused_uploads(conn, "id = ?1 AND uploader_id = ?2", params![id, uploader])
            })
            .await
    }

    async fn unreferenced(&self, contents: Vec<String>) -> Result<Vec<String>> {
        self.read(move |conn| unreferenced(conn, contents)).await
    }

    async fn expire_uploads(&self, before: DateTime<Utc>) -> Result<Vec<String>> {
        self.inner
            .writer
            .write(move |conn| delete_unused_uploads(conn, "created_at < ?1", [stamp(before)]))
            .await
    }

    async fn expire_idempotency_keys(&self, before: DateTime<Utc>) -> Result<u64> {
        self.inner
            .writer
            .write(move |conn| {
                let deleted = conn
                    .prepare_cached("DELETE FROM idempotency WHERE created_at < ?1")?
                    .execute([stamp(before)])?;
                Ok(deleted as u64)
            })
            .await
    }

    async fn attach_uploads(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        uploads: Vec<String>,
    ) -> Result<Vec<Attachment>> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            rules::may_comment(&actor, &key, row.status(), false)?;
            let ids = attach(conn, &actor, row.id, None, &uploads, at)?;
            append_event(
                conn,
                row.id,
                "attached",
                &actor,
                &json!({ "attachments": ids }),
                at,
            )?;
            let mut select =
                conn.prepare_cached(&format!("{} WHERE a.id = ?1", rows::ATTACHMENT_SELECT))?;
            ids.iter()
                .map(|id| Ok(select.query_row([id], rows::attachment)?))
                .collect()
        })
        .await
    }

    async fn attachment(&self, actor: &Actor, id: u64) -> Result<Attachment> {
        let actor = actor.clone();
        let id = id.cast_signed();
        self.read(move |conn| {
            // Seen by those who see its ticket, and, on an internal note, by staff alone.
            let missing = || Error::NotFound(format!("no attachment {id}"));
            let (ticket, internal): (String, bool) = conn
                .prepare_cached(
                    "SELECT t.key, c.internal IS 1 FROM attachments a
                     JOIN tickets t ON t.id = a.ticket_id
                     LEFT JOIN comments c ON c.id = a.comment_id
                     WHERE a.id = ?1",
                )?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
                .ok_or_else(missing)?;
            if internal && !rules::is_staff(&actor) {
                return Err(missing());
            }
            rows::visible_ticket(conn, &actor, &ticket).map_err(|_| missing())?;
            Ok(conn
                .prepare_cached(&format!("{} WHERE a.id = ?1", rows::ATTACHMENT_SELECT))?
                .query_row([id], rows::attachment)?)
        })
        .await
    }

    async fn escalate(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        reason: String,
    ) -> Result<Escalation> {
        let (actor, key) = (actor.clone(), self.key(key));
        let prefix = self.inner.escalation_prefix.clone();
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            let active: bool = conn
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM escalations WHERE ticket_id = ?1 AND stage != ?2)")?
                .query_row(params![row.id, EscalationStage::Resolved.as_str()], |r| r.get(0))?;
            rules::may_escalate(&key, row.status(), active)?;
            let escalation_key = format!("{prefix}-{}", next_number(conn, "escalation")?);
            let id: i64 = conn
                .prepare_cached(
                    "INSERT INTO escalations (key, ticket_id, reason, stage, requested_by, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
                )?
                .query_row(
                    params![escalation_key, row.id, reason.trim(), EscalationStage::Submitted.as_str(), actor.id, stamp(at)],
                    |r| r.get(0),
                )?;
            conn.prepare_cached("INSERT INTO escalation_stages (escalation_id, stage, at) VALUES (?1, ?2, ?3)")?
                .execute(params![id, EscalationStage::Submitted.as_str(), stamp(at)])?;
            conn.prepare_cached("UPDATE tickets SET status = ?2 WHERE id = ?1")?
                .execute(params![row.id, Status::Escalated.as_str()])?;
            append_event(conn, row.id, "escalated", &actor, &json!({ "escalation": escalation_key }), at)?;
            rows::escalations(conn, row.id, &key)?
                .into_iter()
                .find(|e| e.key == escalation_key)
                .ok_or_else(|| Error::internal("escalation vanished"))
        })
        .await
    }

    async fn close_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        mut close: CloseTicket,
    ) -> Result<TicketDetail> {
        let (actor, key) = (actor.clone(), self.key(key));
        close.duplicate_of = close.duplicate_of.map(|original| self.key(&original));
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            let resolution = rules::close(&actor, row.ownership(), &key, row.status(), &close)?;
            // The original is named as the caller sees it: one they may not see is missing.
            if let Some(original) = &close.duplicate_of {
                rows::visible_ticket(conn, &actor, original)?;
            }
            if let Some(comment) = close.comment.as_deref().filter(|c| !c.trim().is_empty()) {
                insert_comment(conn, &actor, row.id, comment, false, at)?;
            }
            conn.prepare_cached("UPDATE tickets SET status = ?2, resolution = ?3, duplicate_of = ?4, closed_at = ?5 WHERE id = ?1")?
                .execute(params![row.id, Status::Closed.as_str(), resolution.as_str(), close.duplicate_of, stamp(at)])?;
            end_escalations(conn, row.id, at)?;
            append_event(conn, row.id, "closed", &actor, &json!({ "resolution": resolution }), at)?;
            reload(conn, &actor, &key)
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
        self.mutate(&actor.clone(), idem, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            let status = rules::reopen(&actor, row.ownership(), &key, row.status(), row.assignee_id.is_some())?;
            if let Some(comment) = reopen.comment.as_deref().filter(|c| !c.trim().is_empty()) {
                insert_comment(conn, &actor, row.id, comment, false, at)?;
            }
            conn.prepare_cached(
                "UPDATE tickets SET status = ?2, resolution = ?3, duplicate_of = NULL, closed_at = NULL WHERE id = ?1",
            )?
            .execute(params![row.id, status.as_str(), Resolution::Reopened.as_str()])?;
            append_event(conn, row.id, "reopened", &actor, &json!({ "status": status }), at)?;
            reload(conn, &actor, &key)
        })
        .await
    }

    async fn user_count(&self) -> Result<u64> {
        self.read(|conn| {
            Ok(conn
                .query_row("SELECT count(*) FROM users", [], |r| r.get::<_, i64>(0))?
                .cast_unsigned())
        })
        .await
    }

    async fn add_user(&self, user: User) -> Result<User> {
        self.inner.writer.write(move |conn| {
            let at = now();
            if user_id(conn, &user.name)?.is_some() {
                return Err(Error::Conflict(format!("a user '{}' already exists", user.name)));
            }
            let organisation: Option<i64> = match &user.organisation {
                None => None,
                Some(name) => Some(
                    conn.prepare_cached(
                        "INSERT INTO organisations (name, created_at) VALUES (?1, ?2)
                         ON CONFLICT (name) DO UPDATE SET name = name RETURNING id",
                    )?
                    .query_row(params![name, stamp(at)], |r| r.get(0))?,
                ),
            };
            conn.prepare_cached(
                "INSERT INTO users (name, email, role, organisation_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![user.name, user.email, user.role.as_str(), organisation, stamp(at)])?;
            Ok(user)
        })
        .await
    }

    async fn create_token(
        &self,
        user: &str,
        name: &str,
        valid_days: Option<u32>,
    ) -> Result<IssuedToken> {
        let (user, name) = (user.to_owned(), name.to_owned());
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        let secret = format!("tik_{}", hex::encode(bytes));
        let hash = token_hash(&secret);
        let info = self
            .inner
            .writer
            .write(move |conn| {
                let at = now();
                let owner = user_id(conn, &user)?.ok_or_else(|| Error::NotFound(format!("no user '{user}'")))?;
                let expires = valid_days.map(|days| stamp(at + chrono::Duration::days(i64::from(days))));
                conn.prepare_cached(
                    "INSERT INTO tokens (user_id, name, hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![owner, name, hash, stamp(at), expires])?;
                token_info(conn, conn.last_insert_rowid())
            })
            .await?;
        Ok(IssuedToken { secret, info })
    }

    async fn users(&self) -> Result<Vec<User>> {
        self.read(|conn| {
            let mut statement = conn.prepare_cached(
                "SELECT u.name, u.email, u.role, o.name FROM users u
                 LEFT JOIN organisations o ON o.id = u.organisation_id ORDER BY u.name",
            )?;
            let users = statement.query_map([], |r| {
                Ok(User {
                    name: r.get(0)?,
                    email: r.get(1)?,
                    role: rows::parsed(r, 2)?,
                    organisation: r.get(3)?,
                })
            })?;
            Ok(users.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn tokens(&self, user: Option<&str>) -> Result<Vec<TokenInfo>> {
        let user = user.map(str::to_owned);
        self.read(move |conn| {
            if let Some(name) = &user
                && user_id(conn, name)?.is_none()
            {
                return Err(Error::NotFound(format!("no user '{name}'")));
            }
            let mut statement = conn.prepare_cached(&format!(
                "{TOKEN_INFO} WHERE ?1 IS NULL OR u.name = ?1 ORDER BY t.id"
            ))?;
            let tokens = statement.query_map(params![user], token_row)?;
            Ok(tokens.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn revoke_token(&self, id: u64) -> Result<TokenInfo> {
        self.inner
            .writer
            .write(move |conn| {
                let id = i64::try_from(id).map_err(|_| no_token(id))?;
                conn.prepare_cached(
                    "UPDATE tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
                )?
                .execute(params![id, stamp(now())])?;
                token_info(conn, id)
            })
            .await
    }
}

const TOKEN_INFO: &str = "SELECT t.id, u.name, t.name, t.created_at, t.expires_at, t.revoked_at
     FROM tokens t JOIN users u ON u.id = t.user_id";

fn token_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<TokenInfo> {
    Ok(TokenInfo {
        id: r.get::<_, i64>(0)?.cast_unsigned(),
        user: r.get(1)?,
        name: r.get(2)?,
        created_at: rows::time(r, 3)?,
        expires_at: rows::opt_time(r, 4)?,
        revoked_at: rows::opt_time(r, 5)?,
    })
}

fn token_info(conn: &Connection, id: i64) -> Result<TokenInfo> {
    conn.prepare_cached(&format!("{TOKEN_INFO} WHERE t.id = ?1"))?
        .query_row(params![id], token_row)
        .optional()?
        .ok_or_else(|| no_token(id.cast_unsigned()))
}

fn no_token(id: u64) -> Error {
    Error::NotFound(format!("no token {id}: `tik admin token list` shows them"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_open_and_closed_filters_name_the_statuses_that_are_and_are_not_open() {
        let listed = |open: bool| {
            let statuses: Vec<String> = Status::ALL
                .iter()
                .filter(|s| s.is_open() == open)
                .map(|s| format!("'{s}'"))
                .collect();
            statuses.join(", ")
        };
        assert_eq!(OPEN, format!("t.status NOT IN ({})", listed(false)));
        assert_eq!(CLOSED, format!("t.status NOT IN ({})", listed(true)));
    }

    /// The default list reads a page off an index in key order, never sorting every ticket.
    #[test]
    fn open_and_closed_lists_walk_an_index_in_key_order() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("t.db"), "CS").unwrap();
        let conn = connect(&store.inner.path).unwrap();
        for condition in [OPEN, CLOSED] {
            let plan: Vec<String> = conn
                .prepare(&format!(
                    "EXPLAIN QUERY PLAN {} WHERE {condition} ORDER BY t.id DESC LIMIT 31",
                    rows::TICKET_SELECT
                ))
                .unwrap()
                .query_map([], |r| r.get(3))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            let plan = plan.join("; ");
            assert!(!plan.contains("TEMP B-TREE"), "{condition}: {plan}");
            assert!(plan.contains("USING INDEX tickets_"), "{condition}: {plan}");
        }
    }

    /// A fresh store in a temporary directory (kept alive by the first value) with one
    /// requester, signed in.
    async fn store_with_requester() -> (tempfile::TempDir, SqliteStore, Actor) {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("t.db"), "CS").unwrap();
        let user = User {
            name: "ann".into(),
            email: "ann@example.com".into(),
            role: crate::api::Role::Requester,
            organisation: None,
        };
        store.add_user(user).await.unwrap();
        let token = store.create_token("ann", "t", None).await.unwrap();
        let ann = store.authenticate(&token.secret).await.unwrap().unwrap();
        (dir, store, ann)
    }

    fn blob(sha256: &str) -> StoredBlob {
        StoredBlob {
            name: "a.txt".into(),
            media_type: "text/plain".into(),
            size: 1,
            sha256: sha256.into(),
        }
    }

    /// Withdrawn or expired uploads report their content as removable only once nothing else
    /// (another upload, an attachment) holds the same bytes.
    #[tokio::test]
    async fn unused_uploads_release_their_content_when_nothing_else_shares_it() {
        let (_dir, store, ann) = store_with_requester().await;

        let first = store.record_upload(&ann, None, blob("aa")).await.unwrap();
        let second = store.record_upload(&ann, None, blob("aa")).await.unwrap();
        let attached = store.record_upload(&ann, None, blob("bb")).await.unwrap();
        let new = NewTicket {
            title: "t".into(),
            attachments: vec![attached.id.clone()],
            ..NewTicket::default()
        };
        store.create_ticket(&ann, None, new).await.unwrap();
        let late = store.record_upload(&ann, None, blob("bb")).await.unwrap();

        assert_eq!(
            store.discard_upload(&ann, &first.id).await.unwrap(),
            Vec::<String>::new()
        );
        assert!(store.discard_upload(&ann, &first.id).await.is_err());
        assert!(store.discard_upload(&ann, &attached.id).await.is_err());
        assert_eq!(
            store.discard_upload(&ann, &second.id).await.unwrap(),
            ["aa"]
        );
        let later = now() + chrono::Duration::seconds(1);
        assert_eq!(
            store.expire_uploads(later).await.unwrap(),
            Vec::<String>::new()
        );
        assert!(store.discard_upload(&ann, &late.id).await.is_err());
    }

    #[tokio::test]
    async fn an_idempotency_key_replays_until_it_is_forgotten() {
        let (_dir, store, ann) = store_with_requester().await;
        let new = NewTicket {
            title: "once".into(),
            ..NewTicket::default()
        };
        let idem = || Some(Idempotency::new("k1".into(), "create", &new));
        let create = |idem| store.create_ticket(&ann, idem, new.clone());
        assert_eq!(create(idem()).await.unwrap().ticket.key, "CS-1");
        assert_eq!(create(idem()).await.unwrap().ticket.key, "CS-1");
        let before = now() - chrono::Duration::seconds(60);
        assert_eq!(store.expire_idempotency_keys(before).await.unwrap(), 0);
        let later = now() + chrono::Duration::seconds(1);
        assert_eq!(store.expire_idempotency_keys(later).await.unwrap(), 1);
        assert_eq!(create(idem()).await.unwrap().ticket.key, "CS-2");
    }

    #[tokio::test]
    async fn a_token_past_its_expiry_or_revoked_authenticates_no_one() {
        let (_dir, store, _ann) = store_with_requester().await;
        let expired = store.create_token("ann", "old", Some(0)).await.unwrap();
        assert!(store.authenticate(&expired.secret).await.unwrap().is_none());
        let live = store.create_token("ann", "live", Some(1)).await.unwrap();
        assert!(store.authenticate(&live.secret).await.unwrap().is_some());
        let revoked = store.revoke_token(live.info.id).await.unwrap();
        assert!(revoked.revoked_at.is_some());
        assert!(store.authenticate(&live.secret).await.unwrap().is_none());
    }
}
