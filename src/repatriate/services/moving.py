"""Moving a clinic: its whole database copied into another, empty one (a SQLite file or a
PostgreSQL server), the target made or brought up to the same schema first."""

from __future__ import annotations

from repatriate.storage.engine import database_url
from repatriate.storage.moving import CopiedTable, copy_rows
from repatriate.storage.store import Store


def copy_database(source: Store, target: str) -> tuple[str, list[CopiedTable]]:
    """Copy every row of `source` into the empty database `target` (a file path or a URL), in
    one transaction on the target: if anything fails, it holds no rows. Returns where the copy
    went (without a password) and each table's count and checksum."""
    destination = Store.open(database_url(target), create=True)
    try:
        with source.reading() as reading, destination.unit_of_work() as writing:
            copied = copy_rows(reading, writing)
        return destination.describe(), copied
    finally:
        destination.close()
