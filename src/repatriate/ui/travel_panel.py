"""A file's travel documents (the checklist for the journey home) and its planned hand-over,
with the forms that record them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from repatriate.domain.desks import Desk
from repatriate.domain.travel import TravelDocument, TravelDocumentKind
from repatriate.services.database import Database
from repatriate.ui.inputs import Choice, DateInput
from repatriate.ui.orders_panel import RecordsPanel, typed_date
from repatriate.ui.panel_base import DeskChoice
from repatriate.ui.tables import RowsModel, selected_row, sort_proxy, table_view, value_column
from repatriate.ui.words import word


class TravelPanel(RecordsPanel):
    """Travel permit, emergency certificate, exit permit and escort order, each with its
    number, dates and issuing desk; and the day the hand-over is planned for."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.documents: RowsModel[TravelDocument] = RowsModel(
            [
                value_column(self.tr("Document"), lambda d: word(d.kind)),
                value_column(self.tr("Number"), lambda d: d.number),
                value_column(self.tr("Issued on"), lambda d: d.issued_on),
                value_column(self.tr("Expires on"), lambda d: d.expires_on),
                value_column(self.tr("Issued by"), lambda d: self.desk_name(d.desk)),
            ],
            self,
        )
        table = table_view(
            sort_proxy(self.documents), self.tr("Travel documents"), fit_columns=False
        )
        table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.kind = Choice([(word(k), k) for k in TravelDocumentKind])
        self.kind.setAccessibleName(self.tr("Document"))
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("Number"))
        self.issued_on = DateInput()
        self.issued_on.setAccessibleName(self.tr("Issued on"))
        self.expires_on = DateInput()
        self.expires_on.setAccessibleName(self.tr("Expires on"))
        self.desk = DeskChoice(optional=True)
        self.desk.setAccessibleName(self.tr("Issued by desk"))
        self.hand_over = DateInput()
        self.hand_over.setAccessibleName(self.tr("Hand-over planned for"))
        self.plan_button = QPushButton(self.tr("&Plan"))
        self.plan_button.setToolTip(
            self.tr("Set the day of the hand-over to the home country (empty: none planned)")
        )
        self.plan_button.clicked.connect(self.plan)
        box = QGroupBox(self.tr("Travel document"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        plan = QWidget()
        plan_layout = QHBoxLayout(plan)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.hand_over, 1)
        plan_layout.addWidget(self.plan_button)
        form.addRow(self.tr("&Hand-over planned for"), plan)
        form.addRow(self.tr("Doc&ument"), self.kind)
        form.addRow(self.tr("N&umber"), self.number)
        form.addRow(self.tr("Issued &on"), self.issued_on)
        form.addRow(self.tr("E&xpires on"), self.expires_on)
        form.addRow(self.tr("Issued by des&k"), self.desk)
        self.set_up(table, self.tr("Travel documents"), box)
        self.show_records(None, [])

    def set_desks(self, desks: Sequence[Desk]) -> None:
        self.desk.set_desks(desks)

    def load(self) -> None:
        self.documents.set_rows(self.db.travel.documents(self.ref) if self.ref else [])
        planned = self.db.travel.hand_over(self.ref) if self.ref else None
        self.hand_over.show_value(planned)

    def chosen(self) -> TravelDocument | None:
        return selected_row(self.table, self.documents)

    def chosen_id(self) -> int | None:
        chosen = self.chosen()
        return chosen.id if chosen else None

    def fill_form(self) -> None:
        document = self.chosen()
        if document is None:
            return
        self.kind.show_value(document.kind)
        self.number.setText(document.number)
        self.issued_on.show_value(document.issued_on)
        self.expires_on.show_value(document.expires_on)
        self.desk.set_code(document.desk)

    def clear_form(self) -> None:
        super().clear_form()
        self.kind.setCurrentIndex(0)
        for edit in (self.number, self.issued_on, self.expires_on):
            edit.clear()
        self.desk.set_code("")

    def form_document(self, document_id: int | None) -> TravelDocument:
        kind = self.kind.value()
        assert isinstance(kind, TravelDocumentKind)
        return TravelDocument(
            kind=kind,
            number=self.number.text(),
            issued_on=typed_date("issued", self.issued_on),
            expires_on=typed_date("expires", self.expires_on),
            desk=self.desk.code(),
            id=document_id,
        )

    def add(self) -> bool:
        return self.written(lambda ref: self.db.travel.add(ref, self.form_document(None)))

    def save_changes(self) -> bool:
        chosen = self.chosen_id()
        if chosen is None:
            return False
        return self.written(lambda ref: self.db.travel.correct(ref, self.form_document(chosen)))

    def delete(self) -> None:
        document = self.chosen()
        if document is None or document.id is None:
            return
        document_id = document.id
        self.confirm(document.label, lambda ref: self.db.travel.delete(ref, document_id))

    def plan(self) -> bool:
        planned: list[date | None] = []

        def write(ref: str) -> None:
            planned.append(typed_date("hand-over", self.hand_over))
            self.db.travel.plan_hand_over(ref, planned[0])

        return self.written(write)
