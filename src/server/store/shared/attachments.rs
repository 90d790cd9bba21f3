//! What both backends share of attachments.
