use clap_complete::Shell;

use crate::output::Output;

/// Print the script that completes tik's commands in a shell
///
/// Subcommands, flags and their fixed values complete from tik itself; ticket keys,
/// priorities, departments, services, categories and assignees from the service, as the
/// command being typed would reach it (host, profile, token), given half a second and
/// otherwise left out. The script runs the `tik` on PATH. The README says how to install it
/// in each shell.
///
/// Examples:
///   source <(tik completion bash)             # in ~/.bashrc
///   source <(tik completion zsh)              # in ~/.zshrc, after compinit
///   tik completion fish > ~/.config/fish/completions/tik.fish
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The shell to complete in
    shell: Shell,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<Output> {
    let script = String::from_utf8(crate::complete::registration(args.shell))?;
    // Printed as written: the line break `Plain` adds is the script's last.
    let script = script.strip_suffix('\n').unwrap_or(&script);
    Ok(Output::Plain(script.to_owned()))
}
