//! The PostgreSQL [`EventFeed`]. Several replicas write at once, and an event's `seq` is
//! given before its transaction commits (see `next_event_seq`), so the order events commit in
//! is not their `seq` order: a transaction still running may yet commit an event below one
//! already there. Every read of the feed therefore stops below the oldest transaction still
//! running (`settled!`), where no new event can appear any more, and reads in `seq` order.
//!
//! Each replica has one tailer: it reads what has settled after its cursor and publishes it,
//! once, into the replica's broadcast. It is woken after each of the replica's commits, by
//! the other replicas' commits through `LISTEN tik_events`, and every second besides (a long
//! transaction ending moves the bound without any commit of ours; see [`Chase`] for when it
//! reads sooner). Streams read the table with the same bound, so one that catches up never
//! passes what the tailer will publish.

use std::collections::HashMap;
use std::sync::{Arc, Weak};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures_util::StreamExt as _;
use tokio::sync::{Notify, broadcast};
use tokio::task::JoinHandle;
use tokio::time::{Instant, sleep, sleep_until, timeout};
use tokio_postgres::{AsyncMessage, NoTls};

use super::rows::{self, parsed, query, query_one};
use super::{Inner, PgStore, Tx};
use crate::api::{EventAttachment, StreamReady};
use crate::server::error::Result;
use crate::server::events::{EventFeed, FeedEvent};
use crate::server::store::Actor;
use crate::server::store::shared::events::{Columns, EscalationNow, EventRow, Parts, ticket_state};

/// The channel replicas tell one another of their commits on.
const CHANNEL: &str = "tik_events";

/// How often the tailer reads without being told to, and how often its tasks look whether
/// the store is still there.
const POLL: Duration = Duration::from_secs(1);

/// How long the tailer waits before connecting again, at first and at most.
const FIRST_RETRY: Duration = Duration::from_millis(100);
const LAST_RETRY: Duration = Duration::from_secs(5);

/// How many events the tailer reads at once; it reads again at once after a full batch.
const BATCH: usize = 1024;

/// The first `seq` that may still be written: its transaction's id, or a later one's, is at
/// least the oldest transaction id still running. Below it every event is committed or never
/// will be. In a read-only repeatable-read transaction, every statement sees the same bound.
macro_rules! settled {
    () => {
        "(pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 16)"
    };
}

/// Starts the feed of `store`: from the events there are now, only later ones are published.
pub(super) async fn start_tailer(store: &PgStore) -> Result<()> {
    let cursor = store.read(|tx| Box::pin(head(tx))).await?;
    let wake = Arc::new(Notify::new());
    let inner = Arc::downgrade(&store.inner);
    let mut config = store.inner.config.clone();
    let name = format!(
        "{} feed",
        config.get_application_name().unwrap_or("tik serve")
    );
    config.application_name(&name);
    tokio::spawn(tell_others(
        inner.clone(),
        store.inner.committed.clone(),
        wake.clone(),
    ));
    tokio::spawn(tail(inner, config, cursor, wake));
    Ok(())
}

/// After each commit of this replica, wakes its tailer and tells the other replicas'. One
/// notification for as many commits as came while one was being sent; none in a change's
/// transaction, which would hold it a round trip longer.
async fn tell_others(store: Weak<Inner>, committed: Arc<Notify>, wake: Arc<Notify>) {
    loop {
        if timeout(POLL, committed.notified()).await.is_err() {
            if store.strong_count() == 0 {
                return;
            }
            continue;
        }
        wake.notify_one();
        let Some(inner) = store.upgrade() else { return };
        if let Err(err) = notify(&inner).await {
            // The others still read within a second.
            tracing::warn!(%err, "cannot tell the other replicas of a commit");
        }
    }
}

async fn notify(inner: &Inner) -> Result<()> {
    let client = inner.pool.get().await?;
    let statement = client
        .prepare_cached(&format!("SELECT pg_notify('{CHANNEL}', '')"))
        .await?;
    client.execute(&statement, &[]).await?;
    Ok(())
}

/// The tailer: publishes what settles after `cursor`, until the store is dropped. Its
/// listening connection is its own, outside the pool; when it is lost, the tailer connects
/// again and reads on from its cursor: what committed meanwhile is in the table.
async fn tail(
    store: Weak<Inner>,
    config: tokio_postgres::Config,
    mut cursor: u64,
    wake: Arc<Notify>,
) {
    let mut retry = FIRST_RETRY;
    let mut chase = Chase::new();
    loop {
        let mut listener = match Listener::connect(&config, wake.clone()).await {
            Ok(listener) => {
                retry = FIRST_RETRY;
                Some(listener)
            }
            Err(err) => {
                tracing::warn!(%err, ?retry, "the event feed cannot listen for commits; reading every second meanwhile");
                None
            }
        };
        let reconnect_at = Instant::now() + retry;
        // What committed while it was not listening may not have settled yet.
        let mut woken = true;
        loop {
            let Some(inner) = store.upgrade() else { return };
            let read = publish(&PgStore { inner }, &mut cursor).await;
            let wait = chase.next(woken, read);
            let lost = async {
                match &mut listener {
                    Some(listener) => listener.lost().await,
                    None => sleep_until(reconnect_at).await,
                }
            };
            woken = tokio::select! {
                () = wake.notified() => true,
                () = sleep(wait) => false,
                () = lost => break,
            };
        }
        if listener.is_some() {
            sleep(FIRST_RETRY).await;
        } else {
            retry = (retry * 2).min(LAST_RETRY);
        }
    }
}

/// Publishes the settled events after `cursor`, moving it past them; returns how far the
/// last read reached, if it could read.
async fn publish(store: &PgStore, cursor: &mut u64) -> Option<Reach> {
    loop {
        let after = *cursor;
        let page = match store.read(move |tx| Box::pin(page(tx, after, BATCH))).await {
            Ok(page) => page,
            Err(err) => {
                // Read again at the next wake: the cursor has not moved.
                tracing::error!(%err, "the event feed cannot read the events table");
                return None;
            }
        };
        let full = page.events.len() == BATCH;
        if let Some(last) = page.events.last() {
            *cursor = last.seq();
        }
        for event in page.events {
            // No subscriber: nobody to tell.
            let _ = store.inner.events.send(event);
        }
        if !full {
            return Some(page.reach);
        }
    }
}

/// How far a read of the feed reached, in `seq`s.
#[derive(Debug, Clone, Copy)]
struct Reach {
    /// Below it, every event has settled: the read had them all.
    settled: u64,
    /// Below it are the events of every transaction that had ended when the read began.
    horizon: u64,
}

/// The settled events after a cursor, and how far the read reached.
struct Page {
    events: Vec<Arc<FeedEvent>>,
    reach: Reach,
}

/// Reads a [`Page`]: both statements see the one snapshot of the read transaction.
async fn page(tx: &Tx<'_>, cursor: u64, limit: usize) -> Result<Page> {
    let row = query_one(
        tx,
        concat!(
            "SELECT ",
            settled!(),
            ", pg_snapshot_xmax(pg_current_snapshot())::text::bigint << 16"
        ),
        &[],
    )
    .await?;
    let reach = Reach {
        settled: rows::unsigned(&row, 0)?,
        horizon: rows::unsigned(&row, 1)?,
    };
    let events = read_after(tx, cursor, limit).await?;
    Ok(Page { events, reach })
}

/// When the tailer reads next. Woken by a commit, it may find it not settled yet: a
/// transaction that began before it is still running, maybe in another database of the
/// server, whose end wakes nobody. It then reads again soon, sooner than every second, until
/// what had committed when it was woken has settled.
struct Chase {
    /// The horizon to reach, if the tailer is behind it.
    target: Option<u64>,
    /// The wait before the next read while behind: doubled after each, up to [`POLL`].
    delay: Duration,
}

/// The first wait of a [`Chase`].
const CHASE: Duration = Duration::from_millis(10);

impl Chase {
    fn new() -> Self {
        Self {
            target: None,
            delay: CHASE,
        }
    }

    /// How long to wait after a read that reached `read` (`None`: it failed), made because
    /// a commit woke the tailer or not.
    fn next(&mut self, woken: bool, read: Option<Reach>) -> Duration {
        if let Some(reach) = read {
            if woken {
                self.target = self.target.max(Some(reach.horizon));
            }
            if self.target.is_some_and(|target| reach.settled >= target) {
                self.target = None;
            }
        }
        if self.target.is_none() {
            self.delay = CHASE;
            return POLL;
        }
        let wait = self.delay;
        self.delay = (wait * 2).min(POLL);
        wait
    }
}

/// The tailer's connection, listening on [`CHANNEL`]: each notification wakes the tailer.
struct Listener {
    /// Held for the connection: it closes when this is dropped.
    _client: tokio_postgres::Client,
    connection: JoinHandle<()>,
}

impl Listener {
    async fn connect(
        config: &tokio_postgres::Config,
        wake: Arc<Notify>,
    ) -> std::result::Result<Self, tokio_postgres::Error> {
        let (client, mut connection) = config.connect(NoTls).await?;
        let mut messages = futures_util::stream::poll_fn(move |cx| connection.poll_message(cx));
        let connection = tokio::spawn(async move {
            while let Some(message) = messages.next().await {
                match message {
                    Ok(AsyncMessage::Notification(_)) => wake.notify_one(),
                    Ok(_) => {}
                    Err(err) => {
                        tracing::warn!(%err, "the event feed lost its connection; connecting again");
                        return;
                    }
                }
            }
        });
        client.batch_execute(&format!("LISTEN {CHANNEL}")).await?;
        Ok(Self {
            _client: client,
            connection,
        })
    }

    /// Returns when the connection is lost.
    async fn lost(&mut self) {
        // Ended either way, as it ends only when the connection does.
        let _ = (&mut self.connection).await;
    }
}

/// How long a stream's start waits for the events committed before it to settle.
const SETTLING: Duration = Duration::from_secs(2);

/// The `seq` of the last event this snapshot sees committed, settled or not.
async fn last_committed(tx: &Tx<'_>) -> Result<u64> {
    let row = query_one(tx, "SELECT coalesce(max(seq), 0) FROM events", &[]).await?;
    rows::unsigned(&row, 0)
}

/// The `seq` of the last settled event: what the tailer has published once it reads.
async fn head(tx: &Tx<'_>) -> Result<u64> {
    let row = query_one(
        tx,
        concat!(
            "SELECT coalesce(max(seq), 0) FROM events WHERE seq < ",
            settled!()
        ),
        &[],
    )
    .await?;
    rows::unsigned(&row, 0)
}

/// Settled events after `cursor`, in `seq` order, with what they refer to.
async fn read_after(tx: &Tx<'_>, cursor: u64, limit: usize) -> Result<Vec<Arc<FeedEvent>>> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let found = query(
        tx,
        concat!(
            "SELECT e.seq, e.at, t.key, t.title, e.kind, u.name, e.data,
                    coalesce(e.status, t.status), coalesce(e.resolution, t.resolution),
                    t.id, t.requester_id, t.organisation_id, t.visibility, t.assignee_id
             FROM events e
             JOIN tickets t ON t.id = e.ticket_id
             LEFT JOIN users u ON u.id = e.actor_id
             WHERE e.seq > $1 AND e.seq < ",
            settled!(),
            " ORDER BY e.seq LIMIT $2"
        ),
        &[&cursor.cast_signed(), &limit],
    )
    .await?;
    let events = found
        .iter()
        .map(|r| {
            Ok(EventRow::from(Columns {
                seq: rows::unsigned(r, 0)?,
                at: r.try_get(1)?,
                ticket: r.try_get(2)?,
                title: r.try_get(3)?,
                kind: r.try_get(4)?,
                actor: r.try_get(5)?,
                data: r.try_get(6)?,
                status: parsed(r, 7)?,
                resolution: parsed(r, 8)?,
                ticket_id: r.try_get(9)?,
                requester_id: r.try_get(10)?,
                organisation_id: r.try_get(11)?,
                visibility: parsed(r, 12)?,
                assignee_id: r.try_get(13)?,
            }))
        })
        .collect::<Result<Vec<_>>>()?;
    complete(tx, events).await
}

/// Reads what the events refer to, a query a kind for them all: their comments, files and
/// escalations, and their tickets' watchers.
async fn complete(tx: &Tx<'_>, events: Vec<EventRow>) -> Result<Vec<Arc<FeedEvent>>> {
    if events.is_empty() {
        return Ok(Vec::new());
    }
    let tickets: Vec<i64> = events.iter().map(|e| e.ticket_id).collect();
    let comments: Vec<i64> = events.iter().filter_map(EventRow::comment_id).collect();
    let named: Vec<i64> = events.iter().flat_map(EventRow::attachment_ids).collect();
    let escalations: Vec<&str> = events.iter().filter_map(EventRow::escalation_key).collect();

    let mut watchers: HashMap<i64, Vec<i64>> = HashMap::new();
    for r in query(
        tx,
        "SELECT ticket_id, user_id FROM watchers WHERE ticket_id = ANY($1)",
        &[&tickets],
    )
    .await?
    {
        watchers
            .entry(r.try_get(0)?)
            .or_default()
            .push(r.try_get(1)?);
    }
    let mut bodies: HashMap<i64, (String, bool)> = HashMap::new();
    if !comments.is_empty() {
        for r in query(
            tx,
            "SELECT id, body, internal FROM comments WHERE id = ANY($1)",
            &[&comments],
        )
        .await?
        {
            bodies.insert(r.try_get(0)?, (r.try_get(1)?, r.try_get(2)?));
        }
    }
    // Each file with the comment it came with, in the order they came.
    let mut files: Vec<(Option<i64>, EventAttachment)> = Vec::new();
    let picked = |files: &[(Option<i64>, EventAttachment)],
                  pick: &dyn Fn(Option<i64>, i64) -> bool| {
        files
            .iter()
            .filter(|(comment, file)| pick(*comment, file.id.cast_signed()))
            .map(|(_, file)| file.clone())
            .collect()
    };
    if !comments.is_empty() || !named.is_empty() {
        for r in query(
            tx,
            "SELECT id, name, size, comment_id FROM attachments
             WHERE comment_id = ANY($1) OR id = ANY($2) ORDER BY id",
            &[&comments, &named],
        )
        .await?
        {
            let file = EventAttachment {
                id: rows::unsigned(&r, 0)?,
                name: r.try_get(1)?,
                size: rows::unsigned(&r, 2)?,
            };
            files.push((r.try_get(3)?, file));
        }
    }
    let mut etas: HashMap<String, EscalationNow> = HashMap::new();
    if !escalations.is_empty() {
        for r in query(
            tx,
            "SELECT key, estimated_resolution_at FROM escalations WHERE key = ANY($1)",
            &[&escalations],
        )
        .await?
        {
            let now = EscalationNow {
                estimated_resolution_at: r.try_get(1)?,
            };
            etas.insert(r.try_get(0)?, now);
        }
    }
    Ok(events
        .into_iter()
        .map(|event| {
            let comment = event.comment_id();
            let named = event.attachment_ids();
            let parts = Parts {
                watchers: watchers.get(&event.ticket_id).cloned().unwrap_or_default(),
                comment: comment.and_then(|id| bodies.get(&id).cloned()),
                comment_files: match comment {
                    Some(id) => picked(&files, &|of, _| of == Some(id)),
                    None => Vec::new(),
                },
                named_files: picked(&files, &|_, file| named.contains(&file)),
                escalation: event
                    .escalation_key()
                    .and_then(|key| etas.get(key).copied()),
            };
            event.assemble(parts)
        })
        .collect())
}

#[async_trait]
impl EventFeed for PgStore {
    fn subscribe(&self) -> broadcast::Receiver<Arc<FeedEvent>> {
        self.inner.events.subscribe()
    }

    async fn read_after(&self, cursor: u64, limit: usize) -> Result<Vec<Arc<FeedEvent>>> {
        self.read(move |tx| Box::pin(read_after(tx, cursor, limit)))
            .await
    }

    /// The head is the last event committed when the stream opens, and the tickets stand as
    /// it left them: both read in one snapshot, once every event it holds has settled. That
    /// takes as long as the transactions older than it still run, a few milliseconds; while a
    /// long one somewhere on the server holds the bound back, it waits [`SETTLING`] at most,
    /// then starts from the last settled event, which replays what settles after it: nothing
    /// is lost, a few events may come that the tickets' state already shows.
    async fn position(&self, actor: &Actor, keys: &[String]) -> Result<StreamReady> {
        let keys: Vec<String> = keys.iter().map(|k| self.key(k)).collect();
        let deadline = tokio::time::Instant::now() + SETTLING;
        let mut pause = Duration::from_millis(2);
        loop {
            let (actor, keys) = (actor.clone(), keys.clone());
            let (ready, settled) = self
                .read(move |tx| {
                    Box::pin(async move {
                        let committed = last_committed(tx).await?;
                        let head = head(tx).await?;
                        let mut tickets = Vec::with_capacity(keys.len());
                        for key in &keys {
                            tickets.push(ticket_state(
                                rows::visible_ticket(tx, &actor, key).await?.ticket,
                            ));
                        }
                        Ok((StreamReady { head, tickets }, committed == head))
                    })
                })
                .await?;
            if settled || tokio::time::Instant::now() >= deadline {
                return Ok(ready);
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_millis(100));
        }
    }

    async fn cursor_before(&self, at: DateTime<Utc>) -> Result<u64> {
        self.read(move |tx| {
            Box::pin(async move {
                let row = query_one(
                    tx,
                    concat!(
                        "SELECT coalesce(max(seq), 0) FROM events WHERE at < $1 AND seq < ",
                        settled!()
                    ),
                    &[&at],
                )
                .await?;
                rows::unsigned(&row, 0)
            })
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use serde_json::json;
    use tokio::time::{Instant, sleep, timeout};

    use super::super::{PgStore, history, rows, testing};
    use super::POLL;
    use crate::api::{EscalationStage, Role};
    use crate::server::events::stream::Subscription;
    use crate::server::events::{EventFeed, FeedEvent, Filter};
    use crate::server::store::Actor;

    /// Long enough for any event to come on a busy machine, short enough to fail.
    const PATIENCE: Duration = Duration::from_secs(30);

    /// Held by a test that keeps a write transaction open, which holds back every feed on
    /// the server, and by one that times the feed.
    static HOLDING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

    async fn admin(store: &PgStore) -> Actor {
        let client = store.inner.pool.get().await.unwrap();
        let id: i64 = client
            .query_one(
                "INSERT INTO users (name, email, role, created_at)
                 VALUES ('root', 'root@example.com', 'admin', now()) RETURNING id",
                &[],
            )
            .await
            .unwrap()
            .get(0);
        Actor {
            id,
            name: "root".into(),
            email: "root@example.com".into(),
            role: Role::Admin,
            organisation_id: None,
            organisation: None,
        }
    }

    /// `n` tickets, CS-1 to CS-n, in that order.
    async fn tickets(store: &PgStore, requester: &Actor, n: i64) -> Vec<i64> {
        let client = store.inner.pool.get().await.unwrap();
        client
            .query(
                "INSERT INTO tickets (key, title, description, type, priority, department,
                    status, resolution, visibility, channel, requester_id, created_at,
                    updated_at, version, public_updated_at)
                 SELECT 'CS-' || n, 'ticket ' || n, '', 'incident', 'normal', 'it', 'new',
                    'open', 'private', 'cli', $1, now(), now(), 0, now()
                 FROM generate_series(1, $2::bigint) AS n ORDER BY n RETURNING id",
                &[&requester.id, &n],
            )
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect()
    }

    /// One change on `ticket` that records `events` events.
    async fn change(store: &PgStore, actor: &Actor, ticket: i64, events: usize) {
        let by = actor.clone();
        store
            .mutate(actor, None, move |tx, at| {
                Box::pin(async move {
                    for _ in 0..events {
                        history::append_event(tx, ticket, "commented", &by, &json!({}), at).await?;
                    }
                    Ok(())
                })
            })
            .await
            .unwrap();
    }

    /// Two replicas on one fresh database, an admin, and tickets.
    struct Replicas {
        url: String,
        /// Its broadcast holds every event a test makes.
        a: PgStore,
        b: PgStore,
        admin: Actor,
        tickets: Vec<i64>,
    }

    /// [`Replicas`] with `n` tickets, or `None` without a test server.
    async fn replicas(n: i64) -> Option<Replicas> {
        let url = testing::database().await?;
        let a = PgStore::open_with_buffer(&url, "CS", 1 << 16)
            .await
            .unwrap();
        let b = PgStore::open(&url, "CS").await.unwrap();
        let admin = admin(&a).await;
        let tickets = tickets(&a, &admin, n).await;
        Some(Replicas {
            url,
            a,
            b,
            admin,
            tickets,
        })
    }

    /// A writer a ticket, on each store in turn: `rounds` changes of one event, then two,
    /// and so on, `pause` apart.
    fn writers(
        stores: &[&PgStore],
        actor: &Actor,
        tickets: &[i64],
        rounds: usize,
        pause: Duration,
    ) -> Vec<tokio::task::JoinHandle<()>> {
        tickets
            .iter()
            .enumerate()
            .map(|(n, &ticket)| {
                let (store, actor) = (stores[n % stores.len()].clone(), actor.clone());
                tokio::spawn(async move {
                    for round in 0..rounds {
                        change(&store, &actor, ticket, 1 + round % 2).await;
                        sleep(pause).await;
                    }
                })
            })
            .collect()
    }

    /// Every event's seq, in order, as the table holds them.
    async fn table(store: &PgStore) -> Vec<u64> {
        let client = store.inner.pool.get().await.unwrap();
        client
            .query("SELECT seq FROM events ORDER BY seq", &[])
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<_, i64>(0).cast_unsigned())
            .collect()
    }

    /// The next `n` events of a broadcast.
    async fn receive(
        live: &mut tokio::sync::broadcast::Receiver<Arc<FeedEvent>>,
        n: usize,
    ) -> Vec<u64> {
        let mut seqs = Vec::with_capacity(n);
        while seqs.len() < n {
            let event = timeout(PATIENCE, live.recv())
                .await
                .unwrap_or_else(|_| panic!("only {} events of {n} came", seqs.len()))
                .unwrap();
            seqs.push(event.seq());
        }
        seqs
    }

    /// After a while, nothing more came.
    async fn nothing_more(live: &mut tokio::sync::broadcast::Receiver<Arc<FeedEvent>>) {
        sleep(POLL + POLL / 2).await;
        assert!(live.try_recv().is_err(), "an event came twice");
    }

    /// How many feed listeners the store's database has.
    async fn listeners(store: &PgStore, kill: bool) -> i64 {
        let client = store.inner.pool.get().await.unwrap();
        let sql = if kill {
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
             WHERE datname = current_database() AND application_name = 'tik serve feed'"
        } else {
            "SELECT count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND application_name = 'tik serve feed'
                AND query LIKE 'LISTEN%'"
        };
        client.query_one(sql, &[]).await.unwrap().get(0)
    }

    /// The first `n` events, once they have settled.
    async fn settled(store: &PgStore, n: usize) -> Vec<Arc<FeedEvent>> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let events = store.read_after(0, n + 1).await.unwrap();
            if events.len() >= n {
                assert_eq!(events.len(), n);
                return events;
            }
            assert!(
                Instant::now() < deadline,
                "only {} events of {n}",
                events.len()
            );
            sleep(Duration::from_millis(20)).await;
        }
    }

    async fn until_listening(store: &PgStore, replicas: i64) {
        let deadline = Instant::now() + PATIENCE;
        while listeners(store, false).await < replicas {
            assert!(Instant::now() < deadline, "a feed did not listen again");
            sleep(Duration::from_millis(20)).await;
        }
    }

    /// 32 writers on two replicas at once: the first replica publishes every event once, in
    /// `seq` order; a subscriber that keeps falling behind a broadcast of four (on a third)
    /// gets the same.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn concurrent_writers_on_two_replicas_are_published_once_in_seq_order() {
        let Some(Replicas {
            url,
            a,
            b,
            admin,
            tickets,
        }) = replicas(32).await
        else {
            return;
        };
        let slow = PgStore::open_with_buffer(&url, "CS", 4).await.unwrap();
        let mut live = a.subscribe();
        let feed: Arc<dyn EventFeed> = Arc::new(slow.clone());
        let behind = feed.subscribe();
        let head = feed.position(&admin, &[]).await.unwrap().head;
        let mut subscription =
            Subscription::new(feed, behind, admin.clone(), Filter::default(), head, None);
        let writers = writers(&[&a, &b], &admin, &tickets, 20, Duration::ZERO);
        for writer in writers {
            writer.await.unwrap();
        }
        let total = 32 * 30; // 20 changes of one event or two a ticket
        let published = receive(&mut live, total).await;
        let all = table(&a).await;
        assert_eq!(all.len(), total);
        assert_eq!(published, all, "each event once, in seq order");
        nothing_more(&mut live).await;
        let mut streamed = Vec::new();
        while streamed.len() < total {
            let event = timeout(PATIENCE, subscription.next()).await.unwrap();
            streamed.push(event.unwrap().unwrap().seq());
        }
        assert_eq!(streamed, all);
    }

    /// The tailer's connection killed three times while writers go on: it listens again, and
    /// every event is still published once, in order.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_lost_connection_loses_no_event() {
        let Some(Replicas {
            a,
            b,
            admin,
            tickets,
            ..
        }) = replicas(8).await
        else {
            return;
        };
        let mut live = a.subscribe();
        let writers = writers(&[&a, &b], &admin, &tickets, 40, Duration::from_millis(10));
        for _ in 0..3 {
            until_listening(&a, 2).await;
            assert_eq!(
                listeners(&a, true).await,
                2,
                "both feeds' connections killed"
            );
            sleep(Duration::from_millis(50)).await;
        }
        for writer in writers {
            writer.await.unwrap();
        }
        until_listening(&a, 2).await;
        let published = receive(&mut live, 8 * 60).await;
        assert_eq!(published, table(&a).await);
        nothing_more(&mut live).await;
    }

    /// A transaction that wrote an event and is still open holds back the events committed
    /// after it, which would otherwise come before its own: then all come, in seq order.
    #[tokio::test]
    async fn an_open_transaction_holds_back_later_events_until_it_commits() {
        let Some(store) = testing::store().await else {
            return;
        };
        let admin = admin(&store).await;
        let tickets = tickets(&store, &admin, 2).await;
        let mut live = store.subscribe();
        let _holding = HOLDING.lock().await;
        let mut held = store.inner.pool.get().await.unwrap();
        let tx = held.transaction().await.unwrap();
        history::append_event(
            &tx,
            tickets[0],
            "commented",
            &admin,
            &json!({}),
            rows::now(),
        )
        .await
        .unwrap();
        for _ in 0..3 {
            change(&store, &admin, tickets[1], 1).await;
        }
        assert!(
            timeout(POLL * 2, live.recv()).await.is_err(),
            "nothing published while the first is open"
        );
        assert!(store.read_after(0, 10).await.unwrap().is_empty());
        assert_eq!(store.position(&admin, &[]).await.unwrap().head, 0);
        tx.commit().await.unwrap();
        let mut keys = Vec::new();
        let mut seqs = Vec::new();
        for _ in 0..4 {
            let event = timeout(PATIENCE, live.recv()).await.unwrap().unwrap();
            keys.push(event.event.ticket.clone());
            seqs.push(event.seq());
        }
        assert_eq!(keys, ["CS-1", "CS-2", "CS-2", "CS-2"]);
        assert_eq!(seqs, table(&store).await);
        assert_eq!(
            store.position(&admin, &[]).await.unwrap().head,
            *seqs.last().unwrap()
        );
    }

    /// A commit on one replica wakes the other's tailer at once, not at its next second: of
    /// ten changes one after another, each waiting to be heard, most are heard in well under
    /// a second (without the notification, each would wait for the next second).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_commit_on_one_replica_is_heard_at_once_on_the_other() {
        let Some(Replicas {
            a,
            b,
            admin,
            tickets,
            ..
        }) = replicas(1).await
        else {
            return;
        };
        let ticket = tickets[0];
        let mut live = a.subscribe();
        let _holding = HOLDING.lock().await;
        let mut waits = Vec::new();
        for _ in 0..10 {
            let started = Instant::now();
            change(&b, &admin, ticket, 1).await;
            receive(&mut live, 1).await;
            waits.push(started.elapsed());
        }
        let quick = waits.iter().filter(|wait| **wait < POLL / 2).count();
        assert!(quick >= 5, "heard by polling: {waits:?}");
    }

    /// A tailer woken by a commit that has not settled reads again soon, less and less
    /// often, until what had committed has settled; otherwise every second.
    #[test]
    fn a_tailer_chases_what_committed_until_it_settles() {
        let mut chase = super::Chase::new();
        let reach = |settled, horizon| Some(super::Reach { settled, horizon });
        assert_eq!(
            chase.next(false, reach(5, 9)),
            POLL,
            "not woken: nothing to chase"
        );
        assert_eq!(chase.next(true, reach(5, 9)), super::CHASE);
        assert_eq!(chase.next(false, reach(7, 12)), super::CHASE * 2);
        assert_eq!(chase.next(false, None), super::CHASE * 4);
        assert_eq!(
            chase.next(true, reach(9, 12)),
            super::CHASE * 8,
            "behind the new horizon"
        );
        assert_eq!(chase.next(false, reach(12, 12)), POLL);
        assert_eq!(chase.next(true, reach(15, 15)), POLL, "settled at once");
        assert_eq!(
            chase.next(true, reach(15, 16)),
            super::CHASE,
            "from the first wait again"
        );
        for _ in 0..10 {
            chase.next(false, reach(15, 16));
        }
        assert_eq!(
            chase.next(false, reach(15, 16)),
            POLL,
            "at most every second"
        );
    }

    /// An event comes with its comment's excerpt and files, the files it names, the
    /// escalation it moved, and its ticket's watchers; an internal note is marked so.
    #[tokio::test]
    async fn an_event_comes_with_what_it_refers_to() {
        let Some(store) = testing::store().await else {
            return;
        };
        let admin = admin(&store).await;
        let tickets = tickets(&store, &admin, 2).await;
        let (ticket, other) = (tickets[0], tickets[1]);
        let by = admin.clone();
        store
            .mutate(&admin, None, move |tx, at| {
                Box::pin(async move {
                    let comment: i64 = rows::query_one(
                        tx,
                        "INSERT INTO comments (ticket_id, author_id, body, internal, created_at)
                         VALUES ($1, $2, 'the VPN\n drops   hourly', true, $3) RETURNING id",
                        &[&ticket, &by.id, &at],
                    )
                    .await?
                    .try_get(0)?;
                    let mut files = Vec::new();
                    for (name, of) in [("a.log", Some(comment)), ("b.png", None), ("c.txt", None)] {
                        let id: i64 = rows::query_one(
                            tx,
                            "INSERT INTO attachments (ticket_id, comment_id, uploader_id, name,
                                media_type, size, sha256, created_at)
                             VALUES ($1, $2, $3, $4, 'text/plain', 3, '', $5) RETURNING id",
                            &[&ticket, &of, &by.id, &name, &at],
                        )
                        .await?
                        .try_get(0)?;
                        files.push(id);
                    }
                    rows::execute(
                        tx,
                        "INSERT INTO escalations (key, ticket_id, reason, stage, requested_by,
                            estimated_resolution_at, created_at)
                         VALUES ('CP-1', $1, 'broken', 'engineering', $2, $3, $3)",
                        &[&ticket, &by.id, &at],
                    )
                    .await?;
                    rows::execute(
                        tx,
                        "INSERT INTO watchers (ticket_id, user_id) VALUES ($1, $2)",
                        &[&ticket, &by.id],
                    )
                    .await?;
                    let events = [
                        json!({ "comment": comment, "internal": true }),
                        json!({ "attachments": [files[2]] }),
                        json!({
                            "escalation": "CP-1",
                            "changes": [{ "field": "escalation", "from": "submitted", "to": "engineering" }],
                        }),
                        json!({ "comment": 999_999 }),
                    ];
                    for data in &events {
                        history::append_event(tx, ticket, "changed", &by, data, at).await?;
                    }
                    history::append_event(tx, other, "changed", &by, &json!({}), at).await?;
                    Ok(())
                })
            })
            .await
            .unwrap();
        let events = settled(&store, 5).await;
        let note = &events[0];
        let comment = note.event.comment.as_ref().unwrap();
        assert_eq!(comment.excerpt, "the VPN drops hourly");
        assert!(comment.internal && note.internal);
        let names = |e: &FeedEvent| -> Vec<String> {
            e.event.attachments.iter().map(|f| f.name.clone()).collect()
        };
        assert_eq!(names(note), ["a.log"]);
        assert_eq!(note.ticket.watchers, [admin.id]);
        assert_eq!(names(&events[1]), ["c.txt"]);
        assert!(!events[1].internal);
        let escalation = events[2].event.escalation.as_ref().unwrap();
        assert_eq!(escalation.key, "CP-1");
        assert_eq!(escalation.stage, EscalationStage::Engineering);
        assert!(escalation.estimated_resolution_at.is_some());
        assert!(events[3].event.comment.is_none(), "a comment not there");
        assert!(events[4].ticket.watchers.is_empty());
        assert_eq!(events[4].event.ticket, "CS-2");
        // Streams start where the events made before a time end.
        let after = events[0].event.at + chrono::Duration::milliseconds(1);
        assert_eq!(store.cursor_before(after).await.unwrap(), events[4].seq());
        assert_eq!(store.cursor_before(events[0].event.at).await.unwrap(), 0);
    }

    /// A dropped store's tasks end, and its listening connection with them.
    #[tokio::test]
    async fn a_dropped_store_stops_listening() {
        let Some(url) = testing::database().await else {
            return;
        };
        let a = PgStore::open(&url, "CS").await.unwrap();
        let b = PgStore::open(&url, "CS").await.unwrap();
        until_listening(&a, 2).await;
        drop(b);
        let deadline = Instant::now() + PATIENCE;
        while listeners(&a, false).await > 1 {
            assert!(Instant::now() < deadline, "the dropped store still listens");
            sleep(Duration::from_millis(50)).await;
        }
    }
}
