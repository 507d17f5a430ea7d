//! Builtin attributes: unit, bool, integer, float, string, type, array, dense arrays
//! (`array<i64: 1, 2>`), dense elements (`dense<...> : tensor<...>`), symbol references,
//! dictionaries, and dialect attributes kept as their printed text.
use crate::types::{FloatKind, Type};
use std::fmt;

/// One element of a `dense<...>` literal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    Int(i128),
    Float(f64),
    Bool(bool),
}

impl Scalar {
    pub fn as_f64(self) -> f64 {
        match self {
            Scalar::Int(i) => i as f64,
            Scalar::Float(f) => f,
            Scalar::Bool(b) => f64::from(u8::from(b)),
        }
    }
}

/// The payload of a `dense<...>` attribute.
#[derive(Clone, Debug, PartialEq)]
pub enum DenseElements {
    /// `dense<1.0>`: one value for every element.
    Splat(Scalar),
    /// `dense<[[1, 2], [3, 4]]>`: all elements, row-major.
    Elements(Vec<Scalar>),
    /// `dense<"0x...">`: raw little-endian storage, one element (splat) or all of them.
    Hex(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum DenseArrayValues {
    Int(Vec<i64>),
    Float(Vec<f64>),
    Bool(Vec<bool>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Attribute {
    Unit,
    Bool(bool),
    /// `5 : i64`; an untyped integer literal is `i64`.
    Integer {
        value: i128,
        ty: Type,
    },
    /// `1.0 : f32`; an untyped float literal is `f64`.
    Float {
        value: f64,
        ty: Type,
    },
    /// A string literal; MLIR strings may hold any bytes.
    String(Vec<u8>),
    Type(Type),
    Array(Vec<Attribute>),
    /// `array<i64: 1, 2>`.
    DenseArray {
        element: Type,
        values: DenseArrayValues,
    },
    /// `dense<...> : tensor<...>`.
    Dense {
        ty: Type,
        data: DenseElements,
    },
    /// `@root::@nested`.
    SymbolRef {
        root: String,
        nested: Vec<String>,
    },
    Dictionary(Vec<NamedAttribute>),
    /// A dialect attribute, alias or other construct not modelled here, kept verbatim.
    Opaque(String),
}

/// `name = attr` inside a dictionary.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedAttribute {
    pub name: String,
    pub value: Attribute,
}

impl NamedAttribute {
    pub fn new(name: impl Into<String>, value: Attribute) -> Self {
        NamedAttribute {
            name: name.into(),
            value,
        }
    }
}

impl Attribute {
    pub fn i64(value: i64) -> Attribute {
        Attribute::Integer {
            value: i128::from(value),
            ty: Type::i64(),
        }
    }
    pub fn f32(value: f64) -> Attribute {
        Attribute::Float {
            value,
            ty: Type::f32(),
        }
    }
    pub fn string(s: &str) -> Attribute {
        Attribute::String(s.as_bytes().to_vec())
    }
    pub fn i64_array(values: &[i64]) -> Attribute {
        Attribute::DenseArray {
            element: Type::i64(),
            values: DenseArrayValues::Int(values.to_vec()),
        }
    }
    pub fn symbol(name: &str) -> Attribute {
        Attribute::SymbolRef {
            root: name.to_string(),
            nested: vec![],
        }
    }

    /// An integer, or a bool.
    pub fn as_int(&self) -> Option<i128> {
        match self {
            Attribute::Integer { value, .. } => Some(*value),
            Attribute::Bool(b) => Some(i128::from(*b)),
            _ => None,
        }
    }
    pub fn as_float(&self) -> Option<f64> {
        match self {
            Attribute::Float { value, .. } => Some(*value),
            Attribute::Integer { value, .. } => Some(*value as f64),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Attribute::Bool(b) => Some(*b),
            Attribute::Integer {
                value,
                ty: Type::Integer { width: 1, .. },
            } => Some(*value != 0),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Attribute::String(bytes) => std::str::from_utf8(bytes).ok(),
            _ => None,
        }
    }
    pub fn as_type(&self) -> Option<&Type> {
        match self {
            Attribute::Type(t) => Some(t),
            _ => None,
        }
    }
    pub fn as_symbol(&self) -> Option<&str> {
        match self {
            Attribute::SymbolRef { root, nested } if nested.is_empty() => Some(root),
            _ => None,
        }
    }
    /// An integer list written either as `[1, 2]` or as `array<i64: 1, 2>`.
    pub fn as_int_list(&self) -> Option<Vec<i64>> {
        match self {
            Attribute::DenseArray {
                values: DenseArrayValues::Int(v),
                ..
            } => Some(v.clone()),
            Attribute::Array(items) => items
                .iter()
                .map(|a| match a {
                    Attribute::Integer { value, .. } => i64::try_from(*value).ok(),
                    _ => None,
                })
                .collect(),
            _ => None,
        }
    }
    pub fn as_dictionary(&self) -> Option<&[NamedAttribute]> {
        match self {
            Attribute::Dictionary(entries) => Some(entries),
            _ => None,
        }
    }
}

impl DenseElements {
    /// The one value of a splat (`dense<1.0>`, or hex storage of one element), as
    /// `f64`: readers that only need it must not expand a splat to its type's element
    /// count, which a file can make astronomically large.
    pub fn splat_f64(&self, element: &Type) -> Option<f64> {
        match self {
            DenseElements::Splat(s) => Some(s.as_f64()),
            DenseElements::Hex(bytes) if Some(bytes.len() as u64) == element.element_bytes() => {
                decode_scalar(element, bytes)
            }
            _ => None,
        }
    }

    /// All element values as `f64`, decoding hex storage by `element`; `None` if the
    /// payload does not hold `count` elements (or one, for a splat).
    pub fn values_f64(&self, element: &Type, count: usize) -> Option<Vec<f64>> {
        match self {
            DenseElements::Splat(s) => Some(vec![s.as_f64(); count]),
            DenseElements::Elements(v) => {
                (v.len() == count).then(|| v.iter().map(|s| s.as_f64()).collect())
            }
            DenseElements::Hex(bytes) => {
                let width = element.element_bytes()? as usize;
                let decoded: Vec<f64> = bytes
                    .chunks_exact(width)
                    .map(|c| decode_scalar(element, c))
                    .collect::<Option<_>>()?;
                match decoded.len() {
                    1 => Some(vec![decoded[0]; count]),
                    n if n == count => Some(decoded),
                    _ => None,
                }
            }
        }
    }
}

fn decode_scalar(element: &Type, bytes: &[u8]) -> Option<f64> {
    let mut buf = [0u8; 8];
    buf[..bytes.len()].copy_from_slice(bytes);
    let raw = u64::from_le_bytes(buf);
    Some(match element {
        Type::Float(FloatKind::F32) => f64::from(f32::from_bits(raw as u32)),
        Type::Float(FloatKind::F64) => f64::from_bits(raw),
        Type::Float(FloatKind::F16) => f16_to_f64(raw as u16),
        Type::Float(FloatKind::BF16) => f64::from(f32::from_bits((raw as u32) << 16)),
        Type::Integer { width, signedness } => {
            let w = *width;
            if w == 1 {
                (raw & 1) as f64
            } else if *signedness == crate::types::Signedness::Unsigned || w >= 64 {
                raw as f64
            } else {
                let shift = 64 - w;
                (((raw << shift) as i64) >> shift) as f64
            }
        }
        Type::Index => raw as i64 as f64,
        _ => return None,
    })
}

/// Decodes IEEE half precision.
pub fn f16_to_f64(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((bits >> 10) & 0x1f);
    let frac = f64::from(bits & 0x3ff);
    match exp {
        0 => sign * frac * 2f64.powi(-24),
        31 if frac == 0.0 => sign * f64::INFINITY,
        31 => f64::NAN,
        e => sign * (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// The bit pattern MLIR prints for a non-finite float of a given type.
fn float_bits_hex(value: f64, ty: &Type) -> String {
    match ty {
        Type::Float(FloatKind::F64) => format!("0x{:016X}", value.to_bits()),
        Type::Float(FloatKind::F16) => {
            let bits: u16 = if value.is_nan() {
                0x7E00
            } else if value > 0.0 {
                0x7C00
            } else {
                0xFC00
            };
            format!("0x{bits:04X}")
        }
        Type::Float(FloatKind::BF16) => format!("0x{:04X}", (value as f32).to_bits() >> 16),
        _ => format!("0x{:08X}", (value as f32).to_bits()),
    }
}

/// A float literal MLIR's lexer accepts (always with a `.`), exact for the value's type.
pub fn format_float(value: f64, ty: &Type) -> String {
    if !value.is_finite() {
        return float_bits_hex(value, ty);
    }
    let narrow = !matches!(ty, Type::Float(FloatKind::F64));
    let text = if narrow {
        format!("{:e}", value as f32)
    } else {
        format!("{value:e}")
    };
    // `{:e}` gives `1.5e-5` or `1e0`; MLIR needs a `.` in the mantissa.
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let mantissa = if mantissa.contains('.') {
        mantissa.to_string()
    } else {
        format!("{mantissa}.0")
    };
    match exponent {
        "0" => mantissa,
        e => format!("{mantissa}e{e}"),
    }
}

/// Writes `"..."` with MLIR's escapes.
pub fn write_string_literal(f: &mut impl fmt::Write, bytes: &[u8]) -> fmt::Result {
    f.write_char('"')?;
    for &b in bytes {
        match b {
            b'"' => f.write_str("\\\"")?,
            b'\\' => f.write_str("\\\\")?,
            b'\n' => f.write_str("\\n")?,
            b'\t' => f.write_str("\\t")?,
            0x20..=0x7e => f.write_char(b as char)?,
            _ => write!(f, "\\{b:02X}")?,
        }
    }
    f.write_char('"')
}

/// True if `s` can be written bare as a symbol or attribute name.
pub fn is_bare_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.'))
}

/// Writes a symbol name after `@`, quoting it when needed.
pub fn write_symbol_name(f: &mut impl fmt::Write, name: &str) -> fmt::Result {
    f.write_char('@')?;
    if is_bare_identifier(name) {
        f.write_str(name)
    } else {
        write_string_literal(f, name.as_bytes())
    }
}

fn write_scalar(f: &mut fmt::Formatter<'_>, s: Scalar, element: &Type) -> fmt::Result {
    match s {
        Scalar::Int(i) => write!(f, "{i}"),
        Scalar::Bool(b) => write!(f, "{b}"),
        Scalar::Float(x) => f.write_str(&format_float(x, element)),
    }
}

fn write_nested(
    f: &mut fmt::Formatter<'_>,
    values: &[Scalar],
    shape: &[i64],
    element: &Type,
) -> fmt::Result {
    match shape.split_first() {
        None => write_scalar(f, values[0], element),
        Some((&n, rest)) => {
            let stride = values.len() / (n.max(1) as usize);
            write!(f, "[")?;
            for i in 0..n as usize {
                if i > 0 {
                    write!(f, ", ")?;
                }
                write_nested(f, &values[i * stride..(i + 1) * stride], rest, element)?;
            }
            write!(f, "]")
        }
    }
}

/// Writes a dictionary body `{a = 1 : i64, b}`.
pub fn write_dictionary(f: &mut impl fmt::Write, entries: &[NamedAttribute]) -> fmt::Result {
    f.write_char('{')?;
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        if is_bare_identifier(&e.name) {
            f.write_str(&e.name)?;
        } else {
            write_string_literal(f, e.name.as_bytes())?;
        }
        if e.value != Attribute::Unit {
            write!(f, " = {}", e.value)?;
        }
    }
    f.write_char('}')
}

impl fmt::Display for Attribute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Attribute::Unit => write!(f, "unit"),
            Attribute::Bool(b) => write!(f, "{b}"),
            Attribute::Integer { value, ty } => {
                if ty.is_i1() {
                    write!(f, "{}", *value != 0)
                } else {
                    write!(f, "{value} : {ty}")
                }
            }
            Attribute::Float { value, ty } => write!(f, "{} : {ty}", format_float(*value, ty)),
            Attribute::String(bytes) => write_string_literal(f, bytes),
            Attribute::Type(t) => write!(f, "{t}"),
            Attribute::Array(items) => {
                write!(f, "[")?;
                for (i, a) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{a}")?;
                }
                write!(f, "]")
            }
            Attribute::DenseArray { element, values } => {
                write!(f, "array<{element}")?;
                let items: Vec<String> = match values {
                    DenseArrayValues::Int(v) => v.iter().map(i64::to_string).collect(),
                    DenseArrayValues::Float(v) => {
                        v.iter().map(|x| format_float(*x, element)).collect()
                    }
                    DenseArrayValues::Bool(v) => v.iter().map(bool::to_string).collect(),
                };
                if !items.is_empty() {
                    write!(f, ": {}", items.join(", "))?;
                }
                write!(f, ">")
            }
            Attribute::Dense { ty, data } => {
                let element = ty.element().cloned().unwrap_or(Type::None);
                write!(f, "dense<")?;
                match data {
                    DenseElements::Splat(s) => write_scalar(f, *s, &element)?,
                    DenseElements::Elements(values) if values.is_empty() => {}
                    DenseElements::Elements(values) => {
                        write_nested(f, values, ty.shape().unwrap_or(&[]), &element)?
                    }
                    DenseElements::Hex(bytes) => {
                        write!(f, "\"0x")?;
                        for b in bytes {
                            write!(f, "{b:02X}")?;
                        }
                        write!(f, "\"")?;
                    }
                }
                write!(f, "> : {ty}")
            }
            Attribute::SymbolRef { root, nested } => {
                write_symbol_name(f, root)?;
                for n in nested {
                    write!(f, "::")?;
                    write_symbol_name(f, n)?;
                }
                Ok(())
            }
            Attribute::Dictionary(entries) => write_dictionary(f, entries),
            Attribute::Opaque(text) => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_always_have_a_dot_and_non_finite_use_hex() {
        assert_eq!(format_float(1.0, &Type::f32()), "1.0");
        assert_eq!(format_float(1e-5, &Type::f32()), "1.0e-5");
        assert_eq!(format_float(0.1, &Type::f32()), "1.0e-1");
        assert_eq!(format_float(f64::NAN, &Type::f32()), "0x7FC00000");
        assert_eq!(format_float(f64::NEG_INFINITY, &Type::f32()), "0xFF800000");
    }

    #[test]
    fn dense_nested_lists_print_by_shape() {
        let a = Attribute::Dense {
            ty: Type::tensor(&[2, 2], Type::i(32)),
            data: DenseElements::Elements((1..=4).map(Scalar::Int).collect()),
        };
        assert_eq!(a.to_string(), "dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>");
    }

    #[test]
    fn strings_escape_like_mlir() {
        let a = Attribute::String(b"a\"b\\\n\x01".to_vec());
        assert_eq!(a.to_string(), r#""a\"b\\\n\01""#);
    }
}
