//! What Linux's `/proc` tells of a process a bench started: its memory.

/// A size from `/proc/PID/status`, in KiB: `VmRSS` is the resident set now, `VmHWM` its peak.
pub(crate) fn status_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|kib| kib.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("a {field} line"))
}

/// Starts a process's peak anew: writing 5 to `clear_refs` resets `VmHWM` to the present
/// resident set (Linux 4.0 and later).
pub(crate) fn reset_peak(pid: u32) {
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").expect("clear_refs");
}
