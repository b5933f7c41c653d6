"""What dialogs have in common: the OK/Cancel row, and the question asked before a change
that is hard to take back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget


def ok_cancel(dialog: QDialog, ok_text: str = "") -> QDialogButtonBox:
    """OK (named for what it does, where `ok_text` is given) and Cancel, wired to the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ask_yes(parent: QWidget, title: str, question: str, then: Callable[[], object]) -> QMessageBox:
    """Ask `question` (No by default: Enter must not delete) and run `then` on Yes. The box is
    window-modal and returned open; its owner keeps it."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def answered() -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            then()

    box.finished.connect(answered)
    box.open()
    return box
