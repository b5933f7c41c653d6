"""Flags as small coloured badges: one pixmap per combination of flags, drawn once and cached,
so the files table never draws per row."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from repatriate.domain.flags import Flag

BADGE = 16
GAP = 2
RED, AMBER, BLUE, GREY, PURPLE = "#b71c1c", "#e65100", "#1565c0", "#546e7a", "#6a1b9a"

# (letter on the badge, colour): the colour says how urgent, the letter which flag.
_LOOK: dict[Flag, tuple[str, str]] = {
    Flag.OVERSTAYING_VERY_LONG: ("Y", RED),
    Flag.OVERSTAYING_LONG: ("6", RED),
    Flag.OVERSTAYING: ("O", RED),
    Flag.AT_RISK_IF_RETURNED: ("!", PURPLE),
    Flag.ORDER_OVERDUE: ("W", RED),
    Flag.RTI_OVERDUE: ("I", AMBER),
    Flag.TRAVEL_DOCUMENT_EXPIRING: ("E", AMBER),
    Flag.STALLED: ("S", AMBER),
    Flag.RELEASE_SOON_NOT_STARTED: ("R", AMBER),
    Flag.NATIONALITY_UNVERIFIED: ("N", AMBER),
    Flag.NO_CONSULAR_ACCESS: ("C", AMBER),
    Flag.POSSIBLE_MISIDENTIFICATION: ("M", AMBER),
    Flag.DATA_PROBLEM: ("D", GREY),
    Flag.TRANSFER_ELIGIBLE: ("T", BLUE),
    Flag.PHOTO_OLD: ("P", GREY),
    Flag.BOOK_NUMBER_ONLY: ("B", GREY),
    Flag.DOCUMENTS_WITH_COURT: ("J", GREY),
}
ORDER = tuple(_LOOK)
"""Flags in the order their badges are drawn: the longest overstay first."""


def flag_name(flag: Flag) -> str:
    """The flag in the caseworker's words, translated."""
    names = {
        Flag.OVERSTAYING: QCoreApplication.translate("flags", "Held past release"),
        Flag.OVERSTAYING_LONG: QCoreApplication.translate("flags", "Held past release ≥ 6 months"),
        Flag.OVERSTAYING_VERY_LONG: QCoreApplication.translate(
            "flags", "Held past release ≥ 1 year"
        ),
        Flag.RELEASE_SOON_NOT_STARTED: QCoreApplication.translate(
            "flags", "Release soon, repatriation not started"
        ),
        Flag.NATIONALITY_UNVERIFIED: QCoreApplication.translate(
            "flags", "Nationality not verified"
        ),
        Flag.POSSIBLE_MISIDENTIFICATION: QCoreApplication.translate(
            "flags", "Possible misidentification"
        ),
        Flag.NO_CONSULAR_ACCESS: QCoreApplication.translate("flags", "No consular access"),
        Flag.AT_RISK_IF_RETURNED: QCoreApplication.translate("flags", "At risk if returned"),
        Flag.TRANSFER_ELIGIBLE: QCoreApplication.translate(
            "flags", "Eligible for transfer of sentence"
        ),
        Flag.PHOTO_OLD: QCoreApplication.translate("flags", "Photo out of date"),
        Flag.BOOK_NUMBER_ONLY: QCoreApplication.translate("flags", "Passport book number only"),
        Flag.DOCUMENTS_WITH_COURT: QCoreApplication.translate(
            "flags", "Passport held by the court"
        ),
        Flag.STALLED: QCoreApplication.translate("flags", "Stalled at a desk"),
        Flag.ORDER_OVERDUE: QCoreApplication.translate(
            "flags", "Order not complied with by its date"
        ),
        Flag.RTI_OVERDUE: QCoreApplication.translate("flags", "RTI reply or appeal overdue"),
        Flag.TRAVEL_DOCUMENT_EXPIRING: QCoreApplication.translate(
            "flags", "Travel document expiring"
        ),
        Flag.DATA_PROBLEM: QCoreApplication.translate("flags", "Data problem"),
    }
    return names[flag]


@cache
def badge(flag: Flag) -> QIcon:
    """One flag's badge, for menus and filter lists."""
    return QIcon(badges((flag,)))


@cache
def badges(flags: tuple[Flag, ...]) -> QPixmap:
    """The badges of a set of flags side by side, in ORDER. Overstay flags collapse into the
    most serious one: a file held a year past release needs one red badge, not three."""
    shown = [f for f in ORDER if f in flags]
    for lesser, greater in (
        (Flag.OVERSTAYING, Flag.OVERSTAYING_LONG),
        (Flag.OVERSTAYING, Flag.OVERSTAYING_VERY_LONG),
        (Flag.OVERSTAYING_LONG, Flag.OVERSTAYING_VERY_LONG),
    ):
        if greater in shown and lesser in shown:
            shown.remove(lesser)
    width = max(len(shown) * (BADGE + GAP) - GAP, 1)
    pixmap = QPixmap(width, BADGE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(BADGE - 5)
    font.setBold(True)
    painter.setFont(font)
    for index, flag in enumerate(shown):
        letter, colour = _LOOK[flag]
        box = QRectF(index * (BADGE + GAP), 0, BADGE, BADGE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return pixmap
