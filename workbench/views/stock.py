"""The Stock screen: each warehouse's kits by type (received, issued, lost or damaged, in stock), the dated stock
movements, and the kit types with their items."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.services import distributions
from workbench.services.errors import DomainError
from workbench.views import words
from workbench.views.tables import TableScreen
from workbench.views.tasks import Newest, run_task


class StockScreen(QWidget):
    """The warehouses' balances above, and the tables of stock movements and kit types (with their items)."""

    KINDS = ("stock_movement", "kit_type")  # the kinds its tables list (tests/views/test_every_kind_reachable.py)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("screen_stock")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Stock"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        box = QWidget(splitter)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(QLabel(self.tr("Kits in the warehouses"), box))
        self.balances = QTableWidget(0, 6, box)
        self.balances.setObjectName("stock_balances")
        self.balances.setHorizontalHeaderLabels([self.tr("Warehouse"), self.tr("Kit type"), self.tr("Received"),
                                                 self.tr("Issued"), self.tr("Lost or damaged"), self.tr("In stock")])
        self.balances.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.balances.verticalHeader().hide()
        self.balances.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        box_layout.addWidget(self.balances)
        self.tabs = QTabWidget(splitter)
        self.movements = TableScreen(context, "stock_movement", parent=self.tabs)
        self.kit_types = TableScreen(context, "kit_type", parent=self.tabs)
        self.tabs.addTab(self.movements, self.tr("Stock movements"))
        self.tabs.addTab(self.kit_types, self.tr("Kit types"))
        splitter.addWidget(box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 400])
        layout.addWidget(splitter, 1)
        self._newest = Newest(self)
        self.tables = {"stock_movement": self.movements, "kit_type": self.kit_types}
        context.changes.recordChanged.connect(self._changed)
        self.refresh()


    def show_tab(self, kind: str) -> TableScreen:
        self.tabs.setCurrentWidget(self.tables[kind])
        return self.tables[kind]

    def _changed(self, kind: str = "", _ident: int = 0) -> None:
        if kind in ("stock_movement", "kit_type"):
            self.refresh()

    def refresh(self) -> None:
        ticket = self._newest.take()

        def done(rows) -> None:
            if ticket() and isValid(self.balances):
                self.show_balances(rows)

        def failed(exc) -> None:
            if not isinstance(exc, DomainError):
                raise exc

        run_task(self, lambda state: self.context.read(distributions.stock_balances), done, failed)

    def show_balances(self, rows: list[distributions.StockBalance]) -> None:
        self.balances.setRowCount(len(rows))
        for r, line in enumerate(rows):
            texts = [line.warehouse, line.kit_code, words.number_text(line.received),
                     words.number_text(line.issued), words.number_text(line.lost), words.number_text(line.balance)]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setToolTip(line.kit_name)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 5 and line.balance == 0:
                    item.setForeground(words.status_colour("cancelled"))
                self.balances.setItem(r, c, item)
