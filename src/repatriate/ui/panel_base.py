"""What the chain and activities panels of a file share: the desk chooser, the date of a
record, and a panel that writes for a saved file and shows a refusal in one line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.desks import Desk
from repatriate.domain.errors import InvalidInput, RepatriateError
from repatriate.services.database import Database
from repatriate.ui.dates import date_edit
from repatriate.ui.dialogs import ask_yes
from repatriate.ui.inputs import scroll
from repatriate.ui.tables import (
    ERROR_COLOUR,
)


def recorded_date_edit(name: str) -> QDateEdit:
    """Today by default, never in the future (the services refuse that)."""
    return date_edit(date.today(), latest=date.today(), name=name)


class DeskChoice(QComboBox):
    """A desk from the directory, found by typing any part of its code, name, organisation or
    country. It starts empty unless the caller proposes one: a desk picked by default is a
    desk recorded by mistake."""

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.codes: list[str] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(
            QCoreApplication.translate("FileEditor", "Type a code, name or country")
        )

    def set_desks(self, desks: Sequence[Desk]) -> None:
        chosen = self.code()
        self.blockSignals(True)
        self.clear()
        self.codes = [""]
        self.addItem(QCoreApplication.translate("FileEditor", "(no desk)") if self.optional else "")
        for desk in desks:
            self.codes.append(desk.code)
            self.addItem(desk_title(desk))
        self.set_code(chosen)
        self.blockSignals(False)

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(self.codes.index(code) if code in self.codes else 0)

    def code(self) -> str:
        """The chosen desk's code; what was typed if it matches no entry (the service then
        says which desks it could mean)."""
        typed = self.currentText().strip()
        index = self.findText(typed, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return self.codes[index]
        return typed


def desk_title(desk: Desk) -> str:
    return f"{desk.code} — {desk.organisation}, {desk.name} ({desk.country})"


def problem_text(exc: RepatriateError) -> str:
    if isinstance(exc, InvalidInput):
        return "\n".join(str(error) for error in exc.errors)
    return str(exc)


class PanelBase(QWidget):
    """Shared by both panels: disabled with a hint until the file is saved; one error line."""

    recorded = Signal(str)
    """Something was written for the file with this ref."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ref: str | None = None
        self.desks: dict[str, Desk] = {}
        self.hint = QLabel(
            QCoreApplication.translate(
                "FileEditor", "Save the new file first: movements and activities need a saved file."
            )
        )
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.error.hide()
        self.dialog: QMessageBox | None = None

    def lay_out(self, records: QWidget, forms: QWidget) -> None:
        """The hint over the records (wide, on the left) beside the forms that add to them."""
        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.addWidget(records)
        self.content.addWidget(scroll(forms))
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 1)
        self.content.setSizes([780, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.content, 1)

    def desk_name(self, code: str) -> str:
        desk = self.desks.get(code)
        return f"{code} — {desk.name}" if desk else code

    def confirm_delete(self, title: str, what: str, write: Callable[[str], object]) -> None:
        """Ask before deleting; the answer writes (and notes the correction on the file)."""
        self.dialog = ask_yes(
            self,
            title,
            QCoreApplication.translate(
                "FileEditor",
                "Delete %1? It was recorded by mistake; a correction on the file keeps what it "
                "said.",
            ).replace("%1", what),
            lambda: self.run(write),
        )

    def run(self, write: Callable[[str], object]) -> bool:
        """Write for the open file; a refusal is shown under the form and nothing is written."""
        if self.ref is None:
            return False
        try:
            write(self.ref)
        except RepatriateError as exc:
            self.error.setText(problem_text(exc))
            self.error.show()
            return False
        self.error.hide()
        self.recorded.emit(self.ref)
        return True
