"""Hostile files and values: each is refused in one line, or printed without harm."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from pdf_checks import text
from repatriate.domain.errors import FieldError, InvalidInput
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.storage.files import FileRepository

AS_OF = date(2026, 11, 22)


def declared_png(width: int, height: int) -> bytes:
    """A PNG of a few bytes that declares `width` by `height` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def booby_trapped_pdf() -> bytes:
    """One page that runs JavaScript on opening and launches a program from a link."""
    out = io.BytesIO()
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.Root.OpenAction = pikepdf.Dictionary(
            S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('boom')")
        )
        launch = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Link,
            Rect=[0, 0, 100, 100],
            A=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("cmd.exe")),
        )
        pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([launch]))
        pdf.save(out)
    return out.getvalue()


def held(ref: str, **changes: object) -> PrisonerFile:
    values: dict[str, object] = {
        "ref": ref,
        "name": f"Person {ref}",
        "claimed_nationality": "BD",
        "prison": "Dum Dum Central Correctional Home",
        "arrest_date": date(2023, 10, 2),
        "conviction_date": date(2024, 1, 10),
        "sentence": Sentence(years=1),
        "status": Status.SENTENCE_COMPLETED,
    }
    return PrisonerFile(**(values | changes))  # type: ignore[arg-type]


def test_a_png_declaring_thirty_thousand_pixels_square_is_refused(db: Database) -> None:
    db.cases.add(held("A"), AS_OF)
    with pytest.raises(InvalidInput, match=r"^photo: \d+ bytes: .*more than 40 megapixels$"):
        db.cases.add_photo("A", declared_png(30_000, 30_000), taken_on=None)
    assert db.cases.get("A").photos == ()


def test_a_bomb_stored_before_leaves_the_sheet_and_batch_whole(
    db: Database, tmp_path: Path
) -> None:
    db.cases.add(held("A"), AS_OF)
    with db.store.unit_of_work() as session:
        FileRepository(session).add_photo("A", declared_png(30_000, 30_000), "image/png", None, "")
    db.factsheets.sheet("A", tmp_path / "A.pdf", as_of=AS_OF)
    assert "photo on file cannot be read" in text(tmp_path / "A.pdf")
    printed = db.factsheets.batch("BD", tmp_path / "BD.pdf", as_of=AS_OF)
    assert printed.refs == ("A",)


def test_an_attached_pdf_loses_its_javascript_and_launch_action(
    db: Database, tmp_path: Path
) -> None:
    db.cases.add(held("A"), AS_OF)
    trapped = booby_trapped_pdf()
    assert b"/Launch" in trapped and b"/JavaScript" in trapped
    document = db.cases.add_document("A", trapped, kind="letter", filename="letter.pdf")
    assert document.id is not None
    stored = db.cases.document_content(document.id)
    for word in (b"/Launch", b"/JavaScript", b"/OpenAction", b"cmd.exe", b"/Annots"):
        assert word not in stored
    # One stored before documents were cleaned is cleaned before it goes to the embassy.
    with db.store.unit_of_work() as session:
        FileRepository(session).add_document(
            "A",
            trapped,
            kind="letter",
            title="",
            filename="old.pdf",
            media_type="application/pdf",
            dated=None,
        )
    db.factsheets.sheet("A", tmp_path / "A.pdf", as_of=AS_OF)
    with pikepdf.open(tmp_path / "A.pdf") as sheet:
        assert "/OpenAction" not in sheet.Root
        assert all("/Annots" not in page.obj for page in sheet.pages[1:])
    written = (tmp_path / "A.pdf").read_bytes()
    assert b"cmd.exe" not in written and b"app.alert" not in written


def test_an_unreadable_pdf_is_refused_in_one_line(db: Database) -> None:
    db.cases.add(held("A"), AS_OF)
    with pytest.raises(InvalidInput, match=r"^document: 15 bytes: not a PDF that can be read$"):
        db.cases.add_document("A", b"%PDF-1.4 broken", kind="letter", filename="x.pdf")


def test_a_two_thousand_character_address_prints_on_a_sheet_and_in_a_batch(
    db: Database, tmp_path: Path
) -> None:
    address = "Village Kashipur, Post Office Jessore, " * 52  # 2,028 characters
    too_long = held("A", home_address=address, home_address_native="গ্রাম কাশীপুর " * 150)
    with pytest.raises(InvalidInput, match=r"home_address: .*longer than 1000 characters"):
        db.cases.add(too_long, AS_OF)
    # Stored before addresses were limited: the sheet still prints, cut with a note.
    with db.store.unit_of_work() as session:
        FileRepository(session).add(too_long)
    db.factsheets.sheet("A", tmp_path / "A.pdf", as_of=AS_OF)
    assert "characters on our file" in text(tmp_path / "A.pdf")
    printed = db.factsheets.batch("BD", tmp_path / "BD.pdf", as_of=AS_OF)
    assert printed.refs == ("A",)


@pytest.mark.parametrize("character", ["\x1b", "\x00", "\x07"])
def test_control_characters_in_a_name_are_refused(db: Database, character: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        db.cases.add(held("A", name=f"Abdul{character}[31mKarim"), AS_OF)
    assert [e.field for e in refused.value.errors] == ["name"]
    assert character not in str(refused.value)
    assert "contains control characters" in str(refused.value)


def test_an_error_quotes_eighty_characters_on_one_line() -> None:
    line = str(FieldError("notes", "x" * 100_000, "longer than 10000 characters", row=2))
    assert line == f"row 2: notes: {'x' * 80}… (100000 characters): longer than 10000 characters"
    forged = str(FieldError("name", "Karim\nrow 3: ref: X: required", "too long", row=2))
    assert "\n" not in forged
    assert forged.startswith("row 2: name: Karim\\nrow 3")


def test_a_birth_before_1900_and_a_movement_in_year_one_are_refused(db: Database) -> None:
    with pytest.raises(InvalidInput, match="birth_date: 1850-01-01: before 1900"):
        db.cases.add(held("A", birth_date=date(1850, 1, 1)), AS_OF)
    db.cases.add(held("A", arrest_date=None), AS_OF)
    with pytest.raises(InvalidInput, match="date: 0001-01-01: before 1900"):
        db.movements.move("A", "MEA-CPV", on=date(1, 1, 1), today=AS_OF)
    assert db.movements.where("A", AS_OF).chain.holding == ()
