"""Every table's rows as plain JSON values, and writing such rows back: what a bundle carries
from one clinic's database to another.

The tables travel in `BUNDLED` (or are `DERIVED`); a test fails when a table is added to the
schema but not here, so that whoever adds it decides how it travels. Rows are encoded by their
columns' types alone: dates as ISO text, binary content (photos, documents) as the SHA-256 of
bytes carried beside.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    delete,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session

from repatriate.storage.standings import mark, mark_unassessed
from repatriate.storage.tables import Base

BUNDLED = (
    "setting",
    "desk",
    "desk_officer",
    "prisoner_file",
    "family_contact",
    "photo",
    "document",
    "movement",
    "hold",
    "activity",
    "follow_up",
    "court_order",
    "rti_application",
    "travel_document",
    "hand_over",
    "factsheet_override",
    "audit_entry",
)
"""The tables a bundle carries: all of them. Holds are carried as they are rather than derived
again from the movements, so that the copy is the original row for row. The audit log travels
to an empty database whole, with its head in the settings, so that its chain still verifies."""

DERIVED = ("file_standing",)
"""The tables a bundle leaves out: derived from the others, and assessed again where the
bundle is imported (`write_rows` marks the files it writes)."""

SHARED_BY_CODE = "desk"
"""The table whose rows two clinics share, matched by `code` rather than added again."""
FILES = "prisoner_file"
"""The table whose rows each clinic names with its own `ref`: these may collide."""

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_INTEGER_RANGE = 2**63
_BATCH = 500


def tables() -> list[Table]:
    """The bundled tables, parents before children (the order rows are written in)."""
    return [t for t in Base.metadata.sorted_tables if t.name in BUNDLED]


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def read_rows(session: Session, table: Table) -> Iterator[dict[str, Any]]:
    """The table's rows in primary-key order, binary content included."""
    result = session.execute(select(table).order_by(*table.primary_key.columns))
    for row in result.mappings():
        yield dict(row)


def encode(table: Table, row: Mapping[str, Any], attach: Callable[[bytes], str]) -> dict[str, Any]:
    """A row as JSON values; `attach` keeps binary content and returns the name it goes by."""
    record: dict[str, Any] = {}
    for column in table.columns:
        value = row[column.name]
        if value is None:
            record[column.name] = None
        elif isinstance(column.type, LargeBinary):
            record[column.name] = attach(value)
        elif isinstance(column.type, Date | DateTime):
            record[column.name] = value.isoformat()
        else:
            record[column.name] = value
    return record


def decode(
    table: Table, record: object, attachments: Mapping[str, int]
) -> tuple[dict[str, Any], list[str]]:
    """A JSON record as a row of `table`, and what is wrong with it (`column: value: reason`).

    Binary columns stay the name of their content, which must be among `attachments`; it is
    read only when the row is written (`write_rows`).
    """
    if not isinstance(record, dict):
        return {}, [f"row: {_shown(record)}: not a JSON object"]
    problems = [
        f"{name}: {_shown(record[name])}: no such column in {table.name}"
        for name in record
        if name not in table.columns
    ]
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in record:
            problems.append(f"{column.name}: missing")
            continue
        value = record[column.name]
        try:
            row[column.name] = _decode_value(column, value, attachments)
        except ValueError as exc:
            problems.append(f"{column.name}: {_shown(value)}: {exc}")
    return row, problems


def _decode_value(column: Column[Any], value: object, attachments: Mapping[str, int]) -> Any:
    kind = column.type
    if value is None:
        if not column.nullable:
            raise ValueError("required")
        return None
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ValueError("not true or false")
        return value
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError("not a whole number")
        if not -_INTEGER_RANGE <= value < _INTEGER_RANGE:
            raise ValueError("out of range")
        return value
    if isinstance(kind, DateTime):
        if not isinstance(value, str):
            raise ValueError("not a date and time")
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        if not isinstance(value, str) or len(value) != len("YYYY-MM-DD"):
            raise ValueError("not a date (YYYY-MM-DD)")
        return date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        if not isinstance(value, str) or not _SHA256.match(value):
            raise ValueError("not the SHA-256 of an attachment")
        if value not in attachments:
            raise ValueError("no such attachment in the bundle")
        return value
    if isinstance(kind, JSON):
        # Every JSON column of the schema is a list of texts (aliases, languages, countries).
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError("not a list of texts")
        return value
    if isinstance(kind, String):
        if not isinstance(value, str):
            raise ValueError("not text")
        if kind.length is not None and len(value) > kind.length:
            raise ValueError(f"longer than {kind.length} characters")
        return value
    raise ValueError(f"a column of type {kind} cannot travel in a bundle")


def _shown(value: object) -> str:
    shown = repr(value) if not isinstance(value, str) else value
    return shown if len(shown) <= 40 else shown[:40] + "…"


def references(table: Table) -> dict[str, str]:
    """Each column of `table` that refers to another table's row, and that table's name."""
    return {
        column.name: next(iter(column.foreign_keys)).column.table.name
        for column in table.columns
        if column.foreign_keys
    }


def count(session: Session, table: Table) -> int:
    return session.scalar(select(func.count()).select_from(table)) or 0


def clear(session: Session, table: Table) -> None:
    session.execute(delete(table))


def write_rows(
    session: Session,
    table: Table,
    rows: list[dict[str, Any]],
    content: Callable[[str], bytes],
    *,
    keep_ids: bool,
) -> list[int]:
    """Insert `rows` (binary columns holding the name their content goes by, read through
    `content` one row at a time so that a clinic's scans are never all in memory at once).

    With `keep_ids` the rows keep their ids and none are returned; otherwise each row gets a
    new id, returned in order.
    """
    mark_unassessed(session)
    if "file_id" in table.c:
        mark(session, (row["file_id"] for row in rows if row.get("file_id") is not None))
    binary = [c.name for c in table.columns if isinstance(c.type, LargeBinary)]
    key = id_column(table)
    new_ids: list[int] = []
    if keep_ids and not binary:
        for start in range(0, len(rows), _BATCH):
            session.execute(insert(table), rows[start : start + _BATCH])
    else:
        for row in rows:
            values = {**row, **{name: content(row[name]) for name in binary}}
            if keep_ids or key is None:
                session.execute(insert(table).values(values))
            else:
                del values[key]
                added = insert(table).values(values).returning(table.c[key])
                new_ids.append(session.execute(added).scalar_one())
    if keep_ids and key is not None and session.get_bind().dialect.name == "postgresql":
        # PostgreSQL's serial counters do not move when ids are given: without this the next
        # row added by hand would be given an id already taken.
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key}'), "
                f"COALESCE((SELECT MAX({key}) FROM {table.name}), 0) + 1, false)"
            )
        )
    return new_ids


def id_column(table: Table) -> str | None:
    """The name of an integer id column that numbers the rows, None for tables keyed by text."""
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and isinstance(keys[0].type, Integer):
        return keys[0].name
    return None
