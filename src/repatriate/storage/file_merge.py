"""Moving every record of one file to another, when the two turn out to be one person.

Every table in `roles.FILE_TABLES` is covered (a test fails when a table with a `file_id` is
left out of it): its rows move, except family contacts, which are saved with the kept file's
fields, and the derived ones, which are worked out again for the kept file (holds from its
movements, the standing by the store before it commits).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Table, UniqueConstraint, select, update
from sqlalchemy.orm import Session

from repatriate.storage.desks import DeskRepository, MovementRepository
from repatriate.storage.roles import FILE_TABLES
from repatriate.storage.standings import mark
from repatriate.storage.tables import Base

NOT_MOVED = ("family_contact", "hold", "file_standing")
"""Rows not moved: family contacts are saved with the kept file, the derived rows are worked
out again; the other file's own go with it."""


def moved_tables() -> list[Table]:
    return [Base.metadata.tables[name] for name in FILE_TABLES if name not in NOT_MOVED]


def _unique_sets(table: Table) -> list[tuple[str, ...]]:
    """The column sets of `table` unique together that include `file_id`."""
    sets: list[tuple[str, ...]] = [(c.name,) for c in table.columns if c.unique]
    sets += [
        tuple(c.name for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    sets += [tuple(c.name for c in index.columns) for index in table.indexes if index.unique]
    return [s for s in dict.fromkeys(sets) if "file_id" in s]


def clashes(session: Session, from_id: int, to_id: int) -> list[str]:
    """The tables whose rows of file `from_id` cannot join those of `to_id` without breaking
    a unique constraint (both files have a hand-over, of which a file has at most one)."""
    found = []
    for table in moved_tables():
        for columns in _unique_sets(table):
            others: list[ColumnElement[Any]] = [
                table.c[name] for name in columns if name != "file_id"
            ] or [table.c.file_id.isnot(None)]
            rows = [
                set(session.execute(select(*others).where(table.c.file_id == file_id)))
                for file_id in (from_id, to_id)
            ]
            if rows[0] & rows[1]:
                found.append(table.name)
    return sorted(set(found))


def move_records(session: Session, from_id: int, to_id: int, to_ref: str) -> dict[str, int]:
    """Move every record of file `from_id` to `to_id` (`to_ref`) and rewrite the kept file's
    holds from all its movements. Returns the rows moved per table (tables with none left
    out)."""
    moved: dict[str, int] = {}
    for table in moved_tables():
        result = cast(
            CursorResult[Any],
            session.execute(update(table).where(table.c.file_id == from_id).values(file_id=to_id)),
        )
        if result.rowcount:
            moved[table.name] = result.rowcount
    session.expire_all()
    moves = MovementRepository(session)
    moves.rewrite_holds({to_id: moves.of_file(to_ref)}, DeskRepository(session).ids())
    mark(session, [to_id])
    return moved
