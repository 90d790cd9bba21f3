use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = tik::cli::Cli::parse();
    match tik::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => tik::report(&err),
    }
}
