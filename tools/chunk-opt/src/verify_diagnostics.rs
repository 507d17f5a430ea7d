//! `--verify-diagnostics`: checks the diagnostics a run produces against
//! `// expected-error {{...}}` comments in the input, as MLIR's verifier handler does.
//!
//! Forms: `expected-error`, `expected-warning`, `expected-remark`, `expected-note`,
//! each optionally with `-re` (the message is a regex inside `{{...}}` groups,
//! literal text elsewhere) and a line designator: none (this line), `@+N`, `@-N`,
//! `@above` (the previous line), `@below` (the next line). Messages match as substrings.
use ir::{Diagnostic, Severity};
use regex::Regex;

/// One expectation read from the source.
#[derive(Debug)]
pub struct Expected {
    pub severity: Severity,
    /// 1-based line in the whole file the diagnostic must be reported on.
    pub line: usize,
    /// 1-based line of the comment, for reporting.
    pub comment_line: usize,
    pub text: String,
    matcher: Matcher,
    pub matched: bool,
}

#[derive(Debug)]
enum Matcher {
    Substring(String),
    Regex(Regex),
}

/// Reads the expectations of `text`, whose first line is line `first_line + 1` of
/// the file. Malformed expectations are reported as messages.
pub fn collect(text: &str, first_line: usize) -> Result<Vec<Expected>, String> {
    let directive = Regex::new(
        r"expected-(error|warning|remark|note)(-re)?\s*(@(?:[+-][0-9]+|above|below))?\s*\{\{(.*)\}\}",
    )
    .expect("valid regex");
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some(comment) = line.find("//").map(|c| &line[c..]) else {
            continue;
        };
        let Some(c) = directive.captures(comment) else {
            if comment.contains("expected-error") || comment.contains("expected-warning") {
                return Err(format!(
                    "line {}: malformed expected-* directive",
                    first_line + i + 1
                ));
            }
            continue;
        };
        let comment_line = first_line + i + 1;
        let severity = match &c[1] {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            "remark" => Severity::Remark,
            _ => Severity::Note,
        };
        let line_no = match c.get(3).map(|m| m.as_str()) {
            None => comment_line,
            Some("@above") => comment_line - 1,
            Some("@below") => comment_line + 1,
            Some(d) => {
                let delta: i64 = d[1..]
                    .parse()
                    .map_err(|_| format!("line {comment_line}: bad line offset"))?;
                let target = comment_line as i64 + delta;
                if target < 1 {
                    return Err(format!(
                        "line {comment_line}: expected diagnostic line is before the file"
                    ));
                }
                target as usize
            }
        };
        let text = c[4].to_string();
        let matcher = if c.get(2).is_some() {
            Matcher::Regex(
                regex_from_mixed(&text).map_err(|e| format!("line {comment_line}: {e}"))?,
            )
        } else {
            Matcher::Substring(text.clone())
        };
        out.push(Expected {
            severity,
            line: line_no,
            comment_line,
            text,
            matcher,
            matched: false,
        });
    }
    Ok(out)
}

/// `literal{{regex}}literal` → one regex.
fn regex_from_mixed(text: &str) -> Result<Regex, String> {
    let mut pattern = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        pattern.push_str(&regex::escape(&rest[..start]));
        let after = &rest[start + 2..];
        let end = after
            .find("}}")
            .ok_or("unterminated {{ in regex expectation")?;
        pattern.push_str(&after[..end]);
        rest = &after[end + 2..];
    }
    pattern.push_str(&regex::escape(rest));
    Regex::new(&pattern).map_err(|e| format!("invalid regex: {e}"))
}

impl Expected {
    fn accepts(&self, d: &Diagnostic, line: usize) -> bool {
        !self.matched
            && self.severity == d.severity
            && self.line == line
            && match &self.matcher {
                Matcher::Substring(s) => d.message.contains(s.as_str()),
                Matcher::Regex(r) => r.is_match(&d.message),
            }
    }
}

/// Matches produced diagnostics (with their notes) against expectations; returns
/// the error messages for unexpected and missing diagnostics.
pub fn check(file: &str, produced: &[Diagnostic], expected: &mut [Expected]) -> Vec<String> {
    let mut problems = Vec::new();
    let flat = produced
        .iter()
        .flat_map(|d| std::iter::once(d).chain(d.notes.iter()));
    for d in flat {
        let line = d.location.source_position().map(|(_, l, _)| l as usize);
        let hit = line.and_then(|l| expected.iter_mut().find(|e| e.accepts(d, l)));
        match hit {
            Some(e) => e.matched = true,
            None => {
                let shown = Diagnostic {
                    notes: vec![],
                    ..d.clone()
                };
                problems.push(format!(
                    "{shown}\n{file}: error: unexpected {}: {}",
                    d.severity, d.message
                ));
            }
        }
    }
    for e in expected.iter().filter(|e| !e.matched) {
        problems.push(format!(
            "{file}:{}: error: expected {} \"{}\" was not produced",
            e.comment_line, e.severity, e.text
        ));
    }
    problems
}
