//! Attributes of the grammar: builtin attributes (numbers, strings, arrays, symbol
//! references, `dense<...>` elements and arrays, dictionaries, dialect attributes)
//! and the checks of their scalars against their element type.
use super::*;

impl Parser<'_> {
    pub(super) fn parse_attribute_inner(&mut self) -> PResult<Attribute> {
        let at = self.here();
        let rest = self.rest();
        let first = rest.chars().next();
        match first {
            Some('[') => {
                self.advance(1);
                let mut items = Vec::new();
                if !self.eat("]") {
                    loop {
                        items.push(self.parse_attribute()?);
                        if self.eat("]") {
                            break;
                        }
                        self.expect(",")?;
                    }
                }
                return Ok(Attribute::Array(items));
            }
            Some('{') => return Ok(Attribute::Dictionary(self.parse_dictionary()?)),
            Some('"') => {
                let s = self.string_literal()?.expect("starts with a quote");
                if self.peek(":") && !self.peek("::") {
                    // A typed string: keep the whole spelling.
                    self.advance(1);
                    let t = self.parse_type()?;
                    let text = format!("{} : {t}", Attribute::String(s));
                    return Ok(Attribute::Opaque(text));
                }
                return Ok(Attribute::String(s));
            }
            Some('@') => return self.parse_symbol_ref(),
            Some('#') => {
                let name = self.sigil_id('#')?.unwrap_or_default();
                if let Some(a) = self.attr_aliases.get(name) {
                    return Ok(a.clone());
                }
                let has_body = self.rest().starts_with('<');
                if !name.contains('.') && !has_body {
                    return Err(Diagnostic::error(
                        at,
                        format!("undefined attribute alias '#{name}'"),
                    ));
                }
                if has_body {
                    self.skip_balanced()?;
                }
                let consumed = rest.len() - self.rest().len();
                return Ok(Attribute::Opaque(rest[..consumed].to_string()));
            }
            Some(c) if c.is_ascii_digit() || c == '-' || c == '+' => {
                return self.parse_number_attribute()
            }
            _ => {}
        }
        if let Some(id) = self.peek_bare_id() {
            match id {
                "unit" => {
                    self.advance(4);
                    return Ok(Attribute::Unit);
                }
                "true" | "false" => {
                    self.advance(id.len());
                    let b = id == "true";
                    if self.peek(":") && !self.peek("::") {
                        self.advance(1);
                        let t = self.parse_type()?;
                        if !t.is_i1() {
                            return Err(Diagnostic::error(
                                at,
                                format!("boolean literal with type '{t}'"),
                            ));
                        }
                    }
                    return Ok(Attribute::Bool(b));
                }
                "inf" | "nan" => return self.parse_number_attribute(),
                "array" => return self.parse_dense_array(),
                "dense" => return self.parse_dense(),
                "loc" => {
                    let l = self.parse_location_body()?;
                    return Ok(Attribute::Opaque(l.to_string()));
                }
                "dense_resource" => {
                    self.advance(id.len());
                    return self.parse_dense_resource();
                }
                "affine_map" | "affine_set" | "strided" | "sparse" | "opaque" | "distinct" => {
                    self.advance(id.len());
                    if self.peek("[") {
                        self.skip_balanced()?;
                    }
                    self.skip();
                    self.skip_balanced()?;
                    if matches!(id, "sparse" | "opaque") && self.eat(":") {
                        self.parse_type()?;
                    }
                    let consumed = rest.len() - self.rest().len();
                    return Ok(Attribute::Opaque(rest[..consumed].to_string()));
                }
                _ => {}
            }
        }
        // Anything else must be a type.
        let t = self.parse_type().map_err(|e| {
            if e.location == at {
                self.expected("attribute")
            } else {
                e
            }
        })?;
        Ok(Attribute::Type(t))
    }

    pub(super) fn parse_symbol_ref(&mut self) -> PResult<Attribute> {
        let root = self
            .parse_optional_symbol_name()?
            .ok_or_else(|| self.expected("symbol"))?;
        let mut nested = Vec::new();
        while self.eat("::") {
            nested.push(
                self.parse_optional_symbol_name()?
                    .ok_or_else(|| self.expected("nested symbol"))?,
            );
        }
        Ok(Attribute::SymbolRef { root, nested })
    }

    /// `1`, `-2 : i32`, `1.5 : f32`, `0x7FC00000 : f32`, `inf : f32`.
    pub(super) fn parse_number_attribute(&mut self) -> PResult<Attribute> {
        let at = self.here();
        let (text, is_float) = if self.eat_keyword("inf") {
            ("inf".to_string(), true)
        } else if self.eat_keyword("nan") {
            ("nan".to_string(), true)
        } else if self.peek("-inf") || self.peek("+inf") {
            let neg = self.peek("-");
            self.advance(1);
            self.eat_keyword("inf");
            (if neg { "-inf" } else { "inf" }.to_string(), true)
        } else {
            let t = self.number_text().ok_or_else(|| self.expected("number"))?;
            (t.to_string(), t.contains('.'))
        };
        let ty = if self.peek(":") && !self.peek("::") {
            self.advance(1);
            Some(self.parse_type()?)
        } else {
            None
        };
        let is_hex = text.trim_start_matches('-').starts_with("0x");
        match ty {
            Some(t @ Type::Float(_)) => {
                let value = if is_hex {
                    float_from_bits(&text, &t).ok_or_else(|| {
                        Diagnostic::error(
                            at.clone(),
                            format!("invalid hexadecimal float literal '{text}'"),
                        )
                    })?
                } else {
                    parse_float(&text).ok_or_else(|| {
                        Diagnostic::error(at.clone(), format!("invalid float literal '{text}'"))
                    })?
                };
                Ok(Attribute::Float { value, ty: t })
            }
            Some(t) if is_float => Err(Diagnostic::error(
                at,
                format!("floating point value not valid for type '{t}'"),
            )),
            None if is_float => {
                let value = parse_float(&text).ok_or_else(|| {
                    Diagnostic::error(at.clone(), format!("invalid float literal '{text}'"))
                })?;
                Ok(Attribute::Float {
                    value,
                    ty: Type::Float(FloatKind::F64),
                })
            }
            ty => {
                let ty = ty.unwrap_or(Type::i64());
                let value = parse_int(&text).ok_or_else(|| {
                    Diagnostic::error(
                        at.clone(),
                        format!("integer literal '{text}' is out of range"),
                    )
                })?;
                match &ty {
                    Type::Integer { width, signedness } => {
                        if !int_fits(value, *width, *signedness) {
                            return Err(Diagnostic::error(
                                at,
                                format!("integer constant {text} out of range for type '{ty}'"),
                            ));
                        }
                    }
                    Type::Index => {}
                    other => {
                        return Err(Diagnostic::error(
                            at,
                            format!("integer literal not valid for type '{other}'"),
                        ))
                    }
                }
                Ok(Attribute::Integer { value, ty })
            }
        }
    }

    /// `array<i64: 1, 2>`.
    pub(super) fn parse_dense_array(&mut self) -> PResult<Attribute> {
        self.advance("array".len());
        self.expect("<")?;
        let at = self.here();
        let element = self.parse_type()?;
        let mut values = match &element {
            Type::Integer { width: 1, .. } => DenseArrayValues::Bool(vec![]),
            Type::Integer { .. } => DenseArrayValues::Int(vec![]),
            Type::Float(_) => DenseArrayValues::Float(vec![]),
            other => {
                return Err(Diagnostic::error(
                    at,
                    format!("invalid dense array element type '{other}'"),
                ))
            }
        };
        if self.eat(":") {
            loop {
                let vat = self.here();
                match &mut values {
                    DenseArrayValues::Bool(v) => {
                        if self.eat_keyword("true") {
                            v.push(true)
                        } else if self.eat_keyword("false") {
                            v.push(false)
                        } else {
                            return Err(self.expected("'true' or 'false'"));
                        }
                    }
                    DenseArrayValues::Int(v) => {
                        let x = self.integer("integer")?;
                        if let Type::Integer { width, signedness } = element {
                            if !int_fits(i128::from(x), width, signedness) {
                                return Err(Diagnostic::error(
                                    vat,
                                    format!("integer {x} out of range for '{element}'"),
                                ));
                            }
                        }
                        v.push(x);
                    }
                    DenseArrayValues::Float(v) => {
                        let text = self.number_text().ok_or_else(|| self.expected("float"))?;
                        let x = parse_float(text).ok_or_else(|| {
                            Diagnostic::error(vat, format!("invalid float '{text}'"))
                        })?;
                        v.push(x);
                    }
                }
                if !self.eat(",") {
                    break;
                }
            }
        }
        self.expect(">")?;
        Ok(Attribute::DenseArray { element, values })
    }

    /// `dense<...> : type`.
    pub(super) fn parse_dense(&mut self) -> PResult<Attribute> {
        self.advance("dense".len());
        self.expect("<")?;
        enum Raw {
            Hex(Vec<u8>),
            Nested(Vec<(RawScalar, Location)>, Vec<i64>),
            Empty,
        }
        let raw = if self.peek(">") {
            Raw::Empty
        } else if self.peek("\"") {
            let at = self.here();
            let s = self.string_utf8("hex string")?;
            let hex = s.strip_prefix("0x").ok_or_else(|| {
                Diagnostic::error(at.clone(), "expected a hex string starting with 0x")
            })?;
            if hex.len() % 2 != 0 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(Diagnostic::error(
                    at,
                    "invalid hex string in dense attribute",
                ));
            }
            Raw::Hex(
                (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("checked"))
                    .collect(),
            )
        } else {
            let mut values = Vec::new();
            let shape = self.parse_dense_nested(&mut values)?;
            Raw::Nested(values, shape)
        };
        self.expect(">")?;
        self.expect(":")?;
        let tat = self.here();
        let ty = self.parse_type()?;
        let (Some(element), Some(count)) = (ty.element().cloned(), ty.num_elements()) else {
            return Err(Diagnostic::error(
                tat,
                format!("dense attribute needs a statically shaped type, found '{ty}'"),
            ));
        };
        let shape = ty.shape().unwrap_or(&[]).to_vec();
        let data = match raw {
            Raw::Empty => {
                if count != 0 {
                    return Err(Diagnostic::error(
                        tat,
                        format!("empty dense literal for '{ty}' with {count} elements"),
                    ));
                }
                DenseElements::Elements(vec![])
            }
            Raw::Hex(bytes) => {
                let width = element.element_bytes().unwrap_or(1);
                let n = bytes.len() as u64;
                if n != width && Some(n) != count.checked_mul(width) {
                    return Err(Diagnostic::error(
                        tat,
                        format!("hex data of {n} bytes does not fit '{ty}'"),
                    ));
                }
                DenseElements::Hex(bytes)
            }
            Raw::Nested(values, lit_shape) => {
                for (v, loc) in &values {
                    check_scalar(*v, &element, loc)?;
                }
                let values: Vec<Scalar> = values
                    .into_iter()
                    .map(|(v, _)| coerce_scalar(v, &element))
                    .collect();
                if lit_shape.is_empty() {
                    DenseElements::Splat(values[0])
                } else if lit_shape != shape {
                    return Err(Diagnostic::error(
                        tat,
                        format!(
                            "inferred shape of elements literal ([{}]) does not match type ([{}])",
                            join(&lit_shape),
                            join(&shape)
                        ),
                    ));
                } else {
                    DenseElements::Elements(values)
                }
            }
        };
        Ok(Attribute::Dense { ty, data })
    }

    /// A scalar or nested list; returns the literal's shape.
    pub(super) fn parse_dense_nested(
        &mut self,
        out: &mut Vec<(RawScalar, Location)>,
    ) -> PResult<Vec<i64>> {
        self.enter()?;
        let at = self.here();
        let shape = if self.eat("[") {
            let mut inner: Option<Vec<i64>> = None;
            let mut n = 0i64;
            if !self.eat("]") {
                loop {
                    let s = self.parse_dense_nested(out)?;
                    match &inner {
                        None => inner = Some(s),
                        Some(prev) if *prev != s => {
                            return Err(Diagnostic::error(
                                at,
                                "tensor literal is ragged: sublists differ in shape",
                            ));
                        }
                        _ => {}
                    }
                    n += 1;
                    if self.eat("]") {
                        break;
                    }
                    self.expect(",")?;
                }
            }
            let mut shape = vec![n];
            shape.extend(inner.unwrap_or_default());
            shape
        } else {
            let is_hex = self.skip().trim_start_matches('-').starts_with("0x");
            let s = if self.eat_keyword("true") {
                Scalar::Bool(true)
            } else if self.eat_keyword("false") {
                Scalar::Bool(false)
            } else {
                match self.parse_number_attribute()? {
                    Attribute::Float { value, .. } => Scalar::Float(value),
                    // A hex literal in a float tensor is a bit pattern; mark it so the
                    // element type can decode it once known.
                    Attribute::Integer { value, .. } if is_hex => {
                        out.push((RawScalar::Bits(value as u64), at));
                        self.leave();
                        return Ok(vec![]);
                    }
                    Attribute::Integer { value, .. } => Scalar::Int(value),
                    _ => return Err(Diagnostic::error(at, "expected an element literal")),
                }
            };
            out.push((RawScalar::Value(s), at));
            vec![]
        };
        self.leave();
        Ok(shape)
    }

    /// `{a = 1, b, "c d" = 2}`.
    pub(super) fn parse_dictionary(&mut self) -> PResult<Vec<NamedAttribute>> {
        self.enter()?;
        self.expect("{")?;
        let mut entries: Vec<NamedAttribute> = Vec::new();
        if !self.eat("}") {
            loop {
                let at = self.here();
                let name = if self.peek("\"") {
                    self.string_utf8("attribute name")?
                } else {
                    self.bare_id()
                        .ok_or_else(|| self.expected("attribute name"))?
                        .to_string()
                };
                if name.is_empty() {
                    return Err(Diagnostic::error(at, "expected a non-empty attribute name"));
                }
                let value = if self.eat("=") {
                    self.parse_attribute()?
                } else {
                    Attribute::Unit
                };
                if entries.iter().any(|e| e.name == name) {
                    return Err(Diagnostic::error(
                        at,
                        format!("duplicate key '{name}' in dictionary attribute"),
                    ));
                }
                entries.push(NamedAttribute { name, value });
                if self.eat("}") {
                    break;
                }
                self.expect(",")?;
            }
        }
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        self.leave();
        Ok(entries)
    }
}

/// A `dense<...>` element before the element type is known: a hex literal in a
/// float tensor is a bit pattern, elsewhere an integer.
#[derive(Clone, Copy)]
pub(super) enum RawScalar {
    Value(Scalar),
    Bits(u64),
}

pub(super) fn join(v: &[i64]) -> String {
    v.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
}

pub(super) fn integer_type(id: &str) -> Option<Type> {
    let (signedness, digits) = if let Some(d) = id.strip_prefix("si") {
        (Signedness::Signed, d)
    } else if let Some(d) = id.strip_prefix("ui") {
        (Signedness::Unsigned, d)
    } else {
        (Signedness::Signless, id.strip_prefix('i')?)
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 9 {
        return None;
    }
    Some(Type::Integer {
        width: digits.parse().ok()?,
        signedness,
    })
}

pub(super) fn parse_int(text: &str) -> Option<i128> {
    let (neg, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let v = match body.strip_prefix("0x") {
        Some(h) => i128::from_str_radix(h, 16).ok()?,
        None => body.parse::<i128>().ok()?,
    };
    Some(if neg { -v } else { v })
}

pub(super) fn parse_float(text: &str) -> Option<f64> {
    match text {
        "inf" => Some(f64::INFINITY),
        "-inf" => Some(f64::NEG_INFINITY),
        "nan" => Some(f64::NAN),
        t => t.parse::<f64>().ok(),
    }
}

/// `0x7FC00000 : f32`: the bit pattern of a float of type `ty`.
pub(super) fn float_from_bits(text: &str, ty: &Type) -> Option<f64> {
    let bits = u64::from_str_radix(text.strip_prefix("0x")?, 16).ok()?;
    Some(match ty {
        Type::Float(FloatKind::F64) => f64::from_bits(bits),
        Type::Float(FloatKind::F32) => f64::from(f32::from_bits(u32::try_from(bits).ok()?)),
        Type::Float(FloatKind::F16) => ir::attr::f16_to_f64(u16::try_from(bits).ok()?),
        Type::Float(FloatKind::BF16) => {
            f64::from(f32::from_bits(u32::from(u16::try_from(bits).ok()?) << 16))
        }
        _ => return None,
    })
}

pub(super) fn int_fits(v: i128, width: u32, signedness: Signedness) -> bool {
    if width >= 127 {
        return true;
    }
    let w = width;
    match signedness {
        Signedness::Unsigned => v >= 0 && v < (1i128 << w),
        Signedness::Signed => v >= -(1i128 << (w - 1)) && v < (1i128 << (w - 1)),
        // Signless: either interpretation.
        Signedness::Signless => v >= -(1i128 << (w - 1)) && v < (1i128 << w),
    }
}

pub(super) fn check_scalar(v: RawScalar, element: &Type, loc: &Location) -> PResult<()> {
    let v = match v {
        RawScalar::Bits(b) if element.is_float() => {
            return match float_from_bits(&format!("0x{b:X}"), element) {
                Some(_) => Ok(()),
                None => Err(Diagnostic::error(
                    loc.clone(),
                    format!("hexadecimal float literal too wide for type '{element}'"),
                )),
            };
        }
        RawScalar::Bits(b) => Scalar::Int(i128::from(b)),
        RawScalar::Value(v) => v,
    };
    match (v, element) {
        (Scalar::Float(_), Type::Integer { .. } | Type::Index) => Err(Diagnostic::error(
            loc.clone(),
            format!("floating point value not valid for type '{element}'"),
        )),
        (Scalar::Int(i), Type::Integer { width, signedness })
            if !int_fits(i, *width, *signedness) =>
        {
            Err(Diagnostic::error(
                loc.clone(),
                format!("integer constant {i} out of range for type '{element}'"),
            ))
        }
        (Scalar::Bool(_), t) if !t.is_i1() => Err(Diagnostic::error(
            loc.clone(),
            format!("boolean value not valid for type '{element}'"),
        )),
        _ => Ok(()),
    }
}

/// Integers written in a float tensor are floats (hex ones are bit patterns); 0/1
/// in an i1 tensor are bools.
pub(super) fn coerce_scalar(v: RawScalar, element: &Type) -> Scalar {
    let v = match (v, element) {
        (RawScalar::Bits(b), Type::Float(_)) => {
            return Scalar::Float(float_from_bits(&format!("0x{b:X}"), element).unwrap_or(f64::NAN))
        }
        (RawScalar::Bits(b), _) => Scalar::Int(i128::from(b)),
        (RawScalar::Value(v), _) => v,
    };
    match (v, element) {
        (Scalar::Int(i), Type::Float(_)) => Scalar::Float(i as f64),
        (Scalar::Int(i), t) if t.is_i1() => Scalar::Bool(i != 0),
        (v, _) => v,
    }
}
