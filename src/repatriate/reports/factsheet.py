"""Fact sheets for embassies: one prisoner's, or a batch for one embassy with a cover letter and
an annex table of everyone in it, each sheet followed by the documents attached to the file.

A sheet carries what an embassy needs to recognise its national when the prison wrote the name
and home address down wrongly: both as recorded and in the person's own script, photographs
with the dates they were taken, parents, passport and passport-book numbers kept apart, the
court record and the release-date computation with its steps. It leaves out what could harm the
person if the home country read it (asylum, risk on return, ethnicity, vulnerability, notes,
languages that disclose a persecuted group); a referral to UNHCR says why the person is referred.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from html import escape as html_escape
from typing import TYPE_CHECKING, Any, BinaryIO

from dateutil.relativedelta import relativedelta
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from repatriate.domain.errors import Cancelled, printable
from repatriate.domain.factsheets import Audience, Letterhead, letter_reference
from repatriate.domain.prisoner import PrisonerFile, Sex, Status
from repatriate.domain.release import Reckoning, describe_sentence, held_on
from repatriate.domain.wording import counted
from repatriate.reports.fonts import LATIN, LATIN_BOLD, needs_shaping, register
from repatriate.reports.script_text import ScriptText
from repatriate.reports.sheets import (
    Attachment,
    Batch,
    Embassy,
    FactSheet,
    Picture,
    batch_rows,
    iso_day,
)

if TYPE_CHECKING:
    from pypdf import PdfReader

    from repatriate.reports.parallel import Workers

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
PHOTO_WIDTH = 44 * mm
PHOTO_HEIGHT = 50 * mm
PHOTOS_SHOWN = 2
PHOTO_PIXELS = 700
"""Photos are scaled down to this many pixels on their longer side (400 dpi at the size they
are printed): phone photos of several megabytes would make a batch too big to e-mail."""
PAGE_PIXELS = 2400
"""Scanned documents are scaled down to this many pixels on their longer side (about 200 dpi on
A4), which keeps a court order legible."""

GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
SHADE = colors.HexColor("#F2F2F2")
ALERT = colors.HexColor("#8B0000")

SEX = {Sex.MALE: "male", Sex.FEMALE: "female", Sex.OTHER: "other"}

_ANNEX = (
    ("no", "No.", 9 * mm),
    ("ref", "Our ref", 30 * mm),
    ("name", "Name (prison record)", 42 * mm),
    ("name_native", "Name (own script)", 42 * mm),
    ("father_name", "Father's name", 36 * mm),
    ("prison", "Prison", 46 * mm),
    ("passport_number", "Passport no.", 22 * mm),
    ("release_due", "Release due", 20 * mm),
    ("overstay_days", "Days past release", 18 * mm),
)


def _styles() -> dict[str, ParagraphStyle]:
    register()
    body = ParagraphStyle("body", fontName=LATIN, fontSize=9, leading=12)
    return {
        "body": body,
        "small": ParagraphStyle("small", body, fontSize=7.5, leading=9.5, textColor=GREY),
        "label": ParagraphStyle("label", body, fontSize=7.5, leading=10, textColor=GREY),
        "cell": ParagraphStyle("cell", body, fontSize=7.5, leading=9.5),
        "figures": ParagraphStyle("figures", body, fontSize=7.5, leading=9.5, alignment=TA_RIGHT),
        "note": ParagraphStyle(
            "note", body, fontSize=7.5, leading=9.5, textColor=GREY, alignment=TA_CENTER
        ),
        "head": ParagraphStyle("head", body, fontName=LATIN_BOLD, fontSize=7.5, leading=9.5),
        "section": ParagraphStyle(
            "section", body, fontName=LATIN_BOLD, fontSize=10, leading=13, spaceBefore=7
        ),
        "title": ParagraphStyle("title", body, fontName=LATIN_BOLD, fontSize=12, leading=15),
        "name": ParagraphStyle("name", body, fontName=LATIN_BOLD, fontSize=14, leading=18),
        "clinic": ParagraphStyle("clinic", body, fontName=LATIN_BOLD, fontSize=11, leading=14),
        "figure": ParagraphStyle(
            "figure", body, fontName=LATIN_BOLD, fontSize=11, leading=14, textColor=ALERT
        ),
    }


STYLES = _styles()


CELL_CHARACTERS = 1000
"""A value in a table is cut after this many characters: a table row cannot be split across
pages, and a page-long address (stored before lengths were limited) would stop the sheet."""


def escape(text: str) -> str:
    """`text` as Paragraph markup: &, < and > escaped, as `xml.sax.saxutils.escape` does (whose
    import brings urllib.request, http.client and email, a fiftieth of a sheet's time)."""
    return html_escape(text, quote=False)


def _shortened(text: str, most: int = CELL_CHARACTERS) -> str:
    if len(text) <= most:
        return text
    return f"{text[:most]}… (cut here: {len(text)} characters on our file)"


def _text(text: str, style: str = "body") -> Flowable:
    """A value as it was typed: Noto Sans for Latin text, the shaping layout for anything else.
    Control characters stored before they were refused are left out."""
    paragraph_style = STYLES[style]
    text = printable(text)
    if not text.strip():
        return Paragraph("—", STYLES["small"])
    if needs_shaping(text):
        return ScriptText(
            text,
            paragraph_style.fontSize,
            bold=paragraph_style.fontName == LATIN_BOLD,
            color=paragraph_style.textColor,
        )
    return Paragraph(escape(text).replace("\n", "<br/>"), paragraph_style)


def _para(markup: str, style: str = "body") -> Paragraph:
    """Our own wording, with markup (values in it escaped by the caller)."""
    return Paragraph(markup, STYLES[style])


def _day(value: date | None, missing: str = "not known") -> str:
    return iso_day(value, missing)


def _country(code: str | None, names: Mapping[str, str], missing: str = "not recorded") -> str:
    if not code:
        return missing
    return f"{names.get(code, code)} ({code})"


def _rows(rows: Sequence[tuple[str, Flowable | str]], label_width: float, width: float) -> Table:
    """Label and value rows, with a thin rule between them."""
    cells = [
        [
            _para(escape(label), "label"),
            _text(_shortened(value)) if isinstance(value, str) else value,
        ]
        for label, value in rows
    ]
    table = Table(cells, colWidths=[label_width, width - label_width])
    table.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return table


def _style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Table commands, with Noto Sans as the cells' font: reportlab sets every cell's font,
    even a cell of flowables, and its default (Helvetica) would be listed in the PDF without
    being embedded."""
    return TableStyle([("FONT", (0, 0), (-1, -1), LATIN), *commands])


def _section(title: str) -> Paragraph:
    return _para(escape(title), "section")


def _letterhead(letterhead: Letterhead, printed: date) -> Table:
    contact = [line for line in letterhead.address.splitlines() if line.strip()]
    contact += [part for part in (letterhead.phone, letterhead.email) if part]
    left: list[Flowable] = [_text(letterhead.name, "clinic")]
    left += [_text(line, "small") for line in contact]
    right = _para(f"Date: {printed.isoformat()}", "body")
    table = Table([[left, right]], colWidths=[WIDTH - 40 * mm, 40 * mm])
    table.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
            ]
        )
    )
    return table


def _addressee(embassy: Embassy) -> list[Flowable]:
    lines = [embassy.section, embassy.organisation, embassy.address, embassy.city]
    shown = [line for line in lines if line.strip()]
    if embassy.city and embassy.city in embassy.address:
        shown.remove(embassy.city)
    return [_para("To:", "small"), *(_text(line) for line in shown)]


def _fit_picture(content: bytes, pixels: int) -> tuple[io.BytesIO, int, int] | None:
    """The image scaled down to `pixels` on its longer side as it is read, then turned upright
    (phone photos carry their rotation in EXIF) and put on white, as JPEG; None if it cannot
    be read. Only the small image is turned and converted, so a 40-megapixel photo is never
    copied at full size, and reportlab is given a few hundred kilobytes."""
    # Imported here, as the PDF libraries below: most sheets have no photo and no document.
    from PIL import Image as PILImage
    from PIL import ImageOps

    from repatriate.reports.attachments import image_size

    try:
        # Measured before anything is decoded: a photo stored before images were checked may
        # declare billions of pixels.
        image_size(content)
        with PILImage.open(io.BytesIO(content)) as opened:
            # A JPEG is decoded straight at a fraction of its size (DCT scaling): a phone photo
            # then costs a few megabytes, not the 160 of its full size.
            scale = pixels / max(opened.size)
            opened.draft("RGB", (math.ceil(opened.width * scale), math.ceil(opened.height * scale)))
            # A palette is resized by nearest neighbour, which breaks lines: its colours first.
            picture = opened.convert("RGBA") if opened.mode == "P" else opened
            picture.thumbnail((pixels, pixels))
            picture = ImageOps.exif_transpose(picture)
            if picture.mode in ("RGBA", "LA", "PA"):
                picture = picture.convert("RGBA")
                background = PILImage.new("RGB", picture.size, "white")
                background.paste(picture, mask=picture.getchannel("A"))
                picture = background
            elif picture.mode != "RGB":
                picture = picture.convert("RGB")
            stream = io.BytesIO()
            picture.save(stream, "JPEG", quality=85)
    except Exception:  # one unreadable picture is left out, never the whole sheet
        return None
    stream.seek(0)
    return stream, picture.width, picture.height


class _Later(Flowable):  # type: ignore[misc]
    """A flowable made when it is laid out, from work started earlier on another thread."""

    def __init__(self, work: Future[Flowable]) -> None:
        super().__init__()
        self.work = work

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size: tuple[float, float] = self.work.result().wrapOn(self.canv, avail_width, avail_height)
        return size

    def draw(self) -> None:
        self.work.result().drawOn(self.canv, 0, 0)


def _image(
    state: _State, content: bytes, pixels: int, size: tuple[float, float], unreadable: Flowable
) -> Flowable:
    """The image scaled to fit `size` (points), prepared on a worker thread (Pillow decodes
    without holding the interpreter, so photos are read while pages are laid out); if it
    cannot be read, `unreadable`."""

    def prepare() -> Flowable:
        fitted = _fit_picture(content, pixels)
        if fitted is None:
            return unreadable
        stream, w, h = fitted
        scale = min(size[0] / w, size[1] / h)
        return Image(stream, width=w * scale, height=h * scale)

    return _Later(state.workers.submit(prepare))


def _box(text: str) -> Table:
    box = Table([[_para(escape(text), "note")]], colWidths=[PHOTO_WIDTH], rowHeights=[40 * mm])
    box.setStyle(
        _style(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ]
        )
    )
    return box


def _photos(state: _State, photos: Sequence[Picture]) -> list[Flowable]:
    """Newest first, each with the date it was taken: faces change in long detention."""
    if not photos:
        return [_box("no photo on file")]
    ordered = sorted(photos, key=lambda p: (p.taken_on is not None, p.taken_on), reverse=True)
    shown: list[Flowable] = []
    for photo in ordered[:PHOTOS_SHOWN]:
        unreadable = _box("photo on file cannot be read")
        shown.append(
            _image(state, photo.content, PHOTO_PIXELS, (PHOTO_WIDTH, PHOTO_HEIGHT), unreadable)
        )
        taken = f"taken {photo.taken_on}" if photo.taken_on else "date taken not recorded"
        shown += [_para(taken, "small"), Spacer(1, 3 * mm)]
    if len(ordered) > PHOTOS_SHOWN:
        older = counted(len(ordered) - PHOTOS_SHOWN, "older photo")
        shown.append(_para(f"{older} on file", "small"))
    return shown


def _age(pf: PrisonerFile, as_of: date) -> str:
    if pf.birth_date:
        years = relativedelta(as_of, pf.birth_date).years
        return f"{pf.birth_date} ({years} years old)"
    if pf.age_estimate is not None:
        when = f", estimated on {pf.age_estimated_on}" if pf.age_estimated_on else ""
        return f"date of birth not known; about {pf.age_estimate} years old{when}"
    return "not known"


def _identity(sheet: FactSheet, width: float) -> Table:
    pf = sheet.file
    language = sheet.languages[0] if sheet.languages else ""
    # A size up from the Latin: these are what the embassy matches against its records.
    native = (
        ScriptText(printable(_shortened(pf.name_native)), 10.5, language=language)
        if pf.name_native
        else "—"
    )
    address_native: Flowable | str = (
        ScriptText(printable(_shortened(pf.home_address_native)), 10.5, language=language)
        if pf.home_address_native
        else "—"
    )
    languages = ", ".join(
        f"{sheet.language_names.get(code, code)} ({code})" for code in sheet.languages
    )
    return _rows(
        [
            ("Name as recorded by the prison", pf.name),
            ("Name in own script", native),
            ("Other names and spellings", "; ".join(pf.aliases)),
            ("Father's name", pf.father_name),
            ("Mother's name", pf.mother_name),
            ("Date of birth, age", _age(pf, sheet.reckoning.as_of)),
            ("Sex", SEX[pf.sex] if pf.sex else ""),
            ("Home address as recorded", pf.home_address),
            ("Home address in own script", address_native),
            ("Languages spoken", languages),
        ],
        34 * mm,
        width,
    )


def _nationality(sheet: FactSheet) -> Table:
    pf, names = sheet.file, sheet.country_names
    verified = _country(pf.verified_nationality, names, "not yet verified")
    if pf.verified_nationality and pf.verified_on:
        verified += f", on {pf.verified_on}"
    held = pf.passport_held_by.value if pf.passport_held_by else "not known"
    copy = "a copy is on file" if pf.passport_copy_on_file else "no copy on file"
    passport = pf.passport_number or "not known"
    if pf.passport_number and pf.passport_country:
        passport += f", issued by {_country(pf.passport_country, names)}"
    book = pf.passport_book_number or "not known"
    if pf.passport_book_number:
        book += " (the number of the passport booklet, not the passport number)"
    return _rows(
        [
            ("Nationality claimed", _country(pf.claimed_nationality, names)),
            ("Nationality recorded by the court", _country(pf.court_nationality, names)),
            ("Nationality verified by the embassy", verified),
            ("Passport number", passport),
            ("Passport book number", book),
            ("Original passport held by", f"{held}; {copy}"),
        ],
        48 * mm,
        WIDTH,
    )


def _custody(sheet: FactSheet) -> Table:
    pf = sheet.file
    sentence = pf.sentence
    if pf.conviction_date is None and sentence.is_zero:
        passed = "none: not convicted"
    else:
        passed = (
            f"{describe_sentence(sentence)}; pre-trial detention set off "
            f"{sentence.set_off_days} days; remission {sentence.remission_days} days; "
            f"imprisonment in default of fine {sentence.fine_default_days} days"
        )
    access = "none recorded"
    if pf.consular_access_on:
        how = f" ({pf.consular_access.value})" if pf.consular_access else ""
        access = f"{pf.consular_access_on}{how}"
    return _rows(
        [
            ("Prison", ", ".join(p for p in (pf.prison, pf.state) if p)),
            ("Prisoner number", pf.prisoner_number),
            ("Arrested", _day(pf.arrest_date)),
            ("Charge", pf.charge),
            ("Court and case", ", ".join(p for p in (pf.court, pf.case_number) if p)),
            ("Convicted", _day(pf.conviction_date, "not convicted")),
            ("Sentence", passed),
            ("Status", pf.status.value if pf.status else ""),
            ("Consular access", access),
        ],
        48 * mm,
        WIDTH,
    )


_GONE = {
    Status.REPATRIATED: "repatriated",
    Status.RELEASED: "released",
    Status.DECEASED: "died",
    Status.TRANSFERRED: "transferred",
}


def overstay_line(reckoning: Reckoning) -> str:
    """The figure an embassy reads first: how long the person has been held past release; in
    the past tense once they are no longer held."""
    as_of = reckoning.as_of
    pf = reckoning.file
    if reckoning.problems:
        return "Release date: cannot be computed from the records we hold (see below)"
    due = reckoning.release_due
    if not held_on(pf, as_of):
        verb = _GONE.get(pf.status, "released") if pf.status else "released"
        left = f"{verb} on {pf.released_on}" if pf.released_on else f"{verb}; date not recorded"
        if reckoning.overstaying:
            return f"Was held {reckoning.overstay_days} days past the release date {due}; {left}"
        return left[0].upper() + left[1:]
    if reckoning.under_trial:
        days = reckoning.custody_days
        held = f": in custody {days} days as of {as_of}" if days is not None else ""
        return f"Under trial{held}"
    if reckoning.overstaying:
        return f"Held {reckoning.overstay_days} days past the release date {due} as of {as_of}"
    if due is not None and due > as_of:
        return f"Release due {due}, in {(due - as_of).days} days"
    return f"Release due {due}; not held past it as of {as_of}"


def _figure(reckoning: Reckoning) -> Table:
    figure = Table([[_para(escape(overstay_line(reckoning)), "figure")]], colWidths=[WIDTH])
    figure.setStyle(
        _style(
            [
                ("BOX", (0, 0), (-1, -1), 0.75, ALERT),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return figure


def _release(reckoning: Reckoning) -> list[Flowable]:
    parts: list[Flowable] = [_text(step) for step in reckoning.steps]
    if reckoning.release_due is not None:
        parts.append(_para(f"<b>Release due: {reckoning.release_due}</b>"))
    if reckoning.problems:
        parts.append(_para("The records we hold contradict each other:", "small"))
        parts += [_para(escape(problem), "small") for problem in reckoning.problems]
    return parts


def _family(sheet: FactSheet) -> list[Flowable]:
    if not sheet.file.family:
        return []
    header = [_para(h, "head") for h in ("Relation", "Name", "In own script", "Address", "Phone")]
    rows = [
        [
            _text(c.relation, "cell"),
            _text(c.name, "cell"),
            _text(c.name_native, "cell"),
            _text(_shortened(c.address), "cell"),
            _text(c.phone, "cell"),
        ]
        for c in sheet.file.family
    ]
    widths = [22 * mm, 38 * mm, 38 * mm, 52 * mm, 28 * mm]
    table = Table([header, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(_grid())
    return [_section("Family"), table]


def _grid() -> TableStyle:
    return _style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
    )


def _attachment_title(attachment: Attachment) -> str:
    title = attachment.title or attachment.filename
    dated = f", dated {attachment.dated}" if attachment.dated else ""
    return f"{attachment.kind}: {title}{dated}"


class _Mark(Flowable):  # type: ignore[misc]
    """Drawn where a sheet starts: names the sheet in the footer, reports progress and stops
    the build if the person cancelled."""

    def __init__(self, state: _State, label: str, done: int) -> None:
        super().__init__()
        self.state = state
        self.label = label
        self.done = done
        self.width = self.height = 0

    def draw(self) -> None:
        self.state.begin(self.label, self.done)


class _PdfHere(Flowable):  # type: ignore[misc]
    """Where an attached PDF's pages go: after the page this is drawn on."""

    def __init__(self, state: _State, reader: PdfReader) -> None:
        super().__init__()
        self.state = state
        self.reader = reader
        self.width = self.height = 0

    def draw(self) -> None:
        self.state.inserts.append((self.canv.getPageNumber(), self.reader))


class _State:
    """What the page decorations and the PDF merge need to know while the document is built."""

    def __init__(
        self,
        letterhead: Letterhead,
        printed: date,
        total: int,
        progress: Progress | None,
        cancelled: CancelCheck | None,
    ) -> None:
        self.letterhead = letterhead
        self.printed = printed
        self.total = total
        self.progress = progress
        self.cancelled = cancelled
        self.label = ""
        self.inserts: list[tuple[int, PdfReader]] = []
        self.workers = ThreadPoolExecutor(os.cpu_count() or 2, "picture")
        self.numbered = True
        self.pages = 0
        """How many pages were laid out (attached PDFs' pages not counted)."""
        """Whether the footer carries the page number: not on a part of a batch laid out in
        another process, whose numbers are stamped on when the parts are put together."""

    def begin(self, label: str, done: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled("stopped before the PDF was finished; nothing was written")
        if self.progress is not None:
            self.progress(done, self.total)
        self.label = label

    def footer(self, canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(LATIN, 7)
        canvas.setFillColor(GREY)
        width = document.pageTemplate.pagesize[0]
        text = f"{self.letterhead.name} · {self.label} · printed {self.printed}"
        canvas.drawString(MARGIN, 9 * mm, text)
        if self.numbered:
            page_number(canvas, width, document.page)
        canvas.restoreState()

    def built_pages(self, built: int) -> list[int]:
        """Where the `built` pages laid out here stand (from 0) once the attached PDFs' pages
        are merged in after the pages they follow."""
        return [
            page - 1 + sum(len(r.pages) for after, r in self.inserts if after < page)
            for page in range(1, built + 1)
        ]


def page_number(canvas: Any, width: float, number: int) -> None:
    """The page number at the foot of a page, right-aligned."""
    canvas.setFont(LATIN, 7)
    canvas.setFillColor(GREY)
    canvas.drawRightString(width - MARGIN, 9 * mm, f"page {number}")


def _attachments(sheet: FactSheet, state: _State) -> list[Flowable]:
    """A page per attached image; the pages of an attached PDF go in after the sheet."""
    story: list[Flowable] = []
    for attachment in sheet.attachments:
        title = escape(_attachment_title(attachment))
        heading = _para(f"Attached to fact sheet {escape(sheet.file.ref)}: {title}", "small")
        if attachment.media_type == "application/pdf":
            reader = _pdf(attachment.content)
            if reader is not None:
                story.append(_PdfHere(state, reader))
            else:
                problem = "it is not a PDF that can be read, or it is protected by a password"
                story += [PageBreak(), heading, _para(f"It could not be included: {problem}.")]
        else:
            unreadable = _para("It could not be included: the image cannot be read.")
            page = (WIDTH, A4[1] - 2 * MARGIN - 20 * mm)
            image = _image(state, attachment.content, PAGE_PIXELS, page, unreadable)
            story += [PageBreak(), heading, Spacer(1, 3 * mm), image]
    return story


def _pdf(content: bytes) -> PdfReader | None:
    """The attached PDF cleaned again (it may have been stored before documents were
    cleaned), ready to merge; None if it cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    from repatriate.reports.attachments import Unusable, clean_pdf

    try:
        reader = PdfReader(io.BytesIO(clean_pdf(content)))
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        if not reader.pages:
            return None
    except (Unusable, PyPdfError, ValueError, KeyError, TypeError, OSError):
        return None
    return reader


def _sheet(sheet: FactSheet, letterhead: Letterhead, state: _State, done: int) -> list[Flowable]:
    pf, reckoning = sheet.file, sheet.reckoning
    ref = escape(pf.ref)
    identity_width = WIDTH - PHOTO_WIDTH - 5 * mm
    language = sheet.languages[0] if sheet.languages else ""
    names: list[Flowable] = [_para(escape(printable(_shortened(pf.name, 200))), "name")]
    if pf.name_native:
        names.append(ScriptText(printable(_shortened(pf.name_native, 200)), 14, language=language))
    left = [*names, Spacer(1, 2 * mm), _identity(sheet, identity_width)]
    top = Table(
        [[left, _photos(state, sheet.photos)]],
        colWidths=[identity_width + 5 * mm, PHOTO_WIDTH],
    )
    top.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 5 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    where = sheet.chain_lines or ("No movement of the file between offices has been recorded.",)
    attached = [_attachment_title(a) for a in sheet.attachments]
    contact = ", ".join(p for p in (letterhead.phone, letterhead.email) if p)
    contact_line = f"{escape(letterhead.name)}" + (f", {escape(contact)}" if contact else "")
    story: list[Flowable] = [
        _Mark(state, f"Fact sheet {pf.ref}", done),
        _letterhead(letterhead, reckoning.as_of),
        Spacer(1, 3 * mm),
        *_addressee(sheet.embassy),
        Spacer(1, 3 * mm),
        _para(f"{escape(sheet.title)} — our ref {ref}", "title"),
        Spacer(1, 2 * mm),
        _figure(reckoning),
        Spacer(1, 3 * mm),
        top,
        KeepTogether([_section("Nationality and documents"), _nationality(sheet)]),
        KeepTogether([_section("Arrest, trial and sentence"), _custody(sheet)]),
        KeepTogether([_section("Release date"), *_release(reckoning)]),
        *_family(sheet),
        KeepTogether(
            [_section("Where the file is"), *(_text(line) for line in where)],
        ),
        KeepTogether([_section(_ASKED_OF[sheet.reader]), _text(sheet.request)]),
    ]
    if sheet.protection_lines:
        story.insert(
            -1,
            KeepTogether(
                [
                    _section("Why we refer this person"),
                    *(_text(line) for line in sheet.protection_lines),
                ]
            ),
        )
    if attached:
        story += [
            _section("Documents attached after this sheet"),
            *(_text(title) for title in attached),
        ]
    follow_up = (
        "we will call your office every week until the person is home"
        if held_on(pf, reckoning.as_of)
        else "we are glad to answer any question on the case"
    )
    story += [
        _section("Contact"),
        _para(f"{contact_line}. Please quote our reference <b>{ref}</b>; {follow_up}."),
    ]
    return story + _attachments(sheet, state)


_ASKED_OF = {
    Audience.HOME_STATE: "What we ask of the embassy",
    Audience.UNHCR: "What we ask of UNHCR",
    Audience.OTHER: "What we ask of your office",
}

_FLUSH = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


def _build(out: BinaryIO, title: str, state: _State, story: list[Flowable]) -> None:
    portrait = Frame(MARGIN, 15 * mm, WIDTH, A4[1] - MARGIN - 15 * mm, id="portrait", **_FLUSH)
    wide = landscape(A4)
    across = Frame(
        MARGIN, 15 * mm, wide[0] - 2 * MARGIN, wide[1] - MARGIN - 15 * mm, id="wide", **_FLUSH
    )
    document = BaseDocTemplate(
        out,
        pagesize=A4,
        title=title,
        author=state.letterhead.name,
        # The canvas starts in Noto Sans: its default, Helvetica, would be listed in the PDF
        # without being embedded.
        initialFontName=LATIN,
        creator="Repatriate",
        pageTemplates=[
            PageTemplate("portrait", [portrait], onPageEnd=state.footer, pagesize=A4),
            PageTemplate("landscape", [across], onPageEnd=state.footer, pagesize=wide),
        ],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=15 * mm,
    )
    document.build(story)
    state.pages = document.page


def _finish(out: BinaryIO, title: str, state: _State, story: list[Flowable]) -> None:
    try:
        _merged(out, title, state, story)
    finally:
        state.workers.shutdown(cancel_futures=True)


def _merged(out: BinaryIO, title: str, state: _State, story: list[Flowable]) -> None:
    """Build the PDF; where files have PDF documents attached, merge their pages in."""
    if not any(isinstance(f, _PdfHere) for f in story):
        _build(out, title, state, story)
        if state.progress is not None:
            state.progress(state.total, state.total)
        return
    from pypdf import PdfReader, PdfWriter

    built = io.BytesIO()
    _build(built, title, state, story)
    if state.cancelled is not None and state.cancelled():
        raise Cancelled("stopped before the PDF was finished; nothing was written")
    merged = PdfWriter(clone_from=PdfReader(built))
    # Insert from the back so that the page numbers recorded for earlier inserts still hold.
    for after, reader in reversed(state.inserts):
        for offset, page in enumerate(reader.pages):
            merged.insert_page(page, after + offset)
    merged.write(out)
    if state.progress is not None:
        state.progress(state.total, state.total)


def write_sheet(
    sheet: FactSheet,
    letterhead: Letterhead,
    out: BinaryIO,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """One person's fact sheet, then the documents attached to the file, as PDF."""
    state = _State(letterhead, sheet.reckoning.as_of, 1, progress, cancelled)
    _finish(out, f"Fact sheet {sheet.file.ref}", state, _sheet(sheet, letterhead, state, 0))


def enclosures(batch: Batch) -> str:
    """What really goes with the letter: the sheets, the annex, and the documents that can be
    printed (a PDF that cannot be read is replaced by a note, and is not counted)."""
    documents = sum(
        1
        for sheet in batch.sheets
        for a in sheet.attachments
        if a.media_type != "application/pdf" or _pdf(a.content) is not None
    )
    parts = [counted(len(batch.sheets), "fact sheet"), "an annex listing them"]
    if documents:
        parts.append(counted(documents, "document"))
    return "Enclosures: " + ", ".join(parts[:-1]) + " and " + parts[-1] + "."


def _cover(batch: Batch, letterhead: Letterhead) -> list[Flowable]:
    count = len(batch.sheets)
    one = count == 1
    country = escape(batch.country_name)
    overstays = [s.reckoning.overstay_days or 0 for s in batch.sheets]
    held_past = [days for days in overstays if days > 0]
    if batch.overstaying_only:
        who = (
            "held in prison in India after the end of the sentence"
            if one
            else "held in prison in India after the end of their sentences"
        )
    else:
        who = "held in prison in India"
    reference = letter_reference(letterhead.reference, batch.country, batch.as_of, count)
    persons = (
        f"the fact sheet of 1 person who states that they are a national of {country} and who "
        f"is {who}. The sheet gives"
        if one
        else f"fact sheets for {count:,} persons who state that they are nationals of "
        f"{country} and who are {who}. Each sheet gives"
    )
    letter = [
        _letterhead(letterhead, batch.as_of),
        Spacer(1, 4 * mm),
        _para(f"Our reference: {escape(reference)}"),
        Spacer(1, 2 * mm),
        *_addressee(batch.embassy),
        Spacer(1, 6 * mm),
        _para(
            "<b>Subject: verification of nationality and repatriation of "
            f"{counted(count, 'national')} of {country} {who}</b>"
        ),
        Spacer(1, 4 * mm),
        _para("Dear Sir or Madam,"),
        Spacer(1, 2 * mm),
        _para(
            f"We enclose {persons} the person's name as recorded by "
            "the prison and in their own script, their parents' names, their home address as "
            "recorded and as they give it, photographs with the dates they were taken, the "
            "passport details we hold, the court record and the computation of the release "
            "date; the documents we hold follow "
            + (
                "the sheet. An annex lists the person."
                if one
                else "each sheet. An annex lists everyone."
            )
        ),
    ]
    if held_past:
        past = (
            f"The person is held past the release date: {held_past[0]:,} days as of {batch.as_of}."
            if one
            else f"{len(held_past):,} of them are held past their release date: together "
            f"{sum(held_past):,} days as of {batch.as_of}, the longest {max(held_past):,} days."
        )
        letter += [
            Spacer(1, 2 * mm),
            _para(past + " Every further day is a day of detention without a sentence."),
        ]
    letter += [
        Spacer(1, 2 * mm),
        _para(
            (
                "We request you to verify the nationality of the person and to issue a travel "
                "permit so that they can be repatriated without further delay. Please quote "
                "our reference when you reply; "
                if one
                else "We request you to verify the nationality of each of them and to issue "
                "travel permits so that they can be repatriated without further delay. Please "
                "quote our reference and the person's file reference when you reply; "
            )
            + "we will call your office every week to follow up."
        ),
        Spacer(1, 6 * mm),
        _para("Yours faithfully,"),
        Spacer(1, 12 * mm),
        *(_text(part) for part in (letterhead.signatory, letterhead.designation) if part),
        _text(letterhead.name),
        *(
            _text(part, "small")
            for part in (letterhead.address, letterhead.phone, letterhead.email)
            if part
        ),
        Spacer(1, 6 * mm),
        _para(enclosures(batch)),
    ]
    return letter


def _annex(batch: Batch) -> list[Flowable]:
    rows = batch_rows(batch.sheets)
    header = [_para(escape(label), "head") for _, label, _ in _ANNEX]
    body = [
        [_text(row[key], "figures" if key == "overstay_days" else "cell") for key, _, _ in _ANNEX]
        for row in rows
    ]
    table = Table([header, *body], colWidths=[w for _, _, w in _ANNEX], repeatRows=1)
    table.setStyle(_grid())
    what = "held past their release date" if batch.overstaying_only else "held"
    nationals = counted(len(rows), "national")
    title = f"Annex: {nationals} of {escape(batch.country_name)} {what}, as of {batch.as_of}"
    return [_para(title, "title"), Spacer(1, 3 * mm), table]


def write_batch(
    batch: Batch,
    letterhead: Letterhead,
    out: BinaryIO,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    cover: list[Flowable] | None = None,
    workers: Workers | None = None,
) -> None:
    """The cover letter (the English one unless `cover` is given), the annex table, then
    every sheet with its documents, as one PDF: laid out by `workers` if given (see
    `reports.parallel`), else here."""
    total = len(batch.sheets)
    if workers is not None:
        try:
            workers.write_batch(batch, letterhead, out, progress, cancelled, cover)
            return
        except BrokenProcessPool:
            # A process could not start or died (a program read from standard input cannot
            # start another): this one lays out the batch alone.
            out.seek(0)
            out.truncate()
    write_front(batch, letterhead, out, total, progress=progress, cancelled=cancelled, cover=cover)


def batch_title(batch: Batch) -> str:
    return f"Fact sheets for the {batch.embassy.organisation}"


def write_front(
    batch: Batch,
    letterhead: Letterhead,
    out: BinaryIO,
    count: int,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    cover: list[Flowable] | None = None,
) -> int:
    """The cover letter (the English one unless `cover` is given), the annex (each of its
    pages across the page) and the first `count` sheets, as PDF; returns how many pages were
    laid out (attached PDFs' pages not counted). Progress counts these sheets."""
    state = _State(letterhead, batch.as_of, count, progress, cancelled)
    story: list[Flowable] = [
        _Mark(state, f"Letter to the {batch.embassy.organisation}", 0),
        *(_cover(batch, letterhead) if cover is None else cover),
        NextPageTemplate("landscape"),
        PageBreak(),
        _Mark(state, "Annex", 0),
        *_annex(batch),
        NextPageTemplate("portrait"),
    ]
    for done, sheet in enumerate(batch.sheets[:count]):
        story += [PageBreak(), *_sheet(sheet, letterhead, state, done)]
    _finish(out, batch_title(batch), state, story)
    return state.pages


def write_part(
    sheets: Sequence[FactSheet],
    letterhead: Letterhead,
    as_of: date,
    out: BinaryIO,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> list[int]:
    """Sheets of a batch, with their documents, as PDF without page numbers; returns where
    the pages that take one stand (from 0): the attached PDFs' pages take none."""
    state = _State(letterhead, as_of, len(sheets), progress, cancelled)
    state.numbered = False
    story: list[Flowable] = []
    for done, sheet in enumerate(sheets):
        story += [PageBreak()] if done else []
        story += _sheet(sheet, letterhead, state, done)
    _finish(out, "", state, story)
    return state.built_pages(state.pages)
