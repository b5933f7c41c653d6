"""Text in any bundled script, shaped, laid out in lines and drawn with a searchable text layer.

reportlab's Paragraph shapes Indic and Burmese text when uharfbuzz is installed, but it puts
Urdu words in the wrong order (it has no bidirectional step without the `reportlab[bidi]` extra,
which pulls in an old reportlab), it shapes every word with one font, and the text layer of a
shaped word is the glyphs' order, not the letters': `pdftotext` gives "িক" for "কি" and private
codes for conjuncts. So text that needs more than Latin letters is laid out here:

1. each character gets its font (`fonts.assign_fonts`) and its bidirectional embedding level
   (the Unicode bidirectional algorithm, from python-bidi);
2. lines are broken between words, in logical order;
3. each run of one font and one level is shaped by HarfBuzz in its own direction (so digits
   inside Urdu run left to right), and the runs of a line are put in visual order (rule L2);
4. every glyph cluster whose glyphs do not map back to its letters is wrapped in a marked-content
   span whose /ActualText gives the letters in logical order (PDF 32000-1, 14.9.4), which is
   what text extraction, search and copying use.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import uharfbuzz as hb
from bidi import algorithm as uba
from bidi import get_base_level
from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from repatriate.reports.fonts import FONTS, assign_fonts, register
from repatriate.reports.fonts import font as font_named
from repatriate.resource_files import resource

_SMALLEST = 4.0
"""Points: a word wider than the column shrinks the text, down to this size."""


@dataclass(frozen=True, slots=True)
class _Glyph:
    code: str
    """The character the embedded font subset maps to this glyph."""
    x: float
    """Offset from the start of the run, in font units."""
    y: float


@dataclass(frozen=True, slots=True)
class _Cluster:
    glyphs: tuple[_Glyph, ...]
    text: str
    """The characters the glyphs stand for, in logical order."""
    plain: bool
    """The glyphs' characters are the text itself: no /ActualText needed."""
    start: float
    """Where the cluster starts, from the start of the run, in font units."""
    advance: float


@dataclass(frozen=True, slots=True)
class _Run:
    """Characters of one font and one direction, shaped; glyphs in visual order."""

    font: str
    clusters: tuple[_Cluster, ...]
    width: float
    """In font units."""
    units_per_em: int
    scale: float
    """The font is drawn at this multiple of the text's size."""

    def points(self, units: float, size: float) -> float:
        return units * size * self.scale / self.units_per_em


@dataclass(frozen=True, slots=True)
class _Line:
    runs: tuple[_Run, ...]
    """In visual order, left to right."""
    width: float
    ascent: float
    descent: float
    """Points below the baseline (positive)."""


@cache
def _harfbuzz_font(name: str) -> Any:
    file = next(f.file for f in FONTS if f.name == name)
    return hb.Font(hb.Face(hb.Blob(resource("fonts", file).read_bytes())))


_private: dict[tuple[str, int], str] = {}


def _code(font: str, gid: int, text: str, advance: float) -> str:
    """The character to draw glyph `gid` with: one of the cluster's own characters if the font
    maps it to this glyph, else another that does (an Arabic presentation form), else a
    private-use code given to the glyph (a conjunct or a ligature no character maps to)."""
    face = font_named(font).face
    chars = face.glyphToChar.get(gid, ())
    for code in chars:
        if chr(code) in text:
            return chr(code)
    for code in chars:
        if not unicodedata.category(chr(code)).startswith("C"):
            return chr(code)
    key = (font, gid)
    if key not in _private:
        code = 0xE000 + len([k for k in _private if k[0] == font])
        while code in face.charToGlyph:
            code += 1
        face.charToGlyph[code] = gid
        face.charWidths[code] = advance * 1000 / face.unitsPerEm
        _private[key] = chr(code)
    return _private[key]


@lru_cache(maxsize=20_000)
def _shape(text: str, font: str, rtl: bool, language: str) -> _Run:
    """HarfBuzz's glyphs for `text` in one font and direction."""
    hb_font = _harfbuzz_font(font)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    # The direction comes from the bidirectional algorithm, not the script: Arabic-Indic
    # digits are Arabic script but run left to right. The language is set rather than taken
    # from the machine's locale, so that the same file prints the same everywhere.
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.language = language or "und"
    if rtl:
        # Poppler reads the letters of a multi-letter span in a right-to-left line backwards,
        # so right-to-left text gets one cluster per letter: marks (the superscript alef of
        # "رحمٰن") are not merged into their letter's cluster, and the optional ligature
        # "الله" is not formed. Required ligatures (lam-alef) still are.
        buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(hb_font, buffer, {"liga": False} if rtl else {})
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    starts = sorted({info.cluster for info in infos})
    ends = {start: end for start, end in zip(starts, [*starts[1:], len(text)], strict=True)}
    clusters: list[_Cluster] = []
    x = 0.0
    i = 0
    while i < len(infos):
        start = x
        first = infos[i].cluster
        cluster_text = text[first : ends[first]]
        glyphs = []
        while i < len(infos) and infos[i].cluster == first:
            info, position = infos[i], positions[i]
            advance = hb_font.get_glyph_h_advance(info.codepoint)
            glyphs.append(
                _Glyph(
                    _code(font, info.codepoint, cluster_text, advance),
                    x + position.x_offset,
                    position.y_offset,
                )
            )
            x += position.x_advance
            i += 1
        plain = (
            "".join(g.code for g in glyphs) == cluster_text
            and all(g.y == 0 for g in glyphs)
            and len(glyphs) == 1
        )
        clusters.append(_Cluster(tuple(glyphs), cluster_text, plain, start, x - start))
    scale = next(f.scale for f in FONTS if f.name == font)
    return _Run(font, tuple(clusters), x, hb_font.face.upem, scale)


def _levels(text: str, base_level: int) -> list[int]:
    """The embedding level of each character (rules P to I of the bidirectional algorithm).

    python-bidi's public `get_display` gives only the reordered string; the levels, which say
    which way each run is shaped, come from the steps of its reference implementation.
    """
    storage = uba.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = "LR"[base_level]
    uba.get_embedding_levels(text, storage)
    every = list(storage["chars"])
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    # Rule X9 drops formatting characters (the zero-width joiner of Sinhala "ශ්‍රී", for one)
    # from the algorithm; they stay in the text at the level of the character before them.
    kept = {id(ch) for ch in storage["chars"]}
    levels: list[int] = []
    for ch in every:
        levels.append(ch["level"] if id(ch) in kept else levels[-1] if levels else base_level)
    return levels


def _spans(fonts: list[str], levels: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """Maximal ranges of one font and one level within [start, end)."""
    spans = []
    i = start
    while i < end:
        j = i + 1
        while j < end and fonts[j] == fonts[i] and levels[j] == levels[i]:
            j += 1
        spans.append((i, j))
        i = j
    return spans


def _visual_order(runs: list[tuple[int, _Run]]) -> list[_Run]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every sequence of
    runs at that level or higher."""
    if not runs:
        return []
    order = list(runs)
    highest = max(level for level, _ in order)
    lowest_odd = min(level for level, _ in order) | 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i][0] >= level:
                j = i
                while j < len(order) and order[j][0] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [run for _, run in order]


class ScriptText(Flowable):  # type: ignore[misc]
    """A short text (a name, an address) in any mix of the bundled scripts, wrapped to the
    width it is given. A paragraph whose first letter is right-to-left is right-aligned."""

    def __init__(
        self,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        language: str = "",
        color: Color = black,
    ) -> None:
        super().__init__()
        register()
        self.text = text
        self.size = size
        self.bold = bold
        self.language = language
        self.color = color
        self._lines: list[tuple[_Line, bool]] = []
        self._drawn_size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size = self.size
        lines, widest_word = self._layout(avail_width, size)
        if widest_word > avail_width > 0:
            size = max(size * avail_width / widest_word, _SMALLEST)
            lines, _ = self._layout(avail_width, size)
        self._lines, self._drawn_size = lines, size
        self.width = avail_width
        self.height = sum(line.ascent + line.descent for line, _ in lines)
        return self.width, self.height

    def _layout(self, width: float, size: float) -> tuple[list[tuple[_Line, bool]], float]:
        """The lines, each with whether it is right-aligned, and the widest word in points."""
        lines: list[tuple[_Line, bool]] = []
        widest = 0.0
        for paragraph in self.text.splitlines():
            text = " ".join(paragraph.split())
            if not text:
                continue
            rtl = get_base_level(text) == 1
            fonts = assign_fonts(text, self.bold)
            levels = _levels(text, int(rtl))
            words = _words(text)
            line_start = words[0][0]
            line_end = words[0][1]
            line_width = self._width(text, fonts, levels, *words[0], size)
            widest = max(widest, line_width)
            for start, end in words[1:]:
                word = self._width(text, fonts, levels, start, end, size)
                gap = self._width(text, fonts, levels, line_end, start, size)
                widest = max(widest, word)
                if line_width + gap + word <= width:
                    line_end, line_width = end, line_width + gap + word
                else:
                    lines.append((self._line(text, fonts, levels, line_start, line_end, size), rtl))
                    line_start, line_end, line_width = start, end, word
            lines.append((self._line(text, fonts, levels, line_start, line_end, size), rtl))
        return lines, widest

    def _width(
        self, text: str, fonts: list[str], levels: list[int], start: int, end: int, size: float
    ) -> float:
        return sum(
            run.points(run.width, size) for _, run in self._runs(text, fonts, levels, start, end)
        )

    def _runs(
        self, text: str, fonts: list[str], levels: list[int], start: int, end: int
    ) -> list[tuple[int, _Run]]:
        return [
            (levels[i], _shape(text[i:j], fonts[i], levels[i] % 2 == 1, self.language))
            for i, j in _spans(fonts, levels, start, end)
        ]

    def _line(
        self, text: str, fonts: list[str], levels: list[int], start: int, end: int, size: float
    ) -> _Line:
        runs = self._runs(text, fonts, levels, start, end)
        faces = [(font_named(run.font).face, run.scale) for _, run in runs]
        return _Line(
            runs=tuple(_visual_order(runs)),
            width=sum(run.points(run.width, size) for _, run in runs),
            ascent=max(face.ascent * scale for face, scale in faces) * size / 1000,
            descent=-min(face.descent * scale for face, scale in faces) * size / 1000,
        )

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.color)
        size = self._drawn_size
        top = self.height
        for line, right_aligned in self._lines:
            baseline = top - line.ascent
            x = self.width - line.width if right_aligned else 0.0
            for run in line.runs:
                _draw_run(canvas, run, x, baseline, size)
                x += run.points(run.width, size)
            top -= line.ascent + line.descent


def _words(text: str) -> list[tuple[int, int]]:
    """[start, end) of each word of a text whose words are separated by single spaces."""
    words = []
    start = 0
    for i, ch in enumerate(text):
        if ch == " ":
            words.append((start, i))
            start = i + 1
    words.append((start, len(text)))
    return words


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _draw_run(canvas: Any, run: _Run, x: float, y: float, text_size: float) -> None:
    size = text_size * run.scale
    widths = font_named(run.font).face.charWidths

    def width(glyph: _Glyph) -> float:
        """The advance the embedded font gives the glyph, in points."""
        return float(widths.get(ord(glyph.code), 0)) * size / 1000

    def show(glyphs: list[tuple[_Glyph, float]], invisible: bool = False) -> None:
        """Glyphs at their x (points) in one text object; a glyph is moved to only where the
        font's own advance would not put it (a mark, a kerned pair, a contextual form)."""
        if not glyphs:
            return
        text = canvas.beginText()
        text.setFont(run.font, size)
        if invisible:
            text.setTextRenderMode(3)
        expected: tuple[float, float] | None = None
        chunk = ""
        for glyph, gx in glyphs:
            gy = y + run.points(glyph.y, text_size)
            if expected is None or abs(expected[0] - gx) > 0.01 or expected[1] != gy:
                if chunk:
                    text.textOut(chunk)
                    chunk = ""
                text.setTextOrigin(gx, gy)
            chunk += glyph.code
            expected = (gx + width(glyph), gy)
        text.textOut(chunk)
        if invisible:
            # The render mode outlives the text object: later text would be invisible too.
            text.setTextRenderMode(0)
        canvas.drawText(text)

    def at(glyph: _Glyph) -> tuple[_Glyph, float]:
        return glyph, x + run.points(glyph.x, text_size)

    pending: list[tuple[_Glyph, float]] = []
    for cluster in run.clusters:
        if cluster.plain:
            pending.extend(at(g) for g in cluster.glyphs)
            continue
        show(pending)
        pending = []
        canvas.addLiteral(f"/Span <</ActualText {_actual_text(cluster.text)}>> BDC")
        # Text extraction (poppler) takes a span to run from its first glyph's origin to its
        # last glyph's advance; a vowel sign or mark drawn last would end it short of the
        # cluster, and the gap would read as a space inside the word. Invisible copies of the
        # widest glyph at the cluster's start and end make the span cover the cluster exactly.
        widest = max(cluster.glyphs, key=width)
        start = x + run.points(cluster.start, text_size)
        end = x + run.points(cluster.start + cluster.advance, text_size)
        show([(widest, start)], invisible=True)
        show([at(g) for g in cluster.glyphs])
        show([(widest, end - width(widest))], invisible=True)
        canvas.addLiteral("EMC")
    show(pending)
