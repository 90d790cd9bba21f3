use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

wire_enum!(
    /// What kind of request a ticket is.
    TicketType {
        Incident => "incident",
        Bug => "bug",
        Feature => "feature",
        Question => "question",
        Maintenance => "maintenance",
    }
);

wire_enum!(
    /// Where a ticket is in its workflow.
    Status {
        New => "new",
        /// Waiting for the requester.
        Feedback => "feedback",
        Confirmed => "confirmed",
        Assigned => "assigned",
        Escalated => "escalated",
        Resolved => "resolved",
        Closed => "closed",
    }
);

wire_enum!(
    /// How a ticket ended, or `open` while it has not.
    Resolution {
        // `open` and `reopened` do not close a ticket, so `tik close` does not offer them.
        #[value(skip)]
        Open => "open",
        Fixed => "fixed",
        #[value(skip)]
        Reopened => "reopened",
        UnableToReproduce => "unable-to-reproduce",
        NotFixable => "not-fixable",
        Duplicate => "duplicate",
        NotABug => "not-a-bug",
        Suspended => "suspended",
        WontFix => "wont-fix",
    }
);

wire_enum!(
    /// Who may see a ticket besides support.
    Visibility {
        /// The requester's organisation.
        Organisation => "organisation",
        /// The requester alone.
        Private => "private",
    }
);

wire_enum!(
    /// How a ticket reached support.
    Channel {
        Cli => "cli",
        Web => "web",
        Email => "email",
        Phone => "phone",
        Chat => "chat",
        Conference => "conference",
        Api => "api",
    }
);

wire_enum!(
    /// What a user may do.
    Role {
        /// Files tickets; sees their own and their organisation's that are not private.
        Requester => "requester",
        /// A requester who sees and works every ticket of their organisation.
        OrgAdmin => "org-admin",
        /// Works tickets: assigns, resolves, writes internal notes, reads secrets.
        Agent => "agent",
        /// An agent who also keeps the desk: catalogue, users, tokens.
        Admin => "admin",
    }
);

wire_enum!(
    /// The stages an escalation goes through, in order.
    EscalationStage {
        Submitted => "submitted",
        UnderEvaluation => "under-evaluation",
        Engineering => "engineering",
        VerifyingResolution => "verifying-resolution",
        Resolved => "resolved",
    }
);

impl Status {
    /// Whether the ticket still awaits work: everything but resolved and closed.
    pub(crate) fn is_open(self) -> bool {
        !matches!(self, Self::Resolved | Self::Closed)
    }
}

/// A user, as others see them.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct User {
    pub(crate) name: String,
    pub(crate) email: String,
    pub(crate) role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) organisation: Option<String>,
}

/// A request to open a ticket.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewTicket {
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) description: String,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub(crate) kind: Option<TicketType>,
    /// A priority name from the catalogue; the lowest when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) priority: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) department: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) service: Option<String>,
    /// A category code from the catalogue, e.g. `1.5`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) project: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) visibility: Option<Visibility>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) channel: Option<Channel>,
    /// Users who follow the ticket and see it as its requester does (CC).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) cc: Vec<String>,
    /// Ids of uploads (`POST /v1/uploads`) to attach to the ticket.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) attachments: Vec<String>,
    /// Names the failure this reports, e.g. `pipeline:job`. While an open ticket has this key
    /// in the caller's scope (their organisation's tickets when the ticket would be seen by
    /// the organisation, else their own), no ticket is opened: the report is recorded on that
    /// ticket as an occurrence (a public comment of the description and attachments; the
    /// other fields are ignored), and the answer is that ticket, `deduplicated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) dedupe_key: Option<String>,
}

/// A change to a ticket's fields; absent fields are left alone. The requester may change its
/// title, description, project and visibility; support requalifies the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct TicketPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) description: Option<String>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub(crate) kind: Option<TicketType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) priority: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) department: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) service: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) project: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) visibility: Option<Visibility>,
    /// An agent's or admin's name: an assigned ticket is `assigned`. The empty string
    /// unassigns: an `assigned` ticket goes back to `new`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) assignee: Option<String>,
}

/// A ticket's own fields, as lists show them.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Ticket {
    /// The human key, e.g. `CS-1042`.
    pub(crate) key: String,
    pub(crate) title: String,
    #[serde(rename = "type")]
    pub(crate) kind: TicketType,
    pub(crate) priority: String,
    pub(crate) status: Status,
    pub(crate) resolution: Resolution,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) duplicate_of: Option<String>,
    pub(crate) department: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) service: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) project: Option<String>,
    pub(crate) visibility: Visibility,
    pub(crate) channel: Channel,
    pub(crate) requester: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) assignee: Option<String>,
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) closed_at: Option<DateTime<Utc>>,
    /// The stage of the escalation under way, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) escalation_stage: Option<EscalationStage>,
    /// Whether the requester consents to support logging in as them for this ticket.
    pub(crate) support_access: bool,
    /// For the caller: the ticket waits for them (an answer, a confirmation, or, for its
    /// assignee, work).
    pub(crate) waiting_for_you: bool,
    /// For the caller: something happened since they last showed it.
    pub(crate) updated_since_seen: bool,
    /// Grows with every change; the `ETag` of the ticket.
    pub(crate) version: u64,
    /// The key that reports of the same failure are deduplicated by while the ticket is open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) dedupe_key: Option<String>,
    /// With a dedupe key: how many times the failure was reported, its opening included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) occurrences: Option<u64>,
    /// With a dedupe key: when it was first reported (the ticket's opening).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) first_seen_at: Option<DateTime<Utc>>,
    /// With a dedupe key: when it was last reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) last_seen_at: Option<DateTime<Utc>>,
}

/// A ticket with everything attached to it, as `tik show` needs it in one request.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct TicketDetail {
    #[serde(flatten)]
    pub(crate) ticket: Ticket,
    pub(crate) description: String,
    pub(crate) comments: Vec<Comment>,
    /// Every attachment of the ticket, its comments' included.
    pub(crate) attachments: Vec<Attachment>,
    pub(crate) escalations: Vec<Escalation>,
    /// The statuses the caller may move the ticket to (`escalated`: by escalating it).
    pub(crate) transitions: Vec<Status>,
    /// Users who follow the ticket (CC).
    pub(crate) watchers: Vec<String>,
    /// Tickets linked to this one as related, those the caller may see.
    pub(crate) related: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) rating: Option<Rating>,
    /// Every change, oldest first; only when asked for (`?history=true`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) history: Option<Vec<HistoryEntry>>,
    /// That a secret was given for support, while it is kept; never its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) secret: Option<super::SecretInfo>,
    /// Only in the answer to `POST /v1/tickets` with a `dedupe_key`: `true` when it recorded
    /// an occurrence on the open ticket holding the key, `false` when it opened this ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) deduplicated: Option<bool>,
}

/// The requester's satisfaction, left once after closing.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Rating {
    /// 1 (poor) to 5 (excellent).
    pub(crate) score: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) remark: Option<String>,
    pub(crate) rated_by: String,
    pub(crate) rated_at: DateTime<Utc>,
}

/// Request of `POST /v1/tickets/{key}/rating`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewRating {
    /// 1 (poor) to 5 (excellent).
    #[schema(minimum = 1, maximum = 5)]
    #[serde(deserialize_with = "whole_number")]
    pub(crate) score: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) remark: Option<String>,
}

/// A small whole number, also when written as JSON writes numbers of any kind (`4.0`): JSON
/// Schema counts that an integer, and so must we.
fn whole_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u8, D::Error> {
    let number = f64::deserialize(deserializer)?;
    if number.fract() != 0.0 || !(0.0..=255.0).contains(&number) {
        return Err(serde::de::Error::custom(format!(
            "a whole number from 0 to 255, not {number}"
        )));
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(number as u8)
}

/// One change to a ticket: who made it (absent: the service itself), when, and what.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct HistoryEntry {
    /// The event's place in the service's sequence of every change.
    pub(crate) seq: u64,
    pub(crate) at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) actor: Option<String>,
    /// What happened: `created`, `commented`, `status-changed`, `updated`, `assigned`, …
    pub(crate) kind: String,
    /// Fields that changed, before and after.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) changes: Vec<Change>,
    /// The comment this change added, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) comment: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct Change {
    pub(crate) field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) to: Option<String>,
}

/// Request of `POST /v1/tickets/{key}/status`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct StatusChange {
    pub(crate) status: Status,
    /// How it ended, with `resolved` or `closed` (`fixed` when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) resolution: Option<Resolution>,
    /// The original ticket, required with `resolution: duplicate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) duplicate_of: Option<String>,
    /// A comment, added in the same change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) comment: Option<String>,
}

impl From<CloseTicket> for StatusChange {
    fn from(close: CloseTicket) -> Self {
        Self {
            status: Status::Closed,
            resolution: close.resolution,
            duplicate_of: close.duplicate_of,
            comment: close.comment,
        }
    }
}

/// Request of `PUT /v1/tickets/{key}/support-access`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SupportAccess {
    /// Whether support may log in as the requester for this ticket.
    pub(crate) granted: bool,
}

/// Request of `POST /v1/escalations/{key}/stage`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct StageChange {
    pub(crate) stage: EscalationStage,
    /// The estimated resolution date, kept until changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) estimated_resolution_at: Option<DateTime<Utc>>,
}

/// Query of `GET /v1/tickets/{key}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct TicketView {
    /// Include the ticket's history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) history: Option<bool>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewComment {
    pub(crate) body: String,
    /// An internal note, seen by agents only.
    #[serde(default)]
    pub(crate) internal: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) attachments: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Comment {
    pub(crate) id: u64,
    pub(crate) author: String,
    pub(crate) body: String,
    pub(crate) internal: bool,
    pub(crate) created_at: DateTime<Utc>,
    /// Ids of the attachments sent with this comment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) attachments: Vec<u64>,
    /// The occurrence this comment records (2 and up: the ticket's opening is the first), when
    /// it is one: a report deduplicated onto the ticket, with its description and attachments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) occurrence: Option<u64>,
}

/// A file received by the service and not yet attached to anything.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Upload {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) media_type: String,
    pub(crate) size: u64,
    /// Lowercase hex.
    pub(crate) sha256: String,
}

/// Query of `POST /v1/uploads`; the body is the file itself.
#[derive(Debug, Clone, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct UploadQuery {
    /// The file's name, as it will be shown.
    pub(crate) name: String,
}

/// Request of `POST /v1/tickets/{key}/attachments`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct AttachUploads {
    /// Upload ids.
    pub(crate) uploads: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Attachment {
    pub(crate) id: u64,
    pub(crate) name: String,
    pub(crate) media_type: String,
    pub(crate) size: u64,
    /// Lowercase hex.
    pub(crate) sha256: String,
    pub(crate) uploaded_by: String,
    pub(crate) created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) comment_id: Option<u64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewEscalation {
    pub(crate) reason: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Escalation {
    /// Its own key, e.g. `CP-7`.
    pub(crate) key: String,
    pub(crate) ticket: String,
    pub(crate) reason: String,
    pub(crate) stage: EscalationStage,
    pub(crate) requested_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) estimated_resolution_at: Option<DateTime<Utc>>,
    pub(crate) created_at: DateTime<Utc>,
    /// Every stage reached, oldest first.
    pub(crate) timeline: Vec<StageReached>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct StageReached {
    pub(crate) stage: EscalationStage,
    pub(crate) at: DateTime<Utc>,
}

/// Request of `POST /v1/tickets/{key}/close`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CloseTicket {
    /// `fixed` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) resolution: Option<Resolution>,
    /// The original ticket, required with `resolution: duplicate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) duplicate_of: Option<String>,
    /// A closing comment, added in the same change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) comment: Option<String>,
}

/// Request of `POST /v1/tickets/{key}/reopen`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReopenTicket {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) comment: Option<String>,
}

/// Which tickets `GET /v1/tickets` returns.
#[derive(Debug, Clone, Default, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct TicketQuery {
    /// `open` (default), `closed`, `all`, or one status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) status: Option<String>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    #[param(rename = "type")]
    pub(crate) kind: Option<TicketType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) priority: Option<String>,
    /// A user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) assignee: Option<String>,
    /// A user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) requester: Option<String>,
    /// Only tickets the caller requested or is assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) mine: Option<bool>,
    /// Only tickets of this organisation (by name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) organisation: Option<String>,
    /// Only tickets of the caller's own organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) my_organisation: Option<bool>,
    /// Only tickets waiting for the caller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) waiting: Option<bool>,
    /// Only tickets with activity the caller has not seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) updated: Option<bool>,
    /// Only tickets with this dedupe key (of those the caller sees).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) dedupe_key: Option<String>,
    /// Page size, 1 to 100; 50 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[param(minimum = 1, maximum = 100)]
    pub(crate) limit: Option<u32>,
    /// `next_cursor` of the previous page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) cursor: Option<String>,
}

/// One page of a list, newest first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct TicketPage {
    pub(crate) items: Vec<Ticket>,
    /// Pass as `cursor` for the next page; absent on the last one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) next_cursor: Option<String>,
}
