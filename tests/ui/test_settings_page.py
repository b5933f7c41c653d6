from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from repatriate.domain.errors import InvalidInput
from repatriate.domain.factsheets import DEFAULT_REQUEST, Letterhead
from repatriate.domain.flags import Thresholds
from repatriate.services.database import Database
from repatriate.ui.dates import short_date, use_date_format
from repatriate.ui.events import DataEvents
from repatriate.ui.forms import child, form_path
from repatriate.ui.settings_page import SettingsPage


def page_for(qtbot: QtBot, db: Database, events: DataEvents | None = None) -> SettingsPage:
    page = SettingsPage(db, events or DataEvents())
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_form_is_loaded_from_the_designer_file(qtbot: QtBot, db: Database) -> None:
    assert form_path("settings.ui").is_file()
    page = page_for(qtbot, db)
    assert page.form.objectName() == "SettingsForm"
    assert set(page.spins) == set(Thresholds.names())


def test_settings_load_and_save_round_trip(qtbot: QtBot, db: Database) -> None:
    db.settings.set_letterhead(Letterhead(name="Prison Legal Aid, Kolkata", phone="033 1234"))
    db.settings.set_threshold("long_overstay_days", "150")
    events = DataEvents()
    page = page_for(qtbot, db, events)
    assert page.name.text() == "Prison Legal Aid, Kolkata"
    assert page.phone.text() == "033 1234"
    assert page.request.toPlainText() == DEFAULT_REQUEST
    assert page.spins["long_overstay_days"].value() == 150

    page.name.setText("Human Rights Law Clinic")
    page.address.setPlainText("12 Park Street\nKolkata 700016")
    page.email.setText("clinic@example.org")
    page.request.setPlainText("Please verify the nationality of this person.")
    page.spins["very_long_overstay_days"].setValue(300)
    page.spins["rti_reply_days"].setValue(45)
    with qtbot.waitSignal(events.changed) as changed:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == [[]]
    assert page.problems.text() == "Settings saved."

    saved = db.settings.letterhead()
    assert saved.name == "Human Rights Law Clinic"
    assert saved.address == "12 Park Street\nKolkata 700016"
    assert saved.email == "clinic@example.org"
    assert saved.request == "Please verify the nationality of this person."
    thresholds = db.settings.thresholds()
    assert thresholds.very_long_overstay_days == 300
    assert thresholds.rti_reply_days == 45
    assert thresholds.long_overstay_days == 150

    # A fresh page shows what was saved.
    again = page_for(qtbot, db)
    assert again.spins["rti_reply_days"].value() == 45
    assert again.address.toPlainText() == "12 Park Street\nKolkata 700016"


def test_a_bad_threshold_is_named_inline_and_nothing_is_saved(qtbot: QtBot, db: Database) -> None:
    events = DataEvents()
    page = page_for(qtbot, db, events)
    page.name.setText("Changed Clinic Name")
    page.spins["long_overstay_days"].setValue(0)
    page.spins["rti_reply_days"].setValue(40_000)
    with qtbot.assertNotEmitted(events.changed):
        assert page.save() is False
    text = page.problems.text()
    assert "Long overstay (days): 0: must be a whole number from 1 to 36500" in text
    assert "RTI reply due within (days): 40000: must be a whole number from 1 to 36500" in text
    label = page.form_label(page.spins["long_overstay_days"])
    assert label is not None and "color" in label.styleSheet()
    # Nothing at all was written, not even the good letterhead.
    assert db.settings.letterhead().name == Letterhead().name
    assert db.settings.thresholds() == Thresholds()


def test_an_empty_clinic_name_is_refused(qtbot: QtBot, db: Database) -> None:
    page = page_for(qtbot, db)
    page.name.setText("   ")
    assert page.save() is False
    assert "Clinic name: (empty): required" in page.problems.text()
    # Revert shows the saved values again and clears the problems.
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.name.text() == Letterhead().name
    assert page.problems.text() == ""


def test_routes_and_database_location_are_shown(
    qtbot: QtBot, db: Database, qtmodeltester: ModelTester, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_for(qtbot, db)
    qtmodeltester.check(page.routes_model)
    names = [page.routes_model.rows[row].name for row in range(page.routes_model.rowCount())]
    assert "India → Bangladesh" in names
    assert "Bangladesh" in [
        page.routes_view.index(row, 1).data() for row in range(page.routes_view.rowCount())
    ]
    assert "case study" in page.route_source.text().lower()
    assert (
        str(Path("resources", "data", "routes")) in child(page.form, QLabel, "routesFolder").text()
    )
    assert db.location in child(page.form, QLabel, "databaseLocation").text()

    other = str(Path(db.location).parent / "other.sqlite3")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (other, ""))
    with qtbot.waitSignal(page.database_chosen) as chosen:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [other]


def test_the_day_of_sentence_setting_moves_the_release_dates(qtbot: QtBot, db: Database) -> None:
    from datetime import date

    from repatriate.domain.prisoner import PrisonerFile, Sentence, Status

    db.cases.add(
        PrisonerFile(
            ref="K-1",
            name="Salma",
            conviction_date=date(2025, 1, 15),
            sentence=Sentence(months=1),
            status=Status.SENTENCE_COMPLETED,
        )
    )
    page = page_for(qtbot, db)
    assert page.day_counts.isChecked()
    assert db.overstays.overstays(date(2025, 2, 20))[0].release_due == date(2025, 2, 14)

    page.day_counts.setChecked(False)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.problems.text() == "Settings saved."
    assert not db.settings.release_rule().sentence_day_counts
    assert db.overstays.overstays(date(2025, 2, 20))[0].release_due == date(2025, 2, 15)
    assert not page_for(qtbot, db).day_counts.isChecked()


def test_dates_are_iso_unless_the_long_form_is_chosen(qtbot: QtBot, db: Database) -> None:
    day = date(2025, 3, 5)
    try:
        page = page_for(qtbot, db)
        assert short_date(day) == "2025-03-05"
        assert page.date_format.currentData() == "iso"
        page.date_format.setCurrentIndex(page.date_format.findData("long"))
        assert page.save() is True
        assert db.settings.date_format() == "long"
        shown = short_date(day)
        assert "2025" in shown and "5" in shown and shown != "2025-03-05"
        # Another window on the same database shows dates the same way.
        use_date_format("iso")
        page_for(qtbot, db)
        assert short_date(day) == shown
    finally:
        use_date_format("iso")


def test_the_signatory_and_reference_are_set_in_settings(qtbot: QtBot, db: Database) -> None:
    page = page_for(qtbot, db)
    page.signatory.setText("Sabita Roy")
    page.designation.setText("Programme Coordinator")
    page.reference.setText("PLA/{nope}")
    assert page.save() is False
    assert "Letter reference" in page.problems.text()
    assert db.settings.letterhead().signatory == ""
    page.reference.setText("PLA/{country}/{year}")
    assert page.save() is True
    saved = db.settings.letterhead()
    assert (saved.signatory, saved.designation, saved.reference) == (
        "Sabita Roy",
        "Programme Coordinator",
        "PLA/{country}/{year}",
    )


def test_the_lock_minutes_are_saved_with_the_rest_or_refused_by_name(
    qtbot: QtBot, db: Database
) -> None:
    page = page_for(qtbot, db)
    assert (page.lock_after.minimum(), page.lock_after.maximum()) == (1, 1440)
    page.lock_after.setValue(240)
    assert page.save() is True
    assert db.settings.lock_after_minutes() == 240
    assert page_for(qtbot, db).lock_after.value() == 240

    with pytest.raises(InvalidInput) as refused:
        db.settings.save(db.settings.letterhead(), {}, lock_after_minutes="0")
    assert [(e.field, e.value) for e in refused.value.errors] == [("lock_after_minutes", "0")]
    assert db.settings.lock_after_minutes() == 240
