"""Likely duplicates: in a CSV before it is imported, and for a file as it is saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from repatriate.domain.duplicates import Likeness, likely_duplicates
from repatriate.domain.errors import InvalidInput
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.transfer import parse_csv, read_text
from repatriate.storage.files import FileRepository
from repatriate.storage.store import Store


@dataclass(frozen=True, slots=True)
class IncomingDuplicate:
    """A CSV row that is likely a file already in the database, or an earlier row."""

    row: int
    likeness: Likeness
    other_row: int | None = None
    """The other row of the CSV, when both are in it; None: a file in the database."""


class DuplicateService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def in_csv(
        self, path: Path, *, dayfirst: bool = False, today: date | None = None
    ) -> list[IncomingDuplicate]:
        """The rows of a prisoner-file CSV that are likely people already on file (or
        another row), most alike first. Nothing is written; a bad row is refused as an
        import refuses it."""
        parsed = parse_csv(read_text(path), dayfirst=dayfirst, today=today or date.today())
        if parsed.errors:
            raise InvalidInput(sorted(parsed.errors, key=lambda e: e.row or 0))
        with self.store.reading() as session:
            existing = list(FileRepository(session).iter_all())
        row_of = {id(pf): row for pf, row in zip(parsed.files, parsed.rows, strict=True)}
        return [
            IncomingDuplicate(row_of[id(found.first)], found, row_of.get(id(found.second)))
            for found in likely_duplicates(parsed.files, existing)
        ]

    def of_file(self, pf: PrisonerFile) -> list[Likeness]:
        """The files already in the database that are likely the same person as `pf` (its
        own stored version left out), most alike first."""
        with self.store.reading() as session:
            existing = [f for f in FileRepository(session).iter_all() if f.ref != pf.ref]
        return likely_duplicates([pf], existing)
