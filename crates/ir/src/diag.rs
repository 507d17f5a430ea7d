//! Diagnostics: an error, warning or remark attached to a location, rendered as
//! `file:line:col: error: message` like MLIR and clang.
use crate::location::Location;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    Error,
    Warning,
    Remark,
    Note,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Remark => "remark",
            Severity::Note => "note",
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub location: Location,
    pub message: String,
    /// Attached notes, e.g. "see current operation".
    pub notes: Vec<Diagnostic>,
}

impl Diagnostic {
    pub fn error(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            location,
            message: message.into(),
            notes: vec![],
        }
    }
    pub fn warning(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            location,
            message: message.into(),
            notes: vec![],
        }
    }
    pub fn remark(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Remark,
            location,
            message: message.into(),
            notes: vec![],
        }
    }
    pub fn with_note(mut self, location: Location, message: impl Into<String>) -> Self {
        self.notes.push(Diagnostic {
            severity: Severity::Note,
            location,
            message: message.into(),
            notes: vec![],
        });
        self
    }
    /// Attaches a remark (printed after the diagnostic, like a note).
    pub fn with_remark(mut self, location: Location, message: impl Into<String>) -> Self {
        self.notes.push(Diagnostic::remark(location, message));
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

fn write_one(f: &mut fmt::Formatter<'_>, d: &Diagnostic) -> fmt::Result {
    match d.location.source_position() {
        Some((file, line, col)) => write!(f, "{file}:{line}:{col}: ")?,
        None => write!(f, "{}: ", d.location)?,
    }
    write!(f, "{}: {}", d.severity, d.message)
}

/// `file:line:col: error: message`, then one line per note.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_one(f, self)?;
        for note in &self.notes {
            writeln!(f)?;
            write_one(f, note)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// Shorthand for a fallible step that reports one diagnostic.
pub type DiagResult<T> = Result<T, Diagnostic>;

/// Builds an error diagnostic at a location: `err!(loc, "bad axis {}", a)`.
#[macro_export]
macro_rules! err {
    ($loc:expr, $($fmt:tt)+) => {
        $crate::diag::Diagnostic::error(($loc).clone(), format!($($fmt)+))
    };
}

/// Writes `text` to standard error. A pass that prints a report (a table, a plan)
/// treats a failed write (a full disk, a closed stream) as an error, not a panic.
pub fn write_stderr(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    err.write_all(text.as_bytes())?;
    err.flush()
}
