"""The Referrals, Service providers and CRCs screens: overdue referrals highlighted against their priority's
deadline, filtered by CRC and status, a referral stepped through its workflow from its window (a send without
consent refused in the dialog), a provider's services in the window's language, and the dashboard's referral
figures."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.builders import Build
from tests.views.conftest import wait_idle
from tests.views.test_scenario import sidebar, step
from workbench.views.main_window import MainWindow
from workbench.views.record_window import RecordWindow, open_record
from workbench.views.table_model import ALERT_BACKGROUND

D = dt.date


@pytest.fixture
def referrals(database):
    today = dt.date.today()
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        crcs = [b.create("crc", code=code, name=code, centre_type="walk-in", location_id=town.id,
                         opened_on=D(2023, 5, 2)) for code in ("IQ-CRC-BAR-01", "IQ-CRC-HAM-01")]
        legal = b.create("service_provider", code="IQ-SP-HAM-01", organisation="NRC ICLA",
                         services="legal aid, civil documentation", location_id=town.id, accepts_referrals=True)
        made = {}
        for code, crc, on, priority, consent in (
                ("IQ-REF-000001", crcs[0], D(2024, 3, 1), "urgent", True),     # sent, never answered: overdue
                ("IQ-REF-000002", crcs[0], today, "normal", True),             # sent today: 14 days to go
                ("IQ-REF-000003", crcs[1], D(2024, 3, 1), "normal", False)):   # a draft, past its deadline
            made[code] = b.create("referral", code=code, crc_id=crc.id, referred_on=on, case_code=f"C-{code[-2:]}",
                                  sex="female", age_group="18-59", service="legal aid", provider_id=legal.id,
                                  priority=priority, consent_given=consent, consent_on=on if consent else None,
                                  consent_by="the person" if consent else None)
        from workbench.services import workflows

        workflows.change_referral_status(session, made["IQ-REF-000001"].id, "sent", D(2024, 3, 1))
        workflows.change_referral_status(session, made["IQ-REF-000002"].id, "sent", today)
        ids = {code: r.id for code, r in made.items()}
    return ids


def _rows(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_overdue_referrals_stand_out_and_the_filters_narrow_the_list(qtbot, context, referrals):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    screen = sidebar(qtbot, window, "Referrals")
    wait_idle(qtbot, screen.model)
    model = screen.model
    assert screen.count_label.text() == "3 referrals"
    code, overdue = model.column_index("code"), model.column_index("overdue")
    shown = {model.index(r, code).data(): r for r in range(model.rowCount())}
    assert {c: model.index(r, overdue).data() for c, r in shown.items()} == {
        "IQ-REF-000001": "Overdue", "IQ-REF-000002": "", "IQ-REF-000003": "Overdue"}
    background = {c: model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for c, r in shown.items()}
    assert background == {"IQ-REF-000001": ALERT_BACKGROUND, "IQ-REF-000002": None,
                          "IQ-REF-000003": ALERT_BACKGROUND}
    crc = screen.filters["crc_id"]
    crc.setCurrentIndex(crc.findText("IQ-CRC-BAR-01", Qt.MatchFlag.MatchStartsWith))
    wait_idle(qtbot, model)
    assert screen.count_label.text() == "2 referrals"
    status = screen.filters["status"]
    status.setCurrentIndex(status.findData("sent"))
    overdue_only = screen.filters["overdue"]
    overdue_only.setCurrentIndex(overdue_only.findData(True))
    wait_idle(qtbot, model)
    assert [row[model.column_index("code")] for row in _rows(model)] == ["IQ-REF-000001"]
    # The dashboard counts them too: three open, two past their deadline.
    dashboard = window.show_screen("dashboard")
    dashboard.refresh()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: dashboard.tiles["overdue_referrals"].value.text() == "2", timeout=5000)
    assert dashboard.tiles["open_referrals"].value.text() == "3"


def test_a_referral_is_stepped_from_its_window_and_a_send_without_consent_is_refused(qtbot, context, referrals):
    window = open_record(context, "referral", referrals["IQ-REF-000003"])
    qtbot.addWidget(window)
    wait_idle(qtbot)
    assert isinstance(window, RecordWindow)
    buttons = {b.objectName(): b.text() for b in window.findChildren(QPushButton) if b.objectName().startswith("step_")
               and b.isVisible()}
    assert buttons == {"step_sent": "Send to the provider", "step_withdrawn": "Withdraw"}
    due = window.form.editors["due_on"]  # referred on 1 March, normal priority: 14 days, shown and never typed
    assert (due.text(), due.isEnabled()) == ("2024-03-15", False)
    said = step(qtbot, window, "sent", D(2024, 3, 2), expect_problem="consent")
    assert said == "The consent to share is required before the referral is sent: record who gave it and when"
    assert window.status.text() == "Draft"
    step(qtbot, window, "withdrawn", D(2024, 3, 2))
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: window.status.text() == "Withdrawn", timeout=5000)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Details", "Workflow history", "History"]


@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_a_providers_services_are_shown_in_the_windows_language(qtbot, context, referrals, language):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    screen = window.show_screen("service_provider")
    wait_idle(qtbot, screen.model)
    services = screen.model.displayed(0, "services")
    assert services == {"fr": "Aide juridique, Documentation civile",
                        "ar": "المساعدة القانونية، الوثائق المدنية"}[language]
    crcs = window.show_screen("crc")
    wait_idle(qtbot, crcs.model)
    assert crcs.model.rowCount() == 2


def test_the_crc_report_is_built_from_the_reports_screen(qtbot, context, referrals):
    from tests.views.conftest import type_into
    from tests.views.test_reports_screen import build, click_report
    from workbench.views.reports import ReportsScreen

    screen = ReportsScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    click_report(qtbot, screen, "Community Resource Centre report")
    assert screen.kind() == "crc" and screen.crc.isEnabled() and not screen.site.isEnabled()
    assert screen.labels["crc_code"].text() == "CRC"
    type_into(qtbot, screen.crc, "IQ-CRC-HAM-01")
    build(qtbot, screen)
    qtbot.waitUntil(lambda: screen.document.pageCount() > 0, timeout=10000)
    text = screen.document.getAllText(0).text()
    assert "IQ-CRC-HAM-01" in text and "Community Resource Centre report" in text



@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_a_yes_or_no_column_is_in_the_windows_language(qtbot, context, referrals, language):
    from workbench.views.tables import TableScreen

    screen = TableScreen(context, "service_provider")
    qtbot.addWidget(screen)
    wait_idle(qtbot, screen.model)
    assert screen.model.displayed(0, "accepts_referrals") == {"fr": "Oui", "ar": "نعم"}[language]
