"""The main window: the key figures of the open database (the full screens arrive with the screens issue)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from workbench.services.figures import OfficeSummary


class MainWindow(QMainWindow):
    def __init__(self, database_name: str, summary: OfficeSummary):
        super().__init__()
        self.setWindowTitle(self.tr("Programme workbench"))
        self.resize(900, 600)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        title = QLabel(self.tr("Key figures"), central)
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        layout.addWidget(title)
        form = QFormLayout()
        rows = [
            (self.tr("Projects"), summary.projects),
            (self.tr("Displacement sites (not closed)"), f"{summary.sites:,} ({summary.open_sites:,})"),
            (self.tr("Households"), summary.households),
            (self.tr("People supported to leave sites"), summary.people_supported_to_leave),
            (self.tr("Livelihood grants"), summary.grants),
            (self.tr("Infrastructure works"), summary.works),
            (self.tr("Complaints open for more than 30 days"), summary.open_complaints_over_30_days),
        ]
        for label, value in rows:
            shown = QLabel(f"{value:,}" if isinstance(value, int) else value, central)
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            shown.setObjectName(label)
            form.addRow(label, shown)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", database_name))
