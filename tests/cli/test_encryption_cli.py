"""`encrypt`, `decrypt` and `change-passphrase` from the command line, in process."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from command_line import repatriate
from repatriate import cli
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database
from repatriate.storage import encryption
from repatriate.storage.engine import check_sqlite_file

pytest.importorskip("sqlcipher3")

CANARY = "Zarina Canarywala"


@pytest.fixture(autouse=True)
def fresh_process() -> Iterator[None]:
    encryption.forget_all()
    yield
    encryption.forget_all()


@pytest.fixture
def passphrases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    first, second = tmp_path / "passphrase", tmp_path / "new-passphrase"
    first.write_text("tea garden monsoon\n", encoding="utf-8")
    second.write_text("ferry to chittagong\n", encoding="utf-8")
    monkeypatch.setenv(cli.PASSPHRASE_FILE, str(first))
    return first, second


def with_canary(db_path: Path) -> None:
    db = Database.open(str(db_path))
    try:
        db.cases.add(PrisonerFile(ref="KOL/7", name=CANARY), today=date(2026, 11, 22))
        db.cases.add(PrisonerFile(ref="KOL/8", name="Salma Begum"), today=date(2026, 11, 22))
    finally:
        db.close()


def holds_canary(path: Path) -> bool:
    return CANARY.encode() in path.read_bytes()


def stored_copies(db_path: Path) -> list[Path]:
    return sorted((db_path.parent / "backups").glob("*.sqlite3"))


def test_encrypted_database_keeps_no_name_in_plain_and_works_with_the_passphrase(
    db_path: Path, passphrases: tuple[Path, Path]
) -> None:
    with_canary(db_path)
    assert repatriate("--db", db_path, "backup")[0] == 0
    assert holds_canary(stored_copies(db_path)[0])

    code, out, err = repatriate("--db", db_path, "encrypt")
    assert (code, err) == (0, "")
    assert "encrypted" in out

    assert not holds_canary(db_path)
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    # The backup made before and the one made first are both encrypted now.
    copies = stored_copies(db_path)
    assert len(copies) == 2
    for copy in copies:
        assert not holds_canary(copy)
        assert encryption.keyinfo_path(copy).is_file()
    assert not Path(f"{db_path}-wal").exists() or not holds_canary(Path(f"{db_path}-wal"))

    code, out, err = repatriate("--db", db_path, "show", "KOL/7")
    assert (code, err) == (0, "")
    assert CANARY in out
    code, out, _ = repatriate("--db", db_path, "backups")
    assert code == 0 and out.count("2 files") == 2
    code, out, _ = repatriate("--db", db_path, "check")
    assert code == 0 and "no damage found" in out
    # A change made now reaches the file encrypted too.
    code, _, _ = repatriate(
        "--db", db_path, "log", "KOL/7", "--kind", "call", "--outcome", "Spoke to Canarywala"
    )
    assert code == 0
    assert not holds_canary(db_path)


def test_a_wrong_or_missing_passphrase_is_refused_in_one_line(
    db_path: Path, passphrases: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with_canary(db_path)
    assert repatriate("--db", db_path, "encrypt")[0] == 0

    monkeypatch.setenv(cli.PASSPHRASE_FILE, str(passphrases[1]))
    code, out, err = repatriate("--db", db_path, "overstays")
    assert (code, out) == (1, "")
    assert err == f"repatriate: error: wrong passphrase for {db_path}\n"

    monkeypatch.delenv(cli.PASSPHRASE_FILE)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = repatriate("--db", db_path, "overstays")
    assert code == 1
    assert err.startswith("repatriate: error: no passphrase:") and err.count("\n") == 1


def test_change_passphrase_then_decrypt_back(
    db_path: Path, passphrases: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with_canary(db_path)
    assert repatriate("--db", db_path, "encrypt")[0] == 0

    monkeypatch.setenv(cli.NEW_PASSPHRASE_FILE, str(passphrases[1]))
    code, _, err = repatriate("--db", db_path, "change-passphrase")
    assert (code, err) == (0, "")
    code, _, err = repatriate("--db", db_path, "show", "KOL/7")
    assert code == 1 and "wrong passphrase" in err

    monkeypatch.setenv(cli.PASSPHRASE_FILE, str(passphrases[1]))
    code, out, _ = repatriate("--db", db_path, "backups")
    assert code == 0 and out.count("2 files") == 2  # every backup re-keyed
    code, out, err = repatriate("--db", db_path, "decrypt")
    assert (code, err) == (0, "")
    assert not encryption.keyinfo_path(db_path).exists()
    with sqlite3.connect(db_path) as plain:
        names = {row[0] for row in plain.execute("SELECT name FROM prisoner_file")}
    assert names == {CANARY, "Salma Begum"}
    # Plain again: no passphrase is asked for.
    monkeypatch.delenv(cli.PASSPHRASE_FILE)
    code, out, _ = repatriate("--db", db_path, "show", "KOL/7")
    assert code == 0 and CANARY in out


def test_an_encrypted_backup_restores_and_a_plain_one_is_refused(
    db_path: Path, tmp_path: Path, passphrases: tuple[Path, Path]
) -> None:
    with_canary(db_path)
    plain = tmp_path / "usb.sqlite3"
    assert repatriate("--db", db_path, "backup", "--to", str(plain))[0] == 0
    assert repatriate("--db", db_path, "encrypt")[0] == 0
    encrypted = tmp_path / "usb-encrypted.sqlite3"
    assert repatriate("--db", db_path, "backup", "--to", str(encrypted))[0] == 0
    assert not holds_canary(encrypted)
    assert repatriate("--db", db_path, "delete", "KOL/7")[0] == 0

    code, _, err = repatriate("--db", db_path, "restore", str(plain))
    assert code == 1 and "not encrypted with the database's key" in err
    code, _, err = repatriate("--db", db_path, "restore", str(encrypted))
    assert (code, err) == (0, "")
    code, out, _ = repatriate("--db", db_path, "show", "KOL/7")
    assert code == 0 and CANARY in out


def test_an_encrypted_file_passes_the_header_check_only_with_its_key_header(
    db_path: Path, passphrases: tuple[Path, Path]
) -> None:
    with_canary(db_path)
    assert repatriate("--db", db_path, "encrypt")[0] == 0
    check_sqlite_file(db_path, create=False)
    encryption.keyinfo_path(db_path).unlink()
    with pytest.raises(Exception, match="not a database"):
        check_sqlite_file(db_path, create=False)


def test_a_short_passphrase_encrypts_nothing(db_path: Path, passphrases: tuple[Path, Path]) -> None:
    with_canary(db_path)
    passphrases[0].write_text("chai\n", encoding="utf-8")
    code, _, err = repatriate("--db", db_path, "encrypt")
    assert code == 1 and "at least 8" in err
    assert holds_canary(db_path) and not encryption.keyinfo_path(db_path).exists()


def test_lock_after_minutes_is_a_setting_of_one_minute_to_a_day(db_path: Path) -> None:
    Database.open(str(db_path)).close()
    code, out, _ = repatriate("--db", db_path, "settings")
    assert code == 0 and "lock_after_minutes = 15" in out.splitlines()
    code, out, _ = repatriate("--db", db_path, "settings", "lock_after_minutes", "5")
    assert code == 0 and "lock_after_minutes = 5" in out.splitlines()
    code, _, err = repatriate("--db", db_path, "settings", "lock_after_minutes", "0")
    assert code == 2
    assert "lock_after_minutes: 0: must be a whole number from 1 to 1440" in err
