//! What both backends share of events.
