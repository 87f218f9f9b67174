"""Corpus formats: the bundled HumanEval-C manifest, program directories (TOML, task files, support
code), ready-made assembly, a BringupBench-shaped checkout, and clear errors for bad manifests."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, ROOT
from gg import corpus as corpusmod
from gg.corpus import FUNCTION, PROGRAM, Run
from gg.errors import InputError

CORPORA = DATA / "corpora"


def test_humaneval_c_loads_all_tasks_in_natural_order():
    c = corpusmod.load("humaneval-c")
    assert (c.name, c.kind, c.opts) == ("humaneval-c", "function+driver", ("O0", "O2"))
    assert len(c.tasks) == 164 and not [t.id for t in c.tasks if t.problem]
    assert [t.id for t in c.tasks[:3]] == ["HumanEval_0", "HumanEval_1", "HumanEval_2"]
    assert c.tasks[10].id == "HumanEval_10"
    t = c.tasks[13]
    assert t.kind == FUNCTION and t.sources == ("tasks/HumanEval_13/func.c",) and t.driver == "tasks/HumanEval_13/test.c"
    assert t.asm_for("O2") == "tasks/HumanEval_13/func.O2.s" and t.asm_for("O3") is None
    assert set(t.files()) == {"tasks/HumanEval_13/func.c", "tasks/HumanEval_13/test.c", "tasks/HumanEval_13/func.O0.s", "tasks/HumanEval_13/func.O2.s"}
    # the paper's numbers travel with the corpus; no number is invented for a missing cell
    assert c.published_rate("aarch64", "O0") == 99.39 and c.published_rate("aarch64", "O2") == 45.12
    assert c.published_rate("riscv64", "O0") == 89.93 and c.published_rate("riscv64", "O2") is None


def test_corpus_by_path_or_manifest_file_and_unknown_names():
    by_dir = corpusmod.load(ROOT / "corpora" / "humaneval-c")
    by_file = corpusmod.load(ROOT / "corpora" / "humaneval-c" / "corpus.json")
    assert len(by_dir.tasks) == len(by_file.tasks) == 164
    with pytest.raises(InputError, match=r"no such corpus.*known: .*humaneval-c"):
        corpusmod.load("no-such-corpus")
    with pytest.raises(InputError, match="not a corpus"):
        corpusmod.load(DATA)


def test_a_broken_task_is_loaded_with_its_problem_not_an_error():
    c = corpusmod.load(CORPORA / "broken")
    tasks = {t.id: t for t in c.tasks}
    assert list(tasks) == ["bad_driver", "good", "missing_func", "not_c"]
    assert tasks["missing_func"].problem == "missing function source tasks/missing_func/func.c"
    assert all(tasks[i].problem is None for i in ("good", "bad_driver", "not_c"))
    assert tasks["good"].assembly == ()  # no committed assembly: eval compiles func.c at each level


def test_program_directories_from_toml_with_task_files_and_support_code():
    c = corpusmod.load(CORPORA / "progs")
    tasks = {t.id: t for t in c.tasks}
    assert list(tasks) == ["sum", "upper", "wrong"]  # lib/ is not a task: the glob is programs/*
    up = tasks["upper"]
    assert up.kind == PROGRAM and up.sources == ("programs/upper/main.c",)
    assert up.libs == ("lib/util.c",) and up.cflags == ("-I../../lib",) and "lib/util.h" in up.extra_files
    assert up.runs == (Run((), "programs/upper/in.txt", "programs/upper/expected.out", None),)
    # sum/task.toml replaces the manifest's runs: argv as a string or a list, expected exit codes
    assert tasks["sum"].runs == (Run(("1", "2", "3"), None, "programs/sum/six.out", None), Run(("40", "20"), None, "programs/sum/big.out", 1))


def test_ready_made_assembly_with_drivers_or_expected_output():
    c = corpusmod.load(CORPORA / "asm")
    assert c.opts == ("O2",)  # taken from the file names
    tasks = {t.id: t for t in c.tasks}
    assert tasks["gcd"].kind == FUNCTION and tasks["gcd"].driver == "gcd.test.c" and tasks["gcd"].runs == ()
    assert tasks["hello"].kind == PROGRAM and tasks["hello"].runs == (Run((), None, "hello.out", 0),)
    assert tasks["hello"].sources == () and tasks["hello"].asm_for("O2") == "hello.O2.s"


def test_bringup_bench_checkout_is_read_from_its_makefiles():
    c = corpusmod.load(CORPORA / "bringup-mini")
    assert c.kind == "bringup-bench" and c.published_rate("aarch64", "O2") == 15.38
    tasks = {t.id: t for t in c.tasks}
    fact = tasks["fact"]
    assert fact.sources == ("fact/fact.c",) and fact.runs == (Run(("12",), None, "fact/fact.out", None),)
    assert fact.libs == ("common/libmin_atol.c", "common/libmin_print.c", "target/libtarg.c")
    assert fact.cflags == ("-DTARGET_HOST", "-I../common", "-I../target", "-DN_MAX=20")
    assert set(fact.extra_files) == {"common/libmin.h", "target/libtarg.h"}
    assert tasks["noout"].problem == "missing expected output noout/noout.out"


# (manifest file name, text, expected message, line, col): every mistake names its place
BAD_MANIFESTS = [
    ("corpus.json", '{"kind": "program",\n "tasks": "*"\n', "invalid JSON", 3, 1),
    ("corpus.json", '{"kind": "fortran", "tasks": "*"}', "`kind`: expected one of function+driver, program, assembly", 1, 2),
    ("corpus.json", '{"kind": "program",\n  "tasks": "t/*",\n  "sourcse": ["*.c"]}', "`sourcse`: unknown key for kind 'program'", 3, 3),
    ("corpus.json", '{"kind": "function+driver", "tasks": "t/*", "driver": "test.c"}', "`function`: missing", 0, 0),
    ("corpus.json", '{"kind": "program", "tasks": "t/*",\n "runs": [{"args": 3, "stdout": "x"}]}', "`runs[0].args`: expected a list of strings or one string, found a number", 2, 2),
    ("corpus.json", '{"kind": "program", "tasks": "t/*", "runs": [{"args": []}]}', "`runs[0]`: a run must say what to expect", 1, 37),
    ("corpus.json", '{"kind": "program", "tasks": "t/*", "opts": ["O9"]}', "`opts`: expected optimization levels", 1, 37),
    ("corpus.json", '{"kind": "program", "tasks": "nothing/*"}', "`tasks`: matches no task directory", 1, 21),
    ("corpus.json", '{"kind": "program", "tasks": "t/*", "published": {"rates": {"aarch64": {"O0": 140}}}}', "`published.rates.aarch64`: expected a table from optimization level to a percentage", 1, 37),
    ("corpus.json", "[1, 2]", "expected an object", 1, 1),
    ("corpus.toml", 'kind = "program"\ntasks = [t/*]\n', "invalid TOML", 2, 10),
    ("corpus.toml", 'kind = "program"\ntasks = "t/*"\nlibs = 5\n', "`libs`: expected a list of strings, found a number", 3, 1),
]


@pytest.mark.parametrize("name,text,message,line,col", BAD_MANIFESTS, ids=[f"{i}-{b[2][:24]}" for i, b in enumerate(BAD_MANIFESTS)])
def test_bad_manifests_are_input_errors_with_position(name: str, text: str, message: str, line: int, col: int, tmp_path: Path):
    (tmp_path / "t" / "a").mkdir(parents=True)
    (tmp_path / name).write_text(text)
    with pytest.raises(InputError) as e:
        corpusmod.load(tmp_path)
    assert message in e.value.message, e.value.message
    assert (e.value.line, e.value.col) == (line, col)
    assert e.value.path == str(tmp_path / name)


def test_a_task_file_with_an_unknown_key_is_an_error(tmp_path: Path):
    (tmp_path / "t" / "a").mkdir(parents=True)
    (tmp_path / "corpus.json").write_text('{"kind": "program", "tasks": "t/*", "runs": [{"exit": 0}]}')
    (tmp_path / "t" / "a" / "task.json").write_text('{\n  "run": []\n}')
    with pytest.raises(InputError) as e:
        corpusmod.load(tmp_path)
    assert e.value.path.endswith("t/a/task.json") and (e.value.line, e.value.col) == (2, 3) and "unknown key" in e.value.message
