"""The fonts bundled in resources/fonts, and which of them draws each character.

The PDFs must not depend on the fonts of the machine that prints them, and an embassy must see
a name in the prisoner's own script exactly as the prisoner wrote it. So the Noto fonts for the
scripts of the case study's nationalities ship with the program (SIL Open Font License, see
resources/fonts/OFL.txt) and reportlab embeds the subset of glyphs each PDF uses.

Noto Sans draws Latin (with accents), Greek and Cyrillic; each other script has its own font.
Digits, punctuation and spaces belong to no script: they are drawn in the font of the text
around them, so that an address such as "গ্রাম ১২, Rampur" keeps its comma and digits beside
the words they go with.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from repatriate.resource_files import resource

LATIN = "NotoSans"
LATIN_BOLD = "NotoSans-Bold"


@dataclass(frozen=True, slots=True)
class BundledFont:
    name: str
    """The name the font is registered under in reportlab."""
    file: str
    """The file in resources/fonts."""
    script: str
    """What it is for, in words."""
    scale: float = 1.0
    """Drawn this much larger than the text around it: Naskh letters are small for their
    point size, and Urdu set at the size of the Latin beside it is hard to read."""


FONTS = (
    BundledFont(LATIN, "NotoSans-Regular.ttf", "Latin, Greek, Cyrillic"),
    BundledFont(LATIN_BOLD, "NotoSans-Bold.ttf", "Latin, Greek, Cyrillic (bold)"),
    BundledFont("NotoSansBengali", "NotoSansBengali-Regular.ttf", "Bengali"),
    BundledFont("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", "Devanagari"),
    BundledFont("NotoSansMyanmar", "NotoSansMyanmar-Regular.ttf", "Burmese"),
    BundledFont("NotoSansSinhala", "NotoSansSinhala-Regular.ttf", "Sinhala"),
    BundledFont("NotoSansTamil", "NotoSansTamil-Regular.ttf", "Tamil"),
    BundledFont("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", "Ethiopic (Amharic)"),
    BundledFont("NotoNaskhArabic", "NotoNaskhArabic-Regular.ttf", "Arabic, Urdu, Persian", 1.2),
)

# Unicode blocks drawn by a script font: (first, last, font name), sorted. The dandas
# (U+0964, U+0965) sit in the Devanagari block but end sentences in Bengali too, so they are
# left out here and follow the text around them.
_BLOCKS = sorted(
    [
        (0x0600, 0x06FF, "NotoNaskhArabic"),
        (0x0750, 0x077F, "NotoNaskhArabic"),
        (0x08A0, 0x08FF, "NotoNaskhArabic"),
        (0xFB50, 0xFDFF, "NotoNaskhArabic"),
        (0xFE70, 0xFEFF, "NotoNaskhArabic"),
        (0x0900, 0x0963, "NotoSansDevanagari"),
        (0x0966, 0x097F, "NotoSansDevanagari"),
        (0xA8E0, 0xA8FF, "NotoSansDevanagari"),
        (0x0980, 0x09FF, "NotoSansBengali"),
        (0x0B80, 0x0BFF, "NotoSansTamil"),
        (0x0D80, 0x0DFF, "NotoSansSinhala"),
        (0x1000, 0x109F, "NotoSansMyanmar"),
        (0xA9E0, 0xA9FF, "NotoSansMyanmar"),
        (0xAA60, 0xAA7F, "NotoSansMyanmar"),
        (0x1200, 0x139F, "NotoSansEthiopic"),
        (0x2D80, 0x2DDF, "NotoSansEthiopic"),
        (0xAB00, 0xAB2F, "NotoSansEthiopic"),
    ]
)
_STARTS = [first for first, _, _ in _BLOCKS]


def script_font(ch: str) -> str | None:
    """The script font for a character of one of the bundled scripts, else None."""
    code = ord(ch)
    i = bisect.bisect_right(_STARTS, code) - 1
    if i >= 0 and code <= _BLOCKS[i][1]:
        return _BLOCKS[i][2]
    return None


_FILES = {f.name: f.file for f in FONTS}


@cache
def font(name: str) -> TTFont:
    """The bundled font `name`, registered with reportlab when first asked for (once per
    process): a sheet in Latin letters and Bengali reads neither the Burmese nor the Ethiopic
    font file."""
    loaded = TTFont(name, str(resource("fonts", _FILES[name])))
    pdfmetrics.registerFont(loaded)
    return loaded


@cache
def register() -> None:
    """Register Noto Sans and its bold face with reportlab (once per process); the script fonts
    are registered by `font` when a text needs them."""
    font(LATIN)
    font(LATIN_BOLD)
    # <b> in a Paragraph of Noto Sans picks the bold face.
    addMapping(LATIN, 0, 0, LATIN)
    addMapping(LATIN, 1, 0, LATIN_BOLD)
    addMapping(LATIN, 0, 1, LATIN)
    addMapping(LATIN, 1, 1, LATIN_BOLD)


def has_glyph(name: str, ch: str) -> bool:
    return ord(ch) in font(name).face.charToGlyph


def _fallback(ch: str, preferred: str | None, latin: str) -> str:
    """The preferred font if it has the character, else Noto Sans, else any bundled font that
    has it (Noto Sans has no minus sign U+2212; the Indic fonts do), else Noto Sans (which
    then shows its box for a missing glyph)."""
    for name in (preferred, latin, *(f.name for f in FONTS)):
        if name is not None and has_glyph(name, ch):
            return name
    return latin


def assign_fonts(text: str, bold: bool = False) -> list[str]:
    """The font that draws each character of `text`."""
    register()
    latin = LATIN_BOLD if bold else LATIN
    fonts: list[str | None] = []
    for ch in text:
        font = script_font(ch)
        if font is None:
            kind = unicodedata.category(ch)[0]
            if kind == "L":
                font = latin
            elif kind == "M" and fonts:
                # A combining accent goes with the letter it sits on.
                font = fonts[-1]
        fonts.append(font)
    # Digits, punctuation and spaces take the font of the text before them, else after them.
    previous: str | None = None
    for i, font in enumerate(fonts):
        if font is not None:
            previous = font
        else:
            fonts[i] = previous
    following: str | None = None
    for i in range(len(fonts) - 1, -1, -1):
        if fonts[i] is None:
            fonts[i] = following
        else:
            following = fonts[i]
    return [
        font if font is not None and has_glyph(font, ch) else _fallback(ch, font, latin)
        for ch, font in zip(text, fonts, strict=True)
    ]


def needs_shaping(text: str) -> bool:
    """Whether `text` needs more than Noto Sans drawing one glyph per character: another
    script, right-to-left text, combining marks, or a character Noto Sans lacks."""
    register()
    if text.isascii():
        return False
    latin = font(LATIN).face.charToGlyph
    return any(
        script_font(ch) is not None
        or unicodedata.category(ch).startswith("M")
        or unicodedata.bidirectional(ch) in ("R", "AL", "AN")
        or ord(ch) not in latin
        for ch in text
    )
