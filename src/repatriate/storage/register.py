"""The register of all files, read in bulk for the window's files table and the overview."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from repatriate.domain.prisoner import Photo
from repatriate.storage.tables import (
    DeskRow,
    FileRow,
    FileStandingRow,
    HoldRow,
    PhotoRow,
    as_stored,
)


class RegisterRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def summaries(self, earliest_due: int | None = None) -> Sequence[Sequence[Any]]:
        """One light row per file, with only what the files table shows and filters on (its
        stored standing's flags, reasons, holding desks and next follow-up last), in ref
        order; or only the `earliest_due` files with the earliest release dates (from the
        release_due index, in a few milliseconds).

        Run as a Core statement on the session's connection: the ORM's per-row bookkeeping
        doubles the time of this read at 100,000 files. Sorted here rather than by ORDER BY,
        which walks the ref index and reads the rows out of table order (a third slower)."""
        query = select(
            FileRow.id,
            FileRow.ref,
            FileRow.name,
            FileRow.name_native,
            FileRow.verified_nationality,
            FileRow.claimed_nationality,
            FileRow.court_nationality,
            FileRow.prison,
            FileRow.state,
            FileRow.status,
            FileRow.release_due,
            FileRow.released_on,
            FileRow.passport_number,
            FileRow.passport_book_number,
            FileStandingRow.flags,
            FileStandingRow.reasons,
            FileStandingRow.holding,
            FileStandingRow.next_follow_up,
        ).outerjoin(FileStandingRow, FileStandingRow.file_id == FileRow.id)
        if earliest_due is not None:
            query = (
                query.where(FileRow.release_due.is_not(None))
                .order_by(FileRow.release_due, FileRow.id)
                .limit(earliest_due)
            )
        return sorted(self.session.connection().execute(query).all(), key=itemgetter(1))

    def table_rows(self, chunk: int = 2_000) -> Iterator[Sequence[tuple[Any, ...]]]:
        """One row per file, `chunk` rows at a time, in table order, of what the files table
        shows, filters and sorts on: ref, name, own-script name, nationality (verified, else
        claimed, else the court's, else ""), prison, status, release due, released on,
        passport and book numbers, and its stored standing's flags, reasons, holding desks
        and next follow-up.

        The dates come as the database stores them, without the date type's processing of
        every row (ISO text on SQLite, dates on PostgreSQL), and the rows as the driver gives
        them, plain tuples: none of these columns needs SQLAlchemy's processing, which would
        be a third of the read's time at 100,000 files."""

        def first_of(*columns: Any) -> Any:
            return func.coalesce(*(func.nullif(column, "") for column in columns), "")

        query = select(
            FileRow.ref,
            FileRow.name,
            FileRow.name_native,
            first_of(
                FileRow.verified_nationality, FileRow.claimed_nationality, FileRow.court_nationality
            ),
            FileRow.prison,
            FileRow.status,
            as_stored(FileRow.release_due),
            as_stored(FileRow.released_on),
            FileRow.passport_number,
            FileRow.passport_book_number,
            func.coalesce(FileStandingRow.flags, ""),
            func.coalesce(func.nullif(FileStandingRow.reasons, ""), "[]"),
            func.coalesce(FileStandingRow.holding, ""),
            as_stored(FileStandingRow.next_follow_up),
        ).outerjoin(FileStandingRow, FileStandingRow.file_id == FileRow.id)
        # Not sorted by ORDER BY, which walks the ref index and reads the rows out of table
        # order (see `summaries`): the reader sorts them.
        with self.session.connection().execute(query) as result:
            while rows := result.cursor.fetchmany(chunk):
                yield rows

    def open_holds(
        self, as_of: date, file_ids: Sequence[int] | None = None
    ) -> dict[int, list[tuple[str, date, int]]]:
        """Per file id: (desk code, since, expected days) of each desk holding it on `as_of`;
        of the files `file_ids` only, if given."""
        day = as_of.toordinal()
        held: dict[int, list[tuple[str, date, int]]] = {}
        query = (
            select(HoldRow.file_id, DeskRow.code, HoldRow.start, DeskRow.expected_days)
            .join(DeskRow, DeskRow.id == HoldRow.desk_id)
            .where(HoldRow.start_day <= day, (HoldRow.end_day.is_(None)) | (HoldRow.end_day > day))
            .order_by(HoldRow.file_id, HoldRow.start)
        )
        if file_ids is not None:
            query = query.where(HoldRow.file_id.in_(file_ids))
        for file_id, code, start, expected in self.session.execute(query):
            held.setdefault(file_id, []).append((code, start, expected))
        return held

    def started(self, as_of: date, file_ids: Sequence[int] | None = None) -> set[int]:
        """Ids of the files that have reached any desk by `as_of` (among `file_ids`)."""
        query = select(HoldRow.file_id).where(HoldRow.start_day <= as_of.toordinal()).distinct()
        if file_ids is not None:
            query = query.where(HoldRow.file_id.in_(file_ids))
        return set(self.session.scalars(query))

    def photos(self, file_ids: Sequence[int] | None = None) -> dict[int, tuple[Photo, ...]]:
        """Per file id (of `file_ids`, if given), its photos' details (not their content)."""
        photos: dict[int, list[Photo]] = {}
        query = select(
            PhotoRow.file_id, PhotoRow.taken_on, PhotoRow.media_type, PhotoRow.size, PhotoRow.id
        ).order_by(PhotoRow.file_id, PhotoRow.id)
        if file_ids is not None:
            query = query.where(PhotoRow.file_id.in_(file_ids))
        for file_id, taken_on, media_type, size, photo_id in self.session.execute(query):
            photos.setdefault(file_id, []).append(Photo(taken_on, media_type, size, id=photo_id))
        return {file_id: tuple(found) for file_id, found in photos.items()}
