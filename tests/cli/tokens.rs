//! Signing in and the service's tokens: a password traded for a token, what a token's scopes
//! let it do, tokens that expired or were revoked, a token's last use, the caller's tokens
//! and, for admins, other users'.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::{HttpResponse, Service, exit_code};

const PASSWORD: &str = "correct horse battery";

/// `tik admin user passwd NAME`, the password on standard input.
fn set_password(svc: &Service, user: &str, password: &str) {
    let set = svc
        .admin(["user", "passwd", user])
        .stdin(format!("{password}\n"))
        .run()
        .success();
    assert_eq!(set.stdout, format!("Set the password of {user}\n"));
}

fn login(svc: &Service, body: &Value) -> HttpResponse {
    svc.http("POST", "/v1/auth/login")
        .without_auth()
        .json(body)
        .send()
}

fn login_as(svc: &Service, user: &str, password: &str) -> HttpResponse {
    login(
        svc,
        &json!({ "user": user, "password": password, "token_name": "laptop" }),
    )
}

fn detail(response: &HttpResponse, status: u16) -> String {
    response.problem(status)["detail"]
        .as_str()
        .expect("a detail")
        .to_owned()
}

fn me(svc: &Service, token: &str) -> HttpResponse {
    svc.http("GET", "/v1/me").token(token).send()
}

/// A token of `user` made with `tik admin token create USER ARGS`.
fn token_with(svc: &Service, user: &str, args: &[&str]) -> String {
    svc.admin(["token", "create", user])
        .args(args)
        .run()
        .success()
        .stdout
        .trim()
        .to_owned()
}

#[test]
fn a_password_is_traded_for_a_token_which_replaces_one_of_the_same_name() {
    let svc = Service::start();
    svc.add_user("alice", "agent");
    set_password(&svc, "alice", PASSWORD);

    let first = login_as(&svc, "alice", PASSWORD);
    assert_eq!(
        first.status,
        201,
        "{}",
        String::from_utf8_lossy(&first.body)
    );
    let first = first.json();
    assert_eq!(first["user"]["name"], "alice");
    assert_eq!(first["user"]["role"], "agent");
    assert_eq!(first["info"]["name"], "laptop");
    assert_eq!(first["info"]["scopes"], json!(["read", "write"]));
    assert!(first["info"].get("expires_at").is_none(), "{first}");
    let token = first["token"].as_str().expect("the secret").to_owned();
    assert!(token.starts_with("tik_"));
    svc.tik(["list"]).token(&token).run().success();

    let again = login(
        &svc,
        &json!({ "user": "alice", "password": PASSWORD, "token_name": "laptop", "expires_in_days": 30 }),
    );
    assert_eq!(again.status, 201);
    let again = again.json();
    assert!(again["info"]["expires_at"].is_string(), "{again}");
    let replaced = detail(&me(&svc, &token), 401);
    assert!(
        replaced.starts_with("the token 'laptop' was revoked on "),
        "{replaced}"
    );
    let newer = again["token"].as_str().unwrap();
    assert_eq!(me(&svc, newer).json()["token"]["name"], "laptop");
    let names: Vec<Value> = svc
        .http("GET", "/v1/me/tokens")
        .token(newer)
        .send()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].clone())
        .collect();
    assert_eq!(names, [json!("cli"), json!("laptop")], "one laptop token");
}

#[test]
fn a_wrong_password_an_unknown_user_and_no_password_get_the_same_answer() {
    let svc = Service::start();
    svc.add_user("alice", "requester");
    svc.add_user("bob", "requester");
    set_password(&svc, "alice", PASSWORD);
    for (user, password) in [
        ("alice", "correct horse batterY"),
        ("ghost", PASSWORD),
        ("bob", PASSWORD),
        ("alice", ""),
    ] {
        let refused = login_as(&svc, user, password);
        assert_eq!(
            detail(&refused, 401),
            "wrong user name or password",
            "{user}"
        );
    }
    let tokens = svc
        .admin(["token", "list", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(tokens.as_array().unwrap().len(), 3, "no token made");
}

#[test]
fn five_failures_in_a_row_pause_the_user_name_for_a_while() {
    let svc = Service::start();
    svc.add_user("alice", "requester");
    set_password(&svc, "alice", PASSWORD);
    for _ in 0..5 {
        assert_eq!(login_as(&svc, "alice", "guess").status, 401);
    }
    // Even the right password is not heard now: a guesser cannot tell.
    let paused = login_as(&svc, "alice", PASSWORD);
    let message = detail(&paused, 429);
    assert!(message.contains("too many failed logins"), "{message}");
    let wait: u64 = paused
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .expect("seconds");
    assert!((1..=30).contains(&wait), "{wait}");
    // Unknown names are paused alike, and other names are not.
    for _ in 0..5 {
        assert_eq!(login_as(&svc, "ghost", "guess").status, 401);
    }
    assert_eq!(login_as(&svc, "ghost", "guess").status, 429);
    svc.add_user("bob", "requester");
    set_password(&svc, "bob", PASSWORD);
    assert_eq!(login_as(&svc, "bob", PASSWORD).status, 201);
}

#[test]
fn a_success_clears_the_failures() {
    let svc = Service::start();
    svc.add_user("alice", "requester");
    set_password(&svc, "alice", PASSWORD);
    for _ in 0..4 {
        assert_eq!(login_as(&svc, "alice", "guess").status, 401);
    }
    assert_eq!(login_as(&svc, "alice", PASSWORD).status, 201);
    for _ in 0..4 {
        assert_eq!(login_as(&svc, "alice", "guess").status, 401);
    }
    assert_eq!(login_as(&svc, "alice", PASSWORD).status, 201);
}

#[test]
fn a_login_asks_for_what_the_role_allows_and_well_formed_fields() {
    let svc = Service::start();
    svc.add_user("alice", "requester");
    set_password(&svc, "alice", PASSWORD);
    let with = |extra: Value| {
        let mut body = json!({ "user": "alice", "password": PASSWORD, "token_name": "laptop" });
        for (key, value) in extra.as_object().unwrap() {
            body[key] = value.clone();
        }
        login(&svc, &body)
    };
    let admin = detail(&with(json!({ "scopes": ["read", "admin"] })), 422);
    assert!(admin.contains("the 'admin' scope is for admins"), "{admin}");
    let problem = with(json!({ "scopes": [] })).problem(422);
    assert_eq!(problem["errors"][0]["field"], "scopes");
    for days in [0, 36_501] {
        let problem = with(json!({ "expires_in_days": days })).problem(422);
        assert_eq!(problem["errors"][0]["field"], "expires_in_days", "{days}");
    }
    for name in [json!(""), json!("two\nlines"), json!("x".repeat(101))] {
        let problem = with(json!({ "token_name": name })).problem(422);
        assert_eq!(problem["errors"][0]["field"], "token_name", "{name}");
    }
    let problem = with(json!({ "expires_in_days": 1.5 })).problem(422);
    assert_eq!(problem["errors"][0]["field"], "expires_in_days");
    let read_only = with(json!({ "scopes": ["read"], "expires_in_days": 36_500 }));
    assert_eq!(read_only.status, 201);
    assert_eq!(read_only.json()["info"]["scopes"], json!(["read"]));
    // JSON Schema counts 30.0 a whole number, as JSON writers may write it.
    assert_eq!(with(json!({ "expires_in_days": 30.0 })).status, 201);

    // An admin's token may administer, unless asked otherwise.
    let root = svc.http("GET", "/v1/me").send().json();
    assert_eq!(root["token"]["scopes"], json!(["read", "write", "admin"]));
}

#[test]
fn a_read_only_token_reads_but_changes_nothing() {
    let svc = Service::start();
    svc.add_user("bob", "requester");
    let reader = token_with(&svc, "bob", &["--name", "dashboard", "--scopes", "read"]);
    let listed = svc.http("GET", "/v1/tickets").token(&reader).send();
    assert_eq!(listed.status, 200);
    let refused = svc
        .http("POST", "/v1/tickets")
        .token(&reader)
        .json(&json!({ "title": "from a dashboard" }))
        .send();
    let message = "this token may only read (scopes: read); changing tickets needs the 'write' scope: `tik auth login` gets a token with it";
    assert_eq!(detail(&refused, 403), message);
    svc.tik(["list"]).token(&reader).run().success();
    let err = svc
        .tik(["new", "-t", "from a dashboard"])
        .token(&reader)
        .run()
        .fails(3);
    assert!(err.contains(message), "{err}");
    assert_eq!(
        svc.tik(["list", "--json"]).run().success().json(),
        json!([]),
        "nothing made"
    );
    // Write takes no read with it: a token that may only write cannot list.
    let writer = token_with(&svc, "bob", &["--name", "pipeline", "--scopes", "write"]);
    let message = detail(&svc.http("GET", "/v1/tickets").token(&writer).send(), 403);
    assert!(
        message.contains("reading needs the 'read' scope"),
        "{message}"
    );
    svc.new_ticket_as(&writer, "from a pipeline", &[]);
}

#[test]
fn expired_revoked_and_unknown_tokens_are_refused_saying_which_and_when() {
    let svc = Service::start();
    svc.add_user("bob", "requester");
    let old = token_with(&svc, "bob", &["--name", "old", "--expires-in", "1"]);
    svc.sql("UPDATE tokens SET expires_at = '2026-01-02T03:04:05.000Z' WHERE name = 'old'");
    let expired =
        "the token 'old' expired on 2026-01-02T03:04:05Z: log in again with `tik auth login`";
    assert_eq!(detail(&me(&svc, &old), 401), expired);
    let err = svc.tik(["list"]).token(&old).run().fails(3);
    assert!(err.contains(expired), "{err}");

    let gone = token_with(&svc, "bob", &["--name", "gone"]);
    let id = svc
        .admin(["token", "list", "--user", "bob", "--json"])
        .run()
        .success()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "gone")
        .expect("listed")["id"]
        .to_string();
    svc.admin(["token", "revoke", &id]).run().success();
    let revoked = detail(&me(&svc, &gone), 401);
    let pattern = regex::Regex::new(
        r"^the token 'gone' was revoked on \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ: log in again with `tik auth login`$",
    )
    .unwrap();
    assert!(pattern.is_match(&revoked), "{revoked}");
    let err = svc.tik(["list"]).token(&gone).run().fails(3);
    assert!(err.contains(&revoked), "{err}");

    let unknown = detail(&me(&svc, "tik_0000"), 401);
    assert_eq!(
        unknown,
        "the token is not known to this service: log in with `tik auth login`"
    );
}

#[test]
fn me_shows_the_caller_and_the_token_whose_use_is_recorded() {
    let svc = Service::start();
    svc.add_member("bob", "Acme");
    let token = token_with(&svc, "bob", &["--name", "ci", "--expires-in", "7"]);
    let listed = |svc: &Service| {
        svc.admin(["token", "list", "--user", "bob", "--json"])
            .run()
            .success()
            .json()[1]
            .clone()
    };
    assert!(listed(&svc).get("last_used_at").is_none(), "not used yet");
    let me = me(&svc, &token).json();
    assert_eq!(me["name"], "bob");
    assert_eq!(me["organisation"], "Acme");
    assert_eq!(me["token"]["name"], "ci");
    assert_eq!(me["token"]["scopes"], json!(["read", "write"]));
    assert!(me["token"]["created_at"].is_string());
    assert!(me["token"]["expires_at"].is_string());
    let used = me["token"]["last_used_at"].as_str().expect("this use");
    // Recorded without the request waiting for it: it shows a moment later.
    let started = Instant::now();
    let recorded = loop {
        if let Some(at) = listed(&svc).get("last_used_at").cloned() {
            break at;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the use is never recorded"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(recorded, used);
    let table = svc.admin(["token", "list"]).run().success().stdout;
    let header: Vec<&str> = table
        .lines()
        .next()
        .unwrap()
        .split("  ")
        .filter(|c| !c.is_empty())
        .map(str::trim)
        .collect();
    assert_eq!(
        header,
        [
            "ID",
            "USER",
            "NAME",
            "SCOPES",
            "STATE",
            "CREATED",
            "EXPIRES",
            "LAST USED"
        ]
    );
    let row = table
        .lines()
        .find(|l| l.contains(" ci "))
        .expect("the ci token");
    assert!(
        row.contains(" read,write ") && row.trim_end().ends_with('Z'),
        "{row}"
    );
}

#[test]
fn own_tokens_are_listed_and_revoked_by_name() {
    let svc = Service::start();
    let first = svc.add_user("bob", "requester");
    let second = svc.token_for("bob");
    let reader = token_with(&svc, "bob", &["--name", "reader", "--scopes", "read"]);
    let mine = svc.http("GET", "/v1/me/tokens").token(&first).send();
    assert_eq!(mine.status, 200);
    let mine = mine.json();
    let names: Vec<&str> = mine
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["cli", "cli-2", "reader"], "oldest first");
    assert!(!mine.to_string().contains("tik_"), "no secret: {mine}");

    let refused = svc
        .http("DELETE", "/v1/me/tokens/cli-2")
        .token(&reader)
        .send();
    assert!(
        detail(&refused, 403).contains("revoking a token needs the 'write' scope"),
        "a read-only token revokes nothing"
    );
    let revoked = svc
        .http("DELETE", "/v1/me/tokens/cli-2")
        .token(&first)
        .send();
    assert_eq!(revoked.status, 204);
    assert_eq!(me(&svc, &second).status, 401);
    let again = svc
        .http("DELETE", "/v1/me/tokens/cli-2")
        .token(&first)
        .send();
    assert_eq!(
        detail(&again, 404),
        "you have no token named 'cli-2': `tik auth tokens` lists them"
    );
    // Another user's token of that name is not the caller's.
    let carol = svc.add_user("carol", "requester");
    let own = svc.http("DELETE", "/v1/me/tokens/cli").token(&first).send();
    assert_eq!(own.status, 204);
    assert_eq!(me(&svc, &first).status, 401, "bob's own cli");
    assert_eq!(me(&svc, &carol).status, 200, "carol's cli");
}

#[test]
fn any_token_logs_itself_out_and_only_itself() {
    let svc = Service::start();
    let kept = svc.add_user("bob", "requester");
    let reader = token_with(&svc, "bob", &["--name", "reader", "--scopes", "read"]);
    let out = svc.http("DELETE", "/v1/me/token").token(&reader).send();
    assert_eq!(out.status, 204);
    assert!(detail(&me(&svc, &reader), 401).starts_with("the token 'reader' was revoked"));
    assert_eq!(me(&svc, &kept).status, 200);
}

#[test]
fn other_users_tokens_are_for_an_admin_with_the_admin_scope() {
    let svc = Service::start();
    let bob = svc.add_user("bob", "requester");
    let listed = svc.http("GET", "/v1/users/bob/tokens").send();
    assert_eq!(listed.status, 200);
    assert_eq!(listed.json()[0]["name"], "cli");
    assert_eq!(
        detail(&svc.http("GET", "/v1/users/ghost/tokens").send(), 404),
        "no user 'ghost'"
    );
    let missing = svc.http("DELETE", "/v1/users/bob/tokens/nope").send();
    assert!(detail(&missing, 404).starts_with("bob has no token named 'nope'"));
    // A name no user or token could have is not found either.
    let odd = svc.http("DELETE", "/v1/users/b%0Ab/tokens/cli").send();
    assert_eq!(detail(&odd, 404), "no user 'b\nb'");
    let odd = svc.http("DELETE", "/v1/me/tokens/c%0Ali").send();
    assert_eq!(odd.problem(404)["status"], 404);

    let plain = token_with(
        &svc,
        "admin",
        &["--name", "daily", "--scopes", "read,write"],
    );
    let refused = svc.http("GET", "/v1/users/bob/tokens").token(&plain).send();
    assert_eq!(
        detail(&refused, 403),
        "this token may only read and change tickets (scopes: read, write); acting on other users' tokens needs the 'admin' scope: `tik auth login` gets a token with it"
    );
    let agent = svc.add_user("alice", "agent");
    let refused = svc.http("GET", "/v1/users/bob/tokens").token(&agent).send();
    assert_eq!(
        detail(&refused, 403),
        "only an admin may see or revoke other users' tokens"
    );
    let refused = svc
        .http("DELETE", "/v1/users/bob/tokens/cli")
        .token(&agent)
        .send();
    assert_eq!(refused.status, 403);
    assert_eq!(me(&svc, &bob).status, 200);

    let revoked = svc.http("DELETE", "/v1/users/bob/tokens/cli").send();
    assert_eq!(revoked.status, 204);
    assert!(detail(&me(&svc, &bob), 401).starts_with("the token 'cli' was revoked"));
    assert_eq!(
        svc.http("GET", "/v1/users/bob/tokens").send().json(),
        json!([])
    );
}

#[test]
fn passwd_takes_one_line_of_standard_input_never_an_argument() {
    let svc = Service::start();
    svc.add_user("alice", "requester");
    let short = svc
        .admin(["user", "passwd", "alice"])
        .stdin("short\n")
        .run()
        .fails(2);
    assert_eq!(short, "tik: a password is at least 8 characters");
    let none = svc.admin(["user", "passwd", "alice"]).run().fails(2);
    assert!(
        none.starts_with(
            "tik: no password on standard input: pipe one in, as in printf '%s\\n' \"$PASSWORD\" | tik admin user passwd alice"
        ),
        "{none}"
    );
    let no_input = svc
        .admin(["user", "passwd", "alice", "--no-input"])
        .run()
        .fails(2);
    assert!(
        no_input.ends_with("(prompts are off: --no-input)"),
        "{no_input}"
    );
    let ghost = svc
        .admin(["user", "passwd", "ghost"])
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .fails(4);
    assert_eq!(ghost, "tik: no user 'ghost'");
    assert_eq!(
        login_as(&svc, "alice", PASSWORD).status,
        401,
        "none set yet"
    );

    // The first line only, without its line ending.
    let set = svc
        .admin(["user", "passwd", "alice"])
        .stdin(format!("{PASSWORD}\r\nnot this\n"))
        .run()
        .success();
    assert_eq!(set.stdout, "Set the password of alice\n");
    assert!(!set.stdout.contains(PASSWORD) && !set.stderr.contains(PASSWORD));
    assert_eq!(login_as(&svc, "alice", PASSWORD).status, 201);
    let kept = svc.sql("SELECT password_hash FROM users WHERE name = 'alice'")[0][0]
        .clone()
        .expect("a hash");
    assert!(
        kept.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{kept}"
    );
    assert!(!svc.log().contains(PASSWORD), "never logged");
}

#[test]
fn passwd_asks_twice_at_a_terminal_without_echo() {
    let svc = Service::start();
    svc.add_user("alice", "requester");
    let mut session = svc.admin(["user", "passwd", "alice"]).in_terminal();
    let mut screen = session
        .exp_string("New password for alice")
        .expect("a prompt");
    session.send_line(PASSWORD).expect("typing");
    screen += &session.exp_string("Again").expect("a confirmation");
    session.send_line(PASSWORD).expect("typing");
    screen += &session
        .exp_string("Set the password of alice")
        .expect("the password is set");
    assert!(!screen.contains(PASSWORD), "echoed: {screen:?}");
    assert_eq!(exit_code(session), 0);
    assert_eq!(login_as(&svc, "alice", PASSWORD).status, 201);
}

#[test]
fn token_create_gives_the_scopes_the_role_allows_under_a_name_of_its_own() {
    let svc = Service::start();
    svc.add_user("bob", "requester");
    let err = svc
        .admin(["token", "create", "bob", "--scopes", "read,admin"])
        .run()
        .fails(2);
    assert!(err.contains("the 'admin' scope is for admins"), "{err}");
    svc.admin(["token", "create", "bob", "--scopes", "nope"])
        .run()
        .code(2);
    let made = svc
        .admin([
            "token", "create", "bob", "--name", "ci", "--scopes", "read", "--json",
        ])
        .run()
        .success()
        .json();
    assert_eq!(made["scopes"], json!(["read"]));
    let taken = svc
        .admin(["token", "create", "bob", "--name", "ci"])
        .run()
        .fails(1);
    assert!(
        taken.contains("bob already has a token named 'ci'"),
        "{taken}"
    );
    let admin = svc
        .admin(["token", "create", "admin", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(admin["scopes"], json!(["read", "write", "admin"]));
    assert_eq!(admin["name"], "cli");
    let list = svc
        .admin(["token", "list", "--json"])
        .run()
        .success()
        .json();
    let names: Vec<(&str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["user"].as_str().unwrap(), t["name"].as_str().unwrap()))
        .collect();
    assert_eq!(
        names,
        [
            ("admin", "bootstrap"),
            ("bob", "cli"),
            ("bob", "ci"),
            ("admin", "cli")
        ]
    );
    let numbered = svc
        .admin(["token", "create", "bob", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(numbered["name"], "cli-2");
}
