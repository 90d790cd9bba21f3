//! The catalogue: priorities, departments, services and the category tree.

use async_trait::async_trait;
use rusqlite::Connection;

use super::SqliteStore;
use crate::api::{Catalogue, Category, Department, Priority, Service};
use crate::server::error::Result;
use crate::server::store::CatalogueStore;

pub(super) fn load_catalogue(conn: &Connection) -> Result<Catalogue> {
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

#[async_trait]
impl CatalogueStore for SqliteStore {
    async fn catalogue(&self) -> Result<Catalogue> {
        Ok(self.inner.catalogue.clone())
    }
}
