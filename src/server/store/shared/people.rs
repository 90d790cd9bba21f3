//! What both backends share of people.
