"""A page's actions: each with its shortcut, offered in its context menu, and as a push button
that keeps the action's mnemonic and follows whether it is enabled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget


def page_action(
    page: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: str = "",
    icon: QIcon | None = None,
) -> QAction:
    """An action of `page`, its shortcut working wherever the focus is inside the page."""
    action = QAction(text, page)
    if icon is not None:
        action.setIcon(icon)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    page.addAction(action)
    return action


def action_button(action: QAction) -> QPushButton:
    """A push button for the action: it keeps the mnemonic a tool button would drop."""
    button = QPushButton(action.icon(), action.text())
    button.setToolTip(action.toolTip())
    button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    button.setEnabled(action.isEnabled())
    return button
