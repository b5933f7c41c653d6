"""Real attachments for tests: the program refuses bytes that only start like a PNG or a PDF."""

from __future__ import annotations

import io

import pikepdf
from PIL import Image


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
