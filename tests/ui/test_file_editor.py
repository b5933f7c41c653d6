"""The file editor, driven through its real widgets on a real database."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMessageBox, QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from repatriate.domain.desks import MovementKind
from repatriate.domain.followups import ActivityKind
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status, TransferConsent
from repatriate.services.database import Database
from repatriate.ui.events import DataEvents
from repatriate.ui.file_editor import FileEditor
from repatriate.ui.inputs import Choice, CountryInput, DateInput
from repatriate.ui.merge_dialog import MINE_COLUMN, MergeDialog

NUR_ALAM = PrisonerFile(
    ref="K-1",
    name="Nur Alam",
    claimed_nationality="BD",
    prison="Dum Dum Central Correctional Home",
    state="West Bengal",
    arrest_date=date(2019, 3, 1),
    conviction_date=date(2020, 1, 10),
    sentence=Sentence(years=2),
    status=Status.SERVING,
)
Answer = QMessageBox.StandardButton


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


@pytest.fixture
def editor(qtbot: QtBot, db: Database, events: DataEvents) -> FileEditor:
    widget = FileEditor(db, events)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


@pytest.fixture
def nur_alam(db: Database, editor: FileEditor) -> FileEditor:
    db.cases.add(NUR_ALAM)
    editor.load("K-1")
    return editor


def line(editor: FileEditor, name: str) -> QLineEdit:
    widget = editor.form.bindings[name].widget
    assert isinstance(widget, QLineEdit)
    return widget


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def error_text(editor: FileEditor, name: str) -> str:
    label = editor.form.bindings[name].error
    return "" if label.isHidden() else label.text()


def test_a_demo_file_shows_its_name_and_how_its_release_date_is_worked_out(
    db: Database, editor: FileEditor
) -> None:
    ref = next(r for r in db.demo.fill(20) if db.cases.get(r).conviction_date is not None)
    pf = db.cases.get(ref)

    editor.load(ref)

    assert editor.current_ref == ref
    assert pf.name in editor.title.text()
    assert f"conviction {pf.conviction_date}" in editor.steps.text()
    due = db.overstays.assess(ref).reckoning.release_due
    assert due is not None
    # In the one date format of the whole window: ISO unless the setting says otherwise.
    assert f"Release due: <b>{due.isoformat()}</b>" in editor.summary.text()
    assert not editor.is_dirty()


def test_the_release_date_changes_as_the_sentence_is_typed_before_saving(
    qtbot: QtBot, db: Database, nur_alam: FileEditor
) -> None:
    assert "= 2022-01-10" in nur_alam.steps.text()
    years = nur_alam.form.bindings["sentence_years"].widget
    assert isinstance(years, QSpinBox)

    with qtbot.waitSignal(nur_alam.dirty_changed) as dirty:
        years.selectAll()
        qtbot.keyClicks(years, "3")

    assert dirty.args == [True]
    assert "= 2023-01-10" in nur_alam.steps.text()
    assert "2023" in nur_alam.release_due.text()
    remission = nur_alam.form.bindings["remission_days"].widget
    assert isinstance(remission, QSpinBox)
    remission.selectAll()
    qtbot.keyClicks(remission, "10")
    assert "10 days remission = 2022-12-31" in nur_alam.steps.text()
    assert db.cases.get("K-1").sentence == Sentence(years=2)
    assert nur_alam.state.text() == "Unsaved changes"


def test_saving_writes_the_fields_and_tells_the_other_pages(
    qtbot: QtBot, db: Database, events: DataEvents, nur_alam: FileEditor
) -> None:
    retype(qtbot, line(nur_alam, "name"), "Nur Alam Sheikh")
    retype(qtbot, line(nur_alam, "passport_book_number"), "B1234567")
    verified = line(nur_alam, "verified_nationality")
    assert isinstance(verified, CountryInput)
    retype(qtbot, verified, "Bangladesh")
    assert verified.hint.text() == "Bangladesh"
    row = nur_alam.form.family.add_contact()
    nur_alam.form.family.setData(nur_alam.form.family.index(row, 0), "brother")
    nur_alam.form.family.setData(nur_alam.form.family.index(row, 1), "Abdul Alam")
    nur_alam.form.family.setData(nur_alam.form.family.index(row, 5), "2024-05-02")
    line(nur_alam, "name").setFocus()

    with (
        qtbot.waitSignal(events.changed) as changed,
        qtbot.waitSignal(nur_alam.saved) as saved,
    ):
        qtbot.keyClick(line(nur_alam, "name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert changed.args == [["K-1"]]
    assert saved.args == ["K-1"]
    pf = db.cases.get("K-1")
    assert pf.name == "Nur Alam Sheikh"
    assert pf.passport_book_number == "B1234567"
    assert pf.passport_number == ""
    assert pf.verified_nationality == "BD"
    assert [(c.relation, c.name, c.traced_on) for c in pf.family] == [
        ("brother", "Abdul Alam", date(2024, 5, 2))
    ]
    assert not nur_alam.is_dirty()
    assert nur_alam.state.text() == "Saved"


def test_the_transfer_conditions_are_chosen_saved_and_shown_again(
    qtbot: QtBot, db: Database, editor: FileEditor, nur_alam: FileEditor
) -> None:
    final = nur_alam.form.bindings["sentence_final"].widget
    consent = nur_alam.form.bindings["transfer_consent"].widget
    assert isinstance(final, Choice) and isinstance(consent, Choice)
    assert (final.currentText(), consent.currentText()) == ("not recorded", "not recorded")
    final.setCurrentText("no, an appeal is pending")
    consent.setCurrentText("refused")
    assert nur_alam.is_dirty()
    with qtbot.waitSignal(nur_alam.saved):
        qtbot.keyClick(final, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    pf = db.cases.get("K-1")
    assert (pf.sentence_final, pf.transfer_consent) == (False, TransferConsent.REFUSED)
    editor.load("K-1")
    assert (final.currentText(), consent.currentText()) == ("no, an appeal is pending", "refused")


def test_a_bad_value_is_shown_at_its_field_and_nothing_is_written(
    qtbot: QtBot, db: Database, nur_alam: FileEditor
) -> None:
    retype(qtbot, line(nur_alam, "claimed_nationality"), "Atlantis")
    retype(qtbot, line(nur_alam, "released_on"), "2099-01-01")

    assert "Claimed nationality: Atlantis: not a country" in error_text(
        nur_alam, "claimed_nationality"
    )
    assert not nur_alam.save_button.isEnabled()
    assert nur_alam.save() is False
    assert "Released on: 2099-01-01: in the future" in error_text(nur_alam, "released_on")
    assert "To fix before saving (2)" in nur_alam.problems.text()
    assert nur_alam.tabs.currentIndex() == nur_alam.form.page_of("claimed_nationality")
    assert db.cases.get("K-1").claimed_nationality == "BD"
    assert db.cases.get("K-1").version == 1

    retype(qtbot, line(nur_alam, "claimed_nationality"), "BD")
    line(nur_alam, "released_on").clear()
    qtbot.keyClicks(line(nur_alam, "released_on"), " ")
    assert error_text(nur_alam, "claimed_nationality") == ""
    assert nur_alam.problems.isHidden()


def test_a_conviction_before_the_arrest_is_pointed_out_at_the_conviction_date(
    qtbot: QtBot, nur_alam: FileEditor
) -> None:
    retype(qtbot, line(nur_alam, "conviction_date"), "2018-01-01")

    assert "Conviction date: 2018-01-01: before the arrest (2019-03-01)" in error_text(
        nur_alam, "conviction_date"
    )
    assert "before the arrest" in nur_alam.release_problems.text()


def test_an_unreadable_date_is_named_and_refused(qtbot: QtBot, nur_alam: FileEditor) -> None:
    date_input = line(nur_alam, "arrest_date")
    assert isinstance(date_input, DateInput)
    retype(qtbot, date_input, "1 March 2019")

    assert "Arrest date: 1 March 2019: not a date" in error_text(nur_alam, "arrest_date")
    assert nur_alam.is_dirty()
    assert nur_alam.save() is False


def test_leaving_with_unsaved_changes_asks_and_cancel_keeps_them(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Database, nur_alam: FileEditor
) -> None:
    asked: list[str] = []
    answer = Answer.Cancel

    def question(_parent: object, title: str, *_args: object) -> Answer:
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    assert nur_alam.maybe_leave() is True
    assert asked == []

    retype(qtbot, line(nur_alam, "name"), "Nur Alam Sheikh")
    assert nur_alam.maybe_leave() is False
    assert asked == ["Unsaved changes"]
    assert line(nur_alam, "name").text() == "Nur Alam Sheikh"
    assert nur_alam.is_dirty()

    answer = Answer.Discard
    assert nur_alam.maybe_leave() is True
    assert line(nur_alam, "name").text() == "Nur Alam"
    assert not nur_alam.is_dirty()
    assert db.cases.get("K-1").name == "Nur Alam"

    retype(qtbot, line(nur_alam, "name"), "Nur Alam Sheikh")
    answer = Answer.Save
    assert nur_alam.maybe_leave() is True
    assert db.cases.get("K-1").name == "Nur Alam Sheikh"


def choose(
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    shown: list[list[str]],
    tick: set[str] = frozenset(),
) -> None:
    """The merge dialog answered by clicking `button` ("keep_mine", "keep_theirs",
    "merge_button" or "cancel"), after ticking the fields `tick` for a merge."""

    def answer(dialog: MergeDialog) -> int:
        table = dialog.table
        shown.extend([table.item(r, c).text() for c in range(3)] for r in range(table.rowCount()))
        if button == "cancel":
            return int(QDialog.DialogCode.Rejected.value)
        for row, name in enumerate(dialog.fields):
            if tick:
                wanted = Qt.CheckState.Checked if name in tick else Qt.CheckState.Unchecked
                table.item(row, MINE_COLUMN).setCheckState(wanted)
        getattr(dialog, button).click()
        return int(dialog.result())

    monkeypatch.setattr(MergeDialog, "exec", answer)


def test_a_save_over_someone_elses_shows_both_and_cancel_keeps_my_edits_unsaved(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Database, nur_alam: FileEditor
) -> None:
    retype(qtbot, line(nur_alam, "name"), "Nur Alam Sheikh")
    db.cases.save(db.cases.get("K-1").replace(notes="seen by the embassy"))
    shown: list[list[str]] = []
    choose(monkeypatch, "cancel", shown)

    assert nur_alam.save() is False
    assert shown == [
        ["Name as recorded", "Nur Alam", "Nur Alam Sheikh"],
        ["Notes", "seen by the embassy", ""],
    ]
    assert db.cases.get("K-1").name == "Nur Alam"
    assert line(nur_alam, "name").text() == "Nur Alam Sheikh"
    assert nur_alam.is_dirty()


@pytest.mark.parametrize(
    ("button", "tick", "name", "notes"),
    [
        ("merge_button", set(), "Nur Alam Sheikh", "seen by the embassy"),
        ("merge_button", {"notes"}, "Nur Alam", ""),
        ("keep_mine", set(), "Nur Alam Sheikh", ""),
        ("keep_theirs", set(), "Nur Alam", "seen by the embassy"),
    ],
    ids=["merge-by-default-keeps-what-I-changed", "merge-chosen-fields", "mine", "theirs"],
)
def test_a_conflict_is_resolved_field_by_field_never_silently(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    nur_alam: FileEditor,
    button: str,
    tick: set[str],
    name: str,
    notes: str,
) -> None:
    retype(qtbot, line(nur_alam, "name"), "Nur Alam Sheikh")
    db.cases.save(db.cases.get("K-1").replace(notes="seen by the embassy"))
    choose(monkeypatch, button, [], tick)

    assert nur_alam.save() is True
    saved = db.cases.get("K-1")
    assert (saved.name, saved.notes) == (name, notes)
    assert line(nur_alam, "name").text() == name
    assert not nur_alam.is_dirty()


def test_a_change_elsewhere_reloads_a_clean_file_but_never_unsaved_edits(
    qtbot: QtBot, db: Database, events: DataEvents, nur_alam: FileEditor
) -> None:
    db.cases.save(db.cases.get("K-1").replace(prisoner_number="C/2020/11"))
    events.files_changed("K-1")
    assert line(nur_alam, "prisoner_number").text() == "C/2020/11"

    retype(qtbot, line(nur_alam, "name"), "Nur Alam Sheikh")
    db.cases.save(db.cases.get("K-1").replace(prisoner_number="C/2020/12"))
    events.files_changed()
    assert line(nur_alam, "name").text() == "Nur Alam Sheikh"
    assert line(nur_alam, "prisoner_number").text() == "C/2020/11"
    assert "changed elsewhere" in nur_alam.state.text()


def test_a_new_file_is_saved_before_movements_can_be_recorded(
    qtbot: QtBot, db: Database, editor: FileEditor
) -> None:
    editor.new_file()
    ref = line(editor, "ref").text()

    assert editor.current_ref is None
    assert not editor.chain.content.isEnabled()
    assert not editor.chain.hint.isHidden()
    assert not editor.attachments.content.isEnabled()
    assert not editor.is_dirty()
    assert not editor.save_button.isEnabled()

    qtbot.keyClicks(line(editor, "name"), "Mohammed Rafiq")
    assert editor.is_dirty()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert db.cases.get(ref).name == "Mohammed Rafiq"
    assert editor.current_ref == ref
    assert editor.chain.content.isEnabled()
    assert editor.chain.hint.isHidden()


def test_a_new_file_without_a_name_is_refused(
    qtbot: QtBot, db: Database, editor: FileEditor
) -> None:
    editor.new_file()
    qtbot.keyClicks(line(editor, "prison"), "Tihar Jail")

    assert editor.save() is False
    assert "Name as recorded: (empty): required" in error_text(editor, "name")
    assert db.cases.count() == 0


def test_recording_a_movement_shows_the_desk_holding_the_file(
    qtbot: QtBot, db: Database, events: DataEvents, nur_alam: FileEditor
) -> None:
    chain = nur_alam.chain
    assert "No repatriation step recorded yet" in chain.holding.text()
    chain.desk.setEditText("MHA-FD")
    qtbot.keyClicks(chain.letter_ref, "CL/2026/12")

    with qtbot.waitSignal(events.changed) as changed:
        qtbot.mouseClick(chain.record_button, Qt.MouseButton.LeftButton)

    assert changed.args == [["K-1"]]
    assert "MHA-FD — Foreigners Division — since" in chain.holding.text()
    assert chain.movements.rowCount() == 1
    assert chain.movements.data(chain.movements.index(0, 4)) == "CL/2026/12"
    assert [m.desk for m in db.movements.where("K-1").chain.movements] == ["MHA-FD"]
    # The MHA has the file: the prison and state steps are behind it, not "0 done".
    route = chain.route.text()
    assert "3 of 13 steps done." in route
    assert "In progress: Ministry of Home Affairs (Foreigners Division) sends the confirmation" in (
        route
    )
    assert "Send next: Ministry of External Affairs (Bangladesh" in route


def test_a_movement_before_the_arrest_is_refused_in_the_window(
    db: Database, nur_alam: FileEditor
) -> None:
    chain = nur_alam.chain
    chain.desk.setEditText("WB-HOME")
    chain.on.setDate(QDate(2019, 2, 28))

    assert chain.record() is False
    assert "date: 2019-02-28: before the arrest on 2019-03-01" in chain.error.text()
    assert db.movements.where("K-1").chain.movements == ()


def test_a_movement_the_service_refuses_is_explained_and_not_recorded(
    db: Database, nur_alam: FileEditor
) -> None:
    chain = nur_alam.chain
    chain.desk.setEditText("MHA-FD")
    chain.kind.show_value(MovementKind.RETURNED)

    assert chain.record() is False
    assert "note: : say what the objection was" in chain.error.text()
    assert chain.error.isVisibleTo(chain)
    assert db.movements.where("K-1").chain.movements == ()


def test_logging_a_reply_lists_it_among_the_activities(
    qtbot: QtBot, db: Database, nur_alam: FileEditor
) -> None:
    panel = nur_alam.activities
    panel.desk.setEditText("BDDHC-KOL")
    qtbot.keyClicks(panel.outcome, "nationality confirmed")
    panel.reply.setChecked(True)

    qtbot.mouseClick(panel.log_button, Qt.MouseButton.LeftButton)

    assert panel.activities.rowCount() == 1
    assert panel.activities.data(panel.activities.index(0, 3)) == "yes"
    assert "nationality confirmed" in panel.activities.data(panel.activities.index(0, 4))
    logged = db.followups.activities("K-1")
    assert [(a.desk, a.reply) for a in logged] == [("BDDHC-KOL", True)]
    assert panel.outcome.text() == ""


def test_a_recurring_follow_up_set_on_the_file_is_listed_and_kept(
    qtbot: QtBot, db: Database, nur_alam: FileEditor
) -> None:
    panel = nur_alam.activities
    panel.follow_up_desk.setEditText("BDDHC-KOL")
    qtbot.keyClicks(panel.follow_up_title, "ask for the travel permit")
    panel.repeats.setCurrentIndex(panel.repeats.findText("every two weeks"))
    next_week = date.today() + timedelta(days=7)
    panel.follow_up_on.setDate(QDate(next_week.year, next_week.month, next_week.day))

    qtbot.mouseClick(panel.follow_up_button, Qt.MouseButton.LeftButton)

    kept = db.followups.follow_ups("K-1")
    assert [(f.start, f.desk, f.title, f.rule) for f in kept] == [
        (next_week, "BDDHC-KOL", "ask for the travel permit", "FREQ=WEEKLY;INTERVAL=2")
    ]
    assert panel.follow_ups.rowCount() == 1
    assert panel.follow_up_title.text() == ""


def test_a_follow_up_without_a_title_is_refused(db: Database, nur_alam: FileEditor) -> None:
    assert nur_alam.activities.set_follow_up() is False
    assert "say what to follow up" in nur_alam.activities.error.text()
    assert db.followups.follow_ups("K-1") == []


def test_a_reply_without_a_desk_is_refused(db: Database, nur_alam: FileEditor) -> None:
    nur_alam.activities.reply.setChecked(True)

    assert nur_alam.activities.log() is False
    assert "a reply comes from a desk" in nur_alam.activities.error.text()
    assert db.followups.activities("K-1") == []


def test_a_consular_access_logged_during_edits_keeps_them_and_they_still_save(
    qtbot: QtBot, db: Database, nur_alam: FileEditor
) -> None:
    retype(qtbot, line(nur_alam, "name"), "Nur Alam Sheikh")
    panel = nur_alam.activities
    panel.kind.show_value(ActivityKind.CONSULAR_ACCESS_PHONE)
    panel.desk.setEditText("BDDHC-KOL")

    assert panel.log() is True

    assert db.cases.get("K-1").consular_access_on == date.today()
    assert line(nur_alam, "consular_access_on").text() == date.today().isoformat()
    assert line(nur_alam, "name").text() == "Nur Alam Sheikh"
    assert nur_alam.save() is True
    saved = db.cases.get("K-1")
    assert (saved.name, saved.consular_access_on) == ("Nur Alam Sheikh", date.today())


def test_adding_a_photo_shows_it_with_the_date_it_was_taken(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    db: Database,
    nur_alam: FileEditor,
) -> None:
    image = QImage(40, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    picture = tmp_path / "nur-alam.png"
    assert image.save(str(picture))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(picture), ""))
    attachments = nur_alam.attachments
    qtbot.keyClicks(attachments.photo_taken, "2024-02-03")

    attachments.choose_photo()

    photos = db.cases.get("K-1").photos
    assert [p.taken_on for p in photos] == [date(2024, 2, 3)]
    assert attachments.photos.rowCount() == 1
    index = attachments.photos.index(0)
    assert "taken" in attachments.photos.data(index)
    qtbot.waitUntil(
        lambda: not attachments.photos.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    )
    assert attachments.error.isHidden()


def test_a_file_that_is_not_a_photo_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db: Database, nur_alam: FileEditor
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(text), ""))

    nur_alam.attachments.choose_photo()

    assert "not a JPEG, PNG file" in nur_alam.attachments.error.text()
    assert db.cases.get("K-1").photos == ()


def test_every_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, editor: FileEditor
) -> None:
    ref = next(r for r in db.demo.fill(30) if db.movements.where(r).chain.movements)
    editor.load(ref)
    editor.form.family.add_contact()
    models: list[Any] = [
        editor.chain.movements,
        editor.activities.activities,
        editor.activities.follow_ups,
        editor.form.family,
        editor.attachments.photos,
        editor.attachments.documents,
    ]
    assert editor.chain.movements.rowCount() > 0
    for model in models:
        qtmodeltester.check(model)


def test_the_movement_form_proposes_the_routes_next_desk_or_asks(
    qtbot: QtBot, db: Database, nur_alam: FileEditor
) -> None:
    chain = nur_alam.chain
    # A file from West Bengal starts with the prison reporting to the state's prisons.
    assert chain.desk.code() == "WB-PRISONS"
    assert "West Bengal" in chain.desk.currentText() and "(IN)" in chain.desk.currentText()
    db.movements.move("K-1", "MHA-FD")
    nur_alam.load("K-1")
    # The MHA has it: the Bangladesh-Myanmar division of External Affairs is next.
    assert chain.desk.code() == "MEA-BM"
    assert "Bangladesh" in chain.desk.currentText()

    chain.desk.set_code("")
    assert chain.record() is False
    assert "desk: (empty): choose the desk the file went to" in chain.error.text()
    assert len(db.movements.where("K-1").chain.movements) == 1


def test_logging_an_activity_proposes_the_desk_holding_the_file(
    qtbot: QtBot, db: Database, nur_alam: FileEditor
) -> None:
    panel = nur_alam.activities
    assert panel.desk.code() == ""
    db.movements.move("K-1", "MHA-FD", on=date.today() - timedelta(days=20))
    db.movements.move("K-1", "BDHC-DEL", on=date.today() - timedelta(days=10))
    nur_alam.load("K-1")
    assert panel.desk.code() == "BDHC-DEL"
    assert panel.log() is True
    assert [a.desk for a in db.followups.activities("K-1")] == ["BDHC-DEL"]


def test_a_movement_recorded_by_mistake_is_deleted_after_asking_and_noted(
    qtbot: QtBot, db: Database, nur_alam: FileEditor
) -> None:
    db.movements.move("K-1", "MHA-FD", on=date(2026, 1, 5), today=date(2026, 1, 5))
    db.movements.move("K-1", "AF-MOFA", on=date(2026, 1, 6), today=date(2026, 1, 6))
    nur_alam.load("K-1")
    chain = nur_alam.chain
    assert not chain.delete_button.isEnabled()
    row = next(
        r
        for r in range(chain.table.model().rowCount())
        if chain.table.model().index(r, 1).data().startswith("AF-MOFA")
    )
    chain.table.selectRow(row)
    assert chain.delete_button.isEnabled()

    qtbot.mouseClick(chain.delete_button, Qt.MouseButton.LeftButton)
    box = chain.dialog
    assert isinstance(box, QMessageBox)
    assert "sent AF-MOFA on 2026-01-06" in box.text()
    box.button(Answer.No).click()
    assert len(db.movements.where("K-1").chain.movements) == 2

    qtbot.mouseClick(chain.delete_button, Qt.MouseButton.LeftButton)
    box = chain.dialog
    assert isinstance(box, QMessageBox)
    box.button(Answer.Yes).click()
    assert [m.desk for m in db.movements.where("K-1").chain.movements] == ["MHA-FD"]
    assert chain.movements.rowCount() == 1
    assert "AF-MOFA" not in chain.holding.text()
    (note,) = db.followups.activities("K-1")
    assert note.kind is ActivityKind.CORRECTION
    assert note.outcome == "deleted the movement: sent AF-MOFA on 2026-01-06"


def test_an_activity_logged_by_mistake_is_deleted_and_the_correction_stays(
    qtbot: QtBot, db: Database, nur_alam: FileEditor
) -> None:
    db.followups.log("K-1", ActivityKind.CALL, desk="BDHC-DEL", outcome="wrong file")
    nur_alam.load("K-1")
    panel = nur_alam.activities
    panel.activity_table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    box = panel.dialog
    assert isinstance(box, QMessageBox)
    box.button(Answer.Yes).click()
    (note,) = db.followups.activities("K-1")
    assert note.kind is ActivityKind.CORRECTION
    assert note.outcome == (
        f"deleted the activity: call with BDHC-DEL on {date.today().isoformat()}: wrong file"
    )
    panel.activity_table.selectRow(0)
    assert not panel.delete_button.isEnabled()


def test_a_file_without_photos_or_documents_says_how_to_add_them(
    db: Database, nur_alam: FileEditor
) -> None:
    section = nur_alam.attachments
    assert section.no_photo.isVisibleTo(section)
    assert section.no_photo.text().startswith("No photo yet: add one")
    assert section.no_document.isVisibleTo(section)
    image = QImage(40, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    db.cases.add_photo("K-1", bytes(content.data()), taken_on=date(2025, 1, 1))
    nur_alam.load("K-1")
    assert not section.no_photo.isVisibleTo(section)
    assert section.no_document.isVisibleTo(section)


def test_a_movement_is_corrected_in_the_form_and_the_old_one_noted(
    qtbot: QtBot, db: Database, nur_alam: FileEditor
) -> None:
    db.movements.move("K-1", "AF-MOFA", on=date(2026, 1, 6), today=date(2026, 1, 6))
    nur_alam.load("K-1")
    chain = nur_alam.chain
    chain.table.selectRow(0)
    qtbot.mouseClick(chain.correct_button, Qt.MouseButton.LeftButton)
    assert chain.desk.code() == "AF-MOFA"
    assert chain.on.date() == QDate(2026, 1, 6)
    assert chain.record_button.text().replace("&", "") == "Record the correction"
    chain.desk.set_code("BDHC-DEL")
    qtbot.mouseClick(chain.record_button, Qt.MouseButton.LeftButton)

    moves = db.movements.where("K-1").chain.movements
    assert [(m.desk, m.on) for m in moves] == [("BDHC-DEL", date(2026, 1, 6))]
    (note,) = db.followups.activities("K-1")
    assert note.outcome == (
        "corrected the movement: sent AF-MOFA on 2026-01-06; now: sent BDHC-DEL on 2026-01-06"
    )
    assert chain.record_button.text().replace("&", "") == "Record movement"
