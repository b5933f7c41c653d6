"""A file's orders of courts and human rights commissions, with the form that records,
corrects or deletes one.

Orders are their own records, written at once by their service apart from the file's Save
button; the flag `order-overdue` follows in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.desks import Desk
from repatriate.domain.errors import FieldError, InvalidInput
from repatriate.domain.orders import Order
from repatriate.services.database import Database
from repatriate.ui.dialogs import ask_yes
from repatriate.ui.inputs import DateInput
from repatriate.ui.panel_base import DeskChoice, PanelBase
from repatriate.ui.tables import RowsModel, selected_row, sort_proxy, table_view, value_column


def typed_date(field: str, edit: DateInput) -> date | None:
    """The date typed in `edit`, None if empty; InvalidInput naming `field` if it is not one."""
    try:
        return edit.value()
    except ValueError as exc:
        raise InvalidInput([FieldError(field, edit.text(), str(exc))]) from None


def required_date(field: str, edit: DateInput) -> date:
    day = typed_date(field, edit)
    if day is None:
        raise InvalidInput(
            [
                FieldError(
                    field,
                    "",
                    QCoreApplication.translate("FileEditor", "required: a date as YYYY-MM-DD"),
                )
            ]
        )
    return day


class RecordsPanel(PanelBase):
    """A table of one kind of record of the file beside the form that adds, corrects or
    deletes the one chosen: the Orders, RTI and Travel documents panels."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.hint.setText(
            QCoreApplication.translate(
                "RecordsPanel", "Save the new file first: its records need a saved file."
            )
        )
        self.add_button = QPushButton(QCoreApplication.translate("RecordsPanel", "&Add"))
        self.save_button = QPushButton(QCoreApplication.translate("RecordsPanel", "Save &changes"))
        self.delete_button = QPushButton(QCoreApplication.translate("RecordsPanel", "&Delete…"))
        self.clear_button = QPushButton(QCoreApplication.translate("RecordsPanel", "&New"))
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save_changes)
        self.delete_button.clicked.connect(self.delete)
        self.clear_button.clicked.connect(self.clear_form)
        self.dialog: QMessageBox | None = None

    def buttons(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.save_button, self.delete_button, self.clear_button):
            layout.addWidget(button)
        return row

    def set_up(self, table: QTableView, title: str, form: QGroupBox) -> None:
        self.table = table
        table.selectionModel().selectionChanged.connect(self._chosen)
        records = QWidget()
        records_layout = QVBoxLayout(records)
        records_layout.setContentsMargins(0, 0, 0, 0)
        records_layout.addWidget(QLabel(f"<b>{title}</b>"))
        records_layout.addWidget(table, 1)
        forms = QWidget()
        forms_layout = QVBoxLayout(forms)
        forms_layout.setContentsMargins(0, 0, 0, 0)
        forms_layout.addWidget(form)
        forms_layout.addWidget(self.error)
        forms_layout.addWidget(self.buttons())
        forms_layout.addStretch(1)
        self.lay_out(records, forms)

    def _chosen(self, *_: object) -> None:
        chosen = self.chosen_id() is not None
        self.save_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        if chosen:
            self.fill_form()

    def show_records(self, ref: str | None, desks: Sequence[Desk]) -> None:
        """The records of a saved file; None for a file not saved yet."""
        self.ref = ref
        self.hint.setVisible(ref is None)
        self.content.setEnabled(ref is not None)
        self.error.hide()
        self.desks = {d.code: d for d in desks}
        self.set_desks(sorted(desks, key=lambda d: d.code))
        self.load()
        self.clear_form()

    def written(self, write: Callable[[str], object]) -> bool:
        done = self.run(write)
        if done:
            self.load()
            self.clear_form()
        return done

    def confirm(self, what: str, write: Callable[[str], object]) -> None:
        self.dialog = ask_yes(
            self,
            QCoreApplication.translate("RecordsPanel", "Delete"),
            QCoreApplication.translate(
                "RecordsPanel", "Delete %1? It was recorded by mistake."
            ).replace("%1", what),
            lambda: self.written(write),
        )

    # What each panel defines.
    def set_desks(self, desks: Sequence[Desk]) -> None:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError

    def chosen_id(self) -> int | None:
        raise NotImplementedError

    def fill_form(self) -> None:
        raise NotImplementedError

    def clear_form(self) -> None:
        self.table.clearSelection()

    def add(self) -> bool:
        raise NotImplementedError

    def save_changes(self) -> bool:
        raise NotImplementedError

    def delete(self) -> None:
        raise NotImplementedError


class OrdersPanel(RecordsPanel):
    """The orders on the file: who ordered what, against which desk, by when, and whether it
    was complied with."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        today = date.today()
        self.orders: RowsModel[Order] = RowsModel(
            [
                value_column(self.tr("Comply by"), lambda o: o.comply_by),
                value_column(self.tr("Ordered by"), lambda o: o.by),
                value_column(self.tr("Order of"), lambda o: o.on),
                value_column(self.tr("Against"), lambda o: self.desk_name(o.desk)),
                value_column(self.tr("Directs"), lambda o: o.directs),
                value_column(self.tr("Complied on"), lambda o: o.complied_on),
                value_column(self.tr("Days overdue"), lambda o: o.overdue_days(today) or ""),
            ],
            self,
        )
        table = table_view(sort_proxy(self.orders), self.tr("Orders"), fit_columns=False)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.by = QLineEdit()
        self.by.setAccessibleName(self.tr("Ordered by"))
        self.by.setPlaceholderText(self.tr("e.g. High Court of Calcutta, NHRC"))
        self.on = DateInput()
        self.on.setAccessibleName(self.tr("Date of the order"))
        self.directs = QPlainTextEdit()
        self.directs.setAccessibleName(self.tr("What it directs"))
        self.directs.setTabChangesFocus(True)
        self.comply_by = DateInput()
        self.comply_by.setAccessibleName(self.tr("Comply by"))
        self.desk = DeskChoice(optional=True)
        self.desk.setAccessibleName(self.tr("Against desk"))
        self.complied_on = DateInput()
        self.complied_on.setAccessibleName(self.tr("Complied on"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        box = QGroupBox(self.tr("Order"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Ordered &by"), self.by)
        form.addRow(self.tr("&Order of"), self.on)
        form.addRow(self.tr("Di&rects"), self.directs)
        form.addRow(self.tr("Comply b&y"), self.comply_by)
        form.addRow(self.tr("Against des&k"), self.desk)
        form.addRow(self.tr("Com&plied on"), self.complied_on)
        form.addRow(self.tr("No&te"), self.note)
        self.set_up(table, self.tr("Orders of courts and commissions"), box)
        self.show_records(None, [])

    def set_desks(self, desks: Sequence[Desk]) -> None:
        self.desk.set_desks(desks)

    def load(self) -> None:
        self.orders.set_rows(self.db.orders.orders(self.ref) if self.ref else [])

    def chosen(self) -> Order | None:
        return selected_row(self.table, self.orders)

    def chosen_id(self) -> int | None:
        chosen = self.chosen()
        return chosen.id if chosen else None

    def fill_form(self) -> None:
        order = self.chosen()
        if order is None:
            return
        self.by.setText(order.by)
        self.on.show_value(order.on)
        self.directs.setPlainText(order.directs)
        self.comply_by.show_value(order.comply_by)
        self.desk.set_code(order.desk)
        self.complied_on.show_value(order.complied_on)
        self.note.setText(order.note)

    def clear_form(self) -> None:
        super().clear_form()
        for edit in (self.by, self.on, self.comply_by, self.complied_on, self.note):
            edit.clear()
        self.directs.clear()
        self.desk.set_code("")

    def form_order(self, order_id: int | None) -> Order:
        return Order(
            by=self.by.text(),
            on=required_date("on", self.on),
            directs=self.directs.toPlainText(),
            comply_by=required_date("by-date", self.comply_by),
            desk=self.desk.code(),
            complied_on=typed_date("complied", self.complied_on),
            note=self.note.text(),
            id=order_id,
        )

    def add(self) -> bool:
        return self.written(lambda ref: self.db.orders.add(ref, self.form_order(None)))

    def save_changes(self) -> bool:
        order_id = self.chosen_id()
        if order_id is None:
            return False
        return self.written(lambda ref: self.db.orders.correct(ref, self.form_order(order_id)))

    def delete(self) -> None:
        order = self.chosen()
        if order is None or order.id is None:
            return
        order_id = order.id
        self.confirm(
            self.tr("the order of %1 of %2").replace("%1", order.by).replace("%2", str(order.on)),
            lambda ref: self.db.orders.delete(ref, order_id),
        )
