"""Benchmark: the cost of encryption at rest on a 100,000-file database.

Prints the time to unlock an encrypted database (Argon2id key derivation and the check of the
key against the file), and `overstays` on the plain database and on the same data encrypted,
with their ratio. Run: `.venv/bin/python bench/encryption.py [--files N] [--db EXISTING.sqlite3]`
(an existing database is copied, never encrypted in place).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path

from repatriate.services.database import Database
from repatriate.services.encryption import unlock
from repatriate.storage import encryption
from timing import COMMAND, median_seconds

PASSPHRASE = "a bench passphrase"


def overstays_seconds(path: Path) -> tuple[float, int]:
    db = Database.open(str(path), create=False)
    try:
        today = date.today()
        held = len(db.overstays.overstays(today))
        return median_seconds(lambda: db.overstays.overstays(today)), held
    finally:
        db.close()


def command_seconds(path: Path, environment: dict[str, str]) -> float:
    return median_seconds(
        lambda: subprocess.run(
            [COMMAND, "--db", str(path), "overstays", "--format", "csv"],
            check=True,
            capture_output=True,
            env=environment,
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "plain.sqlite3"
        if options.db:
            shutil.copyfile(options.db, plain)
        else:
            db = Database.open(str(plain))
            start = time.perf_counter()
            db.demo.fill(options.files, seed=1)
            db.close()
            print(
                f"{'demo --cases ' + format(options.files, ','):<44} "
                f"{time.perf_counter() - start:7.2f} s"
            )
        encrypted = Path(folder) / "encrypted" / "encrypted.sqlite3"
        encrypted.parent.mkdir()
        shutil.copyfile(plain, encrypted)
        db = Database.open(str(encrypted), create=False)
        start = time.perf_counter()
        db.encryption.encrypt(PASSPHRASE)
        db.close()
        print(f"{'encrypt (backup first, then rewrite)':<44} {time.perf_counter() - start:7.2f} s")

        def fresh_unlock() -> None:
            encryption.forget_all()
            unlock(encrypted, PASSPHRASE)

        print(
            f"{'unlock (Argon2id + key check, median of 5)':<44} "
            f"{median_seconds(fresh_unlock):7.3f} s"
        )

        plain_seconds, held = overstays_seconds(plain)
        encrypted_seconds, held_encrypted = overstays_seconds(encrypted)
        assert held == held_encrypted
        print(f"{'held past their release date':<44} {held:>7,}")
        print(f"{'overstays, plain (service, median of 5)':<44} {plain_seconds:7.3f} s")
        print(f"{'overstays, encrypted (service, median of 5)':<44} {encrypted_seconds:7.3f} s")
        print(f"{'encrypted / plain':<44} {encrypted_seconds / plain_seconds:7.2f}")

        secret = Path(folder) / "passphrase"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        environment = dict(os.environ, REPATRIATE_PASSPHRASE_FILE=str(secret))
        plain_command = command_seconds(plain, environment)
        encrypted_command = command_seconds(encrypted, environment)
        print(f"{'repatriate overstays, plain (median of 5)':<44} {plain_command:7.3f} s")
        print(f"{'repatriate overstays, encrypted (median of 5)':<44} {encrypted_command:7.3f} s")
        print(f"{'encrypted / plain':<44} {encrypted_command / plain_command:7.2f}")


if __name__ == "__main__":
    main()
