//! StableHLO's dialect attributes, which the IR keeps as their printed text
//! (`#stablehlo.dot<lhs_batching_dimensions = [0], ...>`,
//! `#stablehlo<comparison_direction GT>`), read into plain values here, and built
//! back from values when a pretty form is parsed. Keeping MLIR's own spelling means
//! the generic form we print is the generic form StableHLO itself reads.
use ir::{Attribute, DenseElements, Module, OpId};

/// The most elements an integer list attribute may have.
const MAX_LIST: usize = 1 << 16;

/// An integer list attribute in any spelling the frontends use: `array<i64: 1, 2>`,
/// `[1, 2]`, or (older StableHLO) `dense<[1, 2]> : tensor<2xi64>`.
pub fn int_list(a: &Attribute) -> Option<Vec<i64>> {
    if let Some(v) = a.as_int_list() {
        return Some(v);
    }
    match a {
        Attribute::Dense { ty, data } => {
            let count = ty.num_elements()? as usize;
            // An integer list attribute (padding, strides) is small; a type claiming
            // more elements is malformed, and expanding its splat would exhaust memory.
            if count > MAX_LIST {
                return None;
            }
            let element = ty.element()?;
            if !element.is_integer() {
                return None;
            }
            let values = match data {
                DenseElements::Elements(v) if v.is_empty() && count == 0 => vec![],
                _ => data.values_f64(element, count)?,
            };
            Some(values.into_iter().map(|v| v as i64).collect())
        }
        _ => None,
    }
}

/// The integer list attribute `name` of `op`.
pub fn op_ints(m: &Module, op: OpId, name: &str) -> Option<Vec<i64>> {
    m.attr(op, name).and_then(int_list)
}

/// The integer attribute `name` of `op`.
pub fn op_int(m: &Module, op: OpId, name: &str) -> Option<i64> {
    m.attr(op, name)
        .and_then(Attribute::as_int)
        .and_then(|v| i64::try_from(v).ok())
}

/// `#stablehlo<KIND VALUE>` (or `#chlo<KIND VALUE>`): VALUE.
pub fn enum_value<'a>(a: &'a Attribute, kind: &str) -> Option<&'a str> {
    let Attribute::Opaque(text) = a else {
        return None;
    };
    let inner = text
        .strip_prefix("#stablehlo<")
        .or_else(|| text.strip_prefix("#chlo<"))?
        .strip_suffix('>')?
        .trim();
    let (k, v) = inner.split_once(char::is_whitespace)?;
    (k == kind).then(|| v.trim())
}

/// `#stablehlo<KIND VALUE>`.
pub fn make_enum(kind: &str, value: &str) -> Attribute {
    Attribute::Opaque(format!("#stablehlo<{kind} {value}>"))
}

/// The fields of `#stablehlo.MNEMONIC<key = value, ...>`, values as written.
pub fn struct_fields(a: &Attribute, mnemonic: &str) -> Option<Vec<(String, String)>> {
    let Attribute::Opaque(text) = a else {
        return None;
    };
    let inner = text
        .strip_prefix(&format!("#stablehlo.{mnemonic}<"))?
        .strip_suffix('>')?;
    let mut out = Vec::new();
    for field in split_top_level(inner, ',') {
        let field = field.trim();
        if field.is_empty() {
            continue;
        }
        let (k, v) = field.split_once('=')?;
        out.push((k.trim().to_string(), v.trim().to_string()));
    }
    Some(out)
}

/// `#stablehlo.MNEMONIC<key = value, ...>` from fields.
pub fn make_struct(mnemonic: &str, fields: &[(&str, String)]) -> Attribute {
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("{k} = {v}")).collect();
    Attribute::Opaque(format!("#stablehlo.{mnemonic}<{}>", body.join(", ")))
}

/// `[1, 2]` as written inside a dialect attribute.
pub fn parse_list(text: &str) -> Option<Vec<i64>> {
    let inner = text.trim().strip_prefix('[')?.strip_suffix(']')?;
    if inner.trim().is_empty() {
        return Some(vec![]);
    }
    inner.split(',').map(|s| s.trim().parse().ok()).collect()
}

/// `[1, 2]`.
pub fn format_list(values: &[i64]) -> String {
    let items: Vec<String> = values.iter().map(i64::to_string).collect();
    format!("[{}]", items.join(", "))
}

/// A list field of a struct attribute; absent fields are empty lists, as StableHLO
/// omits empty lists when it prints.
pub fn list_field(fields: &[(String, String)], key: &str) -> Option<Vec<i64>> {
    match fields.iter().find(|(k, _)| k == key) {
        Some((_, v)) => parse_list(v),
        None => Some(vec![]),
    }
}

/// An integer field of a struct attribute.
pub fn int_field(fields: &[(String, String)], key: &str) -> Option<i64> {
    fields
        .iter()
        .find(|(k, _)| k == key)
        .and_then(|(_, v)| v.parse().ok())
}

/// Splits at `sep` outside brackets (the texts split here hold no `->`).
pub fn split_top_level(text: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in text.char_indices() {
        match c {
            '[' | '<' | '(' | '{' => depth += 1,
            ']' | '>' | ')' | '}' => depth -= 1,
            c if c == sep && depth == 0 => {
                parts.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// `dot_general`'s dimension numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DotDims {
    pub lhs_batch: Vec<i64>,
    pub rhs_batch: Vec<i64>,
    pub lhs_contract: Vec<i64>,
    pub rhs_contract: Vec<i64>,
}

impl DotDims {
    pub fn read(a: &Attribute) -> Option<DotDims> {
        let f = struct_fields(a, "dot")?;
        Some(DotDims {
            lhs_batch: list_field(&f, "lhs_batching_dimensions")?,
            rhs_batch: list_field(&f, "rhs_batching_dimensions")?,
            lhs_contract: list_field(&f, "lhs_contracting_dimensions")?,
            rhs_contract: list_field(&f, "rhs_contracting_dimensions")?,
        })
    }
    pub fn attribute(&self) -> Attribute {
        let mut fields = Vec::new();
        let pairs = [
            ("lhs_batching_dimensions", &self.lhs_batch),
            ("rhs_batching_dimensions", &self.rhs_batch),
            ("lhs_contracting_dimensions", &self.lhs_contract),
            ("rhs_contracting_dimensions", &self.rhs_contract),
        ];
        for (k, v) in pairs {
            if !v.is_empty() {
                fields.push((k, format_list(v)));
            }
        }
        make_struct("dot", &fields)
    }
}

/// `gather`'s dimension numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GatherDims {
    pub offset_dims: Vec<i64>,
    pub collapsed_slice_dims: Vec<i64>,
    pub operand_batching_dims: Vec<i64>,
    pub start_indices_batching_dims: Vec<i64>,
    pub start_index_map: Vec<i64>,
    pub index_vector_dim: i64,
}

impl GatherDims {
    pub fn read(a: &Attribute) -> Option<GatherDims> {
        let f = struct_fields(a, "gather")?;
        Some(GatherDims {
            offset_dims: list_field(&f, "offset_dims")?,
            collapsed_slice_dims: list_field(&f, "collapsed_slice_dims")?,
            operand_batching_dims: list_field(&f, "operand_batching_dims")?,
            start_indices_batching_dims: list_field(&f, "start_indices_batching_dims")?,
            start_index_map: list_field(&f, "start_index_map")?,
            index_vector_dim: int_field(&f, "index_vector_dim").unwrap_or(0),
        })
    }
}

/// The layout of one convolution operand: which dimension is batch (or output
/// feature, for the kernel), which is feature (input feature), and the spatial ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvLayout {
    /// `b` (input/output) or `o` (kernel).
    pub batch: usize,
    /// `f` (input/output) or `i` (kernel).
    pub feature: usize,
    /// Spatial dimensions in order 0, 1, ...
    pub spatial: Vec<usize>,
}

/// `convolution`'s dimension numbers: `[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvDims {
    pub input: ConvLayout,
    pub kernel: ConvLayout,
    pub output: ConvLayout,
}

fn parse_layout(text: &str, batch: &str, feature: &str) -> Option<ConvLayout> {
    let inner = text.trim().strip_prefix('[')?.strip_suffix(']')?;
    let items: Vec<&str> = inner.split(',').map(str::trim).collect();
    let (mut b, mut f) = (None, None);
    let mut spatial = vec![None; items.len().saturating_sub(2)];
    for (pos, item) in items.iter().enumerate() {
        if *item == batch && b.is_none() {
            b = Some(pos);
        } else if *item == feature && f.is_none() {
            f = Some(pos);
        } else {
            let k: usize = item.parse().ok()?;
            if spatial.get(k)?.is_some() {
                return None;
            }
            spatial[k] = Some(pos);
        }
    }
    Some(ConvLayout {
        batch: b?,
        feature: f?,
        spatial: spatial.into_iter().collect::<Option<_>>()?,
    })
}

fn format_layout(l: &ConvLayout, batch: &str, feature: &str) -> String {
    let mut items = vec![String::new(); l.spatial.len() + 2];
    items[l.batch] = batch.to_string();
    items[l.feature] = feature.to_string();
    for (k, &pos) in l.spatial.iter().enumerate() {
        items[pos] = k.to_string();
    }
    format!("[{}]", items.join(", "))
}

impl ConvDims {
    /// Reads the compact text `[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]`.
    pub fn parse_compact(text: &str) -> Option<ConvDims> {
        let (lhs, out) = text.split_once("->")?;
        let (input, kernel) = lhs.split_once(']')?;
        let kernel = kernel.trim().strip_prefix('x')?;
        Some(ConvDims {
            input: parse_layout(&format!("{input}]"), "b", "f")?,
            kernel: parse_layout(kernel, "o", "i")?,
            output: parse_layout(out, "b", "f")?,
        })
    }
    pub fn compact(&self) -> String {
        format!(
            "{}x{}->{}",
            format_layout(&self.input, "b", "f"),
            format_layout(&self.kernel, "o", "i"),
            format_layout(&self.output, "b", "f")
        )
    }
    /// From the attribute: `#stablehlo.conv<[b, 0, 1, f]x...>` or the long form
    /// `#stablehlo.conv<raw input_batch_dimension = 0, ...>`.
    pub fn read(a: &Attribute) -> Option<ConvDims> {
        let Attribute::Opaque(text) = a else {
            return None;
        };
        let inner = text.strip_prefix("#stablehlo.conv<")?.strip_suffix('>')?;
        if let Some(raw) = inner.trim().strip_prefix("raw") {
            let f: Vec<(String, String)> = split_top_level(raw, ',')
                .into_iter()
                .filter_map(|s| s.split_once('='))
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .collect();
            let int = |k: &str| int_field(&f, k).and_then(|v| usize::try_from(v).ok());
            let list = |k: &str| -> Option<Vec<usize>> {
                list_field(&f, k)?
                    .into_iter()
                    .map(|v| usize::try_from(v).ok())
                    .collect()
            };
            return Some(ConvDims {
                input: ConvLayout {
                    batch: int("input_batch_dimension")?,
                    feature: int("input_feature_dimension")?,
                    spatial: list("input_spatial_dimensions")?,
                },
                kernel: ConvLayout {
                    batch: int("kernel_output_feature_dimension")?,
                    feature: int("kernel_input_feature_dimension")?,
                    spatial: list("kernel_spatial_dimensions")?,
                },
                output: ConvLayout {
                    batch: int("output_batch_dimension")?,
                    feature: int("output_feature_dimension")?,
                    spatial: list("output_spatial_dimensions")?,
                },
            });
        }
        ConvDims::parse_compact(inner)
    }
    pub fn attribute(&self) -> Attribute {
        Attribute::Opaque(format!("#stablehlo.conv<{}>", self.compact()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conv_dims_round_trip() {
        let text = "[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]";
        let d = ConvDims::parse_compact(text).expect("parses");
        assert_eq!(d.input.batch, 0);
        assert_eq!(d.input.feature, 3);
        assert_eq!(d.kernel.spatial, vec![0, 1]);
        assert_eq!(d.kernel.feature, 2);
        assert_eq!(d.kernel.batch, 3);
        assert_eq!(d.compact(), text);
        assert!(ConvDims::parse_compact("[b, 0, 0, f]x[0, 1, i, o]->[b, 0, 1, f]").is_none());
    }

    #[test]
    fn struct_attributes_read_back() {
        let a = Attribute::Opaque(
            "#stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>".into(),
        );
        let d = DotDims::read(&a).expect("reads");
        assert_eq!(d.lhs_contract, vec![2]);
        assert_eq!(d.attribute(), a);
        let g = GatherDims::read(&Attribute::Opaque("#stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>".into())).expect("reads");
        assert_eq!(g.index_vector_dim, 1);
        assert!(g.operand_batching_dims.is_empty());
        let c = make_enum("comparison_direction", "GT");
        assert_eq!(enum_value(&c, "comparison_direction"), Some("GT"));
        assert_eq!(enum_value(&c, "comparison_type"), None);
    }
}
