//! Whole `tik` processes timed against a bench's service, and the quantiles of such times.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::service::{Service, tik_bin};

/// `runs` runs of `tik ARGS`, each a process of its own, the `i`th against `services[i % n]`
/// (the replicas of one database, taken in turn).
pub(crate) fn time_cli(services: &[&Service], args: &[&str], runs: usize) -> Vec<Duration> {
    let tik = tik_bin();
    (0..runs)
        .map(|run| {
            let service = services[run % services.len()];
            let started = Instant::now();
            let output = Command::new(&tik)
                .args(args)
                .env("TIK_HOST", &service.host)
                .env("TIK_TOKEN", &service.token)
                .stdin(Stdio::null())
                .output()
                .expect("tik runs");
            let elapsed = started.elapsed();
            assert!(
                output.status.success(),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
            elapsed
        })
        .collect()
}

/// The `q` quantile (0.5 the median) of `sorted`, in milliseconds.
pub(crate) fn quantile_ms(sorted: &[Duration], q: f64) -> f64 {
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let index = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}
