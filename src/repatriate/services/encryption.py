"""Encrypting the clinic's database, decrypting it, and changing its passphrase.

Each change first makes a verified backup, then rewrites the database all or nothing (see
`storage.encryption.rewrite`), then rewrites every copy this program keeps of it in the same
way: the backups in the backups folder and the copies kept beside the database before a
schema upgrade. After `encrypt`, no plain copy is left there: each is encrypted in place, and
one that cannot be read (damaged) is removed, the verified backup made first holding the same
data. Copies made elsewhere before (`backup --to`, exports) stay as they were.
"""

from __future__ import annotations

import glob
from pathlib import Path

from repatriate.domain.errors import RepatriateError
from repatriate.services.backup import Backup, BackupService
from repatriate.storage import encryption
from repatriate.storage.store import Store


class EncryptionService:
    def __init__(self, store: Store, backups: BackupService) -> None:
        self.store = store
        self.backups = backups

    @property
    def encrypted(self) -> bool:
        return self.backups.available and encryption.is_encrypted(self.backups.database)

    def require_file(self) -> None:
        """Refuse a server database: encryption here is SQLCipher's, for SQLite files."""
        if not self.backups.available:
            raise RepatriateError(
                f"{self.store.describe()}: not on PostgreSQL: encrypt the server's disk and "
                "require TLS connections instead (encryption here is for SQLite database files)"
            )

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether `passphrase` is the open encrypted database's (to unlock the window)."""
        return self.encrypted and encryption.check_passphrase(self.backups.database, passphrase)

    def encrypt(self, passphrase: str) -> Backup:
        """Encrypt the database and its kept copies with a key derived from `passphrase`;
        returns the backup made first."""
        self.require_file()
        if self.encrypted:
            raise RepatriateError(f"{self.backups.database}: already encrypted")
        _check_new(passphrase)
        info = encryption.KeyInfo.new()
        key = info.derive(passphrase)
        return self._rewrite("encrypt", None, key, info)

    def decrypt(self) -> Backup:
        """Store the database and its kept copies in plain SQLite again."""
        self.require_file()
        key = self._current_key()
        return self._rewrite("decrypt", key, None, None)

    def change_passphrase(self, passphrase: str) -> Backup:
        """Re-key the database and its kept copies with `passphrase`. The key header (salt and
        costs) stays the same, so the database is replaced in one rename."""
        self.require_file()
        key = self._current_key()
        _check_new(passphrase)
        info = encryption.KeyInfo.read(encryption.keyinfo_path(self.backups.database))
        return self._rewrite("change-passphrase", key, info.derive(passphrase), info)

    def _current_key(self) -> bytes:
        if not self.encrypted:
            raise RepatriateError(f"{self.backups.database}: not encrypted")
        key = encryption.key_for(self.backups.database)
        assert key is not None
        return key

    def _rewrite(
        self,
        change: str,
        key: bytes | None,
        new_key: bytes | None,
        info: encryption.KeyInfo | None,
    ) -> Backup:
        database = self.backups.database
        made = self.backups.backup(reason=f"before-{change}")
        copies = [b.path for b in self.backups.all()] + _upgrade_copies(database)
        self.store.engine.dispose()
        encryption.rewrite(database, key, new_key, info)
        for copy in copies:
            if not _keyed_with(copy, key):
                continue
            try:
                encryption.rewrite(copy, key, new_key, info)
            except RepatriateError:
                if copy == made.path:
                    raise
                if key is None:
                    # No plain copy may stay; the verified backup made first holds the data.
                    copy.unlink(missing_ok=True)
        if info is not None and new_key is not None:
            encryption.remember(info, new_key)
        return made


def unlock(database: Path, passphrase: str) -> None:
    """Open the encrypted `database` file with `passphrase` for the rest of this process;
    "wrong passphrase for PATH" if it does not."""
    encryption.unlock(database, passphrase)


def _keyed_with(copy: Path, key: bytes | None) -> bool:
    """Whether `copy` is plain (`key` None) or encrypted with `key`."""
    try:
        return encryption.key_for(copy) == key
    except RepatriateError:
        return False


def _upgrade_copies(database: Path) -> list[Path]:
    """The copies `schema.backup_sqlite` keeps beside the database before an upgrade."""
    return sorted(database.parent.glob(f"{glob.escape(database.name)}.*.bak"))


MINIMUM_LENGTH = 8


def _check_new(passphrase: str) -> None:
    if len(passphrase) < MINIMUM_LENGTH:
        raise RepatriateError(
            f"passphrase: {len(passphrase)} characters; give at least {MINIMUM_LENGTH}"
        )
