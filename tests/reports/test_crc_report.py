"""The CRC report's figures for two periods, worked out by hand from tests/reports/crc_world.py and read back from
the PDF, in English, French and Arabic; no name of the household linked to a referral is printed.

First half of 2023 at Bartella, steps as they stood on 30 June: referrals 1-6. Answered: 1 accepted after 5 days,
2 accepted after 1, 3 declined after 7, 4 accepted after 21: 3 of 4 accepted (75.0%), median of 1, 5, 7, 21 =
6.0 days. Overdue: 3 (answered on 10 Apr, due 6 Apr), 4 (5 Jun, due 29 May), 5 (no answer by 30 Jun, due 23 Jun):
3 of 6 (50.0%); 6 is due on 12 Jul. Followed up: 1 and 2, 2 of 6 (33.3%).
Second half: referrals 7-11. Answered: 7 accepted after 3, 8 accepted after 3, 9 declined after 10, 10 declined
after 2: 2 of 4 (50.0%), median of 2, 3, 3, 10 = 3.0. Overdue: 8 only (4 Aug, due 2 Aug); 11 was withdrawn on
25 Nov before its deadline (4 Dec): 1 of 5 (20.0%). Followed up: 7 and 9, 2 of 5 (40.0%).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports.crc_world import NAMED
from tests.reports.test_report_pdfs import arabic_in_order
from tests.reports.test_report_periods import report_text
from workbench.reports import REPORTS, ReportParams
from workbench.services.errors import DomainError

D = dt.date
BAR = "IQ-CRC-BAR-01"
H1, H2 = (D(2023, 1, 1), D(2023, 6, 30)), (D(2023, 7, 1), D(2023, 12, 31))


@pytest.mark.parametrize("period, figures, lines", [
    (H1, {"contacts": "4", "session participants": "30", "referrals": "6", "of answered referrals accepted": "75.0%",
          "median days to response": "6.0", "referrals overdue": "3", "of referrals overdue": "50.0%",
          "of referrals with follow-up feedback": "33.3%"},
     ["walk-in 2 50.0%", "returnee 2 50.0%", "18-59 13 10 23", "awareness 1 20",
      "civil documentation 2 1 0 0 0 0 1 0", "Total 6 1 1 1 0 1 2 0", "Total 6 3 1 75.0% 3 (50.0%)",
      "normal 14 days 3 2 13.0 1 (33.3%)", "urgent 72 hours 2 1 7.0 2 (100.0%)"]),
    (H2, {"contacts": "2", "session participants": "12", "referrals": "5", "of answered referrals accepted": "50.0%",
          "median days to response": "3.0", "referrals overdue": "1", "of referrals overdue": "20.0%",
          "of referrals with follow-up feedback": "40.0%"},
     ["call 1 50.0%", "skills 1 12", "Total 5 0 0 0 1 1 2 1", "Total 5 2 2 50.0% 1 (20.0%)",
      "emergency 24 hours 1 1 3.0 1 (100.0%)"]),
])
def test_the_crc_report_for_a_period(session, office, tmp_path, period, figures, lines):
    printed = report_text(session, tmp_path, "crc", crc_code=BAR, date_from=period[0], date_to=period[1])
    assert {k: printed.key_figures.get(k) for k in figures} == figures
    rows = printed.splitlines()
    for line in lines:
        assert line in rows, (line, [r for r in rows if r.startswith(line.split(" ")[0])])
    assert NAMED not in printed.flat and "BAR-C-" not in printed.flat and "BAR-0001" not in printed.flat


def test_every_crc_and_the_words_of_the_other_languages(session, office, tmp_path):
    data = REPORTS["crc"].build(session, ReportParams(date_from=H1[0], date_to=H1[1]))
    assert (data.crc, data.referrals, data.by_status["draft"]) == (None, 7, 2)  # Hamdaniya's draft too
    french = report_text(session, tmp_path, "crc", "fr", crc_code=BAR, date_from=H1[0], date_to=H1[1])
    assert french.key_figures["des référencements répondus acceptés"] == "75,0 %"
    assert "Référencements par service et statut" in french.flat and "documentation civile" in french.flat
    arabic = report_text(session, tmp_path, "crc", "ar", crc_code=BAR, date_from=H2[0], date_to=H2[1])
    assert "75.0%" not in arabic.flat and "50.0%" in arabic.flat and NAMED not in arabic.flat


def test_an_unknown_crc_or_an_empty_period_is_one_clear_line(session, office):
    with pytest.raises(DomainError, match="no CRC with the code 'IQ-CRC-NOPE'"):
        REPORTS["crc"].build(session, ReportParams(crc_code="IQ-CRC-NOPE"))
    with pytest.raises(DomainError, match="no contacts, sessions or referrals of CRC IQ-CRC-BAR-01 in the period "
                                          "2022-01-01 to 2022-12-31"):
        REPORTS["crc"].build(session, ReportParams(crc_code=BAR, date_from=D(2022, 1, 1), date_to=D(2022, 12, 31)))


@pytest.mark.parametrize("period, lines", [
    # First half: Bartella's awareness session (20 people) and group legal counselling (10), contacts 1-4 and
    # referrals 1-5 sent (6 was sent on 1 July; Hamdaniya's draft was never sent).
    (H1, ["IOM Iraq no project Protection CRC awareness sessions Ninewa Al-Hamdaniya IQD086 1 session 20 "
          "15 Mar 2023 – ongoing ongoing",
          "IOM Iraq no project Protection CRC group legal counselling Ninewa Al-Hamdaniya IQD086 1 session 10 "
          "20 May 2023 – ongoing ongoing",
          "IOM Iraq no project Protection Referrals to services Ninewa Al-Hamdaniya IQD086 5 referrals 5 "
          "1 Feb 2023 – ongoing ongoing"]),
    # Second half: the tailoring session (12, a livelihoods activity), contacts 5-6, referrals 6-11.
    (H2, ["IOM Iraq no project Livelihoods CRC skills sessions Ninewa Al-Hamdaniya IQD086 1 session 12 "
          "1 Sept 2023 – ongoing ongoing",
          "IOM Iraq no project Protection Referrals to services Ninewa Al-Hamdaniya IQD086 6 referrals 6 "
          "1 Jul 2023 – ongoing ongoing"]),
])
def test_the_3w_counts_the_crcs_sessions_contacts_and_referrals_of_the_period(session, office, tmp_path, period,
                                                                           lines):
    printed = report_text(session, tmp_path, "3w", date_from=period[0], date_to=period[1])
    rows = printed.splitlines()
    for line in lines:
        assert line in rows, (line, [r for r in rows if r.startswith("IOM Iraq")])
    contacts = [r for r in rows if r.startswith("IOM Iraq no project Protection CRC information and ")]  # wraps
    assert contacts and contacts[0].endswith(" ongoing ongoing")
    expected = {H1: "4 contacts 4 10 Feb 2023", H2: "2 contacts 2 8 Aug 2023"}[period]
    assert expected in contacts[0], contacts
    assert "awareness" not in printed.flat if period == H2 else "skills sessions" not in printed.flat
    assert NAMED not in printed.flat and "BAR-C-" not in printed.flat


def test_the_3w_crc_rows_in_french_and_arabic(session, office, tmp_path):
    french = report_text(session, tmp_path, "3w", "fr", date_from=H1[0], date_to=H1[1])
    assert "Séances de sensibilisation du CRC" in french.flat and "5 référencements" in french.flat
    assert "sans projet" in french.flat
    arabic = report_text(session, tmp_path, "3w", "ar", date_from=H1[0], date_to=H1[1])
    assert arabic_in_order(arabic.flat, "الإحالات إلى الخدمات") and "Referrals to services" not in arabic.flat
    assert arabic_in_order(arabic.flat, "جلسات التوعية في مركز الموارد")
