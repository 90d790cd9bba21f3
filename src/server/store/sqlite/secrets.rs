//! Shared secrets, one a ticket, held as the service sealed them. Every change is an event
//! that says a secret was given, cleared or purged, and never holds the secret.

use async_trait::async_trait;
use chrono::{DateTime, TimeDelta, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::SqliteStore;
use super::history::{append_event, append_service_event};
use super::rows::{self, now, stamp, time};
use crate::api::SecretInfo;
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::shared::secrets::{
    none_kept, secret_cleared, secret_given, secret_purged,
};
use crate::server::store::{Actor, Seal, Sealed, SealedSecret, SecretStore};

const INFO_SELECT: &str = "
    SELECT u.name, s.given_at, s.expires_at
    FROM secrets s JOIN users u ON u.id = s.given_by
    WHERE s.ticket_id = ?1 AND s.expires_at > ?2";

fn secret_info(row: &rusqlite::Row<'_>) -> rusqlite::Result<SecretInfo> {
    Ok(SecretInfo {
        given_by: row.get(0)?,
        given_at: time(row, 1)?,
        expires_at: time(row, 2)?,
    })
}

/// That the ticket holds a secret, while it is kept: an expired one is gone even before the
/// purge removes it.
pub(super) fn info(conn: &Connection, ticket_id: i64) -> Result<Option<SecretInfo>> {
    Ok(conn
        .prepare_cached(INFO_SELECT)?
        .query_row(params![ticket_id, stamp(now())], secret_info)
        .optional()?)
}

#[async_trait]
impl SecretStore for SqliteStore {
    async fn give_secret(
        &self,
        actor: &Actor,
        key: &str,
        lifetime: TimeDelta,
        seal: Seal,
    ) -> Result<SecretInfo> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), None, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            rules::may_give_secret(row.party(&actor), &key, row.status())?;
            let Sealed { nonce, ciphertext } = seal(row.id)?;
            let replaced = info(conn, row.id)?.is_some();
            let expires_at = at + lifetime;
            conn.prepare_cached(
                "INSERT INTO secrets (ticket_id, nonce, ciphertext, given_by, given_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (ticket_id) DO UPDATE SET nonce = excluded.nonce,
                    ciphertext = excluded.ciphertext, given_by = excluded.given_by,
                    given_at = excluded.given_at, expires_at = excluded.expires_at",
            )?
            .execute(params![
                row.id,
                nonce,
                ciphertext,
                actor.id,
                stamp(at),
                stamp(expires_at)
            ])?;
            let data = secret_given(replaced, expires_at);
            append_event(conn, row.id, "secret-given", &actor, &data, at)?;
            Ok(SecretInfo {
                given_by: actor.name.clone(),
                given_at: at,
                expires_at,
            })
        })
        .await
    }

    async fn sealed_secret(&self, actor: &Actor, key: &str) -> Result<SealedSecret> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.read(move |conn| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            rules::may_read_secret(row.party(&actor))?;
            let info = info(conn, row.id)?.ok_or_else(|| none_kept(&key))?;
            let (nonce, ciphertext) = conn
                .prepare_cached("SELECT nonce, ciphertext FROM secrets WHERE ticket_id = ?1")?
                .query_row([row.id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(SealedSecret {
                ticket_id: row.id,
                key,
                sealed: Sealed { nonce, ciphertext },
                info,
            })
        })
        .await
    }

    async fn clear_secret(&self, actor: &Actor, key: &str) -> Result<()> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), None, move |conn, at| {
            let row = rows::visible_ticket(conn, &actor, &key)?;
            rules::may_clear_secret(row.party(&actor))?;
            // An expired secret is already gone for everyone; the purge records its end.
            let cleared = conn
                .prepare_cached("DELETE FROM secrets WHERE ticket_id = ?1 AND expires_at > ?2")?
                .execute(params![row.id, stamp(at)])?;
            if cleared == 0 {
                return Err(none_kept(&key));
            }
            append_event(
                conn,
                row.id,
                "secret-cleared",
                &actor,
                &secret_cleared(),
                at,
            )
        })
        .await
    }

    async fn purge_secrets(&self, now: DateTime<Utc>) -> Result<u64> {
        self.inner
            .writer
            .write(move |conn| {
                let expired: Vec<(i64, DateTime<Utc>)> = conn
                    .prepare_cached(
                        "DELETE FROM secrets WHERE expires_at <= ?1 RETURNING ticket_id, expires_at",
                    )?
                    .query_map([stamp(now)], |r| Ok((r.get(0)?, time(r, 1)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                for (ticket_id, expired_at) in &expired {
                    let data = secret_purged(*expired_at);
                    append_service_event(conn, *ticket_id, "secret-purged", &data, now)?;
                }
                Ok(expired.len() as u64)
            })
            .await
    }

    async fn secrets_kept(&self) -> Result<u64> {
        self.read(|conn| {
            let count: i64 = conn.query_row("SELECT count(*) FROM secrets", [], |r| r.get(0))?;
            Ok(count.cast_unsigned())
        })
        .await
    }
}
