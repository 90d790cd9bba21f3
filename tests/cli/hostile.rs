//! The desk's rules under input a careless or hostile client sends: uploads that must leave
//! nothing behind, names and titles with control characters, fields without limits, keys as
//! people type them, assignment, conditional requests, doubled credentials.

use base64::Engine as _;
use serde_json::{Value, json};
use sha2::Digest as _;

use crate::harness::{HttpResponse, Service};

fn digest(bytes: &[u8]) -> String {
    format!(
        "sha-256=:{}:",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
    )
}

/// `POST /v1/uploads` as the admin; `name` is sent as given (percent-encode it yourself).
fn upload(
    svc: &Service,
    name: &str,
    media_type: &str,
    bytes: &[u8],
    key: Option<&str>,
) -> HttpResponse {
    let mut request = svc
        .http("POST", &format!("/v1/uploads?name={name}"))
        .header("Content-Type", media_type)
        .header("Content-Digest", &digest(bytes))
        .body(bytes.to_vec());
    if let Some(key) = key {
        request = request.header("Idempotency-Key", key);
    }
    request.send()
}

#[track_caller]
fn refused(response: &HttpResponse, status: u16, field: Option<&str>) -> Value {
    let problem = response.problem(status);
    if let Some(field) = field {
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    problem
}

#[test]
fn an_idempotency_key_reused_for_other_content_leaves_no_bytes_behind() {
    let svc = Service::start();
    let first = upload(&svc, "a.txt", "text/plain", b"first", Some("k1"));
    assert_eq!(first.status, 201);
    let other = upload(&svc, "a.txt", "text/plain", b"other content", Some("k1"));
    refused(&other, 422, Some("Idempotency-Key"));
    assert_eq!(svc.stored_blobs().len(), 1, "{:?}", svc.stored_blobs());
}

#[test]
fn a_withdrawn_upload_retried_with_its_key_is_uploaded_afresh() {
    let svc = Service::start();
    let first = upload(&svc, "a.txt", "text/plain", b"log", Some("k2")).json();
    let id = first["id"].as_str().expect("an id");
    let withdrawn = svc.http("DELETE", &format!("/v1/uploads/{id}")).send();
    assert_eq!(withdrawn.status, 204);
    assert!(svc.stored_blobs().is_empty());
    let again = upload(&svc, "a.txt", "text/plain", b"log", Some("k2"));
    assert_eq!(again.status, 201);
    let again_id = again.json()["id"].as_str().expect("an id").to_owned();
    assert_ne!(again_id, id, "not the withdrawn id");
    assert_eq!(svc.stored_blobs().len(), 1);
    let key = svc.new_ticket("Logs");
    let attached = svc
        .http("POST", &format!("/v1/tickets/{key}/attachments"))
        .json(&json!({ "uploads": [again_id] }))
        .send();
    assert_eq!(attached.status, 201, "the new id is alive");
}

/// Stored bytes no attachment or upload refers to, as a crash between storing and recording
/// them leaves.
fn plant_orphan(svc: &Service, sha256: &str) {
    if crate::harness::on_postgres() {
        svc.sql(&format!(
            "INSERT INTO blobs (sha256, size) VALUES ('{sha256}', 15); \
             INSERT INTO blob_chunks (sha256, n, bytes) \
             VALUES ('{sha256}', 0, convert_to('left by a crash', 'UTF8'))"
        ));
        return;
    }
    let orphan = svc.blob_dir().join(&sha256[..2]).join(sha256);
    std::fs::create_dir_all(orphan.parent().unwrap()).unwrap();
    std::fs::write(&orphan, "left by a crash").unwrap();
}

#[test]
fn housekeeping_removes_files_that_nothing_refers_to() {
    let mut svc = Service::start();
    let key = svc.new_ticket("Kept");
    let kept = svc.write_file("kept.txt", "kept");
    svc.tik(["attach", &key]).arg(&kept).run().success();
    let orphan_sha = "ab".repeat(32);
    plant_orphan(&svc, &orphan_sha);
    let orphaned = |svc: &Service| {
        svc.stored_blobs()
            .iter()
            .any(|blob| blob.ends_with(&orphan_sha))
    };
    assert!(orphaned(&svc), "the orphan was planted");
    svc.restart();
    // The sweep runs at start, beside the serving; wait for it (bounded).
    for _ in 0..300 {
        if !orphaned(&svc) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(!orphaned(&svc), "the orphan is still there");
    assert_eq!(svc.stored_blobs().len(), 1, "the attached file stays");
    svc.tik(["show", &key]).run().success();
}

#[test]
fn attachment_names_with_control_characters_are_refused() {
    let svc = Service::start();
    for name in [
        "a%0Ab.txt",
        "a%0Db.txt",
        "a%1B%5B31m.txt",
        "a%7F.txt",
        "a%C2%85.txt",
    ] {
        let response = upload(&svc, name, "text/plain", b"x", None);
        let problem = refused(&response, 422, Some("name"));
        assert!(
            problem["detail"].as_str().unwrap().contains("control"),
            "{problem}"
        );
    }
    assert!(svc.stored_blobs().is_empty());
}

#[test]
fn a_name_that_is_not_plain_ascii_downloads_with_an_rfc_6266_filename() {
    let svc = Service::start();
    let key = svc.new_ticket("Résumé");
    let id = upload(&svc, "r%C3%A9sum%C3%A9%20v2.txt", "text/plain", b"cv", None).json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let attached = svc
        .http("POST", &format!("/v1/tickets/{key}/attachments"))
        .json(&json!({ "uploads": [id] }))
        .send()
        .json();
    assert_eq!(attached[0]["name"], "résumé v2.txt");
    let download = svc
        .http("GET", &format!("/v1/attachments/{}", attached[0]["id"]))
        .send();
    assert_eq!(download.status, 200);
    assert_eq!(
        download.header("content-disposition"),
        Some("attachment; filename=\"r_sum_ v2.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20v2.txt")
    );
    assert_eq!(download.body, b"cv");
}

#[test]
fn a_title_is_one_line() {
    let svc = Service::start();
    for title in [
        "two\nlines",
        "carriage\rreturn",
        "\u{1b}[31mred\u{1b}[0m",
        "bell\u{7}",
    ] {
        let response = svc
            .http("POST", "/v1/tickets")
            .json(&json!({ "title": title }))
            .send();
        refused(&response, 422, Some("title"));
    }
    let key = svc.new_ticket("One line");
    let response = svc
        .http("PATCH", &format!("/v1/tickets/{key}"))
        .json(&json!({ "title": "now\ntwo" }))
        .send();
    refused(&response, 422, Some("title"));
    let listed = svc.tik(["list", "--json"]).run().success().json();
    assert_eq!(listed.as_array().map(Vec::len), Some(1));
}

#[test]
fn every_free_text_field_has_a_limit() {
    let svc = Service::start();
    let huge = "p".repeat(1_900_000);
    for (field, body) in [
        ("project", json!({ "title": "t", "project": huge })),
        (
            "project",
            json!({ "title": "t", "project": "p".repeat(101) }),
        ),
        (
            "description",
            json!({ "title": "t", "description": "d".repeat(256 * 1024 + 1) }),
        ),
        ("priority", json!({ "title": "t", "priority": huge })),
    ] {
        let response = svc.http("POST", "/v1/tickets").json(&body).send();
        let problem = refused(&response, 422, Some(field));
        assert!(
            problem.to_string().len() < 2000,
            "the refusal does not echo the value"
        );
    }
    let fits = svc
        .http("POST", "/v1/tickets")
        .json(&json!({ "title": "t", "project": "p".repeat(100) }))
        .send();
    assert_eq!(fits.status, 201);
    let filter = svc
        .http("GET", &format!("/v1/tickets?assignee={}", "a".repeat(101)))
        .send();
    refused(&filter, 422, Some("assignee"));
}

#[test]
fn keys_are_taken_in_any_case_or_as_a_bare_number() {
    let svc = Service::start();
    let original = svc.new_ticket("Original");
    svc.new_ticket("Copy");
    for path in ["/v1/tickets/cs-1", "/v1/tickets/1", "/v1/tickets/Cs-1"] {
        let response = svc.http("GET", path).send();
        assert_eq!(response.status, 200, "{path}");
        assert_eq!(response.json()["key"], original);
    }
    svc.tik(["show", "cs-2"]).run().success();
    let closed = svc
        .http("POST", "/v1/tickets/2/close")
        .json(&json!({ "resolution": "duplicate", "duplicate_of": "cs-1" }))
        .send();
    assert_eq!(closed.status, 200);
    assert_eq!(closed.json()["duplicate_of"], "CS-1");
    let unknown = svc
        .http("POST", "/v1/tickets/CS-1/close")
        .json(&json!({ "resolution": "duplicate", "duplicate_of": "CS-999" }))
        .send();
    let problem = refused(&unknown, 404, None);
    assert_eq!(problem["detail"], "no ticket CS-999");
}

#[test]
fn unassigning_puts_the_ticket_back_to_new_and_only_staff_are_assignees() {
    let svc = Service::start();
    svc.add_user("alice", "agent");
    svc.add_user("bob", "requester");
    let key = svc.new_ticket("Needs an owner");
    let patch = |assignee: &str| {
        svc.http("PATCH", &format!("/v1/tickets/{key}"))
            .json(&json!({ "assignee": assignee }))
            .send()
    };
    let assigned = patch("alice").json();
    assert_eq!(assigned["status"], "assigned");
    assert_eq!(assigned["assignee"], "alice");
    let unassigned = patch("").json();
    assert_eq!(unassigned["status"], "new");
    assert!(unassigned.get("assignee").is_none());
    let problem = refused(&patch("bob"), 422, Some("assignee"));
    assert!(problem["detail"].as_str().unwrap().contains("requester"));
    refused(&patch("ghost"), 422, Some("assignee"));
}

#[test]
fn a_closed_ticket_is_not_edited_before_it_is_reopened() {
    let svc = Service::start();
    let token = svc.add_user("carol", "requester");
    let key = svc
        .tik(["new", "-q", "-t", "Mine"])
        .token(&token)
        .run()
        .success()
        .stdout
        .trim()
        .to_owned();
    svc.tik(["close", &key]).token(&token).run().success();
    let edit = svc
        .http("PATCH", &format!("/v1/tickets/{key}"))
        .without_auth()
        .header("Authorization", &format!("Bearer {token}"))
        .json(&json!({ "title": "Changed", "priority": "critical" }))
        .send();
    let problem = refused(&edit, 409, None);
    assert!(problem["detail"].as_str().unwrap().contains("reopen"));
    let t = svc.tik(["show", &key, "--json"]).run().success().json();
    assert_eq!(t["title"], "Mine");
}

#[test]
fn media_types_are_compared_without_case_or_parameters() {
    let svc = Service::start();
    let response = upload(&svc, "a.txt", "TEXT/PLAIN; charset=UTF-8", b"x", None);
    assert_eq!(response.status, 201);
    assert_eq!(response.json()["media_type"], "text/plain");
}

#[test]
fn octet_stream_is_judged_by_the_name_then_by_the_bytes() {
    let svc = Service::start();
    let text = upload(
        &svc,
        "notes",
        "application/octet-stream",
        b"plain text\n",
        None,
    );
    assert_eq!(text.status, 201);
    assert_eq!(text.json()["media_type"], "text/plain");
    let pdf = upload(
        &svc,
        "report.pdf",
        "application/octet-stream",
        b"%PDF-1.7",
        None,
    );
    assert_eq!(pdf.status, 201);
    assert_eq!(pdf.json()["media_type"], "application/pdf");
    let unknown = upload(
        &svc,
        "blob",
        "application/octet-stream",
        b"\x00\x01\xff",
        None,
    );
    let problem = refused(&unknown, 415, None);
    assert!(
        !problem["detail"].as_str().unwrap().contains(','),
        "one type, not a list"
    );
    assert_eq!(
        svc.stored_blobs().len(),
        2,
        "the refused bytes are not kept"
    );
}

#[test]
fn an_operator_chooses_the_allowed_types() {
    let svc = Service::start_with(&[
        "--allow-type",
        "image/*",
        "--allow-type",
        "application/octet-stream",
    ]);
    refused(&upload(&svc, "a.txt", "text/plain", b"x", None), 415, None);
    assert_eq!(
        upload(&svc, "a.png", "image/png", b"\x89PNG", None).status,
        201
    );
    assert_eq!(
        upload(&svc, "core", "application/octet-stream", b"\x00\x01", None).status,
        201
    );
    let limits = svc.http("GET", "/v1/limits").send().json();
    assert_eq!(
        limits["allowed_media_types"],
        json!(["image/*", "application/octet-stream"])
    );
}

#[test]
fn if_match_follows_rfc_9110() {
    let svc = Service::start();
    let key = svc.new_ticket("Conditional");
    let current = svc.http("GET", &format!("/v1/tickets/{key}")).send();
    let etag = current.header("etag").expect("an ETag").to_owned();
    let patch = |if_match: &str, priority: &str| {
        svc.http("PATCH", &format!("/v1/tickets/{key}"))
            .header("If-Match", if_match)
            .json(&json!({ "priority": priority }))
            .send()
    };
    refused(&patch(&format!("W/{etag}"), "high"), 412, None);
    refused(&patch("\"v999\"", "high"), 412, None);
    refused(&patch("not a tag", "high"), 422, Some("If-Match"));
    let listed = patch(&format!("\"v999\", {etag}"), "high");
    assert_eq!(
        listed.status, 200,
        "a list matches when one of its tags does"
    );
    assert_eq!(patch("*", "urgent").status, 200);
}

#[test]
fn if_none_match_follows_rfc_9110() {
    let svc = Service::start();
    let key = svc.new_ticket("Cached");
    let path = format!("/v1/tickets/{key}");
    let etag = svc
        .http("GET", &path)
        .send()
        .header("etag")
        .unwrap()
        .to_owned();
    for value in [
        etag.clone(),
        format!("W/{etag}"),
        "*".into(),
        format!("\"v0\", {etag}"),
    ] {
        let response = svc
            .http("GET", &path)
            .header("If-None-Match", &value)
            .send();
        assert_eq!(response.status, 304, "{value}");
    }
    let other = svc
        .http("GET", &path)
        .header("If-None-Match", "\"v0\"")
        .send();
    assert_eq!(other.status, 200);
}

#[test]
fn two_authorization_headers_are_refused() {
    let svc = Service::start();
    let bob = svc.add_user("bob", "requester");
    let response = svc
        .http("GET", "/v1/me")
        .header("Authorization", &format!("Bearer {bob}"))
        .send();
    let problem = refused(&response, 401, None);
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("one Authorization")
    );
}
