"""Payments to works contractors count in the project report's "paid" instead of the estimate (contract value x
progress) for the works that have them; read back from the PDF for three periods, figures worked out by hand on the
small office of conftest.py (works IQ-WRK-001 to 004 of IRQ-BHA-2023-02, 4,000,000 USD)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.builders import Build, refused
from tests.reports.conftest import visual_lines
from tests.reports.test_report_readers import layout_lines
from workbench import models as m
from workbench.reports import RenderOptions, ReportParams, make_report
from workbench.services import figures

D = dt.date
IRAQ = "IRQ-BHA-2023-02"


@pytest.fixture
def paid(session, office):
    """IQ-WRK-001 (240,000 USD): a 48,000 advance on 20 Mar 2023, a 60,000 certificate on 25 Jul and one of
    78,600,000 IQD on 20 Nov at 0.00076923 (60,461.478 -> 60,461.48 USD). IQ-WRK-004 (60,000, suspended): a 12,000
    advance on 20 Feb. IQ-WRK-003 (150,000, planned to start on 1 Jun): a 30,000 advance on 15 May, before its
    start. IQ-WRK-002 (85,000, completed 20 Aug) has no payment recorded."""
    b = Build(session)
    works = {w.code: w for w in session.scalars(select(m.InfrastructureWork))}
    for code, on, amount, currency, rate, reference in (
            ("IQ-WRK-001", D(2023, 3, 20), "48000", "USD", None, "ADV-001"),
            ("IQ-WRK-001", D(2023, 7, 25), "60000", "USD", None, "IPC-001-01"),
            ("IQ-WRK-001", D(2023, 11, 20), "78600000", "IQD", "0.00076923", "IPC-001-02"),
            ("IQ-WRK-004", D(2023, 2, 20), "12000", "USD", None, "ADV-004"),
            ("IQ-WRK-003", D(2023, 5, 15), "30000", "USD", None, "ADV-003")):
        b.create("work_payment", work_id=works[code].id, paid_on=on, amount=Decimal(amount), currency=currency,
                 exchange_rate=Decimal(rate) if rate else None, rate_date=D(2023, 11, 1) if rate else None,
                 reference=reference)
    session.flush()
    return works


@pytest.mark.parametrize("period, rows", [
    # By 31 Mar: WRK-001 and WRK-004 had begun (WRK-002 starts in April, WRK-003 in June): their advances,
    # 48,000 + 12,000 = 60,000 (1.5 % of 4,000,000); no work without payments yet.
    ((D(2023, 1, 1), D(2023, 3, 31)), {
        "Paid to works contractors (2 works with payments recorded) 60,000.00 USD 1.5%": True,
        "Works without payments recorded": False}),
    # By 31 May: WRK-003 has not started but its 30,000 advance is paid: 90,000 for three works (2.25 -> 2.2 %, rounded half to even); WRK-002,
    # begun on 1 Apr without payments, 0 % done.
    ((D(2023, 4, 1), D(2023, 5, 31)), {
        "Paid to works contractors (3 works with payments recorded) 90,000.00 USD 2.2%": True,
        "Work without payments recorded (1 work): contract value × progress 0.00 USD 0.0%": True}),
    # By 30 Jun: the same 90,000 paid; WRK-002 (ongoing, no progress reported) done at 0 %. With the 23,000 paid
    # to grant recipients: 113,000 paid (2.825 -> 2.8 %), where the estimate alone gave 149,000; committed 564,500
    # (the whole contracts and approved grants), 451,500 of it not yet paid (11.3 %).
    ((D(2023, 1, 1), D(2023, 6, 30)), {
        "Paid to works contractors (3 works with payments recorded) 90,000.00 USD 2.2%": True,
        "Work without payments recorded (1 work): contract value × progress 0.00 USD 0.0%": True,
        "Paid in total 113,000.00 USD 2.8%": True, "Committed, not yet paid": "451,500.00 USD 11.3%"}),
    # By 31 Dec: 48,000 + 60,000 + 60,461.48 + 12,000 + 30,000 = 210,461.48 (5.3 %); WRK-002 completed, done whole:
    # 85,000 (2.1 %); with the grants' 23,000, 318,461.48 paid (8.0 %), 205,461.48 of it in the half-year (5.1 %);
    # committed 564,500, 246,038.52 not yet paid (6.2 %).
    ((D(2023, 7, 1), D(2023, 12, 31)), {
        "Paid to works contractors (3 works with payments recorded) 210,461.48 USD 5.3%": True,
        "Work without payments recorded (1 work): contract value × progress 85,000.00 USD 2.1%": True,
        "Paid in total 318,461.48 USD 8.0%": True, "Committed, not yet paid": "246,038.52 USD 6.2%",
        "Paid in the period: 205,461.48 USD (5.1% of the budget).": True}),
])
def test_the_project_report_counts_what_contractors_were_paid(session, tmp_path, paid, period, rows):
    lines = layout_lines(session, tmp_path, "project", project_code=IRAQ, date_from=period[0], date_to=period[1])
    for text, expected in rows.items():
        if expected is True:
            assert text in lines, text
        elif expected is False:
            assert not any(line.startswith(text) for line in lines), text
        else:
            line = next(line for line in lines if line.startswith(text))
            assert line.endswith(expected), line
    assert not any(line.startswith("Works done by contractors") for line in lines)
    assert any("Works contractors are counted by the payments recorded" in line for line in lines)


def test_payments_in_french_and_arabic(session, tmp_path, paid):
    french = layout_lines(session, tmp_path, "project", "fr", project_code=IRAQ, date_from=D(2023, 7, 1),
                          date_to=D(2023, 12, 31))
    assert "Payé aux entrepreneurs (3 chantiers avec paiements enregistrés) 210 461,48 USD 5,3 %" in french
    out = make_report(session, "project", ReportParams(project_code=IRAQ, date_from=D(2023, 7, 1),
                                                       date_to=D(2023, 12, 31)),
                      RenderOptions(lang="ar", printed_on=D(2024, 7, 1)), tmp_path / "project-ar.pdf")
    # Drawn right to left: "المدفوع للمقاولين (3 أعمال لها مدفوعات مسجلة)", then the amount beside its currency.
    print([line for line in visual_lines(out) if "210,461.48" in line])
    assert "5.3% 210,461.48 USD (مسجلة مدفوعات لها أعمال 3) للمقاولين المدفوع" in visual_lines(out)


def test_an_office_without_payments_keeps_the_estimate(session, tmp_path, office):
    lines = layout_lines(session, tmp_path, "project", project_code=IRAQ, date_from=D(2023, 7, 1),
                         date_to=D(2023, 12, 31))
    assert "Works done by contractors (contract value × progress reported) 295,000.00 USD 7.4%" in lines


def test_a_payment_in_another_currency_keeps_its_rate(session, paid):
    b = Build(session)
    with refused("exchange_rate", "is required for an amount in IQD (the project is in USD)"):
        b.create("work_payment", work_id=paid["IQ-WRK-004"].id, paid_on=D(2023, 3, 1), amount=Decimal(1000),
                 currency="IQD", reference="IPC-004-01")
    with refused("reference", "this work already has a payment with reference ADV-004"):
        b.create("work_payment", work_id=paid["IQ-WRK-004"].id, paid_on=D(2023, 3, 1), amount=Decimal(1000),
                 currency="USD", reference="ADV-004")
    money = figures.project_money(session, paid["IQ-WRK-001"].project_id, D(2023, 12, 31))
    assert (money.paid_works_recorded, money.works_with_payments, money.works_estimated) == (
        Decimal("210461.48"), 3, 1)


@pytest.mark.parametrize("period, rows, total", [
    # By 30 Jun: the advances of the water plant (48,000), the market (30,000) and the canal (12,000); the school
    # has no payment recorded.
    ((D(2023, 1, 1), D(2023, 6, 30)), {"water plant": "240,000.00 USD 48,000.00 USD", "school": "85,000.00 USD –",
                                       "market": "150,000.00 USD 30,000.00 USD",
                                       "irrigation": "60,000.00 USD 12,000.00 USD"},
     "535,000.00 USD 90,000.00 USD"),
    # By 31 Dec: the water plant's two certificates added, one paid in dinars: 108,000 USD + 78,600,000 IQD.
    ((D(2023, 7, 1), D(2023, 12, 31)), {"water plant": "240,000.00 USD 108,000.00 USD + 78,600,000 IQD",
                                        "school": "85,000.00 USD –", "market": "150,000.00 USD 30,000.00 USD",
                                        "irrigation": "60,000.00 USD 12,000.00 USD"},
     "535,000.00 USD 150,000.00 USD + 78,600,000 IQD"),
])
def test_the_works_report_shows_what_each_type_of_work_was_paid(session, tmp_path, paid, period, rows, total):
    lines = layout_lines(session, tmp_path, "works", project_code=IRAQ, date_from=period[0], date_to=period[1])
    for work_type, figures_ in rows.items():
        assert any(line.startswith(f"{work_type} 1 {figures_} ") for line in lines), (work_type, lines)
    assert any(line.startswith(f"Total 4 {total} ") for line in lines), total
    assert any(line.startswith("Type of work Works Contract value Paid to contractors by") for line in lines)
