"""`followups` and `log` from the command line, with the calendar file."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
import vobject

from command_line import repatriate
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database

KEYS = ["ref", "name", "desk", "due", "overdue_days", "kind"]
TODAY = date.today()


@pytest.fixture
def clinic(db_target: str) -> str:
    db = Database.open(db_target)
    db.cases.add(
        PrisonerFile(
            ref="KOL/1",
            name="Salma Bibi",
            claimed_nationality="BD",
            state="West Bengal",
            conviction_date=date(2024, 1, 1),
            sentence=Sentence(months=6),
            status=Status.SENTENCE_COMPLETED,
        )
    )
    db.movements.move("KOL/1", "BDHC-DEL", on=TODAY - timedelta(days=30))
    db.close()
    return db_target


def test_followups_in_each_format_with_a_calendar(clinic: str, tmp_path: Path) -> None:
    as_json = repatriate("--db", clinic, "followups", "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    (record,) = json.loads(as_json.stdout)
    assert list(record) == KEYS
    assert record["ref"] == "KOL/1" and record["desk"] == "BDHC-DEL"
    assert record["kind"] == "weekly" and record["overdue_days"] == 23
    assert record["due"] == (TODAY - timedelta(days=23)).isoformat()

    ics = tmp_path / "week.ics"
    as_csv = repatriate("--db", clinic, "followups", "--format", "csv", "--ics", str(ics))
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == KEYS and rows[1][:3] == ["KOL/1", "Salma Bibi", "BDHC-DEL"]
    (event,) = vobject.readOne(ics.read_text(encoding="utf-8")).vevent_list
    assert event.summary.value == "Follow up KOL/1 with BDHC-DEL"

    table = repatriate("--db", clinic, "followups", "--as-of", TODAY.isoformat())
    assert "BDHC-DEL: 1 file" in table.stdout
    assert "overdue 23 days" in table.stdout


def test_log_a_reply_and_the_follow_up_stops(clinic: str) -> None:
    logged = repatriate(
        "--db",
        clinic,
        "log",
        "KOL/1",
        "--kind",
        "call",
        "--desk",
        "BDHC-DEL",
        "--reply",
        "--outcome",
        "nationality confirmed by phone",
    )
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout.splitlines() == [
        f"KOL/1: logged call with BDHC-DEL on {TODAY}",
        "the weekly follow-up with BDHC-DEL stops until the file moves on",
    ]
    assert json.loads(repatriate("--db", clinic, "followups", "--format", "json").stdout) == []
    week = repatriate("--db", clinic, "followups", "--week", "2026-W99")
    assert week.returncode == 2 and "week: 2026-W99: not an ISO week" in week.stderr
    bad = repatriate("--db", clinic, "log", "KOL/1", "--kind", "escalation")
    assert bad.returncode == 2 and "lever" in bad.stderr
    rti = repatriate("--db", clinic, "log", "KOL/1", "--kind", "rti request", "--desk", "MHA-FD")
    assert f"reply due by {TODAY + timedelta(days=30)}" in rti.stdout
