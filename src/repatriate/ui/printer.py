"""Sending a PDF to a printer chosen in the system's print dialog.

Qt prints by painting on a QPrinter, and PySide6-Essentials has no PDF renderer, so each page
is rasterised with PDFium (pypdfium2, the renderer Chrome uses; its wheels carry the library)
at the printer's resolution, capped at 300 dots per inch, and painted fitted to the printable
area. The same path serves every system's printers, and a PDF printer in tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from repatriate.domain.errors import RepatriateError
from repatriate.services.factsheets import Printed
from repatriate.ui.tasks import CancelCheck, Progress

MAX_DPI = 300
"""Sharp for text and photos on office printers; higher only costs time and memory."""


class PrinterFailed(RepatriateError):
    """The printer could not be started or refused a page."""


@dataclass(frozen=True, slots=True)
class Sent:
    """Sheets sent to a printer: what was printed, and how many pages went."""

    printed: Printed
    pages: int


def choose_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The system's print dialog for `printer`; whether a printer was chosen."""
    dialog = QPrintDialog(printer, parent)
    title = QCoreApplication.translate("PrintDialog", "Print %1")
    dialog.setWindowTitle(title.replace("%1", parent.windowTitle()))
    return dialog.exec() == QDialog.DialogCode.Accepted


def page_numbers(printer: QPrinter, pages: int) -> range:
    """The 0-based pages to print: the range asked for in the dialog, within the document."""
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:
        return range(pages)
    return range(max(first, 1) - 1, min(last or pages, pages))


def print_pdf(pdf: Path, printer: QPrinter, progress: Progress, cancelled: CancelCheck) -> int:
    """Paint every page of `pdf` on `printer`; the number of pages sent. A cancel between
    pages aborts the print job, so nothing half-printed is queued."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        wanted = page_numbers(printer, len(document))
        if not wanted:
            raise PrinterFailed(
                f"pages: {printer.fromPage()} to {printer.toPage()}: "
                f"the document has {len(document)} pages"
            )
        dpi = min(printer.resolution(), MAX_DPI)
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            name = printer.printerName() or printer.outputFileName()
            raise PrinterFailed(f"printer: {name}: it could not be started")
        try:
            # The sheet carries its own margins: its page is laid on the whole paper.
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            for done, number in enumerate(wanted):
                if cancelled():
                    printer.abort()
                    return 0
                if done and not printer.newPage():
                    raise PrinterFailed(f"page {number + 1}: the printer refused it")
                page = document[number]
                image = page.render(scale=dpi / 72).to_pil().convert("RGB")
                page.close()
                if (image.width > image.height) != (paper.width() > paper.height()):
                    # A landscape annex on portrait paper turns, as PDF viewers print it.
                    image = image.rotate(90, expand=True)
                pixels = image.tobytes()
                picture = QImage(
                    pixels, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888
                )
                fitted = QSizeF(picture.size()).scaled(
                    paper.size(), Qt.AspectRatioMode.KeepAspectRatio
                )
                corner = QPointF(
                    (paper.width() - fitted.width()) / 2, (paper.height() - fitted.height()) / 2
                )
                painter.drawImage(QRectF(corner, fitted), picture)
                progress(done + 1, len(wanted))
        finally:
            painter.end()
        return len(wanted)
    finally:
        document.close()
