"""A record's window lists the records that belong to it, one tab per kind whose declared parent it is: a committee
its trainings, an outcome its outputs, a site its counts; Add there opens the child's form for this record."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.builders import Build
from tests.views.conftest import type_date, type_into, wait_idle
from tests.views.test_scenario import click, record_window
from workbench import models as m
from workbench.views.record_window import open_record

D = dt.date


def _tabs(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_a_committee_window_lists_its_trainings_and_adds_one(qtbot, context, office):
    with office.session("setup") as session, session.begin():
        site = session.scalars(select(m.Site)).first()
        committee_id = Build(session).committee(site).id
    window = open_record(context, "committee", committee_id)
    qtbot.addWidget(window)
    assert _tabs(window) == ["Details", "Trainings", "History"]
    window.tabs.setCurrentIndex(1)
    trainings = window.tabs.widget(1)
    wait_idle(qtbot, trainings.model)
    assert trainings.model.rowCount() == 0
    click(qtbot, trainings.findChild(type(window.save_button), "add_committee_training"))
    training = record_window("committee_training")
    type_into(qtbot, training.form.editors["topic"], "Site management and CCCM")
    type_date(qtbot, training.form.editors["held_on"], D(2023, 3, 14))
    type_into(qtbot, training.form.editors["participants"], "14")
    click(qtbot, training.save_button)
    wait_idle(qtbot)  # the save runs in the background
    assert training.form.problem_text() == ""
    qtbot.waitUntil(lambda: trainings.model.rowCount() == 1, timeout=5000)
    with office.session("check") as session:
        saved = session.scalars(select(m.CommitteeTraining)).one()
        assert (saved.committee_id, saved.topic, saved.participants) == (committee_id, "Site management and CCCM", 14)
    training.close()
    window.close()


def test_a_site_window_keeps_its_tabs_in_order(qtbot, context, office):
    with office.session("setup") as session:
        site_id = session.scalars(select(m.Site.id)).first()
    window = open_record(context, "site", site_id)
    qtbot.addWidget(window)
    assert _tabs(window) == ["Details", "Population", "Committees", "Complaints and feedback", "Infrastructure",
                             "Households", "History"]
    window.close()
