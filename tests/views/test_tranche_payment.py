"""Paying a household's tranche from its Cash tranches tab in one step (issue 17, defect 11): Pay... asks the date
(today), the method and the reference; the household's window then reads what it was paid and is still owed, in
English, French and Arabic."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from tests.builders import Build
from tests.views.conftest import wait_idle, when_dialog
from tests.views.test_scenario import click
from workbench import models as m
from workbench.views.record_window import open_record

SUMMARY = {
    "en": ("No cash tranche yet.", "Paid 45.00 USD, owed 105.00 USD; tranches paid: 1, still owed: 1."),
    "fr": ("Aucune tranche en espèces pour l'instant.",
           "Payé 45,00 USD, dû 105,00 USD ; tranches payées : 1, encore dues : 1."),
    "ar": ("لا توجد دفعة نقدية بعد.", "المدفوع \u200e45.00 USD، المستحق \u200e105.00 USD؛ الدفعات المدفوعة: 1، المستحقة: 1."),
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"], indirect=True)
def test_pay_a_tranche_from_the_households_tab(qtbot, context, database, language):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        household = b.household(b.site(territory, "Kalonda"), code="KAL-0001")
        empty = b.household(b.site(territory, "Mukuku"), code="MUK-0001")
        for n, purpose, amount in ((1, "transport", "45"), (2, "construction", "105")):
            b.create("cash_tranche", household_id=household.id, sequence=n, purpose=purpose,
                     amount=Decimal(amount), currency="USD")
        ident, empty_id = household.id, empty.id
    other = open_record(context, "household", empty_id)
    qtbot.addWidget(other)
    wait_idle(qtbot)
    assert other.summary.text() == SUMMARY[language][0]
    other.close()
    window = open_record(context, "household", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    tabs = {window.tabs.tabText(i): window.tabs.widget(i) for i in range(window.tabs.count())}
    tab = tabs[{"en": "Cash tranches", "fr": "Tranches en espèces", "ar": "الدفعات النقدية"}[language]]
    window.tabs.setCurrentWidget(tab)  # as a click on the tab does
    wait_idle(qtbot, tab.model)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    first = next(r for r in range(tab.model.rowCount()) if tab.model.displayed(r, "sequence") == "1")
    tab.view.selectionModel().select(tab.model.index(first, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                     | QItemSelectionModel.SelectionFlag.Rows)

    def pay(dialog):
        assert dialog.date.value() == dt.date.today()
        method = dialog.findChild(type(dialog.method), "payment_method")
        method.setCurrentIndex(method.findData("mobile money"))
        qtbot.keyClicks(dialog.findChild(QLineEdit, "payment_reference"), "MP240302.1")
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    before = window.summary.text()
    handled = when_dialog(pay, ready=lambda d: d.objectName() == "paymentDialog")
    click(qtbot, tab.pay_button)
    assert handled
    wait_idle(qtbot)
    with database.session("check") as session:
        paid = session.query(m.CashTranche).filter_by(household_id=ident, sequence=1).one()
        assert (paid.status, paid.paid_on, paid.payment_method, paid.payment_reference) == \
            ("paid", dt.date.today(), "mobile money", "MP240302.1")
    qtbot.waitUntil(lambda: "USD" in window.summary.text() and window.summary.text() != before, timeout=5000)
    assert window.summary.text() == SUMMARY[language][1]
    window.close()
