//! Schemathesis against the real service: every check and phase of it, driven by the served
//! `/v1/openapi.json`, as the admin and as a requester, with the seed and the documented
//! exclusions of `tests/fuzz/schemathesis.toml`. Zero failures. A check of `tests/fuzz/hooks.py`
//! sends accepted requests again with their `Idempotency-Key` (replayed, refused for another
//! body, refused while the first is in flight) and reports with a dedupe key, and prints what it
//! did at the end of each run's summary.
//!
//! Schemathesis runs from a virtual environment under the target directory (`fuzz-venv`),
//! made with `python3 -m venv` and the pinned `tests/fuzz/requirements.txt` when missing or
//! stale; `.ci/run` prepares the same one first, so CI logs show the install.

#[allow(dead_code, unused_imports, unused_macros)]
#[path = "cli/harness.rs"]
mod harness;
#[allow(dead_code)]
#[path = "cli/postgres.rs"]
mod postgres;

/// The fuzzer's service runs on SQLite: the API it checks is the same on either store.
const BACKEND: harness::Backend = harness::Backend::Sqlite;

use std::path::{Path, PathBuf};
use std::process::Command;

use harness::Service;

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz")
}

/// `<target>/fuzz-venv`, beside the test's scratch directory `<target>/tmp`.
fn venv() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target directory")
        .join("fuzz-venv")
}

fn run(command: &mut Command) {
    let status = command
        .status()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    assert!(status.success(), "{command:?} failed: {status}");
}

/// The schemathesis of the pinned requirement, installed first if need be.
fn schemathesis() -> PathBuf {
    let venv = venv();
    let requirements =
        std::fs::read(fuzz_dir().join("requirements.txt")).expect("tests/fuzz/requirements.txt");
    let installed = venv.join("tik-requirements.txt");
    let program = venv.join("bin/schemathesis");
    if !program.exists() || std::fs::read(&installed).ok() != Some(requirements.clone()) {
        eprintln!("installing schemathesis into {}", venv.display());
        let python = std::env::var_os("PYTHON").unwrap_or_else(|| "python3".into());
        let mut create = Command::new(&python);
        create.args(["-m", "venv"]).arg(&venv);
        let created = create.status();
        assert!(
            created.is_ok_and(|s| s.success()),
            "cannot create a Python virtual environment with `{} -m venv`; the API fuzz test \
             needs Python 3 (set PYTHON to use another interpreter)",
            python.to_string_lossy()
        );
        run(Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "--requirement"])
            .arg(fuzz_dir().join("requirements.txt")));
        std::fs::write(&installed, &requirements).expect("the installed requirements marker");
    }
    program
}

/// Who a run goes as: the token of every request, and a spare of the same user's for logging
/// out (see `tests/fuzz/schemathesis.toml`).
struct Identity {
    who: &'static str,
    token: String,
    spare: String,
}

/// Runs schemathesis as `identity`; returns its report when it finds anything. No request
/// revokes a token named in `kept` (`tests/fuzz/hooks.py`).
fn fuzz(program: &Path, svc: &Service, identity: &Identity, kept: &str) -> Option<String> {
    let Identity { who, token, spare } = identity;
    let scratch = tempfile::Builder::new()
        .prefix("tik-fuzz-")
        .tempdir()
        .expect("a scratch directory");
    let output = Command::new(program)
        .arg("--config-file")
        .arg(fuzz_dir().join("schemathesis.toml"))
        .arg("run")
        .arg(format!("{}/v1/openapi.json", svc.host))
        .args(["--checks", "all", "--no-color"])
        .args(["--header", &format!("Authorization: Bearer {token}")])
        .env("SCHEMATHESIS_HOOKS", fuzz_dir().join("hooks.py"))
        .env("TIK_FUZZ_SPARE_TOKEN", spare)
        .env("TIK_FUZZ_KEPT_TOKENS", kept)
        // Hypothesis keeps its files in the working directory; keep them out of the repository.
        .current_dir(scratch.path())
        .output()
        .expect("schemathesis runs");
    let report = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    eprintln!("schemathesis as {who}:\n{}", summary(&report));
    (!output.status.success()).then(|| format!("as {who}:\n{report}"))
}

/// The summary at the end of a report.
fn summary(report: &str) -> &str {
    report
        .rfind(" SUMMARY ")
        .and_then(|at| report[..at].rfind('\n'))
        .map_or(report, |at| &report[at..])
}

#[test]
fn schemathesis_finds_nothing_as_admin_or_requester() {
    let program = schemathesis();
    let svc = Service::start();
    let requester = svc.add_member("rita", "Acme");
    let identities = [
        Identity {
            who: "the admin",
            token: svc.token.clone(),
            spare: svc.token_for("admin"),
        },
        Identity {
            who: "a requester",
            token: requester,
            spare: svc.token_for("rita"),
        },
    ];
    // The names of the tokens above that the runs go by: the bootstrap token, rita's first.
    let kept = "bootstrap,cli";
    let failures: Vec<String> = identities
        .iter()
        .filter_map(|identity| fuzz(&program, &svc, identity, kept))
        .collect();
    assert!(
        failures.is_empty(),
        "schemathesis found failures:\n{}\nthe service's log:\n{}",
        failures.join("\n"),
        svc.log()
    );
}
