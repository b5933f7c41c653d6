"""Letters up the chain about one file (a chaser to the desk that holds it, an application under
the Right to Information Act 2005, a complaint to the National Human Rights Commission), as PDF
and as a Word document the clinic can edit.

The words come from templates the clinic keeps in resources/letters: `<kind>.txt` for the PDF,
and `<kind>.docx` for Word, made from the text by scripts/letter_templates. Each line of a
template is one paragraph; a line is left out when a value in it is empty (no days past release,
no earlier letters), so a letter never prints a blank; a line that is only a list placeholder
becomes one line per item."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from repatriate.domain.errors import RepatriateError
from repatriate.domain.factsheets import Letterhead
from repatriate.resource_files import resource

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


class LetterKind(StrEnum):
    CHASER = "chaser"
    RTI = "rti"
    NHRC = "nhrc"

    @property
    def heading(self) -> str:
        return _TITLES[self]


_TITLES = {
    LetterKind.CHASER: "Chaser letter",
    LetterKind.RTI: "RTI application",
    LetterKind.NHRC: "Complaint to the NHRC",
}

LISTS = ("earlier_letters", "chronology", "reply_working")
"""The placeholders that stand for a list, each on a line of its own."""

VALUES = (
    "ref",
    "name",
    "person",
    "release_due",
    "overstay_days",
    "desk",
    "held_since",
    "held_days",
    "letters_count",
    "date",
    "reference",
    "reply_due",
    "liberty_reply_due",
)
"""The placeholders a template may use for one value (see the notes in each template)."""

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_ADDRESS = "to:"


@dataclass(frozen=True, slots=True)
class Template:
    kind: LetterKind
    addressee: tuple[str, ...]
    """Fixed address lines (the NHRC's); empty: the letter goes to the desk."""
    subject: str
    blocks: tuple[tuple[str, ...], ...]
    """Groups of lines, each line a paragraph."""


@dataclass(frozen=True, slots=True)
class Letter:
    """Everything a letter says, ready to be laid out in either format."""

    kind: LetterKind
    ref: str
    reference: str
    day: date
    addressee: tuple[str, ...]
    values: Mapping[str, str]
    lists: Mapping[str, tuple[str, ...]]

    @property
    def title(self) -> str:
        return f"{self.kind.heading} {self.ref}"


def template_path(kind: LetterKind, suffix: str) -> Path:
    return resource("letters", f"{kind.value}{suffix}")


def template(kind: LetterKind) -> Template:
    path = template_path(kind, ".txt")
    text = path.read_text(encoding="utf-8")
    addressee: list[str] = []
    kept: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            continue
        unknown = [p for p in PLACEHOLDER.findall(line) if p not in VALUES + LISTS]
        if unknown:
            # A misspelt placeholder would leave its line out of every letter without a word.
            raise RepatriateError(
                f"{path}: line {number}: {{{unknown[0]}}} is not a placeholder; "
                f"the template's notes list them"
            )
        if line.startswith(_ADDRESS):
            addressee.append(line.removeprefix(_ADDRESS).strip())
        else:
            kept.append(line.strip())
    blocks = [
        tuple(line for line in block.splitlines() if line)
        for block in re.split(r"\n\s*\n", "\n".join(kept))
        if block.strip()
    ]
    return Template(kind, tuple(addressee), blocks[0][0], tuple(blocks[1:]))


def list_line(line: str) -> str | None:
    """The list a line stands for, if it is only a list placeholder."""
    named = PLACEHOLDER.fullmatch(line)
    return named.group(1) if named and named.group(1) in LISTS else None


def filled(line: str, values: Mapping[str, str]) -> str | None:
    """The line with its values, or None if one of them is empty (or unknown)."""
    missing = False

    def value(found: re.Match[str]) -> str:
        nonlocal missing
        text = values.get(found.group(1), "")
        missing = missing or not text
        return text

    result = PLACEHOLDER.sub(value, line)
    return None if missing else result


def paragraphs(letter: Letter) -> tuple[str, list[list[str]]]:
    """The subject and the groups of paragraphs the letter prints."""
    chosen = template(letter.kind)
    groups = []
    for block in chosen.blocks:
        lines: list[str] = []
        for line in block:
            listed = list_line(line)
            if listed is not None:
                lines += letter.lists.get(listed, ())
            elif (text := filled(line, letter.values)) is not None:
                lines.append(text)
        if lines:
            groups.append(lines)
    return filled(chosen.subject, letter.values) or "", groups


def signature(letterhead: Letterhead) -> list[str]:
    return [part for part in (letterhead.signatory, letterhead.designation) if part] + [
        letterhead.name
    ]


def write_pdf(letter: Letter, letterhead: Letterhead, out: BinaryIO) -> None:
    # reportlab is loaded only to print.
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

    from repatriate.reports.factsheet import _FLUSH, MARGIN, WIDTH, _letterhead, _para, _text
    from repatriate.reports.fonts import LATIN

    subject, groups = paragraphs(letter)
    story: list[Flowable] = [
        _letterhead(letterhead, letter.day),
        Spacer(1, 4 * mm),
        _text(f"Our reference: {letter.reference}"),
        Spacer(1, 2 * mm),
        _para("To:", "small"),
        *(_text(line) for line in letter.addressee),
        Spacer(1, 6 * mm),
        _text(subject, "section"),
    ]
    for group in groups:
        story.append(Spacer(1, 3 * mm))
        story += [_text(line) for line in group]
    story.append(Spacer(1, 10 * mm))
    story += [_text(line) for line in signature(letterhead)]
    page = Frame(MARGIN, 15 * mm, WIDTH, A4[1] - MARGIN - 15 * mm, id="page", **_FLUSH)
    document = BaseDocTemplate(
        out,
        pagesize=A4,
        title=letter.title,
        author=letterhead.name,
        creator="Repatriate",
        # Helvetica, reportlab's default, would be listed in the PDF without being embedded.
        initialFontName=LATIN,
        pageTemplates=[PageTemplate("page", [page], pagesize=A4)],
    )
    document.build(story)


def context(letter: Letter, letterhead: Letterhead) -> dict[str, object]:
    """What the Word template is filled with: the letter's values and lists, the letterhead."""
    return {
        **letter.values,
        **letter.lists,
        "reference": letter.reference,
        "date": letter.day.isoformat(),
        "addressee": list(letter.addressee),
        "clinic": letterhead.name,
        "clinic_address": [line for line in letterhead.address.splitlines() if line.strip()],
        "clinic_contact": " · ".join(p for p in (letterhead.phone, letterhead.email) if p),
        "signature": signature(letterhead),
    }


def write_docx(letter: Letter, letterhead: Letterhead, out: BinaryIO) -> None:
    from docxtpl import DocxTemplate

    document = DocxTemplate(str(template_path(letter.kind, ".docx")))
    document.render(context(letter, letterhead), autoescape=True)
    built = io.BytesIO()
    document.save(built)
    out.write(built.getvalue())


def docx_lines(kind: LetterKind) -> Sequence[tuple[str, str]]:
    """The Word template's paragraphs as (style, text) with Jinja tags, made from the text
    template: a line with values shows only if they all have one; a list line repeats."""
    chosen = template(kind)
    lines: list[tuple[str, str]] = [
        ("clinic", "{{ clinic }}"),
        ("small", "{%p for line in clinic_address %}"),
        ("small", "{{ line }}"),
        ("small", "{%p endfor %}"),
        ("small", "{%p if clinic_contact %}"),
        ("small", "{{ clinic_contact }}"),
        ("small", "{%p endif %}"),
        ("body", "Date: {{ date }}"),
        ("body", "Our reference: {{ reference }}"),
        ("body", "To:"),
        ("body", "{%p for line in addressee %}"),
        ("body", "{{ line }}"),
        ("body", "{%p endfor %}"),
        ("subject", _jinja(chosen.subject)),
    ]
    for block in chosen.blocks:
        for index, line in enumerate(block):
            style = "last" if index == len(block) - 1 else "body"
            listed = list_line(line)
            if listed is not None:
                lines += [
                    (style, f"{{%p for item in {listed} %}}"),
                    (style, "{{ item }}"),
                    (style, "{%p endfor %}"),
                ]
                continue
            names = sorted(set(PLACEHOLDER.findall(line)))
            if names:
                lines += [
                    (style, "{%p if " + " and ".join(names) + " %}"),
                    (style, _jinja(line)),
                    (style, "{%p endif %}"),
                ]
            else:
                lines.append((style, line))
    lines += [
        ("body", "{%p for line in signature %}"),
        ("body", "{{ line }}"),
        ("body", "{%p endfor %}"),
    ]
    return lines


def _jinja(line: str) -> str:
    return PLACEHOLDER.sub(lambda m: "{{ " + m.group(1) + " }}", line)
