"""Samples for tests: a file held past release, and real attachments (the program refuses bytes
that only start like a PNG or a PDF)."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pikepdf
from PIL import Image

from repatriate.domain.prisoner import PrisonerFile, Sentence, Status


def png(width: int = 40, height: int = 30, colour: str = "white") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def pdf(pages: int = 1) -> bytes:
    out = io.BytesIO()
    with pikepdf.new() as document:
        for _ in range(pages):
            document.add_blank_page()
        document.save(out)
    return out.getvalue()


def held(ref: str, conviction: date, **changes: object) -> PrisonerFile:
    """Convicted on `conviction` to a year: held past release from a year later."""
    values: dict[str, object] = {
        "ref": ref,
        "name": f"Person {ref}",
        "claimed_nationality": "BD",
        "court_nationality": "BD",
        "prison": "Dum Dum Central Correctional Home",
        "state": "West Bengal",
        "arrest_date": conviction - timedelta(days=100),
        "conviction_date": conviction,
        "sentence": Sentence(years=1),
        "status": Status.SENTENCE_COMPLETED,
    }
    return PrisonerFile(**(values | changes))  # type: ignore[arg-type]
