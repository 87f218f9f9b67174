"""JSON rendering of report records."""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any


def _plain(o: Any) -> Any:
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        return {k: _plain(v) for k, v in dataclasses.asdict(o).items()}
    if isinstance(o, enum.Enum):
        return o.value
    if isinstance(o, dict):
        return {k: _plain(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_plain(v) for v in o]
    return o


def to_json(record: Any) -> str:
    d = _plain(record)
    if hasattr(record, "exit_code"):
        d["exit_code"] = record.exit_code
    return json.dumps(d, indent=2, sort_keys=False)
