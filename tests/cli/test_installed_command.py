"""The installed `repatriate` command itself, started as a caseworker's terminal or a script
starts it: the entry point, its imports, standard output and the exit code. Each run costs about
a second; every other command-line test runs in process (tests/command_line.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pdf_checks import pages, text
from repatriate import __version__
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database

COMMAND = Path(sys.executable).with_name("repatriate")


def installed(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """The installed command, with a throwaway user data folder and REPATRIATE_DB unset so that
    the developer's own database can never be touched."""
    env = {k: v for k, v in os.environ.items() if k != "REPATRIATE_DB"}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(COMMAND), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


@pytest.fixture
def clinic(db_path: Path) -> Path:
    db = Database.open(str(db_path))
    db.cases.add(
        PrisonerFile(
            ref="JAI/2024/7",
            name="Imran Khan",
            claimed_nationality="PK",
            court_nationality="PK",
            prison="Jaipur Central Jail",
            conviction_date=date(2025, 1, 1),
            sentence=Sentence(years=1),
            status=Status.SENTENCE_COMPLETED,
        ),
        date(2026, 11, 22),
    )
    db.close()
    return db_path


def test_version_prints_the_installed_version(tmp_path: Path) -> None:
    result = installed(tmp_path, "--version")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"repatriate {__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", __version__)


def test_an_import_from_csv(tmp_path: Path, db_path: Path) -> None:
    Database.open(str(db_path)).close()
    table = tmp_path / "files.csv"
    table.write_text("ref,name,claimed_nationality\r\nKOL/9,Salma Bibi,Bangladesh\r\n", "utf-8")

    result = installed(tmp_path, "--db", db_path, "import", table)

    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert "imported 1 files" in result.stdout
    db = Database.open(str(db_path))
    try:
        assert db.cases.get("KOL/9").claimed_nationality == "BD"
    finally:
        db.close()


def test_overstays_as_json(tmp_path: Path, clinic: Path) -> None:
    result = installed(
        tmp_path, "--db", clinic, "overstays", "--as-of", "2026-11-22", "--format", "json"
    )

    assert (result.returncode, result.stderr) == (0, "")
    (record,) = json.loads(result.stdout)
    # One year from 2025-01-01 ends on 2025-12-31; 2026-11-22 is 304 + 22 days after it.
    assert (record["ref"], record["release_due"], record["overstay_days"]) == (
        "JAI/2024/7",
        "2025-12-31",
        326,
    )


def test_a_fact_sheet(tmp_path: Path, clinic: Path) -> None:
    target = tmp_path / "sheet.pdf"
    result = installed(
        tmp_path, "--db", clinic, "factsheet", "JAI/2024/7", "-o", target, "--as-of", "2026-11-22"
    )

    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert result.stdout.startswith(f"wrote {target}: the fact sheet of JAI/2024/7\n")
    assert pages(target) >= 1
    assert "Imran Khan" in text(target)


def test_a_failure_exits_1_with_one_line(tmp_path: Path, clinic: Path) -> None:
    result = installed(tmp_path, "--db", clinic, "show", "NOBODY")

    assert result.returncode == 1
    assert result.stderr == "repatriate: error: ref: NOBODY: no such file\n"
    assert result.stdout == ""
