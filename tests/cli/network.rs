//! Stand-ins for the network between the CLI and the service, for the retry tests: a peer
//! that fails as a network or a restarting service does, and a proxy that passes the real
//! service's exchanges on, slowly, or not at all at the worst moment. Neither models the
//! service: the peer answers what a test scripts, the proxy only moves bytes.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// Far longer than anything should take: reaching it means a hang.
pub(crate) const HANG: Duration = Duration::from_secs(60);

/// A peer that answers the nth request (from 1) with `answer(n)`, raw, and closes: a failing
/// network peer (a proxy out of breath, a service restarting), not a model of the service. It
/// records each request's line and when it came.
pub(crate) struct FailingPeer {
    pub(crate) host: String,
    requests: Arc<Mutex<Vec<(Instant, String)>>>,
}

impl FailingPeer {
    pub(crate) fn start(answer: impl Fn(usize) -> String + Send + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a listener");
        let host = format!("http://{}", listener.local_addr().expect("an address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { break };
                let Some(head) = read_request(&mut stream) else {
                    continue;
                };
                let line = head.lines().next().unwrap_or_default().to_owned();
                let n = {
                    let mut recorded = recorded.lock().expect("the requests");
                    recorded.push((Instant::now(), line));
                    recorded.len()
                };
                let _ = stream.write_all(answer(n).as_bytes());
            }
        });
        Self { host, requests }
    }

    pub(crate) fn requests(&self) -> Vec<(Instant, String)> {
        self.requests.lock().expect("the requests").clone()
    }
}

/// Reads a request's head and its body (by `Content-Length`); the head, or `None` if the
/// connection closed first.
pub(crate) fn read_request(stream: &mut TcpStream) -> Option<String> {
    let head = read_head(stream)?;
    let mut body = vec![0; content_length(&head)];
    stream.read_exact(&mut body).ok()?;
    Some(head)
}

/// Reads a request's or an answer's head; `None` if the connection closed (or failed) first.
pub(crate) fn read_head(stream: &mut TcpStream) -> Option<String> {
    stream.set_read_timeout(Some(HANG)).ok()?;
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).ok()? == 0 {
            return None;
        }
        raw.push(byte[0]);
    }
    Some(String::from_utf8_lossy(&raw).into_owned())
}

pub(crate) fn content_length(head: &str) -> usize {
    head.lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.trim()
                .eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .unwrap_or(0)
}

/// A raw answer of `status` with a problem body, and `headers` (each ending in CRLF).
pub(crate) fn problem(status: u16, headers: &str) -> String {
    let body = format!(
        r#"{{"type":"https://tik.dev/problems/peer","title":"Peer","status":{status},"detail":"the peer answered {status}"}}"#
    );
    format!(
        "HTTP/1.1 {status} Peer\r\nContent-Type: application/problem+json\r\nContent-Length: \
         {}\r\nConnection: close\r\n{headers}\r\n{body}",
        body.len()
    )
}

pub(crate) fn empty_page() -> String {
    let body = r#"{"items":[]}"#;
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    )
}

/// One exchange a [`Proxy`] passed on: the request's line and the answer's head.
#[derive(Debug, Clone)]
pub(crate) struct Exchange {
    pub(crate) request: String,
    pub(crate) answer: String,
}

impl Exchange {
    /// Whether it was `request` ("POST /v1/uploads"), whatever its query.
    pub(crate) fn of(&self, request: &str) -> bool {
        let mut words = self.request.split(' ');
        let method = words.next().unwrap_or_default();
        let path = words.next().unwrap_or_default().split('?').next();
        Some(request) == path.map(|path| format!("{method} {path}")).as_deref()
    }

    pub(crate) fn is(&self, request: &str, status: u16) -> bool {
        self.of(request) && self.answer.starts_with(&format!("HTTP/1.1 {status} "))
    }

    pub(crate) fn replayed(&self) -> bool {
        self.answer
            .to_ascii_lowercase()
            .contains("\r\nidempotent-replayed: true\r\n")
    }
}

/// An answer to hold back: that of the first request whose line starts with `request`.
struct Withhold {
    request: String,
    /// Told when the answer is held, that is when the service has done the work.
    held: mpsc::Sender<()>,
    /// Waited on before the connection is dropped, the answer unsent.
    drop_it: mpsc::Receiver<()>,
}

/// How a [`Proxy`] passes on a request body larger than [`SMALL_BODY`] (an upload's).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Link {
    /// As fast as it comes.
    Fast,
    /// `piece` bytes at a time, `pause` apart, for its first `for_the_first` bytes: slow,
    /// but moving; then fast.
    Slow {
        piece: u64,
        pause: Duration,
        for_the_first: u64,
    },
    /// Its first `bytes`, then nothing: a link that stands still.
    StillAfter { bytes: u64 },
}

/// The bodies a [`Link`] leaves alone: JSON requests.
const SMALL_BODY: u64 = 64 * 1024;

/// A proxy between the CLI and the service, the network between them: it passes HTTP/1.1
/// exchanges on one at a time a connection (every body has a `Content-Length`), records them,
/// and can hold back an answer and drop the connection, as a network failing at the worst
/// moment does, or pass uploads on slowly. It goes to whatever address the service has now.
pub(crate) struct Proxy {
    pub(crate) host: String,
    upstream: Arc<Mutex<String>>,
    passed: Arc<Mutex<Vec<Exchange>>>,
    withhold: Arc<Mutex<Option<Withhold>>>,
    link: Arc<Mutex<Link>>,
}

impl Proxy {
    pub(crate) fn start(upstream: &str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a listener");
        let proxy = Self {
            host: format!("http://{}", listener.local_addr().expect("an address")),
            upstream: Arc::new(Mutex::new(upstream.to_owned())),
            passed: Arc::default(),
            withhold: Arc::default(),
            link: Arc::new(Mutex::new(Link::Fast)),
        };
        let relay = Relay {
            upstream: proxy.upstream.clone(),
            passed: proxy.passed.clone(),
            withhold: proxy.withhold.clone(),
            link: proxy.link.clone(),
        };
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { break };
                let relay = relay.clone();
                std::thread::spawn(move || relay.run(client));
            }
        });
        proxy
    }

    pub(crate) fn set_link(&self, link: Link) {
        *self.link.lock().expect("the link") = link;
    }

    pub(crate) fn point_at(&self, upstream: &str) {
        upstream.clone_into(&mut self.upstream.lock().expect("the upstream"));
    }

    /// Holds back the answer to the first request starting `request` ("POST /v1/tickets"):
    /// the first receiver hears when it is held, and the connection goes when the sender
    /// says.
    pub(crate) fn withhold(&self, request: &str) -> (mpsc::Receiver<()>, mpsc::Sender<()>) {
        let (held, on_hold) = mpsc::channel();
        let (drop_it, dropped) = mpsc::channel();
        *self.withhold.lock().expect("the answer to withhold") = Some(Withhold {
            request: format!("{request} "),
            held,
            drop_it: dropped,
        });
        (on_hold, drop_it)
    }

    pub(crate) fn passed(&self) -> Vec<Exchange> {
        self.passed.lock().expect("the exchanges").clone()
    }
}

/// What a [`Proxy`]'s connections share.
#[derive(Clone)]
struct Relay {
    upstream: Arc<Mutex<String>>,
    passed: Arc<Mutex<Vec<Exchange>>>,
    withhold: Arc<Mutex<Option<Withhold>>>,
    link: Arc<Mutex<Link>>,
}

impl Relay {
    /// Passes exchanges between `client` and the service until either side closes.
    fn run(&self, mut client: TcpStream) {
        let mut service: Option<TcpStream> = None;
        while let Some(request) = read_head(&mut client) {
            if service.is_none() {
                let address = self.upstream.lock().expect("the upstream").clone();
                // The service is down: the client sees its connection close.
                let Ok(connected) = TcpStream::connect(address) else {
                    return;
                };
                service = Some(connected);
            }
            let Some(service) = service.as_mut() else {
                return;
            };
            let length = content_length(&request) as u64;
            let sent = service.write_all(request.as_bytes()).is_ok()
                && self.pass_body(&mut client, service, length);
            if !sent {
                return;
            }
            let Some(answer) = read_head(service) else {
                return;
            };
            let line = request.lines().next().unwrap_or_default().to_owned();
            let held = {
                let mut withhold = self.withhold.lock().expect("the answer to withhold");
                match withhold.as_ref() {
                    Some(w) if line.starts_with(&w.request) => withhold.take(),
                    _ => None,
                }
            };
            if let Some(held) = held {
                let _ = held.held.send(());
                let _ = held.drop_it.recv();
                return;
            }
            self.passed.lock().expect("the exchanges").push(Exchange {
                request: line,
                answer: answer.clone(),
            });
            let length = content_length(&answer) as u64;
            let answered =
                client.write_all(answer.as_bytes()).is_ok() && copy(service, &mut client, length);
            if !answered {
                return;
            }
        }
    }

    /// Passes a request body of `length` on over the link; whether all of it went.
    fn pass_body(&self, client: &mut TcpStream, service: &mut TcpStream, length: u64) -> bool {
        let link = *self.link.lock().expect("the link");
        match link {
            _ if length <= SMALL_BODY => copy(client, service, length),
            Link::Fast => copy(client, service, length),
            Link::Slow {
                piece,
                pause,
                for_the_first,
            } => {
                let slow = for_the_first.min(length);
                let mut left = slow;
                while left > 0 {
                    let now = piece.min(left);
                    if !copy(client, service, now) {
                        return false;
                    }
                    left -= now;
                    std::thread::sleep(pause);
                }
                copy(client, service, length - slow)
            }
            Link::StillAfter { bytes } => {
                let _ = copy(client, service, bytes.min(length));
                // Long past any budget the tests give: the CLI is gone by then.
                std::thread::sleep(HANG);
                false
            }
        }
    }
}

/// Copies exactly `length` bytes from `from` to `to`; whether they all went.
fn copy(from: &mut TcpStream, to: &mut TcpStream, length: u64) -> bool {
    std::io::copy(&mut from.take(length), to).is_ok_and(|copied| copied == length)
}
