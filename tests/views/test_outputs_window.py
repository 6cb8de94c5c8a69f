"""The window writes no export, report or backup over a database: the save dialog asks before replacing a file,
and a database chosen there (the open one, its -wal, or any other) is refused with a message, nothing written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.builders import Build
from tests.views.conftest import type_into, wait_idle, when_dialog
from tests.views.test_reports_screen import build, click_report
from workbench.db import open_database, sqlite_path
from workbench.views.reports import ReportsScreen
from workbench.views.tables import TableScreen
from workbench.views.tasks import wait_for_tasks


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def other_database(tmp_path) -> Path:
    path = tmp_path / "kalemie.db"
    open_database(str(path)).close()
    return path


def targets(context, other: Path) -> list[Path]:
    own = sqlite_path(context.database.url)
    return [other] + ([own, Path(f"{own}-wal")] if own is not None else [])


def test_a_table_is_not_exported_over_a_database(qtbot, context, office, other_database, monkeypatch):
    screen = TableScreen(context, "site")
    qtbot.addWidget(screen)
    wait_idle(qtbot, screen.model)
    # Chosen in the save dialog (which adds .xlsx to a name without it: a database named so), or given.
    named_xlsx = other_database.with_suffix(".xlsx")
    other_database.rename(named_xlsx)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kw: (str(named_xlsx), "Excel workbook (*.xlsx)")))
    for target in [None, *targets(context, other_database)[1:]]:
        shown = target or named_xlsx
        before = digest(shown)
        seen = when_dialog(lambda box: box.accept())
        assert screen.export(str(target) if target else None) is None
        assert wait_for_tasks()
        assert seen and isinstance(seen[0], QMessageBox) and "database" in seen[0].text()
        assert digest(shown) == before


def test_a_report_is_not_saved_over_a_database(qtbot, context, office, tmp_path):
    screen = ReportsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    click_report(qtbot, screen, "Site profile")
    type_into(qtbot, screen.site, "Kalonda")
    build(qtbot, screen)
    qtbot.waitUntil(lambda: screen.document.pageCount() > 0, timeout=15000)
    # The screen saves to a .pdf name: a database is known by its header, whatever its name.
    database = tmp_path / "kalemie.pdf"
    open_database(str(database)).close()
    before = digest(database)
    assert screen.save_as(str(database)) is None
    assert screen.message.isVisible() and "is a database" in screen.message.text()
    assert digest(database) == before
    saved = screen.save_as(str(tmp_path / "kalonda"))
    assert saved == tmp_path / "kalonda.pdf" and saved.read_bytes() == screen.pdf_path.read_bytes()


def test_the_rejected_rows_are_not_saved_over_a_database(qtbot, context, tmp_path):
    import datetime as dt

    from PySide6.QtWidgets import QWizard

    from tests.views.test_import_wizard import GOOD, choose_file, click_next, households, open_wizard, workbook

    with context.database.session("setup") as s, s.begin():
        _, _, territory, _ = Build(s).tanganyika()
        Build(s).site(territory, "Kalonda")
    rows = [GOOD[0], ["KAL-0102", "Jean Kasongo", "male", "abc", "Kalonda", dt.date(2023, 1, 11)], GOOD[2]]
    path = workbook(tmp_path / "menages.xlsx", rows)
    database = tmp_path / "menages-rejected.xlsx"  # a database under the name the wizard suggests
    open_database(str(database)).close()
    before = digest(database)
    wizard = open_wizard(qtbot, context)
    choose_file(qtbot, wizard, path)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.validation_page
    page.valid_only.click()
    assert page.rejected_path.text() == str(database)
    assert "is a database" in page.problem.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    page.rejected_path.setText(str(tmp_path / "to-correct.xlsx"))
    assert page.problem.text() == ""
    wizard.reject()
    assert households(context.database) == {} and digest(database) == before
