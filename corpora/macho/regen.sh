#!/usr/bin/env bash
# Regenerate the committed Mach-O flavoured x86-64 assembly of every program: clang for the Apple
# target at -O0 and -O2. The C declares what it uses in proto.h (no system headers: the Linux ones do
# not work for a darwin target). A program may carry extra compiler flags in NAME.cflags.
# usage: regen.sh [PROGRAM.c ...]   (default: every *.c here); needs clang (scripts/setup-system.sh)
set -euo pipefail
cd "$(dirname "$0")"
if [ $# -gt 0 ]; then progs=("$@"); else progs=(*.c); fi
for c in "${progs[@]}"; do
  base=$(basename "${c%.c}")
  extra=()
  [ -f "$base.cflags" ] && read -r -a extra < "$base.cflags"
  for opt in O0 O2; do
    clang -target x86_64-apple-macos14 -"$opt" "${extra[@]}" -S "$base.c" -o "$base.$opt.s"
  done
done

# Expected behaviour of each program (no arguments, empty stdin): its C built for Linux by gcc -O0.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for c in *.c; do
  base=${c%.c}
  gcc -O0 "$c" -o "$tmp/$base" -lm
  set +e
  (cd "$tmp" && "./$base" >"$base.stdout" 2>"$base.stderr" </dev/null; echo $? >"$base.exit")
  set -e
done
python3 - "$tmp" <<'PY' > expected.json
import json, pathlib, sys
tmp = pathlib.Path(sys.argv[1])
out = {}
for c in sorted(pathlib.Path(".").glob("*.c")):
    b = c.stem
    out[b] = {"stdout": (tmp / f"{b}.stdout").read_text(), "stderr": (tmp / f"{b}.stderr").read_text(), "exit_code": int((tmp / f"{b}.exit").read_text())}
print(json.dumps(out, indent=1, sort_keys=True))
PY
