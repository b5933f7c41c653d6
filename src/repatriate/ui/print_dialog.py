"""Printing fact sheets: one file's, or an embassy's batch of its nationals, on a worker with a
progress bar and Cancel; then who was left out and why, and the PDF to open."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.errors import InvalidInput, RepatriateError
from repatriate.domain.factsheets import clinic_request, risk_reason
from repatriate.services.codes import country_name
from repatriate.services.database import Database
from repatriate.services.factsheets import LeftOut, NobodyToPrint, Printed, letter_languages
from repatriate.services.register import FileSummary, embassy_choices
from repatriate.ui import language, tasks
from repatriate.ui.events import DataEvents
from repatriate.ui.printer import Sent, choose_printer, print_pdf
from repatriate.ui.save_paths import documents_folder, unused_path

PROBLEM_COLOUR = "#b71c1c"


class PrintDialog(QDialog):
    """With `ref`, prints that file's fact sheet; without, an embassy batch."""

    printed = Signal(str)
    """The path of the PDF just written."""

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        parent: QWidget | None = None,
        ref: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.ref = ref
        self.loading: tasks.Task | None = None
        self.task: tasks.Task | None = None
        self.last_pdf: Path | None = None
        self._path_edited = False
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl
        """How the PDF is opened; tests replace it so that no viewer starts."""
        self.ask_printer: Callable[[QPrinter], bool] = lambda p: choose_printer(self, p)
        """Shows the system's print dialog for a printer; tests choose a PDF printer."""
        self._label = ""
        self.setWindowTitle(self.tr("Print fact sheet") if ref else self.tr("Embassy batch"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Embassy of"))
        self.past_only = QRadioButton(self.tr("Only those &past their release date"))
        self.everyone = QRadioButton(self.tr("E&veryone still held"))
        self.past_only.setChecked(True)
        self.who = QButtonGroup(self)
        self.who.addButton(self.past_only)
        self.who.addButton(self.everyone)
        self.csv_annex = QCheckBox(self.tr("Also write the annex table as a CSV file"))
        self.csv_annex.setToolTip(
            self.tr("Beside the PDF, with the same name ending in .csv, for the embassy's records")
        )
        if ref is None:
            self.country.addItem(self.tr("Reading the files…"), "")
            embassy_label = QLabel(self.tr("&Embassy of:"))
            embassy_label.setBuddy(self.country)
            form.addRow(embassy_label, self.country)
            who = QVBoxLayout()
            who.addWidget(self.past_only)
            who.addWidget(self.everyone)
            form.addRow(self.tr("Include:"), who)
        else:
            form.addRow(self.tr("File:"), QLabel(self._describe(ref)))
        # Empty: the sheet asks what fits the person's situation (or the clinic's own ask).
        self.request = QPlainTextEdit(clinic_request(self.db.settings.letterhead()) or "")
        self.request.setPlaceholderText(
            self.tr(
                "Leave empty for the usual ask, fitting the person's situation: verification "
                "and a travel document, the travel document once verified, consular access "
                "under trial, a referral when the sheet goes to UNHCR."
            )
        )
        self.request.setTabChangesFocus(True)
        self.request.setAccessibleName(self.tr("Request to the embassy"))
        self.request.setMinimumHeight(self.fontMetrics().height() * 5)
        self.request.setMaximumHeight(self.fontMetrics().height() * 9)
        request_label = QLabel(self.tr("&Request:"))
        request_label.setBuddy(self.request)
        form.addRow(request_label, self.request)
        self.documents = QCheckBox(self.tr("Include the attached &documents"))
        self.documents.setChecked(True)
        form.addRow("", self.documents)
        self.letter_language = QComboBox()
        for code in letter_languages():
            self.letter_language.addItem(QLocale(code).nativeLanguageName(), code)
        self.letter_language.setToolTip(
            self.tr("The fact sheets stay in English; the cover letter can be in the embassy's")
        )
        if ref is None:
            form.addRow("", self.csv_annex)
            letter_label = QLabel(self.tr("Cover &letter in:"))
            letter_label.setBuddy(self.letter_language)
            form.addRow(letter_label, self.letter_language)
        self.output = QLineEdit()
        self.output.setAccessibleName(self.tr("Save the PDF as"))
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.setToolTip(self.tr("Choose where to save the PDF"))
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(self.browse)
        output_label = QLabel(self.tr("Save &as:"))
        output_label.setBuddy(self.output)
        form.addRow(output_label, where)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("What was printed"))
        self.report.hide()

        self.override_button = QPushButton(self.tr("O&verride with a reason…"))
        self.override_button.setToolTip(
            self.tr("Record why this sheet may go to the home embassy despite the risk on return")
        )
        self.override_button.hide()
        self.open_button = QPushButton(self.tr("&Open the PDF"))
        self.open_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("&Save as PDF"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(
            self.tr("Write the PDF (the old file is kept until it is done)")
        )
        self.send_button = QPushButton(self.tr("&Print…"))
        self.send_button.setToolTip(self.tr("Choose a printer and send the sheets to it"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.override_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.report, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)

        self.output.textEdited.connect(self._path_typed)
        self.browse.clicked.connect(self.choose_path)
        self.save_button.clicked.connect(self.save_pdf)
        self.send_button.clicked.connect(self.send_to_printer)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self.open_pdf)
        self.override_button.clicked.connect(lambda: self.override_risk())
        self.csv_annex.toggled.connect(lambda _: self.problems.clear())
        self.country.currentIndexChanged.connect(self._suggest_path)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())
        if ref is None:
            self.save_button.setEnabled(False)
            self.send_button.setEnabled(False)
            self._load_countries()
        self._suggest_path()

    def _describe(self, ref: str) -> str:
        try:
            pf = self.db.cases.get(ref)
        except RepatriateError:
            return ref
        return f"{ref} — {pf.name}"

    # -- the embassy choice -----------------------------------------------------------

    def _load_countries(self) -> None:
        as_of = date.today()
        self.loading = tasks.start(lambda _p, _c: self.db.register.summaries(as_of), self)
        self.loading.done.connect(self._countries_loaded)
        self.loading.failed.connect(self.problems.setText)

    def _countries_loaded(self, summaries: list[FileSummary]) -> None:
        self.country.blockSignals(True)
        self.country.clear()
        for code, held, past in embassy_choices(summaries):
            self.country.addItem(
                self.tr("%1 (%2): %3 held, %4 past release")
                .replace("%1", country_name(code))
                .replace("%2", code)
                .replace("%3", language.number(held))
                .replace("%4", language.number(past)),
                code,
            )
        self.country.blockSignals(False)
        if self.country.count() == 0:
            self.problems.setText(self.tr("Nobody is held: there is no embassy to write to."))
            return
        self._enable()
        self._suggest_path()

    def choose_country(self, code: str) -> None:
        index = self.country.findData(code)
        if index < 0:
            raise RepatriateError(f"embassy: {code}: nobody of that nationality is held")
        self.country.setCurrentIndex(index)

    # -- where the PDF goes -------------------------------------------------------------

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def _suggest_path(self) -> None:
        if self._path_edited:
            return
        today = date.today().isoformat()
        if self.ref is not None:
            stem = f"fact-sheet-{self.ref}-{today}"
        else:
            stem = f"fact-sheets-{self.country.currentData() or 'embassy'}-{today}"
        self.output.setText(str(unused_path(documents_folder(), stem, ".pdf")))

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the fact sheets as"), self.output.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.output.setText(path if path.lower().endswith(".pdf") else path + ".pdf")
            self._path_edited = True

    def target(self) -> Path | None:
        """The PDF to write, or None with the problem shown."""
        text = self.output.text().strip()
        path = Path(text).expanduser()
        if not text or path.suffix.lower() != ".pdf":
            self._problem(self.tr("Save as"), text, self.tr("give a file name ending in .pdf"))
            return None
        if not path.parent.is_dir():
            self._problem(
                self.tr("Save as"),
                text,
                self.tr("the folder %1 does not exist").replace("%1", str(path.parent)),
            )
            return None
        return path

    def _problem(self, field: str, value: str, reason: str) -> None:
        self.problems.setText(
            self.tr("%1: %2: %3")
            .replace("%1", field)
            .replace("%2", value or self.tr("(empty)"))
            .replace("%3", reason)
        )

    # -- printing -----------------------------------------------------------------------

    def save_pdf(self) -> None:
        """Write the sheets to the PDF named in Save as."""
        self.problems.clear()
        self.override_button.hide()
        target = self.target()
        if target is None:
            return
        write = self._writer()
        if write is None:
            return

        def work(progress: tasks.Progress, cancelled: tasks.CancelCheck) -> object:
            return write(target, progress, cancelled)

        self._run(work, lambda result: self._saved(result, target))

    def send_to_printer(self) -> None:
        """Ask for a printer in the system's print dialog, then write the sheets to a private
        temporary PDF, send its pages there and delete it."""
        self.problems.clear()
        self.override_button.hide()
        write = self._writer()
        if write is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if not self.ask_printer(printer):
            return

        def work(progress: tasks.Progress, cancelled: tasks.CancelCheck) -> object:
            with tempfile.TemporaryDirectory(prefix="repatriate-print-") as folder:
                pdf = Path(folder) / "fact-sheets.pdf"
                result = write(pdf, progress, cancelled)
                if not isinstance(result, Printed) or cancelled():
                    return result
                return Sent(result, print_pdf(pdf, printer, progress, cancelled))

        self._run(work, lambda result: self._sent(result, printer))

    def _writer(self) -> Callable[[Path, tasks.Progress, tasks.CancelCheck], object] | None:
        """What writes the sheets to a PDF, or None with the problem shown."""
        request = self.request.toPlainText().strip() or None
        documents = self.documents.isChecked()
        ref = self.ref
        db = self.db
        if ref is not None:

            def one(target: Path, progress: tasks.Progress, cancelled: tasks.CancelCheck) -> object:
                return db.factsheets.sheet(
                    ref,
                    target,
                    request=request,
                    documents=documents,
                    progress=progress,
                    cancelled=cancelled,
                )

            self._label = self.tr("Writing the fact sheet of %1…").replace("%1", ref)
            return one
        country = self.country.currentData()
        if not country:
            self._problem(self.tr("Embassy"), "", self.tr("choose the embassy's country"))
            return None
        overstaying = self.past_only.isChecked()
        with_annex = self.csv_annex.isChecked()
        letter_language = str(self.letter_language.currentData())

        def batch(target: Path, progress: tasks.Progress, cancelled: tasks.CancelCheck) -> object:
            annex = target.with_suffix(".csv") if with_annex else None
            # Who was left out is part of the answer even when nobody could be printed.
            try:
                return db.factsheets.batch(
                    country,
                    target,
                    csv_target=annex,
                    overstaying=overstaying,
                    letter_language=letter_language,
                    request=request,
                    documents=documents,
                    progress=progress,
                    cancelled=cancelled,
                )
            except NobodyToPrint as nobody:
                return nobody

        self._label = self.tr("Writing the batch for the embassy of %1…").replace(
            "%1", country_name(country)
        )
        return batch

    def _run(self, work: tasks.Work, done: Callable[[Any], None]) -> None:
        for button in (self.save_button, self.send_button, self.open_button):
            button.setEnabled(False)
        self.task = tasks.with_progress(self, self.windowTitle(), self._label, work)
        self.task.done.connect(done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)

    def _enable(self) -> None:
        self.save_button.setEnabled(True)
        self.send_button.setEnabled(True)

    def _nobody(self, result: NobodyToPrint) -> None:
        self._show_report(
            self.tr("Nothing was printed: %1").replace("%1", str(result)), result.left_out
        )

    def _sent(self, result: Sent | NobodyToPrint | None, printer: QPrinter) -> None:
        self._enable()
        if result is None:
            self._cancelled()
            return
        if isinstance(result, NobodyToPrint):
            self._nobody(result)
            return
        where = printer.printerName() or printer.outputFileName()
        headline = (
            self.tr("Fact sheets for %2: %Ln, sent to the printer %3", "", len(result.printed.refs))
            .replace("%2", result.printed.embassy.organisation)
            .replace("%3", where)
        )
        pages = self.tr("pages sent: %Ln.", "", result.pages)
        self._show_report(f"{headline}; {pages}", result.printed.left_out)
        self.events.status.emit(self.tr("Fact sheets sent to %1").replace("%1", where))

    def _saved(self, result: Printed | NobodyToPrint, target: Path) -> None:
        self._enable()
        if isinstance(result, NobodyToPrint):
            self._nobody(result)
            return
        count = len(result.refs)
        lines = [
            self.tr("Fact sheets for %2: %Ln, written to %3.", "", count)
            .replace("%2", result.embassy.organisation)
            .replace("%3", str(target))
        ]
        if self.ref is None and self.csv_annex.isChecked():
            lines.append(
                self.tr("The annex table is in %1.").replace("%1", str(target.with_suffix(".csv")))
            )
        self._show_report("\n".join(lines), result.left_out)
        self.last_pdf = target
        self.open_button.setEnabled(True)
        self.open_button.setFocus()
        self.events.status.emit(self.tr("Fact sheets written to %1").replace("%1", str(target)))
        self.printed.emit(str(target))

    def _show_report(self, headline: str, left_out: tuple[LeftOut, ...]) -> None:
        lines = [headline]
        if left_out:
            lines += [
                "",
                self.tr("Left out (%1), for you to look at:").replace(
                    "%1", language.number(len(left_out))
                ),
            ]
            lines += [f"{item.ref}: {item.reason}" for item in left_out]
        self.report.setPlainText("\n".join(lines))
        self.report.show()

    def _failed(self, message: str) -> None:
        self._enable()
        self.problems.setText(message)
        if self.ref is not None:
            try:
                groups = self.db.settings.at_risk_groups()
                at_risk = bool(risk_reason(self.db.cases.get(self.ref), groups))
            except RepatriateError:
                at_risk = False
            self.override_button.setVisible(at_risk)

    def _cancelled(self) -> None:
        self._enable()
        self.problems.setText(self.tr("Cancelled: nothing was written or sent."))

    # -- after printing -----------------------------------------------------------------

    def open_pdf(self) -> None:
        if self.last_pdf is not None:
            self.opener(QUrl.fromLocalFile(str(self.last_pdf)))

    def override_risk(self, reason: str | None = None) -> bool:
        """Record why this file's sheet may go to the home embassy; asks for the reason when
        none is given. Whether an override was recorded."""
        if self.ref is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Override the risk on return"),
                self.tr(
                    "%1 may be at risk if returned. Say why a fact sheet may go to the home "
                    "country's embassy all the same. The override opens that one embassy only; "
                    "the reason, the date and your name are kept on the file."
                ).replace("%1", self.ref),
            )
            if not ok:
                return False
        try:
            self.db.factsheets.override_risk(self.ref, reason)
        except InvalidInput as exc:
            self.problems.setText("\n".join(str(e) for e in exc.errors))
            return False
        except RepatriateError as exc:
            self.problems.setText(str(exc))
            return False
        self.override_button.hide()
        self.problems.clear()
        self.report.setPlainText(
            self.tr("Override recorded: %1\nPrint again to write the sheet.").replace("%1", reason)
        )
        self.report.show()
        self.events.files_changed(self.ref)
        return True
