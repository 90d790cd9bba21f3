//! The catalogue of the PostgreSQL backend: the twin of the SQLite backend's `catalogue`. Each
//! replica keeps a copy with the catalogue's version; each use reads the version (one row)
//! and rereads the rest only when an import, on any replica, moved it.

use std::sync::Arc;

use async_trait::async_trait;
use deadpool_postgres::Pool;

use super::rows::{execute, query, query_one, query_opt, unsigned};
use super::transaction;
use super::{PgStore, Tx};
use crate::api::{
    AttachmentSettings, Catalogue, Category, Department, Priority, Service, TypeInfo,
};
use crate::server::error::{Error, Result};
use crate::server::rules;
use crate::server::store::CatalogueStore;
pub(super) use crate::server::store::shared::catalogue::Versioned;
use crate::server::store::shared::catalogue::{
    default_catalogue, insertion_order, media_types, media_types_text, ticket_type,
};

const VERSION: &str = "SELECT version FROM catalogue WHERE id = 1";

async fn load(tx: &Tx<'_>) -> Result<Versioned> {
    let version = unsigned(&query_one(tx, VERSION, &[]).await?, 0)?;
    let rows = |sql| async move { query(tx, sql, &[]).await };
    let priorities = rows("SELECT name, label, guidance FROM priorities ORDER BY rank")
        .await?
        .iter()
        .map(|row| {
            Ok(Priority {
                name: row.try_get(0)?,
                label: row.try_get(1)?,
                guidance: row.try_get(2)?,
            })
        })
        .collect::<Result<_>>()?;
    let departments = rows("SELECT name, label, description FROM departments ORDER BY position")
        .await?
        .iter()
        .map(|row| {
            Ok(Department {
                name: row.try_get(0)?,
                label: row.try_get(1)?,
                description: row.try_get(2)?,
            })
        })
        .collect::<Result<_>>()?;
    let services = rows("SELECT name, label FROM services ORDER BY position")
        .await?
        .iter()
        .map(|row| {
            Ok(Service {
                name: row.try_get(0)?,
                label: row.try_get(1)?,
            })
        })
        .collect::<Result<_>>()?;
    let categories =
        rows("SELECT code, label, parent, description FROM categories ORDER BY position")
            .await?
            .iter()
            .map(|row| {
                Ok(Category {
                    code: row.try_get(0)?,
                    label: row.try_get(1)?,
                    parent: row.try_get(2)?,
                    description: row.try_get(3)?,
                })
            })
            .collect::<Result<_>>()?;
    let types = rows("SELECT name, label, description FROM ticket_types ORDER BY position")
        .await?
        .iter()
        .map(|row| {
            Ok(TypeInfo {
                name: ticket_type(row.try_get(0)?)?,
                label: row.try_get(1)?,
                description: row.try_get(2)?,
            })
        })
        .collect::<Result<_>>()?;
    let limits = query_one(
        tx,
        "SELECT max_file_bytes, max_files_per_message, allowed_media_types FROM catalogue WHERE id = 1",
        &[],
    )
    .await?;
    let max_file_bytes: Option<i64> = limits.try_get(0)?;
    let max_files_per_message: Option<i64> = limits.try_get(1)?;
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
            max_file_bytes: max_file_bytes
                .map(u64::try_from)
                .transpose()
                .map_err(Error::internal)?,
            max_files_per_message: max_files_per_message
                .map(u32::try_from)
                .transpose()
                .map_err(Error::internal)?,
            allowed_media_types: media_types(limits.try_get(2)?)?,
        },
    })
}

/// Replaces every row of the catalogue inside the caller's transaction, which holds the
/// catalogue's row locked ([`lock`]), and bumps its version. Tickets hold the values
/// themselves, not references, so they keep theirs.
async fn replace(
    tx: &Tx<'_>,
    catalogue: &Catalogue,
    attachments: &AttachmentSettings,
) -> Result<u64> {
    tx.batch_execute(
        "DELETE FROM priorities; DELETE FROM departments; DELETE FROM services;
         DELETE FROM ticket_types; DELETE FROM categories;",
    )
    .await?;
    for (rank, p) in (1_i64..).zip(&catalogue.priorities) {
        execute(
            tx,
            "INSERT INTO priorities (name, rank, label, guidance) VALUES ($1, $2, $3, $4)",
            &[&p.name, &rank, &p.label, &p.guidance],
        )
        .await?;
    }
    for (position, d) in (1_i64..).zip(&catalogue.departments) {
        execute(
            tx,
            "INSERT INTO departments (name, label, description, position) VALUES ($1, $2, $3, $4)",
            &[&d.name, &d.label, &d.description, &position],
        )
        .await?;
    }
    for (position, s) in (1_i64..).zip(&catalogue.services) {
        execute(
            tx,
            "INSERT INTO services (name, label, position) VALUES ($1, $2, $3)",
            &[&s.name, &s.label, &position],
        )
        .await?;
    }
    for (position, t) in (1_i64..).zip(&catalogue.types) {
        execute(
            tx,
            "INSERT INTO ticket_types (name, label, description, position) VALUES ($1, $2, $3, $4)",
            &[&t.name.as_str(), &t.label, &t.description, &position],
        )
        .await?;
    }
    for (position, c) in insertion_order(&catalogue.categories) {
        execute(
            tx,
            "INSERT INTO categories (code, parent, label, description, position)
             VALUES ($1, $2, $3, $4, $5)",
            &[&c.code, &c.parent, &c.label, &c.description, &position],
        )
        .await?;
    }
    let max_file_bytes = attachments
        .max_file_bytes
        .map(i64::try_from)
        .transpose()
        .map_err(|_| Error::invalid("max_file_bytes", "this limit is too large"))?;
    let max_files_per_message = attachments.max_files_per_message.map(i64::from);
    let row = query_one(
        tx,
        "UPDATE catalogue SET version = version + 1, max_file_bytes = $1,
             max_files_per_message = $2, allowed_media_types = $3
         WHERE id = 1 RETURNING version",
        &[
            &max_file_bytes,
            &max_files_per_message,
            &media_types_text(attachments)?,
        ],
    )
    .await?;
    unsigned(&row, 0)
}

/// Locks the catalogue's row until the transaction ends, so imports (and replicas opening a
/// new database) replace the catalogue one after another; returns its version, as the
/// previous one left it.
async fn lock(tx: &Tx<'_>) -> Result<Option<u64>> {
    query_opt(
        tx,
        "SELECT version FROM catalogue WHERE id = 1 FOR UPDATE",
        &[],
    )
    .await?
    .map(|row| unsigned(&row, 0))
    .transpose()
}

/// A database whose catalogue no one has set yet (version 0, as the migrations left it)
/// gets the default catalogue file. Replicas opening at once wait for the first, which set it.
pub(super) async fn set_default_if_unset(pool: &Pool) -> Result<()> {
    transaction(pool, |tx| {
        Box::pin(async move {
            if lock(tx).await?.is_none_or(|version| version == 0) {
                let (catalogue, attachments) = default_catalogue()?;
                replace(tx, &catalogue, &attachments).await?;
            }
            Ok(())
        })
    })
    .await
}

impl PgStore {
    /// The catalogue in force. Its version is read on every call, in one statement on a
    /// pooled connection; only after an import (by any replica) are the catalogue's rows read
    /// again, in one snapshot.
    pub(super) async fn current_catalogue(&self) -> Result<Arc<Versioned>> {
        let cached = self.inner.catalogue.read().expect("catalogue").clone();
        if let Some(cached) = cached {
            let client = self.inner.pool.get().await?;
            let statement = client.prepare_cached(VERSION).await?;
            let now = unsigned(&client.query_one(&statement, &[]).await?, 0)?;
            if now == cached.version {
                return Ok(cached);
            }
        }
        let fresh = self
            .read(|tx| Box::pin(async move { load(tx).await.map(Arc::new) }))
            .await?;
        let mut kept = self.inner.catalogue.write().expect("catalogue");
        if kept
            .as_ref()
            .is_none_or(|kept| fresh.version > kept.version)
        {
            *kept = Some(fresh.clone());
        }
        Ok(fresh)
    }
}

#[async_trait]
impl CatalogueStore for PgStore {
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
        transaction(&self.inner.pool, move |tx| {
            Box::pin(async move {
                lock(tx).await?;
                replace(tx, &catalogue, &attachments).await
            })
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::super::PgStore;
    use super::super::people::tests::{open_with_requester, store_with_requester};
    use crate::api::{AttachmentSettings, Catalogue};
    use crate::catalogue_file::CatalogueFile;
    use crate::server::store::CatalogueStore;

    #[tokio::test]
    async fn a_new_database_holds_the_default_catalogue_file() {
        let Some((store, _ann)) = store_with_requester().await else {
            return;
        };
        let (default, attachments) = CatalogueFile::default_catalogue().into_parts();
        assert_eq!(*store.catalogue().await.unwrap(), default);
        assert_eq!(store.attachment_settings().await.unwrap(), attachments);
    }

    /// Replicas opening a new database at once: one sets the default catalogue, once.
    #[tokio::test]
    async fn replicas_opening_at_once_set_the_default_once() {
        let Some(store) = super::super::testing::store().await else {
            return;
        };
        let pool = &store.inner.pool;
        let (a, b) = tokio::join!(
            super::set_default_if_unset(pool),
            super::set_default_if_unset(pool)
        );
        a.unwrap();
        b.unwrap();
        assert_eq!(store.current_catalogue().await.unwrap().version, 1);
    }

    /// A second store on the same database stands for another replica, or `tik admin`.
    #[tokio::test]
    async fn an_import_by_another_replica_is_seen_and_tickets_keep_their_values() {
        let Some(url) = super::super::testing::database().await else {
            return;
        };
        let (store, ann) = open_with_requester(&url).await;
        let client = store.inner.pool.get().await.unwrap();
        client
            .execute(
                "INSERT INTO tickets (key, title, description, type, priority, department,
                     status, resolution, visibility, channel, requester_id, created_at,
                     updated_at, version, public_updated_at)
                 VALUES ('CS-1', 'filed', '', 'incident', 'very-urgent', 'billing', 'new',
                     'unresolved', 'private', 'web', $1, now(), now(), 1, now())",
                &[&ann.id],
            )
            .await
            .unwrap();
        let operator = PgStore::open(&url, "CS").await.unwrap();
        let (mut catalogue, _) = CatalogueFile::default_catalogue().into_parts();
        catalogue.priorities.truncate(2);
        let attachments = AttachmentSettings {
            max_file_bytes: Some(1 << 20),
            max_files_per_message: Some(3),
            allowed_media_types: Some(vec!["image/png".into()]),
        };
        let before = store.current_catalogue().await.unwrap().version;
        let after = operator
            .import_catalogue(catalogue.clone(), attachments.clone())
            .await
            .unwrap();
        assert_eq!(after, before + 1);
        assert_eq!(*store.catalogue().await.unwrap(), catalogue);
        assert_eq!(store.attachment_settings().await.unwrap(), attachments);
        let kept: String = client
            .query_one("SELECT priority FROM tickets WHERE key = 'CS-1'", &[])
            .await
            .unwrap()
            .get(0);
        assert_eq!(kept, "very-urgent");
    }

    #[tokio::test]
    async fn a_refused_import_changes_nothing() {
        let Some((store, _ann)) = store_with_requester().await else {
            return;
        };
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
