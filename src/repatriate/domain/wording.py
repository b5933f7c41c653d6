"""Counts in the English the commands and the printed papers write: "1 file", "2 files",
never "file(s)" (the window words its counts through Qt's plural forms instead); and the
sentences the domain composes (a flag's reason), kept as an English template and its values so
that the window can show them in the caseworker's language."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date


def counted(count: int, one: str, many: str | None = None) -> str:
    """`count` with its noun: "1 national", "2 nationals"; `many` where the plural is not
    `one` with an s ("1 person", "2 people")."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"


_TEMPLATES: set[str] = set()
_BLANK = re.compile(r"%(\d+)")


def template(text: str) -> str:
    """`text`, an English sentence with blanks (%1, %2... and %Ln for a count whose noun
    follows with "(s)": "%Ln day(s)"), registered as one the window must translate; each
    domain module names its sentences this way at import, so that a test can check each is
    marked for translation (ui/reasons.py)."""
    _TEMPLATES.add(text)
    return text


def templates() -> frozenset[str]:
    """Every sentence template registered so far."""
    return frozenset(_TEMPLATES)


@dataclass(frozen=True, slots=True)
class Wording:
    """A sentence kept as its English template and its values, so that the commands print it
    in English (`str()`) and the window shows it in the caseworker's language."""

    template: str
    values: tuple[Value, ...] = ()
    count: int | None = None
    """The number %Ln stands for, which picks "day" or "days" ("(s)")."""

    def __str__(self) -> str:
        text = self.template
        if self.count is not None:
            text = text.replace("%Ln", str(self.count)).replace(
                "(s)", "" if self.count == 1 else "s"
            )
        return filled(text, [str(v) for v in self.values])


Value = str | int | date | Wording
"""What a sentence puts in its blanks: text shown as it is (a name, a desk's code, a country
code), a number, a date, or another sentence."""


def filled(text: str, values: Sequence[str]) -> str:
    """`text` with %1, %2... replaced by `values`, in one pass (a value holding "%2" stays)."""
    return _BLANK.sub(lambda m: values[int(m.group(1)) - 1], text)


def plain(text: str) -> Wording:
    """A sentence shown as it is in every language (a reason stored before sentences kept
    their templates)."""
    return Wording("%1", (text,))


def joined(parts: Sequence[Wording], separator: str = "; ") -> Wording:
    """The sentences one after the other, the separator between them."""
    if len(parts) == 1:
        return parts[0]
    return Wording(separator.join(f"%{i}" for i in range(1, len(parts) + 1)), tuple(parts))


def to_data(wording: Wording) -> list[object]:
    """The sentence as JSON-ready lists: [template, values] or [template, values, count]; a
    date as {"date": ISO}, a sentence within as its own list."""

    def value(v: Value) -> object:
        if isinstance(v, Wording):
            return to_data(v)
        if isinstance(v, date):
            return {"date": v.isoformat()}
        return v

    data: list[object] = [wording.template, [value(v) for v in wording.values]]
    if wording.count is not None:
        data.append(wording.count)
    return data


def from_data(data: object) -> Wording:
    """The sentence `to_data` wrote; a plain string (as stored before) shown as it is."""
    if isinstance(data, str):
        return plain(data)
    if not isinstance(data, list) or len(data) not in (2, 3) or not isinstance(data[0], str):
        raise ValueError(f"not a stored sentence: {data!r}")

    def value(v: object) -> Value:
        if isinstance(v, list):
            return from_data(v)
        if isinstance(v, dict):
            return date.fromisoformat(str(v["date"]))
        if isinstance(v, str | int):
            return v
        raise ValueError(f"not a stored value: {v!r}")

    count = data[2] if len(data) == 3 else None
    if count is not None and not isinstance(count, int):
        raise ValueError(f"not a stored count: {count!r}")
    return Wording(data[0], tuple(value(v) for v in data[1]), count)


def to_json(wordings: Iterable[Wording]) -> str:
    return json.dumps([to_data(w) for w in wordings], ensure_ascii=False)


def from_json(text: str | None) -> tuple[Wording, ...]:
    """The sentences `to_json` wrote, or the plain strings stored before."""
    return tuple(from_data(item) for item in json.loads(text or "[]"))
