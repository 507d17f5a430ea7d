//! `autochunk._autochunk`: the native module behind the `autochunk` Python package
//! (`python/autochunk/__init__.py` wraps it). Text in, text and a plan out; every
//! error is an `autochunk.AutochunkError` whose message starts with its
//! `file:line:col` (or the pipeline column).
use autochunk_embed::{Budget, ChunkOptions, Error};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

create_exception!(autochunk, AutochunkError, PyException);

fn error(e: Error, pipeline: Option<&str>) -> PyErr {
    let message = match (&e, pipeline) {
        (Error::Pipeline(p), Some(text)) => p.render(text),
        _ => e.to_string(),
    };
    AutochunkError::new_err(message)
}

/// The budget from the keyword arguments: exactly one of `budget` (a fraction of the
/// unchunked peak) and `budget_bytes`.
fn budget(fraction: Option<f64>, bytes: Option<u64>) -> PyResult<Budget> {
    match (fraction, bytes) {
        (Some(f), None) => Ok(Budget::Fraction(f)),
        (None, Some(b)) => Ok(Budget::Bytes(b)),
        _ => Err(PyValueError::new_err(
            "give exactly one of budget= (a fraction of the peak) and budget_bytes=",
        )),
    }
}

/// Chunks `text`'s entry function; returns `(chunked_text, plan_dict)`.
#[pyfunction]
#[pyo3(signature = (text, *, budget=None, budget_bytes=None, file="<text>", import_stablehlo=false, export_stablehlo=false))]
fn chunk(
    py: Python<'_>,
    text: &str,
    budget: Option<f64>,
    budget_bytes: Option<u64>,
    file: &str,
    import_stablehlo: bool,
    export_stablehlo: bool,
) -> PyResult<(String, Py<PyDict>)> {
    let budget = self::budget(budget, budget_bytes)?;
    let mut module = autochunk_embed::parse(text, file).map_err(|e| error(e, None))?;
    if import_stablehlo {
        autochunk_embed::import_stablehlo(&mut module).map_err(|e| error(e, None))?;
    }
    let plan = autochunk_embed::chunk(&mut module, budget, &ChunkOptions::default())
        .map_err(|e| error(e, None))?;
    if export_stablehlo {
        autochunk_embed::export_stablehlo(&mut module).map_err(|e| error(e, None))?;
    }
    let out = autochunk_embed::print(&module);
    let d = PyDict::new(py);
    d.set_item("function", &plan.function)?;
    d.set_item("unchunked_peak", plan.unchunked_peak)?;
    d.set_item("budget", plan.budget)?;
    d.set_item("predicted_peak", plan.predicted_peak)?;
    d.set_item("peak_at", plan.peak_at.clone())?;
    d.set_item("arena_bytes", plan.arena_bytes)?;
    d.set_item("cost_seconds", plan.cost_seconds)?;
    d.set_item("baseline_seconds", plan.baseline_seconds)?;
    let regions = pyo3::types::PyList::empty(py);
    for r in &plan.regions {
        let rd = PyDict::new(py);
        rd.set_item("first_op", &r.first_op)?;
        rd.set_item("ops", r.ops)?;
        rd.set_item("dim", r.dim)?;
        rd.set_item("extent", r.extent)?;
        rd.set_item("chunk_size", r.chunk_size)?;
        rd.set_item("iterations", r.iterations)?;
        rd.set_item("peak_after", r.peak_after)?;
        regions.append(rd)?;
    }
    d.set_item("regions", regions)?;
    d.set_item("report", plan.report())?;
    Ok((out, d.unbind()))
}

/// The peak activation bytes of `text`'s entry function and where: `(bytes, op)`.
#[pyfunction]
#[pyo3(signature = (text, *, file="<text>", import_stablehlo=false))]
fn estimate_memory(text: &str, file: &str, import_stablehlo: bool) -> PyResult<(u64, Option<String>)> {
    let mut module = autochunk_embed::parse(text, file).map_err(|e| error(e, None))?;
    if import_stablehlo {
        autochunk_embed::import_stablehlo(&mut module).map_err(|e| error(e, None))?;
    }
    let e = autochunk_embed::estimate_memory(&module).map_err(|e| error(e, None))?;
    Ok((e.peak, e.peak_at))
}

/// Runs a pass pipeline on `text`; returns the result's text.
#[pyfunction]
#[pyo3(signature = (text, pipeline, *, file="<text>"))]
fn run_pipeline(text: &str, pipeline: &str, file: &str) -> PyResult<String> {
    let mut module = autochunk_embed::parse(text, file).map_err(|e| error(e, None))?;
    autochunk_embed::run_pipeline(&mut module, pipeline).map_err(|e| error(e, Some(pipeline)))?;
    Ok(autochunk_embed::print(&module))
}

#[pymodule]
fn _autochunk(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("AutochunkError", m.py().get_type::<AutochunkError>())?;
    m.add_function(wrap_pyfunction!(chunk, m)?)?;
    m.add_function(wrap_pyfunction!(estimate_memory, m)?)?;
    m.add_function(wrap_pyfunction!(run_pipeline, m)?)?;
    Ok(())
}
