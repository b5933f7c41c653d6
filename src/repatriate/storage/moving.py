"""Copying every row of one Repatriate database into another, empty one of the same schema:
moving a clinic from a SQLite file to a PostgreSQL server, or back.

The tables are the bundle's (`dump.BUNDLED`, which a test keeps complete), written parents
first with their ids. Each table is counted and summed (SHA-256 over its rows in primary-key
order, binary content by its own SHA-256) on both sides before the target commits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete
from sqlalchemy.orm import Session

from repatriate.domain.errors import RepatriateError
from repatriate.storage import dump
from repatriate.storage.settings import RELEASE_RULE_STAMP
from repatriate.storage.tables import SettingRow

_CHUNK = 200
"""Rows written at a time: a clinic's scans are never all in memory at once."""


@dataclass(frozen=True)
class CopiedTable:
    name: str
    rows: int
    checksum: str
    """SHA-256 of the table's rows (see `table_sum`), the same on both sides."""


def table_sum(session: Session, table: Table) -> tuple[int, str]:
    """How many rows `table` holds, and the SHA-256 of them in primary-key order, each row as
    JSON values (dates as ISO text, binary content as its SHA-256)."""
    summed = hashlib.sha256()
    rows = 0
    for row in dump.read_rows(session, table):
        record = dump.encode(table, row, dump.digest)
        summed.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
        summed.update(b"\n")
        rows += 1
    return rows, summed.hexdigest()


def rows_held(session: Session) -> dict[str, int]:
    """The tables of `session`'s database that hold rows, and how many. The stamp of the
    release-date rule, which opening any database writes, is not counted: it is derived, and
    the source's own comes with the copy."""
    session.execute(delete(SettingRow).where(SettingRow.key == RELEASE_RULE_STAMP))
    counts = {table.name: dump.count(session, table) for table in dump.tables()}
    return {name: rows for name, rows in counts.items() if rows}


def copy_rows(source: Session, target: Session) -> list[CopiedTable]:
    """Copy every bundled table from `source` into `target`, which must hold no rows, and check
    each table's count and checksum on the target against the source. Raises (and the caller's
    transaction on the target rolls back) if any differs."""
    held = rows_held(target)
    if held:
        name, rows = next(iter(held.items()))
        raise RepatriateError(
            f"the target database is not empty ({name}: {rows} rows); copy only into an empty "
            "database"
        )
    copied = []
    for table in dump.tables():
        for chunk in _chunks(dump.read_rows(source, table)):
            dump.write_rows(target, table, chunk, _as_stored, keep_ids=True)
        target.flush()
        rows, checksum = table_sum(source, table)
        written, written_sum = table_sum(target, table)
        if (written, written_sum) != (rows, checksum):
            raise RepatriateError(
                f"{table.name}: the copy differs from the original ({written} rows against "
                f"{rows}, checksum {written_sum[:12]} against {checksum[:12]}); nothing was copied"
            )
        copied.append(CopiedTable(table.name, rows, checksum))
    return copied


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _as_stored(content: Any) -> bytes:
    """The binary content of a row read from the source: already the bytes themselves."""
    if not isinstance(content, bytes):
        raise TypeError(f"binary content expected, not {type(content).__name__}")
    return content
