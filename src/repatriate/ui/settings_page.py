"""Settings: the clinic's letterhead, the thresholds behind the flags, the default routes and
where the database is. The layout is forms/settings.ui; the behaviour is here.

"Open another database…" lets the caseworker choose a file and emits `database_chosen(path)`;
the main window reopens on it (as it does for the demo database). Opening the same database
every time is done by starting with `--db PATH` or setting REPATRIATE_DB, which the page says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.chain import Route
from repatriate.domain.errors import FieldError, InvalidInput, RepatriateError
from repatriate.domain.factsheets import DEFAULT_REFERENCE, Letterhead
from repatriate.domain.flags import Thresholds
from repatriate.resource_files import resource
from repatriate.services.codes import country_name
from repatriate.services.database import ENVIRONMENT_VARIABLE, Database, default_database
from repatriate.services.desks import routes
from repatriate.services.settings import LANGUAGE, LANGUAGES, LOCK_AFTER, NATIVE_DIGITS
from repatriate.ui.dates import long_date, use_date_format
from repatriate.ui.events import DataEvents
from repatriate.ui.forms import child, load_form
from repatriate.ui.language import number
from repatriate.ui.tables import ERROR_COLOUR, Column, RowsModel, sorted_view, table_view

MAX_THRESHOLD = 99_999
"""The spin boxes go past what the service accepts, so that a value out of its range gets the
service's own message rather than being silently clamped."""
LETTERHEAD_KEYS = {
    "clinic.name": "clinicName",
    "clinic.address": "clinicAddress",
    "clinic.phone": "clinicPhone",
    "clinic.email": "clinicEmail",
    "factsheet.request": "requestText",
    "clinic.signatory": "signatory",
    "clinic.designation": "designation",
    "letter.reference": "letterReference",
}
"""The setting keys the service names in its errors, and the form's field for each."""


class SettingsPage(QWidget):
    database_chosen = Signal(str)
    """The caseworker chose another database file to open (its path)."""
    saved = Signal()

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.form = load_form("settings.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)

        self.name = child(self.form, QLineEdit, "clinicName")
        self.address = child(self.form, QPlainTextEdit, "clinicAddress")
        self.phone = child(self.form, QLineEdit, "clinicPhone")
        self.email = child(self.form, QLineEdit, "clinicEmail")
        self.request = child(self.form, QPlainTextEdit, "requestText")
        self.problems = child(self.form, QLabel, "problems")
        self.save_button = child(self.form, QPushButton, "saveButton")
        self.revert_button = child(self.form, QPushButton, "revertButton")
        self.open_button = child(self.form, QPushButton, "openDatabaseButton")
        line = self.fontMetrics().height()
        self.address.setMinimumHeight(line * 4)
        self.address.setMaximumHeight(line * 6)
        self.request.setMinimumHeight(line * 6)
        letterhead_layout = child(self.form, QFormLayout, "letterheadLayout")
        self.signatory = QLineEdit()
        self.designation = QLineEdit()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(DEFAULT_REFERENCE)
        self.reference.setToolTip(
            self.tr(
                "The reference on the clinic's letters. In braces: {country} (its code), "
                "{date} (YYYY-MM-DD), {year}, {count} (how many people the letter is about)."
            )
        )
        for row, (widget, name, text) in enumerate(
            (
                (self.signatory, "signatory", self.tr("Si&gnatory:")),
                (self.designation, "designation", self.tr("Desi&gnation:")),
                (self.reference, "letterReference", self.tr("Letter &reference:")),
            ),
            start=4,
        ):
            widget.setObjectName(name)
            buddy = QLabel(text)
            buddy.setBuddy(widget)
            letterhead_layout.insertRow(row, buddy, widget)

        self.spins: dict[str, QSpinBox] = {}
        self.threshold_labels: dict[str, str] = {}
        thresholds_layout = child(self.form, QFormLayout, "thresholdsLayout")
        for name in Thresholds.names():
            spin = QSpinBox()
            spin.setRange(0, MAX_THRESHOLD)
            spin.setObjectName(name)
            spin.setGroupSeparatorShown(True)
            label, tip = self._threshold_words(name)
            spin.setAccessibleName(label)
            spin.setToolTip(tip)
            caption = QLabel(label + ":")
            caption.setBuddy(spin)
            thresholds_layout.addRow(caption, spin)
            self.spins[name] = spin
            self.threshold_labels[name] = label
        self.day_counts = QCheckBox(self.tr("The day of sentence counts as a day served"))
        self.day_counts.setObjectName("sentence_day_counts")
        self.day_counts.setToolTip(
            self.tr(
                "As jail manuals count: a one-month term passed on 15 January ends on "
                "14 February. Every file's release date is worked out again when this changes."
            )
        )
        thresholds_layout.addRow(self.tr("Release date:"), self.day_counts)
        example = date(2026, 3, 5)
        self.date_format = QComboBox()
        self.date_format.setObjectName("date_format")
        self.date_format.setAccessibleName(self.tr("Dates shown as"))
        self.date_format.addItem(
            self.tr("%1 (year-month-day, ISO)").replace("%1", example.isoformat()), "iso"
        )
        self.date_format.addItem(
            self.tr("%1 (this language's long form)").replace("%1", long_date(example)), "long"
        )
        date_caption = QLabel(self.tr("Dates shown as:"))
        date_caption.setBuddy(self.date_format)
        thresholds_layout.addRow(date_caption, self.date_format)
        self.language = QComboBox()
        self.language.setObjectName(LANGUAGE)
        self.language.setAccessibleName(self.tr("Language of the window"))
        for code, name in LANGUAGES.items():
            shown = self.tr("The computer's language") if code == "system" else name
            self.language.addItem(shown, code)
        self.language.setToolTip(
            self.tr(
                "The window's language; it changes when Repatriate next starts. Fact sheets "
                "stay in English for the embassy, and commands answer in English."
            )
        )
        language_caption = QLabel(self.tr("&Language:"))
        language_caption.setBuddy(self.language)
        thresholds_layout.addRow(language_caption, self.language)
        self.native_digits = QCheckBox(
            self.tr("Write numbers and dates in the language's own digits")
        )
        self.native_digits.setObjectName(NATIVE_DIGITS)
        self.native_digits.setToolTip(
            self.tr("Bengali ০-৯, Hindi and Nepali ०-९, Urdu ۰-۹; from the next start")
        )
        thresholds_layout.addRow("", self.native_digits)
        self.lock_after = QSpinBox()
        self.lock_after.setObjectName(LOCK_AFTER)
        self.lock_after.setRange(1, 1440)
        self.lock_after.setSuffix(self.tr(" min"))
        self.lock_after.setAccessibleName(self.tr("Lock the window after minutes without use"))
        self.lock_after.setToolTip(
            self.tr(
                "After this many minutes without a key press or a click the window hides the "
                "files until it is unlocked (with the passphrase, for an encrypted database). "
                "Ctrl+L locks it at once."
            )
        )
        lock_caption = QLabel(self.tr("Lock after, without use:"))
        lock_caption.setBuddy(self.lock_after)
        thresholds_layout.addRow(lock_caption, self.lock_after)
        # Every page shows dates through ui.dates; it is told the clinic's choice before any
        # page loads.
        use_date_format(db.settings.date_format())

        self.routes_model: RowsModel[Route] = RowsModel(
            [
                Column(self.tr("Route"), lambda r: r.name),
                Column(
                    self.tr("For"),
                    lambda r: (
                        ", ".join(country_name(c) for c in r.to_countries)
                        or self.tr("any other country")
                    ),
                ),
                Column(
                    self.tr("Steps"),
                    lambda r: number(len(r.steps)),
                    sort_key=lambda r: len(r.steps),
                    numeric=True,
                ),
                Column(self.tr("Source"), lambda r: r.source, tooltip=lambda r: r.source),
            ],
            self,
        )
        self.routes_model.set_rows(routes())
        self.routes_view = sorted_view(self.routes_model, 0, Qt.SortOrder.AscendingOrder)
        self.routes_table = table_view(
            self.routes_view,
            self.tr("Default routes"),
            child(self.form, QTableView, "routesTable"),
        )
        self.routes_table.setColumnWidth(0, 190)
        self.routes_table.setColumnWidth(1, 150)
        self.routes_table.setColumnWidth(2, 60)
        # A few routes: the table is as tall as its rows, the chosen one's source shows below.
        self.routes_table.setMaximumHeight(
            self.routes_table.horizontalHeader().sizeHint().height()
            + self.routes_table.verticalHeader().defaultSectionSize() * (len(routes()) + 1)
        )
        self.route_source = child(self.form, QLabel, "routeSource")
        self.routes_table.selectionModel().currentRowChanged.connect(self._show_route_source)
        self.routes_table.selectRow(0)
        folder = resource("data", "routes")
        child(self.form, QLabel, "routesFolder").setText(
            self.tr(
                "The routes are the steps a file goes through to get a person home, read from the "
                "route files in %1. Each step says whether it comes from the case study or is our "
                "assumption."
            ).replace("%1", str(folder))
        )

        child(self.form, QLabel, "databaseLocation").setText(
            self.tr("This window works on: %1").replace("%1", db.location)
        )
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        child(self.form, QLabel, "databaseNote").setText(
            self.tr(
                "To open another database every time, start Repatriate with --db PATH or set "
                "the %1 environment variable. Without either it opens %2. Keep the database in a "
                "folder that is backed up, such as %3."
            )
            .replace("%1", ENVIRONMENT_VARIABLE)
            .replace("%2", str(default_database()))
            .replace("%3", documents)
        )

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        self.open_button.clicked.connect(self.choose_database)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.load()

    def _show_route_source(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.route_source.clear()
            return
        route = self.routes_model.row_at(self.routes_view.mapToSource(index).row())
        self.route_source.setText(
            self.tr("%1: %2").replace("%1", route.name).replace("%2", route.source)
        )

    def _threshold_words(self, name: str) -> tuple[str, str]:
        """The label and tooltip of a threshold's spin box."""
        words = {
            "long_overstay_days": (
                self.tr("Long overstay (days)"),
                self.tr("Days past release that count as a long overstay"),
            ),
            "very_long_overstay_days": (
                self.tr("Very long overstay (days)"),
                self.tr("Days past release that count as a very long overstay"),
            ),
            "release_soon_days": (
                self.tr("Start repatriation before release (days)"),
                self.tr("Flag a file whose release is this close and no step has been taken"),
            ),
            "unverified_after_days": (
                self.tr("Nationality unverified after (days)"),
                self.tr("Flag a nationality still not verified this long after the sentence"),
            ),
            "consular_access_days": (
                self.tr("Consular access within (days)"),
                self.tr("Flag a file with no consular access this long after arrest"),
            ),
            "photo_max_age_years": (
                self.tr("Photo out of date after (years)"),
                self.tr("Embassies need a recent photograph"),
            ),
            "escalate_after_followups": (
                self.tr("Escalate after unanswered follow-ups"),
                self.tr(
                    "Weekly follow-ups with one desk gone unanswered before the next lever is "
                    "suggested (a number of chases: 6 is six weeks)"
                ),
            ),
            "rti_reply_days": (
                self.tr("RTI reply due within (days)"),
                self.tr("Statutory time for a reply to a Right to Information request"),
            ),
            "travel_document_weeks": (
                self.tr("Travel document expiring within (weeks)"),
                self.tr(
                    "With no hand-over date planned, flag a travel document that expires "
                    "within this many weeks"
                ),
            ),
        }
        return words.get(name, (name.replace("_", " "), ""))

    # -- loading and saving ---------------------------------------------------------

    def load(self) -> None:
        """Show the saved settings."""
        letterhead = self.db.settings.letterhead()
        self.name.setText(letterhead.name)
        self.address.setPlainText(letterhead.address)
        self.phone.setText(letterhead.phone)
        self.email.setText(letterhead.email)
        self.request.setPlainText(letterhead.request)
        self.signatory.setText(letterhead.signatory)
        self.designation.setText(letterhead.designation)
        self.reference.setText(letterhead.reference)
        thresholds = self.db.settings.thresholds()
        for name, spin in self.spins.items():
            spin.setValue(getattr(thresholds, name))
        self.day_counts.setChecked(self.db.settings.release_rule().sentence_day_counts)
        self.date_format.setCurrentIndex(
            max(self.date_format.findData(self.db.settings.date_format()), 0)
        )
        self.lock_after.setValue(self.db.settings.lock_after_minutes())
        self.language.setCurrentIndex(max(self.language.findData(self.db.settings.language()), 0))
        self.native_digits.setChecked(self.db.settings.native_digits())
        self._show_problems([])

    def letterhead(self) -> Letterhead:
        return Letterhead(
            name=self.name.text(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
            request=self.request.toPlainText(),
            signatory=self.signatory.text(),
            designation=self.designation.text(),
            reference=self.reference.text(),
        )

    def save(self) -> bool:
        """Save everything, or nothing with the problems shown beside the Save button."""
        values = {name: str(spin.value()) for name, spin in self.spins.items()}
        try:
            day_counts = "yes" if self.day_counts.isChecked() else "no"
            shown_as = str(self.date_format.currentData())
            self.db.settings.save(
                self.letterhead(), values, day_counts, shown_as, str(self.lock_after.value())
            )
        except InvalidInput as exc:
            self._show_problems(exc.errors)
            return False
        except RepatriateError as exc:
            self._show_problems([], str(exc))
            return False
        use_date_format(shown_as)
        restart = self._save_language()
        self.load()
        self.problems.setText(
            self.tr("Settings saved. The language changes when Repatriate next starts.")
            if restart
            else self.tr("Settings saved.")
        )
        self.events.files_changed()
        self.events.status.emit(self.tr("Settings saved"))
        self.saved.emit()
        return True

    def _save_language(self) -> bool:
        """Save the language and digits; whether they changed (they apply on the next start)."""
        settings = self.db.settings
        language = str(self.language.currentData())
        native = self.native_digits.isChecked()
        changed = (language, native) != (settings.language(), settings.native_digits())
        if changed:
            settings.set_language(language)
            settings.set_native_digits("yes" if native else "no")
        return changed

    def _show_problems(self, errors: list[FieldError], message: str = "") -> None:
        """List the problems beside the Save button and mark the labels of the fields at fault
        (a style sheet on a spin box would lose its arrows)."""
        lines = [message] if message else []
        for caption in self.form.findChildren(QLabel):
            if caption.buddy() is not None:
                caption.setStyleSheet("")
        first: QWidget | None = None
        for error in errors:
            widget, name = self._field(error.field)
            lines.append(
                self.tr("%1: %2: %3")
                .replace("%1", name)
                .replace("%2", error.value or self.tr("(empty)"))
                .replace("%3", error.reason)
            )
            if widget is not None:
                marked = self.form_label(widget)
                if marked is not None:
                    marked.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
                first = first or widget
        self.problems.setText("\n".join(lines))
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR};" if lines else "")
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def form_label(self, widget: QWidget) -> QLabel | None:
        """The label in front of a field."""
        for label in self.form.findChildren(QLabel):
            if label.buddy() is widget:
                return label
        return None

    def _field(self, key: str) -> tuple[QWidget | None, str]:
        """The widget and label text of the setting an error names."""
        if key in self.spins:
            return self.spins[key], self.threshold_labels[key]
        if key == self.day_counts.objectName():
            return self.day_counts, self.day_counts.text()
        if key == LOCK_AFTER:
            return self.lock_after, self.lock_after.accessibleName()
        name = LETTERHEAD_KEYS.get(key)
        if name is None:
            return None, key
        widget = child(self.form, QWidget, name)
        label = self.form_label(widget)
        text = label.text() if label is not None else name
        return widget, text.replace("&", "").rstrip(":")

    # -- another database -----------------------------------------------------------

    def choose_database(self) -> None:
        start = str(Path(self.db.location).parent) if "://" not in self.db.location else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open another database"),
            start,
            self.tr("Repatriate databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.database_chosen.emit(path)
