"""Errors the Python layer raises for bad input (exit code 2)."""

from __future__ import annotations


class InputError(Exception):
    """Bad input or usage: a file that cannot be read or parsed. Carries file:line:col."""

    def __init__(self, path: str, message: str, line: int = 0, col: int = 0):
        self.path, self.line, self.col, self.message = path, line, col, message
        where = path if not line else f"{path}:{line}:{col}"
        super().__init__(f"{where}: {message}")


class ToolchainError(Exception):
    """A required external tool (cross gcc, qemu-user) is missing."""
