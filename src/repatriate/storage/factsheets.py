"""What fact sheets need from the database: the files an embassy's batch may take, and the
recorded overrides of the risk on return."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from repatriate.domain.errors import NotFound, no_such_file
from repatriate.domain.factsheets import RiskOverride
from repatriate.domain.prisoner import Status
from repatriate.storage.tables import DeskRow, FactSheetOverrideRow, FileRow


class FactSheetRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def nationals_held(self, country: str, as_of: date, overstaying: bool) -> list[str]:
        """The refs of files held on `as_of` whose nationality may be `country`: verified as
        it, or not verified and claimed or recorded by the court as it (the caller decides
        which of those go on the sheet). With `overstaying`, only those past their release
        date."""
        held = [s.value for s in Status if s.still_held]
        query = select(FileRow.ref).where(
            or_(
                FileRow.verified_nationality == country,
                and_(
                    FileRow.verified_nationality.is_(None),
                    or_(
                        FileRow.claimed_nationality == country,
                        FileRow.court_nationality == country,
                    ),
                ),
            ),
            or_(
                and_(
                    FileRow.released_on.is_(None),
                    or_(FileRow.status.is_(None), FileRow.status.in_(held)),
                ),
                FileRow.released_on > as_of,
            ),
        )
        if overstaying:
            query = query.where(FileRow.release_due < as_of)
        return list(self.session.scalars(query.order_by(FileRow.ref)))

    def add_override(self, ref: str, desk_code: str, reason: str, decided_by: str) -> RiskOverride:
        file_id = self.session.scalar(select(FileRow.id).where(FileRow.ref == ref))
        if file_id is None:
            raise no_such_file(ref)
        desk_id = self.session.scalar(select(DeskRow.id).where(DeskRow.code == desk_code))
        if desk_id is None:
            raise NotFound(f"desk: {desk_code}: no such desk")
        row = FactSheetOverrideRow(
            file_id=file_id, desk_id=desk_id, reason=reason, decided_by=decided_by
        )
        self.session.add(row)
        self.session.flush()
        self.session.refresh(row)
        return RiskOverride(row.reason, row.recorded_at, desk_code, row.decided_by)

    def overrides(self, refs: Iterable[str]) -> dict[str, list[RiskOverride]]:
        """Every override recorded for each of the files that have one, oldest first."""
        wanted = list(refs)
        found: dict[str, list[RiskOverride]] = {}
        for start in range(0, len(wanted), 500):
            rows = self.session.execute(
                select(
                    FileRow.ref,
                    FactSheetOverrideRow.reason,
                    FactSheetOverrideRow.recorded_at,
                    DeskRow.code,
                    FactSheetOverrideRow.decided_by,
                )
                .join(FileRow, FileRow.id == FactSheetOverrideRow.file_id)
                .outerjoin(DeskRow, DeskRow.id == FactSheetOverrideRow.desk_id)
                .where(FileRow.ref.in_(wanted[start : start + 500]))
                .order_by(FactSheetOverrideRow.recorded_at, FactSheetOverrideRow.id)
            )
            for ref, reason, at, desk, by in rows:
                found.setdefault(ref, []).append(RiskOverride(reason, at, desk, by))
        return found

    def opened_desks(self, refs: Iterable[str]) -> dict[str, frozenset[str]]:
        """For each file, the desks an override has opened."""
        return {
            ref: frozenset(o.desk for o in recorded if o.desk)
            for ref, recorded in self.overrides(refs).items()
        }
