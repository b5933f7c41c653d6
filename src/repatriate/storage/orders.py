"""Orders of courts and human rights commissions on files (`OrderRow`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from repatriate.domain.errors import NotFound
from repatriate.domain.orders import Order
from repatriate.storage.file_records import FileRecords
from repatriate.storage.tables import FileRow, OrderRow

_CHUNK = 500


def _order(row: OrderRow, codes: dict[int, str]) -> Order:
    return Order(
        by=row.by,
        on=row.on,
        directs=row.directs,
        comply_by=row.comply_by,
        desk=codes.get(row.desk_id, "") if row.desk_id is not None else "",
        complied_on=row.complied_on,
        note=row.note,
        id=row.id,
    )


class OrderRepository(FileRecords):
    def _row(self, ref: str, order_id: int) -> OrderRow:
        return self._owned(OrderRow, ref, order_id, f"order: {order_id}: no such order on {ref}")

    def _fill(self, row: OrderRow, order: Order) -> None:
        row.desk_id = self._desk_ids()[order.desk] if order.desk else None
        row.by = order.by
        row.on = order.on
        row.directs = order.directs
        row.comply_by = order.comply_by
        row.complied_on = order.complied_on
        row.note = order.note

    def add(self, ref: str, order: Order) -> Order:
        row = OrderRow(file_id=self._file_id(ref))
        self._fill(row, order)
        self.session.add(row)
        self.session.flush()
        return _order(row, self._codes())

    def update(self, ref: str, order: Order) -> Order:
        row = self._row(ref, order.id or 0)
        self._fill(row, order)
        self.session.flush()
        return _order(row, self._codes())

    def delete(self, ref: str, order_id: int) -> Order:
        row = self._row(ref, order_id)
        gone = _order(row, self._codes())
        self.session.delete(row)
        self.session.flush()
        return gone

    def get(self, ref: str, order_id: int) -> Order:
        return _order(self._row(ref, order_id), self._codes())

    def of_file(self, ref: str) -> list[Order]:
        query = (
            select(OrderRow)
            .where(OrderRow.file_id == self._file_id(ref))
            .order_by(OrderRow.comply_by, OrderRow.id)
        )
        codes = self._codes()
        return [_order(row, codes) for row in self.session.scalars(query)]

    def find(self, order_id: int) -> tuple[str, Order]:
        """The order with this id, and the ref of its file, whichever file it is on."""
        found = self.session.execute(
            select(OrderRow, FileRow.ref)
            .join(FileRow, FileRow.id == OrderRow.file_id)
            .where(OrderRow.id == order_id)
        ).first()
        if found is None:
            raise NotFound(f"order: {order_id}: no such order")
        row, ref = found
        return ref, _order(row, self._codes())

    def of_files(self, file_ids: Sequence[int] | None) -> dict[int, list[Order]]:
        """The orders of these files (every file: None), by file id."""
        query = select(OrderRow).order_by(OrderRow.comply_by, OrderRow.id)
        queries = (
            [query]
            if file_ids is None
            else [
                query.where(OrderRow.file_id.in_(file_ids[start : start + _CHUNK]))
                for start in range(0, len(file_ids), _CHUNK)
            ]
        )
        codes = self._codes()
        found: dict[int, list[Order]] = {}
        for each in queries:
            for row in self.session.scalars(each):
                found.setdefault(row.file_id, []).append(_order(row, codes))
        return found

    def open_due(self, until: date) -> list[tuple[str, str, Order]]:
        """Orders not complied with whose date to comply by is on or before `until`, with
        their file's ref and name, by date."""
        query = (
            select(OrderRow, FileRow.ref, FileRow.name)
            .join(FileRow, FileRow.id == OrderRow.file_id)
            .where(OrderRow.complied_on.is_(None), OrderRow.comply_by <= until)
            .order_by(OrderRow.comply_by, FileRow.ref, OrderRow.id)
        )
        codes = self._codes()
        return [(ref, name, _order(row, codes)) for row, ref, name in self.session.execute(query)]
