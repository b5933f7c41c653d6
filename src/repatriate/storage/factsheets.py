"""What fact sheets need from the database: the files an embassy's batch may take, and the
recorded overrides of the risk on return."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from repatriate.domain.errors import NotFound
from repatriate.domain.factsheets import RiskOverride
from repatriate.domain.prisoner import Status
from repatriate.storage.tables import FactSheetOverrideRow, FileRow


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

    def add_override(self, ref: str, reason: str) -> RiskOverride:
        file_id = self.session.scalar(select(FileRow.id).where(FileRow.ref == ref))
        if file_id is None:
            raise NotFound(f"ref: {ref}: no such file")
        row = FactSheetOverrideRow(file_id=file_id, reason=reason)
        self.session.add(row)
        self.session.flush()
        self.session.refresh(row)
        return RiskOverride(row.reason, row.recorded_at)

    def overrides(self, refs: Iterable[str]) -> dict[str, RiskOverride]:
        """The latest override recorded for each of the files that have one."""
        wanted = list(refs)
        found: dict[str, RiskOverride] = {}
        for start in range(0, len(wanted), 500):
            rows = self.session.execute(
                select(FileRow.ref, FactSheetOverrideRow.reason, FactSheetOverrideRow.recorded_at)
                .join(FileRow, FileRow.id == FactSheetOverrideRow.file_id)
                .where(FileRow.ref.in_(wanted[start : start + 500]))
                .order_by(FactSheetOverrideRow.recorded_at, FactSheetOverrideRow.id)
            )
            found.update({ref: RiskOverride(reason, at) for ref, reason, at in rows})
        return found
