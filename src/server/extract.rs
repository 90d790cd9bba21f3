//! The service's extractors: axum's, with every way a request can be malformed answered as
//! `application/problem+json` in the API's words (the field, the valid values), never in
//! serde's (`struct NewTicket`, `u64`). Handlers take these, so none can forget.

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, PathRejection};
use axum::extract::{FromRequest, FromRequestParts, RawPathParams, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use serde::de::DeserializeOwned;

use super::error::{Error, Result};
use crate::api::FieldError;

/// The largest JSON body accepted: room for the longest text the rules allow (256 KiB) even
/// with every character escaped (up to 12 bytes a character, `\ud83d\ude00`), so a text over
/// its limit is told as such (422), not as a body too large.
pub(crate) const MAX_JSON_BODY_BYTES: usize = 4 * 1024 * 1024;

/// A JSON request body: `Content-Type: application/json`, well-formed, of the expected shape.
pub(crate) struct ApiJson<T>(pub(crate) T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = Error;

    async fn from_request(request: Request, state: &S) -> Result<Self> {
        if !is_json(request.headers()) {
            return Err(Error::UnsupportedMediaType(
                "send the body as JSON, with Content-Type: application/json".into(),
            ));
        }
        // A body declared too large is refused before a byte of it is read: a client that
        // asked `Expect: 100-continue` then sends nothing, and none is cut off mid-send.
        let declared = request
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
        if declared.is_some_and(|length| length > MAX_JSON_BODY_BYTES) {
            return Err(too_large());
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|r| body_rejection(&r))?;
        json_body(&bytes).map(ApiJson)
    }
}

/// The query string, of the expected parameters and types.
pub(crate) struct ApiQuery<T>(pub(crate) T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self> {
        query(parts.uri.query().unwrap_or_default()).map(ApiQuery)
    }
}

/// Path parameters, e.g. an attachment's numeric id.
pub(crate) struct ApiPath<T>(pub(crate) T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(ApiPath(value)),
            Err(rejection) => {
                // A lone parameter's error does not say its name; the raw parameters do.
                let raw = RawPathParams::from_request_parts(parts, state).await.ok();
                let names: Vec<(String, String)> = raw
                    .iter()
                    .flat_map(|params| params.iter())
                    .map(|(name, value)| (name.to_owned(), value.to_owned()))
                    .collect();
                Err(path_rejection(&rejection, &names))
            }
        }
    }
}

/// `application/json` or any `+json` type, in any case, with or without parameters.
fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("application/json")
        || essence
            .rsplit_once('+')
            .is_some_and(|(_, suffix)| suffix.eq_ignore_ascii_case("json"))
            && essence
                .get(..12)
                .is_some_and(|p| p.eq_ignore_ascii_case("application/"))
}

fn too_large() -> Error {
    Error::TooLarge(format!(
        "the request body is over {} MiB",
        MAX_JSON_BODY_BYTES / (1024 * 1024)
    ))
}

fn body_rejection(rejection: &BytesRejection) -> Error {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        too_large()
    } else {
        Error::body(rejection)
    }
}

fn path_rejection(rejection: &PathRejection, params: &[(String, String)]) -> Error {
    use axum::extract::path::ErrorKind;
    let PathRejection::FailedToDeserializePathParams(failed) = rejection else {
        return Error::internal(rejection.body_text());
    };
    match failed.kind() {
        ErrorKind::ParseErrorAtKey {
            key,
            value,
            expected_type,
        } => Error::invalid(
            key,
            format!(
                "the {key} in the path must be {}, not '{value}'",
                expected(expected_type)
            ),
        ),
        ErrorKind::ParseError {
            value,
            expected_type,
        }
        | ErrorKind::ParseErrorAtIndex {
            value,
            expected_type,
            ..
        } => {
            let key = params
                .iter()
                .find(|(_, raw)| raw == value)
                .map_or("path", |(name, _)| name.as_str());
            Error::invalid(
                key,
                format!(
                    "the {key} in the path must be {}, not '{value}'",
                    expected(expected_type)
                ),
            )
        }
        ErrorKind::InvalidUtf8InPathParam { key } => {
            Error::invalid(key, format!("the {key} in the path is not valid UTF-8"))
        }
        _ => Error::internal(failed.body_text()),
    }
}

/// Where a value came from, for messages.
#[derive(Clone, Copy)]
enum Source {
    Body,
    Query,
}

fn json_body<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    // Every request body is an object; serde would also take a struct from an array.
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first != Some(&b'{') {
        let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| malformed(&e))?;
        let kind = match value {
            serde_json::Value::Array(_) => "an array",
            serde_json::Value::String(_) => "a string",
            serde_json::Value::Number(_) => "a number",
            serde_json::Value::Bool(_) => "a boolean",
            serde_json::Value::Null => "null",
            serde_json::Value::Object(_) => "an object",
        };
        let text = format!("the body must be a JSON object, not {kind}");
        return Err(Error::Invalid {
            detail: text.clone(),
            errors: vec![FieldError::new("body", text)],
        });
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(value) => match deserializer.end() {
            Ok(()) => Ok(value),
            Err(err) => Err(malformed(&err)),
        },
        Err(err) => {
            let path = err.path().to_string();
            let err = err.into_inner();
            if err.classify() == serde_json::error::Category::Data {
                Err(wrong_shape(Source::Body, &path, &serde_message(&err)))
            } else {
                Err(malformed(&err))
            }
        }
    }
}

fn query<T: DeserializeOwned>(query: &str) -> Result<T> {
    let pairs = form_urlencoded::parse(query.as_bytes());
    serde_path_to_error::deserialize(serde_urlencoded::Deserializer::new(pairs)).map_err(|err| {
        let path = err.path().to_string();
        let message = err.into_inner().to_string();
        // The numeric and boolean parsers say what failed but not with which value.
        let value = form_urlencoded::parse(query.as_bytes())
            .find(|(name, _)| *name == path)
            .map(|(_, value)| value.into_owned());
        match value {
            Some(value) if is_parse_failure(&message) => Error::invalid(
                &path,
                format!(
                    "the query parameter {path} must be {}, not '{value}'",
                    if message.contains("true") {
                        "true or false"
                    } else {
                        "a whole number"
                    }
                ),
            ),
            _ => wrong_shape(Source::Query, &path, &message),
        }
    })
}

/// The messages of `str::parse` for numbers and booleans.
fn is_parse_failure(message: &str) -> bool {
    [
        "invalid digit",
        "empty string",
        "number too large",
        "number too small",
        "provided string was not `true` or `false`",
    ]
    .iter()
    .any(|m| message.contains(m))
}

fn malformed(err: &serde_json::Error) -> Error {
    Error::BadRequest(format!("the request body is not valid JSON: {err}"))
}

/// serde's message without the position `serde_json` appends (the path says where).
fn serde_message(err: &serde_json::Error) -> String {
    let message = err.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    }
}

/// A well-formed request whose content is not what the API takes, said in the API's terms.
/// `path` is serde's path to the value at fault (`.` for the whole body).
fn wrong_shape(source: Source, path: &str, message: &str) -> Error {
    let at = (path != "." && !path.is_empty()).then_some(path);
    let noun = match source {
        Source::Body => "field",
        Source::Query => "query parameter",
    };
    let join = |name: &str| match at {
        Some(parent) => format!("{parent}.{name}"),
        None => name.to_owned(),
    };
    let (field, text) = if let Some(rest) = message.strip_prefix("unknown field ") {
        let (name, expected) = split_expected(rest);
        // The path already ends at the unknown field.
        let field = at.map_or(name, str::to_owned);
        let text = match expected {
            Some(list) => format!("unknown {noun} '{field}': expected one of {list}"),
            None => format!("unknown {noun} '{field}': none is taken here"),
        };
        (field, text)
    } else if let Some(rest) = message.strip_prefix("missing field ") {
        let field = join(&unquote(rest));
        (field.clone(), format!("missing {noun} '{field}'"))
    } else if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, expected) = split_expected(rest);
        let field = at.unwrap_or("body").to_owned();
        let list = expected.unwrap_or_default();
        let name = field.rsplit('.').next().unwrap_or(&field);
        (
            field.clone(),
            format!("unknown {name} '{value}': expected one of {list}"),
        )
    } else if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        let (got, want) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another value"));
        let field = at.unwrap_or("body").to_owned();
        let text = match at {
            Some(field) => format!(
                "the {noun} {field} must be {}, not {}",
                expected(want),
                found(got)
            ),
            None => format!("the body must be {}, not {}", expected(want), found(got)),
        };
        (field, text)
    } else {
        let field = at.unwrap_or("body").to_owned();
        let text = match at {
            Some(field) => format!("invalid {noun} {field}: {}", message.replace('`', "'")),
            None => format!("invalid body: {}", message.replace('`', "'")),
        };
        (field, text)
    };
    Error::Invalid {
        detail: text.clone(),
        errors: vec![FieldError::new(&field, text)],
    }
}

/// `` `fax`, expected one of `cli`, `web` `` → (`fax`, `cli, web`).
fn split_expected(rest: &str) -> (String, Option<String>) {
    match rest.split_once(", expected ") {
        Some((name, list)) => (unquote(name), Some(expected_list(list))),
        None => (unquote(rest.split(", ").next().unwrap_or(rest)), None),
    }
}

fn unquote(text: &str) -> String {
    text.trim().trim_matches('`').to_owned()
}

/// `` one of `a`, `b` `` or `` `a` or `b` `` → `a, b`.
fn expected_list(list: &str) -> String {
    list.trim_start_matches("one of ")
        .replace('`', "")
        .replace(" or ", ", ")
}

/// What serde expected, in JSON's terms rather than Rust's.
fn expected(want: &str) -> String {
    let want = want.trim();
    if want.starts_with("struct ") || want == "a map" || want.starts_with("map") {
        "a JSON object".to_owned()
    } else if want.starts_with("enum ") || want == "variant identifier" {
        "one of the listed values (a string)".to_owned()
    } else if want.starts_with("a sequence") || want.starts_with("tuple") {
        "an array".to_owned()
    } else if let Some(bits) = want.strip_prefix('u').and_then(|b| b.parse::<u32>().ok()) {
        let max = if bits >= 64 {
            u64::MAX.to_string()
        } else {
            ((1_u128 << bits) - 1).to_string()
        };
        format!("a whole number from 0 to {max}")
    } else if let Some(bits) = want.strip_prefix('i').and_then(|b| b.parse::<u32>().ok()) {
        let half = 1_i128 << (bits.min(64) - 1);
        format!("a whole number from {} to {}", -half, half - 1)
    } else if want.starts_with('f') && want[1..].parse::<u32>().is_ok() {
        "a number".to_owned()
    } else if want == "bool" {
        "true or false".to_owned()
    } else if want == "char" || want == "a string" || want == "string" {
        "a string".to_owned()
    } else {
        want.replace('`', "'")
    }
}

/// What serde found, in JSON's terms.
fn found(got: &str) -> String {
    let got = got.trim();
    if got == "sequence" {
        "an array".to_owned()
    } else if got == "map" {
        "an object".to_owned()
    } else if got == "unit" || got == "null" {
        "null".to_owned()
    } else if let Some(value) = got
        .strip_prefix("integer ")
        .or_else(|| got.strip_prefix("floating point "))
    {
        format!("the number {}", value.trim_matches('`'))
    } else if let Some(value) = got.strip_prefix("boolean ") {
        value.trim_matches('`').to_owned()
    } else if let Some(value) = got.strip_prefix("string ") {
        format!("the string {value}")
    } else {
        got.replace('`', "'")
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;
    use crate::api::{NewTicket, TicketQuery};

    fn detail(error: &Error) -> (String, String) {
        let problem = error.to_problem();
        (
            problem.detail.unwrap_or_default(),
            problem
                .errors
                .first()
                .map(|e| e.field.clone())
                .unwrap_or_default(),
        )
    }

    fn body_error<T: DeserializeOwned + std::fmt::Debug>(json: &str) -> (String, String) {
        detail(&json_body::<T>(json.as_bytes()).expect_err("refused"))
    }

    #[test]
    fn an_unknown_enum_value_names_the_field_and_the_values() {
        let (text, field) = body_error::<NewTicket>(r#"{"title":"t","channel":"fax"}"#);
        assert_eq!(field, "channel");
        assert!(
            text.starts_with("unknown channel 'fax': expected one of cli, web, email"),
            "{text}"
        );
    }

    #[test]
    fn an_unknown_field_is_named_with_the_fields_taken() {
        let (text, field) = body_error::<NewTicket>(r#"{"title":"t","colour":"red"}"#);
        assert_eq!(field, "colour");
        assert!(
            text.starts_with("unknown field 'colour': expected one of title, description"),
            "{text}"
        );
    }

    #[test]
    fn wrong_shapes_speak_json_not_rust() {
        let (text, field) = body_error::<NewTicket>(r#"["t"]"#);
        assert_eq!(field, "body");
        assert_eq!(text, "the body must be a JSON object, not an array");
        let (text, field) = body_error::<NewTicket>(r#"{"title":5}"#);
        assert_eq!(field, "title");
        assert_eq!(text, "the field title must be a string, not the number 5");
        let (text, field) = body_error::<NewTicket>(r#"{"title":"t","attachments":[1]}"#);
        assert_eq!(field, "attachments[0]");
        assert!(
            text.contains("must be a string, not the number 1"),
            "{text}"
        );
        let (text, _) = body_error::<NewTicket>("{}");
        assert_eq!(text, "missing field 'title'");
    }

    #[test]
    fn malformed_json_is_a_bad_request() {
        let error = json_body::<NewTicket>(b"{\"title\":").expect_err("refused");
        assert!(matches!(error, Error::BadRequest(_)), "{error:?}");
        let error = json_body::<NewTicket>(b"{\"title\":\"t\"} x").expect_err("refused");
        assert!(matches!(error, Error::BadRequest(_)), "{error:?}");
    }

    #[test]
    fn query_errors_name_the_parameter_and_the_value() {
        let (text, field) = detail(&query::<TicketQuery>("limit=abc").expect_err("refused"));
        assert_eq!(field, "limit");
        assert_eq!(
            text,
            "the query parameter limit must be a whole number, not 'abc'"
        );
        let (text, field) = detail(&query::<TicketQuery>("type=").expect_err("refused"));
        assert_eq!(field, "type");
        assert!(
            text.starts_with("unknown type '': expected one of incident, bug"),
            "{text}"
        );
        let (text, _) = detail(&query::<TicketQuery>("stauts=open").expect_err("refused"));
        assert!(
            text.starts_with("unknown query parameter 'stauts'"),
            "{text}"
        );
    }

    #[test]
    fn no_message_names_a_rust_type() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Numbers {
            id: u64,
            count: u32,
            flag: bool,
        }
        for json in [
            r#"{"id":-1,"count":1,"flag":true}"#,
            r#"{"id":1,"count":99999999999,"flag":true}"#,
            r#"{"id":1,"count":1,"flag":"yes"}"#,
            r#"{"id":1.5,"count":1,"flag":true}"#,
            r#""text""#,
        ] {
            let (text, _) = body_error::<Numbers>(json);
            let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
            for rust in ["u64", "u32", "bool", "f64", "struct", "Numbers"] {
                assert!(!words.contains(&rust), "{json}: {text}");
            }
            assert!(!text.contains('`'), "{json}: {text}");
        }
    }
}
