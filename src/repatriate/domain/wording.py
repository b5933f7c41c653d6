"""Counts in the English the commands and the printed papers write: "1 file", "2 files",
never "file(s)" (the window words its counts through Qt's plural forms instead)."""

from __future__ import annotations


def counted(count: int, one: str, many: str | None = None) -> str:
    """`count` with its noun: "1 national", "2 nationals"; `many` where the plural is not
    `one` with an s ("1 person", "2 people")."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"
