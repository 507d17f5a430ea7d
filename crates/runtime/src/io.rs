//! Inputs and outputs: safetensors files, argument and result names, and seeded
//! random inputs.
//!
//! An argument is looked up in a safetensors file by its name (the `nn.name`
//! argument attribute, which importers set from the frontend's names), then by its
//! position `argN`. When neither is there and the argument has no `nn.name`, it
//! takes the tensor at its position in the file's data order (the order of the
//! tensors' byte offsets), provided the file holds exactly one tensor per argument.
//! Results are written under their `nn.name`, else `resultN`.
use crate::tensor::{bf16, f16, DType, HostTensor, TensorData};
use crate::Error;
use ir::{Attribute, Module, OpId, Type};
use safetensors::tensor::{Dtype, TensorView};
use safetensors::{SafeTensorError, SafeTensors};

fn named_attr(m: &Module, func: OpId, list: &str, i: usize) -> Option<String> {
    let Some(Attribute::Array(items)) = m.attr(func, list) else {
        return None;
    };
    let dict = items.get(i)?.as_dictionary()?;
    dict.iter()
        .find(|e| e.name == "nn.name")
        .and_then(|e| e.value.as_str())
        .map(str::to_string)
}

/// The `nn.name` of argument `i`, if it has one.
pub fn explicit_argument_name(m: &Module, func: OpId, i: usize) -> Option<String> {
    named_attr(m, func, "arg_attrs", i)
}

/// The name argument `i` is matched by: its `nn.name`, else `argI`.
pub fn argument_name(m: &Module, func: OpId, i: usize) -> String {
    explicit_argument_name(m, func, i).unwrap_or_else(|| format!("arg{i}"))
}

/// The name result `i` is written under: its `nn.name` result attribute, else `resultI`.
pub fn result_name(m: &Module, func: OpId, i: usize) -> String {
    named_attr(m, func, "res_attrs", i).unwrap_or_else(|| format!("result{i}"))
}

fn dtype_of(d: Dtype) -> Option<DType> {
    match d {
        Dtype::F32 => Some(DType::F32),
        Dtype::I32 => Some(DType::I32),
        Dtype::I64 => Some(DType::I64),
        Dtype::BOOL => Some(DType::I1),
        Dtype::F16 => Some(DType::F16),
        Dtype::BF16 => Some(DType::BF16),
        _ => None,
    }
}

fn st_dtype(d: DType) -> Dtype {
    match d {
        DType::F32 => Dtype::F32,
        DType::I32 => Dtype::I32,
        DType::I64 => Dtype::I64,
        DType::I1 => Dtype::BOOL,
        DType::F16 => Dtype::F16,
        DType::BF16 => Dtype::BF16,
    }
}

fn type_string(shape: &[usize], dtype: &str) -> String {
    let dims: String = shape.iter().map(|d| format!("{d}x")).collect();
    format!("tensor<{dims}{dtype}>")
}

/// What is wrong with a file the safetensors reader refused, in words (the crate's
/// errors print as enum names such as `HeaderTooLarge`).
fn describe_safetensors_error(e: &SafeTensorError, bytes: &[u8]) -> String {
    let header_len = bytes
        .get(..8)
        .map(|b| u64::from_le_bytes(b.try_into().expect("8 bytes")));
    // A text file's first 8 bytes read as a huge header length: say what it looks like.
    let looks_like_text = bytes.len() >= 8
        && bytes[..8]
            .iter()
            .all(|&b| b.is_ascii_graphic() || b.is_ascii_whitespace());
    let hint = if looks_like_text {
        " (it starts with text; a safetensors file starts with an 8-byte little-endian header length)"
    } else {
        ""
    };
    match e {
        SafeTensorError::HeaderTooSmall => format!(
            "it is {} bytes long, too short for the 8-byte header length a safetensors file starts with",
            bytes.len()
        ),
        SafeTensorError::HeaderTooLarge | SafeTensorError::InvalidHeaderLength => format!(
            "its first 8 bytes give a header of {} bytes, which the {}-byte file cannot hold{hint}",
            header_len.unwrap_or(0),
            bytes.len()
        ),
        SafeTensorError::InvalidHeader => {
            format!("its JSON header is not valid UTF-8{hint}")
        }
        SafeTensorError::InvalidHeaderStart => {
            format!("its header does not start with '{{' as a JSON header must{hint}")
        }
        SafeTensorError::InvalidHeaderDeserialization | SafeTensorError::JsonError(_) => {
            "its header is not the JSON a safetensors header is (a map from tensor names to \
             dtype, shape and data_offsets)"
                .to_string()
        }
        SafeTensorError::TensorInvalidInfo => {
            "a tensor's data_offsets do not match its shape and dtype".to_string()
        }
        SafeTensorError::InvalidOffset(name) => format!(
            "the data_offsets of tensor '{name}' do not follow the previous tensor's or run past the end of the file"
        ),
        SafeTensorError::MetadataIncompleteBuffer => {
            "the tensors' data_offsets do not cover the data that follows the header exactly"
                .to_string()
        }
        SafeTensorError::ValidationOverflow => {
            "a tensor's shape is too large (its size overflows)".to_string()
        }
        SafeTensorError::TensorNotFound(name) => format!("it has no tensor named '{name}'"),
        SafeTensorError::InvalidTensorView(dtype, shape, len) => format!(
            "a {dtype:?} tensor of shape {shape:?} does not fit its {len} bytes"
        ),
        SafeTensorError::IoError(io) => format!("it cannot be read: {io}"),
        // The enum may grow; its own description is the best there is then.
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// Reads the function's inputs from the bytes of a safetensors file; `what` names the
/// file in messages.
pub fn read_inputs(
    m: &Module,
    func: OpId,
    bytes: &[u8],
    what: &str,
) -> Result<Vec<HostTensor>, Error> {
    let st = SafeTensors::deserialize(bytes).map_err(|e| {
        Error::Input(format!(
            "'{what}' is not a valid safetensors file: {}",
            describe_safetensors_error(&e, bytes)
        ))
    })?;
    let mut by_position: Vec<(String, TensorView)> = st.tensors();
    by_position.sort_by_key(|(name, v)| (v.data().as_ptr() as usize, name.clone()));
    let body = m
        .entry_block(func, 0)
        .ok_or_else(|| Error::Input("the function has no body".into()))?;
    let args = m.block(body).args.clone();
    let mut out = Vec::with_capacity(args.len());
    for (i, &a) in args.iter().enumerate() {
        let ty = m.value_type(a);
        let name = argument_name(m, func, i);
        let view = match st.tensor(&name).or_else(|_| st.tensor(&format!("arg{i}"))) {
            Ok(v) => v,
            Err(_)
                if explicit_argument_name(m, func, i).is_none()
                    && by_position.len() == args.len() =>
            {
                by_position[i].1.clone()
            }
            Err(_) => {
                let also = if name == format!("arg{i}") {
                    String::new()
                } else {
                    format!(" or 'arg{i}'")
                };
                return Err(Error::Input(format!(
                    "'{what}' has no tensor named '{name}'{also} for argument #{i} ({ty})"
                )));
            }
        };
        let (Some(want), Some(shape)) = (
            ty.element().and_then(DType::of),
            crate::tensor::shape_of(ty),
        ) else {
            return Err(Error::Input(format!(
                "argument #{i} has type '{ty}', which the reference runtime does not support"
            )));
        };
        let got = dtype_of(view.dtype());
        if got != Some(want) || view.shape() != shape.as_slice() {
            let dt = got.map_or_else(|| format!("{:?}", view.dtype()), |d| d.to_string());
            return Err(Error::Input(format!(
                "tensor '{name}' in '{what}' is {}, but argument #{i} expects {ty}",
                type_string(view.shape(), &dt)
            )));
        }
        out.push(HostTensor::new(
            shape,
            TensorData::from_le_bytes(want, view.data()),
        ));
    }
    Ok(out)
}

/// Serialises named tensors as a safetensors file.
pub fn write_tensors(tensors: &[(String, HostTensor)]) -> Result<Vec<u8>, Error> {
    let encoded: Vec<Vec<u8>> = tensors.iter().map(|(_, t)| t.data.to_le_bytes()).collect();
    let views: Vec<(String, TensorView)> = tensors
        .iter()
        .zip(&encoded)
        .map(|((name, t), bytes)| {
            TensorView::new(st_dtype(t.dtype()), t.shape.clone(), bytes)
                .map(|v| (name.clone(), v))
                .map_err(|e| Error::Internal(format!("cannot encode tensor '{name}': {e}")))
        })
        .collect::<Result<_, _>>()?;
    safetensors::serialize(views, &None)
        .map_err(|e| Error::Internal(format!("cannot serialise tensors: {e}")))
}

/// SplitMix64: a small, well-mixed generator, so inputs depend on the seed only.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `[-1, 1)`.
    pub fn next_f32(&mut self) -> f32 {
        ((self.next_u64() >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
    }
}

/// The exclusive upper bound for random integer argument `v`: the smallest table
/// size among the `nn.embedding` ops that read it as ids, else 16.
fn int_bound(m: &Module, v: ir::ValueId) -> u64 {
    let mut bound = 16u64;
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        for u in m.uses(v) {
            match m.name(u.op) {
                "nn.embedding" if u.index == 1 => {
                    if let Some(&t) = m.op(u.op).operands.first() {
                        if let Some(&rows) = m.value_type(t).shape().and_then(|s| s.first()) {
                            bound = bound.min(rows.max(1) as u64);
                        }
                    }
                }
                // Ids may enter a loop or pass through data movement first.
                "chunk.for"
                | "nn.reshape"
                | "nn.slice"
                | "nn.transpose"
                | "nn.concat"
                | "nn.broadcast_in_dim" => {
                    if m.name(u.op) == "chunk.for" {
                        if let Some(body) = m.entry_block(u.op, 0) {
                            stack.push(m.block(body).args[u.index as usize + 1]);
                        }
                    } else {
                        stack.extend(m.op(u.op).results.iter().copied());
                    }
                }
                _ => {}
            }
        }
    }
    bound
}

/// Seeded random inputs: f32 uniform in `[-1, 1)`; integers uniform in `[0, B)` where
/// B is the smallest embedding table they index (else 16); i1 fair coin flips.
pub fn random_inputs(m: &Module, func: OpId, seed: u64) -> Result<Vec<HostTensor>, Error> {
    let body = m
        .entry_block(func, 0)
        .ok_or_else(|| Error::Input("the function has no body".into()))?;
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    for (i, &a) in m.block(body).args.iter().enumerate() {
        let ty: &Type = m.value_type(a);
        let (Some(dtype), Some(shape)) = (
            ty.element().and_then(DType::of),
            crate::tensor::shape_of(ty),
        ) else {
            return Err(Error::Input(format!(
                "argument #{i} has type '{ty}', which the reference runtime does not support"
            )));
        };
        let n: usize = shape.iter().product();
        // The size comes from the input: allocate fallibly, and say what did not fit
        // instead of aborting the process.
        let bytes = n.saturating_mul(dtype.size());
        let mut probe: Vec<u8> = Vec::new();
        if probe.try_reserve_exact(bytes).is_err() {
            return Err(Error::Input(format!(
                "cannot allocate {bytes} bytes for random argument #{i} ('{ty}')"
            )));
        }
        drop(probe);
        let data = match dtype {
            DType::F32 => TensorData::F32((0..n).map(|_| rng.next_f32()).collect()),
            DType::I32 => {
                let b = int_bound(m, a);
                TensorData::I32((0..n).map(|_| (rng.next_u64() % b) as i32).collect())
            }
            DType::I64 => {
                let b = int_bound(m, a);
                TensorData::I64((0..n).map(|_| (rng.next_u64() % b) as i64).collect())
            }
            DType::I1 => TensorData::I1((0..n).map(|_| (rng.next_u64() & 1) as u8).collect()),
            DType::F16 => TensorData::F16((0..n).map(|_| f16::from_f32(rng.next_f32())).collect()),
            DType::BF16 => {
                TensorData::BF16((0..n).map(|_| bf16::from_f32(rng.next_f32())).collect())
            }
        };
        out.push(HostTensor::new(shape, data));
    }
    Ok(out)
}
