//! A desk's catalogue as a file: what `tik admin catalog import` reads and `export` writes, in
//! TOML or JSON, and the default one `tik serve` starts with (`catalogues/default.toml`).
//! What a catalogue must hold is the service's rule (`validate_catalogue`); this is its form.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::api::{
    AttachmentSettings, Catalogue, Category, Department, Priority, Service, TicketType, TypeInfo,
};

/// The default catalogue, as shipped in the repository.
pub(crate) const DEFAULT: &str = include_str!("../catalogues/default.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    Toml,
    Json,
}

impl Format {
    /// A file's format, told by its extension, else by its content: JSON is an object.
    pub(crate) fn of(path: Option<&Path>, text: &str) -> Self {
        match path.and_then(Path::extension).and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("json") => Self::Json,
            Some(ext) if ext.eq_ignore_ascii_case("toml") => Self::Toml,
            _ if text.trim_start().starts_with('{') => Self::Json,
            _ => Self::Toml,
        }
    }
}

/// The catalogue and the attachment limits it sets. Every section may be left out; a type
/// left out is described as in the default file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct CatalogueFile {
    #[serde(default)]
    priorities: Vec<Priority>,
    #[serde(default)]
    departments: Vec<Department>,
    #[serde(default)]
    services: Vec<Service>,
    #[serde(default)]
    types: Vec<TypeInfo>,
    #[serde(default)]
    categories: Vec<Category>,
    #[serde(default, skip_serializing_if = "AttachmentSettings::is_unset")]
    attachments: AttachmentSettings,
}

impl CatalogueFile {
    pub(crate) fn new(catalogue: Catalogue, attachments: AttachmentSettings) -> Self {
        let Catalogue {
            priorities,
            departments,
            services,
            categories,
            types,
        } = catalogue;
        Self {
            priorities,
            departments,
            services,
            types,
            categories,
            attachments,
        }
    }

    pub(crate) fn into_parts(self) -> (Catalogue, AttachmentSettings) {
        let catalogue = Catalogue {
            priorities: self.priorities,
            departments: self.departments,
            services: self.services,
            categories: self.categories,
            types: self.types,
        };
        (catalogue, self.attachments)
    }

    /// Reads a file in `format`, refusing any key it does not know (a misspelt `guidance`
    /// would otherwise vanish). The error is one line naming where the file is wrong.
    pub(crate) fn parse(text: &str, format: Format) -> Result<Self, String> {
        let mut file = Self::parse_exactly(text, format)?;
        file.describe_missing_types();
        Ok(file)
    }

    /// The default catalogue.
    pub(crate) fn default_catalogue() -> Self {
        Self::parse_exactly(DEFAULT, Format::Toml).expect("the default catalogue file is valid")
    }

    fn parse_exactly(text: &str, format: Format) -> Result<Self, String> {
        match format {
            Format::Toml => {
                let de = toml::Deserializer::parse(text).map_err(|e| toml_error(text, &e))?;
                strictly(de, |e| toml_error(text, e))
            }
            Format::Json => {
                let mut de = serde_json::Deserializer::from_str(text);
                let file = strictly(&mut de, ToString::to_string)?;
                de.end().map_err(|e| e.to_string())?;
                Ok(file)
            }
        }
    }

    fn describe_missing_types(&mut self) {
        let missing: Vec<TicketType> = TicketType::ALL
            .iter()
            .copied()
            .filter(|kind| self.types.iter().all(|t| t.name != *kind))
            .collect();
        if missing.is_empty() {
            return;
        }
        let defaults = Self::default_catalogue().types;
        self.types
            .extend(defaults.into_iter().filter(|t| missing.contains(&t.name)));
    }

    /// The file in `format`, which [`Self::parse`] reads back to the same catalogue.
    pub(crate) fn render(&self, format: Format) -> anyhow::Result<String> {
        let text = match format {
            Format::Toml => toml::to_string(self)?,
            Format::Json => serde_json::to_string_pretty(self)?,
        };
        Ok(text.trim_end().to_owned())
    }
}

/// Deserialises a [`CatalogueFile`] from `de`, naming the path of the first unknown key or
/// bad value; `message` puts the format's own error in a line.
fn strictly<'de, D: serde::Deserializer<'de>>(
    de: D,
    message: impl Fn(&D::Error) -> String,
) -> Result<CatalogueFile, String> {
    let mut unknown = None;
    let mut note = |path: serde_ignored::Path<'_>| {
        unknown.get_or_insert_with(|| dotted(&path));
    };
    let ignoring = serde_ignored::Deserializer::new(de, &mut note);
    let file: Result<CatalogueFile, _> = serde_path_to_error::deserialize(ignoring);
    let file = file.map_err(|e| match e.path().to_string().as_str() {
        "." => message(e.inner()),
        path => format!("{path}: {}", message(e.inner())),
    })?;
    match unknown {
        Some(path) => Err(format!("{path}: no such setting in a catalogue file")),
        None => Ok(file),
    }
}

/// A path as `serde_path_to_error` writes one, `services[6].guidance`, so every message
/// names places alike.
fn dotted(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => format!("{}[{index}]", dotted(parent)),
        Path::Map { parent, key } => match dotted(parent) {
            above if above.is_empty() => key.clone(),
            above => format!("{above}.{key}"),
        },
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => dotted(parent),
    }
}

/// A TOML error in a line: its message and the line it is on, without the quoted snippet.
fn toml_error(text: &str, err: &toml::de::Error) -> String {
    let message = err.message().trim_end().replace('\n', "; ");
    match err.span() {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            format!("line {line}: {message}")
        }
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_file_reads_and_describes_every_type() {
        let file = CatalogueFile::parse(DEFAULT, Format::Toml).unwrap();
        assert_eq!(file, CatalogueFile::default_catalogue());
        assert_eq!(file.types.len(), TicketType::ALL.len());
        assert_eq!(file.priorities.len(), 6);
        assert!(file.attachments.is_unset());
    }

    #[test]
    fn both_formats_read_back_what_they_write() {
        let file = CatalogueFile::default_catalogue();
        for format in [Format::Toml, Format::Json] {
            let text = file.render(format).unwrap();
            assert_eq!(Format::of(None, &text), format);
            assert_eq!(CatalogueFile::parse(&text, format).unwrap(), file);
        }
    }

    #[test]
    fn an_unknown_key_or_a_bad_value_is_named_in_a_line() {
        let err = CatalogueFile::parse(
            "[[priorities]]\nname = \"low\"\nlabel = \"Low\"\nguidance = \"\"\nguidence = \"typo\"\n",
            Format::Toml,
        )
        .unwrap_err();
        assert!(err.starts_with("priorities[0].guidence"), "{err}");
        let err = CatalogueFile::parse(
            r#"{"types": [{"name": "chore", "label": "x", "description": ""}]}"#,
            Format::Json,
        )
        .unwrap_err();
        assert!(
            err.starts_with("types[0].name: unknown variant `chore`"),
            "{err}"
        );
        let err = CatalogueFile::parse("[[priorities]\n", Format::Toml).unwrap_err();
        assert!(err.starts_with("line 1: "), "{err}");
        assert!(!err.contains('\n'), "{err}");
    }

    /// The variants are whole catalogues (an import replaces everything): they must not
    /// drift from the default but where they mean to.
    #[test]
    fn the_shipped_variants_differ_from_the_default_only_where_they_say() {
        let default = CatalogueFile::default_catalogue();
        let read = |text| CatalogueFile::parse(text, Format::Toml).unwrap();
        let four = read(include_str!("../catalogues/four-levels.toml"));
        let names: Vec<&str> = four.priorities.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["minor", "major", "blocking", "critical"]);
        assert_eq!(
            CatalogueFile {
                priorities: default.priorities.clone(),
                ..four
            },
            default
        );
        let small = read(include_str!("../catalogues/small-attachments.toml"));
        assert_eq!(small.attachments.max_file_bytes, Some(500 * 1024));
        assert_eq!(small.attachments.max_files_per_message, Some(5));
        assert_eq!(
            CatalogueFile {
                attachments: AttachmentSettings::default(),
                ..small
            },
            default
        );
    }

    #[test]
    fn a_file_without_types_gets_the_default_descriptions() {
        let file = CatalogueFile::parse(
            "[[types]]\nname = \"bug\"\nlabel = \"Defect\"\ndescription = \"Ours\"\n",
            Format::Toml,
        )
        .unwrap();
        assert_eq!(file.types.len(), TicketType::ALL.len());
        assert_eq!(file.types[0].label, "Defect");
    }
}
