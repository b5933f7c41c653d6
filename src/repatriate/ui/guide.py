"""The caseworker's guide (Help > Guide, F1): resources/guide/index.html in a browser window
that works offline, opened at the section of the page the caseworker is on."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from repatriate.resource_files import resource

GUIDE = "index.html"

SECTIONS = {
    "welcome": "welcome",
    "files": "files-page",
    "editor": "file-page",
    "week": "week-page",
    "desks": "desks-page",
    "overview": "overview-page",
    "advocacy": "advocacy-page",
    "settings": "settings-page",
}
"""The guide's anchor for each page of the window (`MainWindow.page_name`)."""


def guide_url(anchor: str | None = None) -> QUrl:
    url = QUrl.fromLocalFile(str(resource("guide", GUIDE)))
    if anchor:
        url.setFragment(anchor)
    return url


class GuideWindow(QWidget):
    """A window of its own, beside the main window, so the guide stays open while working."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Repatriate guide"))
        self.resize(820, 760)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(16)
        self.browser.setSearchPaths([str(resource("guide"))])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)

    def show_section(self, anchor: str | None = None) -> None:
        """Show the guide scrolled to `anchor` (a section's id), or at its start."""
        self.browser.setSource(guide_url(anchor))
        if not anchor:
            self.browser.verticalScrollBar().setValue(0)
        self.show()
        self.raise_()
        self.activateWindow()

    def section(self) -> str:
        """The anchor of the section last opened ("" for the start of the guide)."""
        return self.browser.source().fragment()
