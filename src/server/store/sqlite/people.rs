//! Users, organisations and API tokens.

use async_trait::async_trait;
use rusqlite::{Connection, OptionalExtension, params};

use super::SqliteStore;
use super::rows::{self, now, stamp};
use crate::api::{Role, User};
use crate::server::error::{Error, Result};
use crate::server::rules;
use crate::server::store::shared::people::{
    authentication, new_secret, no_token, no_user, numbered, organisation_exists, token_name_taken,
    user_exists, words,
};
use crate::server::store::{
    Actor, Authentication, Credentials, IssuedToken, Membership, NewToken, Organisation,
    PeopleStore, SameName, TokenInfo, UserChange, token_hash,
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
    .ok_or_else(|| no_user(name))
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
    async fn authenticate(&self, token: &str) -> Result<Authentication> {
        let hash = token_hash(token);
        self.read(move |conn| {
            let found = conn
                .prepare_cached(&format!(
                    "{TOKEN_INFO}, u.id, u.email, u.role, u.organisation_id, o.name
                     FROM tokens t JOIN users u ON u.id = t.user_id
                     LEFT JOIN organisations o ON o.id = u.organisation_id
                     WHERE t.hash = ?1"
                ))?
                .query_row([hash], |r| {
                    let actor = Actor {
                        id: r.get(8)?,
                        name: r.get(1)?,
                        email: r.get(9)?,
                        role: rows::parsed(r, 10)?,
                        organisation_id: r.get(11)?,
                        organisation: r.get(12)?,
                    };
                    Ok((token_row(r)?, actor))
                })
                .optional()?;
            Ok(authentication(found, now()))
        })
        .await
    }

    fn record_token_use(&self, id: u64, at: chrono::DateTime<chrono::Utc>) {
        let Ok(id) = i64::try_from(id) else {
            return;
        };
        // The condition keeps one write a minute even when requests race to record it.
        self.inner.writer.submit("a token's use", move |conn| {
            conn.prepare_cached(
                "UPDATE tokens SET last_used_at = ?2
                 WHERE id = ?1 AND (last_used_at IS NULL OR last_used_at < ?2)",
            )?
            .execute(params![id, stamp(at)])?;
            Ok(())
        });
    }

    async fn credentials(&self, name: &str) -> Result<Option<Credentials>> {
        let name = name.to_owned();
        self.read(move |conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT u.name, u.email, u.role, o.name, u.password_hash FROM users u
                     LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.name = ?1",
                )?
                .query_row([name], |r| {
                    Ok(Credentials {
                        user: user_row(r)?,
                        password_hash: r.get(4)?,
                    })
                })
                .optional()?)
        })
        .await
    }

    async fn set_password(&self, name: &str, password_hash: String) -> Result<()> {
        let name = name.to_owned();
        self.inner
            .writer
            .write(move |conn| {
                let changed = conn
                    .prepare_cached("UPDATE users SET password_hash = ?2 WHERE name = ?1")?
                    .execute(params![name, password_hash])?;
                if changed == 0 {
                    return Err(no_user(&name));
                }
                Ok(())
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
                return Err(user_exists(&user.name));
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
                    return Err(organisation_exists(&name));
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

    async fn create_token(&self, new: NewToken) -> Result<IssuedToken> {
        let secret = new_secret();
        let hash = token_hash(&secret);
        let info = self
            .inner
            .writer
            .write(move |conn| {
                let at = now();
                rules::validate_token_name("name", &new.name)?;
                let (owner, role) = user_role(conn, &new.user)?;
                let scopes = rules::token_scopes(&new.user, role, new.scopes.as_deref())?;
                let name = free_name(conn, owner, &new, at)?;
                let expires = new
                    .valid_days
                    .map(|days| stamp(at + chrono::Duration::days(i64::from(days))));
                conn.prepare_cached(
                    "INSERT INTO tokens (user_id, name, hash, scopes, created_at, expires_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )?
                .execute(params![
                    owner,
                    name,
                    hash,
                    words(&scopes),
                    stamp(at),
                    expires
                ])?;
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
                return Err(no_user(name));
            }
            let mut statement = conn.prepare_cached(&format!(
                "{TOKEN_INFO} {TOKEN_TABLES} WHERE ?1 IS NULL OR u.name = ?1 ORDER BY t.id"
            ))?;
            let tokens = statement.query_map(params![user], token_row)?;
            Ok(tokens.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn live_tokens(&self, user: &str) -> Result<Vec<TokenInfo>> {
        let user = user.to_owned();
        self.read(move |conn| {
            let owner = user_id(conn, &user)?.ok_or_else(|| no_user(&user))?;
            let mut statement = conn.prepare_cached(&format!(
                "{TOKEN_INFO} {TOKEN_TABLES} WHERE t.user_id = ?1 AND t.revoked_at IS NULL ORDER BY t.id"
            ))?;
            let tokens = statement.query_map([owner], token_row)?;
            Ok(tokens.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn revoke_named_token(&self, user: &str, name: &str) -> Result<Option<TokenInfo>> {
        let (user, name) = (user.to_owned(), name.to_owned());
        self.inner
            .writer
            .write(move |conn| {
                let owner = user_id(conn, &user)?.ok_or_else(|| no_user(&user))?;
                let Some(id) = live_token(conn, owner, &name)? else {
                    return Ok(None);
                };
                revoke(conn, id, now())?;
                token_info(conn, id).map(Some)
            })
            .await
    }

    async fn revoke_token(&self, id: u64) -> Result<TokenInfo> {
        self.inner
            .writer
            .write(move |conn| {
                let id = i64::try_from(id).map_err(|_| no_token(id))?;
                revoke(conn, id, now())?;
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

/// The columns [`token_row`] reads, from [`TOKEN_TABLES`] (more may follow).
const TOKEN_INFO: &str = "SELECT t.id, u.name, t.name, t.scopes, t.created_at, t.expires_at,
     t.revoked_at, t.last_used_at";
const TOKEN_TABLES: &str = "FROM tokens t JOIN users u ON u.id = t.user_id";

fn token_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<TokenInfo> {
    Ok(TokenInfo {
        id: r.get::<_, i64>(0)?.cast_unsigned(),
        user: r.get(1)?,
        name: r.get(2)?,
        scopes: rows::parsed_words(r, 3)?,
        created_at: rows::time(r, 4)?,
        expires_at: rows::opt_time(r, 5)?,
        revoked_at: rows::opt_time(r, 6)?,
        last_used_at: rows::opt_time(r, 7)?,
    })
}

fn user_role(conn: &Connection, name: &str) -> Result<(i64, Role)> {
    conn.prepare_cached("SELECT id, role FROM users WHERE name = ?1")?
        .query_row([name], |r| Ok((r.get(0)?, rows::parsed(r, 1)?)))
        .optional()?
        .ok_or_else(|| no_user(name))
}

/// The id of `owner`'s token named `name` that is not revoked (there is one at most).
fn live_token(conn: &Connection, owner: i64, name: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM tokens WHERE user_id = ?1 AND name = ?2 AND revoked_at IS NULL",
        )?
        .query_row(params![owner, name], |r| r.get(0))
        .optional()?)
}

fn revoke(conn: &Connection, id: i64, at: chrono::DateTime<chrono::Utc>) -> Result<()> {
    conn.prepare_cached("UPDATE tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL")?
        .execute(params![id, stamp(at)])?;
    Ok(())
}

/// The name the new token takes, once a live token of the same name is dealt with as asked.
fn free_name(
    conn: &Connection,
    owner: i64,
    new: &NewToken,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<String> {
    let Some(taken) = live_token(conn, owner, &new.name)? else {
        return Ok(new.name.clone());
    };
    match new.same_name {
        SameName::Refuse => Err(token_name_taken(&new.user, &new.name, taken)),
        SameName::Replace => {
            revoke(conn, taken, at)?;
            Ok(new.name.clone())
        }
        SameName::Number => {
            for numbered in numbered(&new.name) {
                if live_token(conn, owner, &numbered)?.is_none() {
                    return Ok(numbered);
                }
            }
            unreachable!("some number is free")
        }
    }
}

fn token_info(conn: &Connection, id: i64) -> Result<TokenInfo> {
    conn.prepare_cached(&format!("{TOKEN_INFO} {TOKEN_TABLES} WHERE t.id = ?1"))?
        .query_row(params![id], token_row)
        .optional()?
        .ok_or_else(|| no_token(id.cast_unsigned()))
}

#[cfg(test)]
mod tests {
    use super::super::testing::store_with_requester;
    use crate::api::TokenScope;
    use crate::server::store::{Authentication, NewToken, PeopleStore, SameName};

    fn ended(outcome: &Authentication) -> bool {
        matches!(
            outcome,
            Authentication::Expired { .. } | Authentication::Revoked { .. }
        )
    }

    #[tokio::test]
    async fn a_token_past_its_expiry_or_revoked_authenticates_no_one() {
        let (_dir, store, _ann) = store_with_requester().await;
        let old = NewToken {
            valid_days: Some(0),
            ..NewToken::named("ann", "old")
        };
        let expired = store.create_token(old).await.unwrap();
        assert!(ended(&store.authenticate(&expired.secret).await.unwrap()));
        let live = NewToken {
            valid_days: Some(1),
            ..NewToken::named("ann", "live")
        };
        let live = store.create_token(live).await.unwrap();
        let Authentication::Valid(caller) = store.authenticate(&live.secret).await.unwrap() else {
            panic!("a live token authenticates");
        };
        assert_eq!(caller.actor.name, "ann");
        assert_eq!(caller.token.scopes, [TokenScope::Read, TokenScope::Write]);
        let revoked = store.revoke_token(live.info.id).await.unwrap();
        assert!(revoked.revoked_at.is_some());
        assert!(ended(&store.authenticate(&live.secret).await.unwrap()));
        assert!(matches!(
            store.authenticate("tik_unknown").await.unwrap(),
            Authentication::Unknown
        ));
    }

    #[tokio::test]
    async fn a_live_token_name_is_refused_replaced_or_numbered() {
        let (_dir, store, _ann) = store_with_requester().await;
        let first = store
            .create_token(NewToken::named("ann", "laptop"))
            .await
            .unwrap();
        let refused = store.create_token(NewToken::named("ann", "laptop")).await;
        assert!(
            refused.is_err_and(|e| e.to_string().contains("already has a token named 'laptop'"))
        );
        let numbered = NewToken {
            same_name: SameName::Number,
            ..NewToken::named("ann", "laptop")
        };
        let second = store.create_token(numbered.clone()).await.unwrap();
        let third = store.create_token(numbered).await.unwrap();
        assert_eq!(
            (second.info.name.as_str(), third.info.name.as_str()),
            ("laptop-2", "laptop-3")
        );
        let replacing = NewToken {
            same_name: SameName::Replace,
            ..NewToken::named("ann", "laptop")
        };
        let replaced = store.create_token(replacing).await.unwrap();
        assert!(ended(&store.authenticate(&first.secret).await.unwrap()));
        let names: Vec<String> = store
            .live_tokens("ann")
            .await
            .unwrap()
            .into_iter()
            .map(|t| t.name)
            .collect();
        assert_eq!(names, ["t", "laptop-2", "laptop-3", "laptop"]);
        assert_eq!(store.tokens(Some("ann")).await.unwrap().len(), 5);
        let revoked = store
            .revoke_named_token("ann", "laptop")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(revoked.id, replaced.info.id);
        assert!(
            store
                .revoke_named_token("ann", "laptop")
                .await
                .unwrap()
                .is_none()
        );
        assert!(store.revoke_named_token("ghost", "laptop").await.is_err());
    }

    #[tokio::test]
    async fn a_requester_gets_no_admin_scope() {
        let (_dir, store, _ann) = store_with_requester().await;
        let admin = NewToken {
            scopes: Some(vec![TokenScope::Admin]),
            ..NewToken::named("ann", "x")
        };
        let refused = store.create_token(admin).await;
        assert!(refused.is_err_and(|e| e.to_string().contains("'admin' scope is for admins")));
        let read_only = NewToken {
            scopes: Some(vec![TokenScope::Read]),
            ..NewToken::named("ann", "x")
        };
        let made = store.create_token(read_only).await.unwrap();
        assert_eq!(made.info.scopes, [TokenScope::Read]);
    }

    #[tokio::test]
    async fn a_use_is_recorded_once_a_minute_without_waiting() {
        let (_dir, store, _ann) = store_with_requester().await;
        let id = store.live_tokens("ann").await.unwrap()[0].id;
        let minute = chrono::DateTime::parse_from_rfc3339("2026-03-01T10:07:00Z")
            .unwrap()
            .to_utc();
        store.record_token_use(id, minute);
        // An earlier time never overwrites a later one.
        store.record_token_use(id, minute - chrono::Duration::minutes(5));
        // The writer takes jobs in order: a write awaited after them sees them done.
        store
            .set_password("ann", "$argon2id$x".into())
            .await
            .unwrap();
        let token = &store.live_tokens("ann").await.unwrap()[0];
        assert_eq!(token.last_used_at, Some(minute));
    }

    #[tokio::test]
    async fn a_password_is_kept_as_given_and_read_back_with_its_user() {
        let (_dir, store, _ann) = store_with_requester().await;
        let none = store.credentials("ann").await.unwrap().unwrap();
        assert!(none.password_hash.is_none());
        store
            .set_password("ann", "$argon2id$v=19$…".into())
            .await
            .unwrap();
        let set = store.credentials("ann").await.unwrap().unwrap();
        assert_eq!(set.password_hash.as_deref(), Some("$argon2id$v=19$…"));
        assert_eq!(set.user.name, "ann");
        assert!(store.credentials("ghost").await.unwrap().is_none());
        assert!(store.set_password("ghost", String::new()).await.is_err());
    }
}
