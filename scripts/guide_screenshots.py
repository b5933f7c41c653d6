"""Takes the guide's screenshots (resources/guide/*.png) from demo data, with the window
offscreen. Run after changing a page: `scripts/guide-screenshots`.

The demo database is made in a temporary folder and thrown away; the demo's seed is fixed, so
the same files are shown each time (their days past release move with the date)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QWidget

from repatriate.resource_files import resource
from repatriate.services.database import Database
from repatriate.ui import language, script_fonts
from repatriate.ui.main_window import MainWindow

SIZE = QSize(1200, 760)
DEMO_FILES = 300


def settle(seconds: float) -> None:
    """Let the page load its rows in the background and draw them."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def shoot(window: MainWindow, page: QWidget | None, name: str, folder: Path) -> Path:
    if page is not None:
        window.show_page(page)
    settle(2.0)
    path = folder / f"{name}.png"
    if not window.grab().save(str(path)):
        raise SystemExit(f"guide-screenshots: cannot write {path}")
    return path


def main() -> int:
    app = QApplication(sys.argv[:1])
    # Settings of their own: the window's remembered size is not the caseworker's.
    app.setOrganizationName("Repatriate guide screenshots")
    script_fonts.install()
    # As a caseworker's window starts: English, with its plural forms ("1 file", "2 files").
    language.install(app, "en")
    folder = resource("guide")
    with tempfile.TemporaryDirectory() as temporary:
        db = Database.open(str(Path(temporary) / "demo.sqlite3"), create=True)
        try:
            db.demo.fill(DEMO_FILES, seed=7)
            window = MainWindow(db)
            window.resize(SIZE)
            window.show()
            # The Advocacy page's pictured tab: the trend by quarter.
            window.advocacy.tabs.setCurrentIndex(3)
            made = [
                shoot(window, window.files, "files", folder),
                shoot(window, window.week, "week", folder),
                shoot(window, window.desks, "desks", folder),
                shoot(window, window.overview, "overview", folder),
                shoot(window, window.advocacy, "advocacy", folder),
                shoot(window, window.settings, "settings", folder),
            ]
            longest = db.overstays.overstays()[0].ref
            window.open_file(longest)
            made.append(shoot(window, None, "file", folder))
            window.hide()
            window.deleteLater()
            settle(0.2)
        finally:
            db.close()
    for path in made:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
