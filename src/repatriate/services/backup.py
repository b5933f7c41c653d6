"""Backups of the clinic's database: made, verified, kept in rotation, restored, and checked.

A clinic's database holds years of files that exist nowhere else. Backups go to a `backups`
folder beside the database, made with SQLite's online backup API and checked before they are
kept (the scheme of Zotero and Anki): before every import, bulk change, deletion and restore,
on closing the window, and every half hour of activity. Older backups are thinned out once a
newer one has been verified: the last 10, and the newest of each of the last 7 days, 4 weeks
and 12 months, are kept.
"""

from __future__ import annotations

import glob
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from repatriate.domain.audit import AuditAction
from repatriate.domain.errors import RepatriateError
from repatriate.services import audit
from repatriate.storage import backups, encryption, schema
from repatriate.storage.engine import sqlite_path
from repatriate.storage.settings import SettingRepository
from repatriate.storage.standings import mark_unassessed
from repatriate.storage.store import Store

FOLDER = "backups"
ACTIVITY_INTERVAL = timedelta(minutes=30)
"""An automatic backup is made when the newest one is older than this and the database has
changed since."""
FULL_CHECK_EVERY = timedelta(days=7)
"""The window runs SQLite's full integrity check in the background this often; the quick check
on every opening skips matching the indexes to the rows."""
LAST_FULL_CHECK = "backups.last_full_check"
"""Setting: the ISO date of the last full integrity check made by the window."""
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.sqlite3$"
)
_STAMP = "%Y%m%d-%H%M%S"
_REASON = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


@dataclass(frozen=True, slots=True)
class Retention:
    """How many backups to keep: the `recent` newest ones whenever they were made (a backup
    made before a deletion must survive the next few), then the newest of each of the last
    `daily` days, `weekly` ISO weeks and `monthly` months that have one."""

    recent: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str
    """Why it was made: `manual`, `automatic`, `before-import`, `before-restore` ..."""
    size: int
    files: int | None
    """Prisoner files it holds; None if it cannot be read."""


@dataclass(frozen=True, slots=True)
class CheckReport:
    database: Path
    problems: tuple[str, ...]
    """What SQLite's integrity check found; empty when the database is sound."""
    newest_good: Backup | None
    """The newest backup that passes its own check, offered when the database does not."""

    @property
    def sound(self) -> bool:
        return not self.problems


def keep(made: Sequence[datetime], retention: Retention) -> set[int]:
    """The indexes of the backups (by time made) that the retention keeps: the most recent
    ones, and the newest of each of the most recent days, weeks and months."""
    order = sorted(range(len(made)), key=lambda i: made[i], reverse=True)
    kept: set[int] = set(order[: max(retention.recent, 1)])
    for limit, period in (
        (retention.daily, lambda t: t.date()),
        (retention.weekly, lambda t: t.isocalendar()[:2]),
        (retention.monthly, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for index in order:
            key = period(made[index])
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(key)
            kept.add(index)
    return kept


class BackupService:
    def __init__(self, store: Store, retention: Retention | None = None) -> None:
        self.store = store
        self.retention = retention or Retention()

    @property
    def available(self) -> bool:
        """Whether the database is a SQLite file this service can back up."""
        return self._path() is not None

    def _path(self) -> Path | None:
        return sqlite_path(self.store.engine.url.render_as_string(hide_password=False))

    @property
    def database(self) -> Path:
        path = self._path()
        if path is None:
            raise RepatriateError(
                f"{self.store.describe()}: not on PostgreSQL: use pg_dump (backups, restores "
                "and damage checks here are for SQLite database files)"
            )
        return path

    @property
    def folder(self) -> Path:
        return self.database.parent / FOLDER

    def backup(self, to: Path | None = None, reason: str = "manual") -> Backup:
        """A verified backup: to `to` if given, else into the backups folder, after which
        older backups there are thinned out by the retention."""
        if not _REASON.match(reason):
            raise ValueError(f"backup reason {reason!r}: lower-case words joined by '-'")
        database = self.database
        if to is None:
            target = self._new_name(reason)
        else:
            target = to.expanduser().absolute()
            if target.exists() and not target.is_file():
                raise RepatriateError(f"{to}: not a regular file; give a file name for the backup")
            if not target.parent.is_dir():
                raise RepatriateError(f"{to}: the folder {target.parent} does not exist")
            if target.resolve() == database.resolve():
                raise RepatriateError(f"{to}: that is the database itself")
        # Recorded first, so that the backup holds its own entry (and the database has not
        # changed since it, for `automatic`).
        with self.store.unit_of_work() as session:
            audit.record(session, AuditAction.BACKUP, None, reason)
        backups.copy(database, target)
        made = _described(datetime.now(), reason, target)
        if to is None:
            self.rotate()
        return made

    def before(self, change: str) -> Backup | None:
        """A backup before a bulk change (`import`, `delete`, `restore`...), unless the
        database holds no files yet (there is nothing to lose) or is not a SQLite file."""
        if not self.available or not backups.count_files(self.database):
            return None
        return self.backup(reason=f"before-{change}")

    def automatic(self, now: datetime | None = None) -> Backup | None:
        """A backup if the database changed since the newest one and that is older than
        half an hour (or there is none). Nothing for a database that is not a SQLite file."""
        if not self.available:
            return None
        now = now or datetime.now()
        found = self._listed()
        if found and now - found[0][0] < ACTIVITY_INTERVAL:
            return None
        # The newest backup file was finished after its snapshot was taken: a database (or
        # log) written after that holds changes the backups lack.
        backed_up = max((path.stat().st_mtime for *_, path in found), default=None)
        changed = max(
            (p.stat().st_mtime for p in _database_files(self.database) if p.exists()), default=0
        )
        if backed_up is not None and changed <= backed_up:
            return None
        return self.backup(reason="automatic")

    def all(self) -> list[Backup]:
        """The backups in the folder, newest first, each with the files it holds."""
        return [_described(*listed) for listed in self._listed()]

    def _listed(self) -> list[tuple[datetime, str, Path]]:
        """When, why and where each backup in the folder was made, newest first, from the
        names alone: no backup is opened."""
        if not self.folder.is_dir():
            return []
        found = []
        stem = self.database.stem
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if match is None or match["stem"] != stem or not path.is_file():
                continue
            made_at = datetime.strptime(match["stamp"], _STAMP)
            # Backups made within one second are numbered in the order they were made.
            found.append((made_at, int(match["n"] or 1), match["reason"], path))
        return [
            (made_at, reason, path)
            for made_at, _, reason, path in sorted(found, key=lambda f: f[:2], reverse=True)
        ]

    def rotate(self) -> list[Path]:
        """Remove the backups the retention no longer keeps; returns them."""
        found = self._listed()
        kept = keep([made_at for made_at, _, _ in found], self.retention)
        removed = [path for i, (*_, path) in enumerate(found) if i not in kept]
        for path in removed:
            path.unlink(missing_ok=True)
            encryption.keyinfo_path(path).unlink(missing_ok=True)
        return removed

    def restore(self, backup: Path) -> Backup:
        """Put the content of `backup` in place of the database. The database as it was is
        backed up first; returns that backup. Reopen the database afterwards: the restored
        one may be of an older schema, upgraded on opening."""
        database = self.database
        source = backup.expanduser().absolute()
        if not source.is_file():
            raise RepatriateError(f"{backup}: no such backup file")
        problems = backups.check(source)
        if problems:
            raise RepatriateError(f"{backup}: not a sound database ({problems[0]}); not restored")
        if backups.schema_revision(source) is None:
            raise RepatriateError(f"{backup}: not a Repatriate database; not restored")
        if source.resolve() == database.resolve():
            raise RepatriateError(f"{backup}: that is the database itself")
        kept = self.backup(reason="before-restore")
        self.store.engine.dispose()
        backups.restore(source, database)
        # The restored log ends where the backup was made; the restore is its next entry (the
        # log before it is kept in `kept`). A backup of an older schema is brought up to date
        # first, as opening it would.
        schema.upgrade(self.store.engine, create=False)
        with self.store.unit_of_work() as session:
            audit.record(session, AuditAction.RESTORE)
            # A backup from before stored standings has none: assess its files now.
            mark_unassessed(session)
        return kept

    def check(self, *, quick: bool = False) -> CheckReport:
        """SQLite's integrity check of the database (`quick`: its quick check, which skips
        matching indexes to rows, for every opening); if it fails, the newest backup that
        passes its own full check is offered."""
        database = self.database
        problems = tuple(backups.check(database, quick=quick))
        newest_good = None
        if problems:
            newest_good = next(
                (_described(*listed) for listed in self._listed() if not backups.check(listed[2])),
                None,
            )
        return CheckReport(database, problems, newest_good)

    def weekly_check(self, today: date | None = None) -> CheckReport | None:
        """The full check if none was made in the last `FULL_CHECK_EVERY`; None if not due,
        and always None for a server database (the server checks its own pages)."""
        if not self.available:
            return None
        today = today or date.today()
        with self.store.reading() as session:
            last = SettingRepository(session).get(LAST_FULL_CHECK)
        if last is not None and today - date.fromisoformat(last) < FULL_CHECK_EVERY:
            return None
        report = self.check()
        with self.store.unit_of_work() as session:
            SettingRepository(session).put(LAST_FULL_CHECK, today.isoformat())
        return report

    def salvage(self, target: Path) -> tuple[int, list[str]]:
        """Copy what can still be read of the database into a new file at `target`."""
        return backups.salvage(self.database, target.expanduser().absolute())

    def _new_name(self, reason: str) -> Path:
        try:
            self.folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise RepatriateError(f"{self.folder}: cannot create ({exc.strerror})") from None
        stamp = datetime.now().strftime(_STAMP)
        stem = self.database.stem
        same_second = len(list(self.folder.glob(f"{glob.escape(stem)}-{stamp}-*.sqlite3")))
        number = f"-{same_second + 1}" if same_second else ""
        return self.folder / f"{stem}-{stamp}{number}-{reason}.sqlite3"


def _described(made_at: datetime, reason: str, path: Path) -> Backup:
    return Backup(path, made_at, reason, path.stat().st_size, backups.count_files(path))


def _database_files(database: Path) -> list[Path]:
    """The database file and its write-ahead log: a change may sit in either."""
    return [database, database.with_name(database.name + "-wal")]


def describe_size(size: int) -> str:
    """ "12.3 MB", "840 kB": sizes as a file manager shows them."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"
