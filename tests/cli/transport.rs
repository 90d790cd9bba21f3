//! The service under slow and greedy clients: half-sent headers and stalled bodies are
//! dropped, a slow upload that keeps moving succeeds, and the connection cap makes room for a
//! real request by closing idle connections, or answers 503 when every one is working.
//!
//! Nothing here asserts a duration: a read that would hang on a defect fails at its (long)
//! read timeout instead.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use base64::Engine as _;
use sha2::Digest as _;

use crate::harness::{Service, parse_response, sha256_hex};

/// Far longer than any timeout the tests set on the service: reaching it means a hang.
const HANG: Duration = Duration::from_secs(60);

fn connect(svc: &Service) -> TcpStream {
    let stream = TcpStream::connect(svc.addr()).expect("the service accepts");
    stream.set_read_timeout(Some(HANG)).expect("a read timeout");
    stream
}

/// Reads until the service closes the connection; what it sent, if anything.
#[track_caller]
fn read_until_closed(stream: &mut TcpStream) -> Vec<u8> {
    let mut received = Vec::new();
    match stream.read_to_end(&mut received) {
        Ok(_) => received,
        // A close with our bytes unread is a reset: closed all the same.
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => received,
        Err(e) => panic!("the service kept the connection open: {e}"),
    }
}

/// Reads until `raw` holds a response head.
fn read_head(stream: &mut TcpStream) -> String {
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        let read = stream.read(&mut byte).expect("a response head");
        assert!(read > 0, "closed before a response head");
        raw.push(byte[0]);
    }
    String::from_utf8_lossy(&raw).into_owned()
}

fn digest_header(bytes: &[u8]) -> String {
    format!(
        "sha-256=:{}:",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
    )
}

/// Starts an upload of `size` bytes and waits until the service reads its body.
fn start_upload(svc: &Service, size: usize, digest: &str) -> TcpStream {
    let mut stream = connect(svc);
    write!(
        stream,
        "POST /v1/uploads?name=big.txt HTTP/1.1\r\nHost: tik\r\nAuthorization: Bearer {}\r\n\
         Content-Type: text/plain\r\nContent-Length: {size}\r\nContent-Digest: {digest}\r\n\
         Expect: 100-continue\r\n\r\n",
        svc.token
    )
    .expect("headers sent");
    let head = read_head(&mut stream);
    assert!(head.starts_with("HTTP/1.1 100"), "{head}");
    stream
}

/// Uploads still arriving: files in the attachment directory's `incoming/` on SQLite, rows of
/// `blob_staging` on PostgreSQL.
fn incoming_files(svc: &Service) -> Vec<std::path::PathBuf> {
    if crate::harness::on_postgres() {
        return svc
            .stored_blobs()
            .into_iter()
            .filter(|blob| blob.starts_with("blob_staging"))
            .collect();
    }
    std::fs::read_dir(svc.blob_dir().join("incoming"))
        .map(|dir| dir.map(|e| e.expect("an entry").path()).collect())
        .unwrap_or_default()
}

#[test]
fn half_sent_headers_are_dropped_after_the_header_timeout() {
    let svc = Service::start_with(&["--header-timeout", "1"]);
    let mut stream = connect(&svc);
    stream
        .write_all(b"GET /v1/health HTTP/1.1\r\nHost: tik\r\nX-Slow: ")
        .expect("half the headers sent");
    read_until_closed(&mut stream);
    assert_eq!(svc.http("GET", "/v1/health").send().status, 200);
}

#[test]
fn a_connection_that_sends_nothing_is_closed_after_the_header_timeout() {
    let svc = Service::start_with(&["--header-timeout", "1"]);
    let mut stream = connect(&svc);
    assert!(read_until_closed(&mut stream).is_empty());
}

#[test]
fn a_stalled_upload_is_dropped_and_leaves_no_file() {
    let svc = Service::start_with(&["--body-timeout", "1"]);
    let body = vec![b'x'; 1000];
    let mut stream = start_upload(&svc, body.len(), &digest_header(&body));
    stream.write_all(&body[..10]).expect("a first piece sent");
    let answer = read_until_closed(&mut stream);
    let response = parse_response(&answer);
    assert_eq!(response.status, 408, "{response:?}");
    assert_eq!(
        response.header("content-type"),
        Some("application/problem+json")
    );
    assert!(
        incoming_files(&svc).is_empty(),
        "{:?}",
        incoming_files(&svc)
    );
    assert!(svc.stored_blobs().is_empty());
}

#[test]
fn a_slow_upload_that_keeps_moving_succeeds() {
    const MIB: usize = 1024 * 1024;
    let svc = Service::start_with(&[
        "--body-timeout",
        "1",
        "--max-attachment-size",
        &(200 * MIB).to_string(),
    ]);
    let body: Vec<u8> = (0..100 * MIB).map(|i| b"tik\n"[i % 4]).collect();
    let mut stream = start_upload(&svc, body.len(), &digest_header(&body));
    // Ten pieces with a pause of half the timeout after each: the whole upload takes longer
    // than the timeout, but the body never stops for that long.
    for piece in body.chunks(10 * MIB) {
        stream.write_all(piece).expect("a piece sent");
        std::thread::sleep(Duration::from_millis(500));
    }
    let response = parse_response(&read_until_closed_or_answered(&mut stream));
    assert_eq!(
        response.status,
        201,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    assert_eq!(response.json()["sha256"], sha256_hex(&body));
}

/// Reads one response that carries a `Content-Length`, on a connection kept alive.
fn read_until_closed_or_answered(stream: &mut TcpStream) -> Vec<u8> {
    let head = read_head(stream);
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .expect("a content-length");
    let mut body = vec![0; length];
    stream.read_exact(&mut body).expect("the body");
    let mut raw = head.into_bytes();
    raw.extend(body);
    raw
}

#[test]
fn at_the_connection_cap_the_oldest_idle_connection_makes_room() {
    let svc = Service::start_with(&["--max-connections", "4"]);
    let mut idle: Vec<TcpStream> = (0..4)
        .map(|_| {
            let mut stream = connect(&svc);
            stream.write_all(b"GET /v1/health HTTP/1.1\r\n").unwrap();
            stream
        })
        .collect();
    // Each request's connection is the newest, so it is served; the oldest idle ones go.
    for _ in 0..2 {
        let health = svc.http("GET", "/v1/health").send();
        assert_eq!(health.status, 200);
    }
    assert!(read_until_closed(&mut idle[0]).is_empty());
    assert!(read_until_closed(&mut idle[1]).is_empty());
}

#[test]
fn when_every_connection_is_working_a_newcomer_is_told_503() {
    let svc = Service::start_with(&["--max-connections", "2"]);
    let body = vec![b'x'; 1000];
    let digest = digest_header(&body);
    let _working: Vec<TcpStream> = (0..2)
        .map(|_| start_upload(&svc, body.len(), &digest))
        .collect();
    let refused = svc.http("GET", "/v1/health").send();
    assert_eq!(refused.status, 503);
    assert_eq!(
        refused.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(refused.header("retry-after"), Some("1"));
    assert_eq!(refused.json()["status"], 503);
}

#[test]
fn a_client_that_stops_reading_its_download_gives_its_connection_back() {
    const MIB: usize = 1024 * 1024;
    let svc = Service::start_with(&[
        "--body-timeout",
        "1",
        "--max-connections",
        "1",
        "--max-attachment-size",
        &(64 * MIB).to_string(),
    ]);
    let key = svc.new_ticket("Big file");
    // Far more than the kernel's socket buffers hold, so the service must wait for the reader.
    let file = svc.write_file("big.txt", vec![b'x'; 40 * MIB]);
    let attached = svc
        .tik(["attach", &key, "--json"])
        .arg(&file)
        .run()
        .success()
        .json();
    let id = attached[0]["id"].as_u64().expect("an attachment id");
    let mut reader = connect(&svc);
    write!(
        reader,
        "GET /v1/attachments/{id} HTTP/1.1\r\nHost: tik\r\nAuthorization: Bearer {}\r\n\r\n",
        svc.token
    )
    .expect("request sent");
    let head = read_head(&mut reader);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    // The reader reads no more; while its download holds the only connection, newcomers are
    // turned away, until the service gives up on the reader.
    let answered = (0..600).any(|_| {
        let status = svc.http("GET", "/v1/health").send().status;
        assert!(status == 200 || status == 503, "{status}");
        std::thread::sleep(Duration::from_millis(100));
        status == 200
    });
    assert!(answered, "the stalled download kept the connection");
}

#[test]
fn a_stalled_json_body_is_answered_408() {
    let svc = Service::start_with(&["--body-timeout", "1"]);
    let mut stream = connect(&svc);
    write!(
        stream,
        "POST /v1/tickets HTTP/1.1\r\nHost: tik\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"title\":",
        svc.token
    )
    .expect("a first piece sent");
    let response = parse_response(&read_until_closed(&mut stream));
    assert_eq!(response.status, 408, "{response:?}");
    assert_eq!(
        response.json()["type"],
        "https://tik.dev/problems/request-timeout"
    );
    let list = svc.tik(["list", "--json"]).run().success().json();
    assert_eq!(list, serde_json::json!([]), "no ticket made");
}
