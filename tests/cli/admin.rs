//! `tik admin`: users and tokens, managed on the service's host against its database.

use crate::harness::Service;

#[test]
fn user_list_shows_every_user_with_role_and_organisation() {
    let svc = Service::start();
    svc.add_user("alice", "agent");
    svc.add_member("bob", "Acme");
    let out = svc.admin(["user", "list"]).run().success().stdout;
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["NAME", "ROLE", "EMAIL", "ORGANISATION"]
    );
    assert!(lines[1].starts_with("admin ") && lines[1].contains("admin@localhost"));
    assert!(lines[2].starts_with("alice ") && lines[2].contains("agent"));
    assert!(lines[3].starts_with("bob ") && lines[3].ends_with("Acme"));
    let users = svc.admin(["user", "list", "--json"]).run().success().json();
    assert_eq!(users[2]["name"], "bob");
    assert_eq!(users[2]["role"], "requester");
    assert_eq!(users[2]["organisation"], "Acme");
}

#[test]
fn a_revoked_token_stops_working_and_the_list_says_so() {
    let svc = Service::start();
    let token = svc.add_user("alice", "requester");
    svc.tik(["list"]).token(&token).run().success();
    let tokens = svc
        .admin(["token", "list", "--user", "alice", "--json"])
        .run()
        .success()
        .json();
    let id = tokens[0]["id"].as_u64().expect("an id");
    assert_eq!(tokens[0]["user"], "alice");
    assert!(tokens[0].get("revoked_at").is_none());
    let out = svc
        .admin(["token", "revoke", &id.to_string()])
        .run()
        .success()
        .stdout;
    assert_eq!(out.trim(), format!("Revoked token {id} (cli, of alice)"));
    let err = svc.tik(["list"]).token(&token).run().fails(3);
    assert!(err.contains("token"), "{err}");
    let listed = svc.admin(["token", "list"]).run().success().stdout;
    let row = listed
        .lines()
        .find(|l| l.starts_with(&format!("{id} ")))
        .expect("the revoked token is listed");
    assert!(row.contains("alice") && row.contains("revoked"), "{row}");
    assert!(
        !listed.contains("tik_"),
        "a secret is never listed: {listed}"
    );
    // Revoking again changes nothing; an unknown token is not found.
    svc.admin(["token", "revoke", &id.to_string()])
        .run()
        .success();
    let err = svc.admin(["token", "revoke", "999"]).run().fails(4);
    assert!(err.contains("no token 999"), "{err}");
}

#[test]
fn token_list_of_an_unknown_user_is_not_found() {
    let svc = Service::start();
    let err = svc
        .admin(["token", "list", "--user", "ghost"])
        .run()
        .fails(4);
    assert!(err.contains("ghost"), "{err}");
}

#[test]
fn a_token_that_would_expire_at_once_is_refused() {
    let svc = Service::start();
    let run = svc
        .admin(["token", "create", "admin", "--expires-in", "0"])
        .run()
        .code(2);
    assert!(run.stderr.contains("--expires-in"), "{}", run.stderr);
    let tokens = svc
        .admin(["token", "list", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(tokens.as_array().map(Vec::len), Some(1), "no token made");
}

#[test]
fn token_create_in_json_tells_the_secret_once_with_its_record() {
    let svc = Service::start();
    let made = svc
        .admin([
            "token",
            "create",
            "admin",
            "--name",
            "ci",
            "--expires-in",
            "30",
        ])
        .arg("--json")
        .run()
        .success()
        .json();
    let secret = made["token"].as_str().expect("the secret");
    assert!(secret.starts_with("tik_"));
    assert_eq!(made["name"], "ci");
    assert!(made["expires_at"].is_string());
    svc.tik(["list"]).token(secret).run().success();
}

#[test]
fn whoami_tells_who_the_token_acts_as_and_where() {
    let svc = Service::start();
    let out = svc.tik(["whoami"]).run().success().stdout;
    assert_eq!(out.trim(), format!("admin (admin) at {}", svc.host));
    let bob = svc.add_member("bob", "Acme");
    let me = svc
        .tik(["whoami", "--json"])
        .token(&bob)
        .run()
        .success()
        .json();
    assert_eq!(me["name"], "bob");
    assert_eq!(me["role"], "requester");
    assert_eq!(me["organisation"], "Acme");
    svc.tik(["whoami"]).token("tik_wrong").run().fails(3);
}
