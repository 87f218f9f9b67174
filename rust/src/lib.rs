//! gg core: parse x86-64 GNU assembly, lift it to a small IR, and lower the IR to RV64GC or AArch64.
//!
//! Everything here is pure Rust and testable with `cargo test`; the `py` module (feature `python`) is
//! the only place that knows about Python.

pub mod abi;
pub mod asm;
pub mod error;
pub mod ir;
pub mod isa;
pub mod lift;
pub mod lint;
pub mod macho;
pub mod translate;

#[cfg(feature = "python")]
mod py;

#[cfg(feature = "python")]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub use error::{Error, Result};
pub use macho::Flavor;
pub use translate::{translate, translate_flavored, Target, Translation};
