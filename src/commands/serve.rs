use std::path::PathBuf;
use std::time::Duration;

use crate::api::{AttachmentSettings, media_type_pattern};
use crate::context::Context;
use crate::output::Output;
use crate::server::backend::Database;
use crate::server::{
    self, DEFAULT_MAX_CONNECTIONS, ServeConfig, TransportLimits, raise_open_file_limit,
};

/// Run the ticket service, on its embedded database or on PostgreSQL
///
/// On first start it creates the user `admin` and prints, on stdout, the `TIK_HOST` and
/// `TIK_TOKEN` lines to paste into another shell. On PostgreSQL, any number of replicas may
/// serve one database; each needs the same --secret-key-file.
///
/// Examples:
///   tik serve
///   tik serve --listen 0.0.0.0:8765 --database /var/lib/tik/tik.db
///   tik serve --database postgres://tik@db.internal/tik --secret-key-file /etc/tik/secret.key
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The address to listen on; port 0 picks a free one
    #[arg(
        long,
        env = "TIK_LISTEN",
        default_value = "127.0.0.1:8765",
        value_name = "ADDR"
    )]
    listen: String,
    #[command(flatten)]
    database: DatabaseArg,
    /// The prefix of ticket keys
    #[arg(long, env = "TIK_KEY_PREFIX", default_value = "CS", value_parser = key_prefix)]
    key_prefix: String,
    // The attachment limits have no clap default: one given here wins over the catalogue's
    // (`tik admin catalog import`), which wins over the built-in one.
    /// The largest attachment accepted, in bytes [default: the catalogue's, else 10 MiB]
    #[arg(long, env = "TIK_MAX_ATTACHMENT_SIZE", value_name = "BYTES", value_parser = clap::value_parser!(u64).range(1..))]
    max_attachment_size: Option<u64>,
    /// The most files one message may carry [default: the catalogue's, else 5]
    #[arg(long, env = "TIK_MAX_FILES_PER_MESSAGE", value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    max_files_per_message: Option<u32>,
    /// Accept attachments of this media type, e.g. text/plain, or kind, e.g. image/*
    /// (repeatable; replaces the catalogue's list, else the default one: text, data,
    /// documents, images, videos, archives)
    #[arg(
        long = "allow-type",
        env = "TIK_ALLOWED_TYPES",
        value_name = "TYPE",
        value_delimiter = ',',
        value_parser = media_type_pattern
    )]
    allowed_types: Vec<String>,
    /// The most seconds a client may take to send a request's headers, or to start its next
    /// request on a kept-alive connection
    #[arg(long, default_value_t = 10, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    header_timeout: u64,
    /// The most seconds a request body (an upload) may go without sending a byte, or a client
    /// without reading one of its answer (a download)
    #[arg(long, default_value_t = 30, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    body_timeout: u64,
    /// The most connections open at once [default: 10000, or what the open-file limit allows]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    max_connections: Option<u64>,
    /// How long a ticket's shared secret is kept before it is purged: seconds, or a number
    /// with a unit, s, m, h or d (e.g. 30s, 12h, 7d)
    #[arg(long, env = "TIK_SECRET_LIFETIME", default_value = "7d", value_name = "DURATION", value_parser = lifetime)]
    secret_lifetime: Duration,
    /// The key file shared secrets are sealed with (32 bytes, its owner's alone; made on first
    /// start; required on PostgreSQL, the same file for every replica) [default: the SQLite
    /// database's path + .key, e.g. tik.db.key]
    #[arg(long, env = "TIK_SECRET_KEY_FILE", value_name = "PATH")]
    secret_key_file: Option<PathBuf>,
}

/// The database, shared by `serve` and `admin`.
#[derive(Debug, clap::Args)]
pub(crate) struct DatabaseArg {
    /// The database: a SQLite file's path, or sqlite://PATH; or postgres://USER@HOST/NAME, a
    /// PostgreSQL database that several `tik serve` replicas share [default: tik/tik.db in
    /// the user's data directory]
    #[arg(long, env = "TIK_DATABASE", value_name = "PATH|URL", global = true, value_parser = Database::parse)]
    database: Option<Database>,
}

impl DatabaseArg {
    pub(crate) fn database(&self) -> anyhow::Result<Database> {
        match &self.database {
            Some(database) => Ok(database.clone()),
            None => dirs::data_dir()
                .map(|dir| Database::Sqlite(dir.join("tik").join("tik.db")))
                .ok_or_else(|| {
                    crate::exit::UsageError("no data directory here: pass --database".into()).into()
                }),
        }
    }
}

/// `30s`, `12h`, `7d`, or bare seconds; from a second to ten years.
fn lifetime(value: &str) -> Result<Duration, String> {
    const HINT: &str = "a lifetime is seconds, or a number with s, m, h or d, e.g. 30s or 7d";
    let lifetime = crate::units::duration(value).ok_or(HINT)?;
    if !(1..=3650 * 86_400).contains(&lifetime.as_secs()) {
        return Err("a lifetime is from 1s to 3650d".into());
    }
    Ok(lifetime)
}

fn key_prefix(value: &str) -> Result<String, String> {
    if (1..=10).contains(&value.len()) && value.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(value.to_owned())
    } else {
        Err("a key prefix is 1 to 10 capital letters, e.g. CS".into())
    }
}

pub(crate) async fn run(_ctx: &Context, args: Args) -> anyhow::Result<Output> {
    init_logging();
    let fit = raise_open_file_limit();
    let max_connections = match args.max_connections {
        Some(wanted) => {
            let wanted = usize::try_from(wanted).unwrap_or(usize::MAX);
            if wanted > fit {
                tracing::warn!(
                    wanted,
                    fit,
                    "--max-connections is over what the open-file limit allows"
                );
            }
            wanted
        }
        None => DEFAULT_MAX_CONNECTIONS.min(fit),
    };
    let config = ServeConfig {
        listen: args.listen,
        database: args.database.database()?,
        key_prefix: args.key_prefix,
        limit_flags: AttachmentSettings {
            max_file_bytes: args.max_attachment_size,
            max_files_per_message: args.max_files_per_message,
            allowed_media_types: (!args.allowed_types.is_empty()).then_some(args.allowed_types),
        },
        transport: TransportLimits {
            header_timeout: Duration::from_secs(args.header_timeout),
            body_timeout: Duration::from_secs(args.body_timeout),
            max_connections,
        },
        secret_key_file: args.secret_key_file,
        secret_lifetime: args.secret_lifetime,
    };
    server::serve(config).await?;
    Ok(Output::Nothing)
}

/// The service logs to stderr; `RUST_LOG` tunes it. Never a token: none is logged anywhere.
fn init_logging() {
    let filter =
        tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "tik=info".into());
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .init();
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    #[test]
    fn lifetimes_read_with_their_unit() {
        assert_eq!(super::lifetime("7d"), Ok(Duration::from_secs(7 * 86_400)));
        assert_eq!(super::lifetime("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(super::lifetime("90"), Ok(Duration::from_secs(90)));
        assert_eq!(super::lifetime("12h"), Ok(Duration::from_secs(12 * 3600)));
        for wrong in [
            "",
            "0",
            "7x",
            "d",
            "-1s",
            "1.5h",
            "99999999999999999999d",
            "3651d",
        ] {
            assert!(super::lifetime(wrong).is_err(), "{wrong}");
        }
    }
}
