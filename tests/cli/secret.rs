//! `tik secret`: a password given to support, kept sealed, read by support alone, cleared or
//! purged on time; and whatever the service keeps or logs never holds it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::harness::{Service, Tik, on_postgres};

const SECRET: &str = "correct-Horse-battery-staple-7Qz!";

/// A desk with a requester of Acme who opened CS-1 (visible to Acme), a colleague of theirs,
/// a requester of another organisation, and an agent. Tokens in that order.
struct Desk {
    svc: Service,
    bob: String,
    carol: String,
    eve: String,
    alice: String,
}

fn desk_with(serve_args: &[&str]) -> Desk {
    let svc = Service::start_with(serve_args);
    let bob = svc.add_member("bob", "Acme");
    let carol = svc.add_member("carol", "Acme");
    let eve = svc.add_member("eve", "Globex");
    let alice = svc.add_user("alice", "agent");
    let key = svc
        .tik(["new", "-q", "-t", "Database down"])
        .token(&bob)
        .run()
        .success()
        .stdout;
    assert_eq!(key.trim(), "CS-1");
    Desk {
        svc,
        bob,
        carol,
        eve,
        alice,
    }
}

fn desk() -> Desk {
    desk_with(&[])
}

impl Desk {
    fn tik<const N: usize>(&self, token: &str, args: [&str; N]) -> Tik {
        self.svc.tik(args).token(token)
    }

    fn give(&self, token: &str, secret: &str) {
        self.tik(token, ["secret", "set", "CS-1"])
            .stdin(format!("{secret}\n"))
            .run()
            .success();
    }
}

/// `(kind, actor, data)` of the ticket's secret events, oldest first.
fn secret_events(svc: &Service) -> Vec<(String, Option<String>, serde_json::Value)> {
    svc.sql(
        "SELECT e.kind, u.name, e.data FROM events e LEFT JOIN users u ON u.id = e.actor_id
         WHERE e.kind LIKE 'secret-%' ORDER BY e.seq",
    )
    .into_iter()
    .map(|row| {
        let [kind, actor, data] = <[Option<String>; 3]>::try_from(row).expect("three columns");
        let data = serde_json::from_str(&data.expect("data")).expect("JSON");
        (kind.expect("a kind"), actor, data)
    })
    .collect()
}

fn secrets_kept(svc: &Service) -> u64 {
    svc.sql("SELECT count(*) FROM secrets")[0][0]
        .as_deref()
        .expect("a count")
        .parse()
        .expect("a number")
}

/// Every file the service keeps (on SQLite, beside its database: the database, its WAL and
/// shared memory, the attachments, the key and lock files; on PostgreSQL, the key file and a
/// dump of its database, written here), and its log.
fn files_of(svc: &Service) -> Vec<PathBuf> {
    fn walk(path: &Path, found: &mut Vec<PathBuf>) {
        if path.is_dir() {
            for entry in std::fs::read_dir(path).unwrap() {
                walk(&entry.unwrap().path(), found);
            }
        } else {
            found.push(path.to_owned());
        }
    }
    let mut found = vec![svc.dir().join("serve.log")];
    if let Some(dump) = svc.database_dump() {
        let path = svc.dir().join("database.dump");
        std::fs::write(&path, dump).unwrap();
        found.extend([path, svc.secret_key_file()]);
        return found;
    }
    for entry in std::fs::read_dir(svc.dir()).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("tik.db")
        {
            walk(&path, &mut found);
        }
    }
    found
}

#[track_caller]
fn assert_kept_nowhere_in_plain_text(svc: &Service, secret: &str) {
    let files = files_of(svc);
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let expected: &[&str] = if on_postgres() {
        &["database.dump", "secret.key", "serve.log"]
    } else {
        &["tik.db", "tik.db-wal", "tik.db.key", "serve.log"]
    };
    for expected in expected {
        assert!(
            names.iter().any(|n| n == *expected),
            "{expected} in {names:?}"
        );
    }
    // A dump writes bytes in hex: the secret is looked for so too.
    let hex = hex::encode(secret);
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        for plain in [secret, &hex] {
            assert!(
                !bytes.windows(plain.len()).any(|w| w == plain.as_bytes()),
                "{} holds the secret in plain text",
                file.display()
            );
        }
    }
    assert!(!svc.log().contains(secret), "the log holds the secret");
}

#[test]
fn a_secret_from_stdin_is_sealed_and_only_support_reads_it() {
    let d = desk();
    let given = d
        .tik(&d.bob, ["secret", "set", "cs-1"])
        .stdin(format!("{SECRET}\n"))
        .run()
        .success();
    assert!(
        given
            .stdout
            .starts_with("Gave CS-1 a secret; support can read it until "),
        "{}",
        given.stdout
    );

    // Support reads it exactly, without the newline that ended it on stdin.
    let read = d.tik(&d.alice, ["secret", "show", "CS-1"]).run().success();
    assert_eq!(read.stdout, format!("{SECRET}\n"));
    let read = d
        .tik(&d.alice, ["secret", "show", "CS-1", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(read["secret"], SECRET);
    assert_eq!(read["given_by"], "bob");

    // Whoever else sees the ticket knows a secret was given, by whom and until when; never it.
    for token in [&d.bob, &d.carol] {
        let shown = d.tik(token, ["show", "CS-1", "--json"]).run().success();
        assert!(!shown.stdout.contains(SECRET), "{}", shown.stdout);
        let secret = &shown.json()["secret"];
        assert_eq!(secret["given_by"], "bob");
        let given_at = secret["given_at"].as_str().unwrap();
        let expires_at = secret["expires_at"].as_str().unwrap();
        let lifetime = chrono::DateTime::parse_from_rfc3339(expires_at).unwrap()
            - chrono::DateTime::parse_from_rfc3339(given_at).unwrap();
        assert_eq!(lifetime, chrono::Duration::days(7));
        assert_eq!(
            secret.as_object().unwrap().len(),
            3,
            "who, when, until: {secret}"
        );
    }
    let human = d.tik(&d.carol, ["show", "CS-1"]).run().success().stdout;
    assert!(human.contains("secret:     given by bob, "), "{human}");
    assert!(!human.contains(SECRET), "{human}");

    // The requester knows it and may not read it back; another organisation cannot see it.
    let refused = d.tik(&d.bob, ["secret", "show", "CS-1"]).run().fails(3);
    assert!(refused.contains("only an agent or an admin"), "{refused}");
    d.tik(&d.carol, ["secret", "show", "CS-1"]).run().fails(3);
    let hidden = d.tik(&d.eve, ["secret", "show", "CS-1"]).run().fails(4);
    assert_eq!(hidden, "tik: no ticket CS-1");
    d.tik(&d.eve, ["secret", "set", "CS-1"])
        .stdin("guess")
        .run()
        .fails(4);
    d.tik(&d.eve, ["secret", "clear", "CS-1"]).run().fails(4);

    // Sealed at rest: the row holds a 24-byte nonce and bytes that are not the secret; the
    // event says a secret was given, and nothing of it.
    let lengths = d
        .svc
        .sql("SELECT length(nonce), length(ciphertext) FROM secrets");
    let length = |column: usize| lengths[0][column].as_deref().unwrap().parse::<usize>().unwrap();
    assert_eq!(lengths.len(), 1);
    assert_eq!(length(0), 24);
    assert_eq!(length(1), SECRET.len() + 16, "the text and its tag");
    let events = secret_events(&d.svc);
    assert_eq!(events.len(), 1, "{events:?}");
    let (kind, actor, data) = &events[0];
    assert_eq!(
        (kind.as_str(), actor.as_deref()),
        ("secret-given", Some("bob"))
    );
    assert_eq!(
        data["changes"],
        serde_json::json!([{ "field": "secret", "from": null, "to": "given" }])
    );
    assert!(data["expires_at"].is_string(), "{data}");
    assert_kept_nowhere_in_plain_text(&d.svc, SECRET);
}

#[test]
fn a_secret_typed_at_a_terminal_is_not_echoed() {
    let d = desk();
    let mut session = d.tik(&d.bob, ["secret", "set", "CS-1"]).in_terminal();
    let mut screen = session.exp_string("Secret for CS-1").expect("a prompt");
    session.send_line(SECRET).expect("typing");
    screen += &session.exp_string("Again").expect("a confirmation");
    session.send_line(SECRET).expect("typing");
    screen += &session
        .exp_string("Gave CS-1 a secret")
        .expect("the secret is given");
    screen += &session.exp_eof().expect("the command ends");
    assert!(
        !screen.contains(SECRET),
        "the secret was echoed: {screen:?}"
    );
    let read = d.tik(&d.alice, ["secret", "show", "CS-1"]).run().success();
    assert_eq!(read.stdout, format!("{SECRET}\n"));
    assert_kept_nowhere_in_plain_text(&d.svc, SECRET);
}

#[test]
fn a_secret_is_never_taken_from_the_command_line_nor_empty() {
    let d = desk();
    let usage = d
        .tik(&d.bob, ["secret", "set", "CS-1", SECRET])
        .run()
        .fails(2);
    assert!(usage.contains("unexpected argument"), "{usage}");
    let empty = d
        .tik(&d.bob, ["secret", "set", "CS-1"])
        .stdin("\n")
        .run()
        .fails(2);
    assert_eq!(empty, "tik: the secret is empty; nothing sent");
    let mut session = d
        .tik(&d.bob, ["secret", "set", "CS-1", "--no-input"])
        .in_terminal();
    session
        .exp_string("pipe it to standard input (prompts are off: --no-input)")
        .expect("the way to give it");
    session.exp_eof().expect("the command ends");
    let long = "x".repeat(4097);
    let refused = d
        .tik(&d.bob, ["secret", "set", "CS-1"])
        .stdin(long)
        .run()
        .fails(2);
    assert_eq!(refused, "tik: the secret is over 4096 characters");
    assert_eq!(secrets_kept(&d.svc), 0);
}

#[test]
fn the_customer_or_support_clears_a_secret_and_it_is_recorded() {
    let d = desk();
    d.give(&d.bob, SECRET);
    let refused = d.tik(&d.carol, ["secret", "clear", "CS-1"]).run().fails(3);
    assert!(refused.contains("only the requester"), "{refused}");
    let cleared = d.tik(&d.bob, ["secret", "clear", "CS-1"]).run().success();
    assert_eq!(cleared.stdout, "Cleared the secret of CS-1\n");
    let gone = d.tik(&d.alice, ["secret", "show", "CS-1"]).run().fails(4);
    assert!(gone.contains("CS-1 holds no secret"), "{gone}");
    let shown = d
        .tik(&d.bob, ["show", "CS-1", "--json"])
        .run()
        .success()
        .json();
    assert!(shown.get("secret").is_none(), "{shown}");
    d.tik(&d.bob, ["secret", "clear", "CS-1"]).run().fails(4);
    assert_eq!(secrets_kept(&d.svc), 0);

    // Their organisation's admin, and support, may clear it too; a new secret replaces one.
    d.svc
        .admin(["user", "add", "olga", "--email", "olga@acme.example"])
        .args(["--role", "org-admin", "--organisation", "Acme"])
        .run()
        .success();
    let olga = d.svc.token_for("olga");
    d.give(&d.bob, "first");
    d.give(&d.bob, "second");
    let read = d.tik(&d.alice, ["secret", "show", "CS-1"]).run().success();
    assert_eq!(read.stdout, "second\n");
    d.tik(&olga, ["secret", "clear", "CS-1"]).run().success();
    d.give(&d.alice, "taken by phone");
    d.tik(&d.alice, ["secret", "clear", "CS-1"]).run().success();

    let events: Vec<(String, Option<String>, serde_json::Value)> = secret_events(&d.svc);
    let told: Vec<(&str, Option<&str>, &serde_json::Value)> = events
        .iter()
        .map(|(kind, actor, data)| (kind.as_str(), actor.as_deref(), &data["changes"][0]["to"]))
        .collect();
    let given = serde_json::json!("given");
    let none = serde_json::Value::Null;
    assert_eq!(
        told,
        [
            ("secret-given", Some("bob"), &given),
            ("secret-cleared", Some("bob"), &none),
            ("secret-given", Some("bob"), &given),
            ("secret-given", Some("bob"), &given),
            ("secret-cleared", Some("olga"), &none),
            ("secret-given", Some("alice"), &given),
            ("secret-cleared", Some("alice"), &none),
        ]
    );
    assert_eq!(events[3].2["changes"][0]["from"], "given", "a replacement");
    for (_, _, data) in &events {
        let text = data.to_string();
        for secret in [SECRET, "first", "second", "taken by phone"] {
            assert!(!text.contains(secret), "{text}");
        }
    }
}

#[test]
fn a_closed_ticket_takes_no_secret() {
    let d = desk();
    d.tik(&d.bob, ["close", "CS-1"]).run().success();
    let refused = d
        .tik(&d.bob, ["secret", "set", "CS-1"])
        .stdin(SECRET)
        .run()
        .fails(1);
    assert!(refused.contains("CS-1 is closed"), "{refused}");
    assert_eq!(secrets_kept(&d.svc), 0);
}

#[test]
fn a_secret_is_purged_when_its_time_is_up() {
    let d = desk_with(&["--secret-lifetime", "2s"]);
    d.give(&d.bob, SECRET);
    let shown = d
        .tik(&d.bob, ["show", "CS-1", "--json"])
        .run()
        .success()
        .json();
    assert!(shown["secret"].is_object(), "{shown}");
    // Bounded: the purge looks every second here; a minute means it never came.
    let deadline = Instant::now() + Duration::from_secs(60);
    while secrets_kept(&d.svc) > 0 {
        assert!(
            Instant::now() < deadline,
            "the secret outlived its time; the log:\n{}",
            d.svc.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let events = secret_events(&d.svc);
    let (kind, actor, data) = events.last().expect("a purge event");
    assert_eq!((kind.as_str(), actor.as_deref()), ("secret-purged", None));
    assert_eq!(
        data["changes"],
        serde_json::json!([{ "field": "secret", "from": "given", "to": null }])
    );
    d.tik(&d.alice, ["secret", "show", "CS-1"]).run().fails(4);
    let shown = d
        .tik(&d.bob, ["show", "CS-1", "--json"])
        .run()
        .success()
        .json();
    assert!(shown.get("secret").is_none(), "{shown}");
    assert_kept_nowhere_in_plain_text(&d.svc, SECRET);
}

#[test]
fn an_altered_or_moved_secret_is_refused_not_read_as_garbage() {
    let d = desk();
    d.give(&d.bob, SECRET);
    d.svc.new_ticket("Another");
    // Sealed for CS-1, moved to CS-2: the seal is bound to its ticket.
    d.svc.sql(
        "INSERT INTO secrets SELECT 2, nonce, ciphertext, given_by, given_at, expires_at
         FROM secrets WHERE ticket_id = 1",
    );
    let moved = d.tik(&d.alice, ["secret", "show", "CS-2"]).run().fails(1);
    assert!(
        moved.contains("the secret of CS-2 fails its integrity check"),
        "{moved}"
    );
    // One bit flipped in the database. Bytes read as `\x` and hex on both backends, and are
    // written back in each one's literal.
    let read = d.svc.sql("SELECT ciphertext FROM secrets WHERE ticket_id = 1");
    let hex = read[0][0].as_deref().unwrap().strip_prefix("\\x").unwrap();
    let mut ciphertext = hex::decode(hex).unwrap();
    ciphertext[3] ^= 0x01;
    let flipped = hex::encode(ciphertext);
    let literal = if on_postgres() {
        format!("'\\x{flipped}'")
    } else {
        format!("x'{flipped}'")
    };
    d.svc.sql(&format!(
        "UPDATE secrets SET ciphertext = {literal} WHERE ticket_id = 1"
    ));
    let altered = d.tik(&d.alice, ["secret", "show", "CS-1"]).run().fails(1);
    assert!(
        altered.contains("the secret of CS-1 fails its integrity check")
            && altered.contains("tik secret set CS-1"),
        "{altered}"
    );
    let problem = d
        .svc
        .http("GET", "/v1/tickets/CS-1/secret")
        .send()
        .problem(500);
    assert_eq!(problem["type"], "https://tik.dev/problems/unreadable");
}

#[cfg(unix)]
#[test]
fn the_key_file_is_made_private_and_a_bad_one_stops_the_service() {
    use std::os::unix::fs::PermissionsExt as _;
    // About the key file SQLite keeps beside its database by default; on PostgreSQL the
    // harness names one, and replicas must share it.
    if on_postgres() {
        return;
    }
    let mut d = desk();
    d.give(&d.bob, SECRET);
    let key = d.svc.dir().join("tik.db.key");
    let metadata = std::fs::metadata(&key).expect("a key file beside the database");
    assert_eq!(metadata.len(), 32);
    assert_eq!(metadata.permissions().mode() & 0o777, 0o600);

    let serve = |svc: &Service, database: &Path, key_file: Option<&Path>| {
        let mut tik = Tik::new(
            svc.dir(),
            ["serve", "--listen", "127.0.0.1:0", "--database"],
        )
        .arg(database);
        if let Some(key_file) = key_file {
            tik = tik.arg("--secret-key-file").arg(key_file);
        }
        tik.run().fails(1)
    };
    let other = d.svc.dir().join("other.db");
    let short = d.svc.write_file("short.key", "not a key");
    std::fs::set_permissions(&short, std::fs::Permissions::from_mode(0o600)).unwrap();
    let err = serve(&d.svc, &other, Some(&short));
    assert!(
        err.contains(&format!(
            "{} holds 9 bytes, not the 32 of a key",
            short.display()
        )),
        "{err}"
    );
    let open = d.svc.write_file("open.key", [7u8; 32]);
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o644)).unwrap();
    let err = serve(&d.svc, &other, Some(&open));
    assert!(err.contains("is open to others (mode 644)"), "{err}");
    let directory = d.svc.file("a-directory.key");
    std::fs::create_dir(&directory).unwrap();
    std::fs::set_permissions(&directory, std::fs::Permissions::from_mode(0o700)).unwrap();
    let err = serve(&d.svc, &other, Some(&directory));
    assert!(err.contains("is not a file"), "{err}");

    // A lost key is not replaced while secrets sealed with it are kept.
    d.svc.terminate();
    std::fs::remove_file(&key).unwrap();
    let err = serve(&d.svc, &d.svc.database(), None);
    assert!(
        err.contains("tik.db.key is missing, and the database keeps 1 secret(s)"),
        "{err}"
    );
    assert!(!key.exists());
}
