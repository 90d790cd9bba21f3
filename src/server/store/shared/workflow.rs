//! What both backends share of workflow.
