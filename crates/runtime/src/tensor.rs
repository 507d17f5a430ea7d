//! Element types, caller-owned host tensors, and the borrowed views kernels read and
//! write. Every buffer is dense and row-major; strides appear only inside kernels.
pub use half::{bf16, f16};
use ir::types::{FloatKind, Signedness};
use ir::Type;
use std::fmt;

/// An element type the runtime computes with. `i1` is stored as one byte (0 or 1).
/// `f16` and `bf16` are stored in two bytes and computed in f32 (each op widens its
/// half-precision operands and rounds its result, to nearest even).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DType {
    F32,
    I32,
    I64,
    I1,
    F16,
    BF16,
}

impl DType {
    /// The runtime type of an IR element type, `None` when it is not supported.
    pub fn of(element: &Type) -> Option<DType> {
        match element {
            Type::Float(FloatKind::F32) => Some(DType::F32),
            Type::Float(FloatKind::F16) => Some(DType::F16),
            Type::Float(FloatKind::BF16) => Some(DType::BF16),
            Type::Integer {
                width: 32,
                signedness: Signedness::Signless | Signedness::Signed,
            } => Some(DType::I32),
            Type::Integer {
                width: 64,
                signedness: Signedness::Signless | Signedness::Signed,
            } => Some(DType::I64),
            Type::Integer { width: 1, .. } => Some(DType::I1),
            _ => None,
        }
    }
    /// Bytes per element.
    pub fn size(self) -> usize {
        match self {
            DType::F32 | DType::I32 => 4,
            DType::I64 => 8,
            DType::I1 => 1,
            DType::F16 | DType::BF16 => 2,
        }
    }
    pub fn is_int(self) -> bool {
        matches!(self, DType::I32 | DType::I64)
    }
    /// f16 or bf16: stored in two bytes, computed in f32.
    pub fn is_half(self) -> bool {
        matches!(self, DType::F16 | DType::BF16)
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DType::F32 => "f32",
            DType::I32 => "i32",
            DType::I64 => "i64",
            DType::I1 => "i1",
            DType::F16 => "f16",
            DType::BF16 => "bf16",
        })
    }
}

/// The elements of a host tensor.
#[derive(Clone, Debug, PartialEq)]
pub enum TensorData {
    F32(Vec<f32>),
    I32(Vec<i32>),
    I64(Vec<i64>),
    /// `i1`: one byte per element, 0 or 1.
    I1(Vec<u8>),
    F16(Vec<f16>),
    BF16(Vec<bf16>),
}

impl TensorData {
    pub fn dtype(&self) -> DType {
        match self {
            TensorData::F32(_) => DType::F32,
            TensorData::I32(_) => DType::I32,
            TensorData::I64(_) => DType::I64,
            TensorData::I1(_) => DType::I1,
            TensorData::F16(_) => DType::F16,
            TensorData::BF16(_) => DType::BF16,
        }
    }
    pub fn len(&self) -> usize {
        match self {
            TensorData::F32(v) => v.len(),
            TensorData::I32(v) => v.len(),
            TensorData::I64(v) => v.len(),
            TensorData::I1(v) => v.len(),
            TensorData::F16(v) => v.len(),
            TensorData::BF16(v) => v.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Zeros of a type.
    /// The first element's address (i1 elements are bytes), for compiled code that
    /// reads the data in place.
    pub fn as_ptr(&self) -> *const u8 {
        match self {
            TensorData::F32(v) => v.as_ptr() as *const u8,
            TensorData::I32(v) => v.as_ptr() as *const u8,
            TensorData::I64(v) => v.as_ptr() as *const u8,
            TensorData::I1(v) => v.as_ptr(),
            TensorData::F16(v) => v.as_ptr() as *const u8,
            TensorData::BF16(v) => v.as_ptr() as *const u8,
        }
    }

    /// [`TensorData::as_ptr`], for compiled code that writes the data in place.
    pub fn as_mut_ptr(&mut self) -> *mut u8 {
        match self {
            TensorData::F32(v) => v.as_mut_ptr() as *mut u8,
            TensorData::I32(v) => v.as_mut_ptr() as *mut u8,
            TensorData::I64(v) => v.as_mut_ptr() as *mut u8,
            TensorData::I1(v) => v.as_mut_ptr(),
            TensorData::F16(v) => v.as_mut_ptr() as *mut u8,
            TensorData::BF16(v) => v.as_mut_ptr() as *mut u8,
        }
    }

    pub fn zeros(dtype: DType, len: usize) -> TensorData {
        match dtype {
            DType::F32 => TensorData::F32(vec![0.0; len]),
            DType::I32 => TensorData::I32(vec![0; len]),
            DType::I64 => TensorData::I64(vec![0; len]),
            DType::I1 => TensorData::I1(vec![0; len]),
            DType::F16 => TensorData::F16(vec![f16::ZERO; len]),
            DType::BF16 => TensorData::BF16(vec![bf16::ZERO; len]),
        }
    }
    /// Every element as `f64` (for comparisons and reports).
    pub fn to_f64(&self) -> Vec<f64> {
        match self {
            TensorData::F32(v) => v.iter().map(|&x| f64::from(x)).collect(),
            TensorData::I32(v) => v.iter().map(|&x| f64::from(x)).collect(),
            TensorData::I64(v) => v.iter().map(|&x| x as f64).collect(),
            TensorData::I1(v) => v.iter().map(|&x| f64::from(x)).collect(),
            TensorData::F16(v) => v.iter().map(|&x| x.to_f64()).collect(),
            TensorData::BF16(v) => v.iter().map(|&x| x.to_f64()).collect(),
        }
    }
    pub fn as_view(&self) -> Data<'_> {
        match self {
            TensorData::F32(v) => Data::F32(v),
            TensorData::I32(v) => Data::I32(v),
            TensorData::I64(v) => Data::I64(v),
            TensorData::I1(v) => Data::I1(v),
            TensorData::F16(v) => Data::F16(v),
            TensorData::BF16(v) => Data::BF16(v),
        }
    }
}

impl TensorData {
    /// Elements from little-endian bytes (a safetensors payload, a device buffer).
    pub fn from_le_bytes(dtype: DType, b: &[u8]) -> TensorData {
        let word = |c: &[u8]| -> [u8; 2] { [c[0], c[1]] };
        let quad = |c: &[u8]| -> [u8; 4] { [c[0], c[1], c[2], c[3]] };
        match dtype {
            DType::F32 => TensorData::F32(
                b.chunks_exact(4)
                    .map(|c| f32::from_le_bytes(quad(c)))
                    .collect(),
            ),
            DType::I32 => TensorData::I32(
                b.chunks_exact(4)
                    .map(|c| i32::from_le_bytes(quad(c)))
                    .collect(),
            ),
            DType::I64 => TensorData::I64(
                b.chunks_exact(8)
                    .map(|c| i64::from_le_bytes(c.try_into().expect("8 bytes")))
                    .collect(),
            ),
            DType::I1 => TensorData::I1(b.iter().map(|&x| u8::from(x != 0)).collect()),
            DType::F16 => TensorData::F16(
                b.chunks_exact(2)
                    .map(|c| f16::from_le_bytes(word(c)))
                    .collect(),
            ),
            DType::BF16 => TensorData::BF16(
                b.chunks_exact(2)
                    .map(|c| bf16::from_le_bytes(word(c)))
                    .collect(),
            ),
        }
    }
    /// The elements as little-endian bytes.
    pub fn to_le_bytes(&self) -> Vec<u8> {
        match self {
            TensorData::F32(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            TensorData::I32(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            TensorData::I64(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            TensorData::I1(v) => v.clone(),
            TensorData::F16(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            TensorData::BF16(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
        }
    }
}

/// A tensor owned by the caller: a function argument or a result copied out.
#[derive(Clone, Debug, PartialEq)]
pub struct HostTensor {
    pub shape: Vec<usize>,
    pub data: TensorData,
}

impl HostTensor {
    pub fn new(shape: Vec<usize>, data: TensorData) -> HostTensor {
        assert_eq!(
            shape.iter().product::<usize>(),
            data.len(),
            "shape and element count disagree"
        );
        HostTensor { shape, data }
    }
    pub fn f32(shape: &[usize], values: Vec<f32>) -> HostTensor {
        HostTensor::new(shape.to_vec(), TensorData::F32(values))
    }
    pub fn i64(shape: &[usize], values: Vec<i64>) -> HostTensor {
        HostTensor::new(shape.to_vec(), TensorData::I64(values))
    }
    pub fn i32(shape: &[usize], values: Vec<i32>) -> HostTensor {
        HostTensor::new(shape.to_vec(), TensorData::I32(values))
    }
    pub fn dtype(&self) -> DType {
        self.data.dtype()
    }
    pub fn len(&self) -> usize {
        self.data.len()
    }
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
    /// The `f32` elements; panics for another type (a convenience for tests).
    pub fn as_f32(&self) -> &[f32] {
        match &self.data {
            TensorData::F32(v) => v,
            other => panic!("expected f32 data, found {}", other.dtype()),
        }
    }
    /// `tensor<2x3xf32>`-style description.
    pub fn type_string(&self) -> String {
        let mut s = String::from("tensor<");
        for d in &self.shape {
            s.push_str(&format!("{d}x"));
        }
        s.push_str(&format!("{}>", self.dtype()));
        s
    }
}

/// The project's measure of numerical agreement between two runs of a program: per
/// output, the largest `|actual - reference|` over the largest `|reference|`
/// (elementwise relative error means nothing for values near zero); the worst over
/// all outputs. Equal values (and NaN against NaN) differ by 0; a NaN or infinity
/// against anything else, or outputs of different count, shape or type, give
/// infinity, so a bound on the result cannot pass by accident.
pub fn max_relative_error(actual: &[HostTensor], reference: &[HostTensor]) -> f64 {
    if actual.len() != reference.len() {
        return f64::INFINITY;
    }
    let mut worst = 0f64;
    for (a, r) in actual.iter().zip(reference) {
        if a.shape != r.shape || a.dtype() != r.dtype() {
            return f64::INFINITY;
        }
        let (a, r) = (a.data.to_f64(), r.data.to_f64());
        let scale = r
            .iter()
            .filter(|v| v.is_finite())
            .fold(0f64, |m, v| m.max(v.abs()));
        for (x, y) in a.iter().zip(&r) {
            if x == y || (x.is_nan() && y.is_nan()) {
                continue;
            }
            let diff = (x - y).abs();
            if !diff.is_finite() {
                return f64::INFINITY;
            }
            worst = worst.max(diff / scale.max(f64::MIN_POSITIVE));
        }
    }
    worst
}

/// Borrowed elements of one tensor.
#[derive(Clone, Copy, Debug)]
pub enum Data<'a> {
    F32(&'a [f32]),
    I32(&'a [i32]),
    I64(&'a [i64]),
    I1(&'a [u8]),
    F16(&'a [f16]),
    BF16(&'a [bf16]),
}

/// Mutably borrowed elements of one tensor (a kernel's output).
#[derive(Debug)]
pub enum DataMut<'a> {
    F32(&'a mut [f32]),
    I32(&'a mut [i32]),
    I64(&'a mut [i64]),
    I1(&'a mut [u8]),
    F16(&'a mut [f16]),
    BF16(&'a mut [bf16]),
}

impl Data<'_> {
    pub fn dtype(&self) -> DType {
        match self {
            Data::F32(_) => DType::F32,
            Data::I32(_) => DType::I32,
            Data::I64(_) => DType::I64,
            Data::I1(_) => DType::I1,
            Data::F16(_) => DType::F16,
            Data::BF16(_) => DType::BF16,
        }
    }
    pub fn len(&self) -> usize {
        match self {
            Data::F32(v) => v.len(),
            Data::I32(v) => v.len(),
            Data::I64(v) => v.len(),
            Data::I1(v) => v.len(),
            Data::F16(v) => v.len(),
            Data::BF16(v) => v.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn to_owned_data(&self) -> TensorData {
        match self {
            Data::F32(v) => TensorData::F32(v.to_vec()),
            Data::I32(v) => TensorData::I32(v.to_vec()),
            Data::I64(v) => TensorData::I64(v.to_vec()),
            Data::I1(v) => TensorData::I1(v.to_vec()),
            Data::F16(v) => TensorData::F16(v.to_vec()),
            Data::BF16(v) => TensorData::BF16(v.to_vec()),
        }
    }
    /// Element `i` as `i64` (integer and i1 data only).
    pub fn int_at(&self, i: usize) -> Option<i64> {
        match self {
            Data::I32(v) => Some(i64::from(v[i])),
            Data::I64(v) => Some(v[i]),
            Data::I1(v) => Some(i64::from(v[i])),
            Data::F32(_) | Data::F16(_) | Data::BF16(_) => None,
        }
    }
}

impl DataMut<'_> {
    pub fn dtype(&self) -> DType {
        match self {
            DataMut::F32(_) => DType::F32,
            DataMut::I32(_) => DType::I32,
            DataMut::I64(_) => DType::I64,
            DataMut::I1(_) => DType::I1,
            DataMut::F16(_) => DType::F16,
            DataMut::BF16(_) => DType::BF16,
        }
    }
    pub fn len(&self) -> usize {
        match self {
            DataMut::F32(v) => v.len(),
            DataMut::I32(v) => v.len(),
            DataMut::I64(v) => v.len(),
            DataMut::I1(v) => v.len(),
            DataMut::F16(v) => v.len(),
            DataMut::BF16(v) => v.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A tensor as a kernel sees an operand: shape plus elements.
#[derive(Clone, Copy, Debug)]
pub struct View<'a> {
    pub shape: &'a [usize],
    pub data: Data<'a>,
}

impl View<'_> {
    pub fn dtype(&self) -> DType {
        self.data.dtype()
    }
    pub fn rank(&self) -> usize {
        self.shape.len()
    }
    pub fn len(&self) -> usize {
        self.data.len()
    }
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}

/// Row-major strides (in elements) of a shape.
pub fn strides_of(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1usize; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

/// Strides that read `shape` (right-aligned) as if broadcast to `out`: 0 along
/// broadcast dimensions and along the missing leading ones.
pub fn broadcast_strides(shape: &[usize], out: &[usize]) -> Vec<isize> {
    let own = strides_of(shape);
    let lead = out.len() - shape.len();
    (0..out.len())
        .map(|d| {
            if d < lead || shape[d - lead] == 1 && out[d] != 1 {
                0
            } else {
                own[d - lead] as isize
            }
        })
        .collect()
}

/// The static shape of a tensor type, as `usize`.
pub fn shape_of(ty: &Type) -> Option<Vec<usize>> {
    ty.shape()?
        .iter()
        .map(|&d| usize::try_from(d).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f32s(values: &[f32]) -> HostTensor {
        HostTensor::f32(&[values.len()], values.to_vec())
    }

    /// One output each.
    fn error(actual: HostTensor, reference: HostTensor) -> f64 {
        max_relative_error(&[actual], &[reference])
    }

    #[test]
    fn relative_error_is_scaled_by_the_largest_reference_value() {
        let r = f32s(&[0.0, -4.0, 2.0]);
        assert!((error(f32s(&[0.001, -4.0, 2.0]), r.clone()) - 0.001 / 4.0).abs() < 1e-9);
        assert_eq!(error(r.clone(), r.clone()), 0.0);
        // The worst output wins.
        let e = max_relative_error(&[r.clone(), f32s(&[1.5])], &[r, f32s(&[1.0])]);
        assert!((e - 0.5).abs() < 1e-9);
    }

    #[test]
    fn relative_error_cannot_pass_by_accident() {
        let r = f32s(&[1.0, 2.0]);
        let nan = f32s(&[f32::NAN, 2.0]);
        let inf = f32s(&[f32::INFINITY, 2.0]);
        assert_eq!(error(nan.clone(), r.clone()), f64::INFINITY);
        assert_eq!(error(inf, r.clone()), f64::INFINITY);
        let other_shape = HostTensor::f32(&[1, 2], vec![1.0, 2.0]);
        assert_eq!(error(other_shape, r.clone()), f64::INFINITY);
        assert_eq!(
            error(HostTensor::i32(&[2], vec![1, 2]), r.clone()),
            f64::INFINITY
        );
        assert_eq!(max_relative_error(&[], &[r]), f64::INFINITY);
        // NaN where the reference has NaN too is agreement.
        assert_eq!(error(nan.clone(), nan), 0.0);
        // An all-zero reference: any difference is huge, not NaN.
        assert!(error(f32s(&[1e-3]), f32s(&[0.0])) > 1e100);
    }
}
