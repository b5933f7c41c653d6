"""A photo is read at the size it is printed: a 24-megapixel picture reaches the PDF as a
small JPEG, upright and on white, so a batch of phone photos neither fills the memory nor
makes a PDF too large to e-mail to an embassy."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from repatriate.domain.factsheets import Letterhead
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.domain.release import reckon
from repatriate.reports import factsheet
from repatriate.reports.sheets import Attachment, Embassy, FactSheet, Picture

AS_OF = date(2026, 11, 22)
LETTERHEAD = Letterhead("Prison Legal Aid Clinic", "12 Court Road\nKolkata 700001", "+91 33 0000")
EMBASSY = Embassy("High Commission of Bangladesh", "Consular section", "Chanakyapuri", "New Delhi")


def picture(width: int, height: int, kind: str, **save: Any) -> bytes:
    stream = io.BytesIO()
    mode = "P" if kind == "PNG-P" else "RGB"
    image = Image.new(mode, (width, height), 0 if mode == "P" else "tan")
    image.save(stream, kind.removesuffix("-P"), **save)
    return stream.getvalue()


@pytest.fixture
def handed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, str, int]]:
    """What reportlab is given for each picture: width, height, mode (pixels) and bytes."""
    given: list[tuple[int, int, str, int]] = []
    real = factsheet.Image

    def recording(stream: io.BytesIO, **size: float) -> Any:
        with Image.open(stream) as image:
            given.append((image.width, image.height, image.mode, len(stream.getvalue())))
        stream.seek(0)
        return real(stream, **size)

    monkeypatch.setattr(factsheet, "Image", recording)
    return given


def write(tmp_path: Path, **changes: object) -> None:
    pf = PrisonerFile(
        ref="P-1",
        name="Rafiqul Islam",
        claimed_nationality="BD",
        conviction_date=date(2023, 3, 14),
        sentence=Sentence(years=2),
        status=Status.SENTENCE_COMPLETED,
    )
    sheet = FactSheet(
        reckoning=reckon(pf, AS_OF),
        embassy=EMBASSY,
        request="Please verify the nationality of this person.",
        country_names={"BD": "Bangladesh"},
        language_names={},
        **changes,  # type: ignore[arg-type]
    )
    with (tmp_path / "sheet.pdf").open("wb") as out:
        factsheet.write_sheet(sheet, LETTERHEAD, out)


def test_a_large_png_photo_reaches_the_sheet_at_the_size_it_is_printed(
    tmp_path: Path, handed: list[tuple[int, int, str, int]]
) -> None:
    write(tmp_path, photos=(Picture(picture(6000, 4000, "PNG"), date(2025, 6, 1)),))
    [(width, height, mode, size)] = handed
    assert (width, height, mode) == (factsheet.PHOTO_PIXELS, 467, "RGB")
    assert width <= 1200 and size < 200_000


def test_a_large_jpeg_document_is_a_page_sized_picture(
    tmp_path: Path, handed: list[tuple[int, int, str, int]]
) -> None:
    content = picture(6000, 4000, "JPEG")
    page = Attachment("passport copy", "", "passport.jpg", None, "image/jpeg", content)
    write(tmp_path, attachments=(page,))
    [(width, height, _, _)] = handed
    assert (width, height) == (factsheet.PAGE_PIXELS, 1600)


def test_a_phone_photo_held_sideways_is_printed_upright_after_it_is_shrunk(
    tmp_path: Path, handed: list[tuple[int, int, str, int]]
) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: the camera was turned a quarter right
    write(tmp_path, photos=(Picture(picture(4000, 3000, "JPEG", exif=exif), None),))
    [(width, height, _, _)] = handed
    assert (width, height) == (525, factsheet.PHOTO_PIXELS)


def test_a_palette_png_is_printed_in_colour_on_white(
    tmp_path: Path, handed: list[tuple[int, int, str, int]]
) -> None:
    write(tmp_path, photos=(Picture(picture(3000, 3000, "PNG-P"), None),))
    [(width, height, mode, _)] = handed
    assert (width, height, mode) == (factsheet.PHOTO_PIXELS, factsheet.PHOTO_PIXELS, "RGB")
