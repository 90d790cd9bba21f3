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

#[test]
fn every_user_has_a_valid_email_address() {
    let svc = Service::start();
    for bad in [
        "",
        "alice",
        "alice@",
        "@example.com",
        "al ice@example.com",
        "alice@exa mple.com",
        "alice@@example.com",
        "alice@-example.com",
        "alice@example..com",
        ".alice@example.com",
        "alice\u{1b}[31m@example.com",
    ] {
        let err = svc
            .admin(["user", "add", "alice", "--email", bad])
            .run()
            .fails(2);
        assert!(err.contains("is not an e-mail address"), "{bad:?}: {err}");
    }
    let good = [
        "alice@example.com",
        "a.b+tik@support.example.co.uk",
        "root@localhost",
        "élise@exemple.fr",
    ];
    for (i, email) in good.iter().enumerate() {
        let name = format!("user{i}");
        svc.admin(["user", "add", &name, "--email", email])
            .run()
            .success();
    }
    svc.admin(["user", "set", "user0", "--email", "nope"])
        .run()
        .fails(2);
}

#[test]
fn users_change_role_and_organisation_and_organisations_are_listed() {
    let svc = Service::start();
    let bob = svc.add_member("bob", "Acme");
    let added = svc.admin(["org", "add", "Globex"]).run().success();
    assert_eq!(added.stdout.trim(), "Added Globex");
    svc.admin(["org", "add", "Globex"]).run().fails(1);
    svc.new_ticket_as(&bob, "First", &[]);

    let set = svc
        .admin([
            "user",
            "set",
            "bob",
            "--role",
            "org-admin",
            "--email",
            "bob@acme.example",
        ])
        .run()
        .success();
    assert_eq!(
        set.stdout.trim(),
        "bob is now org-admin (Acme, bob@acme.example)"
    );
    let whoami = svc.tik(["whoami"]).token(&bob).run().success();
    assert!(
        whoami.stdout.starts_with("bob (org-admin, Acme)"),
        "{}",
        whoami.stdout
    );
    let moved = svc
        .admin(["user", "set", "bob", "--org", "Initech"])
        .run()
        .success();
    assert_eq!(
        moved.stdout.trim(),
        "bob is now org-admin (Initech, bob@acme.example)"
    );
    let out = svc
        .admin(["user", "set", "bob", "--no-org"])
        .run()
        .success();
    assert_eq!(
        out.stdout.trim(),
        "bob is now org-admin (no organisation, bob@acme.example)"
    );
    svc.admin(["user", "set", "bob"]).run().fails(2);
    svc.admin(["user", "set", "nobody", "--role", "agent"])
        .run()
        .fails(4);

    let listed = svc.admin(["org", "list"]).run().success().stdout;
    let rows: Vec<Vec<&str>> = listed
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows[0], ["NAME", "MEMBERS", "TICKETS", "CREATED"]);
    assert_eq!(&rows[1][..3], ["Acme", "0", "1"]);
    assert_eq!(&rows[2][..3], ["Globex", "0", "0"]);
    assert_eq!(&rows[3][..3], ["Initech", "0", "0"]);
    let json = svc.admin(["org", "list", "--json"]).run().success().json();
    assert_eq!(json[0]["tickets"], 1);
}

#[test]
fn org_admins_list_their_organisations_tickets_with_their_requesters() {
    let svc = Service::start();
    let agent = svc.add_user("alice", "agent");
    let bob = svc.add_member("bob", "Acme");
    let carl = svc.add_member("carl", "Acme");
    let olga = svc.add_member_as("olga", "Acme", "org-admin");
    let zoe = svc.add_member("zoe", "Globex");
    svc.new_ticket_as(&bob, "Bob's", &[]);
    svc.new_ticket_as(&carl, "Carl's, private", &["--visibility", "private"]);
    svc.new_ticket_as(&zoe, "Zoe's", &[]);
    svc.new_ticket("The admin's");
    let listed = svc
        .tik(["list", "--org"])
        .token(&olga)
        .run()
        .success()
        .stdout;
    let rows: Vec<Vec<&str>> = listed
        .lines()
        .map(|l| {
            l.split("  ")
                .filter(|c| !c.is_empty())
                .map(str::trim)
                .collect()
        })
        .collect();
    assert!(rows[0].contains(&"REQUESTER"), "{listed}");
    assert_eq!(rows.len(), 3, "{listed}");
    assert!(
        listed.contains("carl") && listed.contains("bob"),
        "{listed}"
    );
    // A requester's organisation list leaves out a colleague's private ticket.
    let bobs = svc
        .tik(["list", "--org", "--json"])
        .token(&bob)
        .run()
        .success()
        .json();
    assert_eq!(crate::harness::keys(&bobs), ["CS-1"]);
    let by_name = svc
        .tik(["list", "--org", "Acme", "--requester", "carl", "--json"])
        .token(&agent)
        .run()
        .success()
        .json();
    assert_eq!(crate::harness::keys(&by_name), ["CS-2"]);
    let err = svc.tik(["list", "--org"]).token(&agent).run().fails(2);
    assert_eq!(
        err,
        "tik: alice belongs to no organisation; name one (tik list --org NAME)"
    );
    let globex = svc
        .tik(["list", "--org", "Globex", "--json"])
        .token(&olga)
        .run()
        .success()
        .json();
    assert_eq!(
        globex,
        serde_json::json!([]),
        "another organisation's tickets stay hidden"
    );
}
