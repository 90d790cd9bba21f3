//! The exit-code table of the README and `tik --help`, row by row: every failure mode the docs
//! name, met against the real service (or, where the service must fail, a stand-in for the
//! network in front of it), with the code it exits with and the one line it says. A test a
//! code, a row a mode.

use std::net::TcpListener;

use crate::harness::{Service, Tik, sha256_hex};
use crate::network::{FailingPeer, problem};

/// One failure mode: its name, what meets it, and its line on stderr in full, `*` standing for
/// what changes from run to run (a port, a date, a count of attempts).
struct Mode {
    name: &'static str,
    run: Tik,
    says: String,
}

fn mode(name: &'static str, run: Tik, says: impl Into<String>) -> Mode {
    Mode {
        name,
        run,
        says: says.into(),
    }
}

/// Runs each mode in turn: it must exit `code`, print nothing on stdout, and say its line.
#[track_caller]
fn each_exits(code: i32, modes: impl IntoIterator<Item = Mode>) {
    for Mode { name, run, says } in modes {
        let said = run.run().fails(code);
        assert!(
            matches(&said, &says),
            "{name} (exit {code}):\n  said {said}\n  not {says}"
        );
    }
}

/// Whether `line` is `pattern`, each `*` in it standing for any text.
fn matches(line: &str, pattern: &str) -> bool {
    let parts: Vec<String> = pattern.split('*').map(regex::escape).collect();
    regex::Regex::new(&format!("^{}$", parts.join(".*")))
        .expect("a pattern")
        .is_match(line)
}

#[test]
fn exit_1_a_conflict_or_the_service_failed() {
    let svc = Service::start();
    let bob = svc.add_member("bob", "Acme");
    let open = svc.new_ticket_as(&bob, "Printer on fire", &[]);
    let closed = svc.new_ticket("Done");
    svc.tik(["close", &closed]).run().success();
    // Read, then changed by someone else: the version read is stale.
    let read = svc.http("GET", &format!("/v1/tickets/{open}")).send();
    let stale = format!("If-Match: {}", read.header("etag").expect("an ETag"));
    let path = format!("/tickets/{open}");
    svc.tik(["edit", &open, "--title", "Printer on fire, again"])
        .run()
        .success();
    // An attachment whose stored bytes are damaged (the same size: only the digest tells),
    // and a file of the same name where it would be downloaded.
    let df = b"Filesystem 100% /var\n";
    let attached = svc.write_file("df.txt", df).to_string_lossy().into_owned();
    let damaged = svc.new_ticket_as(&svc.token, "Disk full", &["-a", &attached]);
    svc.damage_blob(&sha256_hex(df), b"Filesystem  99% /var\n");
    std::fs::create_dir(svc.file("out")).expect("a directory");
    svc.write_file("out/df.txt", "mine");
    let failing = FailingPeer::start(|_| problem(500, ""));

    each_exits(
        1,
        [
            mode(
                "a conflict: a comment on a closed ticket",
                svc.tik(["comment", &closed, "-b", "one more"]),
                format!("tik: {closed} is closed; reopen it first (tik reopen {closed})"),
            ),
            mode(
                "a conflict: a rating before the ticket is closed",
                svc.tik(["rate", &open, "5"]).token(&bob),
                format!("tik: {open} is new; a ticket is rated once it is closed"),
            ),
            mode(
                "a conflict: a change to a ticket changed since it was read (If-Match)",
                svc.tik(["api", "PATCH", &path, "-H", &stale, "-f", "title=Mine"]),
                format!(
                    "tik: {open} changed since you read it (it is at version *); read it again"
                ),
            ),
            mode(
                "a conflict: a file the download would overwrite",
                svc.tik(["download", &damaged, "-o", "out"]),
                "tik: out/df.txt exists: pass --clobber to overwrite it",
            ),
            mode(
                "the service failed: bytes that fail their SHA-256",
                svc.tik(["download", &damaged, "-o", "saved"]),
                "tik: attachment #1 df.txt: its bytes do not match the sha256 the ticket lists \
                 (the service's copy is damaged); nothing saved",
            ),
            mode(
                "the service failed: a 500 that comes again when retried",
                svc.tik(["show", &open]).host(&failing.host),
                "tik: the peer answered 500",
            ),
            mode(
                "no keyring to keep a login's token in",
                svc.tik(["auth", "login", "--with-token"])
                    .no_token()
                    .stdin(bob.clone()),
                "tik: cannot keep the token in the system keyring: *. \
                 `tik auth login --insecure-storage` keeps it in a file instead",
            ),
        ],
    );
}

#[test]
fn exit_2_usage() {
    let svc = Service::start();
    let host = &svc.host;

    each_exits(
        2,
        [
            mode(
                "an unknown flag",
                svc.tik(["list", "--frob"]),
                "tik: unexpected argument '--frob' found; see `tik list --help`",
            ),
            mode(
                "a value the flag does not take",
                svc.tik(["list", "--type", "fax"]),
                "tik: invalid value 'fax' for --type <TYPE>: \
                 expected one of incident, bug, feature, question, maintenance",
            ),
            mode(
                "a missing title off a terminal",
                svc.tik(["new", "-b", "no title"]),
                "tik: a ticket needs a title: pass --title, or run in a terminal",
            ),
            mode(
                "a missing title under --no-input",
                svc.tik(["new", "--no-input"]),
                "tik: a ticket needs a title: pass --title (prompts are off: --no-input)",
            ),
            mode(
                "a missing title under CI=true",
                svc.tik(["new"]).env("CI", "true"),
                "tik: a ticket needs a title: pass --title (prompts are off: CI=true)",
            ),
            mode(
                "a --jq expression that does not parse",
                svc.tik(["new", "-t", "Printer on fire", "--jq", ".["]),
                "tik: --jq '.[' does not parse: expected closing bracket at its end",
            ),
            mode(
                "no host",
                svc.tik(["list"]).no_host(),
                "tik: no service to talk to: pass --host, set TIK_HOST, \
                 or `tik config set host URL`",
            ),
            mode(
                "a TIK_HOST that is not the service's root",
                svc.tik(["show", "CS-1"]).host(&format!("{host}/v1")),
                format!(
                    "tik: {host}/v1 is not the root of a tik service: \
                     set TIK_HOST (or --host) to {host}"
                ),
            ),
        ],
    );
}

#[test]
fn exit_2_invalid_input() {
    let svc = Service::start_with(&["--max-attachment-size", "100"]);
    let key = svc.new_ticket("Printer on fire");
    // A command run once with a key, to be run again with another body.
    svc.tik(["new", "-q", "-t", "Nightly failed"])
        .args(["--idempotency-key", "job-1"])
        .run()
        .success();
    let over_the_limit = svc.write_file("core.txt", [b'c'; 101]);

    each_exits(
        2,
        [
            mode(
                "a priority the catalogue does not have",
                svc.tik(["new", "-t", "Oops", "--priority", "bogus"]),
                "tik: unknown priority 'bogus': \
                 expected one of normal, medium, high, urgent, very-urgent, critical",
            ),
            mode(
                "an empty --dedupe-key",
                svc.tik(["new", "-t", "Nightly failed", "--dedupe-key", ""]),
                "tik: the dedupe key (--dedupe-key or TIK_DEDUPE_KEY) is empty; \
                 give one that names the failure, e.g. pipeline:job",
            ),
            mode(
                "an over-long --dedupe-key",
                svc.tik(["new", "-t", "Nightly failed", "--dedupe-key"])
                    .arg("k".repeat(201)),
                "tik: the dedupe key (--dedupe-key) is over 200 characters",
            ),
            mode(
                "an --idempotency-key used before for another request",
                svc.tik(["new", "-q", "-t", "Another title"])
                    .args(["--idempotency-key", "job-1"]),
                "tik: this Idempotency-Key was already used for a different request \
                 (--idempotency-key or TIK_IDEMPOTENCY_KEY names one command's requests: \
                 give each command its own)",
            ),
            mode(
                "a file over the limits",
                svc.tik(["attach", &key]).arg(&over_the_limit),
                "tik: core.txt is 101 B, over the limit of 100 B a file",
            ),
            mode(
                "a file that cannot be read",
                svc.tik(["attach", &key, "/nonexistent"]),
                "tik: cannot read /nonexistent: no such file or directory",
            ),
        ],
    );
}

#[test]
fn exit_3_authentication_or_permission() {
    let svc = Service::start();
    let host = &svc.host;
    svc.add_user("alice", "agent");
    let bob = svc.add_member("bob", "Acme");
    let key = svc.new_ticket_as(&bob, "Printer on fire", &[]);
    // More tokens of bob's: read-only, expired, revoked.
    let token = |name: &str, args: &[&str]| {
        let made = svc
            .admin(["token", "create", "bob", "--json", "--name", name])
            .args(args)
            .run()
            .success()
            .json();
        let token = made["token"].as_str().expect("a token").to_owned();
        (token, made["id"].to_string())
    };
    let (reader, _) = token("dashboard", &["--scopes", "read"]);
    let (expired, _) = token("old", &["--expires-in", "1"]);
    svc.sql("UPDATE tokens SET expires_at = '2020-01-02T03:04:05.000Z' WHERE name = 'old'");
    let (revoked, id) = token("gone", &[]);
    svc.admin(["token", "revoke", &id]).run().success();

    each_exits(
        3,
        [
            mode(
                "not logged in",
                svc.tik(["list"]).no_token(),
                format!(
                    "tik: not logged in to {host}: no TIK_TOKEN, and the system keyring cannot \
                     be reached (*); set TIK_TOKEN, or `tik auth login --insecure-storage`"
                ),
            ),
            mode(
                "a wrong token",
                svc.tik(["list"]).token("tik_not-a-real-token"),
                "tik: the token is not known to this service: log in with `tik auth login`",
            ),
            mode(
                "a read-only token asked to write",
                svc.tik(["new", "-t", "From a dashboard"]).token(&reader),
                "tik: this token may only read (scopes: read); changing tickets needs the \
                 'write' scope: `tik auth login` gets a token with it",
            ),
            mode(
                "an expired token",
                svc.tik(["list"]).token(&expired),
                "tik: the token 'old' expired on 2020-01-02T03:04:05Z: \
                 log in again with `tik auth login`",
            ),
            mode(
                "a revoked token",
                svc.tik(["list"]).token(&revoked),
                "tik: the token 'gone' was revoked on *: log in again with `tik auth login`",
            ),
            mode(
                "a requester doing an agent's work",
                svc.tik(["assign", &key, "alice"]).token(&bob),
                "tik: only an agent may assign a ticket",
            ),
        ],
    );
}

#[test]
fn exit_4_not_found() {
    let svc = Service::start();
    let bob = svc.add_member("bob", "Acme");
    let carl = svc.add_member("carl", "Acme");
    let private = svc.new_ticket_as(&bob, "Payroll export", &["--visibility", "private"]);

    each_exits(
        4,
        [
            mode(
                "no such ticket",
                svc.tik(["show", "CS-404"]),
                "tik: no ticket CS-404",
            ),
            mode(
                "another requester's private ticket, said as missing",
                svc.tik(["show", &private]).token(&carl),
                format!("tik: no ticket {private}"),
            ),
        ],
    );
}

#[test]
fn exit_5_unreachable_unavailable_or_busy_after_retrying_for_the_timeout() {
    let svc = Service::start();
    svc.add_user("alice", "agent");
    svc.admin(["user", "passwd", "alice"])
        .stdin("correct horse battery\n")
        .run()
        .success();
    let free = TcpListener::bind("127.0.0.1:0").expect("a listener");
    let nobody = format!("http://{}", free.local_addr().expect("an address"));
    drop(free);
    // Listening, never accepting: the kernel takes the connection, and nobody answers.
    let silent = TcpListener::bind("127.0.0.1:0").expect("a listener");
    let silent_host = format!("http://{}", silent.local_addr().expect("an address"));
    let unavailable = FailingPeer::start(|_| problem(503, ""));
    let busy = FailingPeer::start(|_| problem(429, ""));

    each_exits(
        5,
        [
            mode(
                "nothing listening",
                svc.tik(["list", "--timeout", "2"]).host(&nobody),
                format!(
                    "tik: gave up after * in 2 s: cannot reach {nobody}: \
                     is `tik serve` running there?"
                ),
            ),
            mode(
                "a service answering 503",
                svc.tik(["show", "CS-1", "--timeout", "2"])
                    .host(&unavailable.host),
                "tik: gave up after * in 2 s: the peer answered 503",
            ),
            mode(
                "a service answering 429",
                svc.tik(["list", "--timeout", "2"]).host(&busy.host),
                "tik: gave up after * in 2 s: the peer answered 429",
            ),
            mode(
                "a service that never answers",
                svc.tik(["list", "--timeout", "1"]).host(&silent_host),
                format!(
                    "tik: {silent_host} did not answer within 1 s \
                     (--timeout or TIK_TIMEOUT waits longer)"
                ),
            ),
            // In one script, so that the pause cannot end before the login it stops.
            mode(
                "a login paused after five wrong passwords",
                svc.sh(
                    "login() { \"$TIK\" auth login --user alice --insecure-storage; }; \
                     for guess in 1 2 3 4 5; do echo wrong | login 2>/dev/null; done; \
                     echo 'correct horse battery' | login",
                )
                .no_token(),
                "tik: too many failed logins as 'alice' in a row: try again in * s",
            ),
        ],
    );
    drop(silent);
}
