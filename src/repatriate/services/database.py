"""Choosing and opening the clinic's database, and the services that work on it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from repatriate.domain.errors import RepatriateError
from repatriate.services.environment import ENVIRONMENT_VARIABLE
from repatriate.storage import encryption
from repatriate.storage.engine import database_url, open_engine, sqlite_path
from repatriate.storage.store import Store

if TYPE_CHECKING:
    from repatriate.services.audit import AuditService
    from repatriate.services.backup import BackupService
    from repatriate.services.bundle import BundleService
    from repatriate.services.cases import CaseService
    from repatriate.services.demo import DemoService
    from repatriate.services.desks import DeskService
    from repatriate.services.duplicates import DuplicateService
    from repatriate.services.encryption import EncryptionService
    from repatriate.services.factsheets import FactSheetService
    from repatriate.services.followups import FollowUpService
    from repatriate.services.letters import LetterService
    from repatriate.services.movements import MovementService
    from repatriate.services.orders import OrderService
    from repatriate.services.overstays import OverstayService
    from repatriate.services.register import RegisterService
    from repatriate.services.rti import RtiService
    from repatriate.services.settings import SettingsService
    from repatriate.services.standings import StandingService
    from repatriate.services.transfer import TransferService
    from repatriate.services.travel import TravelService
    from repatriate.services.users import UserService

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
    """An open database and the use cases that work on it. Each service is made, and its
    module imported, when first used: a command loads only what it needs."""

    store: Store

    @cached_property
    def backups(self) -> BackupService:
        from repatriate.services.backup import BackupService

        return BackupService(self.store)

    @cached_property
    def encryption(self) -> EncryptionService:
        from repatriate.services.encryption import EncryptionService

        return EncryptionService(self.store, self.backups)

    @cached_property
    def cases(self) -> CaseService:
        from repatriate.services.cases import CaseService

        return CaseService(self.store, self.backups)

    @cached_property
    def transfer(self) -> TransferService:
        from repatriate.services.transfer import TransferService

        return TransferService(self.store, self.backups)

    @cached_property
    def bundles(self) -> BundleService:
        from repatriate.services.bundle import BundleService

        return BundleService(self.store, self.backups)

    @cached_property
    def duplicates(self) -> DuplicateService:
        from repatriate.services.duplicates import DuplicateService

        return DuplicateService(self.store, self.backups)

    @cached_property
    def demo(self) -> DemoService:
        from repatriate.services.demo import DemoService

        return DemoService(self.store)

    @cached_property
    def settings(self) -> SettingsService:
        from repatriate.services.settings import SettingsService

        return SettingsService(self.store)

    @cached_property
    def overstays(self) -> OverstayService:
        from repatriate.services.overstays import OverstayService

        return OverstayService(self.store, self.settings)

    @cached_property
    def desks(self) -> DeskService:
        from repatriate.services.desks import DeskService

        return DeskService(self.store)

    @cached_property
    def movements(self) -> MovementService:
        from repatriate.services.movements import MovementService

        return MovementService(self.store, self.desks)

    @cached_property
    def factsheets(self) -> FactSheetService:
        from repatriate.services.factsheets import FactSheetService

        return FactSheetService(self.store, self.settings, self.desks)

    @cached_property
    def letters(self) -> LetterService:
        from repatriate.services.letters import LetterService

        return LetterService(self.store, self.settings, self.desks)

    @cached_property
    def followups(self) -> FollowUpService:
        from repatriate.services.followups import FollowUpService

        return FollowUpService(self.store, self.desks, self.settings)

    @cached_property
    def orders(self) -> OrderService:
        from repatriate.services.orders import OrderService

        return OrderService(self.store, self.desks)

    @cached_property
    def rti(self) -> RtiService:
        from repatriate.services.rti import RtiService

        return RtiService(self.store, self.desks)

    @cached_property
    def travel(self) -> TravelService:
        from repatriate.services.travel import TravelService

        return TravelService(self.store, self.desks)

    @cached_property
    def register(self) -> RegisterService:
        from repatriate.services.register import RegisterService

        return RegisterService(self.store, self.standings)

    @cached_property
    def audit(self) -> AuditService:
        from repatriate.services.audit import AuditService

        return AuditService(self.store)

    @cached_property
    def standings(self) -> StandingService:
        from repatriate.services.standings import StandingService

        return StandingService(self.store)

    @cached_property
    def users(self) -> UserService:
        from repatriate.services.users import UserService

        return UserService(self.store)

    def __post_init__(self) -> None:
        if not self.store.read_only:
            # Each unit of work assesses again the files it changed before it commits; the
            # service is made on the first write.
            self.store.settle = lambda session: self.standings.settle(session)

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
