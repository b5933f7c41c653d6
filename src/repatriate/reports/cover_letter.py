"""The cover letter of an embassy's batch in the embassy's language, from a template the clinic
keeps in resources/letters/cover_letter_<code>.txt (Bengali and Nepali are shipped). The fact
sheets stay in English; the letterhead, reference, addressee, signature and enclosures are
printed as in the English letter, the words between them come from the template."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from repatriate.domain.errors import FieldError, InvalidInput
from repatriate.domain.factsheets import Letterhead, letter_reference
from repatriate.reports.sheets import Batch
from repatriate.resource_files import resource

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

DIGITS = {"bn": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९", "ne": "०१२३४५६७८९", "mr": "०१२३४५६७८९"}
"""The digits a letter's numbers and dates are written in, where its language has its own."""

_PAST = ("{held_past}", "{longest}")
_COUNTRY = re.compile(r"^country ([A-Z]{2}|\*): (.+)$")


def letter_languages() -> tuple[str, ...]:
    """English and every language the clinic has a cover letter template for."""
    templates = resource("letters").glob("cover_letter_*.txt")
    return ("en", *sorted(p.stem.removeprefix("cover_letter_") for p in templates))


@dataclass(frozen=True, slots=True)
class Template:
    language: str
    countries: dict[str, str]
    subject: str
    paragraphs: tuple[str, ...]


def template(language: str) -> Template:
    """The template for `language`; a language without one is refused naming the choices."""
    if language not in letter_languages()[1:]:
        choices = ", ".join(letter_languages())
        raise InvalidInput([FieldError("letter-language", language, f"must be one of {choices}")])
    text = resource("letters", f"cover_letter_{language}.txt").read_text(encoding="utf-8")
    countries: dict[str, str] = {}
    kept: list[str] = []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        named = _COUNTRY.match(line)
        if named:
            countries[named.group(1)] = named.group(2).strip()
        else:
            kept.append(line)
    blocks = [b.strip() for b in re.split(r"\n\s*\n", "\n".join(kept)) if b.strip()]
    return Template(language, countries, blocks[0], tuple(blocks[1:]))


def template_cover(batch: Batch, letterhead: Letterhead, language: str) -> list[Flowable]:
    """The batch's cover letter with its wording from the `language` template."""
    # reportlab is loaded only to print: the window lists the templates without it.
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from repatriate.reports.factsheet import _addressee, _letterhead, _text, enclosures

    chosen = template(language)
    own = str.maketrans("0123456789", DIGITS.get(language, "0123456789"))
    held_past = [d for s in batch.sheets if (d := s.reckoning.overstay_days or 0) > 0]
    values = {
        "{country}": chosen.countries.get(
            batch.country, chosen.countries.get("*", "{name}").replace("{name}", batch.country_name)
        ),
        "{count}": str(len(batch.sheets)).translate(own),
        "{as_of}": batch.as_of.isoformat().translate(own),
        "{held_past}": str(len(held_past)).translate(own),
        "{longest}": str(max(held_past, default=0)).translate(own),
        "{reference}": letter_reference(
            letterhead.reference, batch.country, batch.as_of, len(batch.sheets)
        ),
    }

    def filled(text: str) -> str:
        for placeholder, value in values.items():
            text = text.replace(placeholder, value)
        return text

    reference = values["{reference}"]
    letter: list[Flowable] = [
        _letterhead(letterhead, batch.as_of),
        Spacer(1, 4 * mm),
        _text(f"Our reference: {reference}"),
        Spacer(1, 2 * mm),
        *_addressee(batch.embassy),
        Spacer(1, 6 * mm),
        _text(filled(chosen.subject), "section"),
    ]
    for paragraph in chosen.paragraphs:
        if not held_past and any(p in paragraph for p in _PAST):
            continue
        letter += [Spacer(1, 3 * mm), _text(filled(" ".join(paragraph.split())))]
    letter += [
        Spacer(1, 10 * mm),
        *(_text(part) for part in (letterhead.signatory, letterhead.designation) if part),
        _text(letterhead.name),
        *(
            _text(part, "small")
            for part in (letterhead.address, letterhead.phone, letterhead.email)
            if part
        ),
        Spacer(1, 6 * mm),
        _text(enclosures(batch), "body"),
    ]
    return letter
