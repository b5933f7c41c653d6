"""Welcome: what an empty database shows, three ways to begin, and (once) the clinic's
letterhead for the letters to embassies, which can be skipped. Demo data goes into a database
file of its own, never into the clinic's."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.errors import InvalidInput, RepatriateError
from repatriate.services.database import Database, default_database
from repatriate.ui import tasks
from repatriate.ui.events import DataEvents

if TYPE_CHECKING:
    # Imported when first opened (see `import_csv`).
    from repatriate.ui.import_dialog import ImportDialog

DEMO_FILE = "repatriate-demo.sqlite3"
DEMO_CASES = 2000
"""Enough files for every page to show something (a few seconds' work), few enough to read."""


def demo_location(clinic_location: str) -> Path:
    """Where the demo database goes: beside the clinic's SQLite file, or in the default data
    folder when the clinic's database is a server; never the clinic's own file."""
    if "://" in clinic_location:
        folder = default_database().parent
    else:
        folder = Path(clinic_location).resolve().parent
    path = folder / DEMO_FILE
    if "://" not in clinic_location and path == Path(clinic_location).resolve():
        path = folder / f"{path.stem}-1{path.suffix}"
    return path


def fill_demo(path: Path, progress: tasks.Progress) -> str:
    """Open (creating) the demo database and fill it unless it has files already."""
    demo = Database.open(str(path), create=True)
    try:
        if demo.cases.count() == 0:
            demo.demo.fill(DEMO_CASES, progress=progress)
    finally:
        demo.close()
    return str(path)


class WelcomePage(QWidget):
    add_file_requested = Signal()
    demo_ready = Signal(str)
    """The demo database is filled (its path): the window reopens on it."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.import_dialog: ImportDialog | None = None
        self.filling: tasks.Task | None = None

        title = QLabel(self.tr("Welcome to Repatriate"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Repatriate keeps a file for every foreign prisoner you help: when their sentence "
                "ends, how long they have been held past it, which desk has their papers, and "
                "whom to call this week. This database has no files yet. How would you like "
                "to begin?"
            )
        )
        intro.setWordWrap(True)

        self.add_button = QCommandLinkButton(
            self.tr("&Add a file"),
            self.tr("Type in the details of one prisoner from the prison's records."),
        )
        self.import_button = QCommandLinkButton(
            self.tr("&Import a CSV…"),
            self.tr(
                "Bring in a list kept in a spreadsheet. You see every row and every problem "
                "before anything is written."
            ),
        )
        self.demo_button = QCommandLinkButton(
            self.tr("Explore &demo data"),
            self.tr(
                "Try the program on invented files, in a separate database (%1). Your own "
                "database stays empty; restart Repatriate to come back to it."
            ).replace("%1", str(demo_location(db.location))),
        )
        for button in (self.add_button, self.import_button, self.demo_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(button.description())
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Making the demo database"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.add_button)
        column.addWidget(self.import_button)
        column.addWidget(self.demo_button)
        column.addWidget(self.progress)
        column.addWidget(self.message)
        self.letterhead_box = self._letterhead_box()
        column.addWidget(self.letterhead_box)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(self.fontMetrics().averageCharWidth() * 100)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addSpacing(self.fontMetrics().height() * 3)
        inner_layout.addWidget(holder, 1, Qt.AlignmentFlag.AlignHCenter)
        # Scrolls rather than push the window past a small screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.add_button.clicked.connect(self.add_file_requested.emit)
        self.import_button.clicked.connect(self.import_csv)
        self.demo_button.clicked.connect(self.make_demo)

    def _letterhead_box(self) -> QGroupBox:
        """The clinic as its letters to embassies name it: asked once, on the first run."""
        box = QGroupBox(self.tr("Your clinic, as its letters to embassies will name it"))
        saved = self.db.settings.letterhead()
        self.clinic_fields: dict[str, QLineEdit] = {}
        form = QFormLayout(box)
        form.addRow(
            QLabel(
                self.tr(
                    "Printed on the cover letters and fact sheets. You can fill it in now or "
                    "later in Settings."
                )
            )
        )
        for field, caption in (
            ("name", self.tr("Clinic &name:")),
            ("address", self.tr("Add&ress:")),
            ("phone", self.tr("&Phone:")),
            ("email", self.tr("&E-mail:")),
            ("signatory", self.tr("&Signatory:")),
            ("designation", self.tr("Desi&gnation:")),
        ):
            edit = QLineEdit(str(getattr(saved, field)).replace("\n", ", "))
            edit.setObjectName(field)
            label = QLabel(caption)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.clinic_fields[field] = edit
        self.clinic_fields["address"].setPlaceholderText(
            self.tr("lines separated by commas, e.g. 12 Court Road, Kolkata 700001")
        )
        self.letterhead_problem = QLabel()
        self.letterhead_problem.setWordWrap(True)
        self.letterhead_problem.hide()
        self.save_letterhead_button = QPushButton(self.tr("Sa&ve the letterhead"))
        self.skip_letterhead_button = QPushButton(self.tr("S&kip for now"))
        self.save_letterhead_button.clicked.connect(self.save_letterhead)
        self.skip_letterhead_button.clicked.connect(self.skip_letterhead)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_letterhead_button)
        buttons.addWidget(self.skip_letterhead_button)
        buttons.addStretch(1)
        form.addRow(self.letterhead_problem)
        form.addRow(buttons)
        box.setVisible(not self.db.settings.letterhead_asked())
        return box

    def save_letterhead(self) -> bool:
        values = {field: edit.text().strip() for field, edit in self.clinic_fields.items()}
        values["address"] = "\n".join(
            part.strip() for part in values["address"].split(",") if part.strip()
        )
        try:
            current = self.db.settings.letterhead()
            self.db.settings.set_letterhead(dataclasses.replace(current, **values))
            self.db.settings.mark_letterhead_asked()
        except InvalidInput as exc:
            self.letterhead_problem.setText("\n".join(str(e) for e in exc.errors))
            self.letterhead_problem.show()
            return False
        except RepatriateError as exc:
            self.letterhead_problem.setText(str(exc))
            self.letterhead_problem.show()
            return False
        self.letterhead_box.hide()
        self.message.setText(self.tr("The letterhead is saved; Settings can change it."))
        self.events.files_changed()
        return True

    def skip_letterhead(self) -> None:
        self.db.settings.mark_letterhead_asked()
        self.letterhead_box.hide()
        self.message.setText(self.tr("The letterhead can be filled in later, in Settings."))

    def import_csv(self) -> ImportDialog:
        """Open the import dialog (window-modal; it announces the import itself)."""
        # Imported when first opened: its module (and the transfer service it imports) is not
        # read as the window starts.
        from repatriate.ui.import_dialog import ImportDialog

        self.import_dialog = ImportDialog(self.db, self.events, self)
        self.import_dialog.open()
        return self.import_dialog

    def make_demo(self) -> None:
        path = demo_location(self.db.location)
        self.demo_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Making the demo database in %1…").replace("%1", str(path)))
        self.filling = tasks.start(lambda progress, _c: fill_demo(path, progress), self)
        self.filling.progressed.connect(self._progressed)
        self.filling.done.connect(self._filled)
        self.filling.failed.connect(self._failed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _filled(self, path: str) -> None:
        self.progress.hide()
        self.demo_button.setEnabled(True)
        self.message.setText(self.tr("The demo database is ready: %1").replace("%1", path))
        self.demo_ready.emit(path)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.demo_button.setEnabled(True)
        self.message.setText(
            self.tr("The demo database could not be made: %1").replace("%1", message)
        )
