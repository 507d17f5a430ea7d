//! Types of the grammar: builtin types (tensors, memrefs, vectors, integers, floats,
//! functions, tuples, dialect types), dimension lists, and skipping a balanced
//! dialect-specific body.
use super::*;

impl Parser<'_> {
    pub(super) fn parse_type_inner(&mut self) -> PResult<Type> {
        let at = self.here();
        if self.peek("(") {
            self.advance(1);
            let inputs = self.parse_type_list_until(")")?;
            self.expect("->")?;
            let results = if self.peek("(") {
                self.advance(1);
                self.parse_type_list_until(")")?
            } else {
                vec![self.parse_type()?]
            };
            return Ok(Type::Function { inputs, results });
        }
        if self.peek("!") {
            let rest = self.rest();
            let name = self.sigil_id('!')?.unwrap_or_default();
            if let Some(t) = self.type_aliases.get(name) {
                return Ok(t.clone());
            }
            // A dialect type's body follows its name directly: `!dialect.type<...>`.
            let has_body = self.rest().starts_with('<');
            if !name.contains('.') && !has_body {
                return Err(Diagnostic::error(
                    at,
                    format!("undefined type alias '!{name}'"),
                ));
            }
            if has_body {
                self.skip_balanced()?;
            }
            let consumed = rest.len() - self.rest().len();
            return Ok(Type::Opaque(rest[1..consumed].to_string()));
        }
        let Some(id) = self.peek_bare_id() else {
            return Err(self.expected("type"));
        };
        let simple = match id {
            "index" => Some(Type::Index),
            "none" => Some(Type::None),
            "f16" => Some(Type::Float(FloatKind::F16)),
            "bf16" => Some(Type::Float(FloatKind::BF16)),
            "f32" => Some(Type::Float(FloatKind::F32)),
            "f64" => Some(Type::Float(FloatKind::F64)),
            _ => integer_type(id),
        };
        if let Some(t) = simple {
            self.advance(id.len());
            if let Type::Integer { width, .. } = t {
                if width == 0 || width > 1 << 24 {
                    return Err(Diagnostic::error(
                        at,
                        format!("invalid integer width in '{id}'"),
                    ));
                }
            }
            return Ok(t);
        }
        self.advance(id.len());
        match id {
            "tensor" => {
                self.expect("<")?;
                if self.eat("*") {
                    self.expect("x")?;
                    let element = Box::new(self.parse_type()?);
                    self.expect(">")?;
                    return Ok(Type::UnrankedTensor { element });
                }
                let (shape, _) = self.parse_dimension_list(false)?;
                let element = self.parse_element_type()?;
                let encoding = if self.eat(",") {
                    Some(self.parse_attribute()?.to_string())
                } else {
                    None
                };
                self.expect(">")?;
                let t = Type::Tensor {
                    shape,
                    element: Box::new(element),
                    encoding,
                };
                // A static tensor whose byte size does not fit in 63 bits cannot exist.
                if t.is_static_tensor() && t.element().and_then(Type::element_bytes).is_some() {
                    match t.byte_size() {
                        Some(b) if b <= i64::MAX as u64 => {}
                        _ => {
                            return Err(Diagnostic::error(
                                at,
                                format!(
                                "tensor type '{t}' is too large: its byte size overflows 64 bits"
                            ),
                            ))
                        }
                    }
                }
                Ok(t)
            }
            "vector" => {
                self.expect("<")?;
                let (shape, scalable) = self.parse_dimension_list(true)?;
                let element = self.parse_element_type()?;
                self.expect(">")?;
                Ok(Type::Vector {
                    shape,
                    scalable,
                    element: Box::new(element),
                })
            }
            "complex" => {
                self.expect("<")?;
                let e = self.parse_type()?;
                self.expect(">")?;
                Ok(Type::Complex(Box::new(e)))
            }
            "tuple" => {
                self.expect("<")?;
                let ts = self.parse_type_list_until(">")?;
                Ok(Type::Tuple(ts))
            }
            _ => Err(Diagnostic::error(at, format!("unknown type '{id}'"))),
        }
    }

    pub(super) fn parse_element_type(&mut self) -> PResult<Type> {
        let at = self.here();
        let t = self.parse_type()?;
        match t {
            Type::Tensor { .. } | Type::UnrankedTensor { .. } | Type::Function { .. } => Err(
                Diagnostic::error(at, format!("invalid tensor element type '{t}'")),
            ),
            t => Ok(t),
        }
    }

    pub(super) fn parse_type_list_until(&mut self, close: &str) -> PResult<Vec<Type>> {
        let mut types = Vec::new();
        if self.eat(close) {
            return Ok(types);
        }
        loop {
            types.push(self.parse_type()?);
            if self.eat(close) {
                return Ok(types);
            }
            self.expect(",")?;
        }
    }

    /// `2x?x[4]x` before an element type: digits or `?` (or `[n]` when scalable dims
    /// are allowed), each followed by `x`.
    pub(super) fn parse_dimension_list(
        &mut self,
        allow_scalable: bool,
    ) -> PResult<(Vec<i64>, Vec<bool>)> {
        let mut shape = Vec::new();
        let mut scalable = Vec::new();
        loop {
            let rest = self.skip();
            let at = self.pos;
            let (is_scalable, body) = if allow_scalable && rest.starts_with('[') {
                (true, &rest[1..])
            } else {
                (false, rest)
            };
            let digits = body.bytes().take_while(u8::is_ascii_digit).count();
            let (dim, len) = if body.starts_with('?') {
                (DYNAMIC, 1)
            } else if digits > 0 {
                let text = &body[..digits];
                let v = text.parse::<i64>().map_err(|_| {
                    Diagnostic::error(self.loc_at(at), format!("dimension '{text}' is too large"))
                })?;
                (v, digits)
            } else if body.starts_with('-') {
                return Err(Diagnostic::error(
                    self.loc_at(at),
                    "tensor dimensions must be non-negative",
                ));
            } else {
                break;
            };
            let close = usize::from(is_scalable);
            let after = &body[len..];
            if is_scalable && !after.starts_with(']') {
                return Err(Diagnostic::error(
                    self.loc_at(at),
                    "expected ']' after scalable dimension",
                ));
            }
            if !after[close..].starts_with('x') {
                // A bare number then something else: not a dimension list.
                return Err(Diagnostic::error(
                    self.loc_at(at + usize::from(is_scalable) + len + close),
                    "expected 'x' in dimension list",
                ));
            }
            self.advance(usize::from(is_scalable) + len + close + 1);
            shape.push(dim);
            scalable.push(is_scalable);
        }
        Ok((shape, scalable))
    }

    /// Skips a balanced `<...>` (with nested brackets and strings), for dialect types
    /// and attributes kept as text.
    pub(super) fn skip_balanced(&mut self) -> PResult<()> {
        let start = self.pos;
        let bytes = self.src.as_bytes();
        let mut stack: Vec<u8> = Vec::new();
        let mut i = self.pos;
        while i < bytes.len() {
            match bytes[i] {
                b'<' | b'(' | b'[' | b'{' => stack.push(bytes[i]),
                b'>' if i > 0 && bytes[i - 1] == b'-' => {}
                b'>' | b')' | b']' | b'}' => {
                    let open = match bytes[i] {
                        b'>' => b'<',
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    if stack.pop() != Some(open) {
                        return Err(Diagnostic::error(self.loc_at(i), "unbalanced brackets"));
                    }
                    if stack.is_empty() {
                        self.pos = i + 1;
                        return Ok(());
                    }
                }
                b'"' => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' {
                        if bytes[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                }
                _ => {}
            }
            if stack.len() > MAX_NESTING {
                return Err(Diagnostic::error(
                    self.loc_at(i),
                    format!("nesting is deeper than {MAX_NESTING} levels"),
                ));
            }
            i += 1;
        }
        Err(Diagnostic::error(self.loc_at(start), "unterminated '<'"))
    }

    // ----- attributes -------------------------------------------------------------

    pub(crate) fn parse_attribute(&mut self) -> PResult<Attribute> {
        self.enter()?;
        let a = self.parse_attribute_inner();
        self.leave();
        a
    }
}
