//! `tik auth`: tokens kept in a real Secret Service (gnome-keyring on a D-Bus session of the
//! test's own), or, only when asked, in a private file; never a hang, never a silent fallback.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::harness::{Service, Tik};
use crate::keyring::SecretService;

/// Far more than a keyring call may take (a few seconds): past it, tik hung.
const NEVER_HANGS: Duration = Duration::from_secs(20);

/// `tik ARGS` with no `TIK_TOKEN`, on `keyring`'s session: the token is the one kept.
fn logged_in(svc: &Service, keyring: &SecretService, args: &[&str]) -> Tik {
    svc.tik(args).no_token().keyring(keyring)
}

fn credentials_file(svc: &Service) -> PathBuf {
    svc.dir()
        .join("config")
        .join("tik")
        .join("credentials.toml")
}

/// Every file under `dir` whose bytes contain `needle`.
fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file()
                && std::fs::read(&path).is_ok_and(|bytes| {
                    bytes
                        .windows(needle.len())
                        .any(|window| window == needle.as_bytes())
                })
            {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn a_token_logged_in_with_lives_in_the_secret_service_and_logging_out_revokes_it() {
    let svc = Service::start();
    let keyring = SecretService::start(&svc);
    let token = svc.add_user("alice", "agent");

    let login = logged_in(&svc, &keyring, &["auth", "login", "--with-token"])
        .stdin(format!("{token}\n"))
        .run()
        .success();
    assert!(
        login
            .stdout
            .starts_with(&format!("Logged in to {} as alice (agent)", svc.host)),
        "{}",
        login.stdout
    );
    assert!(login.stdout.contains("the system keyring (Secret Service)"));
    assert_eq!(keyring.lookup(&svc.host).as_deref(), Some(token.as_str()));

    // Later commands find it there, with no TIK_TOKEN.
    svc.new_ticket("Printer on fire");
    let listed = logged_in(&svc, &keyring, &["list", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(listed[0]["key"], "CS-1");

    // No file holds it in plain text: not the configuration, not the log, not the keyring's.
    assert_eq!(files_containing(svc.dir(), &token), Vec::<PathBuf>::new());

    let status = logged_in(&svc, &keyring, &["auth", "status"])
        .run()
        .success();
    assert!(!status.stdout.contains(&token) && !status.stderr.contains(&token));
    assert!(
        status
            .stdout
            .contains("kept in:  the system keyring (Secret Service)"),
        "{}",
        status.stdout
    );
    assert!(status.stdout.contains("user:     alice (agent)"));
    let printed = logged_in(&svc, &keyring, &["auth", "token"])
        .run()
        .success();
    assert_eq!(printed.stdout.trim(), token);

    let logout = logged_in(&svc, &keyring, &["auth", "logout"])
        .run()
        .success();
    assert!(
        logout.stdout.contains("revoked the token"),
        "{}",
        logout.stdout
    );
    assert_eq!(keyring.lookup(&svc.host), None);
    let refused = svc.tik(["list"]).token(&token).run().fails(3);
    assert!(refused.contains("was revoked"), "{refused}");
    let gone = logged_in(&svc, &keyring, &["list"]).run().fails(3);
    assert!(gone.contains("not logged in"), "{gone}");
    logged_in(&svc, &keyring, &["auth", "status"])
        .run()
        .fails(3);
}

#[test]
fn tik_token_wins_over_the_keyring() {
    let svc = Service::start();
    let keyring = SecretService::start(&svc);
    let alice = svc.add_user("alice", "agent");
    let bob = svc.add_user("bob", "requester");
    logged_in(&svc, &keyring, &["auth", "login", "--with-token"])
        .stdin(alice)
        .run()
        .success();
    let me = svc
        .tik(["whoami"])
        .token(&bob)
        .keyring(&keyring)
        .run()
        .success();
    assert!(me.stdout.starts_with("bob "), "{}", me.stdout);
    let status = svc
        .tik(["auth", "status"])
        .token(&bob)
        .keyring(&keyring)
        .run()
        .success();
    assert!(
        status
            .stdout
            .contains("kept in:  the environment (TIK_TOKEN)"),
        "{}",
        status.stdout
    );
}

#[test]
fn a_refused_token_is_never_kept() {
    let svc = Service::start();
    let keyring = SecretService::start(&svc);
    let message = logged_in(&svc, &keyring, &["auth", "login", "--with-token"])
        .stdin("tik_not-a-real-token\n")
        .run()
        .fails(3);
    assert!(message.contains("not known"), "{message}");
    assert_eq!(keyring.lookup(&svc.host), None);
    let empty = logged_in(&svc, &keyring, &["auth", "login", "--with-token"])
        .stdin("\n")
        .run()
        .fails(2);
    assert!(empty.contains("empty"), "{empty}");
}

#[test]
fn without_a_session_bus_login_stops_within_seconds_and_offers_insecure_storage() {
    let svc = Service::start();
    let token = svc.add_user("alice", "agent");
    let started = Instant::now();
    let message = svc
        .tik(["auth", "login", "--with-token"])
        .no_token()
        .stdin(token)
        .run()
        .fails(1);
    assert!(started.elapsed() < NEVER_HANGS, "{:?}", started.elapsed());
    assert!(message.contains("--insecure-storage"), "{message}");
    assert!(message.contains("D-Bus"), "{message}");
    assert!(!credentials_file(&svc).exists(), "no silent fallback");
    let missing = svc.tik(["list"]).no_token().run().fails(3);
    assert!(missing.contains("not logged in"), "{missing}");
    assert!(missing.contains("--insecure-storage"), "{missing}");
}

#[test]
fn a_locked_keyring_never_hangs_a_login() {
    let svc = Service::start();
    let keyring = SecretService::locked(&svc);
    let token = svc.add_user("alice", "agent");
    let started = Instant::now();
    let message = logged_in(&svc, &keyring, &["auth", "login", "--with-token"])
        .stdin(token)
        .run()
        .fails(1);
    assert!(started.elapsed() < NEVER_HANGS, "{:?}", started.elapsed());
    assert!(message.contains("--insecure-storage"), "{message}");
}

#[test]
fn insecure_storage_is_a_private_file_that_every_use_warns_of() {
    use std::os::unix::fs::PermissionsExt;
    let svc = Service::start();
    let token = svc.add_user("alice", "agent");
    let login = svc
        .tik(["auth", "login", "--with-token", "--insecure-storage"])
        .no_token()
        .stdin(token.clone())
        .run()
        .success();
    assert!(
        login
            .stderr
            .contains("warning: the token is kept in plain text"),
        "{}",
        login.stderr
    );
    let file = credentials_file(&svc);
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(file.parent().unwrap()), 0o700);
    assert_eq!(files_containing(svc.dir(), &token), vec![file.clone()]);

    for _ in 0..2 {
        let listed = svc.tik(["list"]).no_token().run().success();
        assert!(
            listed.stderr.contains("warning: using the token for")
                && listed.stderr.contains("kept in plain text"),
            "every use warns: {}",
            listed.stderr
        );
    }
    let status = svc.tik(["auth", "status"]).no_token().run().success();
    assert!(
        status.stdout.contains("(insecure storage)"),
        "{}",
        status.stdout
    );

    // Others able to read it: refused, as ssh refuses such a key.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let shared = svc.tik(["list"]).no_token().run().fails(3);
    assert!(shared.contains("chmod 600"), "{shared}");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();

    svc.tik(["auth", "logout"]).no_token().run().success();
    assert!(!file.exists(), "the emptied file is removed");
    svc.tik(["list"]).token(&token).run().fails(3);
}

#[test]
fn a_password_is_traded_for_a_named_token_and_never_kept() {
    let svc = Service::start();
    let keyring = SecretService::start(&svc);
    svc.add_user("alice", "agent");
    svc.admin(["user", "passwd", "alice"])
        .stdin("correct horse battery\n")
        .run()
        .success();

    let wrong = logged_in(&svc, &keyring, &["auth", "login", "--user", "alice"])
        .stdin("wrong password\n")
        .run()
        .fails(3);
    assert!(wrong.contains("wrong user name or password"), "{wrong}");
    assert_eq!(keyring.lookup(&svc.host), None);

    logged_in(
        &svc,
        &keyring,
        &[
            "auth",
            "login",
            "--user",
            "alice",
            "--token-name",
            "laptop",
            "--expires-in",
            "30",
        ],
    )
    .stdin("correct horse battery\n")
    .run()
    .success();
    let kept = keyring.lookup(&svc.host).expect("a token in the keyring");
    assert!(kept.starts_with("tik_"), "{kept}");
    assert!(files_containing(svc.dir(), "correct horse battery").is_empty());

    let tokens = logged_in(&svc, &keyring, &["auth", "tokens"])
        .run()
        .success();
    let line = tokens
        .stdout
        .lines()
        .find(|l| l.starts_with("*laptop"))
        .unwrap_or_else(|| panic!("the token in use is marked: {}", tokens.stdout));
    assert!(line.contains("read,write"), "{line}");
    let json = logged_in(&svc, &keyring, &["auth", "status", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(json["token"]["name"], "laptop");
    assert_eq!(json["kept_in"], "keyring");
    assert!(json["token"]["expires_at"].is_string(), "{json}");

    // Logging in again from the same machine replaces the token of that name.
    logged_in(
        &svc,
        &keyring,
        &["auth", "login", "--user", "alice", "--token-name", "laptop"],
    )
    .stdin("correct horse battery\n")
    .run()
    .success();
    svc.tik(["list"]).token(&kept).run().fails(3);
    logged_in(&svc, &keyring, &["list"]).run().success();
}

#[test]
fn revoking_ones_own_token_by_name() {
    let svc = Service::start();
    let keyring = SecretService::start(&svc);
    svc.add_user("alice", "agent");
    svc.admin(["user", "passwd", "alice"])
        .stdin("correct horse battery\n")
        .run()
        .success();
    for name in ["laptop", "ci"] {
        logged_in(
            &svc,
            &keyring,
            &["auth", "login", "--user", "alice", "--token-name", name],
        )
        .stdin("correct horse battery\n")
        .run()
        .success();
    }
    // The keyring holds the last login, "ci"; "laptop" is still live on the service.
    let revoked = logged_in(&svc, &keyring, &["auth", "tokens", "revoke", "laptop"])
        .run()
        .success();
    assert_eq!(revoked.stdout.trim(), "Revoked the token 'laptop'");
    let listed = logged_in(&svc, &keyring, &["auth", "tokens", "--json"])
        .run()
        .success()
        .json();
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    // `cli` is the token the test made alice with.
    assert_eq!(names, ["cli", "ci"]);
    let unknown = logged_in(&svc, &keyring, &["auth", "tokens", "revoke", "laptop"])
        .run()
        .fails(4);
    assert!(unknown.contains("no token named 'laptop'"), "{unknown}");
}

#[test]
fn the_password_prompt_is_hidden_at_a_terminal() {
    let svc = Service::start();
    let keyring = SecretService::start(&svc);
    svc.add_user("alice", "agent");
    svc.admin(["user", "passwd", "alice"])
        .stdin("correct horse battery\n")
        .run()
        .success();
    let mut session =
        logged_in(&svc, &keyring, &["auth", "login", "--user", "alice"]).in_terminal();
    session
        .exp_string(&format!("Password of alice at {}", svc.host))
        .unwrap();
    session.send_line("correct horse battery").unwrap();
    let rest = session.exp_eof().unwrap();
    assert!(
        !rest.contains("correct horse"),
        "the password is not echoed: {rest}"
    );
    assert!(rest.contains("Logged in to"), "{rest}");
    assert!(keyring.lookup(&svc.host).is_some());
}

#[test]
fn logging_in_with_a_new_profile_makes_it() {
    let svc = Service::start();
    let keyring = SecretService::start(&svc);
    let token = svc.add_user("alice", "agent");
    svc.tik([
        "--profile",
        "desk",
        "auth",
        "login",
        "--with-token",
        "--host",
        &svc.host,
    ])
    .no_host()
    .no_token()
    .keyring(&keyring)
    .stdin(token)
    .run()
    .success();
    let me = svc
        .tik(["--profile", "desk", "whoami"])
        .no_host()
        .no_token()
        .keyring(&keyring)
        .run()
        .success();
    assert!(me.stdout.starts_with("alice (agent)"), "{}", me.stdout);
}

#[test]
fn a_first_start_logs_this_machines_cli_in_through_the_keyring() {
    let svc = Service::start();
    let keyring = SecretService::start(&svc);
    // A second service, in the same home, on a new database: its first start.
    let database = svc.dir().join("second.db");
    let mut serve = std::process::Command::new(crate::harness::TIK)
        .args(["serve", "--listen", "127.0.0.1:0", "--database"])
        .arg(&database)
        .env_clear()
        .env("HOME", svc.dir().join("home"))
        .env("XDG_CONFIG_HOME", svc.dir().join("config"))
        .env("XDG_RUNTIME_DIR", svc.dir().join("runtime"))
        .env("DBUS_SESSION_BUS_ADDRESS", &keyring.address)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(serve.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    let host = first
        .trim()
        .strip_prefix("export TIK_HOST=")
        .unwrap_or_else(|| panic!("{first:?}"))
        .to_owned();
    let mut stderr = std::io::BufReader::new(serve.stderr.take().unwrap());
    let mut said = String::new();
    std::io::BufRead::read_line(&mut stderr, &mut said).unwrap();
    assert!(
        said.contains("logged this machine's tik in as admin"),
        "{said}"
    );
    let token = keyring
        .lookup(&host)
        .expect("the admin's token in the keyring");

    let me = svc
        .tik(["whoami"])
        .no_host()
        .no_token()
        .keyring(&keyring)
        .run()
        .success();
    assert_eq!(me.stdout.trim(), format!("admin (admin) at {host}"));
    let _ = serve.kill();
    let rest = serve.wait_with_output().unwrap();
    let printed = String::from_utf8_lossy(&rest.stdout);
    assert!(
        !printed.contains(&token),
        "the token is not printed: {printed}"
    );
}

#[test]
fn a_token_another_program_put_in_the_keyring_is_used() {
    let svc = Service::start();
    let keyring = SecretService::start(&svc);
    let token = svc.add_user("alice", "agent");
    keyring.store(&svc.host, &token);
    let me = logged_in(&svc, &keyring, &["whoami"]).run().success();
    assert!(me.stdout.starts_with("alice (agent)"), "{}", me.stdout);
}

#[test]
fn two_profiles_on_one_service_are_two_users() {
    let svc = Service::start();
    let keyring = SecretService::start(&svc);
    let alice = svc.add_user("alice", "agent");
    let bob = svc.add_user("bob", "requester");
    for (profile, token) in [("support", &alice), ("customer", &bob)] {
        svc.tik(["--profile", profile, "auth", "login", "--with-token"])
            .arg("--host")
            .arg(&svc.host)
            .no_host()
            .no_token()
            .keyring(&keyring)
            .stdin(token.clone())
            .run()
            .success();
    }
    for (profile, user) in [("support", "alice"), ("customer", "bob")] {
        let me = svc
            .tik(["--profile", profile, "whoami"])
            .no_host()
            .no_token()
            .keyring(&keyring)
            .run()
            .success();
        assert!(me.stdout.starts_with(user), "{profile}: {}", me.stdout);
    }
    svc.tik(["--profile", "customer", "auth", "logout"])
        .no_host()
        .no_token()
        .keyring(&keyring)
        .run()
        .success();
    svc.tik(["--profile", "support", "whoami"])
        .no_host()
        .no_token()
        .keyring(&keyring)
        .run()
        .success();
}

#[test]
fn ones_tokens_fit_a_terminal_60_columns_wide() {
    let svc = Service::start();
    svc.admin([
        "token",
        "create",
        "admin",
        "--name",
        "nightly build",
        "--expires-in",
        "90",
    ])
    .run()
    .success();
    let shown = crate::terminal::screen(svc.tik(["auth", "tokens"]).env("COLUMNS", "60"));
    for line in shown.lines() {
        assert!(line.chars().count() <= 60, "{line:?} in\n{shown}");
    }
    assert!(shown.contains("*bootstrap"), "{shown}");
    assert!(
        shown.contains("just now"),
        "times read as people say them: {shown}"
    );
}

#[test]
fn the_brake_on_guessing_is_said_at_once_not_waited_out() {
    let svc = Service::start();
    let keyring = SecretService::start(&svc);
    svc.add_user("alice", "agent");
    svc.admin(["user", "passwd", "alice"])
        .stdin("correct horse battery\n")
        .run()
        .success();
    for _ in 0..5 {
        logged_in(&svc, &keyring, &["auth", "login", "--user", "alice"])
            .stdin("wrong guess\n")
            .run()
            .fails(3);
    }
    let started = Instant::now();
    let braked = logged_in(&svc, &keyring, &["auth", "login", "--user", "alice"])
        .stdin("correct horse battery\n")
        .run();
    assert_ne!(braked.code, Some(0), "{braked:?}");
    assert!(
        braked.stderr.contains("too many failed logins"),
        "{braked:?}"
    );
    // Not the 30 s the brake lasts, nor the command's 60 s budget.
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(keyring.lookup(&svc.host), None);
}
