"""The results file: one JSON record per line, appended atomically, read back for resume.

Each record is written with a single `write` on a descriptor opened with O_APPEND and then fsync'd,
so a killed run leaves every finished case whole on disk. At worst the line being written when the
process died is torn; `load` drops it (truncating the file back to the last whole line) so that case
runs again. Only the parent process writes, so lines never interleave.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


class ResultStore:
    def __init__(self, path: Path):
        self.path = path
        self.dropped = 0  # torn lines dropped by the last load
        self._fd: int | None = None

    def load(self) -> dict[str, dict[str, Any]]:
        """Finished records by key (the last record of a key wins). A torn or garbled line is dropped
        and the file rewritten (atomically) without it and without duplicate keys."""
        self.dropped = 0
        if not self.path.exists():
            return {}
        records: dict[str, dict[str, Any]] = {}
        lines = self.path.read_bytes().split(b"\n")
        whole, tail = lines[:-1], lines[-1]  # `tail` is what follows the last newline: b"" unless torn
        duplicates = 0
        for line in whole:
            if not line.strip():
                continue
            rec = _parse(line)
            if rec is None:
                self.dropped += 1
                continue
            duplicates += rec["key"] in records
            records[rec["key"]] = rec
        if tail.strip():
            self.dropped += 1
        if self.dropped or duplicates:
            self._rewrite(records)
        return records

    def _rewrite(self, records: dict[str, dict[str, Any]]) -> None:
        tmp = self.path.with_name(f".{self.path.name}.repair")
        with open(tmp, "wb") as f:
            for rec in records.values():
                f.write(_line(rec))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    def append(self, record: dict[str, Any]) -> None:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        buf = _line(record)
        n = os.write(self._fd, buf)
        if n != len(buf):  # a short write to a regular file means the disk is full
            raise OSError(f"{self.path}: short write ({n} of {len(buf)} bytes)")
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _line(rec: dict[str, Any]) -> bytes:
    return (json.dumps(rec, separators=(",", ":"), sort_keys=False) + "\n").encode()


def _parse(line: bytes) -> dict[str, Any] | None:
    try:
        rec = json.loads(line)
    except ValueError:
        return None
    return rec if isinstance(rec, dict) and isinstance(rec.get("key"), str) else None


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a results file, read only (for reports): whole lines, last record per key."""
    out: dict[str, dict[str, Any]] = {}
    if path.exists():
        for line in path.read_bytes().split(b"\n"):
            rec = _parse(line) if line.strip() else None
            if rec is not None:
                out[rec["key"]] = rec
    return list(out.values())
