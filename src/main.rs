use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // A shell asking for completions gets them, and nothing else runs.
    tik::complete_if_asked();
    let cli = match tik::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return tik::report_usage(&err),
    };
    match tik::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => tik::report(&err),
    }
}
