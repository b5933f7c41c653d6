"""The family contacts of a prisoner file: an editable table of relatives and how to reach them
(tracing the family is how nationality is verified and a return is arranged)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QObject, Qt

from repatriate.domain.errors import FieldError
from repatriate.domain.prisoner import FamilyContact
from repatriate.ui.tables import ROOT, Index

FAMILY_FIELDS = ("relation", "name", "name_native", "address", "phone", "traced_on", "notes")


def family_titles() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("FileEditor", "Relation"),
        QCoreApplication.translate("FileEditor", "Name"),
        QCoreApplication.translate("FileEditor", "Name in own script"),
        QCoreApplication.translate("FileEditor", "Address"),
        QCoreApplication.translate("FileEditor", "Phone"),
        QCoreApplication.translate("FileEditor", "Traced on"),
        QCoreApplication.translate("FileEditor", "Notes"),
    )


class FamilyModel(QAbstractTableModel):
    """The family contacts as they are being edited: text in every cell, read into contacts
    (with the traced-on date checked) when the file is read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._ids: list[int | None] = []

    def set_contacts(self, contacts: Sequence[FamilyContact]) -> None:
        self.beginResetModel()
        self._rows = [
            [
                c.relation,
                c.name,
                c.name_native,
                c.address,
                c.phone,
                c.traced_on.isoformat() if c.traced_on else "",
                c.notes,
            ]
            for c in contacts
        ]
        self._ids = [c.id for c in contacts]
        self.endResetModel()

    def contacts(self) -> tuple[tuple[FamilyContact, ...], list[FieldError]]:
        contacts = []
        errors = []
        for number, (row, contact_id) in enumerate(zip(self._rows, self._ids, strict=True), 1):
            values = dict(zip(FAMILY_FIELDS, row, strict=True))
            traced = values.pop("traced_on").strip()
            traced_on = None
            if traced:
                try:
                    traced_on = date.fromisoformat(traced)
                except ValueError:
                    errors.append(
                        FieldError(
                            "family",
                            traced,
                            QCoreApplication.translate(
                                "FileEditor", "contact %1, traced on: not a date (YYYY-MM-DD)"
                            ).replace("%1", str(number)),
                        )
                    )
            contacts.append(FamilyContact(**values, traced_on=traced_on, id=contact_id))
        return tuple(contacts), errors

    def add_contact(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(ROOT, row, row)
        self._rows.append([""] * len(FAMILY_FIELDS))
        self._ids.append(None)
        self.endInsertRows()
        return row

    def remove_contact(self, row: int) -> None:
        self.beginRemoveRows(ROOT, row, row)
        del self._rows[row]
        del self._ids[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(FAMILY_FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = family_titles()
            if 0 <= section < len(titles):
                return titles[section]
        return None
