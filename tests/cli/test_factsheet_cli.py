"""`factsheet`: one file's sheet, or an embassy's batch with its CSV, from the command line."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from command_line import repatriate
from pdf_checks import pages, text
from repatriate.domain.prisoner import Category, PrisonerFile, Sentence, Status
from repatriate.reports.sheets import BATCH_COLUMNS
from repatriate.services.database import Database

AS_OF = "2026-11-22"


@pytest.fixture
def clinic(db_path: Path) -> Path:
    db = Database.open(str(db_path))
    for ref, native, changes in (
        ("KOL/2023/114", "সালমা বিবি", {}),
        ("KOL/2023/200", "রহিম উদ্দিন", {"category": Category.ASYLUM_SEEKER}),
        ("KOL/2023/300", "", {"claimed_nationality": "MM"}),
    ):
        values: dict[str, object] = {
            "ref": ref,
            "name": f"Person {ref[-3:]}",
            "name_native": native,
            "claimed_nationality": "BD",
            "court_nationality": "BD",
            "prison": "Alipore Women's Correctional Home",
            "arrest_date": date(2022, 11, 1),
            "conviction_date": date(2023, 3, 14),
            "sentence": Sentence(years=2, months=6, set_off_days=120, remission_days=30),
            "status": Status.SENTENCE_COMPLETED,
        }
        db.cases.add(PrisonerFile(**(values | changes)), date(2026, 11, 22))  # type: ignore[arg-type]
    db.close()
    return db_path


def test_one_files_sheet(clinic: Path, tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    result = repatriate(
        "--db", clinic, "factsheet", "KOL/2023/114", "-o", str(target), "--as-of", AS_OF
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"wrote {target}: the fact sheet of KOL/2023/114\n"
        "addressed to: High Commission of Bangladesh\n"
    )
    found = text(target)
    assert "KOL/2023/114" in found and "Person 114" in found and "সালমা বিবি" in found
    assert "Held 585 days past the release date 2025-04-16 as of 2026-11-22" in found


def test_someone_at_risk_needs_a_recorded_reason(clinic: Path, tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    refused = repatriate("--db", clinic, "factsheet", "KOL/2023/200", "-o", str(target))
    allowed = repatriate(
        "--db",
        clinic,
        "factsheet",
        "KOL/2023/200",
        "-o",
        str(target),
        "--override-risk",
        "asked to go home; no claim pending",
    )

    assert refused.returncode == 1
    assert refused.stderr.startswith("repatriate: error: KOL/2023/200: asylum seeker")
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.startswith(
        "KOL/2023/200: risk override recorded for BDHC-DEL: asked to go home; no claim pending\n"
    )
    assert "রহিম উদ্দিন" in text(target)


def test_an_embassys_batch_with_its_csv_lists_who_was_left_out(
    clinic: Path, tmp_path: Path
) -> None:
    target, table = tmp_path / "bd.pdf", tmp_path / "bd.csv"
    result = repatriate(
        "--db", clinic, "factsheet", "--embassy", "BD", "-o", str(target), "--csv", str(table)
    )

    assert result.returncode == 0, result.stderr
    assert f"wrote {target} and {table}: 1 fact sheet\n" in result.stdout
    assert sorted(result.stderr.splitlines()) == [
        "left out: KOL/2023/200: asylum seeker: at risk if returned; no override recorded "
        "for this embassy",
        "left out: KOL/2023/300: nationality disputed: claims MM, the court recorded BD",
    ]
    assert pages(target) >= 3
    with table.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == BATCH_COLUMNS
    assert [r["ref"] for r in rows] == ["KOL/2023/114"]


def test_nobody_matching_is_bad_input_naming_the_embassy(clinic: Path, tmp_path: Path) -> None:
    result = repatriate(
        "--db", clinic, "factsheet", "--embassy", "NP", "-o", str(tmp_path / "np.pdf")
    )

    assert result.returncode == 2
    assert result.stderr.startswith("repatriate: error: --embassy NP: no national of Nepal")
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "np.pdf").exists()


@pytest.mark.parametrize(
    "arguments",
    [
        ["KOL/2023/114", "--embassy", "BD"],
        ["KOL/2023/114"],
        ["KOL/2023/114", "-o", "x.pdf", "--csv", "x.csv"],
        ["--embassy", "BD", "-o", "x.pdf", "--override-risk", "why"],
        ["--embassy", "BD", "-o", "x.pdf", "--all", "--overstaying"],
    ],
)
def test_options_that_do_not_go_together_are_bad_input(
    clinic: Path, tmp_path: Path, arguments: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = repatriate("--db", clinic, "factsheet", *arguments)

    assert result.returncode == 2
    assert not list(tmp_path.glob("x.*"))


def test_an_override_names_one_desk_and_opens_it_only(clinic: Path, tmp_path: Path) -> None:
    kolkata, delhi = tmp_path / "kol.pdf", tmp_path / "del.pdf"
    allowed = repatriate(
        "--db",
        clinic,
        "factsheet",
        "KOL/2023/200",
        "-o",
        str(kolkata),
        "--to",
        "BDDHC-KOL",
        "--override-risk",
        "asked to go home; no claim pending",
    )
    refused = repatriate(
        "--db", clinic, "factsheet", "KOL/2023/200", "-o", str(delhi), "--to", "BDHC-DEL"
    )

    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.startswith(
        "KOL/2023/200: risk override recorded for BDDHC-KOL: asked to go home; no claim pending\n"
    )
    assert refused.returncode == 1
    assert refused.stderr == (
        "repatriate: error: KOL/2023/200: asylum seeker: at risk if returned: no sheet goes to "
        "BDHC-DEL unless an override is recorded for that desk with a reason\n"
    )
    assert not delhi.exists()


def test_the_clinic_sets_the_persecuted_groups(clinic: Path) -> None:
    shown = repatriate("--db", clinic, "settings")
    assert "at_risk_groups = Rohingya:MM" in shown.stdout.splitlines()
    changed = repatriate(
        "--db", clinic, "settings", "at_risk_groups", "Rohingya:MM; Hazara:Afghanistan"
    )
    assert changed.returncode == 0, changed.stderr
    assert "at_risk_groups = Rohingya:MM; Hazara:AF" in changed.stdout.splitlines()
    bad = repatriate("--db", clinic, "settings", "at_risk_groups", "Hazara")
    assert bad.returncode == 2
    assert "at_risk_groups: Hazara: write GROUP:CC[,CC]" in bad.stderr
