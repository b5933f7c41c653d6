"""Encryption at rest: the whole database file encrypted with SQLCipher 4.

The raw 256-bit key is derived from the caseworker's passphrase with Argon2id (RFC 9106). Its
parameters (salt, time and memory cost, lanes, version) are kept in a small JSON header file
beside the database, `NAME.sqlite3.keyinfo`; the passphrase and the key are kept nowhere on
disk. The key is handed to SQLCipher as a raw key pragma on each new connection, never in a
URL, a log or a process argument.

A file is encrypted when a `.keyinfo` file is beside it and the file does not start with the
plain SQLite header: so a `.keyinfo` left beside a plain file by an interrupted `encrypt`
does not lock anyone out.

Keys that were unlocked in this process are remembered by their salt, so that the database,
its backups (made with the same key) and their checks open without asking again.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from repatriate.domain.errors import RepatriateError

KEYINFO_SUFFIX = ".keyinfo"
_PLAIN_HEADER = b"SQLite format 3\x00"
"""The first 16 bytes of a plain SQLite file (https://sqlite.org/fileformat.html); SQLCipher
encrypts them along with the rest."""

# Argon2id with 3 passes over 64 MiB: the second recommended option of RFC 9106 (section 4),
# with 4 lanes. About 0.2 s on a two-core laptop, so that unlocking stays under a second.
TIME_COST = 3
MEMORY_COST_KIB = 65536
PARALLELISM = 4
KEY_BYTES = 32
SALT_BYTES = 16
PAGE_CACHE_KIB = 65536
"""The page cache of a connection to an encrypted database. SQLCipher decrypts and checks
each page it reads from the file, where plain SQLite gets it from the system's file cache
unchanged: a larger cache keeps the decrypted pages of the files table (`overstays` on 100,000
files: about 4 times the plain time with SQLite's 2 MiB default, 0.9 to 1.2 times with this)."""
INSTALL_HINT = "encryption needs the optional package: pip install 'repatriate[encryption]'"

_keys: dict[bytes, bytes] = {}
"""Keys unlocked in this process, by the salt they were derived with."""


class WrongPassphrase(RepatriateError):
    pass


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """How the key of an encrypted database is derived from its passphrase."""

    salt: bytes
    time_cost: int = TIME_COST
    memory_cost: int = MEMORY_COST_KIB
    parallelism: int = PARALLELISM
    version: int = 19
    """Argon2 version 1.3 (0x13)."""

    @classmethod
    def new(cls) -> KeyInfo:
        return cls(secrets.token_bytes(SALT_BYTES))

    def to_json(self) -> str:
        return json.dumps(
            {
                "cipher": "sqlcipher4",
                "kdf": "argon2id",
                "salt": base64.b64encode(self.salt).decode("ascii"),
                "time_cost": self.time_cost,
                "memory_cost_kib": self.memory_cost,
                "parallelism": self.parallelism,
                "version": self.version,
            },
            indent=1,
        )

    @classmethod
    def read(cls, path: Path) -> KeyInfo:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("kdf") != "argon2id":
                raise ValueError(f"key derivation {data.get('kdf')!r} is not argon2id")
            return cls(
                base64.b64decode(data["salt"], validate=True),
                int(data["time_cost"]),
                int(data["memory_cost_kib"]),
                int(data["parallelism"]),
                int(data["version"]),
            )
        except OSError as exc:
            raise RepatriateError(f"{path}: cannot read ({exc.strerror})") from None
        except (ValueError, KeyError, TypeError) as exc:
            raise RepatriateError(f"{path}: not a key header ({exc})") from None

    def derive(self, passphrase: str) -> bytes:
        from argon2.low_level import Type, hash_secret_raw

        return hash_secret_raw(
            passphrase.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
            version=self.version,
        )


def cipher() -> ModuleType:
    """The SQLCipher driver (`sqlcipher3.dbapi2`), or a one-line error if it is not installed."""
    try:
        import sqlcipher3.dbapi2 as driver
    except ImportError:
        raise RepatriateError(INSTALL_HINT) from None
    return driver


def errors() -> tuple[type[Exception], ...]:
    """The driver errors an operation on a plain or an encrypted file may raise."""
    try:
        import sqlcipher3.dbapi2 as driver
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, driver.Error)


def keyinfo_path(database: Path) -> Path:
    return database.with_name(database.name + KEYINFO_SUFFIX)


def is_encrypted(database: Path) -> bool:
    if not keyinfo_path(database).is_file():
        return False
    try:
        with database.open("rb") as handle:
            return handle.read(len(_PLAIN_HEADER)) != _PLAIN_HEADER
    except OSError:
        return False


def write_keyinfo(database: Path, info: KeyInfo) -> None:
    """Write the key header beside `database`, whole or not at all."""
    target = keyinfo_path(database)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=".keyinfo-", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as written:
            written.write(info.to_json())
            written.flush()
            os.fsync(written.fileno())
        Path(name).replace(target)
    except OSError as exc:
        Path(name).unlink(missing_ok=True)
        raise RepatriateError(f"{target}: cannot write ({exc.strerror})") from None


def key_pragma(key: bytes) -> str:
    """SQLCipher's raw key form: the key is used as is, without its own derivation."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def keyed(connection: Any, key: bytes) -> Any:
    """`connection` (a fresh SQLCipher connection) with its key set and checked: reading the
    schema fails on a wrong key."""
    # SQLCipher would print each failed page check of a wrong key to stderr.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key_pragma(key))
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher().DatabaseError:
        connection.close()
        raise
    return connection


def unlock(database: Path, passphrase: str) -> bytes:
    """The key of the encrypted `database`, checked against the file and remembered for this
    process; `WrongPassphrase` if the passphrase does not open it."""
    info = KeyInfo.read(keyinfo_path(database))
    key = info.derive(passphrase)
    try:
        keyed(cipher().connect(f"file:{database}?mode=ro", uri=True), key).close()
    except cipher().DatabaseError:
        raise WrongPassphrase(f"wrong passphrase for {database}") from None
    _keys[info.salt] = key
    return key


def check_passphrase(database: Path, passphrase: str) -> bool:
    """Whether `passphrase` is the one of the encrypted `database` (for unlocking the window
    again: the key it derives must be the one already in use)."""
    info = KeyInfo.read(keyinfo_path(database))
    return secrets.compare_digest(info.derive(passphrase), _keys.get(info.salt, b""))


def key_for(path: Path) -> bytes | None:
    """The key to open `path` with: None for a plain file; an error if it is encrypted and its
    key was not unlocked in this process."""
    if not is_encrypted(path):
        return None
    info = KeyInfo.read(keyinfo_path(path))
    key = _keys.get(info.salt)
    if key is None:
        raise RepatriateError(f"{path}: encrypted; it needs its passphrase")
    return key


@contextlib.contextmanager
def connect(path: Path, *, read_only: bool, key: bytes | None = None) -> Iterator[Any]:
    """A DB-API connection to a plain or encrypted file (`key`: the one given, else the one
    unlocked for it); read-only or read-write, never creating a file."""
    key = key if key is not None else key_for(path)
    mode = "ro" if read_only else "rw"
    try:
        if key is None:
            connection = sqlite3.connect(f"file:{path}?mode={mode}", uri=True)
        else:
            connection = keyed(cipher().connect(f"file:{path}?mode={mode}", uri=True), key)
    except errors() as exc:
        raise RepatriateError(f"{path}: cannot open ({exc})") from None
    try:
        yield connection
    finally:
        connection.close()


def export(source: Any, target: Path, key: bytes | None) -> None:
    """Write every table, index and the user version of the open SQLCipher connection `source`
    into the new file `target`: encrypted with `key`, or plain if it is None
    (`sqlcipher_export`, the way SQLCipher documents for encrypting and decrypting)."""
    attach_key = "''" if key is None else f"\"x'{key.hex()}'\""
    source.execute(f"ATTACH DATABASE ? AS exported KEY {attach_key}", (str(target),))
    try:
        source.execute("SELECT sqlcipher_export('exported')")
    finally:
        source.execute("DETACH DATABASE exported")


def remember(info: KeyInfo, key: bytes) -> None:
    _keys[info.salt] = key


def forget_all() -> None:
    """Forget every unlocked key (on quitting, and between tests)."""
    _keys.clear()


def rewrite(database: Path, key: bytes | None, new_key: bytes | None, info: KeyInfo | None) -> None:
    """Replace `database` (opened with `key`, None if plain) by a copy encrypted with `new_key`
    (None: plain), all or nothing: the copy is made with `sqlcipher_export` into a new file
    beside it, checked (integrity and the number of rows of every table), synced, and only then
    renamed over the old file. `info` is the key header of `new_key`: written before the
    rename, so that a stop in between leaves a plain file (still plain, its header ignored) or
    an encrypted one with its header; a plain result has its header removed after the rename.
    """
    driver = cipher()
    handle, name = tempfile.mkstemp(dir=database.parent, prefix=".encrypt-", suffix=".part")
    os.close(handle)
    temporary = Path(name)
    temporary.unlink()
    try:
        source = driver.connect(f"file:{database}?mode=rw", uri=True)
        try:
            if key is not None:
                keyed(source, key)
            # Back to a single file: the write-ahead log is folded in and removed, so that no
            # plain page of it is left beside the new file.
            (mode,) = source.execute("PRAGMA journal_mode = DELETE").fetchone()
            if str(mode).lower() != "delete":
                raise RepatriateError(f"{database}: in use elsewhere; close it there first")
            counts = _row_counts(source)
            export(source, temporary, new_key)
        finally:
            source.close()
        with contextlib.closing(driver.connect(f"file:{temporary}?mode=ro", uri=True)) as made:
            if new_key is not None:
                keyed(made, new_key)
            found = [row[0] for row in made.execute("PRAGMA integrity_check")]
            if found != ["ok"] or _row_counts(made) != counts:
                raise RepatriateError(f"{database}: the new copy failed its check; nothing changed")
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        if info is not None:
            write_keyinfo(database, info)
        temporary.replace(database)
        if info is None:
            keyinfo_path(database).unlink(missing_ok=True)
    except driver.Error as exc:
        raise RepatriateError(f"{database}: cannot rewrite ({exc}); nothing changed") from None
    except OSError as exc:
        raise RepatriateError(
            f"{database}: cannot write ({exc.strerror}); nothing changed"
        ) from None
    finally:
        temporary.unlink(missing_ok=True)


def _row_counts(connection: Any) -> dict[str, int]:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: connection.execute(
            'SELECT count(*) FROM "' + table.replace('"', '""') + '"'
        ).fetchone()[0]
        for table in tables
    }
