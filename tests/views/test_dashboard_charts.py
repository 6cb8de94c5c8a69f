"""The dashboard's charts as staff read them: every currency's payments and household cash, the works axis in
percent, Latin digits and whole month names in Arabic."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtGui import QFontMetrics

from tests.builders import Build
from tests.views.conftest import wait_idle
from workbench.services import demo, workflows
from workbench.views.main_window import MainWindow

D = dt.date
ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


def dashboard_of(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    screen = window.show_screen("dashboard")
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: screen.data is not None, timeout=10000)
    return screen


@pytest.fixture
def payments(database):
    """An Iraq project in USD paying a grant in dinars and one in dollars, and a DRC household paid in francs."""
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        drc = b.project()
        household = b.household(b.site(territory, project_id=drc.id), project_id=drc.id)
        b.create("cash_tranche", household_id=household.id, sequence=1, purpose="transport", status="paid",
                 paid_on=D(2023, 3, 20), amount=Decimal("100000"), currency="CDF", exchange_rate=Decimal("0.0004"),
                 rate_date=D(2023, 3, 1))
        _, _, _, town = b.ninewa()
        iraq = b.iraq_project()
        dinars = b.approved_grant(iraq, town, code="G-IQD", amount=Decimal("3000000"), currency="IQD",
                                  exchange_rate=Decimal("0.00076336"), rate_date=D(2023, 2, 1))
        dollars = b.approved_grant(iraq, town, code="G-USD", amount=Decimal("5000"))
        workflows.pay_grant_tranche(session, dinars.id, Decimal("1000000"), D(2023, 3, 10))
        workflows.pay_grant_tranche(session, dollars.id, Decimal("2500"), D(2023, 4, 12))
        work = b.work(iraq, town)
        workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 1))
        b.progress(work, D(2023, 4, 1), 40)
    return database


@pytest.mark.parametrize("language", ["en", "fr"], indirect=True)
def test_money_paid_shows_every_currency_and_household_cash(qtbot, context, payments, language):
    screen = dashboard_of(qtbot, context)
    chart = screen.disbursement_chart.chart()
    bars = chart.series()[0]
    shown = {bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())] for bar_set in bars.barSets()}
    grants, cash = (screen.tr("Grants (%1)"), screen.tr("Household cash (%1)"))
    # The dinars at the grant's rate (763.36) in March, the dollars in April; the francs as 40 USD in March.
    assert shown == {grants.replace("%1", "USD"): [763.36, 2500.0], cash.replace("%1", "USD"): [40.0, 0.0]}
    assert chart.legend().isVisible()
    assert "exchange rate" in chart.title() or "taux" in chart.title(), chart.title()
    assert chart.axes()[0].categories() == ["03/23", "04/23"]

    works = screen.works_chart.chart()
    percent = [axis for axis in works.axes() if hasattr(axis, "categoriesLabels")][0]
    assert percent.categoriesLabels() == ["0 %", "25 %", "50 %", "75 %", "100 %"]


@pytest.fixture
def demo_office(database):
    demo.generate(database.engine, scale=0.05)
    return database


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_arabic_charts_write_latin_digits_and_whole_month_names(qtbot, context, demo_office, language):
    screen = dashboard_of(qtbot, context)
    chart = screen.population_chart.chart()
    months = [axis for axis in chart.axes() if hasattr(axis, "categoriesLabels")][0]
    labels = months.categoriesLabels()
    assert len(labels) >= 3 and all("20" in text for text in labels), labels
    assert not ARABIC_INDIC & set("".join(labels)), labels
    # Each month name fits the room between its tick and the next: none is cut with "...".
    span = months.max() - months.min()
    ticks = [months.endValue(text) for text in labels]
    room = min(b - a for a, b in zip(ticks, ticks[1:])) / span * chart.plotArea().width()
    widest = max(QFontMetrics(months.labelsFont()).horizontalAdvance(text) for text in labels)
    assert widest < room, (widest, room, labels)

    works = [axis for axis in screen.works_chart.chart().axes() if hasattr(axis, "categoriesLabels")][0]
    assert works.categoriesLabels() == ["0 %", "25 %", "50 %", "75 %", "100 %"]
    for view in (screen.disbursement_chart, screen.works_chart):
        assert not view.chart().localizeNumbers()  # bar labels and values in Latin digits, as the tables
