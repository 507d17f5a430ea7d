//! The static memory plan: every non-argument tensor of a function gets a liveness
//! interval over the function's step sequence and an offset in one arena.
//!
//! # Steps
//!
//! The plan linearises the function body into *steps*, in op order:
//!
//! - an ordinary op is one [`StepKind::Op`] step;
//! - a `chunk.for` is a [`StepKind::LoopBegin`] step (its full-size results are
//!   allocated), an [`StepKind::IterBegin`] step (the current chunk's slices of the
//!   sliced operands, and the offset, are copied into fresh buffers), the body's steps
//!   (nested loops recursively), the body's [`StepKind::Yield`] step (the yielded
//!   slices are written into the results), and a [`StepKind::LoopEnd`] step (operands
//!   whose last use is the loop die). Every iteration replays IterBegin..Yield with
//!   the same shapes, so one static plan of the body serves all iterations;
//! - `func.return` is no step: its operands stay live to the end.
//!
//! # Liveness
//!
//! A buffer is allocated just before the step that defines it runs and freed right
//! after the step of its last use, so inputs and outputs of one step never share
//! bytes, except for views: an `nn.reshape` shares its operand's buffer
//! ([`reused_operand`]), which then lives to the last use of either, and nothing is
//! copied (a view of an argument needs no buffer).
//!
//! # Offsets
//!
//! Offsets are multiples of [`ALIGNMENT`]. Several greedy placements are tried and the
//! plan keeps the first with the smallest arena (the `STRATEGIES` table): each visits
//! the buffers in one order (by size, by interval length, by first use, or by breadth:
//! the steps with the most live bytes first) and puts each at the lowest (first fit)
//! or the tightest (best fit) aligned gap free for its whole interval. A *nested*
//! placement first lays out every loop body on its own (recursively) and then places
//! it as one block over the iteration's steps: nothing outside a body is allocated or
//! freed while it runs, so this loses nothing against the live bound and leaves each
//! greedy a small problem. Every greedy is followed by a local improvement: while the
//! arena is above the live bound, the buffer that reaches the top moves to the front
//! of the order and the greedy runs again. The arena size is the *planned peak*; the
//! largest sum of live bytes over all steps is the *live peak*, the lower bound any
//! placement could reach.
use ir::{Diagnostic, Module, OpId, ValueDef, ValueId};
use std::collections::{BTreeMap, HashMap};

/// Every buffer offset is a multiple of this many bytes (a cache line).
pub const ALIGNMENT: u64 = 64;

/// What a step does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepKind {
    /// Runs one op.
    Op,
    /// Allocates a `chunk.for`'s results.
    LoopBegin,
    /// Starts an iteration: copies the slices of the sliced operands (and the offset).
    IterBegin,
    /// Writes the yielded slices into the loop's results.
    Yield,
    /// Ends a `chunk.for`.
    LoopEnd,
}

/// One step of the plan.
#[derive(Clone, Debug)]
pub struct Step {
    pub kind: StepKind,
    /// The op run; for loop steps the `chunk.for`, for a Yield step the `chunk.yield`.
    pub op: OpId,
    /// Loop nesting depth (0 at function level; a loop's body is one deeper).
    pub depth: usize,
    /// Buffers (indices into [`Plan::buffers`]) allocated before the step.
    pub allocs: Vec<usize>,
    /// Buffers freed after the step.
    pub frees: Vec<usize>,
    /// Bytes live while the step runs: everything live before it plus its allocations.
    pub live_during: u64,
    /// Bytes live after the step's frees.
    pub live_after: u64,
    /// The highest arena byte in use while the step runs (max offset + size).
    pub arena_during: u64,
}

/// One planned tensor.
#[derive(Clone, Debug)]
pub struct Buffer {
    pub value: ValueId,
    pub bytes: u64,
    pub offset: u64,
    /// First and last step (inclusive) during which the buffer is live.
    pub first: usize,
    pub last: usize,
    /// A function result: never freed.
    pub pinned: bool,
}

/// A function's memory plan.
#[derive(Clone, Debug)]
pub struct Plan {
    pub func: OpId,
    pub steps: Vec<Step>,
    pub buffers: Vec<Buffer>,
    /// The planned peak: bytes of arena the plan needs.
    pub arena_size: u64,
    /// The largest sum of live bytes at any step: a lower bound for every plan.
    pub live_peak: u64,
    /// First step whose arena use reaches `arena_size` (0 when nothing is planned).
    pub peak_step: usize,
    /// First step whose live bytes reach `live_peak`.
    pub live_peak_step: usize,
    /// The placement kept: a name from the `STRATEGIES` table (`"greedy-by-size"`,
    /// `"nested/greedy-by-breadth"`, ...).
    pub strategy: &'static str,
    buffer_of: HashMap<ValueId, usize>,
    step_of: HashMap<(OpId, StepKind), usize>,
}

impl Plan {
    /// `arena_size / live_peak` (1.0 when nothing is live).
    pub fn ratio(&self) -> f64 {
        if self.live_peak == 0 {
            1.0
        } else {
            self.arena_size as f64 / self.live_peak as f64
        }
    }
    /// The buffer planned for a value, if it has one.
    pub fn buffer(&self, value: ValueId) -> Option<&Buffer> {
        self.buffer_of.get(&value).map(|&i| &self.buffers[i])
    }
    pub fn buffer_index(&self, value: ValueId) -> Option<usize> {
        self.buffer_of.get(&value).copied()
    }
    /// The step index of an op (`StepKind::Op` for ordinary ops).
    pub fn step_index(&self, op: OpId, kind: StepKind) -> Option<usize> {
        self.step_of.get(&(op, kind)).copied()
    }
    /// Live bytes during every step: the memory profile over the op sequence.
    pub fn profile(&self) -> Vec<u64> {
        self.steps.iter().map(|s| s.live_during).collect()
    }
    /// The op that runs at a step, with what the step does: `nn.matmul`,
    /// `chunk.for (iteration)`, ...
    pub fn step_label(&self, m: &Module, step: usize) -> String {
        let s = &self.steps[step];
        let name = m.name(s.op);
        match s.kind {
            StepKind::Op | StepKind::Yield => name.to_string(),
            StepKind::LoopBegin => format!("{name} (begin)"),
            StepKind::IterBegin => format!("{name} (iteration)"),
            StepKind::LoopEnd => format!("{name} (end)"),
        }
    }
    /// The step's op and its source position, `nn.matmul at f.mlir:3:10`.
    pub fn step_description(&self, m: &Module, step: usize) -> String {
        if self.steps.is_empty() {
            return "no op".to_string();
        }
        let label = self.step_label(m, step);
        match m.op(self.steps[step].op).loc.source_position() {
            Some((file, line, col)) => format!("{label} at {file}:{line}:{col}"),
            None => label,
        }
    }
    /// How many kernels a run executes: every op once, a loop body once per iteration.
    pub fn kernels_to_run(&self, m: &Module) -> u64 {
        fn block(m: &Module, b: ir::BlockId) -> u64 {
            m.block_ops(b)
                .map(|op| match m.name(op) {
                    "func.return" | "chunk.yield" => 0,
                    "chunk.for" => {
                        let trips = chunk_dialect::ChunkFor::read(m, op)
                            .map_or(0, |c| c.trip_count().max(0) as u64);
                        trips * m.entry_block(op, 0).map_or(0, |b| block(m, b))
                    }
                    _ => 1,
                })
                .sum()
        }
        m.entry_block(self.func, 0).map_or(0, |b| block(m, b))
    }
    /// Checks the plan's invariants: buffers whose intervals overlap never share
    /// bytes, and the arena holds every buffer. Returns the first violation.
    pub fn validate(&self) -> Result<(), String> {
        let mut order: Vec<usize> = (0..self.buffers.len()).collect();
        order.sort_by_key(|&i| self.buffers[i].first);
        for (k, &i) in order.iter().enumerate() {
            let a = &self.buffers[i];
            if a.offset + a.bytes > self.arena_size {
                return Err(format!("buffer of {:?} ends past the arena", a.value));
            }
            if !a.offset.is_multiple_of(ALIGNMENT) {
                return Err(format!("buffer of {:?} is misaligned", a.value));
            }
            for &j in &order[k + 1..] {
                let b = &self.buffers[j];
                if b.first > a.last {
                    break;
                }
                if a.bytes > 0
                    && b.bytes > 0
                    && a.offset < b.offset + b.bytes
                    && b.offset < a.offset + a.bytes
                {
                    return Err(format!(
                        "buffers of {:?} and {:?} are live together and overlap",
                        a.value, b.value
                    ));
                }
            }
        }
        Ok(())
    }
}

struct Builder<'m> {
    m: &'m Module,
    steps: Vec<Step>,
    buffers: Vec<Buffer>,
    buffer_of: HashMap<ValueId, usize>,
    step_of: HashMap<(OpId, StepKind), usize>,
}

fn located(m: &Module, op: OpId, msg: String) -> Diagnostic {
    Diagnostic::error(m.op(op).loc.clone(), msg)
}

impl Builder<'_> {
    fn push(&mut self, kind: StepKind, op: OpId, depth: usize) -> usize {
        let i = self.steps.len();
        self.steps.push(Step {
            kind,
            op,
            depth,
            allocs: vec![],
            frees: vec![],
            live_during: 0,
            live_after: 0,
            arena_during: 0,
        });
        self.step_of.insert((op, kind), i);
        i
    }

    fn define(&mut self, value: ValueId, step: usize, at: OpId) -> Result<(), Diagnostic> {
        let ty = self.m.value_type(value);
        let bytes = ty
            .byte_size()
            .filter(|_| ty.is_static_tensor())
            .ok_or_else(|| {
                located(
                    self.m,
                    at,
                    format!("cannot plan a value of type '{ty}': not a static tensor"),
                )
            })?;
        self.buffer_of.insert(value, self.buffers.len());
        self.buffers.push(Buffer {
            value,
            bytes,
            offset: 0,
            first: step,
            last: step,
            pinned: false,
        });
        Ok(())
    }

    fn use_at(&mut self, value: ValueId, step: usize) {
        if let Some(&b) = self.buffer_of.get(&value) {
            let buf = &mut self.buffers[b];
            buf.last = buf.last.max(step);
        }
    }

    fn block(&mut self, block: ir::BlockId, depth: usize) -> Result<(), Diagnostic> {
        let m = self.m;
        for op in m.block_ops(block) {
            let data = m.op(op);
            match m.name(op) {
                "func.return" => {
                    for &v in &data.operands {
                        if let Some(&b) = self.buffer_of.get(&v) {
                            self.buffers[b].pinned = true;
                        }
                    }
                }
                "chunk.yield" => {
                    let s = self.push(StepKind::Yield, op, depth);
                    for &v in &data.operands {
                        self.use_at(v, s);
                    }
                }
                "chunk.for" => {
                    let c = chunk_dialect::ChunkFor::read(m, op)?;
                    let begin = self.push(StepKind::LoopBegin, op, depth);
                    for &r in &data.results {
                        self.define(r, begin, op)?;
                    }
                    let body = m
                        .entry_block(op, 0)
                        .ok_or_else(|| located(m, op, "'chunk.for' op has no body".into()))?;
                    let iter = self.push(StepKind::IterBegin, op, depth + 1);
                    let args = m.block(body).args.clone();
                    for (i, &a) in args.iter().enumerate() {
                        let sliced =
                            i == 0 || c.operand_dims.get(i - 1).is_some_and(Option::is_some);
                        if sliced && m.has_uses(a) {
                            self.define(a, iter, op)?;
                        }
                    }
                    self.block(body, depth + 1)?;
                    let end = self.push(StepKind::LoopEnd, op, depth);
                    for &v in &data.operands {
                        self.use_at(v, end);
                    }
                }
                name => {
                    if !data.regions.is_empty() {
                        return Err(located(m, op, format!("the runtime cannot run '{name}': ops with regions other than 'chunk.for' are not supported")));
                    }
                    let s = self.push(StepKind::Op, op, depth);
                    for &v in &data.operands {
                        self.use_at(v, s);
                    }
                    // A view reads its operand's storage: the operand's buffer (which
                    // then lives to the view's last use too), or the caller's or the
                    // loop's memory for an argument, which needs no buffer.
                    match reused_operand(m, op) {
                        Some(v) => {
                            if let Some(&b) = self.buffer_of.get(&v) {
                                for &r in &data.results {
                                    self.buffer_of.insert(r, b);
                                }
                            }
                        }
                        None => {
                            for &r in &data.results {
                                self.define(r, s, op)?;
                            }
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// The operand whose storage an op's result is: an `nn.reshape` is a view of its
/// operand (the same elements in the same row-major order; values are never written
/// in place), so its result shares the operand's buffer, which lives until the last
/// use of either, and nothing is copied. A view of a function argument or of a loop's
/// whole operand reads that memory and needs no buffer. Sharing never needs more
/// bytes than a copy at any step. The memory model (`autochunk::liveness`) follows
/// the same rule.
pub fn reused_operand(m: &Module, op: OpId) -> Option<ValueId> {
    if m.name(op) != "nn.reshape" {
        return None;
    }
    m.op(op).operands.first().copied()
}

/// Plans every non-argument tensor of `func` (a `func.func` with a body) into one arena.
pub fn plan(m: &Module, func: OpId) -> Result<Plan, Diagnostic> {
    let body = m
        .entry_block(func, 0)
        .ok_or_else(|| located(m, func, "the function has no body to run".into()))?;
    let mut b = Builder {
        m,
        steps: vec![],
        buffers: vec![],
        buffer_of: HashMap::new(),
        step_of: HashMap::new(),
    };
    b.block(body, 0)?;
    let Builder {
        mut steps,
        mut buffers,
        buffer_of,
        step_of,
        ..
    } = b;
    let last_step = steps.len().saturating_sub(1);
    for buf in &mut buffers {
        if buf.pinned {
            buf.last = last_step;
        }
    }
    for (i, buf) in buffers.iter().enumerate() {
        steps[buf.first].allocs.push(i);
        if !buf.pinned {
            steps[buf.last].frees.push(i);
        }
    }
    let (offsets, strategy) = best_placement(&steps, &buffers);
    for (buf, off) in buffers.iter_mut().zip(offsets) {
        buf.offset = off;
    }
    // Sweep the steps once: live bytes, and the arena's high-water mark through a
    // multiset of the live buffers' ends.
    let mut live = 0u64;
    let mut ends: BTreeMap<u64, usize> = BTreeMap::new();
    let (mut live_peak, mut live_peak_step, mut arena_size, mut peak_step) =
        (0u64, 0usize, 0u64, 0usize);
    for (i, step) in steps.iter_mut().enumerate() {
        for &a in &step.allocs {
            live += buffers[a].bytes;
            *ends
                .entry(buffers[a].offset + buffers[a].bytes)
                .or_default() += 1;
        }
        step.live_during = live;
        step.arena_during = ends.keys().next_back().copied().unwrap_or(0);
        if live > live_peak {
            (live_peak, live_peak_step) = (live, i);
        }
        if step.arena_during > arena_size {
            (arena_size, peak_step) = (step.arena_during, i);
        }
        for &f in &step.frees {
            live -= buffers[f].bytes;
            let end = buffers[f].offset + buffers[f].bytes;
            if let Some(n) = ends.get_mut(&end) {
                *n -= 1;
                if *n == 0 {
                    ends.remove(&end);
                }
            }
        }
        step.live_after = live;
    }
    Ok(Plan {
        func,
        steps,
        buffers,
        arena_size,
        live_peak,
        peak_step,
        live_peak_step,
        strategy,
        buffer_of,
        step_of,
    })
}

fn align_up(x: u64) -> u64 {
    x.div_ceil(ALIGNMENT) * ALIGNMENT
}

/// One rectangle to place: a size over an inclusive step interval.
#[derive(Clone, Copy, Debug)]
struct Item {
    bytes: u64,
    first: usize,
    last: usize,
}

/// The order in which a placement visits the items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Order {
    /// Largest first; ties by the longer interval, then the earlier first step.
    Size,
    /// Longest interval first; ties by size.
    Length,
    /// In allocation order (first step), larger first.
    FirstUse,
    /// TFLite's greedy by breadth: steps by decreasing live bytes, each step's items
    /// by decreasing size.
    Breadth,
}

/// Where in the free gaps an item goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fit {
    /// The lowest gap that holds it.
    First,
    /// The smallest gap that holds it (the open space above everything last).
    Best,
}

/// The placements tried, in order of preference on ties; the plan keeps the first
/// with the smallest arena.
const STRATEGIES: [(&str, Order, Fit, bool); 10] = [
    ("greedy-by-size", Order::Size, Fit::First, false),
    ("greedy-by-first-use", Order::FirstUse, Fit::First, false),
    ("nested/greedy-by-size", Order::Size, Fit::First, true),
    ("nested/best-fit-by-size", Order::Size, Fit::Best, true),
    ("nested/greedy-by-breadth", Order::Breadth, Fit::Best, true),
    ("nested/best-fit-by-length", Order::Length, Fit::Best, true),
    (
        "nested/greedy-by-first-use",
        Order::FirstUse,
        Fit::First,
        true,
    ),
    ("best-fit-by-size", Order::Size, Fit::Best, false),
    ("greedy-by-breadth", Order::Breadth, Fit::Best, false),
    ("best-fit-by-length", Order::Length, Fit::Best, false),
];

/// The visiting order of `items` over `steps` steps.
fn order(items: &[Item], steps: usize, how: Order) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let len = |i: usize| items[i].last - items[i].first;
    match how {
        Order::Size => idx.sort_by(|&a, &b| {
            (items[b].bytes, len(b), items[a].first).cmp(&(items[a].bytes, len(a), items[b].first))
        }),
        Order::Length => idx.sort_by(|&a, &b| {
            (len(b), items[b].bytes, items[a].first).cmp(&(len(a), items[a].bytes, items[b].first))
        }),
        Order::FirstUse => {
            idx.sort_by_key(|&a| (items[a].first, std::cmp::Reverse(items[a].bytes)))
        }
        Order::Breadth => {
            // Live bytes per step through a difference array.
            let mut diff = vec![0i128; steps + 1];
            for it in items {
                diff[it.first] += i128::from(it.bytes);
                diff[it.last + 1] -= i128::from(it.bytes);
            }
            let mut breadth = Vec::with_capacity(steps);
            let mut acc = 0i128;
            for d in &diff[..steps] {
                acc += d;
                breadth.push(acc);
            }
            let mut step_order: Vec<usize> = (0..steps).collect();
            step_order.sort_by_key(|&s| (std::cmp::Reverse(breadth[s]), s));
            // Items live at a step: gather with a sweep over the steps in order of
            // breadth; each item is taken the first time a step it spans is visited.
            let mut seen = vec![false; items.len()];
            let mut out = Vec::with_capacity(items.len());
            let mut by_first: Vec<usize> = (0..items.len()).collect();
            by_first.sort_by_key(|&i| items[i].first);
            for s in step_order {
                let mut here: Vec<usize> = by_first
                    .iter()
                    .copied()
                    .take_while(|&i| items[i].first <= s)
                    .filter(|&i| !seen[i] && items[i].last >= s)
                    .collect();
                here.sort_by_key(|&i| (std::cmp::Reverse(items[i].bytes), items[i].first));
                for i in here {
                    seen[i] = true;
                    out.push(i);
                }
                if out.len() == items.len() {
                    break;
                }
            }
            return out;
        }
    }
    idx
}

/// Places `items` in the given order, each at an aligned offset that no item already
/// placed and live at the same time occupies. Returns the offsets and the extent.
fn place(items: &[Item], visit: &[usize], fit: Fit) -> (Vec<u64>, u64) {
    let mut offsets = vec![0u64; items.len()];
    // Placed items sorted by first step, for the overlap scan.
    let mut placed: Vec<usize> = Vec::with_capacity(items.len());
    let mut taken: Vec<(u64, u64)> = Vec::new();
    let mut extent = 0u64;
    for &i in visit {
        let b = items[i];
        if b.bytes == 0 {
            continue;
        }
        taken.clear();
        taken.extend(
            placed
                .iter()
                .filter(|&&j| items[j].first <= b.last && b.first <= items[j].last)
                .map(|&j| (offsets[j], offsets[j] + items[j].bytes)),
        );
        taken.sort_unstable();
        let mut candidate = 0u64;
        let mut best: Option<(u64, u64)> = None; // (gap size, offset)
        for &(start, end) in &taken {
            if candidate + b.bytes <= start {
                match fit {
                    Fit::First => break,
                    Fit::Best => {
                        let gap = start - candidate;
                        if best.is_none_or(|(g, _)| gap < g) {
                            best = Some((gap, candidate));
                        }
                    }
                }
            }
            candidate = candidate.max(align_up(end));
        }
        if fit == Fit::Best {
            if let Some((_, off)) = best {
                candidate = off;
            } else {
                candidate = taken.iter().map(|&(_, e)| align_up(e)).max().unwrap_or(0);
            }
        }
        offsets[i] = candidate;
        extent = extent.max(candidate + b.bytes);
        placed.push(i);
    }
    (offsets, extent)
}

/// The smallest extent any placement of `items` could reach: the largest sum, over
/// the steps, of the sizes rounded up to the alignment (only the item on top can
/// end unaligned, so this overshoots the true bound by less than one alignment per
/// step; it serves only to stop improving early).
fn aligned_bound(items: &[Item], steps: usize) -> u64 {
    let mut diff = vec![0i128; steps + 1];
    for it in items {
        diff[it.first] += i128::from(align_up(it.bytes));
        diff[it.last + 1] -= i128::from(align_up(it.bytes));
    }
    let (mut acc, mut peak) = (0i128, 0i128);
    for d in diff {
        acc += d;
        peak = peak.max(acc);
    }
    peak as u64
}

/// Greedy placement in the order `how`, then local improvement: while the arena
/// is above the aligned live bound, the item that reaches the arena's top moves to
/// the front of the order and the greedy runs again; the best placement seen wins.
/// The number of rounds shrinks with the item count (each round is O(n²)).
fn place_improved(items: &[Item], steps: usize, how: Order, fit: Fit) -> (Vec<u64>, u64) {
    let mut visit = order(items, steps, how);
    let mut best = place(items, &visit, fit);
    let bound = aligned_bound(items, steps);
    let rounds = match items.len() {
        0..=256 => 48,
        257..=1024 => 8,
        _ => 2,
    };
    let mut current = best.clone();
    for _ in 0..rounds {
        if best.1 <= bound {
            break;
        }
        // The item reaching the top last in the order moves to the front.
        let Some(pos) = visit
            .iter()
            .rposition(|&i| items[i].bytes > 0 && current.0[i] + items[i].bytes == current.1)
        else {
            break;
        };
        if pos == 0 {
            break;
        }
        let top = visit.remove(pos);
        visit.insert(0, top);
        current = place(items, &visit, fit);
        if current.1 < best.1 {
            best = current.clone();
        }
    }
    best
}

/// A group of buffers placed together: the buffers defined at one nesting level, and
/// the loops directly inside it, each of which becomes one item (the sub-arena of its
/// body) over the steps of its iteration.
struct Level {
    buffers: Vec<usize>,
    /// (IterBegin step, Yield step, nested level) of every loop directly inside.
    loops: Vec<(usize, usize, Level)>,
}

/// Splits the buffers by nesting level: a buffer defined inside a loop's iteration
/// steps belongs to that loop's body level.
fn levels(steps: &[Step], buffers: &[Buffer]) -> Level {
    fn build(steps: &[Step], lo: usize, hi: usize, depth: usize, by_first: &[Vec<usize>]) -> Level {
        let mut level = Level {
            buffers: vec![],
            loops: vec![],
        };
        let mut s = lo;
        while s < hi {
            level.buffers.extend(&by_first[s]);
            if steps[s].kind == StepKind::LoopBegin && steps[s].depth == depth {
                // The iteration runs from the IterBegin after it to the matching Yield.
                let iter = s + 1;
                let mut y = iter + 1;
                while !(steps[y].kind == StepKind::Yield && steps[y].depth == depth + 1) {
                    y += 1;
                }
                let inner = build(steps, iter, y + 1, depth + 1, by_first);
                level.loops.push((iter, y, inner));
                s = y + 1;
            } else {
                s += 1;
            }
        }
        level
    }
    let mut by_first: Vec<Vec<usize>> = vec![vec![]; steps.len()];
    for (i, b) in buffers.iter().enumerate() {
        by_first[b.first].push(i);
    }
    build(steps, 0, steps.len(), 0, &by_first)
}
/// Places a level: its loops' bodies first (recursively, each into its own
/// sub-arena), then the level's buffers and one item per loop body. Writes absolute
/// offsets (relative to the level's base) into `out`; returns the level's extent.
fn place_level(
    level: &Level,
    buffers: &[Buffer],
    steps: usize,
    how: Order,
    fit: Fit,
    base: u64,
    out: &mut [u64],
) -> u64 {
    // Lay each body out at 0 first, to learn its size, then shift it.
    let mut items: Vec<Item> = level
        .buffers
        .iter()
        .map(|&i| Item {
            bytes: buffers[i].bytes,
            first: buffers[i].first,
            last: buffers[i].last,
        })
        .collect();
    for (iter, y, body) in &level.loops {
        let size = place_level(body, buffers, steps, how, fit, 0, out);
        items.push(Item {
            bytes: size,
            first: *iter,
            last: *y,
        });
    }
    let (offsets, extent) = place_improved(&items, steps, how, fit);
    for (k, &i) in level.buffers.iter().enumerate() {
        out[i] = base + offsets[k];
    }
    for (k, (_, _, body)) in level.loops.iter().enumerate() {
        shift(body, offsets[level.buffers.len() + k] + base, out);
    }
    extent
}

/// Adds `by` to the offsets of every buffer of a level, nested ones included.
fn shift(level: &Level, by: u64, out: &mut [u64]) {
    for &i in &level.buffers {
        out[i] += by;
    }
    for (_, _, body) in &level.loops {
        shift(body, by, out);
    }
}

/// Every placement of [`STRATEGIES`]; returns the offsets and name of the one with
/// the smallest arena (the first such).
fn best_placement(steps: &[Step], buffers: &[Buffer]) -> (Vec<u64>, &'static str) {
    let items: Vec<Item> = buffers
        .iter()
        .map(|b| Item {
            bytes: b.bytes,
            first: b.first,
            last: b.last,
        })
        .collect();
    let nested = levels(steps, buffers);
    let has_loops = !nested.loops.is_empty();
    let mut best: Option<(u64, Vec<u64>, &'static str)> = None;
    for (name, how, fit, is_nested) in STRATEGIES {
        if is_nested && !has_loops {
            continue;
        }
        let (offsets, extent) = if is_nested {
            let mut out = vec![0u64; buffers.len()];
            let e = place_level(&nested, buffers, steps.len(), how, fit, 0, &mut out);
            (out, e)
        } else {
            place_improved(&items, steps.len(), how, fit)
        };
        if best.as_ref().is_none_or(|(e, _, _)| extent < *e) {
            best = Some((extent, offsets, name));
        }
    }
    best.map_or((vec![], STRATEGIES[0].0), |(_, o, n)| (o, n))
}

/// True when `value` is an argument of the function's entry block.
pub fn is_function_argument(m: &Module, func: OpId, value: ValueId) -> bool {
    match m.value(value).def {
        ValueDef::BlockArg { block, .. } => m.entry_block(func, 0) == Some(block),
        ValueDef::OpResult { .. } => false,
    }
}
