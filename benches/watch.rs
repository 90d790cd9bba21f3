//! How soon a comment reaches those following its ticket live, against a real `tik serve`.
//!
//! Two parts, each against a service of its own, each following `CS-1`:
//! - 100 `tik watch CS-1 --format jsonl` processes, every line stamped as this bench reads it;
//! - 10,000 raw Server-Sent Events subscribers to `GET /v1/tickets/CS-1/events`, held by one
//!   multi-threaded runtime in this process; and the service's resident memory with them.
//!
//! In each, 200 comments are posted one after another, each with a body of its own: 40 ms
//! apart for the watchers, 250 ms apart for the 10,000 subscribers (or later, when an answer
//! takes longer). One comment costs the service about 20 µs of CPU a stream, so 10,000 of
//! them take some 100 ms of two cores: comments any closer would measure a queue building up,
//! not how soon one arrives. A sample is the time from a comment's POST to one follower
//! reading its event, measured twice: from the POST's answer (the targets' measure) and from
//! its send. The service answers before it publishes, so the first is rarely below zero.
//! Every follower must get every comment: a missing one is reported loudly.
//!
//! Run on demand: `cargo bench --bench watch` (optionally `-- SUBSCRIBERS WATCHERS COMMENTS`;
//! 0 skips a part). Figures, not assertions on time: shared machines are noisy.

#[path = "support/proc.rs"]
mod proc;
#[path = "support/service.rs"]
mod service;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

use service::Service;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use tokio_util::sync::CancellationToken;

/// The ticket every follower follows: the first one made.
const KEY: &str = "CS-1";
/// Starts each measured comment's body, followed by its index in five digits.
const MARKER: &str = "watch-bench-c";
/// The body of the comments that show a follower is connected, before any is measured.
const WARM_UP: &str = "watch-bench-warm-up";
/// Between the starts of two measured comments, for the watchers and for the subscribers.
const WATCH_GAP: Duration = Duration::from_millis(40);
const STREAM_GAP: Duration = Duration::from_millis(250);
/// How long followers have, after the last comment was answered, to get what they lack.
const GRACE: Duration = Duration::from_secs(10);
/// Subscribers connecting at once: well under the service's listen backlog (4096), so no SYN
/// is dropped and retransmitted a second later.
const CONNECTING_AT_ONCE: usize = 500;
/// Connections the service takes beyond the subscribers: the poster's, and room to spare.
const SPARE_CONNECTIONS: usize = 200;

const WATCH_P99_TARGET_MS: f64 = 50.0;
const STREAM_P99_TARGET_MS: f64 = 250.0;
const SERVICE_RSS_TARGET_MIB: f64 = 300.0;

/// One follower's receipts of measured comments: the comment's index, and when it was read.
type Receipts = Vec<(usize, Instant)>;

fn main() {
    let mut args = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .map(|a| {
            a.parse::<usize>()
                .expect("counts: SUBSCRIBERS WATCHERS COMMENTS")
        });
    let subscribers = args.next().unwrap_or(10_000);
    let watchers = args.next().unwrap_or(100);
    let comments = args.next().unwrap_or(200).clamp(1, 99_999);
    let descriptors = raise_open_files(subscribers);
    println!(
        "{comments} comments on {KEY}, {} ms apart for the watchers, {} ms for the subscribers; \
         open-file limit {descriptors}\n",
        WATCH_GAP.as_millis(),
        STREAM_GAP.as_millis()
    );
    if watchers > 0 {
        watch_processes(watchers, comments);
    }
    if subscribers > 0 {
        raw_subscribers(subscribers, comments);
    }
}

/// Raises this process's open-file limit, which the service inherits, so that the service
/// fits `subscribers` connections in its own reckoning (two descriptors each, and 256 spare)
/// and this process fits the subscribers' sockets. Raising the hard limit takes
/// `CAP_SYS_RESOURCE`; without it the soft limit goes up to the hard one.
fn raise_open_files(subscribers: usize) -> u64 {
    let connections = u64::try_from(subscribers + SPARE_CONNECTIONS).expect("a count");
    let wanted = 2 * connections + 256;
    let got = rlimit::increase_nofile_limit(u64::MAX).expect("the open-file limit");
    if got >= wanted || rlimit::setrlimit(rlimit::Resource::NOFILE, wanted, wanted).is_ok() {
        return got.max(wanted);
    }
    if got < connections + 256 {
        println!(
            "!!! the open-file limit is {got}: too few for {subscribers} subscribers; raise `ulimit -Hn`"
        );
    } else if subscribers > 0 {
        println!(
            "note: the hard open-file limit is {got} and cannot be raised here, so tik serve will warn \
             that --max-connections {connections} is over what it reckons fits (two descriptors a \
             connection); a stream holds one, so they fit"
        );
    }
    got
}

// ---- Part 1: `tik watch` processes -------------------------------------------------------

/// What the watchers' reader threads tell the bench.
#[derive(Default)]
struct Board {
    /// Watchers that printed a warm-up comment: connected.
    ready: AtomicUsize,
    /// Watchers that printed the last measured comment.
    finished: AtomicUsize,
}

/// One `tik watch` process, and the thread that reads its lines.
struct Watcher {
    child: Child,
    reader: std::thread::JoinHandle<Receipts>,
}

impl Watcher {
    fn start(service: &Service, home: &std::path::Path, board: &Arc<Board>, last: usize) -> Self {
        let mut child = Command::new(service::tik_bin())
            .args(["watch", KEY, "--format", "jsonl", "--no-input"])
            // Nothing of this machine's: no configuration, no keyring (no D-Bus), no colour.
            .env_clear()
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("TIK_HOST", &service.host)
            .env("TIK_TOKEN", &service.token)
            .env("TIK_NO_INPUT", "1")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tik watch starts");
        let stdout = child.stdout.take().expect("stdout");
        let board = Arc::clone(board);
        let reader = std::thread::spawn(move || read_watcher(stdout, &board, last));
        Self { child, reader }
    }

    fn stop(mut self) -> Receipts {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.reader.join().expect("a watcher's reader")
    }
}

/// Reads a watcher's lines as they come, each stamped when its read returned.
fn read_watcher(stdout: std::process::ChildStdout, board: &Board, last: usize) -> Receipts {
    let mut lines = BufReader::new(stdout);
    let mut line = String::new();
    let mut receipts = Vec::new();
    let mut warmed = false;
    while lines.read_line(&mut line).is_ok_and(|n| n > 0) {
        let at = Instant::now();
        if let Some(index) = comment_index(line.as_bytes()) {
            receipts.push((index, at));
            if index == last {
                board.finished.fetch_add(1, Ordering::Release);
            }
        } else if !warmed && line.contains(WARM_UP) {
            warmed = true;
            board.ready.fetch_add(1, Ordering::Release);
        }
        line.clear();
    }
    receipts
}

/// Whether this build of tik has `tik watch` (it comes with the watch-cli branch).
fn has_watch() -> bool {
    Command::new(service::tik_bin())
        .args(["watch", "--help"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn watch_processes(count: usize, comments: usize) {
    if !has_watch() {
        println!(
            "!!! part 1 SKIPPED: this tik has no `tik watch` command (it comes with the watch-cli branch)\n"
        );
        return;
    }
    let service = service::start();
    let poster = Poster::new(&service);
    poster.ticket(&service);
    let home = tempfile::tempdir().expect("a temporary HOME");
    let board = Arc::new(Board::default());
    let started = Instant::now();
    let watchers: Vec<Watcher> = (0..count)
        .map(|_| Watcher::start(&service, home.path(), &board, comments - 1))
        .collect();
    // A watcher follows from when it connected, so warm-up comments go on until each one
    // printed one.
    let deadline = Instant::now() + Duration::from_secs(60);
    while board.ready.load(Ordering::Acquire) < count && Instant::now() < deadline {
        poster.comment(WARM_UP);
        std::thread::sleep(Duration::from_millis(250));
    }
    let ready = board.ready.load(Ordering::Acquire);
    println!(
        "{count} tik watch processes: {ready} connected in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let load = load_average();
    let posts = poster.comments(comments, WATCH_GAP);
    wait_for(|| board.finished.load(Ordering::Acquire) >= ready, GRACE);
    let receipts: Vec<Receipts> = watchers.into_iter().map(Watcher::stop).collect();
    println!("load average before the comments: {load}");
    report(
        &format!("{count} tik watch"),
        &posts,
        &receipts,
        WATCH_P99_TARGET_MS,
    );
    if ready < count {
        println!("!!! {} watchers never connected", count - ready);
    }
    println!();
}

// ---- Part 2: raw Server-Sent Events subscribers ------------------------------------------

/// What the subscribers tell the bench, and how it tells them to stop.
struct Crowd {
    connecting: tokio::sync::Semaphore,
    ready: AtomicUsize,
    finished: AtomicUsize,
    /// Why subscribers could not subscribe, and how many.
    failures: Mutex<BTreeMap<String, usize>>,
    done: CancellationToken,
}

impl Crowd {
    fn new() -> Self {
        Self {
            connecting: tokio::sync::Semaphore::new(CONNECTING_AT_ONCE),
            ready: AtomicUsize::new(0),
            finished: AtomicUsize::new(0),
            failures: Mutex::default(),
            done: CancellationToken::new(),
        }
    }

    fn failed(&self) -> usize {
        self.failures.lock().expect("failures").values().sum()
    }
}

fn raw_subscribers(count: usize, comments: usize) {
    let cap = (count + SPARE_CONNECTIONS).to_string();
    let service = service::start_with(&["--max-connections", &cap]);
    let pid = service.child.id();
    let poster = Poster::new(&service);
    poster.ticket(&service);
    let base_kib = proc::status_kib(pid, "VmRSS");
    let addr: SocketAddr = service
        .host
        .strip_prefix("http://")
        .and_then(|a| a.parse().ok())
        .expect("the service's address");
    let request: Arc<[u8]> = format!(
        "GET /v1/tickets/{KEY}/events HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {}\r\nAccept: text/event-stream\r\n\r\n",
        service.token
    )
    .into_bytes()
    .into();

    // The subscribers' own runtime, on every core: the readers must keep up, or their lag
    // would be measured as the service's.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let crowd = Arc::new(Crowd::new());
    let started = Instant::now();
    let tasks: Vec<_> = (0..count)
        .map(|_| {
            runtime.spawn(subscriber(
                addr,
                Arc::clone(&request),
                Arc::clone(&crowd),
                comments - 1,
            ))
        })
        .collect();
    wait_for(
        || crowd.ready.load(Ordering::Acquire) + crowd.failed() >= count,
        Duration::from_secs(300),
    );
    let connected = started.elapsed();
    let ready = crowd.ready.load(Ordering::Acquire);
    println!(
        "{count} SSE subscribers: {ready} got `ready` in {:.1} s",
        connected.as_secs_f64()
    );
    // What connecting cost is no part of holding them.
    std::thread::sleep(Duration::from_secs(2));
    let connecting_peak_kib = proc::status_kib(pid, "VmHWM");
    let idle_kib = proc::status_kib(pid, "VmRSS");
    let held = Held::of(pid);
    proc::reset_peak(pid);

    let load = load_average();
    let service_cpu = Cpu::of(pid);
    let own_cpu = Cpu::of(std::process::id());
    let posting = Instant::now();
    let posts = poster.comments(comments, STREAM_GAP);
    wait_for(|| crowd.finished.load(Ordering::Acquire) >= ready, GRACE);
    let elapsed = posting.elapsed().as_secs_f64();
    let service_cpu = Cpu::of(pid).since(service_cpu);
    let own_cpu = Cpu::of(std::process::id()).since(own_cpu);
    let peak_kib = proc::status_kib(pid, "VmHWM");
    crowd.done.cancel();
    let receipts: Vec<Receipts> = runtime
        .block_on(futures_util::future::join_all(tasks))
        .into_iter()
        .map(|r| r.expect("a subscriber"))
        .collect();

    println!("load average before the comments: {load}");
    report(
        &format!("{ready} SSE subscribers"),
        &posts,
        &receipts,
        STREAM_P99_TARGET_MS,
    );
    let failures = crowd.failures.lock().expect("failures");
    if !failures.is_empty() {
        println!("!!! subscribers that could not subscribe: {failures:?}");
    }
    let memory = Memory {
        base: base_kib,
        connecting_peak: connecting_peak_kib,
        idle: idle_kib,
        peak: peak_kib,
    };
    memory.print(ready);
    println!("  with {held}");
    println!(
        "\nwhile the comments were sent ({elapsed:.1} s; {:.1} s planned), of {} cores:\n  tik serve used {service_cpu}\n  this bench    {own_cpu}",
        (STREAM_GAP * u32::try_from(comments).expect("a count")).as_secs_f64(),
        std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
    );
    drop(runtime);
}

/// One subscriber: subscribes, then reads events until it has the last comment or is told to
/// stop. Its receipts are stamped when the read that brought them returned.
async fn subscriber(
    addr: SocketAddr,
    request: Arc<[u8]>,
    crowd: Arc<Crowd>,
    last: usize,
) -> Receipts {
    let opened =
        tokio::time::timeout(Duration::from_secs(120), subscribe(addr, &request, &crowd)).await;
    let mut lines = match opened {
        Ok(Ok(lines)) => lines,
        Ok(Err(why)) => return crowd_failure(&crowd, why),
        Err(_) => return crowd_failure(&crowd, "no `ready` within 120 s".into()),
    };
    crowd.ready.fetch_add(1, Ordering::Release);
    // A token of its own: polling the shared one on every line would have ten thousand
    // readers contend for its lock.
    let done = crowd.done.child_token();
    let stop = done.cancelled();
    tokio::pin!(stop);
    let mut receipts = Vec::with_capacity(last + 1);
    loop {
        let line = tokio::select! {
            () = &mut stop => break,
            line = lines.next() => line,
        };
        let Ok(Some(line)) = line else { break };
        if let Some(index) = comment_index(line) {
            receipts.push((index, lines.read_at));
            if index == last {
                crowd.finished.fetch_add(1, Ordering::Release);
                break;
            }
        }
    }
    receipts
}

fn crowd_failure(crowd: &Crowd, why: String) -> Receipts {
    *crowd
        .failures
        .lock()
        .expect("failures")
        .entry(why)
        .or_default() += 1;
    Vec::new()
}

/// The service's resident set in KiB, as the subscribers came and were sent to.
struct Memory {
    base: u64,
    connecting_peak: u64,
    idle: u64,
    peak: u64,
}

impl Memory {
    fn print(&self, streams: usize) {
        let rows = [
            ("before any subscriber", self.base),
            ("peak while they connected", self.connecting_peak),
            ("all connected, idle", self.idle),
            ("peak while comments were sent", self.peak),
        ];
        println!("\ntik serve resident memory (target: under {SERVICE_RSS_TARGET_MIB:.0} MiB)");
        for (what, kib) in rows {
            println!("  {what:<32} {:>8.1} MiB", mib(kib));
        }
        let streams = u64::try_from(streams.max(1)).expect("a count");
        let per_stream = self.idle.saturating_sub(self.base) * 1024 / streams;
        println!(
            "  {:<32} {:>8.1} KiB",
            "a connected stream, idle",
            kib(per_stream)
        );
        let met = if mib(self.peak.max(self.connecting_peak)) < SERVICE_RSS_TARGET_MIB {
            "met"
        } else {
            "MISSED"
        };
        println!("  target {met}");
    }
}

/// Connects, asks for the stream, and reads up to its `ready` event; at most
/// [`CONNECTING_AT_ONCE`] subscribers at a time.
async fn subscribe(addr: SocketAddr, request: &[u8], crowd: &Crowd) -> Result<Lines, String> {
    let _turn = crowd
        .connecting
        .acquire()
        .await
        .expect("the gate stays open");
    let mut stream = connect(addr).await?;
    stream
        .write_all(request)
        .await
        .map_err(|e| format!("sending the request: {}", e.kind()))?;
    let mut lines = Lines::new(stream);
    let status = lines
        .next()
        .await
        .map_err(|e| format!("reading the answer: {}", e.kind()))?
        .ok_or("closed before answering")?;
    if !status.starts_with(b"HTTP/1.1 200 ") {
        return Err(String::from_utf8_lossy(status).trim_end().to_owned());
    }
    loop {
        match lines.next().await {
            Ok(Some(b"event: ready")) => return Ok(lines),
            Ok(Some(_)) => {}
            Ok(None) => return Err("closed before `ready`".into()),
            Err(e) => return Err(format!("reading before `ready`: {}", e.kind())),
        }
    }
}

/// A connection, tried a few times: a burst of them can meet a full accept queue.
async fn connect(addr: SocketAddr) -> Result<TcpStream, String> {
    let mut attempts = 0;
    loop {
        match TcpStream::connect(addr).await {
            Ok(stream) => return Ok(stream),
            Err(e) if attempts >= 5 => return Err(format!("connecting: {}", e.kind())),
            Err(_) => {
                attempts += 1;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}

/// A stream's bytes, line by line (chunked encoding's size lines among them: harmless, as an
/// event never spans two chunks), without a copy a line.
struct Lines {
    stream: TcpStream,
    buffer: Vec<u8>,
    /// Where the first line not yet handed out starts.
    start: usize,
    /// When the read that brought the last line handed out returned.
    read_at: Instant,
}

impl Lines {
    fn new(stream: TcpStream) -> Self {
        Self {
            stream,
            buffer: Vec::with_capacity(8192),
            start: 0,
            read_at: Instant::now(),
        }
    }

    /// The next line, without its `\n`; `None` when the stream ends.
    async fn next(&mut self) -> std::io::Result<Option<&[u8]>> {
        loop {
            if let Some(end) = memchr::memchr(b'\n', &self.buffer[self.start..]) {
                let line = self.start..self.start + end;
                self.start += end + 1;
                return Ok(Some(&self.buffer[line]));
            }
            self.buffer.drain(..self.start);
            self.start = 0;
            self.buffer.reserve(4096);
            if self.stream.read_buf(&mut self.buffer).await? == 0 {
                return Ok(None);
            }
            self.read_at = Instant::now();
        }
    }
}

// ---- Both parts ---------------------------------------------------------------------------

/// When a comment was sent, and when the service's answer to it arrived.
#[derive(Clone, Copy)]
struct Posted {
    sent: Instant,
    answered: Instant,
}

/// Makes the ticket and its comments, on a runtime of its own on the calling thread: the
/// followers' work must not delay the stamp of a comment's answer.
struct Poster {
    runtime: tokio::runtime::Runtime,
    http: reqwest::Client,
    host: String,
    token: String,
}

impl Poster {
    fn new(service: &Service) -> Self {
        Self {
            runtime: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime"),
            http: reqwest::Client::new(),
            host: service.host.clone(),
            token: service.token.clone(),
        }
    }

    /// POSTs `body` to `path`; returns when it was sent and when its answer arrived.
    fn post(&self, path: &str, body: &serde_json::Value) -> Posted {
        self.runtime.block_on(async {
            let sent = Instant::now();
            let response = self
                .http
                .post(format!("{}{path}", self.host))
                .bearer_auth(&self.token)
                .json(body)
                .send()
                .await
                .expect("the service answers");
            let answered = Instant::now();
            let status = response.status();
            let text = response.text().await.unwrap_or_default();
            assert!(status.is_success(), "POST {path}: {status} {text}");
            Posted { sent, answered }
        })
    }

    /// Makes the ticket followed, through the benches' seeding.
    fn ticket(&self, service: &Service) {
        self.runtime.block_on(service::seed(service, 1, |_| {
            serde_json::json!({
                "title": "The build agent's disk is full",
                "description": "Seen on every nightly build since Monday.",
            })
        }));
    }

    fn comment(&self, body: &str) -> Posted {
        self.post(
            &format!("/v1/tickets/{KEY}/comments"),
            &serde_json::json!({ "body": body }),
        )
    }

    /// Posts `count` measured comments, one after another, their starts `gap` apart (or
    /// later, when an answer takes longer).
    fn comments(&self, count: usize, gap: Duration) -> Vec<Posted> {
        let started = Instant::now();
        (0..count)
            .map(|i| {
                let due = started + gap * u32::try_from(i).expect("a count");
                std::thread::sleep(due.saturating_duration_since(Instant::now()));
                self.comment(&format!(
                    "{MARKER}{i:05}: still failing after the retry, same disk"
                ))
            })
            .collect()
    }
}

/// The index of the measured comment a line carries (a `tik watch` line, an SSE `data:`
/// line), if it carries one.
fn comment_index(line: &[u8]) -> Option<usize> {
    static FINDER: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(MARKER));
    let at = FINDER.find(line)? + MARKER.len();
    let digits = line.get(at..at + 5)?;
    std::str::from_utf8(digits).ok()?.parse().ok()
}

/// Waits until `done` holds, or `limit` has passed.
fn wait_for(done: impl Fn() -> bool, limit: Duration) {
    let deadline = Instant::now() + limit;
    while !done() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Every (comment × follower) sample, in milliseconds from one instant of each comment.
struct Latencies {
    samples: Vec<f64>,
    missing: usize,
    twice: usize,
}

impl Latencies {
    /// From `starts[i]` to each receipt of comment `i`.
    fn of(starts: &[Instant], followers: &[Receipts]) -> Self {
        let mut latencies = Self {
            samples: Vec::with_capacity(starts.len() * followers.len()),
            missing: 0,
            twice: 0,
        };
        for receipts in followers {
            let mut seen = vec![false; starts.len()];
            for &(index, at) in receipts {
                let Some(start) = starts.get(index) else {
                    continue;
                };
                if std::mem::replace(&mut seen[index], true) {
                    latencies.twice += 1;
                    continue;
                }
                latencies.samples.push(signed_ms(at, *start));
            }
            latencies.missing += seen.iter().filter(|s| !**s).count();
        }
        latencies.samples.sort_by(f64::total_cmp);
        latencies
    }

    /// How long each POST took, from sent to answered.
    fn round_trips(posts: &[Posted]) -> Self {
        let mut samples: Vec<f64> = posts
            .iter()
            .map(|p| signed_ms(p.answered, p.sent))
            .collect();
        samples.sort_by(f64::total_cmp);
        Self {
            samples,
            missing: 0,
            twice: 0,
        }
    }

    /// The nearest-rank quantile `q` (0 to 1).
    fn quantile(&self, q: f64) -> f64 {
        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss
        )] // an index into a list of millions at most
        let rank = (q * self.samples.len() as f64).ceil() as usize;
        self.samples[rank.clamp(1, self.samples.len()) - 1]
    }

    /// A row of the table: `target`, a p99 to judge it by.
    fn print(&self, name: &str, target: Option<f64>) {
        if self.samples.is_empty() {
            println!("{name:<44} !!! NO SAMPLES: {} missing", self.missing);
            return;
        }
        let p99 = self.quantile(0.99);
        let verdict = target.map_or_else(String::new, |target| {
            let met = if p99 <= target { "met" } else { "MISSED" };
            format!("   p99 ≤ {target:.0} ms: {met}")
        });
        let early = self.samples.iter().filter(|ms| **ms < 0.0).count();
        println!(
            "{name:<44} {:>9} {:>8} {:>7} {:>8.1} {:>8.1} {:>8.1}{verdict}",
            self.samples.len(),
            self.missing,
            early,
            self.quantile(0.5),
            p99,
            self.samples.last().expect("a sample"),
        );
        if self.missing > 0 {
            println!(
                "!!! {} SAMPLES MISSING: a follower lacked a comment",
                self.missing
            );
        }
        if self.twice > 0 {
            println!("!!! {} comments came to a follower TWICE", self.twice);
        }
    }
}

/// The table of a part: its followers' latencies from each comment's answer (the measure
/// the target is set for) and from its send, and the POSTs' own round trips. They differ by
/// how long the service took to answer once the event was out.
fn report(followers: &str, posts: &[Posted], receipts: &[Receipts], target: f64) {
    println!(
        "{:<44} {:>9} {:>8} {:>7} {:>8} {:>8} {:>8}",
        "", "samples", "missing", "early", "p50 ms", "p99 ms", "max ms"
    );
    let answered: Vec<Instant> = posts.iter().map(|p| p.answered).collect();
    let sent: Vec<Instant> = posts.iter().map(|p| p.sent).collect();
    Latencies::of(&answered, receipts).print(
        &format!("{followers}, from the POST's answer"),
        Some(target),
    );
    Latencies::of(&sent, receipts)
        .print(&format!("{followers}, from the POST's send"), Some(target));
    Latencies::round_trips(posts).print("the POSTs themselves, sent to answered", None);
}

/// `at - since` in milliseconds, below zero when `at` came first.
fn signed_ms(at: Instant, since: Instant) -> f64 {
    match at.checked_duration_since(since) {
        Some(after) => after.as_secs_f64() * 1000.0,
        None => -(since - at).as_secs_f64() * 1000.0,
    }
}

/// What the service holds besides memory: threads, and connections to its database (each
/// SQLite connection has the database file open).
struct Held {
    threads: usize,
    database_connections: usize,
}

impl Held {
    fn of(pid: u32) -> Self {
        let count = |dir: String| std::fs::read_dir(dir).map_or(0, Iterator::count);
        let database_connections = std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, |fds| {
            fds.filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok())
                .filter(|target| target.extension().is_some_and(|e| e == "db"))
                .count()
        });
        Self {
            threads: count(format!("/proc/{pid}/task")),
            database_connections,
        }
    }
}

impl std::fmt::Display for Held {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} threads and {} SQLite connections",
            self.threads, self.database_connections
        )
    }
}

/// A process's CPU time so far, from `/proc/PID/stat`, in seconds.
#[derive(Clone, Copy)]
struct Cpu {
    user: f64,
    system: f64,
}

impl Cpu {
    fn of(pid: u32) -> Self {
        /// The unit of those times: `USER_HZ`, 100 on every Linux architecture.
        const TICKS_A_SECOND: f64 = 100.0;
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc stat");
        // The command name, in parentheses, may hold spaces: fields are counted after it,
        // from the third (utime is the 14th, stime the 15th).
        let fields: Vec<&str> = stat[stat.rfind(')').expect("a stat line") + 2..]
            .split(' ')
            .collect();
        let seconds = |i: usize| fields[i].parse::<f64>().expect("ticks") / TICKS_A_SECOND;
        Self {
            user: seconds(11),
            system: seconds(12),
        }
    }

    fn since(self, earlier: Self) -> Self {
        Self {
            user: self.user - earlier.user,
            system: self.system - earlier.system,
        }
    }
}

impl std::fmt::Display for Cpu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:.1} s of CPU ({:.1} s user, {:.1} s system)",
            self.user + self.system,
            self.user,
            self.system
        )
    }
}

/// The machine's load averages: others' builds share its cores, and its figures.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split(' ').take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

#[allow(clippy::cast_precision_loss)] // a size to print
fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

#[allow(clippy::cast_precision_loss)] // a size to print
fn kib(bytes: u64) -> f64 {
    bytes as f64 / 1024.0
}
