//! The `OpenAPI` document, generated from the handlers and the shared wire types; a committed
//! copy (`openapi.json`) is checked against it by a test, and a fuzzer holds the service to it.
//!
//! The handlers' annotations list what is particular to each operation (its 403, 404, 409,
//! 412); [`add_common_responses`] adds what the extractors, the authentication and the
//! transport answer on every operation they apply to, so no operation can leave one out;
//! [`constrain`] writes the rules' limits into the request schemas, from the constants the
//! rules check.

use serde_json::{Value, json};
use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

use super::routes;
use super::rules::{
    MAX_DEDUPE_KEY_CHARS, MAX_NAME_CHARS, MAX_REASON_CHARS, MAX_SECRET_CHARS, MAX_TEXT_BYTES,
    MAX_TITLE_CHARS, MAX_TOKEN_DAYS,
};
use crate::api::{PROBLEM_JSON, Status};

#[derive(OpenApi)]
#[openapi(
    info(title = "tik", description = "The tik ticket service: a customer-support desk over HTTP."),
    paths(
        routes::meta::health, routes::meta::openapi, routes::meta::catalogue, routes::meta::limits, routes::meta::me,
        routes::meta::assignees,
        routes::accounts::login, routes::accounts::logout, routes::accounts::my_tokens, routes::accounts::revoke_my_token,
        routes::accounts::user_tokens, routes::accounts::revoke_user_token,
        routes::tickets::create, routes::tickets::list, routes::tickets::show, routes::tickets::update,
        routes::tickets::comment,
        routes::workflow::status, routes::workflow::close, routes::workflow::reopen, routes::workflow::escalate,
        routes::workflow::stage, routes::workflow::rate, routes::workflow::support_access,
        routes::relations::watch, routes::relations::unwatch, routes::relations::link, routes::relations::unlink,
        routes::attachments::upload, routes::attachments::discard, routes::attachments::attach, routes::attachments::download,
        routes::secrets::give_secret, routes::secrets::read_secret, routes::secrets::clear_secret,
        routes::events::events, routes::events::ticket_events,
    ),
    components(schemas(crate::api::Problem, crate::api::StreamReady, crate::api::TicketEvent)),
    modifiers(&BearerAuth),
)]
struct ApiDoc;

/// The document, as served and committed. The edits after utoipa's generation work on JSON:
/// they read as the document they produce.
pub(crate) fn document() -> Value {
    let mut document = serde_json::to_value(ApiDoc::openapi()).expect("the document serialises");
    add_common_responses(&mut document);
    add_idempotency_responses(&mut document);
    constrain(&mut document);
    constrain_accounts(&mut document);
    constrain_headers(&mut document);
    describe_event_streams(&mut document);
    add_all_links(&mut document);
    document
}

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

const METHODS: [&str; 5] = ["get", "put", "post", "patch", "delete"];

/// A problem+json response.
fn problem(description: &str) -> Value {
    json!({
        "description": description,
        "content": { PROBLEM_JSON: { "schema": { "$ref": "#/components/schemas/Problem" } } }
    })
}

/// Adds to every operation the responses of the layers around its handler: the transport, the
/// authentication, the extractors.
fn add_common_responses(document: &mut Value) {
    let Some(paths) = document["paths"].as_object_mut() else {
        return;
    };
    for item in paths.values_mut() {
        for method in METHODS {
            if let Some(operation) = item.get_mut(method) {
                add_responses_of_layers(operation);
            }
        }
    }
}

fn add_responses_of_layers(operation: &mut Value) {
    let secured = operation
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(|s| !s.is_empty());
    let json_body = operation
        .pointer("/requestBody/content/application~1json")
        .is_some();
    let any_body = operation.get("requestBody").is_some();
    let parameters = operation
        .get("parameters")
        .and_then(Value::as_array)
        .is_some_and(|p| !p.is_empty());
    let mut common = vec![
        (
            "408",
            "The request's headers or body stalled, and the service gave up waiting",
        ),
        (
            "503",
            "The service is at its connection limit; retry in a moment",
        ),
    ];
    if secured {
        common.extend([
            ("401", "No bearer token, or one unknown, revoked or expired"),
            (
                "403",
                "The token's scopes do not allow this (a token that may only read, changing a ticket)",
            ),
        ]);
    }
    if json_body {
        common.extend([
            ("400", "The body is not well-formed JSON"),
            ("413", "The body is over the limit the service reads"),
            ("415", "The body is not sent as application/json"),
        ]);
    }
    if any_body || parameters {
        common.push((
            "422",
            "Invalid input: the problem names the field at fault and what it takes",
        ));
    }
    let responses = operation["responses"]
        .as_object_mut()
        .expect("every operation has responses");
    for (status, description) in common {
        responses
            .entry(status)
            .or_insert_with(|| problem(description));
    }
    if let Some(unauthorized) = responses.get_mut("401") {
        unauthorized["headers"] = json!({
            "WWW-Authenticate": {
                "description": "Bearer: how to authenticate",
                "schema": { "type": "string" }
            }
        });
    }
}

/// Adds to every operation that takes an `Idempotency-Key` what the key brings
/// (`super::idempotency`): the header of a replayed answer, the 409 of a key still in flight,
/// and the 422 of a key used before for another request.
fn add_idempotency_responses(document: &mut Value) {
    let Some(paths) = document["paths"].as_object_mut() else {
        return;
    };
    let replayed = json!({
        "description": "true when this is the answer first given to a request with the same \
            Idempotency-Key and body, replayed (nothing was done again); absent otherwise",
        "schema": { "type": "string", "enum": ["true"] }
    });
    let in_flight = "a request with the same Idempotency-Key is still being processed: retry \
        after Retry-After, to have its answer replayed";
    for item in paths.values_mut() {
        for method in METHODS {
            let Some(operation) = item.get_mut(method) else {
                continue;
            };
            let keyed = operation["parameters"]
                .as_array()
                .is_some_and(|p| p.iter().any(|p| p["name"] == "Idempotency-Key"));
            if !keyed {
                continue;
            }
            let responses = operation["responses"]
                .as_object_mut()
                .expect("every operation has responses");
            for (status, response) in responses.iter_mut() {
                if status.starts_with('2') {
                    response["headers"]["Idempotent-Replayed"] = replayed.clone();
                }
            }
            let particular = responses
                .get("409")
                .and_then(|conflict| conflict["description"].as_str())
                .map(str::to_owned);
            let conflict = responses.entry("409").or_insert_with(|| problem(""));
            conflict["description"] = match particular {
                Some(particular) => json!(format!("{particular}; or {in_flight}")),
                None => json!(capitalised(in_flight)),
            };
            conflict["headers"]["Retry-After"] = json!({
                "description": "Seconds to wait before retrying, when the key is in flight",
                "schema": { "type": "integer", "minimum": 0 }
            });
            if let Some(invalid) = responses.get_mut("422") {
                let described = invalid["description"].as_str().unwrap_or_default();
                invalid["description"] = json!(format!(
                    "{described}; or the Idempotency-Key was used before for another request"
                ));
            }
        }
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Writes the limits the rules enforce into the request schemas, from the same constants.
/// The characters Rust's `str::trim` removes (Unicode `White_Space`), as ranges. Patterns spell
/// them out: `\s` means another set in each regex dialect (ECMA adds U+FEFF, Python U+001C to
/// U+001F, neither has U+0085).
const WHITE_SPACE: [(char, char); 10] = [
    ('\t', '\r'),
    (' ', ' '),
    ('\u{85}', '\u{85}'),
    ('\u{a0}', '\u{a0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200a}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202f}', '\u{202f}'),
    ('\u{205f}', '\u{205f}'),
    ('\u{3000}', '\u{3000}'),
];

/// [`WHITE_SPACE`] inside a regex character class: `\u0009-\u000d\u0020…`.
fn white_space_class() -> String {
    WHITE_SPACE
        .iter()
        .map(|&(first, last)| {
            let escape = |c: char| format!("\\u{:04x}", u32::from(c));
            if first == last {
                escape(first)
            } else {
                format!("{}-{}", escape(first), escape(last))
            }
        })
        .collect()
}

/// Control characters (C0, DEL, C1) inside a regex character class: one-line fields refuse
/// them.
const CONTROL: &str = "\\u0000-\\u001f\\u007f-\\u009f";

fn constrain(document: &mut Value) {
    // Required text must hold something besides white space (the rules trim it).
    let white_space = white_space_class();
    let visible = format!("[^{white_space}]");
    let non_blank =
        |max: usize| json!({ "minLength": 1, "maxLength": max, "pattern": visible.clone() });
    // A title is one line that is not blank.
    let title = json!({
        "minLength": 1,
        "maxLength": MAX_TITLE_CHARS,
        "pattern": format!("^[^{CONTROL}]*[^{CONTROL}{white_space}][^{CONTROL}]*$"),
    });
    // A dedupe key is one line that is not blank, matched as it is.
    let dedupe_key = json!({
        "minLength": 1,
        "maxLength": MAX_DEDUPE_KEY_CHARS,
        "pattern": format!("^[^{CONTROL}]*[^{CONTROL}{white_space}][^{CONTROL}]*$"),
    });
    merge_parameter(document, "/v1/tickets", "get", "dedupe_key", &dedupe_key);
    let text = json!({ "maxLength": MAX_TEXT_BYTES });
    let comment = non_blank(MAX_TEXT_BYTES);
    let name = json!({ "maxLength": MAX_NAME_CHARS, "pattern": format!("^[^{CONTROL}]*$") });
    for (schema, property) in [
        ("NewTicket", "project"),
        ("NewTicket", "priority"),
        ("NewTicket", "department"),
        ("NewTicket", "service"),
        ("NewTicket", "category"),
        ("NewTicket", "attachments/items"),
        ("TicketPatch", "project"),
        ("TicketPatch", "priority"),
        ("TicketPatch", "department"),
        ("TicketPatch", "service"),
        ("TicketPatch", "category"),
        ("TicketPatch", "assignee"),
        ("NewComment", "attachments/items"),
        ("NewTicket", "cc/items"),
        ("CloseTicket", "duplicate_of"),
        ("StatusChange", "duplicate_of"),
        ("AttachUploads", "uploads/items"),
    ] {
        let pointer = format!("/components/schemas/{schema}/properties/{property}");
        merge(document, &pointer, &name);
    }
    for parameter in [
        "priority",
        "assignee",
        "requester",
        "organisation",
        "cursor",
    ] {
        merge_parameter(document, "/v1/tickets", "get", parameter, &name);
    }
    for (schema, property, constraints) in [
        ("NewTicket", "title", &title),
        ("TicketPatch", "title", &title),
        ("NewTicket", "dedupe_key", &dedupe_key),
        ("NewTicket", "description", &text),
        ("TicketPatch", "description", &text),
        ("NewComment", "body", &comment),
        // A blank closing or reopening comment is no comment: it is left out, not refused.
        ("CloseTicket", "comment", &text),
        ("ReopenTicket", "comment", &text),
        ("StatusChange", "comment", &text),
        ("NewRating", "remark", &text),
        ("NewEscalation", "reason", &non_blank(MAX_REASON_CHARS)),
        ("AttachUploads", "uploads", &json!({ "minItems": 1 })),
        // Any characters: a password may hold anything, white space included.
        (
            "NewSecret",
            "secret",
            &json!({ "minLength": 1, "maxLength": MAX_SECRET_CHARS }),
        ),
    ] {
        let pointer = format!("/components/schemas/{schema}/properties/{property}");
        merge(document, &pointer, constraints);
    }

    // `status` takes a status, or a group of them.
    let mut statuses: Vec<&str> = vec!["open", "closed", "all"];
    statuses.extend(Status::ALL.iter().map(|s| s.as_str()));
    merge_parameter(
        document,
        "/v1/tickets",
        "get",
        "status",
        &json!({ "enum": statuses }),
    );
    // A file name: not blank, one line, no slashes, at most 255 bytes.
    let plain = format!("/\\\\{CONTROL}");
    merge_parameter(
        document,
        "/v1/uploads",
        "post",
        "name",
        &json!({
            "minLength": 1,
            "maxLength": 255,
            "pattern": format!("^[^{plain}]*[^{plain}{white_space}][^{plain}]*$")
        }),
    );
}

/// The limits on logging in and on naming tokens, from the rules' constants.
fn constrain_accounts(document: &mut Value) {
    let user = json!({ "maxLength": MAX_NAME_CHARS, "pattern": format!("^[^{CONTROL}]*$") });
    merge(document, "/components/schemas/Login/properties/user", &user);
    merge(
        document,
        "/components/schemas/Login/properties/scopes",
        &json!({ "minItems": 1 }),
    );
    merge(
        document,
        "/components/schemas/Login/properties/expires_in_days",
        &json!({ "minimum": 1, "maximum": MAX_TOKEN_DAYS }),
    );
    // A token's name, in a login or a path: one line, not empty.
    let token_name = json!({
        "minLength": 1,
        "maxLength": MAX_NAME_CHARS,
        "pattern": format!("^[^{CONTROL}]+$"),
    });
    merge(
        document,
        "/components/schemas/Login/properties/token_name",
        &token_name,
    );
    for (path, method) in [
        ("/v1/me/tokens/{name}", "delete"),
        ("/v1/users/{user}/tokens/{name}", "delete"),
    ] {
        merge_parameter(document, path, method, "name", &token_name);
    }
    for (path, method) in [
        ("/v1/users/{user}/tokens", "get"),
        ("/v1/users/{user}/tokens/{name}", "delete"),
    ] {
        merge_parameter(document, path, method, "user", &user);
    }
}

/// Header values the service reads: printable ASCII and tabs, not blank (HTTP trims spaces
/// and tabs around a value).
const TOKEN_PATTERN: &str = "^[\\x21-\\x7e]([\\t\\x20-\\x7e]*[\\x21-\\x7e])?$";
/// `*` or a list of entity tags, strong or weak (RFC 9110, section 8.8.3).
const ETAGS_PATTERN: &str =
    "^(\\*|(W/)?\"[\\x21\\x23-\\x7e]*\"([ \\t]*,[ \\t]*(W/)?\"[\\x21\\x23-\\x7e]*\")*)$";
/// A `Content-Digest` (RFC 9530) holding a SHA-256: 32 bytes in padded base64.
const DIGEST_PATTERN: &str = "^([\\x20-\\x2b\\x2d-\\x7e]*,[ \\t]*)*sha-256=:[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=:([ \\t]*,[\\x20-\\x7e]*)?$";

fn constrain_headers(document: &mut Value) {
    let Some(paths) = document["paths"].as_object_mut() else {
        return;
    };
    for item in paths.values_mut() {
        for method in METHODS {
            let Some(parameters) = item
                .get_mut(method)
                .and_then(|operation| operation.get_mut("parameters"))
                .and_then(Value::as_array_mut)
            else {
                continue;
            };
            for parameter in parameters {
                let constraints = match parameter["name"].as_str() {
                    Some("Idempotency-Key") => {
                        json!({ "minLength": 1, "maxLength": 255, "pattern": TOKEN_PATTERN })
                    }
                    // If-None-Match is not here: a value that cannot match is no error, it
                    // just does not match.
                    Some("If-Match") => json!({ "pattern": ETAGS_PATTERN }),
                    Some("Content-Digest") => json!({ "pattern": DIGEST_PATTERN }),
                    // The service sets an event's id to its `seq`.
                    Some("Last-Event-ID") => json!({ "pattern": "^[0-9]{1,19}$" }),
                    Some("tickets") => json!({ "pattern": TICKET_LIST_PATTERN }),
                    _ => continue,
                };
                for (key, value) in constraints.as_object().expect("an object") {
                    parameter["schema"][key] = value.clone();
                }
            }
        }
    }
}

/// Ticket keys separated by commas, none empty (white space around them is ignored).
const TICKET_LIST_PATTERN: &str = r"^[^,]*[^,\s][^,]*(,[^,]*[^,\s][^,]*)*$";

/// What one event of a `text/event-stream` answer is, as OpenAPI 3.1 describes a stream (the
/// schema of each event, parsed into its fields): the first `ready`, then one default
/// (`message`) event a change, each `data` the JSON of its schema.
fn describe_event_streams(document: &mut Value) {
    let event = |name: &str, schema: &str| {
        json!({
            "type": "object",
            "required": ["event", "id", "data"],
            "properties": {
                "event": { "const": name },
                "id": { "type": "string", "pattern": "^[0-9]+$" },
                "data": {
                    "type": "string",
                    "contentMediaType": "application/json",
                    "contentSchema": { "$ref": format!("#/components/schemas/{schema}") }
                }
            }
        })
    };
    let schema = json!({
        "description": "One Server-Sent Event of the stream: `ready` first (its id where the stream starts), then a default event a change (its id the change's `seq`)",
        "oneOf": [event("ready", "StreamReady"), event("message", "TicketEvent")]
    });
    for path in ["/v1/events", "/v1/tickets/{key}/events"] {
        let pointer = format!(
            "/paths/{}/get/responses/200/content/text~1event-stream/schema",
            path.replace('/', "~1")
        );
        *document
            .pointer_mut(&pointer)
            .unwrap_or_else(|| panic!("no {pointer} in the OpenAPI document")) = schema.clone();
    }
}

fn merge(document: &mut Value, pointer: &str, constraints: &Value) {
    let target = document
        .pointer_mut(pointer)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("no {pointer} in the OpenAPI document"));
    for (key, value) in constraints.as_object().expect("constraints are an object") {
        target.insert(key.clone(), value.clone());
    }
}

fn merge_parameter(
    document: &mut Value,
    path: &str,
    method: &str,
    name: &str,
    constraints: &Value,
) {
    let pointer = format!("/paths/{}/{method}/parameters", path.replace('/', "~1"));
    let index = document
        .pointer(&pointer)
        .and_then(Value::as_array)
        .and_then(|parameters| parameters.iter().position(|p| p["name"] == name))
        .unwrap_or_else(|| panic!("no parameter {name} of {method} {path}"));
    merge(document, &format!("{pointer}/{index}/schema"), constraints);
}

/// Links from what an operation answers to the operations that take it, so a client (and the
/// fuzzer's stateful phase) can follow a ticket from its creation.
fn add_all_links(document: &mut Value) {
    {
        {
            let key = json!({ "key": "$response.body#/key" });
            let ticket_operations = [
                ("show", "show"),
                ("update", "update"),
                ("comment", "comment"),
                ("escalate", "escalate"),
                ("close", "close"),
                ("reopen", "reopen"),
                ("attach", "attach"),
                ("give_secret", "give_secret"),
            ];
            for (path, method, status) in [
                ("/v1/tickets", "post", "201"),
                ("/v1/tickets", "post", "200"),
                ("/v1/tickets/{key}", "get", "200"),
                ("/v1/tickets/{key}", "patch", "200"),
                ("/v1/tickets/{key}/close", "post", "200"),
                ("/v1/tickets/{key}/reopen", "post", "200"),
            ] {
                let links: serde_json::Map<String, Value> = ticket_operations
                    .iter()
                    .map(|(name, operation)| {
                        (
                            (*name).to_owned(),
                            json!({ "operationId": operation, "parameters": key }),
                        )
                    })
                    .collect();
                add_links(document, path, method, status, links);
            }
            // A ticket holds a secret once one is given: reading or clearing it follows
            // the giving, on the same ticket.
            let same_ticket = json!({ "key": "$request.path.key" });
            let links: serde_json::Map<String, Value> = ["read_secret", "clear_secret"]
                .iter()
                .map(|operation| {
                    (
                        (*operation).to_owned(),
                        json!({ "operationId": operation, "parameters": same_ticket }),
                    )
                })
                .collect();
            add_links(document, "/v1/tickets/{key}/secret", "put", "200", links);
            let upload = json!({ "id": "$response.body#/id" });
            let mut links = serde_json::Map::new();
            links.insert(
                "discard".into(),
                json!({ "operationId": "discard", "parameters": upload }),
            );
            links.insert(
                "attach".into(),
                json!({
                    "operationId": "attach",
                    "requestBody": { "uploads": ["$response.body#/id"] }
                }),
            );
            add_links(document, "/v1/uploads", "post", "201", links);
            let mut links = serde_json::Map::new();
            links.insert(
                "download".into(),
                json!({
                    "operationId": "download",
                    "parameters": { "id": "$response.body#/0/id" }
                }),
            );
            add_links(
                document,
                "/v1/tickets/{key}/attachments",
                "post",
                "201",
                links,
            );
        }
    }
}

fn add_links(
    document: &mut Value,
    path: &str,
    method: &str,
    status: &str,
    links: serde_json::Map<String, Value>,
) {
    let pointer = format!(
        "/paths/{}/{method}/responses/{status}",
        path.replace('/', "~1")
    );
    let response = document
        .pointer_mut(&pointer)
        .unwrap_or_else(|| panic!("no response {pointer}"));
    response["links"] = Value::Object(links);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn operations(document: &Value) -> Vec<(String, &Value)> {
        let mut found = Vec::new();
        for (path, item) in document["paths"].as_object().expect("paths") {
            for method in METHODS {
                if let Some(operation) = item.get(method) {
                    found.push((format!("{} {path}", method.to_uppercase()), operation));
                }
            }
        }
        found
    }

    #[test]
    fn every_operation_documents_the_responses_of_the_layers_around_it() {
        let document = document();
        for (name, operation) in operations(&document) {
            let responses = operation["responses"].as_object().expect("responses");
            for status in ["408", "503"] {
                assert!(responses.contains_key(status), "{name} lacks {status}");
            }
            if operation.get("security").is_some() {
                for status in ["401", "403"] {
                    assert!(responses.contains_key(status), "{name} lacks {status}");
                }
            }
            if operation
                .pointer("/requestBody/content/application~1json")
                .is_some()
            {
                for status in ["400", "413", "415", "422"] {
                    assert!(responses.contains_key(status), "{name} lacks {status}");
                }
            }
            for (status, response) in responses {
                if status.starts_with('4') || status.starts_with('5') {
                    assert_eq!(
                        response["content"][PROBLEM_JSON]["schema"]["$ref"],
                        "#/components/schemas/Problem",
                        "{name} {status}"
                    );
                }
            }
        }
    }

    /// Every POST but logging in takes a key, and says what it brings.
    #[test]
    fn every_keyed_post_documents_its_replays_and_its_key_in_flight() {
        let document = document();
        for (name, operation) in operations(&document) {
            let keyed = operation["parameters"]
                .as_array()
                .is_some_and(|p| p.iter().any(|p| p["name"] == "Idempotency-Key"));
            let post = name.starts_with("POST ");
            assert_eq!(keyed, post && name != "POST /v1/auth/login", "{name}");
            if !keyed {
                continue;
            }
            let responses = operation["responses"].as_object().expect("responses");
            for (status, response) in responses {
                let replay_header = response["headers"].get("Idempotent-Replayed").is_some();
                assert_eq!(replay_header, status.starts_with('2'), "{name} {status}");
            }
            let conflict = &responses["409"];
            assert!(conflict["headers"].get("Retry-After").is_some(), "{name}");
            let said = conflict["description"].as_str().unwrap_or_default();
            assert!(said.contains("still being processed"), "{name}: {said}");
        }
    }

    #[test]
    fn optional_headers_are_plain_strings() {
        let document = document();
        for (name, operation) in operations(&document) {
            for parameter in operation["parameters"].as_array().into_iter().flatten() {
                assert_ne!(
                    parameter["schema"]["type"],
                    json!(["string", "null"]),
                    "{name} {}",
                    parameter["name"]
                );
            }
        }
    }

    #[test]
    fn the_upload_body_is_binary_and_its_query_a_query() {
        let document = document();
        let upload = &document["paths"]["/v1/uploads"]["post"];
        assert_eq!(
            upload["requestBody"]["content"]["application/octet-stream"]["schema"],
            json!({ "type": "string", "format": "binary" })
        );
        let name = &upload["parameters"][0];
        assert_eq!(
            (&name["name"], &name["in"]),
            (&json!("name"), &json!("query"))
        );
        let digest = upload["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "Content-Digest")
            .expect("Content-Digest");
        assert_eq!(digest["required"], true);
    }

    #[test]
    fn limits_come_from_the_rules() {
        let document = document();
        let schemas = &document["components"]["schemas"];
        assert_eq!(
            schemas["NewTicket"]["properties"]["title"]["maxLength"],
            MAX_TITLE_CHARS
        );
        assert_eq!(schemas["NewTicket"]["properties"]["title"]["minLength"], 1);
        assert_eq!(
            schemas["NewTicket"]["properties"]["dedupe_key"]["maxLength"],
            MAX_DEDUPE_KEY_CHARS
        );
        assert_eq!(
            schemas["NewComment"]["properties"]["body"]["maxLength"],
            MAX_TEXT_BYTES
        );
        assert_eq!(
            schemas["NewEscalation"]["properties"]["reason"]["maxLength"],
            MAX_REASON_CHARS
        );
        assert_eq!(
            schemas["AttachUploads"]["properties"]["uploads"]["minItems"],
            1
        );
        assert_eq!(
            schemas["NewSecret"]["properties"]["secret"]["maxLength"],
            MAX_SECRET_CHARS
        );
        let limit = document["paths"]["/v1/tickets"]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "limit")
            .expect("limit");
        assert_eq!(
            (&limit["schema"]["minimum"], &limit["schema"]["maximum"]),
            (&json!(1), &json!(100))
        );
    }

    #[test]
    fn the_white_space_of_the_patterns_is_what_trim_removes() {
        for c in (0..=0x10_ffff_u32).filter_map(char::from_u32) {
            let listed = WHITE_SPACE
                .iter()
                .any(|&(first, last)| (first..=last).contains(&c));
            assert_eq!(listed, c.is_whitespace(), "U+{:04X}", u32::from(c));
        }
        assert!(white_space_class().starts_with("\\u0009-\\u000d\\u0020\\u0085"));
    }
}
