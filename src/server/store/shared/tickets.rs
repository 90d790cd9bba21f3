//! What both backends share of tickets.
