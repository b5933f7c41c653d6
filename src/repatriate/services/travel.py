"""Travel documents of files and the planned hand-over: recorded with an audit entry, the
flag `travel-document-expiring` assessed in the same unit of work."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from repatriate.domain.audit import AuditAction
from repatriate.domain.errors import InvalidInput
from repatriate.domain.travel import TravelDocument, hand_over_errors, travel_errors
from repatriate.services import audit
from repatriate.services.desks import DeskService
from repatriate.storage.store import Store
from repatriate.storage.travel import TravelRepository


class TravelService:
    def __init__(self, store: Store, desks: DeskService) -> None:
        self.store = store
        self.desks = desks

    def _checked(self, document: TravelDocument, today: date | None) -> TravelDocument:
        errors = travel_errors(document, today or date.today())
        if errors:
            raise InvalidInput(errors)
        code = self.desks.find(document.desk).code if document.desk.strip() else ""
        return replace(document.cleaned(), desk=code)

    def add(
        self, ref: str, document: TravelDocument, *, today: date | None = None
    ) -> TravelDocument:
        checked = self._checked(replace(document, id=None), today)
        with self.store.unit_of_work() as session:
            saved = TravelRepository(session).add(ref, checked)
            audit.record(session, AuditAction.TRAVEL, ref, f"added {saved.kind.value}")
            return saved

    def correct(
        self, ref: str, document: TravelDocument, *, today: date | None = None
    ) -> TravelDocument:
        checked = self._checked(document, today)
        with self.store.unit_of_work() as session:
            saved = TravelRepository(session).update(ref, checked)
            audit.record(session, AuditAction.TRAVEL, ref, f"corrected {saved.kind.value}")
            return saved

    def delete(self, ref: str, document_id: int) -> None:
        with self.store.unit_of_work() as session:
            TravelRepository(session).delete(ref, document_id)
            audit.record(session, AuditAction.TRAVEL, ref, f"deleted {document_id}")

    def documents(self, ref: str) -> list[TravelDocument]:
        with self.store.unit_of_work() as session:
            return TravelRepository(session).of_file(ref)

    def hand_over(self, ref: str) -> date | None:
        """The day the hand-over to the home country is planned for, if one is."""
        with self.store.unit_of_work() as session:
            return TravelRepository(session).hand_over(ref)

    def plan_hand_over(self, ref: str, planned_on: date | None) -> None:
        """Set (or, with None, clear) the day the hand-over is planned for."""
        errors = hand_over_errors(planned_on)
        if errors:
            raise InvalidInput(errors)
        with self.store.unit_of_work() as session:
            TravelRepository(session).set_hand_over(ref, planned_on)
            audit.record(session, AuditAction.TRAVEL, ref, "hand-over planned")
