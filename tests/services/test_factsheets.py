"""Printing fact sheets: never for someone at risk if returned without a recorded reason; a
batch takes an embassy's nationals by verified, else claimed, nationality, most days past
release first, and lists whom it left out; a print is all or nothing."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from pdf_checks import pages, text
from repatriate.domain.errors import Cancelled, InvalidInput, RepatriateError
from repatriate.domain.factsheets import Letterhead
from repatriate.domain.prisoner import Category, Status
from repatriate.reports.sheets import BATCH_COLUMNS
from repatriate.services.database import Database
from repatriate.services.factsheets import NobodyToPrint
from samples import held

AS_OF = date(2026, 11, 22)


@pytest.fixture
def clinic(db: Database) -> Database:
    for pf in (
        # 682 days past release (due 2025-01-09): first in the batch.
        held("A", date(2024, 1, 10), name_native="আব্দুল করিম"),
        # Verified Bangladeshi by the embassy although the court recorded Myanmar.
        held("B", date(2024, 6, 1), verified_nationality="BD", court_nationality="MM"),
        # Claims Myanmar, recorded Bangladeshi by the court (a Rohingya): disputed.
        held("C", date(2024, 3, 1), claimed_nationality="MM"),
        # Claims Bangladeshi, marked as possibly misidentified: disputed.
        held("D", date(2024, 3, 2), possible_misidentification=True),
        # An asylum seeker with no decision recorded: at risk if returned.
        held("E", date(2024, 3, 3), category=Category.ASYLUM_SEEKER),
        # An asylum seeker a caseworker decided, with a reason, is not at risk.
        held(
            "F",
            date(2024, 8, 1),
            category=Category.ASYLUM_SEEKER,
            at_risk_if_returned=False,
            risk_note="UNHCR closed the claim; he asks to go home",
        ),
        # Verified as Indian: not the Bangladesh embassy's.
        held("G", date(2024, 3, 4), verified_nationality="IN"),
        # Repatriated already.
        held("H", date(2024, 3, 5), status=Status.REPATRIATED, released_on=date(2025, 6, 1)),
        # Still serving: only with everyone held.
        held("I", date(2026, 6, 1)),
        # Another country altogether.
        held("J", date(2024, 3, 6), claimed_nationality="NP", court_nationality="NP"),
    ):
        db.cases.add(pf, AS_OF)
    return db


def test_a_sheet_is_written_for_one_file(clinic: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "A.pdf"
    printed = clinic.factsheets.sheet("A", target, as_of=AS_OF)

    assert printed.refs == ("A",)
    assert printed.embassy.organisation == "High Commission of Bangladesh"
    found = text(target)
    assert "our ref A" in found and "Person A" in found and "আব্দুল করিম" in found
    assert "Held 682 days past the release date 2025-01-09 as of 2026-11-22" in found
    assert "EP-39, Dr. S. Radhakrishnan Marg" in found
    assert [p.name for p in folder.iterdir()] == ["A.pdf"]


def test_no_sheet_for_someone_at_risk_unless_a_reason_is_recorded(
    clinic: Database, tmp_path: Path
) -> None:
    target = tmp_path / "E.pdf"
    with pytest.raises(RepatriateError, match=r"^E: asylum seeker: at risk if returned"):
        clinic.factsheets.sheet("E", target, as_of=AS_OF)
    assert not target.exists()
    with pytest.raises(InvalidInput, match="reason"):
        clinic.factsheets.override_risk("E", "   ")

    override = clinic.factsheets.override_risk("E", "  UNHCR advised return is safe  ")
    clinic.factsheets.sheet("E", target, as_of=AS_OF)

    assert override.reason == "UNHCR advised return is safe"
    assert "our ref E" in text(target)
    # A caseworker's decision that the person is not at risk needs no override.
    clinic.factsheets.sheet("F", tmp_path / "F.pdf", as_of=AS_OF)


def test_a_batch_takes_verified_else_claimed_nationals_most_days_first(
    clinic: Database, tmp_path: Path
) -> None:
    target, table = tmp_path / "bd.pdf", tmp_path / "bd.csv"
    progress: list[tuple[int, int]] = []
    printed = clinic.factsheets.batch(
        "BD",
        target,
        csv_target=table,
        as_of=AS_OF,
        progress=lambda done, total: progress.append((done, total)),
    )

    assert printed.refs == ("A", "B", "F")
    assert {(o.ref, o.reason) for o in printed.left_out} == {
        ("C", "nationality disputed: claims MM, the court recorded BD"),
        ("D", "nationality disputed: marked as a possible misidentification"),
        ("E", "asylum seeker: at risk if returned; no override recorded for this embassy"),
    }
    assert progress[-1] == (3, 3)
    found = text(target)
    assert found.index("our ref A") < found.index("our ref B") < found.index("our ref F")
    assert "Annex: 3 nationals of Bangladesh held past their release date" in found
    assert pages(target) >= 2 + 3

    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == BATCH_COLUMNS
    assert [(r["no"], r["ref"], r["overstay_days"]) for r in rows] == [
        ("1", "A", "682"),
        ("2", "B", "540"),
        ("3", "F", "479"),
    ]
    assert rows[0]["name_native"] == "আব্দুল করিম"
    assert rows[1]["verified_nationality"] == "BD" and rows[1]["court_nationality"] == "MM"


def test_everyone_held_includes_those_still_serving(clinic: Database, tmp_path: Path) -> None:
    printed = clinic.factsheets.batch(
        "Bangladesh", tmp_path / "all.pdf", as_of=AS_OF, overstaying=False
    )

    assert printed.refs == ("A", "B", "F", "I")


def test_an_override_lets_a_file_into_the_batch(clinic: Database, tmp_path: Path) -> None:
    clinic.factsheets.override_risk("E", "the family in Satkhira asked for the return")
    printed = clinic.factsheets.batch("BD", tmp_path / "bd.pdf", as_of=AS_OF)

    assert "E" in printed.refs
    assert "E" not in {o.ref for o in printed.left_out}


def test_nobody_to_print_names_the_embassy_and_lists_who_was_left_out(
    clinic: Database, tmp_path: Path
) -> None:
    target = tmp_path / "mm.pdf"
    with pytest.raises(NobodyToPrint, match="--embassy MM: no national of Myanmar") as caught:
        clinic.factsheets.batch("MM", target, as_of=AS_OF)

    assert [o.ref for o in caught.value.left_out] == ["C"]
    assert not target.exists()
    with pytest.raises(InvalidInput, match="embassy: Atlantis: not a country"):
        clinic.factsheets.batch("Atlantis", target, as_of=AS_OF)


def test_a_cancelled_batch_leaves_the_old_file_as_it_was(clinic: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target, table = folder / "bd.pdf", folder / "bd.csv"
    target.write_bytes(b"last week's batch")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 5

    with pytest.raises(Cancelled):
        clinic.factsheets.batch("BD", target, csv_target=table, as_of=AS_OF, cancelled=cancelled)

    assert target.read_bytes() == b"last week's batch"
    assert [p.name for p in folder.iterdir()] == ["bd.pdf"]


def test_the_sheet_carries_photos_documents_letterhead_and_where_the_file_is(
    clinic: Database, tmp_path: Path
) -> None:
    photo = io.BytesIO()
    Image.new("RGB", (30, 40), "tan").save(photo, "PNG")
    clinic.cases.add_photo("A", photo.getvalue(), taken_on=date(2025, 2, 3))
    order = io.BytesIO()
    canvas = Canvas(order)
    canvas.drawString(72, 720, "JUDGMENT IN GR 123/2022")
    canvas.save()
    clinic.cases.add_document(
        "A", order.getvalue(), kind="court order", filename="order.pdf", title="Judgment"
    )
    clinic.settings.set_letterhead(
        Letterhead(
            "Jail Legal Aid Cell", "5 Court Road, Kolkata", "+91 33 1234", "cell@example.org"
        )
    )
    clinic.movements.move("A", "MHA-FD", on=date(2026, 10, 1), today=AS_OF)

    with_documents, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    clinic.factsheets.sheet("A", with_documents, as_of=AS_OF, request="Please call us.")
    clinic.factsheets.sheet("A", without, as_of=AS_OF, documents=False)

    found = text(with_documents)
    assert "taken 2025-02-03" in found
    assert "JUDGMENT IN GR 123/2022" in found
    assert "Jail Legal Aid Cell" in found and "+91 33 1234" in found
    assert "Please call us." in found
    assert "since 2026-10-01 (52 days)" in found
    assert pages(with_documents) == pages(without) + 1
    assert "We request you to verify the nationality of this person" in text(without)


def test_the_letterhead_needs_a_name_and_a_request(db: Database) -> None:
    assert db.settings.letterhead() == Letterhead()
    with pytest.raises(InvalidInput) as caught:
        db.settings.set_letterhead(Letterhead(name=" ", request=""))

    assert [e.field for e in caught.value.errors] == ["clinic.name", "factsheet.request"]


def test_each_sheet_of_a_batch_carries_its_own_photo_documents_and_whereabouts(
    clinic: Database, tmp_path: Path
) -> None:
    photo = io.BytesIO()
    Image.new("RGB", (30, 40), "tan").save(photo, "PNG")
    clinic.cases.add_photo("B", photo.getvalue(), taken_on=date(2025, 2, 3))
    for ref in ("A", "F"):
        order = io.BytesIO()
        canvas = Canvas(order)
        canvas.drawString(72, 720, f"JUDGMENT IN THE CASE OF {ref}")
        canvas.save()
        clinic.cases.add_document(
            ref, order.getvalue(), kind="court order", filename="order.pdf", title="Judgment"
        )
    clinic.movements.move("A", "MHA-FD", on=date(2026, 10, 1), today=AS_OF)

    with_documents, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    clinic.factsheets.batch("BD", with_documents, as_of=AS_OF)
    clinic.factsheets.batch("BD", without, as_of=AS_OF, documents=False)

    found = text(with_documents)
    assert found.count("JUDGMENT IN THE CASE OF A") == 1
    assert found.count("JUDGMENT IN THE CASE OF F") == 1
    assert found.count("taken 2025-02-03") == 1
    assert found.index("our ref B") < found.index("taken 2025-02-03") < found.index("our ref F")
    assert found.count("since 2026-10-01 (52 days)") == 1
    assert found.index("since 2026-10-01 (52 days)") < found.index("our ref B")
    assert pages(with_documents) == pages(without) + 2
    assert "JUDGMENT" not in text(without)
