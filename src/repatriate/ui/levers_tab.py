"""The file editor's tab for the levers beyond the weekly call: orders of courts and
commissions, RTI applications, and the travel documents the hand-over needs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from repatriate.domain.desks import Desk
from repatriate.services.database import Database
from repatriate.ui.orders_panel import OrdersPanel
from repatriate.ui.rti_panel import RtiPanel
from repatriate.ui.travel_panel import TravelPanel


class LeversTab(QTabWidget):
    recorded = Signal(str)
    """Something was written for the file with this ref."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orders = OrdersPanel(db, self)
        self.rti = RtiPanel(db, self)
        self.travel = TravelPanel(db, self)
        self.addTab(self.orders, self.tr("Orders"))
        self.addTab(self.rti, self.tr("RTI"))
        self.addTab(self.travel, self.tr("Travel documents"))
        for panel in (self.orders, self.rti, self.travel):
            panel.recorded.connect(self.recorded)

    def show_file(self, ref: str | None, desks: Sequence[Desk]) -> None:
        for panel in (self.orders, self.rti, self.travel):
            panel.show_records(ref, desks)
