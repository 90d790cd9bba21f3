//! The live stream of events (`GET /v1/events`), read as a raw Server-Sent Events client
//! would: what a caller is sent of it (visibility, filters), resuming with `Last-Event-ID`, a
//! slow subscriber that overflows the service's broadcast, and a stream's end when the service
//! stops. `tik watch` over it is tested in `watch.rs`.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write as _};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::Service;

/// One Server-Sent Event.
#[derive(Debug)]
struct Sse {
    id: Option<String>,
    event: Option<String>,
    data: String,
}

impl Sse {
    fn json(&self) -> Value {
        serde_json::from_str(&self.data).expect("an event's data is JSON")
    }
}

/// A stream as it arrives. Asked over HTTP/1.0, so the answer is the bare stream (no chunks)
/// until the service closes it.
struct Stream {
    reader: BufReader<TcpStream>,
}

impl Stream {
    fn open(svc: &Service, token: &str, path: &str, headers: &[(&str, &str)]) -> Self {
        Self::over(
            TcpStream::connect(svc.addr()).expect("the service accepts"),
            svc,
            token,
            path,
            headers,
        )
    }

    fn over(
        mut socket: TcpStream,
        svc: &Service,
        token: &str,
        path: &str,
        headers: &[(&str, &str)],
    ) -> Self {
        socket
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("a read timeout");
        let mut head = format!(
            "GET {path} HTTP/1.0\r\nHost: {}\r\nAuthorization: Bearer {token}\r\nAccept: text/event-stream\r\n",
            svc.addr()
        );
        for (name, value) in headers {
            let _ = write!(head, "{name}: {value}\r\n");
        }
        head.push_str("\r\n");
        socket
            .write_all(head.as_bytes())
            .expect("the request is sent");
        let mut reader = BufReader::new(socket);
        let mut status = String::new();
        reader.read_line(&mut status).expect("a status line");
        let mut headers = Vec::new();
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("a header");
            if line.trim().is_empty() {
                break;
            }
            headers.push(line.trim().to_owned());
        }
        assert!(status.contains(" 200 "), "{status}{headers:?}");
        assert!(
            headers
                .iter()
                .any(|h| h.eq_ignore_ascii_case("content-type: text/event-stream")),
            "{headers:?}"
        );
        Self { reader }
    }

    /// The next event, comments skipped; `None` once the service ends the stream.
    fn next(&mut self) -> Option<Sse> {
        let mut event = Sse {
            id: None,
            event: None,
            data: String::new(),
        };
        let mut fields = 0;
        loop {
            let mut line = String::new();
            if self.reader.read_line(&mut line).expect("the stream reads") == 0 {
                return None;
            }
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                if fields > 0 {
                    return Some(event);
                }
                continue;
            }
            if line.starts_with(':') {
                continue;
            }
            let (name, value) = line.split_once(':').unwrap_or((line, ""));
            let value = value.strip_prefix(' ').unwrap_or(value).to_owned();
            fields += 1;
            match name {
                "id" => event.id = Some(value),
                "event" => event.event = Some(value),
                "data" => event.data.push_str(&value),
                other => panic!("an unexpected field {other}"),
            }
        }
    }

    /// The stream's first event, which says where it starts.
    fn ready(&mut self) -> (u64, Value) {
        let ready = self.next().expect("a ready event");
        assert_eq!(ready.event.as_deref(), Some("ready"), "{ready:?}");
        (
            ready.id.as_deref().expect("an id").parse().expect("a seq"),
            ready.json(),
        )
    }

    /// Every event until the service ends the stream (`follow=false`).
    fn rest(mut self) -> Vec<Value> {
        std::iter::from_fn(|| self.next())
            .map(|e| e.json())
            .collect()
    }
}

/// The stream's events after its `ready` one, `follow=false`, as `token`'s holder sees them.
fn backlog(svc: &Service, token: &str, query: &str) -> Vec<Value> {
    let mut stream = Stream::open(
        svc,
        token,
        &format!("/v1/events?after=0&follow=false{query}"),
        &[],
    );
    stream.ready();
    stream.rest()
}

fn comment(svc: &Service, token: &str, key: &str, body: &str, internal: bool) {
    let response = svc
        .http("POST", &format!("/v1/tickets/{key}/comments"))
        .token(token)
        .json(&json!({ "body": body, "internal": internal }))
        .send();
    assert_eq!(
        response.status,
        201,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
}

fn seqs(events: &[Value]) -> Vec<u64> {
    events.iter().map(|e| e["seq"].as_u64().unwrap()).collect()
}

#[test]
fn a_requesters_stream_carries_nothing_they_may_not_see() {
    let svc = Service::start();
    let ann = svc.add_member("ann", "Acme");
    let amy = svc.add_member("amy", "Acme");
    let bob = svc.add_member("bob", "Beta");
    let ours = svc.new_ticket_as(&ann, "VPN drops", &[]);
    let theirs = svc.new_ticket_as(&bob, "Printer jams", &[]);
    let private = svc.new_ticket_as(&ann, "My salary slip", &["--visibility", "private"]);
    comment(&svc, &svc.token, &ours, "support answers", false);
    comment(&svc, &svc.token, &ours, "NOTE-FOR-STAFF", true);
    comment(&svc, &svc.token, &theirs, "to bob", false);
    svc.tik(["secret", "set", &ours])
        .token(&ann)
        .stdin("hunter2-password\n")
        .run()
        .success();

    let tickets = |events: &[Value]| {
        let mut keys: Vec<String> = events
            .iter()
            .map(|e| e["ticket"].as_str().unwrap().to_owned())
            .collect();
        keys.dedup();
        keys.sort();
        keys.dedup();
        keys
    };
    let everything = backlog(&svc, &svc.token, "");
    assert_eq!(
        tickets(&everything),
        [ours.as_str(), theirs.as_str(), private.as_str()]
    );
    assert!(everything.iter().any(|e| e["comment"]["internal"] == true));

    let anns = backlog(&svc, &ann, "");
    assert_eq!(tickets(&anns), [ours.as_str(), private.as_str()]);
    let amys = backlog(&svc, &amy, "");
    assert_eq!(
        tickets(&amys),
        [ours.as_str()],
        "a colleague sees the organisation's, not the private one"
    );
    assert_eq!(tickets(&backlog(&svc, &bob, "")), [theirs.as_str()]);
    for (who, events) in [("ann", &anns), ("amy", &amys)] {
        let text = serde_json::to_string(events).unwrap();
        assert!(
            !text.contains("NOTE-FOR-STAFF"),
            "{who} was sent an internal note: {text}"
        );
        assert!(
            !text.contains("hunter2"),
            "{who} was sent the secret: {text}"
        );
        assert!(
            events.iter().all(|e| e["comment"]["internal"] != true),
            "{who}: {text}"
        );
        assert!(
            events.iter().any(|e| e["kind"] == "secret-given"),
            "that a secret was given is news"
        );
    }
    let all = serde_json::to_string(&everything).unwrap();
    assert!(
        !all.contains("hunter2"),
        "no event carries a secret, even for support"
    );

    // Asking for a ticket one may not see by name is refused as reading it is: not found.
    let response = svc
        .http("GET", &format!("/v1/tickets/{theirs}/events?follow=false"))
        .token(&ann)
        .send();
    response.problem(404);
    let response = svc
        .http(
            "GET",
            &format!("/v1/events?tickets={ours},{theirs}&follow=false"),
        )
        .token(&ann)
        .send();
    response.problem(404);
}

#[test]
fn filters_narrow_a_stream_to_mine_my_organisation_assigned_or_a_status() {
    let svc = Service::start();
    let ann = svc.add_member("ann", "Acme");
    let amy = svc.add_member("amy", "Acme");
    let carl = svc.add_user("carl", "agent");
    let anns = svc.new_ticket_as(&ann, "VPN drops", &[]);
    let amys = svc.new_ticket_as(&amy, "Mail bounces", &[]);
    let admins = svc.new_ticket_as(&svc.token, "Disk full", &[]);
    svc.tik(["assign", &admins, "carl"]).run().success();
    svc.tik(["close", &amys, "--resolution", "fixed"])
        .run()
        .success();

    let keys = |token: &str, query: &str| {
        let mut keys: Vec<String> = backlog(&svc, token, query)
            .iter()
            .map(|e| e["ticket"].as_str().unwrap().to_owned())
            .collect();
        keys.sort();
        keys.dedup();
        keys
    };
    assert_eq!(keys(&ann, "&mine=true"), [anns.as_str()]);
    assert_eq!(
        keys(&ann, "&my_organisation=true"),
        [anns.as_str(), amys.as_str()]
    );
    assert_eq!(keys(&carl, "&assigned=true"), [admins.as_str()]);
    assert_eq!(
        keys(&carl, "&mine=true"),
        [admins.as_str()],
        "assigned is mine too"
    );
    assert_eq!(
        keys(
            &svc.token,
            &format!("&tickets={anns},{}", amys.to_lowercase())
        ),
        [anns.as_str(), amys.as_str()]
    );
    let closed = backlog(&svc, &svc.token, "&status=closed");
    assert_eq!(closed.len(), 1);
    assert_eq!(closed[0]["ticket"], amys.as_str());
    assert_eq!(
        (
            closed[0]["status"].as_str(),
            closed[0]["resolution"].as_str()
        ),
        (Some("closed"), Some("fixed"))
    );
    // Left `new`: the events that kept it there, and the one that took it out.
    let left_new = backlog(&svc, &svc.token, &format!("&status=new&tickets={amys}"));
    assert_eq!(left_new.last().unwrap()["kind"], "status-changed");

    // No organisation to follow: said, as for lists.
    let response = svc
        .http("GET", "/v1/events?my_organisation=true&follow=false")
        .send();
    assert!(
        response.problem(422)["detail"]
            .as_str()
            .unwrap()
            .contains("belongs to no organisation")
    );
}

#[test]
fn a_stream_resumes_after_its_last_event_id_with_nothing_lost_or_repeated() {
    let svc = Service::start();
    let key = svc.new_ticket("VPN drops");
    let mut stream = Stream::open(&svc, &svc.token, &format!("/v1/tickets/{key}/events"), &[]);
    let (start, ready) = stream.ready();
    assert_eq!(
        start,
        ready["head"].as_u64().unwrap(),
        "a stream with no cursor starts now"
    );
    assert_eq!(ready["tickets"][0]["status"], "new");
    for n in 1..=5 {
        comment(&svc, &svc.token, &key, &format!("comment {n}"), false);
    }
    let mut seen = Vec::new();
    for _ in 0..3 {
        let event = stream.next().unwrap();
        assert_eq!(
            event.id.as_deref().unwrap(),
            event.json()["seq"].to_string(),
            "the id is the seq"
        );
        seen.push(event.json());
    }
    let last = seen.last().unwrap()["seq"].to_string();
    drop(stream);
    for n in 6..=7 {
        comment(&svc, &svc.token, &key, &format!("comment {n}"), false);
    }
    let mut resumed = Stream::open(
        &svc,
        &svc.token,
        &format!("/v1/tickets/{key}/events"),
        &[("Last-Event-ID", &last)],
    );
    let (start, _) = resumed.ready();
    assert_eq!(start.to_string(), last);
    for _ in 0..4 {
        seen.push(resumed.next().unwrap().json());
    }
    let excerpts: Vec<&str> = seen
        .iter()
        .map(|e| e["comment"]["excerpt"].as_str().unwrap())
        .collect();
    assert_eq!(
        excerpts,
        (1..=7).map(|n| format!("comment {n}")).collect::<Vec<_>>()
    );
    let seqs = seqs(&seen);
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");

    // `?after=` is the same cursor; one past the last event is from another service (seqs
    // have gaps on PostgreSQL: no fixed number is sure to be past them).
    let mut after = Stream::open(
        &svc,
        &svc.token,
        &format!("/v1/events?after={last}&follow=false"),
        &[],
    );
    after.ready();
    assert_eq!(after.rest().len(), 4);
    let past = seqs.last().unwrap() + 1;
    let response = svc.http("GET", &format!("/v1/events?after={past}")).send();
    assert!(
        response.problem(422)["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("no event {past}"))
    );
    let response = svc
        .http("GET", "/v1/events")
        .header("Last-Event-ID", "soon")
        .send();
    response.problem(422);
}

/// A socket that takes in little at a time: the service's writes to it block soon, so the
/// stream's reader falls behind the broadcast while the test reads nothing.
fn narrow_socket(svc: &Service) -> TcpStream {
    use nix::sys::socket::{
        AddressFamily, SockFlag, SockType, SockaddrIn, connect, setsockopt, socket, sockopt,
    };
    use std::os::fd::AsRawFd as _;

    let addr: std::net::SocketAddrV4 = svc.addr().parse().expect("an IPv4 address");
    let fd = socket(
        AddressFamily::Inet,
        SockType::Stream,
        SockFlag::empty(),
        None,
    )
    .expect("a socket");
    setsockopt(&fd, sockopt::RcvBuf, &2048).expect("a small receive buffer");
    connect(fd.as_raw_fd(), &SockaddrIn::from(addr)).expect("the service accepts");
    TcpStream::from(fd)
}

#[test]
fn a_slow_subscriber_that_overflows_the_broadcast_still_receives_everything_in_order() {
    // A broadcast of two events: any burst overflows it.
    let svc = Service::start_with_env(&[], &[("TIK_EVENT_BUFFER", "2"), ("RUST_LOG", "tik=debug")]);
    let key = svc.new_ticket("VPN drops");
    let mut stream = Stream::over(
        narrow_socket(&svc),
        &svc,
        &svc.token,
        &format!("/v1/tickets/{key}/events"),
        &[],
    );
    stream.ready();
    // 8 writers at once, 400 comments, while the subscriber reads nothing.
    std::thread::scope(|scope| {
        for writer in 0..8 {
            let (svc, key) = (&svc, &key);
            scope.spawn(move || {
                for n in 0..50 {
                    let body = format!("w{writer}-{n:02} {}", "x".repeat(200));
                    comment(svc, &svc.token, key, &body, false);
                }
            });
        }
    });
    let received: Vec<Value> = (0..400)
        .map(|_| stream.next().expect("an event").json())
        .collect();
    let seqs = seqs(&received);
    assert!(
        seqs.windows(2).all(|w| w[0] < w[1]),
        "in order, none twice: {seqs:?}"
    );
    let stored: Vec<u64> = svc
        .sql("SELECT seq FROM events WHERE kind = 'commented' ORDER BY seq")
        .iter()
        .map(|row| row[0].as_deref().unwrap().parse().unwrap())
        .collect();
    assert_eq!(seqs, stored, "every comment, as the events table has them");
    // Each writer's comments arrive in the order it made them.
    for writer in 0..8 {
        let mine: Vec<String> = received
            .iter()
            .filter_map(|e| e["comment"]["excerpt"].as_str())
            .filter(|x| x.starts_with(&format!("w{writer}-")))
            .map(|x| x[..5].to_owned())
            .collect();
        let expected: Vec<String> = (0..50).map(|n| format!("w{writer}-{n:02}")).collect();
        assert_eq!(mine, expected);
    }
    assert!(
        svc.log().contains("fell behind"),
        "the subscriber overflowed the broadcast (else this tests nothing); the log:\n{}",
        svc.log()
    );
}

#[test]
fn a_service_stopping_ends_its_streams_and_does_not_wait_on_them() {
    let mut svc = Service::start();
    let key = svc.new_ticket("VPN drops");
    let mut stream = Stream::open(&svc, &svc.token, &format!("/v1/tickets/{key}/events"), &[]);
    stream.ready();
    let status = svc.terminate();
    assert!(status.success(), "{status:?}");
    assert!(stream.next().is_none(), "the stream ended with the service");
}
