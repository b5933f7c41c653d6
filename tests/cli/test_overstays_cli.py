"""`overstays`, `show` and `settings`: the figures and their working, from the command line."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from command_line import repatriate
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.domain.release import MINUS
from repatriate.services.database import Database

AS_OF = "2026-11-22"
KEYS = ["ref", "name", "nationality", "prison", "release_due", "overstay_days"]


@pytest.fixture
def clinic(db_path: Path) -> Path:
    db = Database.open(str(db_path))
    today = date(2026, 11, 22)
    db.cases.add(
        PrisonerFile(
            ref="KOL/2023/114",
            name="Salma Bibi",
            name_native="সালমা বিবি",
            claimed_nationality="BD",
            prison="Alipore Women's Correctional Home",
            arrest_date=date(2022, 11, 1),
            conviction_date=date(2023, 3, 14),
            sentence=Sentence(years=2, months=6, set_off_days=120, remission_days=30),
            status=Status.SENTENCE_COMPLETED,
        ),
        today,
    )
    db.cases.add(
        PrisonerFile(
            ref="JAI/2024/7",
            name="=cmd|' /C calc'!A0",
            claimed_nationality="PK",
            prison="Jaipur Central Jail",
            conviction_date=date(2025, 1, 1),
            sentence=Sentence(years=1),
            status=Status.SENTENCE_COMPLETED,
        ),
        today,
    )
    db.close()
    return db_path


def test_overstays_in_each_format(clinic: Path) -> None:
    as_json = repatriate("--db", clinic, "overstays", "--as-of", AS_OF, "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    records = json.loads(as_json.stdout)
    assert [list(r) for r in records] == [KEYS, KEYS]
    assert records[0] == {
        "ref": "KOL/2023/114",
        "name": "Salma Bibi",
        "nationality": "BD",
        "prison": "Alipore Women's Correctional Home",
        "release_due": "2025-04-16",
        "overstay_days": 585,
    }
    # A year from 2025-01-01, the day of sentence counted: due 2025-12-31.
    assert records[1]["overstay_days"] == 326

    as_csv = repatriate(
        "--db", clinic, "overstays", "--as-of", AS_OF, "--format", "csv", "--min-days", "400"
    )
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows == [
        KEYS,
        [
            "KOL/2023/114",
            "Salma Bibi",
            "BD",
            "Alipore Women's Correctional Home",
            "2025-04-16",
            "585",
        ],
    ]

    formula = repatriate(
        "--db", clinic, "overstays", "--as-of", AS_OF, "--format", "csv", "--min-days", "300"
    )
    assert "'=cmd|" in formula.stdout, "a name that looks like a formula is defanged"

    table = repatriate("--db", clinic, "overstays", "--as-of", AS_OF)
    lines = table.stdout.splitlines()
    assert lines[0].split() == KEYS
    assert lines[1].startswith("KOL/2023/114") and lines[1].endswith("585")
    assert lines[-1] == f"2 held past their release date as of {AS_OF}"

    nobody = repatriate("--db", clinic, "overstays", "--as-of", "2024-01-01")
    assert nobody.stdout == "nobody is held past their release date as of 2024-01-01\n"


def test_show_prints_the_working_and_the_flags(clinic: Path) -> None:
    shown = repatriate("--db", clinic, "show", "KOL/2023/114", "--as-of", AS_OF)
    assert shown.returncode == 0, shown.stderr
    assert "সালমা বিবি" in shown.stdout
    assert "conviction 2023-03-14 + 2y 6m = 2025-09-14" in shown.stdout
    assert f"{MINUS} 120 days set-off (CrPC s.428) = 2025-05-17" in shown.stdout
    assert f"{MINUS} 30 days remission = 2025-04-17" in shown.stdout
    assert f"{MINUS} 1 day: the day of sentence counts as served = 2025-04-16" in shown.stdout
    assert "held on 2026-11-22: 585 days past release" in shown.stdout
    assert "overstaying-very-long: 585 days past the release date 2025-04-16" in shown.stdout
    assert "sentence final        —" in shown.stdout
    assert "transfer consent      —" in shown.stdout
    missing = repatriate("--db", clinic, "show", "NOBODY")
    assert missing.returncode == 1
    assert missing.stderr == "repatriate: error: ref: NOBODY: no such file\n"


def test_settings_change_the_flags(clinic: Path) -> None:
    changed = repatriate("--db", clinic, "settings", "very_long_overstay_days", "600")
    assert changed.returncode == 0, changed.stderr
    assert "very_long_overstay_days = 600" in changed.stdout.splitlines()
    shown = repatriate("--db", clinic, "show", "KOL/2023/114", "--as-of", AS_OF)
    assert "overstaying-very-long" not in shown.stdout
    assert "overstaying-long" in shown.stdout
    bad = repatriate("--db", clinic, "settings", "very_long_overstay_days", "soon")
    assert bad.returncode == 2
    assert "very_long_overstay_days: soon: must be a whole number" in bad.stderr


def test_the_day_of_sentence_is_a_setting(clinic: Path) -> None:
    shown = repatriate("--db", clinic, "settings")
    assert "sentence_day_counts = yes" in shown.stdout.splitlines()
    changed = repatriate("--db", clinic, "settings", "sentence_day_counts", "no")
    assert changed.returncode == 0, changed.stderr
    assert "sentence_day_counts = no" in changed.stdout.splitlines()
    listed = repatriate("--db", clinic, "overstays", "--as-of", AS_OF, "--format", "json")
    first = json.loads(listed.stdout)[0]
    assert (first["release_due"], first["overstay_days"]) == ("2025-04-17", 584)
    working = repatriate("--db", clinic, "show", "KOL/2023/114", "--as-of", AS_OF).stdout
    assert "day of sentence" not in working
    bad = repatriate("--db", clinic, "settings", "sentence_day_counts", "sometimes")
    assert bad.returncode == 2
    assert "sentence_day_counts: sometimes: must be yes or no" in bad.stderr


def test_bad_dates_and_numbers_are_one_line_errors(clinic: Path) -> None:
    for args, named in (
        (("overstays", "--as-of", "22/11/2026"), "22/11/2026: not a date"),
        (("overstays", "--min-days", "-3"), "-3: not a whole number"),
        (("overstays", "--format", "xml"), "invalid choice: 'xml'"),
    ):
        result = repatriate("--db", clinic, *args)
        assert result.returncode == 2
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert named in result.stderr
