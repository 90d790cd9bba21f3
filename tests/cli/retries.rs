//! Safe retries: the service's side of an `Idempotency-Key` (a second request while the first is
//! in flight is told 409 and when to come back; a replayed answer says so), and the CLI's, which
//! retries what failed for a passing reason within one time budget and gives up naming why.
//!
//! Nothing here asserts how long anything took: only orders, counts, and lower bounds (a wait
//! the service asked for), which a loaded machine cannot break.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use base64::Engine as _;
use sha2::Digest as _;

use crate::harness::{HttpResponse, Service, parse_response, sha256_hex};
use crate::network::{Exchange, FailingPeer, HANG, Link, Proxy, empty_page, problem};

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

/// The `N` of "gave up after N attempts".
fn attempts_said(message: &str) -> usize {
    let said = regex::Regex::new(r"gave up after (\d+) attempts? ").unwrap();
    let captures = said
        .captures(message)
        .unwrap_or_else(|| panic!("no attempts named: {message}"));
    captures[1].parse().expect("a count")
}

#[test]
fn with_nothing_listening_a_command_gives_up_after_its_budget_naming_its_attempts() {
    let svc = Service::start();
    let free = TcpListener::bind("127.0.0.1:0").expect("a listener");
    let host = format!("http://{}", free.local_addr().unwrap());
    drop(free);
    let err = svc
        .tik(["list", "--timeout", "3"])
        .host(&host)
        .run()
        .fails(5);
    assert!(
        err.contains(&format!(
            "in 3 s: cannot reach {host}: is `tik serve` running there?"
        )),
        "{err}"
    );
    // The first retry comes within 200 ms, well inside the budget.
    assert!(attempts_said(&err) >= 2, "{err}");
}

#[test]
fn a_service_answering_503_is_retried_until_the_budget_is_spent() {
    let svc = Service::start();
    let peer = FailingPeer::start(|_| problem(503, ""));
    let err = svc
        .tik(["show", "CS-1"])
        .host(&peer.host)
        .env("TIK_TIMEOUT", "3")
        .run()
        .fails(5);
    assert!(err.contains("in 3 s: the peer answered 503"), "{err}");
    let requests = peer.requests();
    assert_eq!(attempts_said(&err), requests.len(), "{err}");
    assert!(requests.len() >= 2, "{requests:?}");
    assert!(
        requests
            .iter()
            .all(|(_, line)| line.starts_with("GET /v1/tickets/CS-1 "))
    );
}

#[test]
fn retry_after_is_waited_out_and_429s_that_go_on_exit_5() {
    let svc = Service::start();
    let peer = FailingPeer::start(|n| {
        if n < 3 {
            problem(429, "Retry-After: 1\r\n")
        } else {
            empty_page()
        }
    });
    let listed = svc.tik(["list", "--json"]).host(&peer.host).run().success();
    assert_eq!(listed.json(), serde_json::json!([]));
    let requests = peer.requests();
    assert_eq!(requests.len(), 3, "{requests:?}");
    // Without the wait it was asked for, the first two retries come within 200 and 400 ms.
    for pair in requests.windows(2) {
        let waited = pair[1].0 - pair[0].0;
        assert!(waited >= Duration::from_secs(1), "{waited:?}");
    }

    let busy = FailingPeer::start(|_| problem(429, "Retry-After: 1\r\n"));
    let err = svc
        .tik(["list", "--timeout", "4"])
        .host(&busy.host)
        .run()
        .fails(5);
    assert!(err.contains("the peer answered 429"), "{err}");
    assert_eq!(attempts_said(&err), busy.requests().len(), "{err}");
}

#[test]
fn a_retry_after_past_the_budget_ends_the_retries_at_once() {
    let svc = Service::start();
    let date = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(3600));
    for retry_after in ["3600".to_owned(), date] {
        let peer =
            FailingPeer::start(move |_| problem(503, &format!("Retry-After: {retry_after}\r\n")));
        let err = svc
            .tik(["list", "--timeout", "30"])
            .host(&peer.host)
            .run()
            .fails(5);
        assert!(
            err.contains("gave up after 1 attempt: the peer answered 503"),
            "{err}"
        );
        assert!(err.contains("it asks to be retried in 3"), "{err}");
        assert_eq!(peer.requests().len(), 1);
    }
}

/// A PATCH may have been acted on by the time a gateway says 502: it is not sent again. A GET
/// is.
#[test]
fn a_request_that_may_have_acted_is_not_repeated_unless_repeating_is_safe() {
    let svc = Service::start();
    let peer = FailingPeer::start(|_| problem(502, ""));
    let err = svc
        .tik(["edit", "CS-1", "--title", "Renamed"])
        .host(&peer.host)
        .run()
        .fails(5);
    assert_eq!(err, "tik: the peer answered 502");
    let requests = peer.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert!(
        requests[0].1.starts_with("PATCH /v1/tickets/CS-1 "),
        "{requests:?}"
    );

    let peer = FailingPeer::start(|n| {
        if n == 1 {
            problem(500, "")
        } else {
            empty_page()
        }
    });
    svc.tik(["list"]).host(&peer.host).run().success();
    assert_eq!(peer.requests().len(), 2);
}

#[test]
fn a_key_given_again_replays_the_command_and_another_body_exits_2() {
    let svc = Service::start();
    let log = svc.write_file("build.log", "error: linker failed\n".repeat(100));
    let new = |title: &str| {
        svc.tik(["new", "-q", "-t", title, "--attach"])
            .arg(&log)
            .args(["--idempotency-key", "pipeline-81/job-3"])
            .run()
    };
    assert_eq!(new("Nightly failed").success().stdout, "CS-1\n");
    assert_eq!(new("Nightly failed").success().stdout, "CS-1\n");
    let err = new("Another title").fails(2);
    assert!(
        err.contains("already used for a different request"),
        "{err}"
    );
    assert!(err.contains("give each command its own"), "{err}");
    let all = svc
        .tik(["list", "--status", "all", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(all.as_array().map(Vec::len), Some(1), "{all}");
    let shown = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(
        shown["attachments"].as_array().map(Vec::len),
        Some(1),
        "{shown}"
    );
    assert_eq!(svc.stored_blobs().len(), 1, "{:?}", svc.stored_blobs());
    // The environment says it as well, and a key the service cannot take is refused here.
    let err = svc
        .tik(["close", "CS-1", "--resolution", "fixed"])
        .env("TIK_IDEMPOTENCY_KEY", "two words")
        .run()
        .fails(2);
    assert!(err.contains("visible ASCII"), "{err}");
}

/// `size` bytes of log-like text (letters in lines), the same every run, unlike any request.
fn log_text(size: usize) -> Vec<u8> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    (0..size)
        .map(|i| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            if i % 80 == 79 {
                b'\n'
            } else {
                b'a' + u8::try_from(state % 26).expect("a letter")
            }
        })
        .collect()
}

/// The worst moment: the service has made the ticket and dies (SIGKILL) before its answer
/// leaves. The CLI, retrying its create with the same key, is given the ticket by the service
/// started again: one ticket, its 8 MB attachment whole.
#[test]
fn a_create_whose_answer_died_with_the_service_is_replayed_by_its_next_start() {
    let mut svc = Service::start();
    let bytes = log_text(8 * 1024 * 1024);
    let crash_log = svc.write_file("crash.log", &bytes);
    let proxy = Proxy::start(svc.addr());
    let (on_hold, drop_it) = proxy.withhold("POST /v1/tickets");
    let new = svc
        .tik(["new", "-q", "-t", "Nightly build failed", "--attach"])
        .arg(&crash_log)
        .args(["--timeout", "120"])
        .host(&proxy.host)
        .spawn();

    on_hold
        .recv_timeout(Duration::from_secs(120))
        .expect("the create reached the service, which answered");
    svc.kill();
    drop_it.send(()).expect("the proxy holds the connection");
    // Meanwhile the CLI finds nobody there, and tries again.
    svc.restart();
    proxy.point_at(svc.addr());

    let run = new.wait();
    assert_eq!(
        run.code,
        Some(0),
        "{run:?}\nthe service's log:\n{}",
        svc.log()
    );
    assert_eq!(run.stdout, "CS-1\n");
    let creates: Vec<Exchange> = proxy
        .passed()
        .into_iter()
        .filter(|e| e.of("POST /v1/tickets"))
        .collect();
    assert_eq!(creates.len(), 1, "{creates:?}");
    assert!(creates[0].is("POST /v1/tickets", 201), "{creates:?}");
    assert!(creates[0].replayed(), "{creates:?}");

    let all = svc
        .tik(["list", "--status", "all", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(all.as_array().map(Vec::len), Some(1), "{all}");
    let shown = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    let attachments = shown["attachments"].as_array().expect("attachments");
    assert_eq!(attachments.len(), 1, "{shown}");
    assert_eq!(attachments[0]["sha256"], sha256_hex(&bytes));
    assert_eq!(attachments[0]["size"], bytes.len());
    let saved = svc.file("saved");
    svc.tik(["download", "CS-1", "-o"])
        .arg(&saved)
        .run()
        .success();
    let downloaded = std::fs::read(saved.join("crash.log")).expect("the download");
    assert_eq!(sha256_hex(&downloaded), sha256_hex(&bytes));
}

/// The CLI waits out the 409 of its upload's key in flight (another run of the same command,
/// here sent by hand and held), then has the first run's answer replayed.
#[test]
fn the_cli_waits_out_a_key_in_flight_and_is_given_its_answer() {
    let svc = Service::start();
    let bytes = b"error: linker failed\n".repeat(1000);
    let log = svc.write_file("build.log", &bytes);
    let first = upload_held_before_its_body(&svc, "job-9/upload/1", &bytes);
    let proxy = Proxy::start(svc.addr());
    let new = svc
        .tik(["new", "-q", "-t", "Linker failed", "--attach"])
        .arg(&log)
        .args(["--idempotency-key", "job-9"])
        .host(&proxy.host)
        .spawn();
    let told_409 = (0..600).any(|_| {
        let told = proxy.passed().iter().any(|e| e.is("POST /v1/uploads", 409));
        if !told {
            std::thread::sleep(Duration::from_millis(100));
        }
        told
    });
    assert!(told_409, "{:?}", proxy.passed());
    let answered = finish(first, &bytes);
    assert_eq!(answered.status, 201);

    let run = new.wait();
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(run.stdout, "CS-1\n");
    let uploads: Vec<Exchange> = proxy
        .passed()
        .into_iter()
        .filter(|e| e.of("POST /v1/uploads"))
        .collect();
    let last = uploads.last().expect("uploads");
    assert!(
        last.is("POST /v1/uploads", 201) && last.replayed(),
        "{uploads:?}"
    );
    assert!(
        uploads[..uploads.len() - 1]
            .iter()
            .all(|e| e.is("POST /v1/uploads", 409)),
        "{uploads:?}"
    );
    let shown = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(
        shown["attachments"].as_array().map(Vec::len),
        Some(1),
        "{shown}"
    );
    assert_eq!(shown["attachments"][0]["sha256"], sha256_hex(&bytes));
}

/// An upload on a slow link takes longer than the whole budget, and is not cut off: only
/// waiting on the service counts. (reqwest's read timeout, used before, ran from the start of
/// an upload to its answer, and cut such an upload off.) The file is far larger than the
/// sockets on the way hold, so the CLI sees the link's pace; the link picks up for the last
/// half, so what the sockets hold at the end drains at once.
#[test]
fn an_upload_that_keeps_moving_is_not_cut_off_by_the_budget() {
    const MIB: u64 = 1024 * 1024;
    let svc = Service::start_with(&["--max-attachment-size", &(64 * MIB).to_string()]);
    let bytes = log_text(24 * 1024 * 1024);
    let log = svc.write_file("slow.log", &bytes);
    let proxy = Proxy::start(svc.addr());
    // 256 KiB every 125 ms: 6 s or more for the first 12 MiB, never still for long.
    proxy.set_link(Link::Slow {
        piece: 256 * 1024,
        pause: Duration::from_millis(125),
        for_the_first: 12 * MIB,
    });
    let started = Instant::now();
    let run = svc
        .tik(["new", "-q", "-t", "Slow link", "--timeout", "4", "--attach"])
        .arg(&log)
        .host(&proxy.host)
        .run();
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(
        started.elapsed() > Duration::from_secs(4),
        "the upload took longer than the budget"
    );
    let shown = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(shown["attachments"][0]["sha256"], sha256_hex(&bytes));
    let uploads = proxy
        .passed()
        .iter()
        .filter(|e| e.of("POST /v1/uploads"))
        .count();
    assert_eq!(uploads, 1, "sent once: {:?}", proxy.passed());
}

/// An upload whose link stands still for the whole budget is given up, and not sent again:
/// the command has waited all it may.
#[test]
fn an_upload_that_stands_still_for_the_budget_is_given_up() {
    let svc = Service::start_with(&["--max-attachment-size", &(64 * 1024 * 1024).to_string()]);
    // Far more than the sockets on the way hold, so the CLI has to wait for the link.
    let log = svc.write_file("big.log", log_text(40 * 1024 * 1024));
    svc.new_ticket("Disk full");
    let proxy = Proxy::start(svc.addr());
    proxy.set_link(Link::StillAfter { bytes: 1024 * 1024 });
    let err = svc
        .tik(["attach", "CS-1", "--timeout", "2"])
        .arg(&log)
        .host(&proxy.host)
        .run()
        .fails(5);
    let said = format!(
        "tik: the upload of big.log to {} stood still for 2 s (--timeout or TIK_TIMEOUT waits longer)",
        proxy.host
    );
    assert_eq!(err, said);
}
