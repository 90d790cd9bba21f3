use std::path::PathBuf;

use reqwest::Method;
use reqwest::header::{HeaderName, HeaderValue};
use serde_json::{Map, Value};

use crate::context::Context;
use crate::exit::UsageError;
use crate::output::{self, Output};

/// Send any request to the service, with the configured host and token
///
/// For what the commands do not cover, as `gh api` does. PATH is under /v1 (`/tickets`, or
/// `tickets`). Fields go in the query of a GET, and in a JSON object as the body of anything
/// else (a request with fields or --input is a POST unless a METHOD is given, or --paginate); --input sends a file (`-`
/// for standard input) as the body instead. A POST carries an Idempotency-Key, as every
/// command's does. --paginate follows `next_cursor` and prints the items of every page as one
/// JSON array, or one a line as they arrive with --jsonl. Errors exit as any command's do.
///
/// Examples:
///   tik api /me --jq .role
///   tik api GET /tickets -f status=all -f limit=5
///   tik api POST /tickets/CS-1/comments -f body="Deployed the fix"
///   tik api PATCH /tickets/CS-1 -f priority=urgent
///   tik api /tickets -f status=all --paginate --jsonl | wc -l
///   tik api PATCH /tickets/CS-1 --input patch.json
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The method and the path, or the path alone
    #[arg(value_name = "[METHOD] PATH", num_args = 1..=2, required = true)]
    request: Vec<String>,
    /// A field whose value is a string
    #[arg(short = 'f', long = "raw-field", value_name = "KEY=VALUE")]
    raw_fields: Vec<String>,
    /// A field whose value is JSON when it reads as such (a number, true, false, null),
    /// else a string
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    fields: Vec<String>,
    /// A header to send, e.g. 'If-Match: "3"'
    #[arg(short = 'H', long = "header", value_name = "NAME: VALUE")]
    headers: Vec<String>,
    /// The body, from a file (`-` for standard input), sent as JSON
    #[arg(long, value_name = "FILE", conflicts_with_all = ["raw_fields", "fields"])]
    input: Option<PathBuf>,
    /// Follow the pages of a list and print all their items
    #[arg(long)]
    paginate: bool,
    /// With --paginate: one item a line, printed as each page arrives
    #[arg(long, requires = "paginate")]
    jsonl: bool,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let fields = fields(&args)?;
    let (method, path) = match args.request.as_slice() {
        [path] if args.paginate || fields.is_empty() && args.input.is_none() => (Method::GET, path),
        [path] => (Method::POST, path),
        [method, path] => (method_named(method)?, path),
        _ => unreachable!("clap takes one or two"),
    };
    let path = under_v1(path)?;
    let headers = headers(&args.headers)?;
    let body = match (&args.input, method == Method::GET) {
        (Some(file), _) => Some(super::read_text(None, Some(file))?.unwrap_or_default()),
        (None, false) if !fields.is_empty() => Some(Value::Object(fields.clone()).to_string()),
        _ => None,
    };
    let query = if method == Method::GET {
        fields
    } else {
        Map::new()
    };
    let backend = ctx.backend()?;
    if args.paginate {
        if method != Method::GET {
            return Err(UsageError("--paginate follows the pages of a GET".into()).into());
        }
        let jsonl = args.jsonl || ctx.output().format == output::Format::Jsonl;
        return paginate(&backend, &path, query, &headers, jsonl).await;
    }
    let answer = backend
        .raw(
            method,
            &with_query(&path, &query),
            &headers,
            body.map(|b| (b.into_bytes(), "application/json")),
        )
        .await?;
    if answer.body.is_empty() {
        return Ok(Output::Nothing);
    }
    if answer.content_type.contains("json") {
        let value: Value = serde_json::from_slice(&answer.body)?;
        return Ok(Output::Done {
            human: serde_json::to_string_pretty(&value)?,
            json: value,
        });
    }
    Ok(Output::Plain(
        String::from_utf8_lossy(&answer.body).trim_end().to_owned(),
    ))
}

/// Every page's `items`, following `next_cursor`: one array in the end, or one item a line
/// as each page arrives (holding one page at a time).
async fn paginate(
    backend: &crate::client::HttpClient,
    path: &str,
    mut query: Map<String, Value>,
    headers: &[(HeaderName, HeaderValue)],
    jsonl: bool,
) -> anyhow::Result<Output> {
    let mut all = Vec::new();
    loop {
        let answer = backend
            .raw(Method::GET, &with_query(path, &query), headers, None)
            .await?;
        let mut page: Value = serde_json::from_slice(&answer.body)?;
        let Some(Value::Array(items)) = page.get_mut("items").map(Value::take) else {
            return Err(UsageError(format!(
                "--paginate: {path} answers no list of items to follow"
            ))
            .into());
        };
        if jsonl {
            output::json_lines(&items)?;
        } else {
            all.extend(items);
        }
        match page.get("next_cursor").and_then(Value::as_str) {
            Some(cursor) => {
                query.insert("cursor".into(), Value::String(cursor.to_owned()));
            }
            None => break,
        }
    }
    if jsonl {
        return Ok(Output::Nothing);
    }
    let all = Value::Array(all);
    Ok(Output::Done {
        human: serde_json::to_string_pretty(&all)?,
        json: all,
    })
}

fn method_named(name: &str) -> anyhow::Result<Method> {
    let upper = name.to_ascii_uppercase();
    match upper.as_str() {
        "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" => {
            Ok(Method::from_bytes(upper.as_bytes())?)
        }
        _ => Err(UsageError(format!(
            "'{name}' is not a method: GET, POST, PUT, PATCH, DELETE or HEAD"
        ))
        .into()),
    }
}

/// `/tickets`, `tickets` and `/v1/tickets` all name `/v1/tickets`; a full URL does not:
/// the host is the configured one.
fn under_v1(path: &str) -> anyhow::Result<String> {
    if path.contains("://") {
        return Err(UsageError(format!(
            "'{path}' is a URL: give the path under /v1, and the host with --host"
        ))
        .into());
    }
    let path = path.trim_start_matches('/');
    let path = path.strip_prefix("v1/").unwrap_or(path);
    Ok(format!("/{path}"))
}

fn with_query(path: &str, query: &Map<String, Value>) -> String {
    if query.is_empty() {
        return path.to_owned();
    }
    let mut encoded = form_urlencoded::Serializer::new(String::new());
    for (key, value) in query {
        match value {
            Value::String(text) => encoded.append_pair(key, text),
            other => encoded.append_pair(key, &other.to_string()),
        };
    }
    let separator = if path.contains('?') { '&' } else { '?' };
    format!("{path}{separator}{}", encoded.finish())
}

fn fields(args: &Args) -> anyhow::Result<Map<String, Value>> {
    let mut fields = Map::new();
    let typed = args.fields.iter().map(|f| (f, true));
    for (field, is_typed) in args.raw_fields.iter().map(|f| (f, false)).chain(typed) {
        let (key, value) = field
            .split_once('=')
            .ok_or_else(|| UsageError(format!("'{field}' is not a field: write KEY=VALUE")))?;
        let value = if is_typed {
            match serde_json::from_str::<Value>(value) {
                Ok(json @ (Value::Number(_) | Value::Bool(_) | Value::Null)) => json,
                _ => Value::String(value.to_owned()),
            }
        } else {
            Value::String(value.to_owned())
        };
        fields.insert(key.to_owned(), value);
    }
    Ok(fields)
}

fn headers(given: &[String]) -> anyhow::Result<Vec<(HeaderName, HeaderValue)>> {
    given
        .iter()
        .map(|header| {
            let invalid = || UsageError(format!("'{header}' is not a header: write 'Name: value'"));
            let (name, value) = header.split_once(':').ok_or_else(invalid)?;
            let name = HeaderName::from_bytes(name.trim().as_bytes()).map_err(|_| invalid())?;
            let value = HeaderValue::from_str(value.trim()).map_err(|_| invalid())?;
            Ok((name, value))
        })
        .collect()
}
