//! `--jq EXPR`: a jq filter over a command's JSON, with jaq (a jq engine in Rust, so no `jq`
//! to install). As with `gh --jq`, each result is a line: a string as it is, anything else as
//! compact JSON. The filter is compiled before the command runs: a mistake in it changes
//! nothing.

use std::io::Write;

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Native, Vars, compile, data, unwrap_valr};
use jaq_json::Val;

use crate::exit::UsageError;

type Data = data::JustLut<Val>;

/// A compiled `--jq` expression.
pub(crate) struct Jq {
    filter: compile::Filter<Native<Data>>,
}

impl std::fmt::Debug for Jq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Jq")
    }
}

impl Jq {
    pub(crate) fn compile(expression: &str) -> Result<Self, UsageError> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let arena = Arena::default();
        let program = File {
            code: expression,
            path: (),
        };
        let modules = Loader::new(defs).load(&arena, program).map_err(|errors| {
            let reason = errors.first().map_or_else(String::new, |(_, error)| {
                let (expected, at) = match error {
                    jaq_core::load::Error::Lex(errors) => errors
                        .first()
                        .map(|(expect, at)| (expect.as_str(), *at))
                        .unwrap_or_default(),
                    jaq_core::load::Error::Parse(errors) => errors
                        .first()
                        .map(|(expect, at)| (expect.as_str(), *at))
                        .unwrap_or_default(),
                    jaq_core::load::Error::Io(_) => ("", ""),
                };
                if at.is_empty() {
                    format!(": expected {expected} at its end")
                } else {
                    format!(": expected {expected} at `{at}`")
                }
            });
            UsageError(format!("--jq '{expression}' does not parse{reason}"))
        })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errors| {
                let undefined: Vec<String> = errors
                    .iter()
                    .flat_map(|(_, errors)| errors)
                    .map(|(name, what)| format!("{} {name}", what.as_str()))
                    .collect();
                UsageError(format!(
                    "--jq '{expression}' uses what jq does not have: {}",
                    undefined.join(", ")
                ))
            })?;
        Ok(Self { filter })
    }

    /// Runs the filter on `json` and writes its results, one a line.
    pub(crate) fn write(&self, json: &str, out: &mut impl Write) -> anyhow::Result<()> {
        let input = jaq_json::read::parse_single(json.as_bytes())
            .map_err(|e| anyhow::anyhow!("the JSON to filter is unreadable: {e}"))?;
        let ctx = Ctx::<Data>::new(&self.filter.lut, Vars::new([]));
        for result in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            match result {
                Ok(Val::TStr(text)) => {
                    out.write_all(&text)?;
                    writeln!(out)?;
                }
                Ok(value) => writeln!(out, "{value}")?,
                // The command has done its work by now: say so, or a retry might do it twice.
                Err(err) => {
                    return Err(UsageError(format!(
                        "--jq: {err} (the command itself succeeded; only its output was lost \
                         to the filter)"
                    ))
                    .into());
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Jq;

    fn run(expression: &str, json: &str) -> String {
        let mut out = Vec::new();
        Jq::compile(expression)
            .unwrap()
            .write(json, &mut out)
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_print_raw_and_the_rest_as_compact_json() {
        let tickets = r#"[{"key":"CS-1","n":1},{"key":"CS-2","n":null}]"#;
        assert_eq!(run(".[].key", tickets), "CS-1\nCS-2\n");
        assert_eq!(run(".[0]", tickets), "{\"key\":\"CS-1\",\"n\":1}\n");
        assert_eq!(run("map(select(.n)) | length", tickets), "1\n");
    }

    #[test]
    fn a_mistake_is_one_line_naming_it() {
        let err = Jq::compile(".[").unwrap_err().to_string();
        assert!(err.starts_with("--jq '.[' does not parse"), "{err}");
        let err = Jq::compile("frobnicate").unwrap_err().to_string();
        assert_eq!(
            err,
            "--jq 'frobnicate' uses what jq does not have: filter frobnicate"
        );
    }
}
