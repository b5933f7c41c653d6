"""The system tray's word on the follow-ups due this week, when the app starts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtWidgets import (
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from repatriate.domain.followups import AgendaItem, FollowUpKind
from repatriate.services.database import Database
from repatriate.services.followups import week_of
from repatriate.ui import tasks


def due_message(items: Sequence[AgendaItem]) -> str:
    chases = [item for item in items if item.kind is not FollowUpKind.UNCHASED]
    overdue = sum(1 for item in chases if item.overdue_days)
    message = (
        QCoreApplication.translate("WeekPage", "%1 follow-ups due this week (%2 overdue)")
        .replace("%1", str(len(chases)))
        .replace("%2", str(overdue))
    )
    if len(chases) < len(items):
        message += QCoreApplication.translate(
            "WeekPage", "; %1 held past release nobody is chasing"
        ).replace("%1", str(len(items) - len(chases)))
    return message


def notify_due(parent: QWidget, db: Database) -> bool:
    """Where the desktop has a system tray, show how many follow-ups are due this week.
    Returns whether there is a tray to show it in; the agenda is computed on a worker and
    the message appears when it is ready."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return False
    icon = parent.windowIcon()
    if icon.isNull():
        icon = parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    tray = QSystemTrayIcon(icon, parent)
    tray.setToolTip(QCoreApplication.translate("WeekPage", "Repatriate"))

    def bring_up(*_: object) -> None:
        parent.showNormal()
        parent.activateWindow()

    tray.activated.connect(bring_up)
    tray.messageClicked.connect(bring_up)
    week = week_of(date.today())

    def work(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> list[AgendaItem]:
        return db.followups.agenda(week)

    def show(items: list[AgendaItem]) -> None:
        if not items:
            return
        message = due_message(items)
        tray.setToolTip(message)
        tray.show()
        tray.showMessage(
            QCoreApplication.translate("WeekPage", "Follow-ups"),
            message,
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )

    tasks.start(work, parent).done.connect(show)
    return True
