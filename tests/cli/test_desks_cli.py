"""`move`, `where` and `desks` from the command line."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from command_line import repatriate
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database


@pytest.fixture
def clinic(db_target: str) -> str:
    db = Database.open(db_target)
    db.cases.add(
        PrisonerFile(
            ref="KOL/1",
            name="Salma Bibi",
            claimed_nationality="BD",
            state="West Bengal",
            conviction_date=date(2025, 1, 1),
            sentence=Sentence(months=6),
            status=Status.SENTENCE_COMPLETED,
        ),
        date(2026, 11, 22),
    )
    db.close()
    return db_target


def test_move_then_where(clinic: str) -> None:
    sent = repatriate(
        "--db",
        clinic,
        "move",
        "KOL/1",
        "--to",
        "WB-HOME",
        "--date",
        "2026-09-01",
        "--via",
        "post",
        "--letter",
        "CL/2026/77",
    )
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.splitlines() == [
        "KOL/1: sent WB-HOME on 2026-09-01",
        "held now by: WB-HOME",
    ]
    by_name = repatriate(
        "--db",
        clinic,
        "move",
        "KOL/1",
        "--to",
        "Foreigners Division",
        "--kind",
        "forwarded",
        "--date",
        "2026-09-20",
    )
    assert by_name.stdout.splitlines()[-1] == "held now by: MHA-FD", by_name.stderr
    returned = repatriate(
        "--db",
        clinic,
        "move",
        "KOL/1",
        "--to",
        "MHA-FD",
        "--kind",
        "returned",
        "--date",
        "2026-10-20",
        "--note",
        "photo not attested",
    )
    assert returned.returncode == 0, returned.stderr
    repatriate("--db", clinic, "move", "KOL/1", "--to", "MHA-FD", "--date", "2026-11-01")

    where = repatriate("--db", clinic, "where", "KOL/1", "--as-of", "2026-11-22")
    assert where.returncode == 0, where.stderr
    text = where.stdout
    assert "route: India → Bangladesh" in text
    assert "MHA-FD (Ministry of Home Affairs, Government of India) since 2026-11-01 (21 days)" in (
        text
    )
    assert "came back to a desk it had left 1 time(s); returned with an objection 1 time(s)" in (
        text
    )
    assert "objection: photo not attested" in text
    assert "letter CL/2026/77" in text


def test_move_errors_are_one_line(clinic: str) -> None:
    for args, message in (
        (("move", "KOL/1", "--to", "Embassy"), "matches several desks"),
        (("move", "KOL/1", "--to", "Nowhere Office"), "desk: Nowhere Office: no desk"),
        (("move", "KOL/1", "--to", "MHA-FD", "--kind", "lost"), "invalid choice: 'lost'"),
        (("move", "NOBODY", "--to", "MHA-FD"), "ref: NOBODY: no such file"),
    ):
        result = repatriate("--db", clinic, *args)
        assert result.returncode != 0
        assert message in result.stderr
        assert "Traceback" not in result.stderr


def test_desks_directory_and_stats(clinic: str) -> None:
    rows = list(
        csv.reader(io.StringIO(repatriate("--db", clinic, "desks", "--format", "csv").stdout))
    )
    assert rows[0][0] == "code"
    codes = [row[0] for row in rows[1:]]
    assert "MHA-FD" in codes and "BDHC-DEL" in codes
    # Every code in the csv is accepted by `move --to`.
    assert (
        repatriate(
            "--db", clinic, "move", "KOL/1", "--to", codes[-1], "--date", "2026-10-01"
        ).returncode
        == 0
    )

    repatriate("--db", clinic, "move", "KOL/1", "--to", "MHA-FD", "--date", "2026-10-01")
    stats = json.loads(
        repatriate(
            "--db", clinic, "desks", "--stats", "--format", "json", "--as-of", "2026-11-22"
        ).stdout
    )
    mha = next(s for s in stats if s["code"] == "MHA-FD")
    assert mha == {
        "code": "MHA-FD",
        "name": "Ministry of Home Affairs, Government of India, Foreigners Division",
        "holds": 1,
        "median_days": 52,
        "p90_days": 52,
        "returns": 0,
        "comebacks": 0,
        "held_now": 1,
        "stalled_now": 1,
    }
    table = repatriate("--db", clinic, "desks", "--stats", "--nationality", "NP")
    assert table.returncode == 0 and "MHA-FD" not in table.stdout


def test_where_as_of_a_day_and_dates_before_the_arrest(db_path: Path) -> None:
    db = Database.open(str(db_path))
    db.cases.add(
        PrisonerFile(
            ref="PAT/9",
            name="Gul Khan",
            claimed_nationality="AF",
            state="Delhi",
            arrest_date=date(2024, 5, 2),
            conviction_date=date(2025, 1, 1),
            sentence=Sentence(months=6),
            status=Status.SENTENCE_COMPLETED,
        ),
        date(2026, 11, 22),
    )
    db.close()
    for args in (
        ("move", "PAT/9", "--to", "DL-HOME", "--date", "2026-01-10"),
        ("move", "PAT/9", "--to", "MHA-FD", "--kind", "forwarded", "--date", "2026-02-01"),
        ("move", "PAT/9", "--to", "EMB-AF", "--date", "2026-02-01"),
        ("move", "PAT/9", "--to", "MHA-FD", "--kind", "cleared", "--date", "2026-04-01"),
    ):
        assert repatriate("--db", db_path, *args).returncode == 0
    early = repatriate("--db", db_path, "where", "PAT/9", "--as-of", "2026-01-20")
    assert early.returncode == 0, early.stderr
    assert "Held now, as of 2026-01-20:" in early.stdout
    assert "  DL-HOME (Government of Delhi) since 2026-01-10 (10 days)" in early.stdout
    assert "MHA-FD (Ministry" not in early.stdout.split("History:")[0]
    assert "3 movement(s) recorded after that day are not counted" in early.stdout
    assert "2026-02-01" not in early.stdout
    later = repatriate("--db", db_path, "where", "PAT/9", "--as-of", "2026-03-01").stdout
    assert "  MHA-FD (Ministry of Home Affairs, Government of India) since 2026-02-01" in later
    assert "Route: 3 of " in later
    assert "take complete ownership of the process" in later
    for args in (
        ("move", "PAT/9", "--to", "DL-HOME", "--date", "2024-05-01"),
        ("log", "PAT/9", "--kind", "call", "--desk", "EMB-AF", "--date", "2024-05-01"),
    ):
        refused = repatriate("--db", db_path, *args)
        assert refused.returncode == 2
        assert "date: 2024-05-01: before the arrest on 2024-05-02" in refused.stderr
        assert len(refused.stderr.strip().splitlines()) <= 2, refused.stderr
        assert "Traceback" not in refused.stderr
