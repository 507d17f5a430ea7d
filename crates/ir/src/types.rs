//! Builtin types: integers, floats, index, none, ranked and unranked tensors, vectors,
//! functions, tuples, and opaque dialect types kept as their printed text.
use std::fmt;

/// `ShapedType::kDynamic`: a `?` dimension.
pub const DYNAMIC: i64 = i64::MIN;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Signedness {
    Signless,
    Signed,
    Unsigned,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatKind {
    F16,
    BF16,
    F32,
    F64,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Integer {
        width: u32,
        signedness: Signedness,
    },
    Float(FloatKind),
    Index,
    None,
    /// `tensor<2x?x4xf32>`, with an optional encoding attribute kept as text.
    Tensor {
        shape: Vec<i64>,
        element: Box<Type>,
        encoding: Option<String>,
    },
    /// `tensor<*xf32>`.
    UnrankedTensor {
        element: Box<Type>,
    },
    /// `vector<4x[8]xf32>`; scalable dims are kept in the text of `scalable`.
    Vector {
        shape: Vec<i64>,
        scalable: Vec<bool>,
        element: Box<Type>,
    },
    Function {
        inputs: Vec<Type>,
        results: Vec<Type>,
    },
    Tuple(Vec<Type>),
    Complex(Box<Type>),
    /// A dialect type such as `!stablehlo.token`, kept verbatim (without the `!`).
    Opaque(String),
}

impl Type {
    pub fn i(width: u32) -> Type {
        Type::Integer {
            width,
            signedness: Signedness::Signless,
        }
    }
    pub fn f32() -> Type {
        Type::Float(FloatKind::F32)
    }
    pub fn i1() -> Type {
        Type::i(1)
    }
    pub fn i64() -> Type {
        Type::i(64)
    }
    pub fn tensor(shape: &[i64], element: Type) -> Type {
        Type::Tensor {
            shape: shape.to_vec(),
            element: Box::new(element),
            encoding: None,
        }
    }
    pub fn function(inputs: Vec<Type>, results: Vec<Type>) -> Type {
        Type::Function { inputs, results }
    }

    pub fn is_integer(&self) -> bool {
        matches!(self, Type::Integer { .. })
    }
    pub fn is_float(&self) -> bool {
        matches!(self, Type::Float(_))
    }
    pub fn is_i1(&self) -> bool {
        matches!(self, Type::Integer { width: 1, .. })
    }

    /// Shape of a ranked tensor.
    pub fn shape(&self) -> Option<&[i64]> {
        match self {
            Type::Tensor { shape, .. } | Type::Vector { shape, .. } => Some(shape),
            _ => None,
        }
    }
    pub fn rank(&self) -> Option<usize> {
        self.shape().map(<[i64]>::len)
    }
    /// Element type of a tensor or vector.
    pub fn element(&self) -> Option<&Type> {
        match self {
            Type::Tensor { element, .. }
            | Type::UnrankedTensor { element }
            | Type::Vector { element, .. } => Some(element),
            _ => None,
        }
    }
    /// True for a ranked tensor with no dynamic dimension.
    pub fn is_static_tensor(&self) -> bool {
        matches!(self, Type::Tensor { shape, .. } if shape.iter().all(|&d| d >= 0))
    }
    /// The same tensor shape with another element type.
    pub fn with_element(&self, element: Type) -> Type {
        match self {
            Type::Tensor {
                shape, encoding, ..
            } => Type::Tensor {
                shape: shape.clone(),
                element: Box::new(element),
                encoding: encoding.clone(),
            },
            other => other.clone(),
        }
    }

    /// Storage bytes of one element (i1 is stored as a byte).
    pub fn element_bytes(&self) -> Option<u64> {
        match self {
            Type::Integer { width, .. } => Some((u64::from(*width)).div_ceil(8).max(1)),
            Type::Float(FloatKind::F16 | FloatKind::BF16) => Some(2),
            Type::Float(FloatKind::F32) => Some(4),
            Type::Float(FloatKind::F64) => Some(8),
            Type::Index => Some(8),
            Type::Complex(e) => e.element_bytes().map(|b| b * 2),
            _ => None,
        }
    }

    /// Number of elements of a static tensor, or `None` on overflow or a dynamic shape.
    pub fn num_elements(&self) -> Option<u64> {
        let shape = self.shape()?;
        shape.iter().try_fold(1u64, |acc, &d| {
            if d < 0 {
                None
            } else {
                acc.checked_mul(d as u64)
            }
        })
    }

    /// Byte size of a static tensor; `None` when it is dynamic or overflows `u64`.
    pub fn byte_size(&self) -> Option<u64> {
        self.num_elements()?
            .checked_mul(self.element()?.element_bytes()?)
    }
}

fn write_dims(f: &mut fmt::Formatter<'_>, shape: &[i64], scalable: &[bool]) -> fmt::Result {
    for (i, &d) in shape.iter().enumerate() {
        let s = scalable.get(i).copied().unwrap_or(false);
        if s {
            write!(f, "[")?;
        }
        if d == DYNAMIC {
            write!(f, "?")?;
        } else {
            write!(f, "{d}")?;
        }
        if s {
            write!(f, "]")?;
        }
        write!(f, "x")?;
    }
    Ok(())
}

pub(crate) fn write_type_list(f: &mut fmt::Formatter<'_>, types: &[Type]) -> fmt::Result {
    for (i, t) in types.iter().enumerate() {
        if i > 0 {
            write!(f, ", ")?;
        }
        write!(f, "{t}")?;
    }
    Ok(())
}

/// Writes a function type's result list: a lone non-function type bare, otherwise parenthesised.
pub fn write_results(f: &mut fmt::Formatter<'_>, results: &[Type]) -> fmt::Result {
    if results.len() == 1 && !matches!(results[0], Type::Function { .. }) {
        write!(f, "{}", results[0])
    } else {
        write!(f, "(")?;
        write_type_list(f, results)?;
        write!(f, ")")
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Integer { width, signedness } => match signedness {
                Signedness::Signless => write!(f, "i{width}"),
                Signedness::Signed => write!(f, "si{width}"),
                Signedness::Unsigned => write!(f, "ui{width}"),
            },
            Type::Float(k) => f.write_str(match k {
                FloatKind::F16 => "f16",
                FloatKind::BF16 => "bf16",
                FloatKind::F32 => "f32",
                FloatKind::F64 => "f64",
            }),
            Type::Index => write!(f, "index"),
            Type::None => write!(f, "none"),
            Type::Tensor {
                shape,
                element,
                encoding,
            } => {
                write!(f, "tensor<")?;
                write_dims(f, shape, &[])?;
                write!(f, "{element}")?;
                if let Some(e) = encoding {
                    write!(f, ", {e}")?;
                }
                write!(f, ">")
            }
            Type::UnrankedTensor { element } => write!(f, "tensor<*x{element}>"),
            Type::Vector {
                shape,
                scalable,
                element,
            } => {
                write!(f, "vector<")?;
                write_dims(f, shape, scalable)?;
                write!(f, "{element}>")
            }
            Type::Function { inputs, results } => {
                write!(f, "(")?;
                write_type_list(f, inputs)?;
                write!(f, ") -> ")?;
                write_results(f, results)
            }
            Type::Tuple(ts) => {
                write!(f, "tuple<")?;
                write_type_list(f, ts)?;
                write!(f, ">")
            }
            Type::Complex(e) => write!(f, "complex<{e}>"),
            Type::Opaque(text) => write!(f, "!{text}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_size_detects_overflow() {
        let t = Type::tensor(&[99_999_999_999, 99_999_999_999], Type::f32());
        assert_eq!(t.byte_size(), None);
        assert_eq!(Type::tensor(&[2, 3], Type::f32()).byte_size(), Some(24));
        assert_eq!(Type::tensor(&[5], Type::i1()).byte_size(), Some(5));
    }

    #[test]
    fn display_matches_mlir_spelling() {
        let t = Type::tensor(&[1, DYNAMIC, 4], Type::f32());
        assert_eq!(t.to_string(), "tensor<1x?x4xf32>");
        assert_eq!(Type::tensor(&[], Type::i64()).to_string(), "tensor<i64>");
        let f = Type::function(vec![Type::f32()], vec![Type::function(vec![], vec![])]);
        assert_eq!(f.to_string(), "(f32) -> (() -> ())");
    }
}
