//! Target ISAs. Each has the same skeleton: `regs` (the fixed guest→host register map and ABI
//! registers), `imms` (immediate-range rules), `lower` (IR op → assembly text, grouped by op).

pub mod aarch64;
pub mod riscv64;

use crate::ir::Item;

/// What every target lowering provides.
pub trait Lowering {
    /// line comment marker of the target assembler
    fn comment(&self) -> &'static str;
    /// append the assembly lines for one item
    fn item(&mut self, item: &Item, out: &mut Vec<String>);
    /// rewrite a directive's text for this target (section flag syntax, etc.)
    fn directive(&self, text: &str) -> String {
        text.to_string()
    }
    /// lines appended after the translated file (state the translation needs)
    fn epilogue(&self) -> Vec<String> {
        vec![]
    }
}

/// Lower a resolved item list into assembly text.
pub fn lower_all(l: &mut dyn Lowering, items: &[Item], header: &str) -> String {
    let mut lines: Vec<String> = vec![format!("{} {}", l.comment(), header)];
    for it in items {
        l.item(it, &mut lines);
    }
    lines.extend(l.epilogue());
    let mut s = lines.join("\n");
    s.push('\n');
    s
}
