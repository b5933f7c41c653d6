"""Photos and documents from outside, made safe before they are stored or printed.

An image is measured from its header before any pixel is decoded: a small PNG may declare
30000 by 30000 pixels and take gigabytes to open. A PDF is rewritten without what a reader would
run or open (JavaScript, actions, launch links, embedded files, forms), so that the embassy
never receives from us a document that acts on its computer.
"""

from __future__ import annotations

import io
import warnings

import pikepdf
from PIL import Image as PILImage

MAX_PIXELS = 40_000_000
"""40 megapixels: more than any phone camera or A4 scan at 600 dpi (35 megapixels)."""
MAX_BYTES = 25 * 1024 * 1024


class Unusable(Exception):
    """An attachment that cannot be kept or printed; the message says why, in a few words."""


def image_size(content: bytes) -> tuple[int, int]:
    """Width and height from the image's header, without decoding it; Unusable if it cannot
    be read or is larger than 40 megapixels."""
    if len(content) > MAX_BYTES:
        raise Unusable("larger than 25 MB")
    try:
        with warnings.catch_warnings():
            # Pillow warns, then refuses, above its own limit; ours is lower and said plainly.
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(content)) as opened:
                width, height = opened.size
    except PILImage.DecompressionBombError:
        raise Unusable("more than 40 megapixels") from None
    except Exception:  # Pillow raises many kinds on a damaged header
        raise Unusable("not an image that can be read") from None
    if width < 1 or height < 1:
        raise Unusable("an image without pixels")
    if width * height > MAX_PIXELS:
        raise Unusable(f"{width} by {height} pixels: more than 40 megapixels")
    return width, height


_DROPPED_FROM_CATALOG = ("/OpenAction", "/AA", "/AcroForm", "/Names", "/Outlines", "/URI")
_DROPPED_EVERYWHERE = ("/A", "/AA", "/JS", "/JavaScript", "/EmbeddedFiles", "/EF", "/Launch")


def clean_pdf(content: bytes) -> bytes:
    """The PDF rewritten without JavaScript, actions (launch, links, submit), embedded files,
    forms and annotations, unencrypted; Unusable if it cannot be read or has no page."""
    if len(content) > MAX_BYTES:
        raise Unusable("larger than 25 MB")
    try:
        with pikepdf.open(io.BytesIO(content)) as pdf:
            if len(pdf.pages) == 0:
                raise Unusable("a PDF without pages")
            for key in _DROPPED_FROM_CATALOG:
                if key in pdf.Root:
                    del pdf.Root[key]
            for page in pdf.pages:
                for key in ("/Annots", "/AA"):
                    if key in page.obj:
                        del page.obj[key]
            for item in pdf.objects:
                if isinstance(item, pikepdf.Dictionary | pikepdf.Stream):
                    for key in _DROPPED_EVERYWHERE:
                        if key in item:
                            del item[key]
            cleaned = io.BytesIO()
            # Only what the pages reach is written: the removed objects are left behind.
            pdf.save(cleaned, encryption=False)
    except Unusable:
        raise
    except pikepdf.PasswordError:
        raise Unusable("protected by a password") from None
    except Exception:  # qpdf reports damage of many kinds
        raise Unusable("not a PDF that can be read") from None
    return cleaned.getvalue()
