"""Add a desk or edit one, with the officers it has had."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.desks import DEFAULT_EXPECTED_DAYS, Desk, Officer, Role
from repatriate.domain.errors import FieldError, InvalidInput, RepatriateError
from repatriate.services.codes import country_code
from repatriate.services.database import Database
from repatriate.services.desks import desk_problems
from repatriate.ui.tables import ERROR_COLOUR, ROOT, Index
from repatriate.ui.words import word

# One e-mail address, no spaces, a dot in the domain: enough to catch a typing slip without
# refusing the unusual addresses of foreign ministries.
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class OfficersModel(QAbstractTableModel):
    """The officers a desk has had, edited as text; dates as ISO dates (2025-04-01)."""

    COLUMNS = ("name", "title", "since", "until", "phone", "email")

    def __init__(self, officers: Sequence[Officer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[list[str]] = [
            [
                o.name,
                o.title,
                o.since.isoformat() if o.since else "",
                o.until.isoformat() if o.until else "",
                o.phone,
                o.email,
            ]
            for o in officers
        ]

    def title(self, column: int) -> str:
        return (
            QCoreApplication.translate("DesksPage", "Name"),
            QCoreApplication.translate("DesksPage", "Title"),
            QCoreApplication.translate("DesksPage", "Since"),
            QCoreApplication.translate("DesksPage", "Until"),
            QCoreApplication.translate("DesksPage", "Phone"),
            QCoreApplication.translate("DesksPage", "E-mail"),
        )[column]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.title(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[index.column()] in (
            "since",
            "until",
        ):
            return QCoreApplication.translate(
                "DesksPage", "A date such as 2025-04-01; leave empty if not known"
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][index.column()] = str(value).strip()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def add_officer(self) -> QModelIndex:
        row = len(self.rows)
        self.beginInsertRows(ROOT, row, row)
        self.rows.append([""] * len(self.COLUMNS))
        self.endInsertRows()
        return self.index(row, 0)

    def remove_officer(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(ROOT, row, row)
            del self.rows[row]
            self.endRemoveRows()

    def officers(self) -> tuple[tuple[Officer, ...], list[FieldError]]:
        """The officers, and what is wrong with them, named by row and column."""
        officers, errors = [], []
        for number, (name, title, since, until, phone, email) in enumerate(self.rows, start=1):
            if not any((name, title, since, until, phone, email)):
                continue

            def field(column: str, row: int = number) -> str:
                return (
                    QCoreApplication.translate("DesksPage", "Officer %1, %2")
                    .replace("%1", str(row))
                    .replace("%2", self.title(self.COLUMNS.index(column)).lower())
                )

            if not name:
                errors.append(
                    FieldError(
                        field("name"), name, QCoreApplication.translate("DesksPage", "required")
                    )
                )
            days: list[date | None] = []
            for column, text in (("since", since), ("until", until)):
                try:
                    days.append(date.fromisoformat(text) if text else None)
                except ValueError:
                    errors.append(
                        FieldError(
                            field(column),
                            text,
                            QCoreApplication.translate(
                                "DesksPage", "not a date such as 2025-04-01"
                            ),
                        )
                    )
                    days.append(None)
            start, end = days
            if start and end and end < start:
                errors.append(
                    FieldError(
                        field("until"),
                        until,
                        QCoreApplication.translate("DesksPage", "before the since date"),
                    )
                )
            if email and not EMAIL.match(email):
                errors.append(
                    FieldError(
                        field("email"),
                        email,
                        QCoreApplication.translate("DesksPage", "not an e-mail address"),
                    )
                )
            officers.append(Officer(name, title, start, end, phone, email))
        return tuple(officers), errors


class DeskDialog(QDialog):
    """Add a desk or edit one: every field of the desk and its officers. Saves through the
    service and stays open with the problems listed while anything is wrong."""

    saved = Signal(object)
    """The desk as stored."""

    def __init__(self, db: Database, desk: Desk | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.desk = desk
        self.setWindowTitle(self.tr("Edit desk") if desk else self.tr("Add desk"))
        shown = desk or Desk(code="", name="", organisation="", role=Role.OTHER)
        self.code = QLineEdit(shown.code)
        self.code.setPlaceholderText(self.tr("e.g. EMB-BD"))
        self.name = QLineEdit(shown.name)
        self.organisation = QLineEdit(shown.organisation)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(word(role), role)
        self.role.setCurrentIndex(self.role.findData(shown.role))
        self.country = QLineEdit(shown.country)
        self.country.setToolTip(self.tr("Where the desk is: an ISO code such as IN, or a name"))
        self.serves = QLineEdit(", ".join(shown.serves))
        self.serves.setToolTip(
            self.tr("Countries it deals with, separated by commas (codes such as BD, or names)")
        )
        self.state = QLineEdit(shown.state)
        self.division = QLineEdit(shown.division)
        self.city = QLineEdit(shown.city)
        self.address = QPlainTextEdit(shown.address)
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit(shown.phone)
        self.email = QLineEdit(shown.email)
        self.expected_days = QSpinBox()
        self.expected_days.setRange(1, 3650)
        self.expected_days.setValue(shown.expected_days or DEFAULT_EXPECTED_DAYS)
        self.expected_days.setToolTip(
            self.tr("How long the desk should hold a file; longer than this, the file is stalled")
        )
        self.notes = QPlainTextEdit(shown.notes)
        self.notes.setTabChangesFocus(True)
        self.source = QLineEdit(shown.source)
        for box in (self.address, self.notes):
            box.setMaximumHeight(self.fontMetrics().height() * 4)

        self.officers = OfficersModel(shown.officers, self)
        self.officer_table = QTableView()
        self.officer_table.setModel(self.officers)
        self.officer_table.setAccessibleName(self.tr("Officers"))
        self.officer_table.verticalHeader().hide()
        self.officer_table.horizontalHeader().setStretchLastSection(True)
        self.officer_table.setTabKeyNavigation(False)
        self.officer_table.setMinimumHeight(self.fontMetrics().height() * 6)
        add_officer = QPushButton(self.tr("Add o&fficer"))
        add_officer.clicked.connect(self.add_officer)
        remove_officer = QPushButton(self.tr("&Remove officer"))
        remove_officer.clicked.connect(self.remove_officer)

        self.labels: dict[str, str] = {}
        left, right = QFormLayout(), QFormLayout()
        for form, rows in (
            (
                left,
                (
                    ("code", self.tr("&Code"), self.code),
                    ("name", self.tr("&Name"), self.name),
                    ("organisation", self.tr("&Organisation"), self.organisation),
                    ("role", self.tr("Ro&le"), self.role),
                    ("country", self.tr("Countr&y"), self.country),
                    ("serves", self.tr("Deals &with"), self.serves),
                    ("state", self.tr("Indian &state"), self.state),
                    ("division", self.tr("Di&vision"), self.division),
                ),
            ),
            (
                right,
                (
                    ("city", self.tr("C&ity"), self.city),
                    ("address", self.tr("&Address"), self.address),
                    ("phone", self.tr("&Phone"), self.phone),
                    ("email", self.tr("&E-mail"), self.email),
                    ("expected_days", self.tr("E&xpected days"), self.expected_days),
                    ("notes", self.tr("No&tes"), self.notes),
                    ("source", self.tr("So&urce"), self.source),
                ),
            ),
        ):
            for key, label, widget in rows:
                form.addRow(label, widget)
                self.labels[key] = label.replace("&", "")
        self.widgets: dict[str, QWidget] = {
            "code": self.code,
            "name": self.name,
            "organisation": self.organisation,
            "country": self.country,
            "serves": self.serves,
            "email": self.email,
            "expected_days": self.expected_days,
        }
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        officer_buttons = QHBoxLayout()
        officer_buttons.addWidget(QLabel(self.tr("Officers (dates as 2025-04-01)")), 1)
        officer_buttons.addWidget(add_officer)
        officer_buttons.addWidget(remove_officer)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(officer_buttons)
        layout.addWidget(self.officer_table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().height() * 60, self.sizeHint().height())

    def add_officer(self) -> None:
        index = self.officers.add_officer()
        self.officer_table.setCurrentIndex(index)
        self.officer_table.edit(index)

    def remove_officer(self) -> None:
        self.officers.remove_officer(self.officer_table.currentIndex().row())

    def entered(self) -> tuple[Desk, list[FieldError]]:
        """The desk as typed, and what is wrong with it beyond what the service checks."""
        errors: list[FieldError] = []

        def code_of(text: str, field: str) -> str:
            try:
                return country_code(text)
            except ValueError as exc:
                errors.append(FieldError(field, text, str(exc)))
                return text.strip()

        country = code_of(self.country.text(), "country") if self.country.text().strip() else ""
        serves = tuple(
            code_of(part, "serves") for part in self.serves.text().split(",") if part.strip()
        )
        email = self.email.text().strip()
        if email and not EMAIL.match(email):
            errors.append(FieldError("email", email, self.tr("not an e-mail address")))
        officers, officer_errors = self.officers.officers()
        desk = Desk(
            code=self.code.text().strip(),
            name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            role=Role(self.role.currentData()),
            country=country,
            serves=serves,
            state=self.state.text().strip(),
            division=self.division.text().strip(),
            city=self.city.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=email,
            expected_days=self.expected_days.value(),
            notes=self.notes.toPlainText().strip(),
            source=self.source.text().strip(),
            officers=officers,
            id=self.desk.id if self.desk else None,
        )
        if not country:
            errors.append(FieldError("country", "", self.tr("required (IN for a desk in India)")))
        # Country names were turned into codes (or reported) above; the service's own check
        # of the codes would only report the same ones again.
        checked = desk_problems(replace(desk, country="IN", serves=()))
        return desk, errors + checked + officer_errors

    def save(self) -> None:
        desk, errors = self.entered()
        if not errors:
            try:
                stored = self.db.desks.save(desk) if self.desk else self.db.desks.add(desk)
            except InvalidInput as exc:
                errors = list(exc.errors)
            except RepatriateError as exc:
                self.show_problems([], str(exc))
                return
            else:
                self.saved.emit(stored)
                self.accept()
                return
        self.show_problems(errors)

    def show_problems(self, errors: Sequence[FieldError], message: str = "") -> None:
        order = list(self.labels)
        errors = sorted(
            errors, key=lambda e: order.index(e.field) if e.field in order else len(order)
        )
        lines = [
            self.tr("%1: “%2” — %3")
            .replace("%1", self.labels.get(e.field, e.field))
            .replace("%2", e.value)
            .replace("%3", e.reason)
            for e in errors
        ]
        if message:
            lines.append(message)
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        wrong = {e.field for e in errors}
        for field, widget in self.widgets.items():
            widget.setStyleSheet(f"border: 1px solid {ERROR_COLOUR}" if field in wrong else "")
        first = next((self.widgets[e.field] for e in errors if e.field in self.widgets), None)
        if first is not None:
            first.setFocus()
        elif any(e.field not in self.labels for e in errors):
            self.officer_table.setFocus()
