"""A `.repatriate` bundle opened from the file manager: the window starts and offers to import
it into the database it opened (as `repatriate import --bundle` does)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from repatriate.domain.errors import RepatriateError
from repatriate.services.database import Database
from repatriate.ui.events import DataEvents
from repatriate.ui.language import number

BUNDLE_SUFFIX = ".repatriate"


def offer_bundle(parent: QWidget, db: Database, events: DataEvents, bundle: Path) -> bool:
    """Ask whether to import `bundle` into `db`; import it if so. True if it was imported."""
    if db.read_only:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("BundleOffer", "Cannot import the bundle"),
            QCoreApplication.translate(
                "BundleOffer", "%1 is open read-only here: nothing can be imported into it."
            ).replace("%1", db.location),
        )
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BundleOffer", "Import a bundle"),
        QCoreApplication.translate(
            "BundleOffer",
            "Import every file in %1 into the database %2?\n\nA backup of the database is made "
            "first. If some of the bundle's refs are already taken here, nothing is imported.",
        )
        .replace("%1", bundle.name)
        .replace("%2", db.location),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = db.bundles.import_bundle(bundle)
    except RepatriateError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.critical(
            parent, QCoreApplication.translate("BundleOffer", "Bundle not imported"), str(exc)
        )
        return False
    QGuiApplication.restoreOverrideCursor()
    events.changed.emit([])
    events.status.emit(
        QCoreApplication.translate("BundleOffer", "Files imported from %2: %1")
        .replace("%1", number(report.files))
        .replace("%2", bundle.name)
    )
    return True
