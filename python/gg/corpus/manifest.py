"""Corpus manifests (`corpus.json` or `corpus.toml`): parse, check every key, expand the tasks.

The format is documented in corpora/README.md. Errors name the manifest, the line and column of the
offending key where it can be found, and what was expected.
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

from gg.corpus.model import FUNCTION, PROGRAM, Corpus, Run, Task, rel
from gg.errors import InputError

MANIFEST_NAMES = ("corpus.json", "corpus.toml")
KINDS = ("function+driver", "program", "assembly")
DEFAULT_OPTS = ("O0", "O2")
_OPT = re.compile(r"^O[0-3sz]$|^Ofast$|^Og$")
_ASM_OPT_SUFFIX = re.compile(r"^(?P<id>.+)\.(?P<opt>O[0-3sz]|Ofast|Og)$")

_COMMON = {"name", "description", "kind", "tasks", "opts", "libs", "cflags", "ldflags", "task_file", "published", "regenerate", "check"}
_PER_KIND = {
    "function+driver": {"function", "driver", "assembly"},
    "program": {"sources", "runs", "assembly"},
    "assembly": {"driver", "runs"},
}
#: keys a per-task file may set (overriding the manifest for that task)
_TASK_KEYS = {"function", "driver", "sources", "assembly", "libs", "cflags", "ldflags", "runs"}


def natural_key(s: str) -> list:
    """Sort `HumanEval_2` before `HumanEval_10`."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", s)]


class _Doc:
    """A parsed manifest or task file, with the means to point at a key in its text."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(str(path), f"cannot read: {getattr(e, 'strerror', None) or e}") from None
        if path.suffix == ".toml":
            try:
                self.data = tomllib.loads(self.text)
            except tomllib.TOMLDecodeError as e:
                m = re.search(r"\(at line (\d+), column (\d+)\)", str(e))
                msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(e))
                raise InputError(str(path), f"invalid TOML: {msg}", *(map(int, m.groups()) if m else ())) from None
        else:
            try:
                self.data = json.loads(self.text)
            except json.JSONDecodeError as e:
                raise InputError(str(path), f"invalid JSON: {e.msg}", e.lineno, e.colno) from None
        if not isinstance(self.data, dict):
            raise InputError(str(path), "expected an object (a table of keys) at the top level", 1, 1)

    def error(self, key: str, message: str) -> InputError:
        """An error about top-level `key`, placed at the key's first mention in the text if found."""
        top = key.split("[")[0].split(".")[0]
        pat = rf'"{re.escape(top)}"\s*:' if self.path.suffix == ".json" else rf"^\s*{re.escape(top)}\s*=|^\[+\s*{re.escape(top)}\s*\]+"
        m = re.search(pat, self.text, re.MULTILINE)
        if m is None:
            return InputError(str(self.path), f"`{key}`: {message}")
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        line = self.text.count("\n", 0, start) + 1
        col = start - (self.text.rfind("\n", 0, start) + 1) + 1
        return InputError(str(self.path), f"`{key}`: {message}", line, col)

    def str_(self, d: dict, key: str, default: Any = None, where: str = "") -> Any:
        v = d.get(key, default)
        if v is not default and not isinstance(v, str):
            raise self.error(where + key, f"expected a string, found {_kind(v)}")
        return v

    def strs(self, d: dict, key: str, default: tuple = (), where: str = "") -> tuple[str, ...]:
        v = d.get(key)
        if v is None:
            return tuple(default)
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise self.error(where + key, f"expected a list of strings, found {_kind(v)}")
        return tuple(v)

    def runs(self, d: dict, task_id: str | None = None) -> tuple[dict, ...] | None:
        v = d.get("runs")
        if v is None:
            return None
        if not isinstance(v, list) or not v:
            raise self.error("runs", f"expected a non-empty list of runs, found {_kind(v)}")
        out = []
        for i, r in enumerate(v):
            where = f"runs[{i}]"
            if not isinstance(r, dict):
                raise self.error(where, f"expected a table with args/stdin/stdout/exit, found {_kind(r)}")
            unknown = set(r) - {"args", "stdin", "stdout", "exit"}
            if unknown:
                raise self.error(f"{where}.{sorted(unknown)[0]}", "unknown key (known: args, stdin, stdout, exit)")
            args = r.get("args", [])
            if isinstance(args, str):
                args = shlex.split(args)
            if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
                raise self.error(f"{where}.args", f"expected a list of strings or one string, found {_kind(args)}")
            ex = r.get("exit")
            if ex is not None and (not isinstance(ex, int) or isinstance(ex, bool)):
                raise self.error(f"{where}.exit", f"expected an integer exit code, found {_kind(ex)}")
            if r.get("stdout") is None and ex is None:
                raise self.error(where, "a run must say what to expect: `stdout` (a file) and/or `exit`")
            for k in ("stdin", "stdout"):
                self.str_(r, k, where=f"{where}.")
            out.append({"args": tuple(args), "stdin": r.get("stdin"), "stdout": r.get("stdout"), "exit": ex})
        return tuple(out)

    def assembly(self, d: dict) -> dict[str, str] | None:
        v = d.get("assembly")
        if v is None:
            return None
        if not isinstance(v, dict) or not all(isinstance(k, str) and isinstance(x, str) for k, x in v.items()):
            raise self.error("assembly", f"expected a table from optimization level to file name, found {_kind(v)}")
        for k in v:
            if not _OPT.match(k):
                raise self.error(f"assembly.{k}", "expected an optimization level such as O0, O2, Os")
        return dict(v)


def _kind(v: Any) -> str:
    return {dict: "a table", list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number", type(None): "nothing"}.get(type(v), type(v).__name__)


def find_manifest(directory: Path) -> Path | None:
    for name in MANIFEST_NAMES:
        if (directory / name).is_file():
            return directory / name
    return None


def load_manifest(path: Path) -> Corpus:
    doc = _Doc(path)
    d = doc.data
    root = path.parent.resolve()
    kind = d.get("kind")
    if kind not in KINDS:
        raise doc.error("kind", f"expected one of {', '.join(KINDS)}, found {json.dumps(kind)}")
    unknown = sorted(set(d) - _COMMON - _PER_KIND[kind])
    if unknown:
        raise doc.error(unknown[0], f"unknown key for kind {kind!r} (known: {', '.join(sorted(_COMMON | _PER_KIND[kind]))})")
    name = doc.str_(d, "name", root.name)
    opts = doc.strs(d, "opts", DEFAULT_OPTS)
    for o in opts:
        if not _OPT.match(o):
            raise doc.error("opts", f"expected optimization levels such as O0, O2, Os; found {o!r}")
    patterns = doc.strs(d, "tasks")
    if not patterns:
        raise doc.error("tasks", "missing: a glob (or list of globs) selecting the tasks, relative to the manifest")
    published = _published(doc)
    defaults = {
        "function": doc.str_(d, "function"),
        "driver": doc.str_(d, "driver"),
        "sources": doc.strs(d, "sources", ("*.c",)),
        "assembly": doc.assembly(d) or {},
        "libs": doc.strs(d, "libs"),
        "cflags": doc.strs(d, "cflags"),
        "ldflags": doc.strs(d, "ldflags"),
        "runs": doc.runs(d),
    }
    if kind == "function+driver":
        for k in ("function", "driver"):
            if defaults[k] is None:
                raise doc.error(k, f"missing: kind {kind!r} needs `function` and `driver` (file names inside each task directory)")
    task_file = doc.str_(d, "task_file", "task" if kind != "assembly" else "{id}")

    tasks: list[Task] = []
    if kind == "assembly":
        groups: dict[str, dict[str, Path]] = {}
        for pat in patterns:
            for p in root.glob(pat):
                if not p.is_file() or p.suffix != ".s":
                    continue
                stem = p.name[: -len(".s")]
                m = _ASM_OPT_SUFFIX.match(stem)
                tid, opt = (m["id"], m["opt"]) if m else (stem, "asm")
                key = rel(root, p.parent / tid)
                groups.setdefault(key, {})[opt] = p
        if not groups:
            raise doc.error("tasks", f"matches no `.s` file under {root}")
        found_opts = sorted({o for g in groups.values() for o in g}, key=natural_key)
        if "opts" not in d:
            opts = tuple(found_opts)
        for key in sorted(groups, key=natural_key):
            tdir = root / Path(key).parent
            tid = Path(key).name
            tasks.append(_task(doc, root, tdir, tid, kind, defaults, task_file, asm=groups[key]))
    else:
        dirs: list[Path] = []
        for pat in patterns:
            dirs += [p for p in root.glob(pat) if p.is_dir()]
        if not dirs:
            raise doc.error("tasks", f"matches no task directory under {root}")
        seen: dict[str, Path] = {}
        for tdir in sorted(set(dirs), key=lambda p: natural_key(rel(root, p))):
            if tdir.name in seen:
                raise doc.error("tasks", f"two task directories named {tdir.name!r}: {seen[tdir.name]} and {tdir}")
            seen[tdir.name] = tdir
            tasks.append(_task(doc, root, tdir, tdir.name, kind, defaults, task_file))
    return Corpus(
        name=name,
        root=root,
        kind=kind,
        opts=opts,
        tasks=tasks,
        description=doc.str_(d, "description", ""),
        manifest=path,
        published=published,
    )


def _published(doc: _Doc) -> dict:
    v = doc.data.get("published")
    if v is None:
        return {}
    if not isinstance(v, dict) or not isinstance(v.get("rates"), dict):
        raise doc.error("published", "expected a table with `source` (text) and `rates` ({target: {opt: percent}})")
    for tgt, per in v["rates"].items():
        if not isinstance(per, dict) or not all(isinstance(x, (int, float)) and not isinstance(x, bool) and 0 <= x <= 100 for x in per.values()):
            raise doc.error(f"published.rates.{tgt}", "expected a table from optimization level to a percentage (0-100)")
    return {"source": str(v.get("source", "")), "rates": {t: {o: float(x) for o, x in per.items()} for t, per in v["rates"].items()}}


def _task(doc: _Doc, root: Path, tdir: Path, tid: str, kind: str, defaults: dict, task_file: str, asm: dict[str, Path] | None = None) -> Task:
    """Build one task: the manifest's defaults, overridden by the task's own file, checked for files."""
    spec = dict(defaults)
    tf = tdir / task_file.replace("{id}", tid)
    if tf.suffix not in (".json", ".toml"):  # a stem: either format
        tf = next((tf.with_name(tf.name + ext) for ext in (".json", ".toml") if tf.with_name(tf.name + ext).is_file()), tf)
    if tf.is_file():
        tdoc = _Doc(tf)
        unknown = sorted(set(tdoc.data) - _TASK_KEYS)
        if unknown:
            raise tdoc.error(unknown[0], f"unknown key in a task file (known: {', '.join(sorted(_TASK_KEYS))})")
        for k in ("function", "driver"):
            if k in tdoc.data:
                spec[k] = tdoc.str_(tdoc.data, k)
        for k in ("sources", "libs", "cflags", "ldflags"):
            if k in tdoc.data:
                spec[k] = tdoc.strs(tdoc.data, k)
        if "assembly" in tdoc.data:
            spec["assembly"] = tdoc.assembly(tdoc.data)
        if "runs" in tdoc.data:
            spec["runs"] = tdoc.runs(tdoc.data)
    sub = lambda s: s.replace("{id}", tid)  # noqa: E731
    problems: list[str] = []

    def path(name: str, what: str, required: bool = True) -> str | None:
        p = (tdir / sub(name)).resolve()
        try:
            r = rel(root, p)
        except ValueError:
            raise doc.error("tasks", f"task {tid}: {what} {name!r} lies outside the corpus directory") from None
        if not p.is_file():
            if required:
                problems.append(f"missing {what} {r}")
            return None
        return r

    sources: tuple[str, ...] = ()
    driver = None
    if kind == "function+driver":
        fn = path(spec["function"], "function source")
        sources = (fn,) if fn else ()
        driver = path(spec["driver"], "test driver")
    elif kind == "program":
        found: list[str] = []
        for g in spec["sources"]:
            matches = sorted(tdir.glob(sub(g)), key=lambda p: natural_key(p.name))
            found += [rel(root, m) for m in matches if m.is_file()]
        sources = tuple(dict.fromkeys(found))
        if not sources and not spec["assembly"]:
            problems.append(f"no C source matches {', '.join(spec['sources'])} in {rel(root, tdir) or '.'}")
    else:  # assembly: a task with a driver file is a function task, one without is a program
        driver = path(spec["driver"], "test driver", required=False) if spec["driver"] else None

    assembly: dict[str, str] = {}
    if asm is not None:
        assembly = {o: rel(root, p) for o, p in asm.items()}
    else:
        for o, name in spec["assembly"].items():
            a = path(name, f"-{o} assembly", required=not sources)
            if a:
                assembly[o] = a
    libs = tuple(x for x in (path(lib, "support file") for lib in spec["libs"]) if x)
    is_function = driver is not None or kind == "function+driver"
    runs: list[Run] = []
    for r in () if is_function else spec["runs"] or ():  # a function task is judged by its driver alone
        runs.append(Run(tuple(sub(a) for a in r["args"]), *(path(r[k], f"{k} file") if r[k] else None for k in ("stdin", "stdout")), r["exit"]))
    if not is_function and not runs:
        problems.append(f"no runs: give `runs` in the manifest or in the task file {rel(root, tdir) or '.'}/{tf.name}, or a test driver")
    extra = _headers(root, tdir, [*sources, *libs, *([driver] if driver else [])], spec["cflags"])
    return Task(
        id=tid,
        kind=FUNCTION if is_function else PROGRAM,
        dir=rel(root, tdir),
        sources=sources,
        assembly=tuple(sorted(assembly.items())),
        driver=driver,
        libs=libs,
        cflags=tuple(spec["cflags"]),
        ldflags=tuple(spec["ldflags"]),
        runs=tuple(runs),
        extra_files=extra,
        problem="; ".join(problems) or None,
    )


def _headers(root: Path, tdir: Path, files: list[str], cflags: tuple[str, ...]) -> tuple[str, ...]:
    """Headers a build may read: `*.h` beside every C file and in every `-I` directory inside the corpus."""
    dirs = {tdir.resolve()} | {(root / f).parent.resolve() for f in files}
    for i, flag in enumerate(cflags):
        if flag == "-I" and i + 1 < len(cflags):
            dirs.add((tdir / cflags[i + 1]).resolve())
        elif flag.startswith("-I") and len(flag) > 2:
            dirs.add((tdir / flag[2:]).resolve())
    out = []
    for d in dirs:
        try:
            rel(root, d)
        except ValueError:
            continue  # a system include directory: present on every worker
        out += [rel(root, h) for h in d.glob("*.h") if h.is_file()]
    return tuple(sorted(out))
