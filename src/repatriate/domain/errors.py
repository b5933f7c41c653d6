"""Errors a caseworker is shown: each message names the field and value at fault."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


class RepatriateError(Exception):
    """Anything the program can explain in one line to the person using it."""


class NotFound(RepatriateError):
    pass


def no_such_file(ref: str) -> NotFound:
    """The one way to say a ref names no file: quoted, since the ref is whatever was typed."""
    return NotFound(f"ref: {quoted(ref)}: no such file")


class Conflict(RepatriateError):
    """Someone else saved the same file in the meantime, or a ref is already taken."""


@dataclass(frozen=True, slots=True)
class FieldError:
    """One bad value: `row N: column: value: reason` in an import report."""

    field: str
    value: str
    reason: str
    row: int | None = None

    def __str__(self) -> str:
        where = f"row {self.row}: " if self.row is not None else ""
        return f"{where}{self.field}: {quoted(self.value)}: {self.reason}"


SHOWN_CHARACTERS = 80
"""An error quotes at most this much of a value: a pasted page must not flood the terminal."""


def quoted(value: str) -> str:
    """A value as an error line shows it: on one line (a newline in it cannot forge a second
    `row N:` line), control characters escaped, at most 80 characters of it."""
    shown = "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
        for c in value[:SHOWN_CHARACTERS]
    )
    if len(value) > SHOWN_CHARACTERS:
        shown += f"… ({len(value)} characters)"
    return shown


def printable(text: str) -> str:
    """Text stored before control characters were refused, made safe to print: each control
    character other than newline and tab (ESC, NUL, BEL, a carriage return that would let a
    line overwrite itself...) is dropped; a Windows line break becomes a newline."""
    return _DROPPED.sub("", text.replace("\r\n", "\n"))


# The control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) but tab and
# newline: one regular expression rather than a look-up per character, for long outputs.
_DROPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def is_not_text(character: str) -> bool:
    """A code point no script writes with: unassigned (category Cn), private use (Co, whose
    look depends on one computer's fonts) or half of a broken surrogate pair (Cs). Joiners and
    direction marks (Cf), which Bengali, Devanagari and Urdu names need, are text."""
    return unicodedata.category(character) in ("Cn", "Co", "Cs")


def is_control(character: str) -> bool:
    """A control character other than those of line breaks (newline, carriage return, as in
    files from Windows) and tab."""
    return character not in "\n\r\t" and unicodedata.category(character) == "Cc"


class InvalidInput(RepatriateError):
    """One or more bad values; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class NothingMatched(RepatriateError):
    """A request that selects nothing (an embassy none of whose nationals can be printed):
    bad input on the command line."""


class Cancelled(RepatriateError):
    """The person stopped a long task before it finished; nothing was written."""
