"""The Reports screen: lists the printed reports the reports package offers (built in the background)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget


def available_reports() -> dict:
    """The reports registry (workbench.reports.REPORTS) once that package offers one, else nothing."""
    try:
        import workbench.reports as reports
    except Exception:  # noqa: BLE001 - a half-written reports package must not stop the window
        return {}
    return dict(getattr(reports, "REPORTS", {}) or {})


class ReportsScreen(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("screen_reports")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Reports"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        self.list = QListWidget(self)
        reports = available_reports()
        for name, report in reports.items():
            self.list.addItem(str(getattr(report, "title", name)))
        self.note = QLabel(self)
        self.note.setObjectName("reportsNote")
        self.note.setWordWrap(True)
        if not reports:
            self.note.setText(self.tr("No printed report is installed in this version yet. Reports for "
                                      "coordination meetings, donors and the government will be listed here."))
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
