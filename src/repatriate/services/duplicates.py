"""Likely duplicates: in a CSV before it is imported, and for a file as it is saved; merging
two files found to be one person, and remembering two that are different people."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from threading import Lock

from sqlalchemy import ColumnElement, String, cast, func, select
from sqlalchemy.orm import Session

from repatriate.domain.audit import AuditAction
from repatriate.domain.duplicates import (
    NAME_SCORE,
    Likeness,
    blocks,
    likely_duplicates,
    names_alike,
    names_of,
    skeletons,
)
from repatriate.domain.errors import Conflict, FieldError, InvalidInput, no_such_file
from repatriate.domain.merging import merged_fields
from repatriate.domain.prisoner import PrisonerFile, invalid_fields, trimmed
from repatriate.services import audit
from repatriate.services.backup import Backup, BackupService
from repatriate.services.transfer import parse_csv, read_text
from repatriate.storage.file_merge import clashes, move_records
from repatriate.storage.files import FileRepository
from repatriate.storage.settings import SettingRepository
from repatriate.storage.store import Store
from repatriate.storage.tables import FileRow

DIFFERENT_PEOPLE = "duplicates.different_people"
"""The setting listing pairs of refs a caseworker said are different people, so that saving
either file does not offer the other again."""


def person_fields() -> tuple[str, ...]:
    """The fields a merge of two people's files chooses between: the family contacts of both
    are kept whatever is chosen."""
    return tuple(name for name in merged_fields() if name != "family")


@dataclass(frozen=True, slots=True)
class IncomingDuplicate:
    """A CSV row that is likely a file already in the database, or an earlier row."""

    row: int
    likeness: Likeness
    other_row: int | None = None
    """The other row of the CSV, when both are in it; None: a file in the database."""


@dataclass(frozen=True, slots=True)
class Merged:
    """The file kept by a merge, what moved to it, and the backup made before."""

    kept: PrisonerFile
    moved: dict[str, int] = field(default_factory=dict)
    """Rows moved from the other file, per table."""
    backup: Backup | None = None


def _saved_at() -> ColumnElement[str]:
    """When a file was last saved, as the database writes it: compared as stored, since SQLite
    keeps the text its clock gave, which a Python datetime bound to the query would not equal."""
    return cast(FileRow.updated_at, String)


class BlockIndex:
    """Which files are in which block (`domain.duplicates.blocks`), read once from the names
    and passport numbers alone and brought up to date before each use with the files saved
    since: a check of one file against 100,000 then reads a few dozen files rather than all.
    Blocks left behind by a rename or a deletion only name a file that is read and found
    unlike (or gone)."""

    def __init__(self) -> None:
        self._ids: dict[str, set[int]] = defaultdict(set)
        self._names: dict[int, tuple[str, ...]] = {}
        self._since: str | None = None
        self._at_since = 0

    def candidates(self, session: Session, pf: PrisonerFile) -> list[int]:
        """The ids of the files that may be the same person as `pf`: those sharing a passport
        or book number with it, or a block and a name alike enough (`NAME_SCORE`)."""
        self._catch_up(session)
        names = names_of(pf)
        numbers = blocks((pf.passport_number, pf.passport_book_number), ())
        keys = blocks((), names)
        same_number = set().union(*(self._ids.get(key, ()) for key in numbers))
        same_block = set().union(*(self._ids.get(key, ()) for key in keys)) - same_number
        alike = {i for i in same_block if names_alike(names, self._names[i]) >= NAME_SCORE}
        return sorted(same_number | alike)

    def _catch_up(self, session: Session) -> None:
        newest = session.scalar(select(func.max(_saved_at())))
        at_newest = self._count_saved_at(session, newest)
        query = select(
            FileRow.id,
            FileRow.name,
            FileRow.name_native,
            FileRow.aliases,
            FileRow.passport_number,
            FileRow.passport_book_number,
        )
        if self._since is not None:
            # Files saved in the same second as the last catch-up, after it, are read again.
            same_second = self._count_saved_at(session, self._since) != self._at_since
            later = _saved_at() > self._since
            query = query.where(later | (_saved_at() == self._since) if same_second else later)
        for file_id, name, native, aliases, number, book in session.execute(query):
            names = skeletons(name, native, *aliases)
            self._names[file_id] = names
            for key in blocks((number, book), names):
                self._ids[key].add(file_id)
        self._since, self._at_since = newest, at_newest

    @staticmethod
    def _count_saved_at(session: Session, stamp: str | None) -> int:
        query = select(func.count()).select_from(FileRow).where(_saved_at() == stamp)
        return int(session.scalar(query) or 0)


class DuplicateService:
    def __init__(self, store: Store, backups: BackupService) -> None:
        self.store = store
        self.backups = backups
        self._index = BlockIndex()
        self._index_lock = Lock()

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
        own stored version left out, and those said to be a different person), most alike
        first. Only the files sharing a block with `pf` are read (see `BlockIndex`)."""
        with self._index_lock, self.store.reading() as session:
            wanted = self._index.candidates(session, pf)
            existing = [f for f in FileRepository(session).of_ids(wanted) if f.ref != pf.ref]
            different = _different_people(session)
        return [
            found
            for found in likely_duplicates([pf], existing)
            if _pair(pf.ref, found.second.ref) not in different
        ]

    def different_people(self, ref: str, other_refs: Collection[str]) -> None:
        """Remember that the file `ref` is not the same person as any of `other_refs`."""
        with self.store.unit_of_work() as session:
            settings = SettingRepository(session)
            pairs = _different_people(session) | {_pair(ref, o) for o in other_refs}
            settings.put(DIFFERENT_PEOPLE, sorted(list(p) for p in pairs))

    def merge(
        self, keep_ref: str, other_ref: str, take: Collection[str] = (), today: date | None = None
    ) -> Merged:
        """Make the files `keep_ref` and `other_ref`, one person's, into one, all or nothing:
        the kept file takes the fields named in `take` from the other, and the other's names
        as aliases; every record of the other (family, photos, documents, movements,
        activities, follow-ups, orders, applications, travel documents, hand-over) moves to
        the kept file; the other is deleted, after a backup. Refused for one file twice, a
        ref with no file, or records of which a file may have only one on both."""
        if keep_ref == other_ref:
            raise InvalidInput(
                [FieldError("ref", other_ref, "a file cannot be merged with itself")]
            )
        _check_take(take)
        with self.store.reading() as session:
            self._clashes(session, keep_ref, other_ref)
        kept_backup = self.backups.before("merge")
        with self.store.unit_of_work() as session:
            ids = self._clashes(session, keep_ref, other_ref)
            files = FileRepository(session)
            other = files.get(other_ref)
            self._take(session, keep_ref, other, take, today)
            moved = move_records(session, ids[other_ref], ids[keep_ref], keep_ref)
            if other.family:
                moved["family_contact"] = len(other.family)
            files.delete(other_ref)
            audit.record(session, AuditAction.SAVE, keep_ref, f"merged {other_ref} into this file")
            audit.record(session, AuditAction.DELETE, other_ref, f"merged into {keep_ref}")
        return Merged(self._kept(keep_ref), moved, kept_backup)

    def merge_new(
        self,
        keep_ref: str,
        new: PrisonerFile,
        take: Collection[str] = (),
        today: date | None = None,
    ) -> Merged:
        """A file not yet saved is someone already on file: the file `keep_ref` takes the
        fields named in `take` from it, and its names as aliases; nothing else is written."""
        _check_take(take)
        with self.store.unit_of_work() as session:
            self._take(session, keep_ref, trimmed(new), take, today)
            audit.record(session, AuditAction.SAVE, keep_ref, "merged a new file into this file")
        return Merged(self._kept(keep_ref))

    def _kept(self, ref: str) -> PrisonerFile:
        with self.store.reading() as session:
            return FileRepository(session).get(ref)

    @staticmethod
    def _clashes(session: Session, keep_ref: str, other_ref: str) -> dict[str, int]:
        ids = FileRepository(session).ids([keep_ref, other_ref])
        for ref in (keep_ref, other_ref):
            if ref not in ids:
                raise no_such_file(ref)
        both = clashes(session, ids[other_ref], ids[keep_ref])
        if both:
            raise Conflict(
                f"ref: {other_ref}: both it and {keep_ref} have a {', '.join(both)} record, of "
                "which a file may have only one: delete one of them before merging"
            )
        return ids

    @staticmethod
    def _take(
        session: Session,
        keep_ref: str,
        other: PrisonerFile,
        take: Collection[str],
        today: date | None,
    ) -> PrisonerFile:
        files = FileRepository(session)
        kept = files.get(keep_ref)
        merged = kept.replace(**{name: getattr(other, name) for name in take})
        known = {merged.name, merged.name_native, *merged.aliases}
        names = (other.name, other.name_native, *other.aliases, kept.name, kept.name_native)
        aliases = tuple(n for n in dict.fromkeys(names) if n and n not in known)
        merged = trimmed(
            merged.replace(
                aliases=merged.aliases + aliases,
                family=merged.family + other.family,
            )
        )
        errors = invalid_fields(merged, today or date.today())
        if errors:
            raise InvalidInput(errors)
        return files.update(merged)


def _check_take(take: Collection[str]) -> None:
    fields = set(person_fields())
    unknown = [
        FieldError("take", name, "not a field of a file") for name in take if name not in fields
    ]
    if unknown:
        raise InvalidInput(unknown)


def _pair(a: str, b: str) -> tuple[str, str]:
    first, second = sorted((a, b))
    return first, second


def _different_people(session: Session) -> set[tuple[str, str]]:
    return {_pair(a, b) for a, b in SettingRepository(session).get(DIFFERENT_PEOPLE) or ()}
