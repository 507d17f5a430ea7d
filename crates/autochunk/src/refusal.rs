//! Why a budget is out of reach: at the smallest peak the selection reached, the
//! largest values live there that no loop slices, and what keeps each one whole (a
//! user that computes across a dimension of it, a loop that reads it whole, a use
//! after the loops). `autochunk` attaches them to its refusal as remarks.
use crate::liveness::{bytes, Profile};
use crate::select::live_at;
use chunk_dialect::ChunkFor;
use ir::{Context, Location, Module, ValueDef, ValueId};

/// Values named at most.
const NAMED: usize = 3;
/// Reasons given per value at most.
const REASONS: usize = 3;

/// `(location, message)` for each of the largest values live at the peak of `p`.
pub fn whole_values(m: &Module, ctx: &Context, p: &Profile) -> Vec<(Location, String)> {
    // Live in every block on the way to the peak: a loop's whole inputs and
    // full-size results are live in the block around it, not in its body.
    let mut live: Vec<ValueId> = Vec::new();
    for &op in &p.peak_path {
        if let Some(block) = m.op(op).parent {
            live.extend(live_at(m, block, op));
        }
    }
    live.dedup();
    live.sort_by_key(|&v| std::cmp::Reverse(bytes(m, v)));
    let floor = p.peak / 100;
    live.into_iter()
        .filter(|&v| bytes(m, v) > floor)
        .take(NAMED)
        .map(|v| explain(m, ctx, v))
        .collect()
}

fn place(m: &Module, op: ir::OpId) -> String {
    match m.op(op).loc.source_position() {
        Some((f, l, c)) => format!("'{}' at {f}:{l}:{c}", m.name(op)),
        None => format!("'{}'", m.name(op)),
    }
}

fn explain(m: &Module, ctx: &Context, v: ValueId) -> (Location, String) {
    let (loc, what) = match m.value(v).def {
        ValueDef::OpResult { op, .. } if m.name(op) == "chunk.for" => (
            m.op(op).loc.clone(),
            format!(
                "the full-size result of the loop starting at {}",
                place(m, op).replace("'chunk.for' at ", "")
            ),
        ),
        ValueDef::OpResult { op, .. } => (
            m.op(op).loc.clone(),
            format!("the result of {}", place(m, op)),
        ),
        ValueDef::BlockArg { index, .. } => (Location::Unknown, format!("block argument #{index}")),
    };
    let mut reasons: Vec<String> = Vec::new();
    for u in m.uses(v) {
        let user = u.op;
        let i = u.index as usize;
        if m.name(user) == "chunk.for" {
            if let Ok(c) = ChunkFor::read(m, user) {
                if c.operand_dims.get(i).is_some_and(Option::is_none) {
                    reasons.push(format!("the loop {} reads it whole", place(m, user)));
                }
            }
            continue;
        }
        if ctx.has_trait(m, user, ir::OpTrait::ReturnLike) {
            reasons.push(format!("{} returns it whole", place(m, user)));
            continue;
        }
        let flow = ctx
            .def_of(m, user)
            .and_then(|d| d.dim_flow)
            .and_then(|f| f(m, user));
        match flow {
            None if m.op(user).regions.is_empty() => {
                reasons.push(format!("{} has no dimension-flow rule", place(m, user)))
            }
            None => {}
            Some(flow) => {
                let dims: Vec<String> = flow
                    .computes_across
                    .iter()
                    .filter(|&&(o, _)| o == i)
                    .map(|&(_, d)| d.to_string())
                    .collect();
                if !dims.is_empty() {
                    reasons.push(format!(
                        "{} computes across its dimension {}",
                        place(m, user),
                        dims.join(" and ")
                    ));
                }
            }
        }
    }
    reasons.dedup();
    reasons.truncate(REASONS);
    if reasons.is_empty() {
        reasons.push(
            "no user computes across it, but no region found could slice it together with its producer and users (a loop's full-size input or result)".into(),
        );
    }
    let shape = m.value_type(v).to_string();
    (
        loc,
        format!(
            "{what} ({shape}, {} bytes) is live at this peak and no region slices it further: {}",
            bytes(m, v),
            reasons.join("; ")
        ),
    )
}
