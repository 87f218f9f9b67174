//! The only module that knows about Python: conversions and one error mapping.

use crate::error::Error;
use crate::translate::{translate as translate_file, Target};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

create_exception!(_native, GgError, PyException, "Base class of gg errors raised by the native core.");
create_exception!(_native, AsmSyntaxError, GgError, "The input is not valid assembly (carries line and col).");
create_exception!(_native, UnsupportedError, GgError, "Valid input the translator does not handle (carries line, col and what).");

fn to_py(py: Python<'_>, e: Error) -> PyErr {
    let (ty, what) = match &e {
        Error::Syntax { .. } => (py.get_type::<AsmSyntaxError>(), String::new()),
        Error::Unsupported { what, .. } => (py.get_type::<UnsupportedError>(), what.clone()),
    };
    let msg = match &e {
        Error::Syntax { msg, .. } | Error::Unsupported { msg, .. } => msg.clone(),
    };
    let err = PyErr::from_type(ty, msg.clone());
    let value = err.value(py);
    let _ = value.setattr("line", e.line());
    let _ = value.setattr("col", e.col());
    let _ = value.setattr("msg", msg);
    let _ = value.setattr("what", what);
    err
}

/// Translate x86-64 assembly text to the target ("riscv64" or "aarch64").
/// Returns a dict with `text`, `functions` and `instructions`.
#[pyfunction]
fn translate<'py>(py: Python<'py>, source: &str, target: &str) -> PyResult<Bound<'py, PyDict>> {
    let t = Target::parse(target).ok_or_else(|| PyValueError::new_err(format!("unknown target `{target}`")))?;
    let result = py.allow_threads(|| translate_file(source, t)).map_err(|e| to_py(py, e))?;
    let d = PyDict::new(py);
    d.set_item("text", result.text)?;
    d.set_item("functions", result.functions)?;
    d.set_item("instructions", result.instructions)?;
    Ok(d)
}

/// Parse x86-64 assembly and return the number of statements (raises AsmSyntaxError).
#[pyfunction]
fn parse_x86(py: Python<'_>, source: &str) -> PyResult<usize> {
    crate::asm::x86_64::parse(source).map(|f| f.stmts.len()).map_err(|e| to_py(py, e))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("GgError", m.py().get_type::<GgError>())?;
    m.add("AsmSyntaxError", m.py().get_type::<AsmSyntaxError>())?;
    m.add("UnsupportedError", m.py().get_type::<UnsupportedError>())?;
    m.add_function(wrap_pyfunction!(translate, m)?)?;
    m.add_function(wrap_pyfunction!(parse_x86, m)?)?;
    Ok(())
}
