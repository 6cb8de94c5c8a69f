"""The log file in the user's data folder (`logs/workbench.log`), shared by the window and the command line.

Private to its owner (a traceback can quote a record) and rotated at 2 MB, three old files kept. No Qt.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from workbench.db import private_output

log = logging.getLogger("workbench.views")  # the name the window's log lines have always carried


def log_path() -> Path:
    from workbench import db  # looked up at call time, so tests can redirect the data folder

    return db.data_dir() / "logs" / "workbench.log"


class PrivateLog(RotatingFileHandler):
    """The log file, and each new one after a rotation, readable by its owner only: a traceback can quote records."""

    def _open(self):
        private_output(self.baseFilename)
        return super()._open()


def logger() -> logging.Logger:
    """The workbench's logger, writing to the log file of the current data folder."""
    path = log_path()
    handlers = [h for h in log.handlers if getattr(h, "workbench_path", None) == path]
    if not handlers:
        for old in list(log.handlers):
            if hasattr(old, "workbench_path"):
                log.removeHandler(old)
                old.close()
        handler = PrivateLog(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.workbench_path = path
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return log
