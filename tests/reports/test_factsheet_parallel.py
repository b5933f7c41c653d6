"""A large batch laid out by several processes comes out as one process would write it: the
same pages in the same order, with the same text, page numbers and attached documents."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from pdf_checks import pages, poppler
from repatriate.domain.errors import Cancelled
from repatriate.reports.factsheet import write_batch
from repatriate.reports.parallel import Workers, own_share, parts
from repatriate.reports.sheets import Attachment, Batch
from reports.test_factsheet_pdf import EMBASSY, LETTERHEAD, SCRIPTS, person, sheet

AS_OF = date(2026, 11, 22)


def court_order() -> bytes:
    """A two-page PDF, as a scanned court order attached to a file."""
    stream = io.BytesIO()
    canvas = Canvas(stream)
    for n in (1, 2):
        canvas.drawString(72, 720, f"Order of the court, page {n} of 2")
        canvas.showPage()
    canvas.save()
    return stream.getvalue()


def batch_of(count: int) -> Batch:
    urdu = SCRIPTS["Urdu"]
    sheets = []
    for n in range(count):
        changes: dict[str, object] = {"name": f"Person {n}"}
        if n % 4 == 1:
            changes |= {"name_native": urdu[2], "home_address_native": urdu[3]}
        fact_sheet = sheet(person(f"B-{n:02}", **changes))
        if n == 7:
            order = Attachment(
                "court order", "Conviction", "order.pdf", None, "application/pdf", court_order()
            )
            fact_sheet = sheet(person(f"B-{n:02}", **changes), attachments=(order,))
        sheets.append(fact_sheet)
    return Batch("BD", "Bangladesh", EMBASSY, tuple(sheets), AS_OF, overstaying_only=True)


def test_sheets_are_cut_into_consecutive_parts_of_nearly_equal_length() -> None:
    assert parts(10, 3) == [range(0, 4), range(4, 7), range(7, 10)]
    assert parts(2, 3) == [range(0, 1), range(1, 2)]
    # This process also writes the letter and the annex, so it takes fewer sheets.
    assert own_share(100, 2) == 45


def test_a_batch_laid_out_by_three_processes_reads_as_one_process_writes_it(
    tmp_path: Path,
) -> None:
    batch = batch_of(12)
    alone, shared = tmp_path / "alone.pdf", tmp_path / "shared.pdf"
    with alone.open("wb") as out:
        write_batch(batch, LETTERHEAD, out)
    reports: list[tuple[int, int]] = []
    with shared.open("wb") as out, Workers(3) as workers:
        write_batch(batch, LETTERHEAD, out, progress=lambda *p: reports.append(p), workers=workers)

    assert pages(shared) == pages(alone)
    by_page = [
        poppler("pdftotext", "-f", str(n), "-l", str(n), shared, "-").split()
        for n in range(1, pages(shared) + 1)
    ]
    assert by_page == [
        poppler("pdftotext", "-f", str(n), "-l", str(n), alone, "-").split()
        for n in range(1, pages(alone) + 1)
    ]
    whole = " ".join(word for page in by_page for word in page)
    refs = [whole.index(f"our ref B-{n:02}") for n in range(12)]
    assert refs == sorted(refs)
    # The attached order's pages follow its sheet and take no page number.
    assert "Order of the court, page 2 of 2" in whole
    assert reports[-1] == (12, 12)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_cancelling_a_batch_laid_out_by_several_processes_stops_them_all(
    tmp_path: Path,
) -> None:
    batch = batch_of(12)
    reports: list[tuple[int, int]] = []
    with pytest.raises(Cancelled), Workers(2) as workers:
        write_batch(
            batch,
            LETTERHEAD,
            io.BytesIO(),
            progress=lambda *p: reports.append(p),
            cancelled=lambda: bool(reports),
            workers=workers,
        )
    assert len(reports) == 1
