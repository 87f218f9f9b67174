//! The only module that knows about Python: conversions and one error mapping.

use crate::error::Error;
use crate::macho::{self, Flavor};
use crate::translate::{translate_with, Target};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

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

fn parse_flavor(flavor: &str) -> PyResult<Flavor> {
    Flavor::parse(flavor).ok_or_else(|| PyValueError::new_err(format!("unknown input flavor `{flavor}` (auto, linux or macos)")))
}

/// Translate x86-64 assembly text to the target ("riscv64" or "aarch64"), reading it as `flavor`
/// ("auto", "linux" or "macos"). Returns a dict with `text`, `functions`, `instructions`, `flavor`
/// (the one the input was read as) and `native_source` (the input in the ELF flavour the host builds,
/// or None when that is the input itself).
///
/// `prototypes`: C prototypes in the line format of `gg.prototypes` (see `gg_core::abi`), for the
/// functions of the file and those it calls; they decide how structs and narrow integers cross the
/// boundary with target code. A malformed line raises ValueError.
#[pyfunction]
#[pyo3(signature = (source, target, flavor = "auto", prototypes = None))]
fn translate<'py>(py: Python<'py>, source: &str, target: &str, flavor: &str, prototypes: Option<&str>) -> PyResult<Bound<'py, PyDict>> {
    let t = Target::parse(target).ok_or_else(|| PyValueError::new_err(format!("unknown target `{target}`")))?;
    let f = parse_flavor(flavor)?;
    let protos = crate::abi::parse_protos(prototypes.unwrap_or("")).map_err(|e| PyValueError::new_err(format!("prototypes: {e}")))?;
    let (result, native) = py
        .allow_threads(|| Ok::<_, crate::Error>((translate_with(source, t, f, &protos)?, macho::elf_source(source, f)?)))
        .map_err(|e| to_py(py, e))?;
    let d = PyDict::new(py);
    d.set_item("text", result.text)?;
    d.set_item("functions", result.functions)?;
    d.set_item("instructions", result.instructions)?;
    d.set_item("flavor", if native.is_some() { "macos" } else { "linux" })?;
    d.set_item("native_source", native)?;
    Ok(d)
}

/// The input in the ELF flavour (Mach-O input rewritten), or None when it already is ELF flavoured.
#[pyfunction]
#[pyo3(signature = (source, flavor = "auto"))]
fn elf_source(py: Python<'_>, source: &str, flavor: &str) -> PyResult<Option<String>> {
    let f = parse_flavor(flavor)?;
    py.allow_threads(|| macho::elf_source(source, f)).map_err(|e| to_py(py, e))
}

/// Parse x86-64 assembly and return the number of statements (raises AsmSyntaxError).
#[pyfunction]
fn parse_x86(py: Python<'_>, source: &str) -> PyResult<usize> {
    crate::asm::x86_64::parse(source).map(|f| f.stmts.len()).map_err(|e| to_py(py, e))
}

fn parse_isa(source: &str, isa: &str) -> PyResult<crate::lint::Isa> {
    if isa == "auto" {
        return Ok(crate::lint::detect_isa(source));
    }
    crate::lint::Isa::parse(isa).ok_or_else(|| PyValueError::new_err(format!("unknown ISA `{isa}` (auto, x86_64, riscv64 or aarch64)")))
}

/// The ISA a file is written for, guessed from its registers and operand syntax.
#[pyfunction]
fn detect_isa(source: &str) -> &'static str {
    crate::lint::detect_isa(source).name()
}

/// Lint assembly of `isa` ("auto", "x86_64", "riscv64" or "aarch64"). Returns the diagnostics sorted
/// by position, each a dict with code, name, severity, message, hint, line and col. Never raises for
/// bad input: a statement that does not parse is a GG001 diagnostic.
#[pyfunction]
#[pyo3(signature = (source, isa = "auto"))]
fn lint<'py>(py: Python<'py>, source: &str, isa: &str) -> PyResult<Bound<'py, PyList>> {
    let i = parse_isa(source, isa)?;
    let diags = py.allow_threads(|| crate::lint::lint(source, i));
    let out = PyList::empty(py);
    for d in diags {
        let r = d.rule();
        let e = PyDict::new(py);
        e.set_item("code", d.code)?;
        e.set_item("name", r.name)?;
        e.set_item("severity", d.severity.as_str())?;
        e.set_item("message", d.message)?;
        e.set_item("hint", r.hint)?;
        e.set_item("line", d.span.line)?;
        e.set_item("col", d.span.col)?;
        out.append(e)?;
    }
    Ok(out)
}

/// Every lint rule: code, name, severity, summary and hint.
#[pyfunction]
fn lint_rules(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let out = PyList::empty(py);
    for r in crate::lint::RULES {
        let e = PyDict::new(py);
        e.set_item("code", r.code)?;
        e.set_item("name", r.name)?;
        e.set_item("severity", r.severity.as_str())?;
        e.set_item("summary", r.summary)?;
        e.set_item("hint", r.hint)?;
        out.append(e)?;
    }
    Ok(out)
}

/// Parse and print back as canonical text (raises AsmSyntaxError on the first bad statement).
#[pyfunction]
#[pyo3(signature = (source, isa = "auto"))]
fn canonical(py: Python<'_>, source: &str, isa: &str) -> PyResult<String> {
    let i = parse_isa(source, isa)?;
    py.allow_threads(|| crate::asm::canonical(source, i)).map_err(|e| to_py(py, e))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("GgError", m.py().get_type::<GgError>())?;
    m.add("AsmSyntaxError", m.py().get_type::<AsmSyntaxError>())?;
    m.add("UnsupportedError", m.py().get_type::<UnsupportedError>())?;
    m.add_function(wrap_pyfunction!(translate, m)?)?;
    m.add_function(wrap_pyfunction!(parse_x86, m)?)?;
    m.add_function(wrap_pyfunction!(elf_source, m)?)?;
    m.add_function(wrap_pyfunction!(detect_isa, m)?)?;
    m.add_function(wrap_pyfunction!(lint, m)?)?;
    m.add_function(wrap_pyfunction!(lint_rules, m)?)?;
    m.add_function(wrap_pyfunction!(canonical, m)?)?;
    Ok(())
}
