//! Source locations, following MLIR's builtin location kinds.
use std::fmt;
use std::sync::Arc;

/// Where an operation or diagnostic comes from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum Location {
    #[default]
    Unknown,
    /// `loc("file":line:col)`; line and column are 1-based.
    FileLineCol { file: Arc<str>, line: u32, col: u32 },
    /// `loc("name")` or `loc("name"(child))`.
    Name {
        name: Arc<str>,
        child: Option<Box<Location>>,
    },
    /// `loc(fused[a, b])` or `loc(fused<#meta>[a, b])`; metadata kept as printed text.
    Fused {
        metadata: Option<Arc<str>>,
        locations: Vec<Location>,
    },
    /// `loc(callsite(callee at caller))`.
    CallSite {
        callee: Box<Location>,
        caller: Box<Location>,
    },
}

impl Location {
    pub fn file_line_col(file: &str, line: u32, col: u32) -> Self {
        Location::FileLineCol {
            file: file.into(),
            line,
            col,
        }
    }

    /// The first `file:line:col` found inside this location, for diagnostics.
    pub fn source_position(&self) -> Option<(&str, u32, u32)> {
        match self {
            Location::Unknown => None,
            Location::FileLineCol { file, line, col } => Some((file, *line, *col)),
            Location::Name { child, .. } => child.as_deref().and_then(Location::source_position),
            Location::Fused { locations, .. } => {
                locations.iter().find_map(Location::source_position)
            }
            Location::CallSite { callee, caller } => callee
                .source_position()
                .or_else(|| caller.source_position()),
        }
    }
}

fn write_escaped(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    crate::attr::write_string_literal(f, s.as_bytes())
}

impl Location {
    fn fmt_inner(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Unknown => write!(f, "unknown"),
            Location::FileLineCol { file, line, col } => {
                write_escaped(f, file)?;
                write!(f, ":{line}:{col}")
            }
            Location::Name { name, child } => {
                write_escaped(f, name)?;
                if let Some(child) = child {
                    write!(f, "(")?;
                    child.fmt_inner(f)?;
                    write!(f, ")")?;
                }
                Ok(())
            }
            Location::Fused {
                metadata,
                locations,
            } => {
                write!(f, "fused")?;
                if let Some(m) = metadata {
                    write!(f, "<{m}>")?;
                }
                write!(f, "[")?;
                for (i, l) in locations.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    l.fmt_inner(f)?;
                }
                write!(f, "]")
            }
            Location::CallSite { callee, caller } => {
                write!(f, "callsite(")?;
                callee.fmt_inner(f)?;
                write!(f, " at ")?;
                caller.fmt_inner(f)?;
                write!(f, ")")
            }
        }
    }
}

/// Prints the MLIR spelling, `loc(...)`.
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "loc(")?;
        self.fmt_inner(f)?;
        write!(f, ")")
    }
}
