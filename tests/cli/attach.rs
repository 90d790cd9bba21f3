//! `tik attach`: files to a ticket, their digests, and the limits on both sides of the wire.

use base64::Engine as _;

use crate::harness::{Service, sha256_hex};

#[test]
fn attach_json_lists_each_file_with_its_sha256_and_show_has_them() {
    let svc = Service::start();
    svc.new_ticket("Crash");
    let log_bytes = b"panic at the disco\n".to_vec();
    let pdf_bytes = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".repeat(500);
    let log = svc.write_file("build.log", &log_bytes);
    let pdf = svc.write_file("manual.pdf", &pdf_bytes);
    let attached = svc
        .tik(["attach", "CS-1", "--json"])
        .arg(&log)
        .arg(&pdf)
        .run()
        .success()
        .json();
    let attached = attached.as_array().expect("a JSON array");
    assert_eq!(attached.len(), 2);
    assert_eq!(attached[0]["name"], "build.log");
    assert_eq!(attached[0]["media_type"], "text/plain");
    assert_eq!(attached[0]["sha256"], sha256_hex(&log_bytes));
    assert_eq!(attached[1]["name"], "manual.pdf");
    assert_eq!(attached[1]["media_type"], "application/pdf");
    assert_eq!(attached[1]["size"], pdf_bytes.len());
    assert_eq!(attached[1]["sha256"], sha256_hex(&pdf_bytes));
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["attachments"].as_array().unwrap(), attached);
    assert!(t["attachments"][0].get("comment_id").is_none(), "{t:#}");
}

#[test]
fn attach_human_output_has_a_line_per_file_with_its_digest() {
    let svc = Service::start();
    svc.new_ticket("Crash");
    let a = svc.write_file("a.txt", "aaa");
    let b = svc.write_file("b.csv", "x,y\n1,2\n");
    let run = svc.tik(["attach", "CS-1"]).arg(&a).arg(&b).run().success();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(
        lines[0].starts_with("Attached a.txt to CS-1 (3 B, sha256:"),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].ends_with(&format!("{})", sha256_hex(b"aaa"))),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("Attached b.csv to CS-1"),
        "{}",
        lines[1]
    );
}

#[test]
fn the_same_file_attached_twice_is_stored_once() {
    let svc = Service::start();
    svc.new_ticket("one");
    svc.new_ticket("two");
    let f = svc.write_file("same.txt", "identical bytes");
    svc.tik(["attach", "CS-1"]).arg(&f).run().success();
    svc.tik(["attach", "CS-2"]).arg(&f).run().success();
    assert_eq!(svc.stored_blobs().len(), 1, "{:?}", svc.stored_blobs());
}

#[test]
fn attach_over_the_size_limit_is_refused_naming_the_limit_and_stores_nothing() {
    let svc = Service::start_with(&["--max-attachment-size", "2048"]);
    svc.new_ticket("Crash");
    let small = svc.write_file("small.txt", "fine");
    let big = svc.write_file("big.log", vec![b'z'; 4096]);
    let err = svc
        .tik(["attach", "CS-1"])
        .arg(&small)
        .arg(&big)
        .run()
        .fails(2);
    assert!(err.contains("big.log"), "{err}");
    assert!(err.contains("2 KiB"), "the limit is missing: {err}");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["attachments"], serde_json::json!([]), "all or nothing");
    assert!(svc.stored_blobs().is_empty(), "{:?}", svc.stored_blobs());
}

#[test]
fn attach_of_a_disallowed_type_is_refused_naming_the_file() {
    let svc = Service::start();
    svc.new_ticket("Crash");
    let program = svc.write_file("fix.exe", b"MZ\x90\x00");
    let err = svc.tik(["attach", "CS-1"]).arg(&program).run().fails(2);
    assert!(
        err.contains("fix.exe") && err.contains("not accepted"),
        "{err}"
    );
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["attachments"], serde_json::json!([]));
}

#[test]
fn attach_of_more_files_than_allowed_is_refused() {
    let svc = Service::start_with(&["--max-files-per-message", "2"]);
    svc.new_ticket("Crash");
    let mut cmd = svc.tik(["attach", "CS-1"]);
    for name in ["1.txt", "2.txt", "3.txt"] {
        cmd = cmd.arg(svc.write_file(name, name));
    }
    let err = cmd.run().fails(2);
    assert!(err.contains("3 files") && err.contains('2'), "{err}");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["attachments"], serde_json::json!([]));
    assert!(svc.stored_blobs().is_empty());
}

#[test]
fn attach_without_files_is_a_usage_error() {
    let svc = Service::start();
    svc.new_ticket("Crash");
    svc.tik(["attach", "CS-1"]).run().code(2);
}

#[test]
fn attach_a_directory_is_refused() {
    let svc = Service::start();
    svc.new_ticket("Crash");
    let err = svc.tik(["attach", "CS-1"]).arg(svc.dir()).run().fails(2);
    assert!(err.contains("not a file"), "{err}");
}

#[test]
fn attach_to_an_unknown_ticket_is_not_found_naming_the_key() {
    let svc = Service::start();
    let f = svc.write_file("a.txt", "a");
    let err = svc.tik(["attach", "CS-77"]).arg(&f).run().fails(4);
    assert!(err.contains("CS-77"), "{err}");
}

#[test]
fn attach_to_a_closed_ticket_is_a_conflict() {
    let svc = Service::start();
    svc.new_ticket("Done");
    svc.tik(["close", "CS-1"]).run().success();
    let f = svc.write_file("late.txt", "late");
    let err = svc.tik(["attach", "CS-1"]).arg(&f).run().fails(1);
    assert!(err.contains("closed"), "{err}");
}

#[test]
fn the_service_refuses_an_oversize_upload_itself_and_stores_nothing() {
    // A client that skips the published limits meets the same one at the service.
    let svc = Service::start_with(&["--max-attachment-size", "1000"]);
    let body = vec![b'x'; 5000];
    let digest = base64::engine::general_purpose::STANDARD.encode(sha256_bytes(&body));
    let mut request = svc
        .http("POST", "/v1/uploads?name=big.txt")
        .header("Content-Type", "text/plain")
        .header("Content-Digest", &format!("sha-256=:{digest}:"));
    request = request.body(body);
    let response = request.send();
    assert_eq!(
        response.status,
        413,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    assert_eq!(
        response.header("content-type"),
        Some("application/problem+json")
    );
    assert!(svc.stored_blobs().is_empty(), "{:?}", svc.stored_blobs());
}

#[test]
fn the_service_refuses_an_upload_whose_digest_does_not_match() {
    let svc = Service::start();
    let digest = base64::engine::general_purpose::STANDARD.encode(sha256_bytes(b"other"));
    let response = svc
        .http("POST", "/v1/uploads?name=a.txt")
        .header("Content-Type", "text/plain")
        .header("Content-Digest", &format!("sha-256=:{digest}:"))
        .body(b"these bytes".to_vec())
        .send();
    assert_eq!(
        response.status,
        422,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    let problem = response.json();
    assert!(
        problem["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("SHA-256"),
        "{problem:#}"
    );
    assert!(svc.stored_blobs().is_empty(), "{:?}", svc.stored_blobs());
}

#[test]
fn an_upload_is_withdrawn_by_its_uploader_only_and_only_while_unattached() {
    let svc = Service::start();
    let upload = |svc: &Service, token: Option<&str>| {
        let body = b"withdraw me".to_vec();
        let digest = base64::engine::general_purpose::STANDARD.encode(sha256_bytes(&body));
        let mut request = svc
            .http("POST", "/v1/uploads?name=a.txt")
            .header("Content-Type", "text/plain")
            .header("Content-Digest", &format!("sha-256=:{digest}:"));
        if let Some(token) = token {
            request = request
                .without_auth()
                .header("Authorization", &format!("Bearer {token}"));
        }
        let response = request.body(body).send();
        assert_eq!(response.status, 201);
        response.json()["id"].as_str().unwrap().to_owned()
    };
    let bob = svc.add_user("bob", "requester");
    let id = upload(&svc, None);
    let withdraw = |token: Option<&str>, id: &str| {
        let mut request = svc.http("DELETE", &format!("/v1/uploads/{id}"));
        if let Some(token) = token {
            request = request
                .without_auth()
                .header("Authorization", &format!("Bearer {token}"));
        }
        request.send().status
    };
    assert_eq!(withdraw(Some(&bob), &id), 404);
    assert_eq!(svc.stored_blobs().len(), 1);
    assert_eq!(withdraw(None, &id), 204);
    assert!(svc.stored_blobs().is_empty(), "{:?}", svc.stored_blobs());
    assert_eq!(withdraw(None, &id), 404);

    let attached = upload(&svc, None);
    svc.new_ticket("kept");
    let response = svc
        .http("POST", "/v1/tickets/CS-1/attachments")
        .json(&serde_json::json!({ "uploads": [attached] }))
        .send();
    assert_eq!(response.status, 201);
    assert_eq!(withdraw(None, &attached), 404);
    assert_eq!(svc.stored_blobs().len(), 1);
}

fn sha256_bytes(bytes: &[u8]) -> Vec<u8> {
    use sha2::Digest as _;
    sha2::Sha256::digest(bytes).to_vec()
}

#[test]
fn ordinary_support_files_are_accepted() {
    let svc = Service::start();
    svc.new_ticket("Config");
    let mut cmd = svc.tik(["attach", "CS-1", "--json"]);
    for (name, contents) in [
        ("values.yaml", "replicas: 3\n"),
        ("deploy.sh", "#!/bin/sh\nexit 0\n"),
        ("pom.xml", "<project/>\n"),
        ("page.html", "<p>hi</p>\n"),
        ("Dockerfile", "FROM debian\n"),
    ] {
        cmd = cmd.arg(svc.write_file(name, contents));
    }
    let attached = cmd.run().success().json();
    let types: Vec<&str> = attached
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["media_type"].as_str().unwrap())
        .collect();
    assert_eq!(types.len(), 5, "{attached}");
    assert_eq!(
        types[4], "text/plain",
        "an extension-less text file is text"
    );
}

#[test]
fn attach_reads_standard_input_under_a_name() {
    let svc = Service::start();
    svc.new_ticket("Logs");
    let out = svc
        .tik(["attach", "cs-1", "-", "--name", "nginx.log"])
        .stdin("GET / 502\n")
        .run()
        .success()
        .stdout;
    assert!(out.starts_with("Attached nginx.log to CS-1 (10 B"), "{out}");
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(t["attachments"][0]["name"], "nginx.log");
    assert_eq!(t["attachments"][0]["media_type"], "text/plain");
    let err = svc.tik(["attach", "CS-1", "-"]).stdin("x").run().fails(2);
    assert!(err.contains("--name"), "{err}");
}
