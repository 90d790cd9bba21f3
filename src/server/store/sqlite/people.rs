//! Users, organisations and API tokens.

use async_trait::async_trait;
use rand::RngCore;
use rusqlite::{Connection, OptionalExtension, params};

use super::SqliteStore;
use super::rows::{self, now, stamp};
use crate::api::User;
use crate::server::error::{Error, Result};
use crate::server::store::{
    Actor, IssuedToken, Membership, Organisation, PeopleStore, TokenInfo, UserChange, token_hash,
};

/// The organisation `name`, made if it is new.
fn organisation_id(
    conn: &Connection,
    name: &str,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO organisations (name, created_at) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET name = name RETURNING id",
        )?
        .query_row(params![name, stamp(at)], |r| r.get(0))?)
}

fn user(conn: &Connection, name: &str) -> Result<User> {
    conn.prepare_cached(
        "SELECT u.name, u.email, u.role, o.name FROM users u
         LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.name = ?1",
    )?
    .query_row([name], user_row)
    .optional()?
    .ok_or_else(|| Error::NotFound(format!("no user '{name}'")))
}

fn user_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        name: r.get(0)?,
        email: r.get(1)?,
        role: rows::parsed(r, 2)?,
        organisation: r.get(3)?,
    })
}

pub(super) fn user_id(conn: &Connection, name: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM users WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?)
}

#[async_trait]
impl PeopleStore for SqliteStore {
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
            let organisation = user
                .organisation
                .as_deref()
                .map(|name| organisation_id(conn, name, at))
                .transpose()?;
            conn.prepare_cached(
                "INSERT INTO users (name, email, role, organisation_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![user.name, user.email, user.role.as_str(), organisation, stamp(at)])?;
            Ok(user)
        })
        .await
    }

    async fn set_user(&self, name: &str, change: UserChange) -> Result<User> {
        let name = name.to_owned();
        self.inner
            .writer
            .write(move |conn| {
                let at = now();
                user(conn, &name)?;
                if let Some(email) = &change.email {
                    conn.prepare_cached("UPDATE users SET email = ?2 WHERE name = ?1")?
                        .execute(params![name, email])?;
                }
                if let Some(role) = change.role {
                    conn.prepare_cached("UPDATE users SET role = ?2 WHERE name = ?1")?
                        .execute(params![name, role.as_str()])?;
                }
                if let Some(membership) = &change.organisation {
                    let id = match membership {
                        Membership::Join(name) => Some(organisation_id(conn, name, at)?),
                        Membership::Leave => None,
                    };
                    conn.prepare_cached("UPDATE users SET organisation_id = ?2 WHERE name = ?1")?
                        .execute(params![name, id])?;
                }
                user(conn, &name)
            })
            .await
    }

    async fn add_organisation(&self, name: &str) -> Result<Organisation> {
        let name = name.to_owned();
        self.inner
            .writer
            .write(move |conn| {
                let exists: bool = conn
                    .prepare_cached("SELECT EXISTS (SELECT 1 FROM organisations WHERE name = ?1)")?
                    .query_row([&name], |r| r.get(0))?;
                if exists {
                    return Err(Error::Conflict(format!(
                        "an organisation '{name}' already exists"
                    )));
                }
                organisation_id(conn, &name, now())?;
                organisations(conn, Some(&name))?
                    .pop()
                    .ok_or_else(|| Error::internal("the organisation vanished"))
            })
            .await
    }

    async fn organisations(&self) -> Result<Vec<Organisation>> {
        self.read(|conn| organisations(conn, None)).await
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
            let users = statement.query_map([], user_row)?;
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

/// Every organisation, or the one named, with its members and tickets counted.
fn organisations(conn: &Connection, name: Option<&str>) -> Result<Vec<Organisation>> {
    let mut statement = conn.prepare_cached(
        "SELECT o.name, o.created_at,
            (SELECT count(*) FROM users u WHERE u.organisation_id = o.id),
            (SELECT count(*) FROM tickets t WHERE t.organisation_id = o.id)
         FROM organisations o WHERE ?1 IS NULL OR o.name = ?1 ORDER BY o.name",
    )?;
    let found = statement.query_map([name], |r| {
        Ok(Organisation {
            name: r.get(0)?,
            created_at: rows::time(r, 1)?,
            members: r.get::<_, i64>(2)?.cast_unsigned(),
            tickets: r.get::<_, i64>(3)?.cast_unsigned(),
        })
    })?;
    Ok(found.collect::<rusqlite::Result<_>>()?)
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
    use super::super::testing::store_with_requester;
    use crate::server::store::PeopleStore;

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
