//! Sharding: the dimensions an SPMD partitioner splits across devices, which
//! autochunk leaves alone. A program exported from a sharded `jax.jit` carries
//! `mhlo.sharding = "{devices=[2,1,1]<=[2]}"` (GSPMD) or
//! `sdy.sharding = #sdy.sharding<@mesh, [{"b"}, {}, {}]>` (Shardy) on its entry
//! function's arguments; the import and the export keep these attributes, and XLA
//! partitions the chunked program as it would the original. Chunking along a sharded
//! dimension would make every device read the whole dimension (the partitioner
//! gathers it for the loop's dynamic slices), so a region whose chunked values are
//! sharded along their chunk dimension is not a candidate.
//!
//! The sharded dimensions of the arguments, and of the results of
//! `nn.sharding_constraint` (`jax.lax.with_sharding_constraint`), are followed forward
//! through each op's dimension flow (`DimFlow::results` and `scaled`): a result
//! dimension read from a sharded operand dimension is sharded.
use crate::region::Region;
use ir::{Attribute, Context, Module, OpId, ValueId};
use std::collections::HashSet;

/// `(value, dim)` pairs that are sharded, in the function `func`.
pub fn sharded_dims(m: &Module, ctx: &Context, func: OpId) -> HashSet<(ValueId, usize)> {
    let mut sharded = HashSet::new();
    let Some(entry) = m.entry_block(func, 0) else {
        return sharded;
    };
    if let Some(Attribute::Array(arg_attrs)) = m.attr(func, "arg_attrs") {
        for (&arg, attrs) in m.block(entry).args.iter().zip(arg_attrs) {
            let rank = m.value_type(arg).shape().map_or(0, <[i64]>::len);
            for dim in attrs
                .as_dictionary()
                .into_iter()
                .flatten()
                .filter_map(|e| split_dims(&e.name, &e.value, rank))
                .flatten()
            {
                sharded.insert((arg, dim));
            }
        }
    }
    let mut ops = Vec::new();
    m.walk(func, &mut |op| ops.push(op));
    // Most programs carry no sharding: nothing to follow then.
    if sharded.is_empty() && !ops.iter().any(|&op| m.name(op) == "nn.sharding_constraint") {
        return sharded;
    }
    for op in ops {
        // A constraint shards its result's dimensions itself.
        if m.name(op) == "nn.sharding_constraint" {
            if let (Some(a), Some(&r)) = (m.attr(op, "sharding"), m.op(op).results.first()) {
                let rank = m.value_type(r).shape().map_or(0, <[i64]>::len);
                let name = match a {
                    Attribute::String(_) => "mhlo.sharding",
                    _ => "sdy.sharding",
                };
                for d in split_dims(name, a, rank).into_iter().flatten() {
                    sharded.insert((r, d));
                }
            }
        }
        let Some(flow) = ctx
            .def_of(m, op)
            .and_then(|d| d.dim_flow)
            .and_then(|f| f(m, op))
        else {
            continue;
        };
        let operands = &m.op(op).operands;
        let results = &m.op(op).results;
        let is_sharded = |k: usize, d: usize, s: &HashSet<(ValueId, usize)>| {
            operands.get(k).is_some_and(|&v| s.contains(&(v, d)))
        };
        let mut found = Vec::new();
        for (r, dims) in flow.results.iter().enumerate() {
            for (d, sources) in dims.iter().enumerate() {
                if sources.iter().any(|&(k, e)| is_sharded(k, e, &sharded)) {
                    found.push((r, d));
                }
            }
        }
        for &(r, d, k, e, _, _) in &flow.scaled {
            if is_sharded(k, e, &sharded) {
                found.push((r, d));
            }
        }
        for (r, d) in found {
            if let Some(&v) = results.get(r) {
                sharded.insert((v, d));
            }
        }
    }
    sharded
}

/// Whether `region` chunks a value along one of its sharded dimensions.
pub fn crosses(region: &Region, sharded: &HashSet<(ValueId, usize)>) -> bool {
    !sharded.is_empty() && region.dims.iter().any(|(&v, &d)| sharded.contains(&(v, d)))
}

/// The dimensions an argument attribute shards, if it is a sharding.
fn split_dims(name: &str, value: &Attribute, rank: usize) -> Option<Vec<usize>> {
    match name {
        "mhlo.sharding" => Some(gspmd_dims(value.as_str()?, rank)),
        "sdy.sharding" => match value {
            Attribute::Opaque(text) => Some(shardy_dims(text)),
            _ => None,
        },
        _ => None,
    }
}

/// `{devices=[2,1,1]<=[2]}`, `{devices=[1,2,2]0,1,2,3 last_tile_dim_replicate}`: the
/// tensor dimensions with more than one tile (the trailing replication entries past
/// the rank are not tensor dimensions). `{replicated}`, `{maximal ...}`: none.
fn gspmd_dims(text: &str, rank: usize) -> Vec<usize> {
    let Some(rest) = text.split("devices=[").nth(1) else {
        return Vec::new();
    };
    let Some(list) = rest.split(']').next() else {
        return Vec::new();
    };
    list.split(',')
        .filter_map(|t| t.trim().parse::<i64>().ok())
        .take(rank)
        .enumerate()
        .filter(|&(_, tiles)| tiles > 1)
        .map(|(d, _)| d)
        .collect()
}

/// `#sdy.sharding<@mesh, [{"b"}, {}, {}]>`: the dimensions with mesh axes.
fn shardy_dims(text: &str) -> Vec<usize> {
    let Some(start) = text.find('[') else {
        return Vec::new();
    };
    let mut dims = Vec::new();
    let (mut depth, mut dim, mut axes) = (0, 0, false);
    for c in text[start + 1..].chars() {
        match c {
            '{' => {
                depth += 1;
                axes = false;
            }
            '}' => {
                depth -= 1;
                if axes {
                    dims.push(dim);
                }
                dim += 1;
            }
            ']' if depth == 0 => break,
            '"' if depth > 0 => axes = true,
            _ => {}
        }
    }
    dims
}

#[cfg(test)]
mod tests {
    use super::{gspmd_dims, shardy_dims};

    #[test]
    fn reads_gspmd_and_shardy_shardings() {
        assert_eq!(gspmd_dims("{devices=[2,1,1]<=[2]}", 3), vec![0]);
        assert_eq!(gspmd_dims("{devices=[1,4]0,1,2,3}", 2), vec![1]);
        assert_eq!(
            gspmd_dims("{devices=[1,2,2]<=[4] last_tile_dim_replicate}", 2),
            vec![1]
        );
        assert!(gspmd_dims("{replicated}", 2).is_empty());
        assert!(gspmd_dims("{maximal device=0}", 2).is_empty());
        assert_eq!(
            shardy_dims("#sdy.sharding<@mesh, [{\"b\"}, {}, {\"x\", \"y\"}]>"),
            vec![0, 2]
        );
        assert!(shardy_dims("#sdy.sharding<@mesh, [{}, {}]>").is_empty());
    }
}
