#!/usr/bin/env bash
# Regenerate the x86-64 assembly of the va_list bridges (one per target va_list kind). The translator
# embeds these files and translates the bridges a program calls together with the program.
set -euo pipefail
cd "$(dirname "$0")"
flags=(-O2 -S -fno-asynchronous-unwind-tables -fno-stack-protector -fno-builtin -fcf-protection=none -fno-pic -fno-pie -ffreestanding -fno-tree-switch-conversion -fno-jump-tables)
gcc "${flags[@]}" va_list.c -o va_list.riscv64.s
gcc "${flags[@]}" -DGG_AARCH64 va_list.c -o va_list.aarch64.s
# the program's own `.L` labels must not clash with the bridges'
sed -i '/^\t\.ident/d; /^\t\.file/d; s/\.L\([A-Za-z0-9_]\)/.Lgg_va_\1/g' va_list.riscv64.s va_list.aarch64.s
