"""RTI applications on files: recorded with an audit entry, their due dates counted on the
statutory clocks at the office's calendar (`services.deadlines.due`: India's and the desk's
state's public holidays), and the flag `rti-overdue` assessed in the same unit of work."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from repatriate.domain.audit import AuditAction
from repatriate.domain.errors import InvalidInput
from repatriate.domain.rti import RtiApplication, RtiClocks, rti_clocks, rti_errors
from repatriate.services import audit
from repatriate.services.deadlines import due
from repatriate.services.desks import DeskService
from repatriate.storage.rti import RtiRepository
from repatriate.storage.store import Store

Offices = Mapping[str, tuple[str, str]]
"""Each desk's country and state by its code."""


def clocks_at(application: RtiApplication, offices: Offices) -> RtiClocks:
    """The application's due dates at its desk's office. RTI runs against Indian public
    authorities: an office with no state keeps India's national holidays."""
    _, state = offices.get(application.desk, ("IN", ""))
    return rti_clocks(application, lambda code, start: due(code, start, "IN", state or None))


@dataclass(frozen=True, slots=True)
class RtiStanding:
    """An application with its due dates."""

    application: RtiApplication
    clocks: RtiClocks


class RtiService:
    def __init__(self, store: Store, desks: DeskService) -> None:
        self.store = store
        self.desks = desks

    def _checked(self, application: RtiApplication, today: date | None) -> RtiApplication:
        errors = rti_errors(application, today or date.today())
        if errors:
            raise InvalidInput(errors)
        code = self.desks.find(application.desk).code
        return replace(application.cleaned(), desk=code)

    def add(
        self, ref: str, application: RtiApplication, *, today: date | None = None
    ) -> RtiStanding:
        """Record an RTI application on the file `ref`."""
        checked = self._checked(replace(application, id=None), today)
        with self.store.unit_of_work() as session:
            repository = RtiRepository(session)
            saved = repository.add(ref, checked)
            audit.record(session, AuditAction.RTI, ref, f"added {saved.id} {saved.desk}")
            return RtiStanding(saved, clocks_at(saved, repository.offices()))

    def correct(
        self, ref: str, application: RtiApplication, *, today: date | None = None
    ) -> RtiStanding:
        """Replace what was recorded of the application `application.id` (a reply came, an
        appeal was filed or decided)."""
        checked = self._checked(application, today)
        with self.store.unit_of_work() as session:
            repository = RtiRepository(session)
            saved = repository.update(ref, checked)
            audit.record(session, AuditAction.RTI, ref, f"corrected {saved.id}")
            return RtiStanding(saved, clocks_at(saved, repository.offices()))

    def delete(self, ref: str, application_id: int) -> None:
        with self.store.unit_of_work() as session:
            RtiRepository(session).delete(ref, application_id)
            audit.record(session, AuditAction.RTI, ref, f"deleted {application_id}")

    def applications(self, ref: str) -> list[RtiStanding]:
        """The file's applications, oldest first, each with its due dates."""
        with self.store.unit_of_work() as session:
            repository = RtiRepository(session)
            found, offices = repository.of_file(ref), repository.offices()
        return [RtiStanding(a, clocks_at(a, offices)) for a in found]
