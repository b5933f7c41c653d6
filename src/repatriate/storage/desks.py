"""Desks, movements and the holds derived from them."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import Row, Table, case, delete, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from repatriate.domain.chain import Hold, derive_holds
from repatriate.domain.desks import Desk, Movement, MovementKind, Officer, Role, Via
from repatriate.domain.dwell import HoldCount
from repatriate.domain.errors import Conflict, NotFound, no_such_file
from repatriate.storage.standings import mark
from repatriate.storage.tables import DeskRow, FileRow, HoldRow, MovementRow, OfficerRow

# Core tables for bulk inserts: one executemany instead of the ORM's per-row bookkeeping.
MOVEMENT_TABLE = cast(Table, MovementRow.__table__)
HOLD_TABLE = cast(Table, HoldRow.__table__)
DESK_TABLE = cast(Table, DeskRow.__table__)
OFFICER_TABLE = cast(Table, OfficerRow.__table__)


def _officer(row: OfficerRow | Row[Any]) -> Officer:
    return Officer(row.name, row.title, row.since, row.until, row.phone, row.email)


def _desk(row: DeskRow | Row[Any], officers: tuple[Officer, ...]) -> Desk:
    return Desk(
        code=row.code,
        name=row.name,
        organisation=row.organisation,
        role=Role(row.role),
        country=row.country,
        serves=tuple(row.serves or ()),
        state=row.state,
        division=row.division,
        city=row.city,
        address=row.address,
        phone=row.phone,
        email=row.email,
        expected_days=row.expected_days,
        notes=row.notes,
        source=row.source,
        officers=officers,
        id=row.id,
    )


def _desk_columns(desk: Desk) -> dict[str, Any]:
    return {
        "code": desk.code,
        "name": desk.name,
        "organisation": desk.organisation,
        "role": desk.role.value,
        "country": desk.country,
        "serves": list(desk.serves),
        "state": desk.state,
        "division": desk.division,
        "city": desk.city,
        "address": desk.address,
        "phone": desk.phone,
        "email": desk.email,
        "expected_days": desk.expected_days,
        "notes": desk.notes,
        "source": desk.source,
    }


def _officer_rows(desk: Desk) -> list[OfficerRow]:
    return [
        OfficerRow(
            name=o.name, title=o.title, since=o.since, until=o.until, phone=o.phone, email=o.email
        )
        for o in desk.officers
    ]


class DeskRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[Desk]:
        # Core: the directory is read whole for every fact sheet and letter, and the ORM's
        # per-row bookkeeping brings nothing to a read; what the session holds is written
        # first, as a query through the session would.
        self.session.flush()
        officers: dict[int, list[Officer]] = {}
        for o in self.session.execute(select(OFFICER_TABLE).order_by(OFFICER_TABLE.c.id)):
            officers.setdefault(o.desk_id, []).append(_officer(o))
        return [
            _desk(row, tuple(officers.get(row.id, ())))
            for row in self.session.execute(select(DESK_TABLE).order_by(DESK_TABLE.c.code))
        ]

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(DeskRow)) or 0

    def add(self, desk: Desk) -> Desk:
        if self.session.scalar(select(DeskRow.id).where(DeskRow.code == desk.code)):
            raise Conflict(f"code: {desk.code}: already used by another desk")
        row = DeskRow(**_desk_columns(desk))
        row.officers = _officer_rows(desk)
        self.session.add(row)
        self.session.flush()
        return _desk(row, tuple(_officer(o) for o in row.officers))

    def update(self, desk: Desk) -> Desk:
        row = self.session.get(DeskRow, desk.id) if desk.id is not None else None
        if row is None:
            raise NotFound(f"desk: {desk.code}: no such desk")
        clash = self.session.scalar(
            select(DeskRow.id).where(DeskRow.code == desk.code, DeskRow.id != desk.id)
        )
        if clash:
            raise Conflict(f"code: {desk.code}: already used by another desk")
        for name, value in _desk_columns(desk).items():
            setattr(row, name, value)
        row.officers = _officer_rows(desk)
        self.session.flush()
        return _desk(row, tuple(_officer(o) for o in row.officers))

    def ids(self) -> dict[str, int]:
        return {
            code: desk_id
            for code, desk_id in self.session.execute(select(DeskRow.code, DeskRow.id))
        }


class MovementRepository:
    """Movements of files between desks; every change rewrites that file's holds."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _file_id(self, ref: str) -> int:
        file_id = self.session.scalar(select(FileRow.id).where(FileRow.ref == ref))
        if file_id is None:
            raise no_such_file(ref)
        return file_id

    def of_file(self, ref: str) -> list[Movement]:
        file_id = self._file_id(ref)
        return self._movements([file_id])[file_id]

    def of_files(self, refs: Sequence[str], chunk: int = 500) -> dict[str, list[Movement]]:
        """The movements of many files by ref, a few queries per `chunk` refs; a ref with no
        file is left out."""
        found: dict[str, list[Movement]] = {}
        for start in range(0, len(refs), chunk):
            query = select(FileRow.ref, FileRow.id).where(
                FileRow.ref.in_(refs[start : start + chunk])
            )
            ids = {ref: file_id for ref, file_id in self.session.execute(query)}
            movements = self._movements(list(ids.values()))
            found.update((ref, movements[file_id]) for ref, file_id in ids.items())
        return found

    def _movements(self, file_ids: Sequence[int]) -> dict[int, list[Movement]]:
        codes = {v: k for k, v in DeskRepository(self.session).ids().items()}
        result: dict[int, list[Movement]] = {file_id: [] for file_id in file_ids}
        # Core on the session's connection (after writing what the session holds, as a query
        # through the session would): building a MovementRow per movement was most of the
        # week's agenda at 100,000 files.
        self.session.flush()
        rows = self.session.connection().execute(
            select(*MovementRow.__table__.columns)
            .where(MovementRow.file_id.in_(file_ids))
            .order_by(MovementRow.on, MovementRow.id)
        )
        for row in rows:
            result[row.file_id].append(
                Movement(
                    desk=codes[row.desk_id],
                    kind=MovementKind(row.kind),
                    on=row.on,
                    from_desk=codes.get(row.from_desk_id, "") if row.from_desk_id else "",
                    letter_ref=row.letter_ref,
                    via=Via(row.via) if row.via else None,
                    reason=row.reason,
                    note=row.note,
                    id=row.id,
                )
            )
        return result

    def add(self, ref: str, movement: Movement) -> Movement:
        """Record a movement and rewrite the file's holds from all its movements."""
        file_id = self._file_id(ref)
        ids = DeskRepository(self.session).ids()
        row = MovementRow(
            file_id=file_id,
            desk_id=ids[movement.desk],
            from_desk_id=ids[movement.from_desk] if movement.from_desk else None,
            kind=movement.kind.value,
            on=movement.on,
            letter_ref=movement.letter_ref,
            via=movement.via.value if movement.via else None,
            reason=movement.reason,
            note=movement.note,
        )
        self.session.add(row)
        self.session.flush()
        self.rewrite_holds({file_id: self._movements([file_id])[file_id]}, ids)
        return dataclasses.replace(movement, id=row.id)

    def delete(self, ref: str, movement_id: int) -> Movement:
        """Delete one movement of the file and rewrite the file's holds without it."""
        file_id = self._file_id(ref)
        found = next((m for m in self._movements([file_id])[file_id] if m.id == movement_id), None)
        row = self.session.get(MovementRow, movement_id)
        if found is None or row is None:
            raise NotFound(f"movement: {movement_id}: no such movement on {ref}")
        self.session.delete(row)
        self.session.flush()
        self.rewrite_holds(
            {file_id: self._movements([file_id])[file_id]}, DeskRepository(self.session).ids()
        )
        return found

    def insert_many(
        self, movements: dict[int, list[Movement]], *, new_files: bool, batch: int = 20_000
    ) -> None:
        """Bulk insert of movements per file id, rewriting those files' holds.

        For files that had no movements before (`new_files`, as demo data), the holds are
        derived from the given movements alone, without reading anything back."""
        ids = DeskRepository(self.session).ids()
        rows = [
            {
                "file_id": file_id,
                "desk_id": ids[m.desk],
                "from_desk_id": ids[m.from_desk] if m.from_desk else None,
                "kind": m.kind.value,
                "on": m.on,
                "letter_ref": m.letter_ref,
                "via": m.via.value if m.via else None,
                "reason": m.reason,
                "note": m.note,
            }
            for file_id, moves in movements.items()
            for m in moves
        ]
        for start in range(0, len(rows), batch):
            self.session.execute(insert(MOVEMENT_TABLE), rows[start : start + batch])
        self.rewrite_holds(movements if new_files else self._movements(list(movements)), ids)

    def rewrite_holds(self, movements: dict[int, list[Movement]], ids: dict[str, int]) -> None:
        file_ids = list(movements)
        mark(self.session, file_ids)
        for start in range(0, len(file_ids), 500):
            chunk = file_ids[start : start + 500]
            self.session.execute(delete(HoldRow).where(HoldRow.file_id.in_(chunk)))
        rows = [
            _hold_row(file_id, hold, ids)
            for file_id, moves in movements.items()
            for hold in derive_holds(moves)
        ]
        for start in range(0, len(rows), 20_000):
            self.session.execute(insert(HOLD_TABLE), rows[start : start + 20_000])


class DwellRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def hold_counts(
        self,
        as_of: date,
        *,
        nationality: str | None = None,
        state: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[HoldCount]:
        """Holds grouped by desk and length in days as of `as_of` (open ones counted to it).

        Filters: the file's home country (verified, else claimed, else recorded by the court),
        the state of its prison, and holds starting within [since, until].
        """
        today = as_of.toordinal()
        finished = (
            select(
                HoldRow.desk_id,
                HoldRow.days,
                literal(False),
                func.count(),
                func.sum(case((HoldRow.ended_by == "returned", 1), else_=0)),
                func.sum(case((HoldRow.comeback, 1), else_=0)),
            )
            .where(HoldRow.end_day <= today)
            .group_by(HoldRow.desk_id, HoldRow.days)
        )
        # Open on the day: never finished, or finished only later.
        still_open = (
            select(
                HoldRow.desk_id,
                today - HoldRow.start_day,
                literal(True),
                func.count(),
                literal(0),
                func.sum(case((HoldRow.comeback, 1), else_=0)),
            )
            .where(or_(HoldRow.end_day.is_(None), HoldRow.end_day > today))
            .group_by(HoldRow.desk_id, HoldRow.start_day)
        )
        codes = {desk_id: code for code, desk_id in DeskRepository(self.session).ids().items()}
        # The files filter is a subquery, so the holds are still read from the covering index.
        files = None
        if nationality or state:
            files = select(FileRow.id)
            if nationality:
                home = func.coalesce(
                    FileRow.verified_nationality,
                    FileRow.claimed_nationality,
                    FileRow.court_nationality,
                )
                files = files.where(home == nationality)
            if state:
                files = files.where(func.lower(FileRow.state) == state.casefold())
        counts = []
        for query in (finished, still_open):
            query = query.where(HoldRow.start_day <= today)
            if files is not None:
                query = query.where(HoldRow.file_id.in_(files))
            if since:
                query = query.where(HoldRow.start_day >= since.toordinal())
            if until:
                query = query.where(HoldRow.start_day <= until.toordinal())
            counts += [
                HoldCount(codes[desk_id], int(length), bool(is_open), holds, int(ret), int(back))
                for desk_id, length, is_open, holds, ret, back in self.session.execute(query)
            ]
        return counts


def _hold_row(file_id: int, hold: Hold, ids: dict[str, int]) -> dict[str, Any]:
    return {
        "file_id": file_id,
        "desk_id": ids[hold.desk],
        "start": hold.start,
        "end": hold.end,
        "start_day": hold.start.toordinal(),
        "end_day": hold.end.toordinal() if hold.end else None,
        "days": (hold.end - hold.start).days if hold.end else None,
        "ended_by": hold.ended_by.value if hold.ended_by else None,
        "comeback": hold.comeback,
    }
