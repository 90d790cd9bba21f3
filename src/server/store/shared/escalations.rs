//! What both backends share of escalations.
