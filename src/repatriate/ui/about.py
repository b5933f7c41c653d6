"""Help > About: the version, the licences, and where the database and its backups are."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from repatriate import __version__
from repatriate.services.database import Database


def about_text(db: Database) -> str:
    """The About box's text, as rich text."""
    backups = (
        escape(str(db.backups.folder))
        if db.backups.available
        else QCoreApplication.translate(
            "About", "none: this database is not a file on this computer"
        )
    )
    return (
        f"<h3>Repatriate {escape(__version__)}</h3><p>"
        + QCoreApplication.translate(
            "About",
            "Tracks foreign prisoners held past the end of their sentence, the desks their "
            "repatriation file waits at, and the follow-ups that get them home.",
        )
        + "</p><p>"
        + QCoreApplication.translate(
            "About",
            "<b>Licence:</b> GNU General Public License, version 3 or later "
            "(GPL-3.0-or-later). You may copy, share and change the program under its terms.",
        )
        + "</p><p>"
        + QCoreApplication.translate(
            "About",
            "<b>Fonts:</b> the Noto fonts that print fact sheets in every script (Noto Sans, "
            "Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil and Ethiopic, Noto Naskh "
            "Arabic) are under the SIL Open Font License 1.1, whose text comes with the "
            "program (resources/fonts/OFL.txt).",
        )
        + "</p><p>"
        + QCoreApplication.translate("About", "<b>Database:</b> %1").replace(
            "%1", escape(db.location)
        )
        + "<br>"
        + QCoreApplication.translate("About", "<b>Backups:</b> %1").replace("%1", backups)
        + "</p><p>"
        + QCoreApplication.translate("About", "Press F1 for the guide.")
        + "</p>"
    )


def show_about(parent: QWidget, db: Database) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About Repatriate"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(db))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.open()
    return box
