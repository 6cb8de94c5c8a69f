"""What a save changed is said by the write path itself (the audit hook's list), not by each writer: a table shows a
child record's effect on its parent row (a work's progress) without anyone announcing it, and a refused or
rolled-back save announces nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.builders import Build
from tests.views.conftest import wait_idle
from workbench import models as m
from workbench.services import records, workflows
from workbench.services.errors import DomainError

D = dt.date


@pytest.fixture
def work_id(office):
    with office.session("setup") as session, session.begin():
        b = Build(session)
        project = session.scalars(select(m.Project).where(m.Project.code == "IRQ-BHA-2023-02")).one()
        town = session.scalars(select(m.Location).where(m.Location.admin_level == 3,
                                                        m.Location.pcode.like("IQ%"))).first()
        work = b.work(project, town)
        workflows.change_work_status(session, work.id, m.WorkStatus.ONGOING, D(2023, 3, 1))
        return work.id


def _heard(context) -> list[tuple[str, int]]:
    heard: list[tuple[str, int]] = []
    context.changes.recordChanged.connect(lambda kind, ident: heard.append((kind, ident)))
    return heard


def test_a_saved_child_announces_itself_and_its_parent(context, work_id):
    heard = _heard(context)
    with context.transaction() as session:
        report = records.create(session, "progress_report", {"work_id": work_id, "reported_on": D(2023, 4, 30),
                                                             "progress_percent": Decimal("35")})
    assert ("progress_report", report.id) in heard and ("work", work_id) in heard


def test_a_refused_or_rolled_back_save_announces_nothing(context, work_id):
    heard = _heard(context)
    with pytest.raises(DomainError), context.transaction() as session:
        records.create(session, "progress_report", {"work_id": work_id, "reported_on": D(2023, 4, 30),
                                                    "progress_percent": Decimal("135")})
    with pytest.raises(RuntimeError), context.transaction() as session:
        records.create(session, "progress_report", {"work_id": work_id, "reported_on": D(2023, 4, 30),
                                                    "progress_percent": Decimal("20")})
        session.flush()
        raise RuntimeError("the user's action failed after the flush")
    assert heard == []
    # The next save of the same window is announced alone, not with the rolled-back one's records.
    with context.transaction() as session:
        records.update(session, "work", work_id, {"people_served": 1200})
    assert ("work", work_id) in heard and not any(kind == "progress_report" for kind, _ in heard)


def test_the_works_table_shows_new_progress_without_being_told(qtbot, context, work_id):
    from workbench.views.tables import TableScreen

    screen = TableScreen(context, "work")
    qtbot.addWidget(screen)
    screen.show()
    wait_idle(qtbot, screen.model)
    column = [c.key for c in screen.model.columns].index("progress")

    def progress_shown() -> str:
        return screen.model.index(0, column).data() or ""

    assert progress_shown() == ""
    with context.transaction() as session:
        records.create(session, "progress_report", {"work_id": work_id, "reported_on": D(2023, 4, 30),
                                                    "progress_percent": Decimal("35")})
    qtbot.waitUntil(lambda: progress_shown().startswith("35"), timeout=5000)
