//! The wire types of API v1, shared by the service and the client so the two cannot drift.
//!
//! Field names are `snake_case`; enumerated values are `kebab-case`, the same spelling the CLI
//! accepts, so what a user types is what the API carries.

/// Declares a closed set of kebab-case values, usable by serde, clap and the `OpenAPI` document.
macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema, clap::ValueEnum)]
        #[serde(rename_all = "kebab-case")]
        pub(crate) enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub(crate) const ALL: &'static [Self] = &[$(Self::$variant),+];

            pub(crate) fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($text => Ok(Self::$variant),)+
                    _ => Err(format!(
                        "unknown {} '{s}': expected one of {}",
                        stringify!($name).to_lowercase(),
                        Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
                    )),
                }
            }
        }
    };
}

mod auth;
mod catalogue;
mod events;
mod problem;
mod secrets;
mod tickets;

pub(crate) use auth::*;
pub(crate) use catalogue::*;
pub(crate) use events::*;
pub(crate) use problem::*;
pub(crate) use secrets::*;
pub(crate) use tickets::*;

/// The path prefix of every endpoint.
pub(crate) const PREFIX: &str = "/v1";

/// The header that makes a POST safe to retry.
pub(crate) const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// The header of an answer replayed for a repeated `Idempotency-Key`: `true`.
pub(crate) const IDEMPOTENT_REPLAYED: &str = "idempotent-replayed";
