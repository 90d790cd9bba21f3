//! What both backends share of secrets.
