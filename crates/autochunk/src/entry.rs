//! Parsing byte sizes, and describing ops and sizes for reports.
use ir::{Context, Module, OpId};

/// Parses a byte count: a number (integer or decimal) with an optional unit, case
/// insensitive: `B`; binary `K`/`KiB`, `M`/`MiB`, `G`/`GiB`, `T`/`TiB` (powers of
/// 1024); decimal `KB`, `MB`, `GB`, `TB` (powers of 1000). The one parser of the
/// project's tools (`--autochunk="budget-bytes=..."`, `chunk-run --memory-limit`).
/// Errors say what is wrong: an empty value, an unknown unit, a negative or
/// non-numeric number, or a count of 2^64 bytes or more.
pub fn parse_bytes(text: &str) -> Result<u64, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("a size needs a value, such as 4096, 64KiB or 1.5GiB".into());
    }
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let scale: u128 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        "t" | "tib" => 1 << 40,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        "tb" => 1_000_000_000_000,
        other => {
            return Err(format!(
                "unknown size unit '{other}' in '{text}' (use B, KiB, MiB, GiB, TiB, or KB, MB, GB, TB)"
            ))
        }
    };
    let out_of_range = || format!("size '{text}' is out of range (at most 2^64 - 1 bytes)");
    let bytes: u128 = if let Ok(n) = number.parse::<u128>() {
        n.checked_mul(scale).ok_or_else(out_of_range)?
    } else {
        let value: f64 = number
            .parse()
            .map_err(|_| format!("invalid size '{text}': expected a number and a unit"))?;
        let b = value * scale as f64;
        if !b.is_finite() || b >= 18_446_744_073_709_551_616.0 {
            return Err(out_of_range());
        }
        b.round() as u128
    };
    u64::try_from(bytes).map_err(|_| out_of_range())
}

/// `1.5 GiB`-style text for reports.
pub fn human_bytes(b: u64) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = b as f64;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < units.len() {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{b} B")
    } else {
        format!("{v:.2} {}", units[u])
    }
}

/// `name at file:line:col`.
pub fn describe_op(m: &Module, _ctx: &Context, op: OpId) -> String {
    match m.op(op).loc.source_position() {
        Some((f, l, c)) => format!("'{}' at {f}:{l}:{c}", m.name(op)),
        None => format!("'{}'", m.name(op)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_with_suffixes() {
        assert_eq!(parse_bytes("4096"), Ok(4096));
        assert_eq!(parse_bytes("64KiB"), Ok(65536));
        assert_eq!(parse_bytes("1.5GiB"), Ok(1_610_612_736));
        assert_eq!(parse_bytes("2 MB"), Ok(2_000_000));
        assert_eq!(parse_bytes("2mib"), Ok(2 << 20));
        assert_eq!(parse_bytes("1TiB"), Ok(1 << 40));
        assert_eq!(parse_bytes("18446744073709551615"), Ok(u64::MAX));
        assert!(
            parse_bytes("18446744073709551616").is_err(),
            "2^64 is out of range"
        );
        assert!(parse_bytes("16EiB").is_err());
        assert!(parse_bytes("").is_err());
        assert!(parse_bytes("12 parsecs").is_err());
        assert!(parse_bytes("-1").is_err());
    }
}
