"""Plausibility refusals in the window, next to the field, in its language (issue 17, defect 8): a second tranche
No. 1 for one household, and a progress report below the last one, were both saved silently."""

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from tests.builders import Build, D
from tests.views.conftest import type_into, wait_idle
from tests.views.test_related_adds import tabs_of
from tests.views.test_scenario import click, record_window
from workbench import models as m
from workbench.views.record_window import open_record


@pytest.mark.parametrize("language, tab, said", [
    ("en", "Cash tranches", "this household already has a tranche No. 1"),
    ("fr", "Tranches en espèces", "ce ménage a déjà une tranche n° 1"),
    ("ar", "الدفعات النقدية", "لهذه الأسرة دفعة برقم 1 من قبل"),
], indirect=["language"])
def test_a_second_tranche_no_1_is_refused_next_to_its_number(qtbot, context, database, language, tab, said):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        household = b.household(b.site(territory, "Kalonda"), code="KAL-0001")
        b.create("cash_tranche", household_id=household.id, sequence=1, purpose="transport", amount=Decimal("60"),
                 currency="USD", planned_on=D(2023, 7, 1))
        ident = household.id
    window = open_record(context, "household", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    click(qtbot, tabs_of(window)[tab].findChild(QPushButton, "add_cash_tranche"))
    new = record_window("cash_tranche")
    form = new.form
    type_into(qtbot, form.editors["sequence"], "1")
    form.editors["purpose"].setCurrentIndex(form.editors["purpose"].findData("transport"))
    type_into(qtbot, form.editors["amount"], "60")
    click(qtbot, new.save_button)
    wait_idle(qtbot)
    assert form.problem_text("sequence") == said
    with database.session("probe") as session:
        assert session.scalar(select(func.count()).select_from(m.CashTranche)) == 1  # nothing saved
    type_into(qtbot, form.editors["sequence"], "2")
    click(qtbot, new.save_button)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not form.dirty)
    assert form.problem_text("sequence") == ""
    with database.session("probe") as session:
        assert sorted(session.scalars(select(m.CashTranche.sequence))) == [1, 2]
    new.close()
    window.close()


@pytest.mark.parametrize("language, tab, said", [
    ("en", "Progress reports", "is less than the 40 % reported on 2023-04-30; a work's progress does not go down"),
    ("fr", "Rapports d'avancement",
     "est inférieur aux 40 % rapportés le 2023-04-30 ; l'avancement d'un chantier ne recule pas"),
], indirect=["language"])
def test_a_progress_report_below_the_last_one_is_refused(qtbot, context, database, language, tab, said):
    """40 % then 30 % was saved silently (issue 17, defect 8)."""
    from workbench.services import workflows

    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        work = b.work(b.iraq_project(), town)
        workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 12))
        b.progress(work, D(2023, 4, 30), "40")
        ident = work.id
    window = open_record(context, "work", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    click(qtbot, tabs_of(window)[tab].findChild(QPushButton, "add_progress_report"))
    new = record_window("progress_report")
    form = new.form
    type_into(qtbot, form.editors["reported_on"].lineEdit(), "2023-05-31")
    type_into(qtbot, form.editors["progress_percent"], "30")
    click(qtbot, new.save_button)
    wait_idle(qtbot)
    assert form.problem_text("progress_percent") == said
    type_into(qtbot, form.editors["progress_percent"], "45")
    click(qtbot, new.save_button)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not form.dirty)
    with database.session("probe") as session:
        assert sorted(session.scalars(select(m.WorkProgressReport.progress_percent))) == [40, 45]
    new.close()
    window.close()


@pytest.mark.parametrize("language, said", [
    ("en", "household KAL-0001 has the same head of household and phone; a household is registered once"),
    ("ar", "للأسرة KAL-0001 ربّ الأسرة نفسه ورقم الهاتف نفسه؛ تُسجَّل الأسرة مرة واحدة فقط"),
], indirect=["language"])
def test_the_same_head_and_phone_under_a_new_code_is_refused(qtbot, context, database, language, said):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        site = b.site(territory, "Kalonda")
        b.household(site, code="KAL-0001", phone="+243 812 345 678")
        ident = site.id
    window = open_record(context, "site", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    tab = next(window.tabs.widget(i) for i in range(window.tabs.count())
               if window.tabs.widget(i).findChild(QPushButton, "add_household") is not None)
    click(qtbot, tab.findChild(QPushButton, "add_household"))
    new = record_window("household")
    form = new.form
    type_into(qtbot, form.editors["code"], "KAL-0002")
    type_into(qtbot, form.editors["head_name"], "mwamba  KASONGO")
    form.editors["head_sex"].setCurrentIndex(form.editors["head_sex"].findData("female"))
    type_into(qtbot, form.editors["size"], "5")
    type_into(qtbot, form.editors["registered_on"].lineEdit(), "2023-01-10")
    type_into(qtbot, form.editors["phone"], "0812 345 678")
    click(qtbot, new.save_button)
    wait_idle(qtbot)
    assert form.problem_text("head_name") == said
    with database.session("probe") as session:
        assert session.scalar(select(func.count()).select_from(m.Household)) == 1  # nothing saved
    form.set_values(form.loaded)
    new.close()
    window.close()
