//! What both backends share of relations.
