//! `tik serve` and `tik admin`: the bootstrap, durability across a kill, keys, idempotency,
//! and the operator commands.

use serde_json::json;

use crate::harness::{Service, Tik, keys, on_postgres, sha256_hex};

#[test]
fn the_first_start_prints_the_host_and_an_admin_token_that_works() {
    let svc = Service::start();
    assert_eq!(
        svc.printed,
        [
            format!("export TIK_HOST={}", svc.host),
            format!("export TIK_TOKEN={}", svc.token),
        ]
    );
    assert!(svc.host.starts_with("http://127.0.0.1:"), "{}", svc.host);
    assert!(svc.token.starts_with("tik_"), "{}", svc.token);
    let me = svc.http("GET", "/v1/me").send();
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["name"], "admin");
    assert_eq!(me.json()["role"], "admin");
    svc.tik(["list"]).run().success();
}

#[test]
fn a_restart_prints_only_the_host_and_the_first_token_still_works() {
    let mut svc = Service::start();
    svc.new_ticket("before");
    let first = svc.restart();
    assert_eq!(first.len(), 2, "{first:?}");
    // A command answered, so the service printed all it prints at start.
    svc.tik(["show", "CS-1"]).run().success();
    let second = svc.kill();
    assert_eq!(second, [format!("export TIK_HOST={}", svc.host)]);
    assert!(!svc.log().contains(&svc.token), "the token is never logged");
}

#[test]
fn a_ticket_acknowledged_before_a_kill_survives_the_restart() {
    let mut svc = Service::start();
    let bytes = b"evidence\n".repeat(1000);
    let log = svc.write_file("evidence.log", &bytes);
    svc.tik(["new", "-q", "-t", "Survives", "-b", "kept", "-a"])
        .arg(&log)
        .run()
        .success();
    svc.tik(["comment", "CS-1", "-b", "also kept"])
        .run()
        .success();
    let before = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    // SIGKILL right after the acknowledgement: no graceful shutdown, no flush on exit.
    svc.restart();
    let after = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(after, before);
    assert_eq!(after["attachments"][0]["sha256"], sha256_hex(&bytes));
    let download = svc.http("GET", "/v1/attachments/1").send();
    assert_eq!(download.status, 200);
    assert_eq!(download.body, bytes);
    assert_eq!(
        svc.new_ticket("after"),
        "CS-2",
        "the key counter survived too"
    );
}

#[test]
fn key_prefix_names_the_keys() {
    let svc = Service::start_with(&["--key-prefix", "OPS"]);
    assert_eq!(svc.new_ticket("x"), "OPS-1");
    svc.tik(["show", "OPS-1"]).run().success();
}

#[test]
fn serve_refuses_a_bad_key_prefix() {
    let svc = Service::start();
    let db = svc.dir().join("other.db");
    let run = Tik::new(
        svc.dir(),
        ["serve", "--listen", "127.0.0.1:0", "--key-prefix", "cs1"],
    )
    .arg("--database")
    .arg(&db)
    .run()
    .code(2);
    assert!(run.stderr.contains("capital letters"), "{}", run.stderr);
}

#[test]
fn serve_on_an_address_in_use_fails_naming_it() {
    let svc = Service::start();
    let addr = svc.host.trim_start_matches("http://");
    let err = Tik::new(svc.dir(), ["serve", "--listen", addr, "--database"])
        .arg(svc.dir().join("other.db"))
        .run()
        .fails(1);
    assert!(
        err.contains("cannot listen on") && err.contains(addr),
        "{err}"
    );
}

#[test]
fn admin_user_add_and_token_create_give_a_working_login() {
    let svc = Service::start();
    let user = svc
        .admin([
            "user",
            "add",
            "alice",
            "--email",
            "alice@example.com",
            "--role",
            "requester",
            "--organisation",
            "Acme",
            "--json",
        ])
        .run()
        .success()
        .json();
    assert_eq!(
        user,
        json!({ "name": "alice", "email": "alice@example.com", "role": "requester", "organisation": "Acme" })
    );
    let run = svc.admin(["token", "create", "alice"]).run().success();
    let token = run.stdout.trim_end();
    assert_eq!(
        run.stdout.lines().count(),
        1,
        "the token alone: {}",
        run.stdout
    );
    assert!(token.starts_with("tik_"), "{token}");
    let t = svc
        .tik(["new", "-t", "From alice", "--json"])
        .token(token)
        .run()
        .success()
        .json();
    assert_eq!(t["requester"], "alice");
    assert_eq!(t["organisation"], "Acme");
    let text = svc
        .admin([
            "user",
            "add",
            "bob",
            "--email",
            "bob@example.com",
            "--role",
            "agent",
        ])
        .run()
        .success();
    assert_eq!(text.stdout, "Added bob (agent)\n");
}

#[test]
fn admin_token_create_for_an_unknown_user_is_not_found() {
    let svc = Service::start();
    let err = svc.admin(["token", "create", "ghost"]).run().fails(4);
    assert!(err.contains("ghost"), "{err}");
}

#[test]
fn admin_user_add_twice_is_a_conflict() {
    let svc = Service::start();
    svc.add_user("alice", "agent");
    let err = svc
        .admin(["user", "add", "alice", "--email", "a@example.com"])
        .run()
        .fails(1);
    assert!(
        err.contains("alice") && err.contains("already exists"),
        "{err}"
    );
}

#[test]
fn admin_user_add_refuses_a_bad_name_email_or_role() {
    let svc = Service::start();
    let err = svc
        .admin(["user", "add", "al ice", "--email", "a@example.com"])
        .run()
        .fails(2);
    assert!(err.contains("not a valid user name"), "{err}");
    let err = svc
        .admin(["user", "add", "alice", "--email", "nowhere"])
        .run()
        .fails(2);
    assert!(err.contains("e-mail"), "{err}");
    svc.admin([
        "user",
        "add",
        "alice",
        "--email",
        "a@example.com",
        "--role",
        "boss",
    ])
    .run()
    .code(2);
    svc.admin(["token", "create", "alice"]).run().fails(4);
}

#[test]
fn a_create_retried_with_the_same_idempotency_key_creates_once() {
    let svc = Service::start();
    let body = json!({ "title": "Retry me", "priority": "high" });
    let send = || {
        svc.http("POST", "/v1/tickets")
            .header("Idempotency-Key", "retry-1")
            .json(&body)
            .send()
    };
    let first = send();
    let second = send();
    assert_eq!(
        first.status,
        201,
        "{}",
        String::from_utf8_lossy(&first.body)
    );
    assert_eq!(
        second.status,
        201,
        "{}",
        String::from_utf8_lossy(&second.body)
    );
    assert_eq!(first.json()["key"], "CS-1");
    assert_eq!(second.json()["key"], "CS-1");
    assert_eq!(second.json(), first.json(), "the first answer, replayed");
    let all = svc
        .tik(["list", "--status", "all", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(keys(&all), ["CS-1"]);
    // Another key is another ticket.
    let other = svc
        .http("POST", "/v1/tickets")
        .header("Idempotency-Key", "retry-2")
        .json(&body)
        .send();
    assert_eq!(other.json()["key"], "CS-2");
}

#[test]
fn an_idempotency_key_reused_for_another_request_is_refused() {
    let svc = Service::start();
    let first = svc
        .http("POST", "/v1/tickets")
        .header("Idempotency-Key", "once")
        .json(&json!({ "title": "One" }))
        .send();
    assert_eq!(first.status, 201);
    let reused = svc
        .http("POST", "/v1/tickets")
        .header("Idempotency-Key", "once")
        .json(&json!({ "title": "Another" }))
        .send();
    assert_eq!(
        reused.status,
        422,
        "{}",
        String::from_utf8_lossy(&reused.body)
    );
    assert_eq!(
        reused.header("content-type"),
        Some("application/problem+json")
    );
    assert!(
        reused.json()["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("Idempotency-Key"),
        "{:#}",
        reused.json()
    );
    let all = svc
        .tik(["list", "--status", "all", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(keys(&all), ["CS-1"]);
}

#[test]
fn the_api_refuses_a_request_without_a_token_as_problem_json() {
    let svc = Service::start();
    let health = svc.http("GET", "/v1/health").without_auth().send();
    assert_eq!(health.status, 200);
    assert_eq!(health.body, b"ok");
    let response = svc.http("GET", "/v1/tickets").without_auth().send();
    assert_eq!(response.status, 401);
    assert_eq!(response.header("www-authenticate"), Some("Bearer"));
    assert_eq!(
        response.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(response.json()["status"], 401);
}

#[test]
fn serve_stops_cleanly_on_sigterm_and_keeps_its_data() {
    let mut svc = Service::start();
    svc.new_ticket("kept");
    let status = svc.terminate();
    assert!(status.success(), "{status:?}; log:\n{}", svc.log());
    svc.restart();
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["title"], "kept");
}

#[test]
fn a_refused_create_or_attach_leaves_no_uploaded_file_behind() {
    let svc = Service::start();
    let file = svc.write_file("a.txt", "uploaded before the refusal");
    svc.tik(["new", "-t", "x", "-p", "bogus", "-a"])
        .arg(&file)
        .run()
        .fails(2);
    svc.tik(["attach", "CS-404"]).arg(&file).run().fails(4);
    svc.new_ticket("closed");
    svc.tik(["close", "CS-1"]).run().success();
    svc.tik(["comment", "CS-1", "-b", "late", "-a"])
        .arg(&file)
        .run()
        .fails(1);
    assert_eq!(svc.stored_blobs(), Vec::<std::path::PathBuf>::new());
}

#[test]
fn admin_refuses_a_database_that_does_not_exist_and_creates_none() {
    // A database file; PostgreSQL's are made by their operator.
    if on_postgres() {
        return;
    }
    let svc = Service::start();
    let missing = svc.dir().join("typo.db");
    let err = svc
        .tik(["admin", "--database"])
        .arg(&missing)
        .args(["user", "add", "ann", "--email", "ann@example.com"])
        .run()
        .fails(2);
    assert!(
        err.contains("typo.db") && err.contains("tik serve"),
        "{err}"
    );
    assert!(!missing.exists());
}

#[test]
fn a_database_is_named_by_its_path_or_a_sqlite_url() {
    // How a SQLite database is named.
    if on_postgres() {
        return;
    }
    let svc = Service::start();
    let url = format!("sqlite://{}", svc.database().display());
    svc.tik(["admin", "--database", &url, "user", "add", "ann"])
        .args(["--email", "ann@example.com"])
        .run()
        .success();
    let users = svc
        .tik(["admin", "user", "list", "--database"])
        .arg(svc.database())
        .run()
        .success()
        .stdout;
    assert!(users.contains("ann"), "{users}");
    // A URL of another kind is refused in one line, and no directory is made for it.
    let serve = |url: &str| {
        Tik::new(
            svc.dir(),
            ["serve", "--listen", "127.0.0.1:0", "--database", url],
        )
        .run()
    };
    let err = serve("mysql://db.example/tik").fails(2);
    assert!(err.contains("sqlite://PATH or postgres://"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    // PostgreSQL's replicas must be given the key they share, before anything is opened.
    let err = serve("postgres://tik:s3cret@127.0.0.1:1/tik").fails(2);
    assert!(err.contains("--secret-key-file"), "{err}");
    // A database that does not answer is named in one line, without its password.
    let err = Tik::new(
        svc.dir(),
        ["serve", "--listen", "127.0.0.1:0", "--database", "postgres://tik:s3cret@127.0.0.1:1/tik"],
    )
    .args(["--secret-key-file", "secret.key"])
    .run()
    .fails(1);
    assert!(err.contains("postgres://tik:***@127.0.0.1:1/tik"), "{err}");
    assert!(!err.contains("s3cret"), "{err}");
    assert!(!svc.dir().join("postgres:").exists() && !svc.dir().join("mysql:").exists());
}

#[test]
fn a_second_service_on_the_same_database_is_refused() {
    // The lock file beside a SQLite database; on PostgreSQL, replicas share one.
    if on_postgres() {
        return;
    }
    let svc = Service::start();
    let err = svc
        .tik(["serve", "--listen", "127.0.0.1:0", "--database"])
        .arg(svc.database())
        .run()
        .fails(1);
    assert!(err.contains("another tik serve"), "{err}");
    svc.tik(["list"]).run().success();
}

#[cfg(unix)]
#[test]
fn the_database_and_attachments_are_their_owners_alone() {
    use std::os::unix::fs::PermissionsExt as _;
    // The files of a SQLite database and its attachments.
    if on_postgres() {
        return;
    }
    let mode = |path: &std::path::Path| {
        std::fs::metadata(path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .permissions()
            .mode()
            & 0o777
    };
    let mut svc = Service::start();
    let key = svc.new_ticket("Private");
    let file = svc.write_file("a.txt", "secret contents");
    svc.tik(["attach", &key]).arg(&file).run().success();
    // Every file and directory the service made: 0600 and 0700.
    let private = |svc: &Service| {
        let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(svc.dir())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| {
                path.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("tik.db")
            })
            .collect();
        paths.push(svc.blob_dir().join("incoming"));
        for blob in svc.stored_blobs() {
            paths.push(blob.parent().unwrap().to_owned());
            paths.push(blob);
        }
        for path in &paths {
            let expected = if path.is_dir() { 0o700 } else { 0o600 };
            assert_eq!(mode(path), expected, "{}: {:o}", path.display(), mode(path));
        }
        paths.len()
    };
    assert!(
        private(&svc) >= 6,
        "the database, its lock, WAL, attachments and a blob"
    );
    // A database left readable by an older version is made private at the next start.
    svc.terminate();
    std::fs::set_permissions(svc.database(), std::fs::Permissions::from_mode(0o644)).unwrap();
    svc.restart();
    assert_eq!(mode(&svc.database()), 0o600);
}
