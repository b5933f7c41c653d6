"""Orders of courts and human rights commissions on files: recorded, corrected, complied with.

Each change is written with its audit entry in one unit of work, and the file's standing (the
flag `order-overdue`) is assessed again before it commits (see `services.standings`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from repatriate.domain.audit import AuditAction
from repatriate.domain.errors import InvalidInput
from repatriate.domain.orders import LATEST, Order, order_errors
from repatriate.services import audit
from repatriate.services.desks import DeskService
from repatriate.storage.orders import OrderRepository
from repatriate.storage.store import Store


class OrderService:
    def __init__(self, store: Store, desks: DeskService) -> None:
        self.store = store
        self.desks = desks

    def _checked(self, order: Order, today: date | None) -> Order:
        """The order with its desk's code as the directory spells it; InvalidInput naming
        every bad field, NotFound for a desk no one has."""
        errors = order_errors(order, today or date.today())
        if errors:
            raise InvalidInput(errors)
        code = self.desks.find(order.desk).code if order.desk.strip() else ""
        return replace(order.cleaned(), desk=code)

    def add(self, ref: str, order: Order, *, today: date | None = None) -> Order:
        """Record an order on the file `ref`."""
        checked = self._checked(replace(order, id=None), today)
        with self.store.unit_of_work() as session:
            saved = OrderRepository(session).add(ref, checked)
            audit.record(session, AuditAction.ORDER, ref, f"added {saved.id} {saved.desk}".strip())
            return saved

    def correct(self, ref: str, order: Order, *, today: date | None = None) -> Order:
        """Replace what was recorded of the order `order.id` on the file `ref`."""
        checked = self._checked(order, today)
        with self.store.unit_of_work() as session:
            saved = OrderRepository(session).update(ref, checked)
            audit.record(session, AuditAction.ORDER, ref, f"corrected {saved.id}")
            return saved

    def complied(self, order_id: int, on: date, *, today: date | None = None) -> tuple[str, Order]:
        """Record that the order was complied with on `on`; returns its file's ref and it."""
        with self.store.unit_of_work() as session:
            ref, order = OrderRepository(session).find(order_id)
        checked = self._checked(replace(order, complied_on=on), today)
        with self.store.unit_of_work() as session:
            saved = OrderRepository(session).update(ref, checked)
            audit.record(session, AuditAction.ORDER, ref, f"complied {saved.id}")
            return ref, saved

    def delete(self, ref: str, order_id: int) -> Order:
        """Delete an order recorded by mistake."""
        with self.store.unit_of_work() as session:
            gone = OrderRepository(session).delete(ref, order_id)
            audit.record(session, AuditAction.ORDER, ref, f"deleted {order_id}")
            return gone

    def orders(self, ref: str) -> list[Order]:
        """The file's orders, by the date to comply by."""
        with self.store.unit_of_work() as session:
            return OrderRepository(session).of_file(ref)

    def open_orders(self, until: date = LATEST) -> list[tuple[str, str, Order]]:
        """Every order not complied with whose date is by `until`, with its file's ref and
        name, by date."""
        with self.store.unit_of_work() as session:
            return OrderRepository(session).open_due(until)
