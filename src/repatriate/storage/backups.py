"""Copies of a SQLite database file: made with SQLite's online backup API, checked, restored,
and salvaged from a damaged file.

The online backup API copies a consistent snapshot while the database is in use, the part
still in the write-ahead log included, which copying the file by hand would miss. Every copy
is written to a temporary file beside its target, checked with `PRAGMA integrity_check`, put
in rollback-journal mode (so that it is one self-contained file), synced to disk and only then
renamed into place: a backup that exists is a good one.

A backup of an encrypted database is encrypted with the same key (SQLCipher's backup API
between two connections keyed alike), and gets a copy of the database's key header beside it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from repatriate.domain.errors import RepatriateError
from repatriate.storage import encryption
from repatriate.storage.engine import SQLITE_HEADER

_PAGES_PER_STEP = 4096
ABANDONED_AFTER_SECONDS = 24 * 3600
"""A half-written copy (`.backup-*.part`) this old was left by a copy that was killed: no copy
runs for a day."""
"""Pages copied per step of the online backup: writers get the lock between steps."""


@contextlib.contextmanager
def _connection(
    path: Path, *, read_only: bool, key: bytes | None = None
) -> Iterator[sqlite3.Connection]:
    with encryption.connect(path, read_only=read_only, key=key) as connection:
        yield connection


def is_sqlite_file(path: Path) -> bool:
    """Whether the file starts with SQLite's header (a 0-byte file does not)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check(path: Path, *, quick: bool = False, key: bytes | None = None) -> list[str]:
    """The problems SQLite finds in the file (`quick_check` or the full `integrity_check`);
    empty when it is sound. An encrypted file is read with `key`, else its unlocked key."""
    if key is None and not is_sqlite_file(path) and not encryption.is_encrypted(path):
        return [f"{path}: not a SQLite database file"]
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with _connection(path, read_only=True, key=key) as connection:
            found = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    except encryption.errors() as exc:
        return [str(exc)]
    except RepatriateError as exc:
        return [str(exc)]
    return [] if found == ["ok"] else found


def count_files(path: Path) -> int | None:
    """How many prisoner files a database or backup holds; None if it cannot be read."""
    try:
        with _connection(path, read_only=True) as connection:
            (count,) = connection.execute("SELECT count(*) FROM prisoner_file").fetchone()
    except encryption.errors():
        return None
    except RepatriateError:
        return None
    return int(count)


def schema_revision(path: Path) -> str | None:
    """The Repatriate schema revision stamped in a database file, None if it has none."""
    try:
        with _connection(path, read_only=True) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except encryption.errors():
        return None
    except RepatriateError:
        return None
    return None if row is None else str(row[0])


def remove_abandoned_copies(folder: Path, now: float | None = None) -> list[Path]:
    """Delete the half-written copies that killed copies left in `folder`; returns them."""
    now = time.time() if now is None else now
    removed = []
    for part in folder.glob(".backup-*.part"):
        with contextlib.suppress(OSError):
            if now - part.stat().st_mtime > ABANDONED_AFTER_SECONDS:
                part.unlink()
                removed.append(part)
    return removed


def copy(source: Path, target: Path) -> None:
    """A checked, self-contained copy of the database `source` at `target`, which is
    replaced only once the copy is complete and sound."""
    remove_abandoned_copies(target.parent)
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=".backup-", suffix=".part")
    except OSError as exc:
        raise RepatriateError(f"{target}: cannot write here ({exc.strerror})") from None
    os.close(handle)
    temporary = Path(name)
    key = encryption.key_for(source)
    try:
        with (
            _connection(source, read_only=True) as origin,
            _connection(temporary, read_only=False, key=key) as copied,
        ):
            origin.backup(copied, pages=_PAGES_PER_STEP)
            copied.execute("PRAGMA journal_mode = DELETE")
        problems = check(temporary, key=key)
        if problems:
            raise RepatriateError(f"{target}: the copy failed its check ({problems[0]})")
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        if key is not None:
            encryption.write_keyinfo(
                target, encryption.KeyInfo.read(encryption.keyinfo_path(source))
            )
        temporary.replace(target)
        _sync_folder(target.parent)
    except encryption.errors() as exc:
        raise RepatriateError(f"{target}: cannot copy the database ({exc})") from None
    except OSError as exc:
        raise RepatriateError(f"{target}: cannot write ({exc.strerror})") from None
    finally:
        temporary.unlink(missing_ok=True)


def restore(backup: Path, database: Path) -> None:
    """Replace the content of `database` with that of `backup`, in one step: SQLite's backup
    API writes the destination under an exclusive lock, so other connections see the old
    database or the restored one, never a mixture. Both must have the same key (or none)."""
    if encryption.key_for(backup) != encryption.key_for(database):
        raise RepatriateError(
            f"{backup}: not encrypted with the database's key; not restored (decrypt, encrypt "
            "or change the passphrase of one of them to match the other first)"
        )
    try:
        with (
            _connection(backup, read_only=True) as origin,
            _connection(database, read_only=False) as current,
        ):
            origin.backup(current)
    except encryption.errors() as exc:
        raise RepatriateError(f"{database}: cannot restore from {backup} ({exc})") from None


def salvage(damaged: Path, target: Path) -> tuple[int, list[str]]:
    """Copy every row that can still be read from a damaged database into a new file.

    The new file gets the damaged one's schema; each table's rows are read in order until
    the first unreadable page. Returns the rows saved and, per table, what was lost. The new
    file of an encrypted database is encrypted with the same key.
    """
    if target.exists():
        raise RepatriateError(f"{target}: already exists; give a new file name")
    saved = 0
    losses: list[str] = []
    key = encryption.key_for(damaged)
    try:
        if key is not None:
            encryption.write_keyinfo(
                target, encryption.KeyInfo.read(encryption.keyinfo_path(damaged))
            )
            rescuing = encryption.keyed(encryption.cipher().connect(str(target)), key)
        else:
            rescuing = sqlite3.connect(target)
        with (
            _connection(damaged, read_only=True) as origin,
            contextlib.closing(rescuing) as rescued,
        ):
            schema = origin.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC"
            ).fetchall()
            for kind, _, sql in schema:
                if kind == "table":
                    rescued.execute(sql)
            for kind, table, _ in schema:
                if kind != "table":
                    continue
                count, lost = _salvage_table(origin, rescued, table)
                saved += count
                if lost:
                    losses.append(f"{table}: {lost}")
            for kind, _, sql in schema:
                if kind != "table":
                    with contextlib.suppress(*encryption.errors()):
                        rescued.execute(sql)
            rescued.commit()
    except encryption.errors() as exc:
        target.unlink(missing_ok=True)
        encryption.keyinfo_path(target).unlink(missing_ok=True)
        raise RepatriateError(f"{damaged}: nothing could be salvaged ({exc})") from None
    return saved, losses


def _salvage_table(
    origin: sqlite3.Connection, rescued: sqlite3.Connection, table: str
) -> tuple[int, str]:
    quoted = '"' + table.replace('"', '""') + '"'
    count = 0
    try:
        cursor = origin.execute(f"SELECT * FROM {quoted}")
        width = len(cursor.description)
        insert = f"INSERT INTO {quoted} VALUES ({', '.join('?' * width)})"
        while rows := cursor.fetchmany(500):
            rescued.executemany(insert, rows)
            count += len(rows)
    except encryption.errors() as exc:
        return count, f"rows after the first {count} unreadable ({exc})"
    return count, ""


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
