//! Finding the function a pass works on, and parsing byte sizes.
use ir::{Context, DiagResult, Diagnostic, Location, Module, OpId};

/// The entry function (`func_dialect::entry_function`), with errors located at
/// the module.
pub fn entry_function(m: &Module) -> DiagResult<OpId> {
    func_dialect::entry_function(m).map_err(|message| {
        let loc = m
            .top
            .first()
            .map_or(Location::Unknown, |&t| m.op(t).loc.clone());
        Diagnostic::error(loc, message)
    })
}

/// `123`, `64KiB`, `1.5GiB`, `2MB`... as bytes.
pub fn parse_bytes(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let scale: f64 = match unit.trim() {
        "" | "B" => 1.0,
        "KiB" | "K" => 1024.0,
        "MiB" | "M" => 1024.0 * 1024.0,
        "GiB" | "G" => 1024.0 * 1024.0 * 1024.0,
        "KB" => 1e3,
        "MB" => 1e6,
        "GB" => 1e9,
        other => {
            return Err(format!(
                "unknown size unit '{other}' in '{text}' (use B, KiB, MiB, GiB, KB, MB or GB)"
            ))
        }
    };
    let value: f64 = number
        .trim()
        .parse()
        .map_err(|_| format!("invalid size '{text}'"))?;
    if !value.is_finite() || value < 0.0 || value * scale > u64::MAX as f64 {
        return Err(format!("size '{text}' is out of range"));
    }
    Ok((value * scale).round() as u64)
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
        assert!(parse_bytes("12 parsecs").is_err());
        assert!(parse_bytes("-1").is_err());
    }
}
