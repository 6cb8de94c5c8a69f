"""A work's actual dates and its delay are in its form and in the works table, not only in the printed report
(issue 17, defect 9)."""

import datetime as dt

from tests.builders import Build
from tests.views.conftest import wait_idle
from workbench.services import workflows
from workbench.views.main_window import MainWindow
from workbench.views.record_window import open_record

D = dt.date


def test_a_works_actual_dates_and_delay_show_in_its_form_and_the_table(qtbot, context, database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        work = b.work(b.iraq_project(), town)
        workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 10))
        workflows.change_work_status(session, work.id, "completed", D(2023, 10, 12))
        ident = work.id
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    works = window.show_screen("work")
    wait_idle(qtbot, works.model)
    model = works.model
    headers = [model.headerData(c, works.view.horizontalHeader().orientation()) for c in range(model.columnCount())]
    assert "Days late" in headers and "Actual end" in headers
    assert model.index(0, headers.index("Days late")).data() == "12"
    assert model.index(0, headers.index("Actual end")).data() == "12 Oct 2023"

    record = open_record(context, "work", ident, parent=window)
    wait_idle(qtbot)
    end = record.form.editors["actual_end"]
    assert end.text() == "2023-10-12" and not end.isEnabled()  # set by the workflow's steps, not typed
    assert record.form.editors["actual_start"].text() == "2023-03-10"
    assert record.summary.text() == "12 days past the planned end."
    record.close()


def test_the_table_and_the_form_count_a_delay_as_the_report_does(qtbot, context, database):
    """A completion typed ahead of today (planned for next week) is not yet a delay: the works report counts days
    late up to today (figures.work_delay_days), and so do the table and the form, from the same reckoning."""
    today = dt.date.today()
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        work = b.work(b.iraq_project(), town, planned_start=today - dt.timedelta(days=100),
                      planned_end=today - dt.timedelta(days=10))
        workflows.change_work_status(session, work.id, "ongoing", today - dt.timedelta(days=90))
        workflows.change_work_status(session, work.id, "completed", today + dt.timedelta(days=5))
        ident = work.id
    with database.session("report") as session:
        from workbench.reports.options import ReportParams
        from workbench.reports.works import build_works_data
        assert [r.delay_days for r in build_works_data(session, ReportParams()).rows] == [10]
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    works = window.show_screen("work")
    wait_idle(qtbot, works.model)
    model = works.model
    headers = [model.headerData(c, works.view.horizontalHeader().orientation()) for c in range(model.columnCount())]
    assert model.index(0, headers.index("Days late")).data() == "10"
    record = open_record(context, "work", ident, parent=window)
    wait_idle(qtbot)
    assert record.summary.text() == "10 days past the planned end."
    record.close()
