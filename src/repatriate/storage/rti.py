"""RTI applications on files (`RtiRow`)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from repatriate.domain.rti import RtiApplication
from repatriate.storage.file_records import FileRecords
from repatriate.storage.tables import DeskRow, RtiRow

_CHUNK = 500
_FIELDS = (
    "pio",
    "subject",
    "filed_on",
    "received_on",
    "life_or_liberty",
    "reply_on",
    "first_appeal_on",
    "first_appeal_decided_on",
    "second_appeal_on",
    "note",
)


def _application(row: RtiRow, codes: dict[int, str]) -> RtiApplication:
    values = {name: getattr(row, name) for name in _FIELDS}
    return RtiApplication(desk=codes.get(row.desk_id, ""), id=row.id, **values)


class RtiRepository(FileRecords):
    def _row(self, ref: str, application_id: int) -> RtiRow:
        return self._owned(
            RtiRow, ref, application_id, f"rti: {application_id}: no such RTI application on {ref}"
        )

    def _fill(self, row: RtiRow, application: RtiApplication) -> None:
        row.desk_id = self._desk_ids()[application.desk]
        for name in _FIELDS:
            setattr(row, name, getattr(application, name))

    def add(self, ref: str, application: RtiApplication) -> RtiApplication:
        row = RtiRow(file_id=self._file_id(ref))
        self._fill(row, application)
        self.session.add(row)
        self.session.flush()
        return _application(row, self._codes())

    def update(self, ref: str, application: RtiApplication) -> RtiApplication:
        row = self._row(ref, application.id or 0)
        self._fill(row, application)
        self.session.flush()
        return _application(row, self._codes())

    def delete(self, ref: str, application_id: int) -> None:
        self.session.delete(self._row(ref, application_id))
        self.session.flush()

    def of_file(self, ref: str) -> list[RtiApplication]:
        query = (
            select(RtiRow)
            .where(RtiRow.file_id == self._file_id(ref))
            .order_by(RtiRow.filed_on, RtiRow.id)
        )
        codes = self._codes()
        return [_application(row, codes) for row in self.session.scalars(query)]

    def offices(self) -> dict[str, tuple[str, str]]:
        """Each desk's country and state by its code: the calendar its clocks run on."""
        query = select(DeskRow.code, DeskRow.country, DeskRow.state)
        return {code: (country, state) for code, country, state in self.session.execute(query)}

    def of_files(self, file_ids: Sequence[int] | None) -> dict[int, list[RtiApplication]]:
        """The applications of these files (every file: None), by file id."""
        query = select(RtiRow).order_by(RtiRow.filed_on, RtiRow.id)
        queries = (
            [query]
            if file_ids is None
            else [
                query.where(RtiRow.file_id.in_(file_ids[start : start + _CHUNK]))
                for start in range(0, len(file_ids), _CHUNK)
            ]
        )
        codes = self._codes()
        found: dict[int, list[RtiApplication]] = {}
        for each in queries:
            for row in self.session.scalars(each):
                found.setdefault(row.file_id, []).append(_application(row, codes))
        return found
