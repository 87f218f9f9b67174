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

def translate(source: str, target: str) -> TranslationDict: ...
def parse_x86(source: str) -> int: ...
