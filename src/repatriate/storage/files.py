"""The prisoner-file repository: rows in, frozen domain objects out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Date,
    Row,
    Table,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, selectinload

from repatriate.domain.errors import Conflict, NotFound, no_such_file
from repatriate.domain.file_fields import FIELDS
from repatriate.domain.merging import EditConflict
from repatriate.domain.prisoner import Document as DocumentInfo
from repatriate.domain.prisoner import (
    FamilyContact,
    PrisonerFile,
    Sentence,
    Status,
)
from repatriate.domain.prisoner import Photo as PhotoInfo
from repatriate.domain.release import ReleaseRule, file_release_due, release_due
from repatriate.storage.settings import RELEASE_RULE_STAMP, SettingRepository
from repatriate.storage.standings import mark_unassessed
from repatriate.storage.tables import DocumentRow, FamilyRow, FileRow, PhotoRow, as_stored

# Columns of prisoner_file that map one to one onto PrisonerFile attributes of the same name;
# a word is kept as its text.
_PLAIN = [f.name for f in FIELDS if f.words is None]
_WORDS = {f.name: f.words for f in FIELDS if f.words is not None}
_SENTENCE = ("years", "months", "days")
_SENTENCE_EXTRA = ("set_off_days", "remission_days", "fine_default_days")
FILE_TABLE = cast(Table, FileRow.__table__)
_FILE_COLUMNS = [
    c
    for c in FileRow.__table__.columns
    if c.name not in ("created_at", "updated_at", "release_due")
]


def file_columns(pf: PrisonerFile, rule: ReleaseRule) -> dict[str, Any]:
    """The prisoner_file column values for a domain file (id and version left out), with its
    release date under the clinic's `rule`."""
    values: dict[str, Any] = {name: getattr(pf, name) for name in _PLAIN}
    for name in _WORDS:
        word = getattr(pf, name)
        values[name] = None if word is None else word.value
    values["aliases"] = list(pf.aliases)
    values["languages"] = list(pf.languages)
    for part in _SENTENCE:
        values[f"sentence_{part}"] = getattr(pf.sentence, part)
    for name in _SENTENCE_EXTRA:
        values[name] = getattr(pf.sentence, name)
    values["release_due"] = file_release_due(pf, rule)
    return values


def file_from_columns(
    row: Mapping[Any, Any],
    family: tuple[FamilyContact, ...] = (),
    photos: tuple[PhotoInfo, ...] = (),
    documents: tuple[DocumentInfo, ...] = (),
) -> PrisonerFile:
    """A domain file from a mapping of prisoner_file column values."""
    values: dict[str, Any] = {name: row[name] for name in _PLAIN}
    for name, kind in _WORDS.items():
        word = row[name]
        values[name] = None if word is None else kind(word)
    sentence = Sentence(
        **{part: row[f"sentence_{part}"] for part in _SENTENCE},
        **{name: row[name] for name in _SENTENCE_EXTRA},
    )
    return PrisonerFile(
        **values,
        aliases=tuple(row["aliases"] or ()),
        languages=tuple(row["languages"] or ()),
        sentence=sentence,
        family=family,
        photos=photos,
        documents=documents,
        id=row["id"],
        version=row["version"],
    )


def _family(row: FamilyRow) -> FamilyContact:
    return FamilyContact(
        relation=row.relation,
        name=row.name,
        name_native=row.name_native,
        address=row.address,
        phone=row.phone,
        traced_on=row.traced_on,
        notes=row.notes,
        id=row.id,
    )


def _photo(row: PhotoRow) -> PhotoInfo:
    return PhotoInfo(
        taken_on=row.taken_on,
        media_type=row.media_type,
        size=row.size,
        source=row.source,
        id=row.id,
    )


def _document(row: DocumentRow) -> DocumentInfo:
    return DocumentInfo(
        kind=row.kind,
        title=row.title,
        filename=row.filename,
        media_type=row.media_type,
        size=row.size,
        dated=row.dated,
        id=row.id,
    )


def _domain(row: FileRow) -> PrisonerFile:
    return file_from_columns(
        {c.name: getattr(row, c.key) for c in _FILE_COLUMNS},
        family=tuple(_family(f) for f in row.family),
        photos=tuple(_photo(p) for p in row.photos),
        documents=tuple(_document(d) for d in row.documents),
    )


class FileRepository:
    """Prisoner files in one unit of work (session)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._rule: ReleaseRule | None = None

    @property
    def rule(self) -> ReleaseRule:
        """The clinic's release-date rule, read once per unit of work."""
        if self._rule is None:
            self._rule = SettingRepository(self.session).release_rule()
        return self._rule

    def refresh_release_dates(self) -> int:
        """Compute every stored release date again if they were computed under another rule
        than the clinic's (a changed setting, or a database from before the rule changed), and
        stamp them with it. Returns how many changed."""
        settings = SettingRepository(self.session)
        rule = settings.release_rule()
        self._rule = rule
        if settings.get(RELEASE_RULE_STAMP) == rule.stamp:
            return 0
        query = select(
            FileRow.id,
            FileRow.conviction_date,
            FileRow.sentence_years,
            FileRow.sentence_months,
            FileRow.sentence_days,
            FileRow.set_off_days,
            FileRow.remission_days,
            FileRow.fine_default_days,
            FileRow.release_due,
        )
        changes = []
        for file_id, conviction, *sentence, stored in self.session.execute(query):
            due = None if conviction is None else release_due(conviction, Sentence(*sentence), rule)
            if due != stored:
                changes.append({"file_id": file_id, "due": due})
        if changes:
            # Core executemany: a derived column, not an edit, so no version bump.
            self.session.connection().execute(
                update(FILE_TABLE)
                .where(FILE_TABLE.c.id == bindparam("file_id"))
                .values(release_due=bindparam("due")),
                changes,
            )
        settings.put(RELEASE_RULE_STAMP, rule.stamp)
        return len(changes)

    def _row(self, ref: str) -> FileRow:
        row = self.session.scalars(
            select(FileRow)
            .where(FileRow.ref == ref)
            .options(
                selectinload(FileRow.family),
                selectinload(FileRow.photos),
                selectinload(FileRow.documents),
            )
        ).one_or_none()
        if row is None:
            raise no_such_file(ref)
        return row

    def get(self, ref: str) -> PrisonerFile:
        return _domain(self._row(ref))

    def get_many(
        self, refs: Sequence[str], chunk: int = 500, *, attachments: bool = True
    ) -> dict[str, PrisonerFile]:
        """Files by ref with their family, photos and documents (or without: one query per
        `chunk` refs, a fifth of the time), four queries per `chunk` refs rather than four per
        file; a ref with no file is left out."""
        if not attachments:
            return {pf.ref: pf for pf in self._without_attachments(FileRow.ref, refs, chunk)}
        found: dict[str, PrisonerFile] = {}
        for start in range(0, len(refs), chunk):
            rows = self.session.scalars(
                select(FileRow)
                .where(FileRow.ref.in_(refs[start : start + chunk]))
                .options(
                    selectinload(FileRow.family),
                    selectinload(FileRow.photos),
                    selectinload(FileRow.documents),
                )
            )
            found.update((row.ref, _domain(row)) for row in rows)
        return found

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(FileRow)) or 0

    def count_not_starting(self, prefix: str) -> int:
        """How many files have a ref that does not start with `prefix`."""
        outside = ~FileRow.ref.startswith(prefix, autoescape=True)
        return self.session.scalar(select(func.count()).select_from(FileRow).where(outside)) or 0

    def refs(self) -> set[str]:
        return set(self.session.scalars(select(FileRow.ref)))

    def ids(self, refs: Iterable[str]) -> dict[str, int]:
        """The row ids of files by ref."""
        wanted = list(refs)
        found: dict[str, int] = {}
        for start in range(0, len(wanted), 500):
            query = select(FileRow.ref, FileRow.id).where(
                FileRow.ref.in_(wanted[start : start + 500])
            )
            found.update({ref: file_id for ref, file_id in self.session.execute(query)})
        return found

    def new_refs(self, prefix: str, count: int, also_taken: Iterable[str] = ()) -> list[str]:
        """`count` unused refs `PREFIX000123`, numbered on from the highest already used here
        or in `also_taken` (the refs of files being imported with them)."""
        stored = self.session.scalars(select(FileRow.ref).where(FileRow.ref.startswith(prefix)))
        used = [*stored, *(ref for ref in also_taken if ref.startswith(prefix))]
        numbers = [int(tail) for ref in used if (tail := ref[len(prefix) :]).isdigit()]
        start = max(numbers, default=0) + 1
        return [f"{prefix}{n:06d}" for n in range(start, start + count)]

    def add(self, pf: PrisonerFile) -> PrisonerFile:
        if self.session.scalar(select(FileRow.id).where(FileRow.ref == pf.ref)) is not None:
            raise Conflict(f"ref: {pf.ref}: already used by another file")
        row = FileRow(**file_columns(pf, self.rule))
        row.family = [_family_row(i, c) for i, c in enumerate(pf.family)]
        self.session.add(row)
        self.session.flush()
        return _domain(row)

    def update(self, pf: PrisonerFile) -> PrisonerFile:
        """Save an edited file; refuses if someone else saved it since `pf` was read."""
        if pf.id is None:
            raise NotFound(f"ref: {pf.ref}: this file was never saved")
        row = self.session.get(FileRow, pf.id)
        if row is None:
            raise NotFound(f"ref: {pf.ref}: the file was deleted meanwhile")
        if row.version != pf.version:
            raise EditConflict(_domain(row), pf)
        if pf.ref != row.ref and self.session.scalar(
            select(FileRow.id).where(FileRow.ref == pf.ref)
        ):
            raise Conflict(f"ref: {pf.ref}: already used by another file")
        for name, value in file_columns(pf, self.rule).items():
            setattr(row, name, value)
        row.family = [_family_row(i, c) for i, c in enumerate(pf.family)]
        # Touching the row makes every save bump the version, even one that only changed family.
        row.updated_at = func.now()
        self.session.flush()
        self.session.refresh(row)
        return _domain(row)

    def delete(self, ref: str) -> None:
        self.session.delete(self._row(ref))
        self.session.flush()

    def insert_many(self, files: Sequence[PrisonerFile], batch: int = 5000) -> None:
        """Bulk insert of new files (no family, photos or documents): imports and demo data."""
        mark_unassessed(self.session)
        for start in range(0, len(files), batch):
            chunk = files[start : start + batch]
            # Core insert (one executemany) rather than the ORM's per-row bookkeeping.
            self.session.execute(
                insert(FILE_TABLE),
                [file_columns(pf, self.rule) | {"version": 1} for pf in chunk],
            )

    def iter_all(self, batch: int = 2000) -> Iterator[PrisonerFile]:
        """Every file in ref order, without family, photos or documents."""
        query = select(*_FILE_COLUMNS).order_by(FileRow.ref)
        for row in self.session.execute(query.execution_options(yield_per=batch)).mappings():
            yield file_from_columns(row)

    def stored_rows(
        self, names: Sequence[str], batch: int = 5000
    ) -> Iterator[Sequence[Sequence[Any]]]:
        """Every file's columns `names`, in ref order and in lists of up to `batch` rows, as
        stored: a date as ISO text (or, on PostgreSQL, a date), a list as a sequence of text, a
        yes/no as a bool or 0/1. For writing every file out, where building each file would
        take most of the time: no per-row type processing but the decoding of lists, each
        distinct list decoded once."""
        columns = [FILE_TABLE.c[name] for name in names]
        query = select(
            *(as_stored(c) if isinstance(c.type, (Date, JSON)) else c for c in columns)
        ).order_by(FILE_TABLE.c.ref)
        lists = [i for i, c in enumerate(columns) if isinstance(c.type, JSON)]
        decoded: dict[str, tuple[str, ...]] = {}

        def decode(value: Any) -> Any:
            if not isinstance(value, str):
                return value
            found = decoded.get(value)
            if found is None:
                found = decoded[value] = tuple(json.loads(value) or ())
            return found

        with self.session.connection().execute(query.execution_options(yield_per=batch)) as result:
            for rows in result.partitions():
                if not lists:
                    yield list(rows)
                    continue
                changed = [list(row) for row in rows]
                for i in lists:
                    for row in changed:
                        row[i] = decode(row[i])
                yield changed

    def of_ids(self, file_ids: Sequence[int] | None) -> Iterator[PrisonerFile]:
        """The files `file_ids` (every file: None), without family, photos or documents."""
        return self._without_attachments(FileRow.id, file_ids)

    def _without_attachments(
        self, key: Any, wanted: Sequence[Any] | None, chunk: int = 500
    ) -> Iterator[PrisonerFile]:
        """The files whose column `key` is one of `wanted` (every file: None), without family,
        photos or documents, `chunk` at a time: read with Core on the session's connection
        (once what the session holds is written, as a query through the session would), as
        the ORM's handling of every row would take most of the time."""
        self.session.flush()
        query = select(*_FILE_COLUMNS)
        queries = (
            [query]
            if wanted is None
            else [
                query.where(key.in_(wanted[start : start + chunk]))
                for start in range(0, len(wanted), chunk)
            ]
        )
        for each in queries:
            for columns in self.session.connection().execute(each).mappings():
                yield file_from_columns(columns)

    def overstaying(
        self, as_of: date, latest_due: date
    ) -> Sequence[Row[str, str, str | None, str | None, str | None, str, date | None]]:
        """(ref, name, verified, claimed and court nationality, prison, release_due) of everyone
        held on `as_of` whose release date is on or before `latest_due`, earliest first."""
        held = [s.value for s in Status if s.still_held]
        query = (
            select(
                FileRow.ref,
                FileRow.name,
                FileRow.verified_nationality,
                FileRow.claimed_nationality,
                FileRow.court_nationality,
                FileRow.prison,
                FileRow.release_due,
            )
            .where(
                FileRow.release_due <= latest_due,
                or_(
                    and_(
                        FileRow.released_on.is_(None),
                        or_(FileRow.status.is_(None), FileRow.status.in_(held)),
                    ),
                    FileRow.released_on > as_of,
                ),
            )
            .order_by(FileRow.release_due, FileRow.ref)
        )
        # Core on the session's connection: the ORM's statement handling is a third of the time.
        return self.session.connection().execute(query).all()

    def add_photo(
        self, ref: str, content: bytes, media_type: str, taken_on: date | None, source: str
    ) -> PhotoInfo:
        row = PhotoRow(
            file_id=self._row(ref).id,
            content=content,
            media_type=media_type,
            size=len(content),
            taken_on=taken_on,
            source=source,
        )
        self.session.add(row)
        self.session.flush()
        return _photo(row)

    def photo_content(self, photo_id: int) -> bytes:
        content = self.session.scalar(select(PhotoRow.content).where(PhotoRow.id == photo_id))
        if content is None:
            raise NotFound(f"photo: {photo_id}: no such photo")
        return content

    def photo_contents(self, photo_ids: Sequence[int], chunk: int = 100) -> dict[int, bytes]:
        """The content of many photos by id, one query per `chunk` of them."""
        return self._contents(PhotoRow, photo_ids, chunk)

    def document_contents(self, document_ids: Sequence[int], chunk: int = 100) -> dict[int, bytes]:
        """The content of many documents by id, one query per `chunk` of them."""
        return self._contents(DocumentRow, document_ids, chunk)

    def _contents(
        self, table: type[PhotoRow] | type[DocumentRow], ids: Sequence[int], chunk: int
    ) -> dict[int, bytes]:
        found: dict[int, bytes] = {}
        for start in range(0, len(ids), chunk):
            query = select(table.id, table.content).where(table.id.in_(ids[start : start + chunk]))
            found.update((row_id, content) for row_id, content in self.session.execute(query))
        return found

    def add_document(
        self,
        ref: str,
        content: bytes,
        *,
        kind: str,
        title: str,
        filename: str,
        media_type: str,
        dated: date | None,
    ) -> DocumentInfo:
        row = DocumentRow(
            file_id=self._row(ref).id,
            content=content,
            kind=kind,
            title=title,
            filename=filename,
            media_type=media_type,
            size=len(content),
            dated=dated,
        )
        self.session.add(row)
        self.session.flush()
        return _document(row)

    def document_content(self, document_id: int) -> bytes:
        content = self.session.scalar(
            select(DocumentRow.content).where(DocumentRow.id == document_id)
        )
        if content is None:
            raise NotFound(f"document: {document_id}: no such document")
        return content


def _family_row(position: int, contact: FamilyContact) -> FamilyRow:
    return FamilyRow(
        position=position,
        relation=contact.relation,
        name=contact.name,
        name_native=contact.name_native,
        address=contact.address,
        phone=contact.phone,
        traced_on=contact.traced_on,
        notes=contact.notes,
    )
