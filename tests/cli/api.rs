//! The HTTP API under bad input, as a careless client or a fuzzer sends it: every error is
//! `application/problem+json` with a stable type and a detail in the API's words, unknown
//! fields and wrong shapes are refused, and the served `OpenAPI` document is the committed one.

use serde_json::{Value, json};

use crate::harness::{HttpResponse, Service};

/// Words of Rust and of the frameworks that must never reach a client.
const INTERNALS: [&str; 12] = [
    "struct",
    "enum",
    "u64",
    "u32",
    "i64",
    "usize",
    "bool",
    "serde",
    "axum",
    "Json",
    "Rejection",
    "NewTicket",
];

/// Asserts `response` is a problem of `status` and `kind` whose detail speaks the API's
/// language; returns the problem.
#[track_caller]
fn problem(response: &HttpResponse, status: u16, kind: &str) -> Value {
    let problem = response.problem(status);
    assert_eq!(problem["type"], format!("https://tik.dev/problems/{kind}"));
    assert!(problem["title"].as_str().is_some_and(|t| !t.is_empty()));
    let detail = problem["detail"].as_str().expect("a detail").to_owned();
    let words: Vec<&str> = detail.split(|c: char| !c.is_alphanumeric()).collect();
    for internal in INTERNALS {
        assert!(!words.contains(&internal), "{internal} in {detail:?}");
    }
    assert!(!detail.contains('`'), "{detail:?}");
    problem
}

#[test]
fn malformed_json_is_a_bad_request() {
    let svc = Service::start();
    let response = svc
        .http("POST", "/v1/tickets")
        .header("Content-Type", "application/json")
        .body(b"{\"title\": \"half".to_vec())
        .send();
    let problem = problem(&response, 400, "malformed");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .starts_with("the request body is not valid JSON"),
        "{problem}"
    );
}

#[test]
fn an_unknown_channel_names_the_field_and_the_valid_values() {
    let svc = Service::start();
    let response = svc
        .http("POST", "/v1/tickets")
        .json(&json!({"title": "Fax", "channel": "fax"}))
        .send();
    let problem = problem(&response, 422, "invalid");
    assert_eq!(
        problem["detail"],
        "unknown channel 'fax': expected one of cli, web, email, phone, chat, conference, api"
    );
    assert_eq!(problem["errors"][0]["field"], "channel");
}

#[test]
fn a_field_of_the_wrong_type_is_named() {
    let svc = Service::start();
    let response = svc
        .http("POST", "/v1/tickets")
        .json(&json!({"title": 42}))
        .send();
    let problem = problem(&response, 422, "invalid");
    assert_eq!(
        problem["detail"],
        "the field title must be a string, not the number 42"
    );
    assert_eq!(problem["errors"][0]["field"], "title");
}

#[test]
fn unknown_fields_are_refused_by_name() {
    let svc = Service::start();
    let key = svc.new_ticket("Stays organisation-wide");
    let response = svc
        .http("PATCH", &format!("/v1/tickets/{key}"))
        .json(&json!({"requester": "mallory"}))
        .send();
    let problem = problem(&response, 422, "invalid");
    assert_eq!(problem["errors"][0]["field"], "requester");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .starts_with("unknown field 'requester': expected one of title, description"),
        "{problem}"
    );
    let shown = svc.tik(["show", &key, "--json"]).run().success().json();
    assert_eq!(shown["visibility"], "organisation");
    assert_eq!(shown["version"], 1);
}

#[test]
fn a_body_that_is_not_an_object_creates_nothing() {
    let svc = Service::start();
    for body in [json!(["Array ticket"]), json!("Array ticket"), json!(7)] {
        let response = svc.http("POST", "/v1/tickets").json(&body).send();
        let problem = problem(&response, 422, "invalid");
        assert!(
            problem["detail"]
                .as_str()
                .unwrap()
                .starts_with("the body must be a JSON object, not "),
            "{problem}"
        );
    }
    let listed = svc
        .tik(["list", "--status", "all", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(listed, json!([]));
}

#[test]
fn bad_query_strings_name_the_parameter() {
    let svc = Service::start();
    let problem_of = |query: &str| problem(&svc.http("GET", query).send(), 422, "invalid");
    let empty_type = problem_of("/v1/tickets?type=");
    assert_eq!(empty_type["errors"][0]["field"], "type");
    assert!(
        empty_type["detail"]
            .as_str()
            .unwrap()
            .starts_with("unknown type '': expected one of incident, bug, feature"),
        "{empty_type}"
    );
    let limit = problem_of("/v1/tickets?limit=abc");
    assert_eq!(
        limit["detail"],
        "the query parameter limit must be a whole number, not 'abc'"
    );
    let mine = problem_of("/v1/tickets?mine=perhaps");
    assert_eq!(
        mine["detail"],
        "the query parameter mine must be true or false, not 'perhaps'"
    );
    let typo = problem_of("/v1/tickets?stauts=open");
    assert_eq!(typo["errors"][0]["field"], "stauts");
}

#[test]
fn unparsable_and_impossible_path_ids_are_problems() {
    let svc = Service::start();
    let word = problem(
        &svc.http("GET", "/v1/attachments/abc").send(),
        422,
        "invalid",
    );
    assert_eq!(
        word["detail"],
        "the id in the path must be a whole number from 0 to 18446744073709551615, not 'abc'"
    );
    assert_eq!(word["errors"][0]["field"], "id");
    let huge = problem(
        &svc.http("GET", "/v1/attachments/9223372036854775808")
            .send(),
        404,
        "not-found",
    );
    assert_eq!(huge["detail"], "no attachment 9223372036854775808");
}

#[test]
fn json_bodies_need_a_json_content_type() {
    let svc = Service::start();
    let body = serde_json::to_vec(&json!({"title": "Typed"})).unwrap();
    let plain = svc
        .http("POST", "/v1/tickets")
        .header("Content-Type", "text/plain")
        .body(body.clone())
        .send();
    problem(&plain, 415, "unsupported-media-type");
    let missing = svc.http("POST", "/v1/tickets").body(body.clone()).send();
    problem(&missing, 415, "unsupported-media-type");
    let upper = svc
        .http("POST", "/v1/tickets")
        .header("Content-Type", "Application/JSON; charset=utf-8")
        .body(body)
        .send();
    assert_eq!(upper.status, 201, "{upper:?}");
}

#[test]
fn an_oversized_body_is_too_large() {
    let svc = Service::start();
    let description = "x".repeat(5 * 1024 * 1024);
    let response = svc
        .http("POST", "/v1/tickets")
        .json(&json!({"title": "Huge", "description": description}))
        .send();
    let problem = problem(&response, 413, "too-large");
    assert_eq!(problem["detail"], "the request body is over 4 MiB");
}

#[test]
fn unknown_paths_are_no_such_endpoint() {
    let svc = Service::start();
    for path in ["/v1/nothing", "/v1/v1/tickets", "/tickets", "/"] {
        let response = svc.http("GET", path).send();
        let problem = problem(&response, 404, "no-such-endpoint");
        assert!(
            problem["detail"]
                .as_str()
                .unwrap()
                .ends_with("the API's paths start with /v1/"),
            "{problem}"
        );
    }
    // Without a token too: a wrong host URL is told as such before anything else.
    let anonymous = svc.http("GET", "/api/v1/tickets").without_auth().send();
    problem(&anonymous, 404, "no-such-endpoint");
}

#[test]
fn a_wrong_method_is_405_with_allow_and_a_problem() {
    let svc = Service::start();
    let response = svc.http("DELETE", "/v1/tickets").send();
    let problem = problem(&response, 405, "method-not-allowed");
    assert_eq!(
        problem["detail"],
        "/v1/tickets does not take DELETE; the Allow header lists what it takes"
    );
    let allow = response.header("allow").expect("an Allow header");
    let mut methods: Vec<&str> = allow.split(',').map(str::trim).collect();
    methods.sort_unstable();
    assert_eq!(methods, ["GET", "HEAD", "POST"]);
}

#[test]
fn attach_errors_name_the_requests_own_field() {
    let svc = Service::start();
    let key = svc.new_ticket("Attach target");
    let unknown = svc
        .http("POST", &format!("/v1/tickets/{key}/attachments"))
        .json(&json!({"uploads": ["nothing-like-it"]}))
        .send();
    let problem_unknown = problem(&unknown, 422, "invalid");
    assert_eq!(problem_unknown["errors"][0]["field"], "uploads");
    let ids: Vec<String> = (0..6).map(|n| format!("upload-{n}")).collect();
    let too_many = svc
        .http("POST", &format!("/v1/tickets/{key}/attachments"))
        .json(&json!({ "uploads": ids }))
        .send();
    let problem_many = problem(&too_many, 422, "invalid");
    assert_eq!(problem_many["errors"][0]["field"], "uploads");
}

#[test]
fn the_served_openapi_document_is_the_committed_one() {
    let svc = Service::start();
    let response = svc.http("GET", "/v1/openapi.json").without_auth().send();
    assert_eq!(response.status, 200);
    let committed: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json"))
            .expect("the committed openapi.json"),
    )
    .expect("openapi.json is JSON");
    assert!(
        response.json() == committed,
        "the served document differs from openapi.json; \
         run `TIK_UPDATE_GENERATED=1 cargo test --test generated`"
    );
}
