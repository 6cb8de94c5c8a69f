"""Closed records refuse what would change their account, in the form, next to the field (issue 17, defect 5): a
closed, paid grant's amount; a new household in a closed site."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from tests.builders import Build
from tests.views.conftest import type_date, type_into, wait_idle
from tests.views.test_scenario import click, record_window, sidebar
from workbench import models as m
from workbench.services import workflows
from workbench.views.main_window import MainWindow
from workbench.views.record_window import open_record

D = dt.date


def test_a_closed_grants_amount_is_refused_in_its_form(qtbot, context, database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        grant = b.approved_grant(b.iraq_project(), town)
        for amount, on in (("6000", D(2023, 3, 10)), ("9000", D(2023, 4, 10))):
            workflows.pay_grant_tranche(session, grant.id, Decimal(amount), on)
        for step, on in (("monitored", D(2023, 6, 1)), ("closed", D(2023, 9, 1))):
            workflows.change_grant_status(session, grant.id, step, on)
        ident = grant.id
    window = open_record(context, "grant", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    type_into(qtbot, window.form.editors["amount"], "999999")
    click(qtbot, window.save_button)
    wait_idle(qtbot)
    assert window.form.problem_text("amount") == "cannot be changed: the grant is closed and was paid"
    with database.session("check") as session:
        assert session.get(m.LivelihoodGrant, ident).amount == Decimal("15000.00")
    window.form.set_values(window.form.loaded)
    window.close()


def test_a_household_cannot_be_registered_in_a_closed_site_from_the_form(qtbot, context, database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        site = b.site(territory, "Kalonda")
        workflows.change_site_status(session, site.id, "closing", D(2024, 3, 15))
        workflows.change_site_status(session, site.id, "closed", D(2024, 3, 31))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    households = sidebar(qtbot, window, "Households")
    wait_idle(qtbot, households.model)
    click(qtbot, households.new_button)
    form_window = record_window("household")
    form = form_window.form
    type_into(qtbot, form.editors["code"], "KAL-0900")
    type_into(qtbot, form.editors["head_name"], "Amani Mwamba")
    form.editors["head_sex"].setCurrentIndex(form.editors["head_sex"].findData("female"))
    type_into(qtbot, form.editors["size"], "5")
    type_into(qtbot, form.editors["site_id"], "Kalonda")
    type_date(qtbot, form.editors["registered_on"], D(2024, 5, 2))
    click(qtbot, form_window.save_button)
    wait_idle(qtbot)
    assert form_window.ident is None
    assert form.problem_text("site_id") == "Kalonda closed on 2024-03-31; no household can be registered there"
    with database.session("check") as session:
        assert session.scalar(select(func.count()).select_from(m.Household)) == 0
    form.set_values(form.loaded)
    form_window.close()
