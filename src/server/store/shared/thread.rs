//! What both backends share of thread.
