//! Users, organisations and API tokens: the PostgreSQL twin of the SQLite backend's `people`.
//!
//! Names are unique in the schema (users, organisations, a user's live tokens by
//! `tokens_live_name`): where two replicas could take one name at once, the insert says
//! `ON CONFLICT DO NOTHING` and a missing row is the conflict the SQLite backend's check gives.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use deadpool_postgres::Pool;
use tokio_postgres::Row;
use tokio_postgres::types::ToSql;

use super::rows::{execute, now, parsed, parsed_words, query, query_one, query_opt, unsigned};
use super::{PgStore, Tx, transaction};
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

/// How many times a new token's name is chosen again when another replica took it between
/// the choice and the insert; each time the choice sees the name taken, so one more is rare.
const NAME_ATTEMPTS: usize = 8;

/// The organisation `name`, made if it is new. Two replicas making it at once both get it.
async fn organisation_id(tx: &Tx<'_>, name: &str, at: DateTime<Utc>) -> Result<i64> {
    Ok(query_one(
        tx,
        "INSERT INTO organisations (name, created_at) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET name = organisations.name RETURNING id",
        &[&name, &at],
    )
    .await?
    .try_get(0)?)
}

const USER_SELECT: &str = "SELECT u.name, u.email, u.role, o.name FROM users u
     LEFT JOIN organisations o ON o.id = u.organisation_id";

async fn user(tx: &Tx<'_>, name: &str) -> Result<User> {
    let sql = format!("{USER_SELECT} WHERE u.name = $1");
    query_opt(tx, &sql, &[&name])
        .await?
        .as_ref()
        .map(user_row)
        .transpose()?
        .ok_or_else(|| no_user(name))
}

fn user_row(row: &Row) -> Result<User> {
    Ok(User {
        name: row.try_get(0)?,
        email: row.try_get(1)?,
        role: parsed(row, 2)?,
        organisation: row.try_get(3)?,
    })
}

pub(super) async fn user_id(tx: &Tx<'_>, name: &str) -> Result<Option<i64>> {
    query_opt(tx, "SELECT id FROM users WHERE name = $1", &[&name])
        .await?
        .map(|row| row.try_get(0))
        .transpose()
        .map_err(Into::into)
}

/// Moves a token's last use forward to `at`, never back: uses recorded out of order, or by
/// two replicas at once, keep the latest.
async fn record_use(pool: &Pool, id: i64, at: DateTime<Utc>) -> Result<()> {
    let client = pool.get().await?;
    let statement = client
        .prepare_cached(
            "UPDATE tokens SET last_used_at = $2
             WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2)",
        )
        .await?;
    client.execute(&statement, &[&id, &at]).await?;
    Ok(())
}

#[async_trait]
impl PeopleStore for PgStore {
    async fn authenticate(&self, token: &str) -> Result<Authentication> {
        let hash = token_hash(token);
        let sql = format!(
            "{TOKEN_INFO}, u.id, u.email, u.role, u.organisation_id, o.name
             FROM tokens t JOIN users u ON u.id = t.user_id
             LEFT JOIN organisations o ON o.id = u.organisation_id
             WHERE t.hash = $1"
        );
        // One statement, so no transaction: it sees one snapshot as it is (every request
        // starts here, and a transaction's BEGIN and COMMIT would be two round trips more).
        let client = self.inner.pool.get().await?;
        let statement = client.prepare_cached(&sql).await?;
        let found = match client.query_opt(&statement, &[&hash]).await? {
            None => None,
            Some(row) => {
                let actor = Actor {
                    id: row.try_get(8)?,
                    name: row.try_get(1)?,
                    email: row.try_get(9)?,
                    role: parsed(&row, 10)?,
                    organisation_id: row.try_get(11)?,
                    organisation: row.try_get(12)?,
                };
                Some((token_row(&row)?, actor))
            }
        };
        Ok(authentication(found, now()))
    }

    fn record_token_use(&self, id: u64, at: DateTime<Utc>) {
        let Ok(id) = i64::try_from(id) else {
            return;
        };
        let pool = self.inner.pool.clone();
        tokio::spawn(async move {
            if let Err(err) = record_use(&pool, id, at).await {
                tracing::warn!(%err, "cannot record a token's use");
            }
        });
    }

    async fn credentials(&self, name: &str) -> Result<Option<Credentials>> {
        let name = name.to_owned();
        self.read(move |tx| {
            Box::pin(async move {
                let sql = "SELECT u.name, u.email, u.role, o.name, u.password_hash FROM users u
                     LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.name = $1";
                query_opt(tx, sql, &[&name])
                    .await?
                    .map(|row| {
                        Ok(Credentials {
                            user: user_row(&row)?,
                            password_hash: row.try_get(4)?,
                        })
                    })
                    .transpose()
            })
        })
        .await
    }

    async fn set_password(&self, name: &str, password_hash: String) -> Result<()> {
        let name = name.to_owned();
        transaction(&self.inner.pool, move |tx| {
            Box::pin(async move {
                let changed = execute(
                    tx,
                    "UPDATE users SET password_hash = $2 WHERE name = $1",
                    &[&name, &password_hash],
                )
                .await?;
                if changed == 0 {
                    return Err(no_user(&name));
                }
                Ok(())
            })
        })
        .await
    }

    async fn user_count(&self) -> Result<u64> {
        self.read(|tx| {
            Box::pin(async move {
                let row = query_one(tx, "SELECT count(*) FROM users", &[]).await?;
                unsigned(&row, 0)
            })
        })
        .await
    }

    async fn add_user(&self, user: User) -> Result<User> {
        transaction(&self.inner.pool, move |tx| {
            Box::pin(async move {
                let at = now();
                let organisation = match user.organisation.as_deref() {
                    Some(name) => Some(organisation_id(tx, name, at).await?),
                    None => None,
                };
                // The name's uniqueness is the check: another replica may be adding it too.
                let added = query_opt(
                    tx,
                    "INSERT INTO users (name, email, role, organisation_id, created_at)
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO NOTHING RETURNING id",
                    &[
                        &user.name,
                        &user.email,
                        &user.role.as_str(),
                        &organisation,
                        &at,
                    ],
                )
                .await?;
                if added.is_none() {
                    return Err(user_exists(&user.name));
                }
                Ok(user)
            })
        })
        .await
    }

    async fn set_user(&self, name: &str, change: UserChange) -> Result<User> {
        let name = name.to_owned();
        transaction(&self.inner.pool, move |tx| {
            Box::pin(async move {
                let at = now();
                user(tx, &name).await?;
                if let Some(email) = &change.email {
                    execute(
                        tx,
                        "UPDATE users SET email = $2 WHERE name = $1",
                        &[&name, email],
                    )
                    .await?;
                }
                if let Some(role) = change.role {
                    execute(
                        tx,
                        "UPDATE users SET role = $2 WHERE name = $1",
                        &[&name, &role.as_str()],
                    )
                    .await?;
                }
                if let Some(membership) = &change.organisation {
                    let id = match membership {
                        Membership::Join(name) => Some(organisation_id(tx, name, at).await?),
                        Membership::Leave => None,
                    };
                    execute(
                        tx,
                        "UPDATE users SET organisation_id = $2 WHERE name = $1",
                        &[&name, &id],
                    )
                    .await?;
                }
                user(tx, &name).await
            })
        })
        .await
    }

    async fn add_organisation(&self, name: &str) -> Result<Organisation> {
        let name = name.to_owned();
        transaction(&self.inner.pool, move |tx| {
            Box::pin(async move {
                let added = query_opt(
                    tx,
                    "INSERT INTO organisations (name, created_at) VALUES ($1, $2)
                     ON CONFLICT (name) DO NOTHING RETURNING id",
                    &[&name, &now()],
                )
                .await?;
                if added.is_none() {
                    return Err(organisation_exists(&name));
                }
                organisations(tx, Some(&name))
                    .await?
                    .pop()
                    .ok_or_else(|| Error::internal("the organisation vanished"))
            })
        })
        .await
    }

    async fn organisations(&self) -> Result<Vec<Organisation>> {
        self.read(|tx| Box::pin(organisations(tx, None))).await
    }

    async fn create_token(&self, new: NewToken) -> Result<IssuedToken> {
        let secret = new_secret();
        let hash = token_hash(&secret);
        let info = transaction(&self.inner.pool, move |tx| {
            Box::pin(async move {
                let at = now();
                rules::validate_token_name("name", &new.name)?;
                let (owner, role) = user_role(tx, &new.user).await?;
                let scopes = rules::token_scopes(&new.user, role, new.scopes.as_deref())?;
                let scopes = words(&scopes);
                let expires = new
                    .valid_days
                    .map(|days| at + chrono::Duration::days(i64::from(days)));
                for _ in 0..NAME_ATTEMPTS {
                    let name = free_name(tx, owner, &new, at).await?;
                    // `tokens_live_name` decides when another replica took the name since:
                    // the insert then waits for it, adds nothing, and the name is chosen again.
                    let added = query_opt(
                        tx,
                        "INSERT INTO tokens (user_id, name, hash, scopes, created_at, expires_at)
                         VALUES ($1, $2, $3, $4, $5, $6)
                         ON CONFLICT (user_id, name) WHERE revoked_at IS NULL DO NOTHING
                         RETURNING id",
                        &[&owner, &name, &hash, &scopes, &at, &expires],
                    )
                    .await?;
                    if let Some(added) = added {
                        return token_info(tx, added.try_get(0)?).await;
                    }
                }
                Err(Error::Conflict(format!(
                    "{} is being given tokens named '{}' by others at the same time: send it again",
                    new.user, new.name
                )))
            })
        })
        .await?;
        Ok(IssuedToken { secret, info })
    }

    async fn users(&self) -> Result<Vec<User>> {
        self.read(|tx| {
            Box::pin(async move {
                let sql = format!("{USER_SELECT} ORDER BY u.name");
                query(tx, &sql, &[]).await?.iter().map(user_row).collect()
            })
        })
        .await
    }

    async fn tokens(&self, user: Option<&str>) -> Result<Vec<TokenInfo>> {
        let user = user.map(str::to_owned);
        self.read(move |tx| {
            Box::pin(async move {
                if let Some(name) = &user
                    && user_id(tx, name).await?.is_none()
                {
                    return Err(no_user(name));
                }
                token_list(tx, "$1::text IS NULL OR u.name = $1", &user).await
            })
        })
        .await
    }

    async fn live_tokens(&self, user: &str) -> Result<Vec<TokenInfo>> {
        let user = user.to_owned();
        self.read(move |tx| {
            Box::pin(async move {
                let owner = user_id(tx, &user).await?.ok_or_else(|| no_user(&user))?;
                token_list(tx, "t.user_id = $1 AND t.revoked_at IS NULL", &owner).await
            })
        })
        .await
    }

    async fn revoke_named_token(&self, user: &str, name: &str) -> Result<Option<TokenInfo>> {
        let (user, name) = (user.to_owned(), name.to_owned());
        transaction(&self.inner.pool, move |tx| {
            Box::pin(async move {
                let owner = user_id(tx, &user).await?.ok_or_else(|| no_user(&user))?;
                let Some(id) = live_token(tx, owner, &name).await? else {
                    return Ok(None);
                };
                revoke(tx, id, now()).await?;
                token_info(tx, id).await.map(Some)
            })
        })
        .await
    }

    async fn revoke_token(&self, id: u64) -> Result<TokenInfo> {
        transaction(&self.inner.pool, move |tx| {
            Box::pin(async move {
                let id = i64::try_from(id).map_err(|_| no_token(id))?;
                revoke(tx, id, now()).await?;
                token_info(tx, id).await
            })
        })
        .await
    }
}

/// Every organisation, or the one named, with its members and tickets counted.
async fn organisations(tx: &Tx<'_>, name: Option<&str>) -> Result<Vec<Organisation>> {
    query(
        tx,
        "SELECT o.name, o.created_at,
            (SELECT count(*) FROM users u WHERE u.organisation_id = o.id),
            (SELECT count(*) FROM tickets t WHERE t.organisation_id = o.id)
         FROM organisations o WHERE $1::text IS NULL OR o.name = $1 ORDER BY o.name",
        &[&name],
    )
    .await?
    .iter()
    .map(|row| {
        Ok(Organisation {
            name: row.try_get(0)?,
            created_at: row.try_get(1)?,
            members: unsigned(row, 2)?,
            tickets: unsigned(row, 3)?,
        })
    })
    .collect()
}

/// The columns [`token_row`] reads, from [`TOKEN_TABLES`] (more may follow).
const TOKEN_INFO: &str = "SELECT t.id, u.name, t.name, t.scopes, t.created_at, t.expires_at,
     t.revoked_at, t.last_used_at";
const TOKEN_TABLES: &str = "FROM tokens t JOIN users u ON u.id = t.user_id";

fn token_row(row: &Row) -> Result<TokenInfo> {
    Ok(TokenInfo {
        id: unsigned(row, 0)?,
        user: row.try_get(1)?,
        name: row.try_get(2)?,
        scopes: parsed_words(row, 3)?,
        created_at: row.try_get(4)?,
        expires_at: row.try_get(5)?,
        revoked_at: row.try_get(6)?,
        last_used_at: row.try_get(7)?,
    })
}

/// The tokens that meet `condition` (on `$1`), oldest first.
async fn token_list(
    tx: &Tx<'_>,
    condition: &str,
    param: &(dyn ToSql + Sync),
) -> Result<Vec<TokenInfo>> {
    let sql = format!("{TOKEN_INFO} {TOKEN_TABLES} WHERE {condition} ORDER BY t.id");
    query(tx, &sql, &[param])
        .await?
        .iter()
        .map(token_row)
        .collect()
}

async fn user_role(tx: &Tx<'_>, name: &str) -> Result<(i64, Role)> {
    let row = query_opt(tx, "SELECT id, role FROM users WHERE name = $1", &[&name])
        .await?
        .ok_or_else(|| no_user(name))?;
    Ok((row.try_get(0)?, parsed(&row, 1)?))
}

/// The id of `owner`'s token named `name` that is not revoked (there is one at most).
async fn live_token(tx: &Tx<'_>, owner: i64, name: &str) -> Result<Option<i64>> {
    query_opt(
        tx,
        "SELECT id FROM tokens WHERE user_id = $1 AND name = $2 AND revoked_at IS NULL",
        &[&owner, &name],
    )
    .await?
    .map(|row| row.try_get(0))
    .transpose()
    .map_err(Into::into)
}

async fn revoke(tx: &Tx<'_>, id: i64, at: DateTime<Utc>) -> Result<()> {
    execute(
        tx,
        "UPDATE tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
        &[&id, &at],
    )
    .await?;
    Ok(())
}

/// The name the new token takes, once a live token of the same name is dealt with as asked.
async fn free_name(tx: &Tx<'_>, owner: i64, new: &NewToken, at: DateTime<Utc>) -> Result<String> {
    let Some(taken) = live_token(tx, owner, &new.name).await? else {
        return Ok(new.name.clone());
    };
    match new.same_name {
        SameName::Refuse => Err(token_name_taken(&new.user, &new.name, taken)),
        SameName::Replace => {
            revoke(tx, taken, at).await?;
            Ok(new.name.clone())
        }
        SameName::Number => {
            for numbered in numbered(&new.name) {
                if live_token(tx, owner, &numbered).await?.is_none() {
                    return Ok(numbered);
                }
            }
            unreachable!("some number is free")
        }
    }
}

async fn token_info(tx: &Tx<'_>, id: i64) -> Result<TokenInfo> {
    let sql = format!("{TOKEN_INFO} {TOKEN_TABLES} WHERE t.id = $1");
    query_opt(tx, &sql, &[&id])
        .await?
        .as_ref()
        .map(token_row)
        .transpose()?
        .ok_or_else(|| no_token(id.cast_unsigned()))
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::PgStore;
    use crate::api::{Role, TokenScope, User};
    use crate::server::error::Error;
    use crate::server::store::{
        Actor, Authentication, Membership, NewToken, PeopleStore, SameName, UserChange,
    };

    /// A store on a fresh database with its default catalogue, and a requester `ann` signed
    /// in with a token named `t`; `None` when there is no test server.
    pub(in super::super) async fn store_with_requester() -> Option<(PgStore, Actor)> {
        let url = super::super::testing::database().await?;
        Some(open_with_requester(&url).await)
    }

    /// A store on the new database at `url`, as [`store_with_requester`] makes it.
    pub(in super::super) async fn open_with_requester(url: &str) -> (PgStore, Actor) {
        let store = PgStore::open(url, "CS").await.unwrap();
        super::super::catalogue::set_default_if_unset(&store.inner.pool)
            .await
            .unwrap();
        let ann = requester(&store, "ann").await;
        (store, ann)
    }

    async fn requester(store: &PgStore, name: &str) -> Actor {
        store.add_user(person(name)).await.unwrap();
        let token = store
            .create_token(NewToken::named(name, "t"))
            .await
            .unwrap();
        let Authentication::Valid(caller) = store.authenticate(&token.secret).await.unwrap() else {
            panic!("a new token authenticates");
        };
        caller.actor
    }

    fn person(name: &str) -> User {
        User {
            name: name.into(),
            email: format!("{name}@example.com"),
            role: Role::Requester,
            organisation: None,
        }
    }

    fn ended(outcome: &Authentication) -> bool {
        matches!(
            outcome,
            Authentication::Expired { .. } | Authentication::Revoked { .. }
        )
    }

    #[tokio::test]
    async fn a_token_past_its_expiry_or_revoked_authenticates_no_one() {
        let Some((store, _ann)) = store_with_requester().await else {
            return;
        };
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
        assert!(store.revoke_token(u64::MAX).await.is_err());
    }

    #[tokio::test]
    async fn a_live_token_name_is_refused_replaced_or_numbered() {
        let Some((store, _ann)) = store_with_requester().await else {
            return;
        };
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
        assert_eq!(store.tokens(None).await.unwrap().len(), 5);
        assert!(store.tokens(Some("ghost")).await.is_err());
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
        let Some((store, _ann)) = store_with_requester().await else {
            return;
        };
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
    async fn a_use_is_recorded_without_waiting_and_never_moves_back() {
        let Some((store, _ann)) = store_with_requester().await else {
            return;
        };
        let id = store.live_tokens("ann").await.unwrap()[0].id;
        let minute = chrono::DateTime::parse_from_rfc3339("2026-03-01T10:07:00Z")
            .unwrap()
            .to_utc();
        store.record_token_use(id, minute);
        let mut waited = 0;
        while store.live_tokens("ann").await.unwrap()[0].last_used_at != Some(minute) {
            waited += 1;
            assert!(waited < 500, "the use is recorded within 5 s");
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        // What the queued task runs, awaited: an earlier time never overwrites a later one.
        let earlier = minute - chrono::Duration::minutes(5);
        super::record_use(&store.inner.pool, id.cast_signed(), earlier)
            .await
            .unwrap();
        let token = &store.live_tokens("ann").await.unwrap()[0];
        assert_eq!(token.last_used_at, Some(minute));
    }

    #[tokio::test]
    async fn a_password_is_kept_as_given_and_read_back_with_its_user() {
        let Some((store, _ann)) = store_with_requester().await else {
            return;
        };
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

    #[tokio::test]
    async fn users_join_and_leave_organisations_which_count_them() {
        let Some((store, _ann)) = store_with_requester().await else {
            return;
        };
        let bob = User {
            organisation: Some("acme".into()),
            ..person("bob")
        };
        store.add_user(bob).await.unwrap();
        let joined = UserChange {
            email: Some("ann@acme.example".into()),
            role: Some(Role::OrgAdmin),
            organisation: Some(Membership::Join("acme".into())),
        };
        let ann = store.set_user("ann", joined).await.unwrap();
        assert_eq!(ann.organisation.as_deref(), Some("acme"));
        assert_eq!(ann.role, Role::OrgAdmin);
        assert_eq!(ann.email, "ann@acme.example");
        let organisations = store.organisations().await.unwrap();
        assert_eq!(organisations.len(), 1);
        assert_eq!((organisations[0].members, organisations[0].tickets), (2, 0));
        let left = UserChange {
            organisation: Some(Membership::Leave),
            ..UserChange::default()
        };
        assert!(
            store
                .set_user("bob", left)
                .await
                .unwrap()
                .organisation
                .is_none()
        );
        assert!(
            store
                .set_user("ghost", UserChange::default())
                .await
                .is_err()
        );
        let names: Vec<String> = store
            .users()
            .await
            .unwrap()
            .into_iter()
            .map(|u| u.name)
            .collect();
        assert_eq!(names, ["ann", "bob"]);
        assert_eq!(store.user_count().await.unwrap(), 2);
        let made = store.add_organisation("globex").await.unwrap();
        assert_eq!((made.name.as_str(), made.members), ("globex", 0));
        let again = store.add_organisation("acme").await.unwrap_err();
        assert_eq!(again.to_string(), "an organisation 'acme' already exists");
        let taken = store.add_user(person("ann")).await.unwrap_err();
        assert_eq!(taken.to_string(), "a user 'ann' already exists");
    }

    /// Two replicas taking one name at once: one gets it, the other the conflict the check
    /// gives, never a database error.
    #[tokio::test]
    async fn replicas_taking_one_name_at_once_meet_a_conflict() {
        let Some(url) = super::super::testing::database().await else {
            return;
        };
        let (a, b) = tokio::join!(PgStore::open(&url, "CS"), PgStore::open(&url, "CS"));
        let (a, b) = (a.unwrap(), b.unwrap());
        let conflict = |outcome: [Result<(), Error>; 2], message: &str| {
            let [first, second] = outcome;
            let refused = match (first, second) {
                (Ok(()), Err(err)) | (Err(err), Ok(())) => err,
                other => panic!("one of them succeeds: {other:?}"),
            };
            assert!(matches!(refused, Error::Conflict(_)), "{refused:?}");
            assert!(refused.to_string().contains(message), "{refused}");
        };
        for round in 0..5 {
            let name = format!("carol{round}");
            let (x, y) = tokio::join!(a.add_user(person(&name)), b.add_user(person(&name)));
            conflict([x.map(drop), y.map(drop)], "already exists");
            let organisation = format!("initech{round}");
            let (x, y) = tokio::join!(
                a.add_organisation(&organisation),
                b.add_organisation(&organisation)
            );
            conflict([x.map(drop), y.map(drop)], "already exists");
            let (x, y) = tokio::join!(
                a.create_token(NewToken::named(&name, "laptop")),
                b.create_token(NewToken::named(&name, "laptop"))
            );
            conflict(
                [x.map(drop), y.map(drop)],
                "already has a token named 'laptop'",
            );
            let numbered = NewToken {
                same_name: SameName::Number,
                ..NewToken::named(&name, "cli")
            };
            let (x, y) = tokio::join!(a.create_token(numbered.clone()), b.create_token(numbered));
            let mut names = [x.unwrap().info.name, y.unwrap().info.name];
            names.sort();
            assert_eq!(names, ["cli", "cli-2"]);
            let replacing = NewToken {
                same_name: SameName::Replace,
                ..NewToken::named(&name, "cli")
            };
            let (x, y) = tokio::join!(a.create_token(replacing.clone()), b.create_token(replacing));
            let (x, y) = (x.unwrap(), y.unwrap());
            let live = a.live_tokens(&name).await.unwrap();
            let live: Vec<u64> = live
                .iter()
                .filter(|t| t.name == "cli")
                .map(|t| t.id)
                .collect();
            assert_eq!(live.len(), 1);
            assert!(live[0] == x.info.id || live[0] == y.info.id);
        }
    }
}
