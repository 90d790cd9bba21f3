//! Quantities as people read them, the same on both sides of the wire.

use std::time::Duration;

/// A span of time as people write it: a number with a unit, `s`, `m`, `h` or `d` (`30s`,
/// `10m`, `12h`, `7d`), or bare seconds. `None` for anything else, or for more seconds than
/// fit.
pub(crate) fn duration(value: &str) -> Option<Duration> {
    let value = value.trim();
    let (number, unit) = match value.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => value.split_at(at),
        None => (value, "s"),
    };
    let scale = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return None,
    };
    let seconds = number.parse::<u64>().ok()?.checked_mul(scale)?;
    Some(Duration::from_secs(seconds))
}

/// Sizes as people read them: `10 MiB`, `512 KiB`, `100 B`.
#[allow(clippy::cast_precision_loss)] // a size shown to one decimal
pub(crate) fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut scaled = bytes as f64;
    let mut unit = 0;
    while scaled >= 1024.0 && unit < UNITS.len() - 1 {
        scaled /= 1024.0;
        unit += 1;
    }
    if scaled.fract() == 0.0 {
        format!("{scaled:.0} {}", UNITS[unit])
    } else {
        format!("{scaled:.1} {}", UNITS[unit])
    }
}

/// An OS error as a person reads it: "no such file or directory", without "(os error 2)".
pub(crate) fn io_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    let reason = match text.find(" (os error ") {
        Some(at) => &text[..at],
        None => &text,
    };
    let mut chars = reason.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn os_errors_read_as_words() {
        let err = std::io::Error::from_raw_os_error(2);
        assert_eq!(super::io_reason(&err), "no such file or directory");
    }

    #[test]
    fn durations_read_with_their_unit() {
        use std::time::Duration;
        assert_eq!(super::duration("10m"), Some(Duration::from_secs(600)));
        assert_eq!(super::duration(" 2h "), Some(Duration::from_secs(7200)));
        assert_eq!(super::duration("1d"), Some(Duration::from_secs(86_400)));
        assert_eq!(super::duration("90"), Some(Duration::from_secs(90)));
        assert_eq!(super::duration("0s"), Some(Duration::ZERO));
        for wrong in [
            "",
            "d",
            "7x",
            "-1s",
            "1.5h",
            "10 m",
            "99999999999999999999d",
        ] {
            assert_eq!(super::duration(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(super::human_bytes(10 * 1024 * 1024), "10 MiB");
        assert_eq!(super::human_bytes(100), "100 B");
        assert_eq!(super::human_bytes(1536), "1.5 KiB");
    }
}
