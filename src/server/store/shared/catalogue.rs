//! What both backends share of catalogue.
