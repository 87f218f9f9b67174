# Type stubs for the Rust extension (rust/src/py/mod.rs). Keep in step with it.
from typing import TypedDict

__version__: str

class GgError(Exception):
    line: int
    col: int
    msg: str
    what: str

class AsmSyntaxError(GgError): ...
class UnsupportedError(GgError): ...

class TranslationDict(TypedDict):
    text: str
    functions: list[str]
    instructions: int
    #: the flavour the input was read as: "linux" (ELF) or "macos" (Mach-O)
    flavor: str
    #: the input in the ELF flavour the host toolchain builds; None when that is the input itself
    native_source: str | None

def translate(source: str, target: str, flavor: str = "auto", prototypes: str | None = None) -> TranslationDict: ...
def elf_source(source: str, flavor: str = "auto") -> str | None: ...
def parse_x86(source: str) -> int: ...

class LintDiagnostic(TypedDict):
    code: str
    name: str
    #: "error" or "warning"
    severity: str
    message: str
    hint: str
    line: int
    col: int

class LintRule(TypedDict):
    code: str
    name: str
    severity: str
    summary: str
    hint: str

def detect_isa(source: str) -> str: ...
def lint(source: str, isa: str = "auto") -> list[LintDiagnostic]: ...
def lint_rules() -> list[LintRule]: ...
def canonical(source: str, isa: str = "auto") -> str: ...
