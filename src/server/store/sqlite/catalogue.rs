//! The catalogue: priorities, departments, services, ticket types, the category tree, and the
//! attachment limits it sets. The service keeps a copy in memory with the catalogue's version;
//! each use reads the version (one row) and rereads the rest only when an import moved it.

use std::sync::Arc;

use async_trait::async_trait;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::SqliteStore;
use crate::api::{
    AttachmentSettings, Catalogue, Category, Department, Priority, Service, TypeInfo,
};
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::CatalogueStore;
pub(super) use crate::server::store::shared::catalogue::Versioned;
use crate::server::store::shared::catalogue::{
    default_catalogue, insertion_order, media_types, media_types_text, ticket_type,
};

fn version(conn: &Connection) -> Result<u64> {
    Ok(conn
        .prepare_cached("SELECT version FROM catalogue WHERE id = 1")?
        .query_row([], |r| r.get(0))?)
}

pub(super) fn load(conn: &Connection) -> Result<Versioned> {
    let version = version(conn)?;
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
        .prepare("SELECT code, label, parent, description FROM categories ORDER BY position")?
        .query_map([], |r| {
            Ok(Category {
                code: r.get(0)?,
                label: r.get(1)?,
                parent: r.get(2)?,
                description: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let types = conn
        .prepare("SELECT name, label, description FROM ticket_types ORDER BY position")?
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))?
        .map(|row| {
            let (name, label, description) = row?;
            Ok(TypeInfo {
                name: ticket_type(&name)?,
                label,
                description,
            })
        })
        .collect::<Result<_>>()?;
    let (max_file_bytes, max_files_per_message, allowed): (Option<u64>, Option<u32>, Option<String>) =
        conn.query_row(
            "SELECT max_file_bytes, max_files_per_message, allowed_media_types FROM catalogue WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
    let allowed_media_types = media_types(allowed)?;
    Ok(Versioned {
        version,
        catalogue: Arc::new(Catalogue {
            priorities,
            departments,
            services,
            categories,
            types,
        }),
        attachments: AttachmentSettings {
            max_file_bytes,
            max_files_per_message,
            allowed_media_types,
        },
    })
}

/// Replaces every row of the catalogue inside the caller's transaction and bumps its
/// version. Tickets hold the values themselves, not references, so they keep theirs.
fn replace(
    conn: &Connection,
    catalogue: &Catalogue,
    attachments: &AttachmentSettings,
) -> Result<u64> {
    conn.execute_batch(
        "DELETE FROM priorities; DELETE FROM departments; DELETE FROM services;
         DELETE FROM ticket_types; DELETE FROM categories;",
    )?;
    for (rank, p) in (1_i64..).zip(&catalogue.priorities) {
        conn.execute(
            "INSERT INTO priorities (name, rank, label, guidance) VALUES (?1, ?2, ?3, ?4)",
            params![p.name, rank, p.label, p.guidance],
        )?;
    }
    for (position, d) in (1_i64..).zip(&catalogue.departments) {
        conn.execute(
            "INSERT INTO departments (name, label, description, position) VALUES (?1, ?2, ?3, ?4)",
            params![d.name, d.label, d.description, position],
        )?;
    }
    for (position, s) in (1_i64..).zip(&catalogue.services) {
        conn.execute(
            "INSERT INTO services (name, label, position) VALUES (?1, ?2, ?3)",
            params![s.name, s.label, position],
        )?;
    }
    for (position, t) in (1_i64..).zip(&catalogue.types) {
        conn.execute(
            "INSERT INTO ticket_types (name, label, description, position) VALUES (?1, ?2, ?3, ?4)",
            params![t.name.as_str(), t.label, t.description, position],
        )?;
    }
    for (position, c) in insertion_order(&catalogue.categories) {
        conn.execute(
            "INSERT INTO categories (code, parent, label, description, position)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![c.code, c.parent, c.label, c.description, position],
        )?;
    }
    let allowed = media_types_text(attachments)?;
    Ok(conn
        .prepare(
            "UPDATE catalogue SET version = version + 1, max_file_bytes = ?1,
                 max_files_per_message = ?2, allowed_media_types = ?3
             WHERE id = 1 RETURNING version",
        )?
        .query_row(
            params![
                attachments.max_file_bytes,
                attachments.max_files_per_message,
                allowed
            ],
            |r| r.get(0),
        )?)
}

/// A database whose catalogue no one has set yet (version 0, as the migrations left it)
/// gets the default catalogue file.
pub(super) fn set_default_if_unset(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let unset = tx
        .query_row("SELECT version FROM catalogue WHERE id = 1", [], |r| {
            r.get::<_, u64>(0)
        })
        .optional()?
        .is_none_or(|version| version == 0);
    if unset {
        let (catalogue, attachments) = default_catalogue()?;
        replace(&tx, &catalogue, &attachments)?;
    }
    tx.commit()?;
    Ok(())
}

impl SqliteStore {
    /// The catalogue in force. Its version is read on every call, on a connection kept for
    /// that alone and on the calling thread: a row of a table of one, a few microseconds,
    /// where a hop to a pooled reader would cost more than the query. Only after an import
    /// are the catalogue's rows read again, on a pooled reader.
    pub(super) async fn current_catalogue(&self) -> Result<Arc<Versioned>> {
        let cached = self.inner.catalogue.read().expect("catalogue").clone();
        let now = version(&self.inner.catalogue_version.lock().expect("version reader"))?;
        if now == cached.version {
            return Ok(cached);
        }
        let fresh = self.read(|conn| load(conn).map(Arc::new)).await?;
        let mut kept = self.inner.catalogue.write().expect("catalogue");
        if fresh.version > kept.version {
            *kept = fresh.clone();
        }
        Ok(fresh)
    }
}

#[async_trait]
impl CatalogueStore for SqliteStore {
    async fn catalogue(&self) -> Result<Arc<Catalogue>> {
        Ok(self.current_catalogue().await?.catalogue.clone())
    }

    async fn attachment_settings(&self) -> Result<AttachmentSettings> {
        Ok(self.current_catalogue().await?.attachments.clone())
    }

    async fn import_catalogue(
        &self,
        catalogue: Catalogue,
        attachments: AttachmentSettings,
    ) -> Result<u64> {
        rules::validate_catalogue(&catalogue, &attachments)?;
        self.inner
            .writer
            .write(move |conn| replace(conn, &catalogue, &attachments))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::store_with_requester;
    use crate::api::{AttachmentSettings, Catalogue, NewTicket};
    use crate::catalogue_file::CatalogueFile;
    use crate::server::store::{CatalogueStore, TicketStore};

    #[tokio::test]
    async fn a_new_database_holds_the_default_catalogue_file() {
        let (_dir, store, _ann) = store_with_requester().await;
        let (default, attachments) = CatalogueFile::default_catalogue().into_parts();
        assert_eq!(*store.catalogue().await.unwrap(), default);
        assert_eq!(store.attachment_settings().await.unwrap(), attachments);
    }

    /// Another store on the same file stands for `tik admin` while the service runs.
    #[tokio::test]
    async fn an_import_by_another_process_is_seen_and_tickets_keep_their_values() {
        let (dir, store, ann) = store_with_requester().await;
        let filed = NewTicket {
            title: "filed".into(),
            priority: Some("very-urgent".into()),
            ..NewTicket::default()
        };
        store.create_ticket(&ann, None, filed).await.unwrap();
        let operator = super::SqliteStore::open(&dir.path().join("t.db"), "CS").unwrap();
        let (mut catalogue, attachments) = CatalogueFile::default_catalogue().into_parts();
        catalogue.priorities.truncate(2);
        let before = store.current_catalogue().await.unwrap().version;
        let after = operator
            .import_catalogue(catalogue.clone(), attachments)
            .await
            .unwrap();
        assert_eq!(after, before + 1);
        assert_eq!(*store.catalogue().await.unwrap(), catalogue);
        let kept = store.ticket(&ann, "CS-1", false).await.unwrap();
        assert_eq!(kept.ticket.priority, "very-urgent");
    }

    #[tokio::test]
    async fn a_refused_import_changes_nothing() {
        let (_dir, store, _ann) = store_with_requester().await;
        let before = store.catalogue().await.unwrap();
        let mut bad: Catalogue = (*before).clone();
        bad.priorities.clear();
        bad.departments[0].label = "Changed".into();
        let err = store
            .import_catalogue(bad, AttachmentSettings::default())
            .await
            .unwrap_err();
        assert!(err.to_string().contains("at least one priority"), "{err}");
        assert_eq!(store.catalogue().await.unwrap(), before);
    }
}
