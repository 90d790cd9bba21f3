//! Shared secrets, one a ticket, held as the service sealed them: the PostgreSQL twin of the
//! SQLite backend's `secrets`.

use async_trait::async_trait;
use chrono::{DateTime, TimeDelta, Utc};

use super::history::{append_event, append_service_event};
use super::rows::{self, execute, now, query, query_one, query_opt};
use super::{PgStore, Tx};
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
    WHERE s.ticket_id = $1 AND s.expires_at > $2";

fn secret_info(row: &tokio_postgres::Row) -> Result<SecretInfo> {
    Ok(SecretInfo {
        given_by: row.try_get(0)?,
        given_at: row.try_get(1)?,
        expires_at: row.try_get(2)?,
    })
}

/// That the ticket holds a secret, while it is kept: an expired one is gone even before the
/// purge removes it.
pub(super) async fn info(tx: &Tx<'_>, ticket_id: i64) -> Result<Option<SecretInfo>> {
    query_opt(tx, INFO_SELECT, &[&ticket_id, &now()])
        .await?
        .as_ref()
        .map(secret_info)
        .transpose()
}

#[async_trait]
impl SecretStore for PgStore {
    async fn give_secret(
        &self,
        actor: &Actor,
        key: &str,
        lifetime: TimeDelta,
        seal: Seal,
    ) -> Result<SecretInfo> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), None, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                rules::may_give_secret(row.party(&actor), &key, row.status())?;
                let Sealed { nonce, ciphertext } = seal(row.id)?;
                let replaced = info(tx, row.id).await?.is_some();
                let expires_at = at + lifetime;
                execute(
                    tx,
                    "INSERT INTO secrets (ticket_id, nonce, ciphertext, given_by, given_at, expires_at)
                     VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (ticket_id) DO UPDATE SET nonce = excluded.nonce,
                        ciphertext = excluded.ciphertext, given_by = excluded.given_by,
                        given_at = excluded.given_at, expires_at = excluded.expires_at",
                    &[&row.id, &nonce, &ciphertext, &actor.id, &at, &expires_at],
                )
                .await?;
                let data = secret_given(replaced, expires_at);
                append_event(tx, row.id, "secret-given", &actor, &data, at).await?;
                Ok(SecretInfo {
                    given_by: actor.name.clone(),
                    given_at: at,
                    expires_at,
                })
            })
        })
        .await
    }

    async fn sealed_secret(&self, actor: &Actor, key: &str) -> Result<SealedSecret> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.read(move |tx| {
            Box::pin(async move {
                let row = rows::visible_ticket(tx, &actor, &key).await?;
                rules::may_read_secret(row.party(&actor))?;
                let info = info(tx, row.id).await?.ok_or_else(|| none_kept(&key))?;
                let sealed = query_one(
                    tx,
                    "SELECT nonce, ciphertext FROM secrets WHERE ticket_id = $1",
                    &[&row.id],
                )
                .await?;
                Ok(SealedSecret {
                    ticket_id: row.id,
                    key,
                    sealed: Sealed {
                        nonce: sealed.try_get(0)?,
                        ciphertext: sealed.try_get(1)?,
                    },
                    info,
                })
            })
        })
        .await
    }

    async fn clear_secret(&self, actor: &Actor, key: &str) -> Result<()> {
        let (actor, key) = (actor.clone(), self.key(key));
        self.mutate(&actor.clone(), None, move |tx, at| {
            Box::pin(async move {
                let row = rows::locked_ticket(tx, &actor, &key).await?;
                rules::may_clear_secret(row.party(&actor))?;
                // An expired secret is already gone for everyone; the purge records its end.
                let cleared = execute(
                    tx,
                    "DELETE FROM secrets WHERE ticket_id = $1 AND expires_at > $2",
                    &[&row.id, &at],
                )
                .await?;
                if cleared == 0 {
                    return Err(none_kept(&key));
                }
                append_event(tx, row.id, "secret-cleared", &actor, &secret_cleared(), at).await
            })
        })
        .await
    }

    async fn purge_secrets(&self, now: DateTime<Utc>) -> Result<u64> {
        self.write(move |tx, _| {
            Box::pin(async move {
                // The tickets first, in the order of their ids, as every change to a ticket
                // locks it before its secret: a secret given meanwhile does not deadlock
                // with its purge, and one given anew since is kept.
                let tickets: Vec<i64> = query(
                    tx,
                    "SELECT t.id FROM tickets t JOIN secrets s ON s.ticket_id = t.id
                     WHERE s.expires_at <= $1 ORDER BY t.id FOR UPDATE OF t",
                    &[&now],
                )
                .await?
                .iter()
                .map(|r| r.try_get(0))
                .collect::<Result<_, _>>()?;
                let expired = query(
                    tx,
                    "DELETE FROM secrets WHERE ticket_id = ANY($1) AND expires_at <= $2
                     RETURNING ticket_id, expires_at",
                    &[&tickets, &now],
                )
                .await?;
                for secret in &expired {
                    let data = secret_purged(secret.try_get(1)?);
                    append_service_event(tx, secret.try_get(0)?, "secret-purged", &data, now)
                        .await?;
                }
                Ok(expired.len() as u64)
            })
        })
        .await
    }

    async fn secrets_kept(&self) -> Result<u64> {
        self.read(|tx| {
            Box::pin(async move {
                let row = query_one(tx, "SELECT count(*) FROM secrets", &[]).await?;
                rows::unsigned(&row, 0)
            })
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;

    use super::super::rows::now;
    use super::super::workflow::fixtures::{kinds, ticket, user};
    use crate::api::Role;
    use crate::server::error::Error;
    use crate::server::store::{Sealed, SecretStore};

    fn seal(bytes: &'static [u8]) -> crate::server::store::Seal {
        Box::new(move |_| {
            Ok(Sealed {
                nonce: b"nonce".to_vec(),
                ciphertext: bytes.to_vec(),
            })
        })
    }

    /// Given, replaced, read by support alone, cleared, and purged once expired, with an
    /// event each that never holds the secret.
    #[tokio::test]
    async fn a_secret_is_kept_until_cleared_or_expired() {
        let Some(store) = super::super::testing::store().await else {
            return;
        };
        let ann = user(&store, "ann", Role::Requester).await;
        let bob = user(&store, "bob", Role::Agent).await;
        let key = ticket(&store, &ann).await;
        let day = TimeDelta::days(1);

        store
            .give_secret(&ann, &key, day, seal(b"one"))
            .await
            .unwrap();
        let info = store
            .give_secret(&ann, &key, day, seal(b"two"))
            .await
            .unwrap();
        let forbidden = store.sealed_secret(&ann, &key).await;
        assert!(matches!(forbidden, Err(Error::Forbidden(_))));
        let sealed = store.sealed_secret(&bob, &key).await.unwrap();
        assert_eq!(sealed.sealed.ciphertext, b"two");
        assert_eq!(sealed.info.expires_at, info.expires_at);
        assert_eq!(store.secrets_kept().await.unwrap(), 1);
        store.clear_secret(&ann, &key).await.unwrap();
        let none = store.clear_secret(&ann, &key).await;
        assert!(matches!(none, Err(Error::NotFound(_))), "{none:?}");

        let brief = TimeDelta::milliseconds(1);
        store
            .give_secret(&ann, &key, brief, seal(b"three"))
            .await
            .unwrap();
        assert_eq!(store.purge_secrets(now() - day).await.unwrap(), 0);
        let later = now() + TimeDelta::seconds(1);
        assert_eq!(store.purge_secrets(later).await.unwrap(), 1);
        assert_eq!(store.purge_secrets(later).await.unwrap(), 0);
        assert_eq!(store.secrets_kept().await.unwrap(), 0);

        assert_eq!(
            kinds(&store, &key).await,
            [
                "secret-given",
                "secret-given",
                "secret-cleared",
                "secret-given",
                "secret-purged"
            ]
        );
        let client = store.inner.pool.get().await.unwrap();
        let purged = client
            .query_one(
                "SELECT actor_id, data FROM events WHERE kind = 'secret-purged'",
                &[],
            )
            .await
            .unwrap();
        assert_eq!(purged.get::<_, Option<i64>>(0), None);
        let data: serde_json::Value = serde_json::from_str(purged.get(1)).unwrap();
        assert_eq!(data["changes"][0]["from"], "given");
        assert!(data["expired_at"].as_str().unwrap().ends_with('Z'));
    }
}
