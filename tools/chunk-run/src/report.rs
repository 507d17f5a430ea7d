//! chunk-run's outputs: the text and JSON reports, the comparison of two runs, the
//! memory-profile plot and the progress bar.
use crate::{Failure, Program, Runs};
use indicatif::{ProgressBar, ProgressStyle};
use runtime::HostTensor;
use serde_json::{json, Value};
use std::cell::RefCell;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// `1536` → `1.50 KiB`, as every report of the project writes sizes.
pub use autochunk::entry::human_bytes as human;

/// A JSON number, or for infinities and NaN (which JSON numbers cannot hold, and which
/// serde_json would write as `null`, reading as a pass in a script's `<= 1e-4`) the
/// words `"inf"`, `"-inf"`, `"nan"`.
fn number(x: f64) -> Value {
    if x.is_finite() {
        json!(x)
    } else if x.is_nan() {
        json!("nan")
    } else if x > 0.0 {
        json!("inf")
    } else {
        json!("-inf")
    }
}

fn seconds(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// Errors between two runs' outputs.
pub struct Comparison {
    pub max_abs_error: f64,
    pub max_rel_error: f64,
    pub elements: usize,
    /// The first element where exactly one side is NaN or infinite (or both are
    /// infinite with different signs), in words: what made the errors infinite.
    pub diverged: Option<String>,
}

/// Max absolute error `|a - b|` and max relative error `|a - b| / max(|a|, |b|)`
/// (0 where both are 0) over every element of every output.
pub fn compare(
    a: &Program,
    xa: &[HostTensor],
    b: &Program,
    xb: &[HostTensor],
) -> Result<Comparison, Failure> {
    if xa.len() != xb.len() {
        return Err(Failure::Plain(format!(
            "'{}' returns {} results but '{}' returns {}",
            a.path,
            xa.len(),
            b.path,
            xb.len()
        )));
    }
    let (mut max_abs, mut max_rel, mut elements) = (0f64, 0f64, 0usize);
    let mut diverged = None;
    for (i, (p, q)) in xa.iter().zip(xb).enumerate() {
        if p.shape != q.shape || p.dtype() != q.dtype() {
            return Err(Failure::Plain(format!(
                "result #{i} is {} in '{}' but {} in '{}'",
                p.type_string(),
                a.path,
                q.type_string(),
                b.path
            )));
        }
        for (k, (x, y)) in p.data.to_f64().into_iter().zip(q.data.to_f64()).enumerate() {
            elements += 1;
            let (abs, rel) = if x == y || (x.is_nan() && y.is_nan()) {
                (0.0, 0.0)
            } else if x.is_nan() || y.is_nan() || x.is_infinite() || y.is_infinite() {
                diverged.get_or_insert_with(|| {
                    format!(
                        "result #{i} element {k}: {x} in '{}', {y} in '{}'",
                        a.path, b.path
                    )
                });
                (f64::INFINITY, f64::INFINITY)
            } else {
                let d = (x - y).abs();
                (d, d / x.abs().max(y.abs()))
            };
            max_abs = max_abs.max(abs);
            max_rel = max_rel.max(rel);
        }
    }
    Ok(Comparison {
        max_abs_error: max_abs,
        max_rel_error: max_rel,
        elements,
        diverged,
    })
}

/// Everything the report prints.
pub struct Report<'a> {
    pub main: &'a Program,
    pub runs: &'a Runs,
    pub inputs: &'a str,
    pub repeat: u32,
    pub other: Option<(&'a Program, &'a Runs)>,
    pub comparison: Option<Comparison>,
}

fn function_name(p: &Program) -> String {
    func_dialect::symbol_name(&p.module, p.func)
        .unwrap_or("")
        .to_string()
}

fn program_json(p: &Program, r: &Runs) -> Value {
    let plan = &p.plan;
    let outputs: Vec<Value> = r
        .exec
        .outputs
        .iter()
        .enumerate()
        .map(|(i, t)| json!({"name": runtime::io::result_name(&p.module, p.func, i), "type": t.type_string()}))
        .collect();
    json!({
        "file": p.path,
        "function": function_name(p),
        "wall_time_s": seconds(r.median()),
        "wall_times_s": r.times.iter().map(|&t| seconds(t)).collect::<Vec<_>>(),
        "planned_peak_bytes": plan.arena_size,
        "live_peak_bytes": plan.live_peak,
        "plan_ratio": plan.ratio(),
        "measured_peak_bytes": r.exec.measured.arena_peak,
        "measured_live_peak_bytes": r.exec.measured.live_peak,
        "predicted_peak_bytes": p.predicted,
        "peak_op": plan.step_description(&p.module, plan.peak_step),
        "live_peak_op": plan.step_description(&p.module, plan.live_peak_step),
        "placement": plan.strategy,
        "steps": plan.steps.len(),
        "buffers": plan.buffers.len(),
        "ops_executed": r.exec.ops_executed,
        "loop_iterations": r.exec.loop_iterations,
        "outputs": outputs,
    })
}

impl Report<'_> {
    pub fn json(&self) -> String {
        let mut v = program_json(self.main, self.runs);
        v["inputs"] = json!(self.inputs);
        v["repeat"] = json!(self.repeat);
        if let (Some((p, r)), Some(c)) = (self.other, &self.comparison) {
            let mut o = program_json(p, r);
            o["max_abs_error"] = number(c.max_abs_error);
            o["max_rel_error"] = number(c.max_rel_error);
            o["elements_compared"] = json!(c.elements);
            if let Some(d) = &c.diverged {
                o["diverged"] = json!(d);
            }
            v["compare"] = o;
        }
        serde_json::to_string_pretty(&v).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    pub fn text(&self) -> String {
        let diverged = self
            .comparison
            .as_ref()
            .and_then(|c| c.diverged.as_ref())
            .map_or(String::new(), |d| format!("  diverged          {d}\n"));
        let mut s = program_text(self.main, self.runs, self.repeat);
        s.push_str(&format!("  inputs            {}\n", self.inputs));
        if let (Some((p, r)), Some(c)) = (self.other, &self.comparison) {
            s.push_str(&program_text(p, r, self.repeat));
            s.push_str(&format!(
                "comparison over {} elements\n  max abs error     {:e}\n  max rel error     {:e}\n  planned peaks     {} vs {} ({:.3}x)\n",
                c.elements,
                c.max_abs_error,
                c.max_rel_error,
                human(self.main.plan.arena_size),
                human(p.plan.arena_size),
                if p.plan.arena_size == 0 { 1.0 } else { self.main.plan.arena_size as f64 / p.plan.arena_size as f64 },
            ));
            s.push_str(&diverged);
        }
        s
    }
}

fn program_text(p: &Program, r: &Runs, repeat: u32) -> String {
    let plan = &p.plan;
    let m = &r.exec.measured;
    format!(
        "{} (@{})\n  wall time         {:.3} ms{}\n  planned peak      {} ({} B) at {}\n  live-bytes peak   {} ({} B) at {}\n  plan / live       {:.3} ({})\n  measured peak     {} (live {}){}\n  peaks             planned (arena) {}, measured live {}, predicted (estimate-memory) {}\n  ops executed      {} ({} loop iterations)\n",
        p.path,
        function_name(p),
        seconds(r.median()) * 1e3,
        if repeat > 1 { format!(" (median of {repeat})") } else { String::new() },
        human(plan.arena_size),
        plan.arena_size,
        plan.step_description(&p.module, plan.peak_step),
        human(plan.live_peak),
        plan.live_peak,
        plan.step_description(&p.module, plan.live_peak_step),
        plan.ratio(),
        plan.strategy,
        human(m.arena_peak),
        human(m.live_peak),
        if m.arena_peak == plan.arena_size { ", equals the plan" } else { ", DIFFERS from the plan" },
        human(plan.arena_size),
        human(m.live_peak),
        match p.predicted {
            Some(b) if b == m.live_peak => format!("{} (equals measured live)", human(b)),
            Some(b) => format!("{} ({} B, DIFFERS from measured live {} B)", human(b), b, m.live_peak),
            None => "none".to_string(),
        },
        r.exec.ops_executed,
        r.exec.loop_iterations,
    )
}

/// One curve of the memory-profile plot.
pub struct Series {
    pub name: String,
    pub values: Vec<u64>,
    pub peak_step: usize,
    pub peak_label: String,
    pub planned: u64,
}

impl Series {
    pub fn of(p: &Program) -> Series {
        let plan = &p.plan;
        Series {
            name: p.path.clone(),
            values: plan.profile(),
            peak_step: plan.live_peak_step,
            peak_label: if plan.steps.is_empty() {
                "no op".into()
            } else {
                plan.step_label(&p.module, plan.live_peak_step)
            },
            planned: plan.arena_size,
        }
    }
}

/// Plots live bytes per step (the op sequence), the peak of each curve labelled.
pub fn plot(path: &str, series: &[Series]) -> Result<(), String> {
    use plotters::prelude::*;
    let max = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);
    let (unit, scale) = match max {
        m if m >= 1 << 30 => ("GiB", (1u64 << 30) as f64),
        m if m >= 1 << 20 => ("MiB", (1u64 << 20) as f64),
        m if m >= 1 << 10 => ("KiB", 1024.0),
        _ => ("B", 1.0),
    };
    let steps = series
        .iter()
        .map(|s| s.values.len())
        .max()
        .unwrap_or(1)
        .max(2);
    let root = SVGBackend::new(path, (1000, 560)).into_drawing_area();
    let e = |x: &dyn std::fmt::Display| x.to_string();
    root.fill(&WHITE).map_err(|x| e(&x))?;
    let mut chart = ChartBuilder::on(&root)
        .caption("Live activation memory per step", ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(44)
        .y_label_area_size(80)
        // Headroom above the peak for its label and the legend.
        .build_cartesian_2d(0f64..(steps - 1) as f64, 0f64..max as f64 / scale * 1.35)
        .map_err(|x| e(&x))?;
    chart
        .configure_mesh()
        .x_desc("step (op sequence)")
        .y_desc(format!("live bytes ({unit})"))
        .draw()
        .map_err(|x| e(&x))?;
    let colors = [
        RGBColor(31, 119, 180),
        RGBColor(214, 39, 40),
        RGBColor(44, 160, 44),
    ];
    for (i, s) in series.iter().enumerate() {
        let color = colors[i % colors.len()];
        let points: Vec<(f64, f64)> = s
            .values
            .iter()
            .enumerate()
            .map(|(x, &y)| (x as f64, y as f64 / scale))
            .collect();
        chart
            .draw_series(LineSeries::new(points.clone(), color.stroke_width(2)))
            .map_err(|x| e(&x))?
            .label(format!(
                "{} (live peak {}, planned {})",
                s.name,
                human(s.values.iter().copied().max().unwrap_or(0)),
                human(s.planned)
            ))
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
        if let Some(&(px, py)) = points.get(s.peak_step) {
            chart
                .draw_series(std::iter::once(Circle::new((px, py), 5, color.filled())))
                .map_err(|x| e(&x))?;
            let label = format!(
                "peak: {} at step {} ({})",
                human((py * scale) as u64),
                s.peak_step,
                s.peak_label
            );
            chart
                .draw_series(std::iter::once(Text::new(
                    label,
                    (px, py * 1.02 + 0.04 * max as f64 / scale * i as f64),
                    ("sans-serif", 14).into_font().color(&color),
                )))
                .map_err(|x| e(&x))?;
        }
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(|x| e(&x))?;
    root.present().map_err(|x| e(&x))?;
    Ok(())
}

/// A progress bar on stderr, shown only when stderr is a terminal and the run has
/// lasted a second.
pub struct Progress {
    enabled: bool,
    total: u64,
    name: String,
    start: Instant,
    bar: RefCell<Option<ProgressBar>>,
}

impl Progress {
    pub fn new(enabled: bool, total: u64, name: &str) -> Progress {
        Progress {
            enabled: enabled && std::io::stderr().is_terminal(),
            total,
            name: name.to_string(),
            start: Instant::now(),
            bar: RefCell::new(None),
        }
    }

    pub fn tick(&self, done: u64) {
        if !self.enabled {
            return;
        }
        let mut bar = self.bar.borrow_mut();
        if bar.is_none() {
            if self.start.elapsed() < Duration::from_secs(1) {
                return;
            }
            let b = ProgressBar::new(self.total);
            if let Ok(style) = ProgressStyle::with_template(
                "{msg} [{bar:40}] {pos}/{len} ops ({elapsed}, eta {eta})",
            ) {
                b.set_style(style.progress_chars("=> "));
            }
            b.set_message(self.name.clone());
            *bar = Some(b);
        }
        if let Some(b) = bar.as_ref() {
            b.set_position(done);
        }
    }

    pub fn finish(&self) {
        if let Some(b) = self.bar.borrow_mut().take() {
            b.finish_and_clear();
        }
    }
}
