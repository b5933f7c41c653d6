"""Choosing and opening the clinic's database, and the services that work on it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from repatriate.domain.errors import RepatriateError
from repatriate.services.audit import AuditService
from repatriate.services.backup import BackupService
from repatriate.services.bundle import BundleService
from repatriate.services.cases import CaseService
from repatriate.services.demo import DemoService
from repatriate.services.desks import DeskService
from repatriate.services.encryption import EncryptionService
from repatriate.services.environment import ENVIRONMENT_VARIABLE
from repatriate.services.factsheets import FactSheetService
from repatriate.services.followups import FollowUpService
from repatriate.services.movements import MovementService
from repatriate.services.overstays import OverstayService
from repatriate.services.register import RegisterService
from repatriate.services.settings import SettingsService
from repatriate.services.transfer import TransferService
from repatriate.storage import encryption
from repatriate.storage.engine import database_url, open_engine, sqlite_path
from repatriate.storage.store import Store

__all__ = ["ENVIRONMENT_VARIABLE", "Database"]


def default_database() -> Path:
    """The embedded default: a SQLite file in the platform's per-user data folder."""
    return Path(platformdirs.user_data_dir("Repatriate", appauthor=False)) / "repatriate.sqlite3"


def chosen_database(option: str | None) -> str:
    """`--db` if given, else $REPATRIATE_DB, else the default file; as a SQLAlchemy URL.

    An empty `--db`, or an empty $REPATRIATE_DB that is set, is an error rather than a quiet
    fall back to the default database.
    """
    if option is not None:
        if not option.strip():
            raise RepatriateError("--db: empty; give a database file or URL")
        return database_url(option)
    variable = os.environ.get(ENVIRONMENT_VARIABLE)
    if variable is not None:
        if not variable.strip():
            raise RepatriateError(
                f"{ENVIRONMENT_VARIABLE} is set but empty; give a database file or URL, "
                "or unset it for the default database"
            )
        return database_url(variable)
    return database_url(str(default_database()))


def encrypted_file(option: str | None) -> Path | None:
    """The chosen database file if it is encrypted (it needs its passphrase to open)."""
    path = sqlite_path(chosen_database(option))
    return path if path is not None and encryption.is_encrypted(path) else None


def chooses_default(option: str | None) -> bool:
    """Whether neither `--db` nor $REPATRIATE_DB names a database (the default file is used)."""
    return option is None and ENVIRONMENT_VARIABLE not in os.environ


@dataclass
class Database:
    """An open database and the use cases that work on it."""

    store: Store
    backups: BackupService = field(init=False)
    encryption: EncryptionService = field(init=False)
    cases: CaseService = field(init=False)
    transfer: TransferService = field(init=False)
    bundles: BundleService = field(init=False)
    demo: DemoService = field(init=False)
    settings: SettingsService = field(init=False)
    overstays: OverstayService = field(init=False)
    desks: DeskService = field(init=False)
    movements: MovementService = field(init=False)
    factsheets: FactSheetService = field(init=False)
    followups: FollowUpService = field(init=False)
    register: RegisterService = field(init=False)
    audit: AuditService = field(init=False)

    def __post_init__(self) -> None:
        self.backups = BackupService(self.store)
        self.encryption = EncryptionService(self.store, self.backups)
        self.cases = CaseService(self.store, self.backups)
        self.transfer = TransferService(self.store, self.backups)
        self.bundles = BundleService(self.store, self.backups)
        self.demo = DemoService(self.store)
        self.settings = SettingsService(self.store)
        self.overstays = OverstayService(self.store, self.settings)
        self.desks = DeskService(self.store)
        self.movements = MovementService(self.store, self.desks)
        self.factsheets = FactSheetService(self.store, self.settings, self.desks)
        self.followups = FollowUpService(self.store, self.desks, self.settings)
        self.register = RegisterService(self.store, self.settings, self.followups)
        self.audit = AuditService(self.store)

    @classmethod
    def open(
        cls, option: str | None = None, *, create: bool = True, read_only: bool = False
    ) -> Database:
        """Open (upgrading as needed) the chosen database; a new one gets the shipped desk
        directory. Without `create`, a database that does not exist, or is a 0-byte or empty
        file, is refused instead of being made (see `Store.open`). A `read_only` database
        refuses every change (see `Store.reading`)."""
        if read_only:
            return cls(Store.open(chosen_database(option), create=False, read_only=True))
        database = cls(Store.open(chosen_database(option), create=create))
        try:
            database.desks.ensure_directory()
        except BaseException:
            database.close()
            raise
        return database

    @classmethod
    def inspect(cls, option: str | None = None) -> Database:
        """Open the chosen database without reading or upgrading its schema: for checking a
        database that may be damaged."""
        return cls(Store(open_engine(chosen_database(option), create=False)))

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def is_postgresql(self) -> bool:
        """Whether the database is on a PostgreSQL server rather than in a SQLite file."""
        return self.store.is_postgresql

    @property
    def location(self) -> str:
        return self.store.describe()

    @property
    def backup_made(self) -> Path | None:
        """The copy made before the schema was upgraded on opening, if one was needed."""
        return self.store.last_backup

    def close(self) -> None:
        self.store.close()
