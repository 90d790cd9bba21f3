//! Safe retries: the service's side of an `Idempotency-Key` (a second request while the first is
//! in flight is told 409 and when to come back; a replayed answer says so), and the CLI's, which
//! retries what failed for a passing reason within one time budget and gives up naming why.
//!
//! Nothing here asserts how long anything took: only orders, counts, and lower bounds (a wait
//! the service asked for), which a loaded machine cannot break.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use base64::Engine as _;
use sha2::Digest as _;

use crate::harness::{HttpResponse, Service, parse_response};

/// Far longer than anything here should take: reaching it means a hang.
const HANG: Duration = Duration::from_secs(60);

fn content_digest(bytes: &[u8]) -> String {
    format!(
        "sha-256=:{}:",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
    )
}

/// `POST /v1/uploads` of `body` with the Idempotency-Key `key`, whole.
fn upload(svc: &Service, key: &str, body: &[u8]) -> HttpResponse {
    svc.http("POST", "/v1/uploads?name=build.log")
        .header("Idempotency-Key", key)
        .header("Content-Type", "text/plain")
        .header("Content-Digest", &content_digest(body))
        .body(body.to_vec())
        .send()
}

/// Starts the same upload by hand and stops before its body: once the service asks for the body
/// (`100 Continue`), the request is under way in its handler.
fn upload_held_before_its_body(svc: &Service, key: &str, body: &[u8]) -> TcpStream {
    let mut stream = TcpStream::connect(svc.addr()).expect("the service accepts");
    stream.set_read_timeout(Some(HANG)).expect("a read timeout");
    write!(
        stream,
        "POST /v1/uploads?name=build.log HTTP/1.1\r\nHost: tik\r\nAuthorization: Bearer {}\r\n\
         Idempotency-Key: {key}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\
         Content-Digest: {}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
        svc.token,
        body.len(),
        content_digest(body)
    )
    .expect("headers sent");
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        let read = stream.read(&mut byte).expect("a response head");
        assert!(read > 0, "closed before a response head");
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head);
    assert!(head.starts_with("HTTP/1.1 100"), "{head}");
    stream
}

fn finish(mut stream: TcpStream, body: &[u8]) -> HttpResponse {
    stream.write_all(body).expect("the body sent");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("an answer");
    parse_response(&answer)
}

#[test]
fn a_key_in_flight_is_answered_409_then_its_answer_is_replayed() {
    let svc = Service::start();
    let body = b"error: linker failed\n".repeat(1000);
    let first = upload_held_before_its_body(&svc, "ci-42", &body);

    let meanwhile = upload(&svc, "ci-42", &body);
    let problem = meanwhile.problem(409);
    assert_eq!(
        problem["type"], "https://tik.dev/problems/request-in-flight",
        "{problem}"
    );
    assert!(
        problem["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("still being processed"),
        "{problem}"
    );
    assert_eq!(meanwhile.header("retry-after"), Some("1"));
    // Another key, or another user with this key, is not held up.
    assert_eq!(upload(&svc, "ci-43", &body).status, 201);
    let rita = svc.add_user("rita", "requester");
    let theirs = svc
        .http("POST", "/v1/uploads?name=build.log")
        .token(&rita)
        .header("Idempotency-Key", "ci-42")
        .header("Content-Type", "text/plain")
        .header("Content-Digest", &content_digest(&body))
        .body(body.clone())
        .send();
    assert_eq!(
        theirs.status,
        201,
        "{}",
        String::from_utf8_lossy(&theirs.body)
    );

    let answered = finish(first, &body);
    assert_eq!(
        answered.status,
        201,
        "{}",
        String::from_utf8_lossy(&answered.body)
    );
    assert_eq!(answered.header("idempotent-replayed"), None);
    let replayed = upload(&svc, "ci-42", &body);
    assert_eq!(replayed.status, 201);
    assert_eq!(replayed.header("idempotent-replayed"), Some("true"));
    assert_eq!(replayed.json()["id"], answered.json()["id"]);
}

/// However a request ends, its key is free again: here its client goes away mid-body.
#[test]
fn a_request_whose_client_went_away_frees_its_key() {
    let svc = Service::start();
    let body = b"partial\n".repeat(1000);
    let mut abandoned = upload_held_before_its_body(&svc, "gone", &body);
    abandoned.write_all(&body[..100]).expect("a first piece");
    drop(abandoned);
    // The service notices the closed connection in its own time: until then, 409.
    let mut statuses = Vec::new();
    for _ in 0..300 {
        let status = upload(&svc, "gone", &body).status;
        statuses.push(status);
        if status != 409 {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(statuses.last(), Some(&201), "{statuses:?}");
}

#[test]
fn a_replayed_ticket_says_it_was_replayed_and_another_body_is_refused() {
    let svc = Service::start();
    let create = |title: &str| {
        svc.http("POST", "/v1/tickets")
            .header("Idempotency-Key", "nightly-7")
            .json(&serde_json::json!({ "title": title }))
            .send()
    };
    let first = create("Nightly build failed");
    assert_eq!(first.status, 201);
    assert_eq!(first.header("idempotent-replayed"), None);
    let again = create("Nightly build failed");
    assert_eq!(again.status, 201);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.json()["key"], first.json()["key"]);
    assert_eq!(again.header("location"), first.header("location"));
    let other = create("Another title");
    assert_eq!(other.problem(422)["errors"][0]["field"], "Idempotency-Key");
    assert_eq!(other.header("idempotent-replayed"), None);
}
