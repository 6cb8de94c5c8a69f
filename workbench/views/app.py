"""Starting the window: the Qt application, the database it opens, and the --smoke self-test."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench import __version__
from workbench.db import DatabaseError, open_database
from workbench.services.figures import office_summary
from workbench.views.main_window import MainWindow


def run(db: str | None, smoke: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Programme workbench")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("workbench")
    app.setWindowIcon(QIcon.fromTheme("x-office-spreadsheet"))
    try:
        database = open_database(db)
    except DatabaseError as exc:
        if smoke:
            print(f"workbench: {exc}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, app.tr("Cannot open the database"), str(exc))
        return 1
    with database.session() as session:
        summary = office_summary(session, dt.date.today())
    window = MainWindow(database.display_name, summary)
    window.show()
    if smoke:
        QTimer.singleShot(0, window.close)
    code = app.exec()
    database.close()
    return code
