"""Distributions through the window: the sidebar's Distributions and Stock screens, a distribution's list built
with one click, its workflow buttons, a receipt verified "not received", read as a user reads them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from tests.builders import Build
from tests.views.conftest import wait_idle, when_dialog
from tests.views.test_scenario import click, sidebar, step
from workbench import models as m
from workbench.views.main_window import MainWindow
from workbench.views.record_window import RelatedList, open_record

D = dt.date


def _field(database) -> int:
    """Kalonda with KAL-0001 (1 person) and KAL-0002 (6 people); CD-DIST-0001 on 2024-03-10 handing out an NFI kit
    each and a shelter kit per 4 people; 50 NFI kits in the Kalemie warehouse, 2 issued to it."""
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        project = b.project()
        site = b.site(territory, "Kalonda")
        for code, size in (("KAL-0001", 1), ("KAL-0002", 6)):
            b.household(site, code=code, size=size)
        nfi = b.create("kit_type", code="NFI-STD", name="NFI kit", category="NFI kit", per_household=1)
        shelter = b.create("kit_type", code="SHL-STD", name="Shelter kit", category="shelter kit",
                           rule="by household size", people_per_kit=4, minimum=1)
        for kit in (nfi, shelter):
            b.create("kit_item", kit_type_id=kit.id, item="Tarpaulin", quantity=2)
        dist = b.create("distribution", code="CD-DIST-0001", project_id=project.id, site_id=site.id,
                        planned_on=D(2024, 3, 10), warehouse="Kalemie warehouse")
        for kit in (nfi, shelter):
            b.create("distribution_kit", distribution_id=dist.id, kit_type_id=kit.id)
        b.create("stock_movement", warehouse="Kalemie warehouse", kit_type_id=nfi.id, moved_on=D(2024, 3, 1),
                 movement="received", quantity=50)
        b.create("stock_movement", warehouse="Kalemie warehouse", kit_type_id=nfi.id, moved_on=D(2024, 3, 9),
                 movement="issued", quantity=2, distribution_id=dist.id)
        return dist.id


def steps(window) -> list[str]:
    return [b.objectName() for b in window.findChildren(QPushButton) if b.objectName().startswith("step_")
            and b.isVisible()]


def _rows(model, columns) -> list[list]:
    return [[model.index(r, c).data() for c in columns] for r in range(model.rowCount())]


def test_a_distributions_list_is_built_stepped_and_a_receipt_verified(qtbot, context, database):
    ident = _field(database)
    window = open_record(context, "distribution", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Details", "Kits", "Entitlements", "Receipts", "Stock and receipts", "History"]
    entitlements = window.tabs.widget(2)
    assert isinstance(entitlements, RelatedList)
    said: list[str] = []
    when_dialog(lambda box: (said.append(box.text()), box.accept()))
    click(qtbot, entitlements.findChild(QPushButton, "build_present"))
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == ["4 entitlements added to the list."]
    wait_idle(qtbot, entitlements.model)
    assert _rows(entitlements.model, range(5)) == [
        ["KAL-0001", "Mwamba Kasongo", "1", "NFI-STD", "1"], ["KAL-0001", "Mwamba Kasongo", "1", "SHL-STD", "1"],
        ["KAL-0002", "Mwamba Kasongo", "6", "NFI-STD", "1"], ["KAL-0002", "Mwamba Kasongo", "6", "SHL-STD", "2"]]

    started = window.form.editors["started_on"]
    assert started.text() == "" and not started.isEnabled()  # set by the step, shown on the form, never typed
    assert step(qtbot, window, "in progress", D(2024, 3, 10)) == ""
    wait_idle(qtbot)
    assert window.status.text() == "In progress"
    assert window.form.editors["started_on"].text() == "2024-03-10"
    assert steps(window) == ["step_completed", "step_cancelled"]

    with database.session("field") as session, session.begin():
        households = dict(session.execute(select(m.Household.code, m.Household.id)).all())
        Build(session).create("receipt", distribution_id=ident, household_id=households["KAL-0002"],
                              received_on=D(2024, 3, 10), proof="thumbprint")
        receipt = session.scalars(select(m.Receipt.id)).one()
    receipt_window = open_record(context, "receipt", receipt)
    qtbot.addWidget(receipt_window)
    wait_idle(qtbot)
    assert receipt_window.heading.text() == "Receipt KAL-0002 (CD-DIST-0001)"
    assert step(qtbot, receipt_window, "not received", D(2024, 3, 9), expect_problem="yes").endswith(
        "cannot be before the kits were received (2024-03-10)")
    assert step(qtbot, receipt_window, "not received", D(2024, 3, 20)) == ""
    wait_idle(qtbot)
    assert steps(receipt_window) == []
    with database.session("check") as session:
        complaint = session.scalars(select(m.Complaint)).one()
        assert (complaint.category, complaint.received_on) == ("distribution", D(2024, 3, 20))

    figures = window.tabs.widget(4)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: figures.form.rowCount() == 2, timeout=5000)
    shown = [figures.form.itemAt(r, figures.form.ItemRole.FieldRole).widget().text() for r in range(2)]
    assert shown == ["2 on the list, 0 received, 2 issued from stock · 2 issued and not received",
                     "3 on the list, 0 received, 0 issued from stock"]


def test_the_sidebar_shows_distributions_and_stock(qtbot, context, database):
    _field(database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    screen = sidebar(qtbot, window, "Distributions")
    wait_idle(qtbot, screen.model)
    assert screen.count_label.text() == "one distribution"
    assert _rows(screen.model, range(3)) == [["CD-DIST-0001", "DRC-ECHO-2023-01", "Kalonda"]]
    stock = sidebar(qtbot, window, "Stock")
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: stock.balances.rowCount() == 1, timeout=5000)
    assert [stock.balances.item(0, c).text() for c in range(6)] == [
        "Kalemie warehouse", "NFI-STD", "50", "2", "0", "48"]
    wait_idle(qtbot, stock.movements.model)
    assert stock.movements.count_label.text() == "2 stock movements"
