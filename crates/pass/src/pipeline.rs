//! Pipeline strings, as mlir-opt writes them:
//!
//! ```text
//! pipeline := element (',' element)*
//! element  := anchor '(' pipeline? ')'        anchor: builtin.module | func.func
//!           | pass-name ('{' options '}')?    options: key=value separated by spaces
//! ```
//!
//! The whole text is normally `builtin.module(...)`; a bare list (`cse,dce`) is
//! accepted and anchored on the module. Errors give the 1-based column of the
//! offending character.
//!
//! A pass nested under `func.func(...)` is recorded with that anchor
//! ([`PipelineEntry::anchor`]); the pass manager runs it once per function, with the
//! module's other functions out of its sight. Passes that need the whole module
//! ([`crate::PassDef::module_only`]) are refused there.
use crate::options::PassOptions;
use crate::{lookup, PassDef};

/// The op kinds a pipeline may nest under.
pub const ANCHORS: &[&str] = &["builtin.module", "func.func"];

/// One pass of a parsed pipeline.
#[derive(Clone, Debug)]
pub struct PipelineEntry {
    pub def: &'static PassDef,
    pub options: PassOptions,
    /// The innermost anchor the pass was written under (`builtin.module` or `func.func`).
    pub anchor: &'static str,
    /// 1-based column of the pass name in the pipeline text.
    pub column: usize,
    /// 1-based column of the text inside the pass's `{...}` (where option offsets count from).
    pub options_column: usize,
}

impl PipelineEntry {
    /// The column of option `name` in the pipeline text, or of the pass name when the
    /// option was not written there.
    pub fn column_of(&self, name: Option<&str>) -> usize {
        name.and_then(|n| self.options.offset_of(n))
            .map_or(self.column, |o| self.options_column + o)
    }
}

/// A pipeline string that cannot be parsed or built: the 1-based column it is about
/// and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PipelineError {
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for PipelineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "invalid pass pipeline at column {}: {}",
            self.column, self.message
        )
    }
}

impl PipelineError {
    /// The message, then the pipeline text with a caret under the column:
    ///
    /// ```text
    /// invalid pass pipeline at column 26: unknown pass 'nope'
    ///   builtin.module(cse,nope)
    ///                      ^
    /// ```
    pub fn render(&self, text: &str) -> String {
        let caret = " ".repeat(self.column.saturating_sub(1));
        format!("{self}\n  {text}\n  {caret}^")
    }
}

/// Parses a pipeline string into its passes, in order.
pub fn parse_pipeline(text: &str) -> Result<Vec<PipelineEntry>, PipelineError> {
    let mut p = Parser {
        chars: text.chars().collect(),
        pos: 0,
    };
    let mut out = Vec::new();
    p.skip_ws();
    if p.at_end() {
        return Ok(out);
    }
    p.list("builtin.module", &mut out)?;
    p.skip_ws();
    if !p.at_end() {
        return Err(p.error(format!(
            "unexpected '{}' after the end of the pipeline",
            p.chars[p.pos]
        )));
    }
    Ok(out)
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }
    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }
    fn error_at(&self, pos: usize, message: String) -> PipelineError {
        PipelineError {
            column: pos + 1,
            message,
        }
    }
    fn error(&self, message: String) -> PipelineError {
        self.error_at(self.pos, message)
    }

    fn list(
        &mut self,
        anchor: &'static str,
        out: &mut Vec<PipelineEntry>,
    ) -> Result<(), PipelineError> {
        loop {
            self.element(anchor, out)?;
            self.skip_ws();
            if self.peek() == Some(',') {
                self.pos += 1;
                continue;
            }
            return Ok(());
        }
    }

    fn element(
        &mut self,
        anchor: &'static str,
        out: &mut Vec<PipelineEntry>,
    ) -> Result<(), PipelineError> {
        self.skip_ws();
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            self.pos += 1;
        }
        if self.pos == start {
            return Err(match self.peek() {
                Some(c) => self.error(format!("expected a pass or anchor name, found '{c}'")),
                None => self
                    .error("expected a pass or anchor name, found the end of the text".to_string()),
            });
        }
        let name: String = self.chars[start..self.pos].iter().collect();
        self.skip_ws();
        match self.peek() {
            Some('(') => {
                let Some(&nested) = ANCHORS.iter().find(|a| **a == name) else {
                    return Err(self.error_at(
                        start,
                        format!(
                            "'{name}' is not a pipeline anchor; expected one of {}",
                            ANCHORS.join(", ")
                        ),
                    ));
                };
                self.pos += 1;
                self.skip_ws();
                if self.peek() != Some(')') {
                    self.list(nested, out)?;
                    self.skip_ws();
                }
                if self.peek() != Some(')') {
                    return Err(self.error(format!("expected ')' to close '{name}('")));
                }
                self.pos += 1;
                Ok(())
            }
            next => {
                let Some(def) = lookup(&name) else {
                    return Err(self.error_at(start, format!("unknown pass '{name}'")));
                };
                if def.module_only && anchor != "builtin.module" {
                    return Err(self.error_at(
                        start,
                        format!(
                            "pass '{name}' works on the whole module and cannot run under '{anchor}('"
                        ),
                    ));
                }
                let mut options_column = self.pos + 1;
                let options = if next == Some('{') {
                    options_column = self.pos + 2;
                    let open = self.pos;
                    let mut depth = 0usize;
                    loop {
                        match self.peek() {
                            None => {
                                return Err(self
                                    .error_at(open, "unterminated '{' option block".to_string()))
                            }
                            Some('{') => depth += 1,
                            Some('}') => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        self.pos += 1;
                    }
                    let body: String = self.chars[open + 1..self.pos].iter().collect();
                    self.pos += 1;
                    PassOptions::parse(def, &body).map_err(|e| self.error_at(open, e))?
                } else {
                    PassOptions::defaults(def)
                };
                out.push(PipelineEntry {
                    def,
                    options,
                    anchor,
                    column: start + 1,
                    options_column,
                });
                Ok(())
            }
        }
    }
}
