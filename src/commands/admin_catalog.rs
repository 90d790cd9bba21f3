//! `tik admin catalog`: a desk's catalogue in and out of the database, as a file.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Subcommand;

use crate::catalogue_file::{CatalogueFile, Format};
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::{self, Output};
use crate::server::store::Store;
use crate::units::io_reason;

#[derive(Debug, Subcommand)]
pub(crate) enum CatalogCommand {
    /// Replace the catalogue with a file's (TOML or JSON), all of it or nothing
    ///
    /// The file is checked whole first; a fault is named in one line and nothing changes.
    /// Tickets keep their values; a running service uses the new catalogue from its next
    /// request. `-` reads standard input.
    ///
    /// Examples:
    ///   tik admin catalog import catalogues/four-levels.toml
    ///   tik admin catalog export > desk.toml && $EDITOR desk.toml && tik admin catalog import desk.toml
    #[command(verbatim_doc_comment)]
    Import {
        /// The catalogue file: .toml or .json (else told by its content)
        file: PathBuf,
    },
    /// Print the catalogue in force as a file that `import` takes back
    ///
    /// TOML, or JSON with --format json.
    ///
    /// Examples:
    ///   tik admin catalog export > desk.toml
    ///   tik admin catalog export --format json | jq '.priorities[].name'
    #[command(verbatim_doc_comment)]
    Export,
}

pub(crate) async fn run(
    ctx: &Context,
    store: &dyn Store,
    command: CatalogCommand,
) -> anyhow::Result<Output> {
    match command {
        CatalogCommand::Import { file } => import(store, &file).await,
        CatalogCommand::Export => {
            let format = match ctx.output().format {
                output::Format::Json | output::Format::Jsonl => Format::Json,
                output::Format::Table | output::Format::Plain => Format::Toml,
                output::Format::Csv | output::Format::Tsv => {
                    return Err(UsageError(
                        "a catalogue file is TOML, or JSON with --format json".into(),
                    )
                    .into());
                }
            };
            let catalogue = store.catalogue().await?;
            let attachments = store.attachment_settings().await?;
            let file = CatalogueFile::new(std::sync::Arc::unwrap_or_clone(catalogue), attachments);
            let text = file.render(format)?;
            Ok(Output::Plain(text))
        }
    }
}

/// What an import replaced the catalogue with, in numbers.
#[derive(serde::Serialize)]
struct Imported {
    version: u64,
    priorities: usize,
    departments: usize,
    services: usize,
    types: usize,
    categories: usize,
}

async fn import(store: &dyn Store, path: &std::path::Path) -> anyhow::Result<Output> {
    let shown = path.display();
    let text = if path == std::path::Path::new("-") {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(path)
    }
    .map_err(|e| UsageError(format!("cannot read {shown}: {}", io_reason(&e))))?;
    let format = Format::of(Some(path), &text);
    let file = CatalogueFile::parse(&text, format)
        .map_err(|message| UsageError(format!("{shown}: {message}")))?;
    let (catalogue, attachments) = file.into_parts();
    let version = store
        .import_catalogue(catalogue.clone(), attachments)
        .await
        .with_context(|| format!("{shown} is refused, nothing changed"))?;
    let imported = Imported {
        version,
        priorities: catalogue.priorities.len(),
        departments: catalogue.departments.len(),
        services: catalogue.services.len(),
        types: catalogue.types.len(),
        categories: catalogue.categories.len(),
    };
    Output::done(
        format!(
            "Imported {shown}: {} priorities, {} departments, {} services, {} types, {} categories",
            imported.priorities,
            imported.departments,
            imported.services,
            imported.types,
            imported.categories,
        ),
        &imported,
    )
}
