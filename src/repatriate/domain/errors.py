"""Errors a caseworker is shown: each message names the field and value at fault."""

from __future__ import annotations

from dataclasses import dataclass


class RepatriateError(Exception):
    """Anything the program can explain in one line to the person using it."""


class NotFound(RepatriateError):
    pass


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
        return f"{where}{self.field}: {self.value}: {self.reason}"


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
