"""Importing prisoner files from CSV, with a preview of every row and the validation report
before anything is written; and exporting every file to CSV. Both run on a worker."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.errors import FieldError, InvalidInput
from repatriate.services.database import Database
from repatriate.services.transfer import ImportReport, read_text
from repatriate.ui import language, tasks
from repatriate.ui.events import DataEvents
from repatriate.ui.save_paths import documents_folder, unused_path
from repatriate.ui.tables import ERROR_COLOUR, Column, RowsModel, sorted_view, table_view


def dayfirst_label() -> str:
    return QCoreApplication.translate("ImportDialog", "Dates are written &day first (31/12/2024)")


def in_dialog_words(text: str) -> str:
    """A message from the import service in the dialog's words: the service speaks of the
    command line's options, the caseworker here sees checkboxes."""
    ticked = dayfirst_label().replace("&", "").split(" (")[0]
    return text.replace(
        "(or use --dayfirst)",
        QCoreApplication.translate("ImportDialog", "(or tick “%1”)").replace("%1", ticked),
    )


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row of the CSV as written in the file, and what is wrong with it."""

    number: int
    """The row number the validation report uses (the header is row 1)."""
    cells: tuple[str, ...]
    problems: tuple[FieldError, ...]

    def problem_in(self, column: str) -> FieldError | None:
        return next((p for p in self.problems if p.field == column), None)


@dataclass(frozen=True, slots=True)
class Preview:
    header: tuple[str, ...]
    rows: tuple[PreviewRow, ...]
    errors: tuple[FieldError, ...]
    """Every problem, the rows' and the header's, in row order."""
    report: ImportReport | None
    """The dry run's result when there is no problem."""


def preview_csv(db: Database, path: Path, dayfirst: bool, today: date) -> Preview:
    """Check a CSV as the import would (a dry run: nothing is written) and keep its rows as
    written, for the caseworker to see which cell is wrong."""
    text = read_text(path)
    # The dry run reports every problem the import would, a ref already in the database too.
    try:
        report = db.transfer.import_csv(path, dry_run=True, dayfirst=dayfirst, today=today)
        errors: list[FieldError] = []
    except InvalidInput as exc:
        report = None
        errors = [replace(e, reason=in_dialog_words(e.reason)) for e in exc.errors]
    # Read the rows the way parse_csv numbers them: the header is row 1, blank rows count.
    records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    header = tuple(cell.strip() for cell in records[0]) if records else ()
    rows = [
        PreviewRow(
            number,
            tuple(cell.strip() for cell in record),
            tuple(e for e in errors if e.row == number),
        )
        for number, record in enumerate(records[1:], start=2)
        if any(cell.strip() for cell in record)
    ]
    return Preview(header, tuple(rows), tuple(errors), report)


def preview_columns(header: tuple[str, ...]) -> list[Column[PreviewRow]]:
    """The row number, the file's own columns, then the row's problems."""

    def cell(index: int) -> Column[PreviewRow]:
        name = header[index]
        return Column(
            name,
            lambda r: r.cells[index] if index < len(r.cells) else "",
            tooltip=lambda r: str(r.problem_in(name) or ""),
            alert=lambda r: r.problem_in(name) is not None,
        )

    return [
        Column(
            QCoreApplication.translate("ImportDialog", "Row"),
            lambda r: str(r.number),
            sort_key=lambda r: r.number,
            numeric=True,
        ),
        *(cell(index) for index in range(len(header))),
        Column(
            QCoreApplication.translate("ImportDialog", "Problems"),
            lambda r: "; ".join(f"{p.field}: {p.reason}" for p in r.problems),
            sort_key=lambda r: len(r.problems),
            tooltip=lambda r: "\n".join(str(p) for p in r.problems),
            alert=lambda r: bool(r.problems),
        ),
    ]


class ImportDialog(QDialog):
    """Choose a CSV; every row is shown with its problems before anything is written, and
    Import stays disabled until there are none. The import is all or nothing."""

    imported = Signal(int)
    """How many files were written."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.preview: Preview | None = None
        self.checking: tasks.Task | None = None
        self.importing: tasks.Task | None = None
        self.reads = tasks.Reads(self)
        self.setWindowTitle(self.tr("Import prisoner files from CSV"))

        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("CSV file"))
        self.path.setPlaceholderText(self.tr("The CSV file to import"))
        path_label = QLabel(self.tr("CSV &file:"))
        path_label.setBuddy(self.path)
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.setToolTip(self.tr("Choose the CSV file to import"))
        self.check_button = QPushButton(self.tr("Check &again"))
        self.check_button.setToolTip(self.tr("Read the file again, after correcting it"))
        self.dayfirst = QCheckBox(dayfirst_label())
        self.dayfirst.setToolTip(
            self.tr("Without this, dates must be written as the year first: 2024-12-31")
        )
        top = QHBoxLayout()
        top.addWidget(path_label)
        top.addWidget(self.path, 1)
        top.addWidget(self.browse)
        top.addWidget(self.check_button)

        self.summary = QLabel(
            self.tr("Choose a CSV file: its rows are checked before anything is written.")
        )
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()

        self.model: RowsModel[PreviewRow] = RowsModel([], self)
        self.view = sorted_view(self.model, 0, Qt.SortOrder.AscendingOrder)
        self.table = table_view(self.view, self.tr("Rows of the CSV file"))
        # A problem selects its one cell, not the whole row.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setToolTip(self.tr("Choose a problem to see its cell in the rows above"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.problems)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.setToolTip(self.tr("Write every row, or none if any is wrong"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.dayfirst)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        # No default button: Return in the file name checks the file, it must not import it
        # (nor open the file chooser).
        for button in (self.browse, self.check_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
        self.browse.clicked.connect(self.choose_file)
        self.path.returnPressed.connect(self.check)
        self.check_button.clicked.connect(self.check)
        self.dayfirst.toggled.connect(lambda _: self.check())
        self.import_button.clicked.connect(self.import_files)
        self.close_button.clicked.connect(self.reject)
        self.problems.currentItemChanged.connect(lambda item, _: self.show_problem(item))
        self.resize(self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 36)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import prisoner files"),
            self.path.text() or str(documents_folder()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.path.setText(path)
            self.check()

    # -- checking ---------------------------------------------------------------------

    def check(self) -> None:
        """Read and check the file on a worker; nothing is written."""
        text = self.path.text().strip()
        self.reads.drop()
        self.import_button.setEnabled(False)
        if not text:
            return
        path = Path(text).expanduser()
        dayfirst = self.dayfirst.isChecked()
        today = date.today()
        self.summary.setText(self.tr("Checking %1…").replace("%1", str(path)))
        self.busy.show()
        self.checking = self.reads.run(
            lambda _p, _c: preview_csv(self.db, path, dayfirst, today),
            self._checked,
            self._check_failed,
        )

    def _checked(self, preview: Preview) -> None:
        self.busy.hide()
        self.preview = preview
        self.model.set_rows(preview.rows, preview_columns(preview.header))
        # Sized to the header and the first rows Qt samples (not all of a large file).
        self.table.resizeColumnsToContents()
        widest = self.fontMetrics().averageCharWidth() * 40
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.problems.clear()
        for error in preview.errors:
            item = QListWidgetItem(str(error))
            item.setData(Qt.ItemDataRole.UserRole, (error.row, error.field))
            self.problems.addItem(item)
        bad = sum(1 for r in preview.rows if r.problems)
        if preview.errors:
            self.summary.setText(
                language.digits(
                    self.tr(
                        "Problems found: %Ln, in %2 of the %3 rows. Nothing will be written until "
                        "every problem is corrected: correct the file, then choose Check again.",
                        "",
                        len(preview.errors),
                    )
                )
                .replace("%2", language.number(bad))
                .replace("%3", language.number(len(preview.rows)))
            )
            self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.import_button.setEnabled(False)
            return
        report = preview.report
        generated = len(report.generated_refs) if report else 0
        self.summary.setText(
            " ".join(
                (
                    self.tr(
                        "%Ln file(s) (is|are) ready to import;", "", report.rows if report else 0
                    ),
                    self.tr("%Ln will be given a new ref.", "", generated),
                )
            )
        )
        self.summary.setStyleSheet("")
        self.import_button.setEnabled(report is not None and report.rows > 0)

    def _check_failed(self, message: str) -> None:
        self.busy.hide()
        self.preview = None
        self.model.set_rows([], [])
        message = in_dialog_words(message)
        self.problems.clear()
        self.problems.addItem(message)
        self.summary.setText(self.tr("The file cannot be read: %1").replace("%1", message))
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")

    def show_problem(self, item: QListWidgetItem | None) -> None:
        """Select and scroll to the cell a problem is about (its row where the problem is the
        row's, not one cell's)."""
        if item is None or self.preview is None:
            return
        where = item.data(Qt.ItemDataRole.UserRole)
        if not where:
            return
        number, field = where
        row = next((i for i, r in enumerate(self.model.rows) if r.number == number), None)
        if row is None:
            return
        header = self.preview.header
        # Column 0 is the row number; the file's columns follow, then the problems.
        column = header.index(field) + 1 if field in header else len(header) + 1
        cell = self.view.mapFromSource(self.model.index(row, column))
        self.table.selectionModel().setCurrentIndex(
            cell, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.table.scrollTo(cell, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- importing --------------------------------------------------------------------

    def import_files(self) -> None:
        if self.preview is None or self.preview.errors:
            return
        path = Path(self.path.text().strip()).expanduser()
        dayfirst = self.dayfirst.isChecked()
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.busy.show()
        self.summary.setText(self.tr("Importing…"))
        self.importing = tasks.write(
            self,
            self.events,
            lambda _p, _c: self.db.transfer.import_csv(path, dayfirst=dayfirst),
            self._imported,
            self._import_failed,
        )

    def _imported(self, report: ImportReport) -> None:
        self.busy.hide()
        message = language.digits(
            self.tr("Imported %Ln file(s) from %1", "", report.imported)
        ).replace("%1", self.path.text())
        self.events.status.emit(message)
        self.imported.emit(report.imported)
        self.accept()

    def _import_failed(self, message: str) -> None:
        # The file changed since it was checked (or a ref was taken meanwhile): nothing was
        # written; show why and check it again.
        self.busy.hide()
        self.check_button.setEnabled(True)
        self.problems.clear()
        self.problems.addItem(in_dialog_words(message))
        self.check()


class ExportReport(QObject):
    """What an export tells when done (a class of its own: plural forms need one)."""

    def exported(self, count: int, target: Path) -> str:
        return language.digits(self.tr("%Ln file(s) exported to %1.", "", count)).replace(
            "%1", str(target)
        )


def export_all(parent: QWidget, db: Database, path: Path | None = None) -> tasks.Task | None:
    """Export every file to CSV (chosen with a file dialog unless `path` is given), on a
    worker; the result is reported in a message box."""
    if path is None:
        suggested = unused_path(
            documents_folder(), f"repatriate-files-{date.today().isoformat()}", ".csv"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ImportDialog", "Export every file to CSV"),
            str(suggested),
            QCoreApplication.translate("ImportDialog", "CSV files (*.csv)"),
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".csv") else chosen + ".csv")
    target = path
    title = QCoreApplication.translate("ImportDialog", "Export to CSV")
    # No Cancel: the export writes a temporary file that replaces the target only at the end,
    # and the service has no point at which to stop it.
    waiting = QProgressDialog(
        QCoreApplication.translate("ImportDialog", "Writing %1…").replace("%1", str(target)),
        "",
        0,
        0,
        parent,
    )
    waiting.setCancelButton(None)
    waiting.setWindowTitle(title)
    waiting.setMinimumDuration(300)
    # The byte-order mark lets Excel, which caseworkers open exports in, read names written
    # in their own script; the importer reads the file with or without it.
    task = tasks.start(lambda _p, _c: db.transfer.export_csv(target, bom=True), parent)
    task.done.connect(waiting.close)
    task.failed.connect(waiting.close)
    task.done.connect(
        lambda count: QMessageBox.information(
            parent,
            title,
            ExportReport().exported(count, target),
        )
    )
    task.failed.connect(lambda message: QMessageBox.warning(parent, title, message))
    return task
