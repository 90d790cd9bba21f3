//! A ticket's fields as `tik new` and `tik edit` both take them: one definition, one help.

use std::path::PathBuf;

use crate::api::{TicketType, Visibility};

#[derive(Debug, clap::Args)]
pub(crate) struct TicketFields {
    /// The subject, in a line
    #[arg(short, long)]
    pub(crate) title: Option<String>,
    /// The description
    #[arg(short, long, conflicts_with = "body_file")]
    pub(crate) body: Option<String>,
    /// Read the description from a file; `-` reads stdin
    #[arg(long, value_name = "FILE")]
    pub(crate) body_file: Option<PathBuf>,
    /// What kind of request it is
    #[arg(long = "type", value_name = "TYPE")]
    pub(crate) kind: Option<TicketType>,
    /// A priority of the service's scale (`tik catalog` lists it)
    #[arg(short, long)]
    pub(crate) priority: Option<String>,
    /// A department of the catalogue, e.g. technical-support or billing
    #[arg(long)]
    pub(crate) department: Option<String>,
    /// The service concerned, from the catalogue
    #[arg(long)]
    pub(crate) service: Option<String>,
    /// A category code from the catalogue, e.g. 1.5
    #[arg(long)]
    pub(crate) category: Option<String>,
    /// The project it is about
    #[arg(long)]
    pub(crate) project: Option<String>,
    /// Who else may see the ticket
    #[arg(long)]
    pub(crate) visibility: Option<Visibility>,
}

impl TicketFields {
    /// Whether no field was given.
    pub(crate) fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.body.is_none()
            && self.body_file.is_none()
            && self.kind.is_none()
            && self.priority.is_none()
            && self.department.is_none()
            && self.service.is_none()
            && self.category.is_none()
            && self.project.is_none()
            && self.visibility.is_none()
    }
}
