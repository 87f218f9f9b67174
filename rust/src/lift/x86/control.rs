//! call, jmp, ret

use super::{gpr, Lifter};
use crate::asm::x86_64::{regs, Insn, Operand, Reg};
use crate::error::Result;
use super::Known;
use crate::ir::{AluOp, Item, Op, VArg, R, V, W};

/// The callee of a direct call or jump: symbol name without `@PLT`.
fn target_name(l: &Lifter, insn: &Insn) -> Result<Option<String>> {
    match &insn.ops[0] {
        Operand::Expr(e) => {
            if e.minus_sym.is_some() || e.off != 0 || !matches!(e.reloc.as_deref(), None | Some("PLT")) {
                return Err(l.err_unsupported(insn, format!("branch target `{e}` is not supported")));
            }
            Ok(e.sym.clone())
        }
        _ => Ok(None),
    }
}

/// Register holding an indirect target (loading memory targets into T0).
fn indirect(l: &mut Lifter, insn: &Insn) -> Result<R> {
    match &insn.ops[0] {
        Operand::Indirect(inner) => match &**inner {
            Operand::Reg(Reg::Gpr(g)) if g.width == 64 => Ok(gpr(g.num)),
            Operand::Mem(_) => l.read_reg(insn, inner, 64, R::T0),
            _ => Err(l.err_syntax("indirect target must be a 64-bit register or memory")),
        },
        _ => Err(l.err_syntax(format!("`{}` needs a label, a symbol or `*operand`", insn.mnemonic))),
    }
}

pub fn call(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    match target_name(l, insn)? {
        Some(sym) => {
            if l.ctx.defined.contains(&sym) && !l.ctx.functions.contains(&sym) {
                return Err(l.err_unsupported(insn, format!("call to `{sym}`, a label that is not a function")));
            }
            const VA_LIST: &[&str] = &[
                "vprintf", "vfprintf", "vsprintf", "vsnprintf", "vasprintf", "vdprintf", "vscanf", "vsscanf", "vfscanf",
                "__vprintf_chk", "__vfprintf_chk", "__vsprintf_chk", "__vsnprintf_chk", "__isoc99_vsscanf", "__isoc99_vscanf",
                "__isoc99_vfscanf",
            ];
            if VA_LIST.contains(&sym.as_str()) {
                return Err(l.err_unsupported(
                    insn,
                    format!("`{sym}` takes a va_list: the x86-64 va_list layout differs from the target's, so it cannot be passed to the target C library"),
                ));
            }
            if l.ctx.functions.contains(&sym) {
                l.emit(Op::CallLocal { sym });
            } else {
                match variadic_args(l, insn, &sym)? {
                    Some((fixed, args)) => l.emit(Op::CallVariadic { sym, fixed, args }),
                    None => l.emit(Op::Call { sym }),
                }
            }
        }
        None => {
            let r = indirect(l, insn)?;
            l.emit(Op::CallInd { r });
        }
    }
    l.items.push(Item::FlagKill);
    Ok(())
}

pub fn jmp(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    match target_name(l, insn)? {
        Some(sym) => {
            if l.is_local_label(&sym) {
                l.emit(Op::Jmp { label: sym });
            } else if let Some((fixed, args)) = if l.ctx.functions.contains(&sym) { None } else { variadic_args(l, insn, &sym)? } {
                // `jmp printf`: call with the arguments placed for the target, then return
                l.aligned_call(Op::CallVariadic { sym, fixed, args });
                l.emit(Op::Ret { ext32: false });
            } else {
                l.tail_call(sym);
            }
        }
        None => {
            let r = indirect(l, insn)?;
            if l.block_has_table {
                l.emit(Op::JmpInd { r });
            } else {
                // the target may be outside this file: call it and return its result (a true
                // tail jump would hand a tagged return address to code that does not expect one)
                // (sp stays where it is: the target may be a block of this function that reads
                // the frame, e.g. a jump table the lifter did not see)
                l.emit(Op::CallInd { r });
                l.emit(Op::Ret { ext32: false });
            }
        }
    }
    Ok(())
}

pub fn ret(l: &mut Lifter, insn: &Insn) -> Result<()> {
    if !insn.ops.is_empty() {
        return Err(l.err_unsupported(insn, "`ret $n` (callee-popped arguments)"));
    }
    let ext32 = l.ctx.ret32.contains(&insn.span.line);
    l.emit(Op::Ret { ext32 });
    Ok(())
}

/// printf-family functions: (name, number of fixed arguments, the fixed argument holding the format)
const FORMATTED: &[(&str, u8, u8)] = &[
    ("printf", 1, 0),
    ("fprintf", 2, 1),
    ("dprintf", 2, 1),
    ("sprintf", 2, 1),
    ("asprintf", 2, 1),
    ("snprintf", 3, 2),
    ("__printf_chk", 2, 1),
    ("__fprintf_chk", 3, 2),
    ("__sprintf_chk", 4, 3),
    ("__snprintf_chk", 5, 4),
    ("scanf", 1, 0),
    ("sscanf", 2, 1),
    ("fscanf", 2, 1),
    ("__isoc99_scanf", 1, 0),
    ("__isoc99_sscanf", 2, 1),
    ("__isoc99_fscanf", 2, 1),
];

/// x86 integer argument registers in order (hardware numbers)
const INT_ARGS: [u8; 6] = [7, 6, 2, 1, 8, 9];

/// Argument classes (true = double) a printf/scanf format asks for, or an error message.
pub(crate) fn format_classes(fmt: &str, scanf: bool) -> std::result::Result<Vec<bool>, String> {
    let b = fmt.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        if i < b.len() && b[i] == b'%' {
            i += 1;
            continue;
        }
        let mut long_double = false;
        while i < b.len() {
            let c = b[i];
            i += 1;
            match c {
                b'*' => {
                    if !scanf {
                        out.push(false)
                    }
                }
                b'L' => long_double = true,
                b'$' => return Err("positional arguments (`%n$`) in a format".into()),
                b'0'..=b'9' | b'.' | b'-' | b'+' | b' ' | b'#' | b'\'' | b'h' | b'l' | b'q' | b'j' | b'z' | b't' => {}
                b'[' if scanf => {
                    // scan set: up to the closing bracket (a leading ] is part of the set)
                    if i < b.len() && b[i] == b'^' {
                        i += 1;
                    }
                    if i < b.len() && b[i] == b']' {
                        i += 1;
                    }
                    while i < b.len() && b[i] != b']' {
                        i += 1;
                    }
                    i += 1;
                    out.push(false);
                    break;
                }
                b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'a' | b'A' if !scanf => {
                    if long_double {
                        return Err("a `long double` (%L) argument".into());
                    }
                    out.push(true);
                    break;
                }
                _ => {
                    // d i u o x X c s p n m ..., and every scanf conversion: pointers or ints
                    if c != b'm' {
                        out.push(false);
                    }
                    break;
                }
            }
        }
    }
    Ok(out)
}

/// For a call to a printf/scanf-family function: where its variadic arguments are, when they need
/// moving for the target ABI (doubles into integer registers on RISC-V, more than six integer
/// arguments anywhere). None when a plain call is right.
fn variadic_args(l: &Lifter, insn: &Insn, sym: &str) -> Result<Option<(u8, Vec<VArg>)>> {
    let Some(&(name, fixed, fmt_arg)) = FORMATTED.iter().find(|(n, _, _)| *n == sym) else {
        return Ok(None);
    };
    let fmt_reg = INT_ARGS[fmt_arg as usize] as usize;
    let fmt = match &l.known_of(fmt_reg) {
        Known::Label(lab) => l.ctx.strings.get(lab),
        _ => None,
    };
    let Some(fmt) = fmt else {
        // unknown format: fine unless doubles must move to integer registers
        let no_doubles = matches!(l.known[0], Known::Const(0));
        if l.ctx.varargs_in_gprs && !no_doubles && !name.contains("scanf") {
            return Err(l.err_unsupported(
                insn,
                format!("variadic call to `{name}` whose format string is not a constant of this file: cannot place floating-point arguments for the target ABI"),
            ));
        }
        // the count of integer arguments is unknown too: pass the first two x86 stack slots in the
        // target's 7th and 8th argument registers as well (ignored by a callee that takes fewer);
        // more than eight integer arguments cannot be placed without the format
        let mut args: Vec<VArg> = INT_ARGS[fixed as usize..].iter().map(|&r| VArg::Int(R::G(r))).collect();
        args.push(VArg::Stack { off: 0, double: false });
        args.push(VArg::Stack { off: 8, double: false });
        return Ok(Some((fixed, args)));
    };
    let classes = format_classes(fmt, name.contains("scanf")).map_err(|e| l.err_unsupported(insn, format!("variadic call to `{name}` with {e}")))?;
    let doubles = classes.iter().filter(|d| **d).count();
    let ints = fixed as usize + classes.len() - doubles;
    if !(ints > 6 || doubles > 8 || (l.ctx.varargs_in_gprs && doubles > 0)) {
        return Ok(None);
    }
    let (mut ni, mut nx, mut stack) = (fixed as usize, 0u8, 0i64);
    let mut args = Vec::new();
    for double in classes {
        let a = if double && nx < 8 {
            nx += 1;
            VArg::Xmm(nx - 1)
        } else if !double && ni < 6 {
            ni += 1;
            VArg::Int(R::G(INT_ARGS[ni - 1]))
        } else {
            stack += 8;
            VArg::Stack { off: stack - 8, double }
        };
        args.push(a);
    }
    Ok(Some((fixed, args)))
}

impl Lifter<'_> {
    /// x86 `jmp func`: a real tail jump to functions of this file, else call and return.
    pub(super) fn tail_call(&mut self, sym: String) {
        if self.ctx.functions.contains(&sym) {
            self.emit(Op::TailCall { sym });
        } else {
            self.aligned_call(Op::Call { sym });
            self.emit(Op::Ret { ext32: false });
        }
    }

    /// A call to another unit standing for an x86 tail jump. x86 jumps with %rsp where its caller
    /// left it, 8 bytes off 16-byte alignment (the return address); the target ABI wants sp aligned
    /// at a call, so the call happens 8 bytes lower.
    fn aligned_call(&mut self, call: Op) {
        let rsp = gpr(regs::RSP);
        self.emit(Op::Alu { op: AluOp::Sub, w: W::W64, d: rsp, a: rsp, b: V::I(8) });
        self.emit(call);
        self.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: rsp, a: rsp, b: V::I(8) });
    }
}
