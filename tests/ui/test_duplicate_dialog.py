"""One person, one file, in the window: saving a file that looks like someone already on file
offers to merge the two, side by side, to keep both, or to go back to editing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database
from repatriate.ui import language
from repatriate.ui.duplicate_dialog import DuplicateDialog
from repatriate.ui.events import DataEvents
from repatriate.ui.file_editor import FileEditor
from repatriate.ui.merge_dialog import MINE_COLUMN

SALMA = PrisonerFile(
    ref="K-1",
    name="Salma Begum",
    name_native="সালমা বেগম",
    claimed_nationality="BD",
    passport_number="BD1234567",
    prison="Dum Dum Central Correctional Home",
    birth_date=date(1990, 5, 1),
)


@pytest.fixture
def editor(qtbot: QtBot, db: Database) -> FileEditor:
    db.cases.add(SALMA)
    widget = FileEditor(db, DataEvents())
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def line(editor: FileEditor, name: str) -> QLineEdit:
    widget = editor.form.bindings[name].widget
    assert isinstance(widget, QLineEdit)
    return widget


def type_in(qtbot: QtBot, editor: FileEditor, **values: str) -> None:
    for name, text in values.items():
        edit = line(editor, name)
        edit.selectAll()
        edit.del_()
        qtbot.keyClicks(edit, text)


def solma(qtbot: QtBot, editor: FileEditor) -> None:
    editor.new_file()
    type_in(
        qtbot, editor, name="Solma Begom", passport_number="BD1234567", father_name="Abdul Karim"
    )


def answer(monkeypatch: pytest.MonkeyPatch, button: str, seen: list[list[list[str]]]) -> None:
    """The dialog answered by `button` ("merge_button", "keep_both" or "cancel"); what its
    lists of candidates and of values showed is kept in `seen`."""

    def exec_(dialog: DuplicateDialog) -> int:
        seen.append(
            [
                [dialog.candidates.item(r, c).text() for c in range(7)]
                for r in range(dialog.candidates.rowCount())
            ]
        )
        table = dialog.choices
        seen.append(
            [
                [table.item(r, c).text() for c in range(3)]
                + [str(table.item(r, MINE_COLUMN).checkState() == Qt.CheckState.Checked)]
                for r in range(table.rowCount())
            ]
        )
        if button == "cancel":
            return int(QDialog.DialogCode.Rejected.value)
        getattr(dialog, button).click()
        return int(dialog.result())

    monkeypatch.setattr(DuplicateDialog, "exec", exec_)


def test_a_new_file_with_the_same_passport_opens_the_dialog_and_merges(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Database, editor: FileEditor
) -> None:
    solma(qtbot, editor)
    seen: list[list[list[str]]] = []
    answer(monkeypatch, "merge_button", seen)

    assert editor.save() is True
    [candidates, values] = seen
    assert candidates == [
        [
            "K-1",
            "Salma Begum",
            "সালমা বেগম",
            "Dum Dum Central Correctional Home",
            "BD",
            "1990",
            "same passport number BD1234567",
        ]
    ]
    by_field = {row[0]: row[1:] for row in values}
    # The father's name is missing on file: this file's value starts ticked; the name does not.
    assert by_field["Father's name"] == ["", "Abdul Karim", "True"]
    assert by_field["Name as recorded"][:2] == ["Salma Begum", "Solma Begom"]
    assert by_field["Name as recorded"][2] == "False"
    assert db.cases.count() == 1
    kept = db.cases.get("K-1")
    assert (kept.name, kept.father_name) == ("Salma Begum", "Abdul Karim")
    assert "Solma Begom" in kept.aliases
    assert editor.current_ref == "K-1" and not editor.is_dirty()


def test_an_edit_that_makes_two_files_alike_merges_them_with_their_movements(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Database, editor: FileEditor
) -> None:
    db.cases.add(SALMA.replace(ref="K-2", name="Solma Begom", passport_number="", name_native=""))
    db.movements.move("K-2", "MHA-FD", on=date(2026, 1, 10), today=date(2026, 2, 1))
    db.movements.move("K-1", "MEA-CPV", on=date(2026, 1, 5), today=date(2026, 2, 1))
    editor.load("K-2")
    type_in(qtbot, editor, passport_number="BD1234567")
    seen: list[list[list[str]]] = []
    answer(monkeypatch, "merge_button", seen)

    assert editor.save() is True
    assert [row[0] for row in seen[0]] == ["K-1"]
    assert db.cases.count() == 1
    assert [m.desk for m in db.movements.where("K-1").chain.movements] == ["MEA-CPV", "MHA-FD"]
    assert editor.current_ref == "K-1"


def test_keep_both_saves_two_files_and_does_not_ask_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Database, editor: FileEditor
) -> None:
    solma(qtbot, editor)
    seen: list[list[list[str]]] = []
    answer(monkeypatch, "keep_both", seen)
    assert editor.save() is True
    assert db.cases.count() == 2 and len(seen) == 2
    ref = editor.current_ref
    assert ref is not None and ref != "K-1"

    type_in(qtbot, editor, name="Solma Begom Bibi")
    assert editor.save() is True
    assert len(seen) == 2
    assert db.cases.get(ref).name == "Solma Begom Bibi"


def test_cancel_goes_back_to_editing_and_writes_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Database, editor: FileEditor
) -> None:
    solma(qtbot, editor)
    answer(monkeypatch, "cancel", [])
    assert editor.save() is False
    assert db.cases.count() == 1
    assert editor.is_dirty() and line(editor, "name").text() == "Solma Begom"


def test_the_dialog_as_a_caseworker_sees_it(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    db.cases.add(SALMA)
    db.cases.add(SALMA.replace(ref="K-3", name="Salma Khatun", passport_number="BD1234567"))
    new = SALMA.replace(ref="K-9", name="Solma Begom", name_native="", father_name="Abdul Karim")
    dialog = DuplicateDialog(new, db.duplicates.of_file(new), None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    assert dialog.merge_button.text() == "&Merge into K-1"
    dialog.candidates.selectRow(1)
    assert dialog.merge_button.text() == "&Merge into K-3"
    assert dialog.grab().save(str(tmp_path / "duplicates.png"))


def test_in_urdu_the_dialog_opens_on_the_first_likely_duplicate(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    db.cases.add(SALMA)
    new = SALMA.replace(ref="K-9", name="Solma Begom", name_native="", father_name="Abdul Karim")
    language.install(qapp, "ur")
    try:
        dialog = DuplicateDialog(new, db.duplicates.of_file(new), None)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "K-1" in dialog.merge_button.text()
        assert "K-1" in dialog.side_by_side.text()
        assert dialog.candidates.currentRow() == 0
        assert dialog.taken() == {"father_name"}
    finally:
        language.install(qapp, "en")
