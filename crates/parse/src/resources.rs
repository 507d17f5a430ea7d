//! The file-level resource section MLIR prints after the top-level op:
//!
//! ```text
//! {-#
//!   dialect_resources: {
//!     builtin: {
//!       torch_tensor_4_torch.float32: "0x0400000000008040..."
//!     }
//!   },
//!   external_resources: { ... }
//! #-}
//! ```
//!
//! torch-mlir and IREE keep large weights there and refer to them with
//! `dense_resource<key> : tensor<...>`. The section is read before the ops (it comes
//! last in the file but is referred to earlier), for every dialect: each blob is
//! a hex string whose first four bytes are the blob's alignment (little-endian
//! u32), followed by the raw little-endian elements. `dense_resource` attributes are
//! resolved to their elements as they are parsed.
use super::{PResult, Parser};
use ir::{Attribute, DenseElements, Diagnostic, Type};

/// Where a resource section starts: `{-#` at the start of a line (MLIR prints it so).
pub(super) fn section_start(src: &str) -> Option<usize> {
    if src.starts_with("{-#") {
        return Some(0);
    }
    src.match_indices("\n{-#").map(|(i, _)| i + 1).next()
}

impl Parser<'_> {
    /// Reads the resource section, if the file has one, into `self.resources`.
    pub(super) fn parse_resource_section(&mut self) -> PResult<()> {
        let Some(start) = section_start(self.src) else {
            return Ok(());
        };
        self.pos = start;
        self.advance(3);
        // Groups: `dialect_resources: { dialect: { key: "0x..", ... }, ... }` and
        // `external_resources: {...}`; only builtin-style hex blobs are read.
        if !self.eat("#-}") {
            loop {
                let group_at = self.here();
                let group = self.resource_key()?;
                self.expect(":")?;
                self.expect("{")?;
                if !self.eat("}") {
                    loop {
                        self.resource_key()?;
                        self.expect(":")?;
                        self.expect("{")?;
                        if !self.eat("}") {
                            loop {
                                let key_at = self.here();
                                let key = self.resource_key()?;
                                self.expect(":")?;
                                if group == "dialect_resources" {
                                    let blob = self.resource_blob(&key)?;
                                    if self.resources.insert(key.clone(), blob).is_some() {
                                        return Err(Diagnostic::error(
                                            key_at,
                                            format!("resource '{key}' is defined twice"),
                                        ));
                                    }
                                } else {
                                    self.parse_attribute()?;
                                }
                                if self.eat("}") {
                                    break;
                                }
                                self.expect(",")?;
                            }
                        }
                        if self.eat("}") {
                            break;
                        }
                        self.expect(",")?;
                    }
                }
                if !matches!(group.as_str(), "dialect_resources" | "external_resources") {
                    return Err(Diagnostic::error(
                        group_at,
                        format!("unknown resource group '{group}' (expected 'dialect_resources' or 'external_resources')"),
                    ));
                }
                if self.eat("#-}") {
                    break;
                }
                self.expect(",")?;
            }
        }
        let end = self.pos;
        if !lexer_trivia_only(&self.src[end..]) {
            return Err(self.err_here("unexpected text after the resource section"));
        }
        self.resource_section = Some((start, end));
        self.pos = 0;
        Ok(())
    }

    /// A resource or group key: a bare identifier (dots allowed) or a string.
    fn resource_key(&mut self) -> PResult<String> {
        if self.peek("\"") {
            return self.string_utf8("resource key");
        }
        let rest = self.skip();
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$' | '-')))
            .unwrap_or(rest.len());
        if len == 0 {
            return Err(self.expected("resource key"));
        }
        let key = rest[..len].to_string();
        self.advance(len);
        Ok(key)
    }

    /// `"0x<alignment: 4 bytes><data>"`: the data bytes.
    fn resource_blob(&mut self, key: &str) -> PResult<Vec<u8>> {
        let at = self.here();
        let text = self.string_utf8("hex blob")?;
        let bad = |why: &str| Diagnostic::error(at.clone(), format!("resource '{key}': {why}"));
        let hex = text
            .strip_prefix("0x")
            .ok_or_else(|| bad("expected a hex string starting with 0x"))?;
        if hex.len() % 2 != 0 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad("invalid hex digits"));
        }
        if hex.len() < 8 {
            return Err(bad("the blob is shorter than its 4-byte alignment header"));
        }
        Ok((8..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("checked hex digits"))
            .collect())
    }

    /// `dense_resource<key> : type`, after the `dense_resource` keyword: the blob's
    /// elements as a dense attribute.
    pub(super) fn parse_dense_resource(&mut self) -> PResult<Attribute> {
        self.expect("<")?;
        let key_at = self.here();
        let key = self.resource_key()?;
        self.expect(">")?;
        self.expect(":")?;
        let ty_at = self.here();
        let ty = self.parse_type()?;
        let Some(bytes) = self.resources.get(&key) else {
            let why = if key == "__elided__" {
                "its data was elided when the file was printed".to_string()
            } else {
                "the file has no such entry in its {-# dialect_resources #-} section".to_string()
            };
            return Err(Diagnostic::error(
                key_at,
                format!("unknown resource '{key}': {why}"),
            ));
        };
        let (Some(width), Some(count)) = (
            ty.element().and_then(Type::element_bytes),
            ty.num_elements(),
        ) else {
            return Err(Diagnostic::error(
                ty_at,
                format!("dense_resource needs a statically shaped tensor type, found '{ty}'"),
            ));
        };
        let n = bytes.len() as u64;
        if Some(n) != count.checked_mul(width) {
            return Err(Diagnostic::error(
                key_at,
                format!(
                    "resource '{key}' holds {n} bytes, but '{ty}' needs {}",
                    count.saturating_mul(width)
                ),
            ));
        }
        Ok(Attribute::Dense {
            ty,
            data: DenseElements::Hex(bytes.clone()),
        })
    }
}

fn lexer_trivia_only(s: &str) -> bool {
    super::lexer::trivia(s).is_empty()
}
