"""One window per database: a lock file beside it says which window has it open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile

from repatriate.services.database import Database


@dataclass(frozen=True)
class Holder:
    """The window that has a database open: where it runs and since when."""

    host: str
    pid: int
    since: datetime | None

    def describe(self) -> str:
        since = f" since {self.since:%Y-%m-%d %H:%M}" if self.since else ""
        host = self.host or "an unknown computer"
        return f"process {self.pid} on {host}{since}"


class DatabaseLock:
    """The lock file `DATABASE.lock`. Qt writes the process id, host and program in it, and
    takes over a lock left by a process that no longer runs on this computer (a crash)."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._lock = QLockFile(str(self.path))
        # Never stale by age: a window may stay open for weeks. Only a dead holder frees it.
        self._lock.setStaleLockTime(0)

    @classmethod
    def beside(cls, db: Database) -> DatabaseLock | None:
        """The lock of a database file; None for a server database, which has no file."""
        return cls(db.backups.database) if db.backups.available else None

    def claim(self) -> bool:
        """Take the lock if no running window holds it."""
        return bool(self._lock.tryLock(0))

    def holder(self) -> Holder:
        pid, host, _program = self._lock.getLockInfo()
        try:
            since: datetime | None = datetime.fromtimestamp(self.path.stat().st_mtime)
        except OSError:
            since = None
        return Holder(host, pid, since)

    def release(self) -> None:
        self._lock.unlock()
