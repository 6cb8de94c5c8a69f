"""Reports for a period, on the demo office: each figure is of the period or as it stood at its end, read back
from the PDF for several periods.

The figures were checked against the demo database (scale 1, seed 2023) with SQL, e.g. the people supported to
leave in the second half of 2023: `select sum(size) from households where project_id = <DRC-ECHO-2023-01> and
departure_date between '2023-07-01' and '2023-12-31'` = 8,077; households present in a site on a day:
`registered_on <= day and (departure_date is null or departure_date > day)`.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.conftest import demo_office
from tests.reports.conftest import pdf_text
from workbench.reports import RenderOptions, ReportParams, make_report
from workbench.reports.i18n import Formatter
from workbench.services.errors import DomainError

D = dt.date
ECHO = "DRC-ECHO-2023-01"
ENGLISH = Formatter("en")   # dates as the English reports print them ("30 Sept 2023")


def day_text(day: dt.date) -> str:
    """A date as the text read back says it (its non-breaking spaces made plain, as report_text does)."""
    return ENGLISH.date(day).replace("\u00a0", " ")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request, tmp_path_factory):
    """The scale-1 demo office, one per backend, shared by these read-only tests."""
    yield from demo_office(request, tmp_path_factory, 1)


@pytest.fixture
def session(demo):
    with demo.session(user="tester") as s:
        yield s
        s.rollback()


class Printed(str):
    """A report's text as pdftotext -layout reads it (table rows on one line), each run of spaces made one;
    `.flat` is its reading order (key figures and paragraphs whole) on one line."""

    flat: str
    key_figures: dict[str, str]


def _plain_spaces(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def report_text(session, tmp_path, kind: str, lang: str = "en", **params) -> Printed:
    out = make_report(session, kind, ReportParams(**params), RenderOptions(lang=lang, printed_on=D(2024, 7, 1)),
                      tmp_path / f"{kind}.pdf")
    text = _plain_spaces(pdf_text(out, layout=True))
    printed = Printed("\n".join(re.sub(r"\s+", " ", line).strip() for line in text.splitlines()))
    raw = _plain_spaces(pdf_text(out))
    printed.flat = " ".join(raw.split())
    printed.key_figures = key_figures(raw)
    return printed


_FIGURE = re.compile(r"^[-–\d.,% ]+( [A-Z]{3})?$")


def key_figures(raw: str) -> dict[str, str]:
    """{label: figure} of the key-figure boxes: pdftotext reads a row of boxes as its figures, then its labels
    (each label maybe on two lines), each a paragraph of its own."""
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", raw) if b.strip()]
    found, i = {}, 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _FIGURE.match(blocks[j]):
            j += 1
        n = j - i
        if n >= 2 and j + n <= len(blocks) and not any(_FIGURE.match(b) for b in blocks[j:j + n]):
            found.update(zip(blocks[j:j + n], blocks[i:j]))
            i = j + n
        else:
            i = max(j, i + 1)
    return found


def line_of(text: str, start: str) -> str:
    """The one line that starts with `start` (a table row by its first cell)."""
    lines = [line for line in text.splitlines() if line.startswith(start)]
    assert len(lines) == 1, (start, lines)
    return lines[0]


# --- project progress report -------------------------------------------------------------------------------

@pytest.mark.parametrize("period, people, paid_by_end, paid_in_period, oc11, oc21, sites", [
    # Indicators: target, achieved, % achieved, then the previous period (the same number of months before) and the
    # cumulative to the period's end (a percentage's is its latest value).
    # Second half of 2023: 8,077 people left (OC1.1 Q3 4,926 + Q4 3,151; 7,631 in the first half, 15,708 in all); paid by 31 Dec 995,569.28 USD to
    # households, 462,597.00 to the contractors of CD-WRK-0001 to 0004 (`select sum(amount) from work_payments
    # where paid_on <= '2023-12-31'` for the project's works; 17,200.00 by 30 Jun, for 0001 and 0002) and
    # 14,089.00 for the work done on CD-WRK-0005, which has no payment recorded (contract value x progress):
    # 1,472,255.28 (30.7% of 4,800,000); 459,676.17 by 30 Jun, so 1,012,579.11 in the period; OC2.1's latest
    # quarter, Q4, 88.2% of 80%.
    # On 31 Dec 2023 Kalenge (closing since 2 Oct) had 543 households present, Mukuku (closed only in March
    # 2024) 185; Cinquantenaire, Kalonda and Kalunga were closed and empty.
    ((D(2023, 7, 1), D(2023, 12, 31)), "8,077", ("1,472,255.28 USD", "30.7%"), "1,012,579.11 USD (21.1%",
     ("6,166", "8,077", "131.0%", "7,631", "15,708"), ("80", "88.2", "110.2%", "58.3", "88.2"),
     {"Kalenge": ("closing", "543", "2,759", "838"), "Mukuku": ("closing", "185", "958", "1,884"),
      "Kalunga": ("closed", "0", "0", "2,573")}),
    # First quarter of 2024: 1,741 people left; paid by 31 Mar 1,127,745.24 USD to households (132,175.96 in the
    # quarter), 732,637.00 to contractors (270,040.00 in the quarter: 22,425 for 0003, 137,123 + 110,492 for 0004)
    # and CD-WRK-0005's 14,089.00: 1,874,471.24, 402,215.96 in it;
    # OC2.1 80.3% against 80%; Mukuku closed on 29 March 2024 with 0 households, Kalenge 392 present; the sites
    # closed in 2023 are not in the quarter's table.
    ((D(2024, 1, 1), D(2024, 3, 31)), "1,741", ("1,874,471.24 USD", "39.1%"), "402,215.96 USD (8.4%",
     ("3,083", "1,741", "56.5%", "3,151", "17,449"), ("80", "80.3", "100.4%", "88.2", "80.3"),
     {"Kalenge": ("closing", "392", "1,976", "783"), "Mukuku": ("closed", "0", "0", "958")}),
])
def test_project_report_for_a_period(session, tmp_path, period, people, paid_by_end, paid_in_period, oc11, oc21,
                                     sites):
    start, end = period
    text = report_text(session, tmp_path, "project", project_code=ECHO, date_from=start, date_to=end)
    flat = text.flat
    day = day_text(end)
    assert text.key_figures["people supported to leave sites in the period"] == people
    assert text.key_figures[f"of the budget paid by {day}"] == paid_by_end[1]
    assert "18,464" not in flat                                 # the project's to-date figure
    assert line_of(text, "Paid in total") == f"Paid in total {paid_by_end[0]} {paid_by_end[1]}"
    assert f"Paid in the period: {paid_in_period} of the budget)." in flat
    # Each row: the unit, the baseline, the figures, then the means of verification (its first line).
    assert line_of(text, "OC1.1 People supported").endswith(" ".join(("people", "0") + oc11 + ("Departure lists signed",)))
    # A percentage is not added up over the quarters: the latest quarter's share, with its decimal.
    assert line_of(text, "OC2.1 Share").endswith(" ".join(("percent", "12") + oc21 + ("Post-distribution",)))
    assert "target and achieved are those of the latest period reported" in flat
    for name, (status, households, people_present, departed) in sites.items():
        assert re.search(rf"^{name} Kalemie > {name} {status} {households} {people_present} {departed}$", text,
                         re.M), name
    if start.year == 2024:
        assert "Cinquantenaire" not in text and "Kalunga" not in text
    assert f"Sites on {day}" in text


def test_project_report_whole_project_adds_no_percentages(session, tmp_path):
    text = report_text(session, tmp_path, "project", project_code=ECHO)
    # To date: 18,464 people left the five Kalemie sites; OC2.1 stands at its last quarter's 75.6% of 80%,
    # where adding the six quarters gave "target 480, achieved 427".
    assert text.key_figures["people supported to leave sites"] == "18,464"
    assert line_of(text, "OC2.1 Share").endswith("percent 12 80 75.6 94.5% Post-distribution")
    assert line_of(text, "OC1.1 People supported").endswith("people 0 18,498 18,464 99.8% Departure lists signed at")


def test_project_report_french_keeps_the_decimal_of_a_percentage(session, tmp_path):
    text = report_text(session, tmp_path, "project", lang="fr", project_code=ECHO, date_from=D(2023, 7, 1),
                       date_to=D(2023, 12, 31))
    assert line_of(text, "OC2.1").endswith("12 80 88,2 110,2 % 58,3 88,2 Post-distribution")
    assert text.key_figures["personnes aidées à quitter les sites pendant la période"] == "8 077"


@pytest.mark.parametrize("start, end", [(D(2022, 1, 1), D(2022, 12, 31)), (D(2024, 7, 1), D(2024, 9, 30))])
def test_project_report_outside_the_project_stops_with_one_line(session, tmp_path, start, end):
    with pytest.raises(DomainError) as caught:
        report_text(session, tmp_path, "project", project_code=ECHO, date_from=start, date_to=end)
    message = str(caught.value)
    assert message == (f"nothing to report for project {ECHO} in the period {start.isoformat()} to "
                       f"{end.isoformat()}: the project runs from 2023-01-01 to 2024-06-30")
    assert not (tmp_path / "project.pdf").exists()


# --- site closure and returns report -----------------------------------------------------------------------

def site_row(text: str, name: str) -> str:
    """A site's row of the sites table: its name, then its status."""
    rows = re.findall(rf"^{name} (?:open|closing|closed) .*$", text, re.M)
    assert len(rows) == 1, (name, rows)
    return rows[0]


@pytest.mark.parametrize("start, end, sites, people, with_departures", [
    # Q1 2023: Cinquantenaire and Kalonda were closing (since 1 Feb 2023) and 212 and 228 households left them;
    # Kalenge, Kalunga and Mukuku were still open (closing from 2 Oct, 3 Apr and 1 Jun 2023). Still present on
    # 31 March: 428, 696, 752, 720 and 600 households.
    (D(2023, 1, 1), D(2023, 3, 31), {
        "Cinquantenaire": "closing 1 Feb 2023 212 1,204 621 583 428", "Kalenge": "open – 0 0 0 0 696",
        "Kalonda": "closing 1 Feb 2023 228 1,247 591 656 752", "Kalunga": "open – 0 0 0 0 720",
        "Mukuku": "open – 0 0 0 0 600"}, "2,451", 2),
    # Q3 2023: Cinquantenaire closed on 31 July with 0 left; 4,926 people left four sites (OC1.1's Q3 figure).
    (D(2023, 7, 1), D(2023, 9, 30), {
        "Cinquantenaire": "closed 1 Feb 2023 103 559", "Kalenge": "open – 0 0 0 0 700",
        "Kalonda": "closing 1 Feb 2023 349 1,870", "Kalunga": "closing 3 Apr 2023 263 1,480",
        "Mukuku": "closing 1 Jun 2023 194 1,017"}, "4,926", 4),
])
def test_closure_report_for_a_period(session, tmp_path, start, end, sites, people, with_departures):
    text = report_text(session, tmp_path, "closure", date_from=start, date_to=end)
    assert text.key_figures[f"people supported to leave {with_departures} sites"] == people
    for name, row in sites.items():
        assert site_row(text, name).startswith(f"{name} {row}"), name
    present = {"Cinquantenaire": (428, 0), "Kalenge": (696, 700), "Kalonda": (752, 56), "Kalunga": (720, 219),
               "Mukuku": (600, 349)}
    for name, (march, september) in present.items():
        assert site_row(text, name).endswith(f" {march if end.month == 3 else september:,}"), name
    assert f"Still to be paid on {day_text(end)}" in text
    assert "closed on 31 Jul 2023" in text.flat if end.month == 9 else "closed on 31 Jul 2023" not in text.flat


def test_closure_report_owed_at_the_end_of_the_period(session, tmp_path):
    # Cinquantenaire on 31 March 2023: of the households registered by then, 1,670 USD tranches (151,228.00 USD)
    # and 237 CDF tranches (49,744,700.00 CDF) were not paid yet: 374 + 54 transport ones (its 428 households
    # still there) and the completion payments of those who had left in February and March.
    text = report_text(session, tmp_path, "closure", site_name="Cinquantenaire", date_from=D(2023, 1, 1),
                       date_to=D(2023, 3, 31))
    owed = text.split("Still to be paid on 31 Mar 2023")[-1]
    assert re.search(r"^transport 374 15,692.00 USD$", owed, re.M)
    assert re.search(r"^Total 1,670 151,228.00 USD$", owed, re.M)
    assert re.search(r"^Total 237 49,744,700.00 CDF$", owed, re.M)


# --- livelihood grants register ----------------------------------------------------------------------------

@pytest.mark.parametrize("start, end, figures", [
    # Applied for in Q1 2023: 91 grants; on 31 March 49 approved or further on (27 still in application or
    # vetting, which the old count of 76 took in); no grant monitored yet, so no jobs counted (117 before, from
    # today's records); cash-for-work days paid by then 261 (693 before: every day recorded since).
    (D(2023, 1, 1), D(2023, 3, 31), ("91", "49", "0", "261")),
    # Second half of 2023: 233 grants, 154 approved or further on by 31 December, 51 jobs in the grants
    # monitored by then, 1,282 days paid.
    (D(2023, 7, 1), D(2023, 12, 31), ("233", "154", "51", "1,282")),
])
def test_grants_register_as_it_stood_at_the_end_of_the_period(session, tmp_path, start, end, figures):
    text = report_text(session, tmp_path, "grants", date_from=start, date_to=end, hide_names=True)
    labels = ("grants in the register", "grants approved or in progress", "jobs created (EDF)",
              "days worked (cash for work)")
    assert tuple(text.key_figures[label] for label in labels) == figures


# --- 3W and site profile -----------------------------------------------------------------------------------

@pytest.mark.parametrize("start, end, kalemie, nyunzu", [
    # People in the sites managed: each site's last population count by the period's end (today's counts,
    # 961 and 25,568, were printed for every period).
    (D(2023, 1, 1), D(2023, 3, 31), "16,957", "11,556"),
    # By 31 Dec 2023 Cinquantenaire, Kalonda and Kalunga had closed: 3,717 people left in Kalenge and Mukuku.
    (D(2023, 7, 1), D(2023, 12, 31), "3,717", "24,494"),
])
def test_threew_site_management_for_the_period(session, tmp_path, start, end, kalemie, nyunzu):
    text = report_text(session, tmp_path, "3w", date_from=start, date_to=end)
    for code, territory, people in (("DRC-ECHO-2023-01", "Kalemie", kalemie), ("DRC-ECHO-2023-02", "Nyunzu", nyunzu)):
        row = re.search(rf"^IOM {code} CCCM Site management Tanganyika {territory} CD\d+ 5 sites (\S+) ", text, re.M)
        assert row and row.group(1) == people, (code, row and row.group(0))


@pytest.mark.parametrize("period, present, intentions", [
    # Kilwa today: 1,300 households registered, 54 of them left: 1,246 present, by intention 393 return,
    # 111 relocate, 215 stay, 527 undecided (the table added up all 1,300).
    ({}, "1,246", {"return": "393", "relocate": "111", "stay": "215", "undecided": "527"}),
    # On 30 June 2023: 977 registered by then and not yet left.
    ({"date_from": D(2023, 4, 1), "date_to": D(2023, 6, 30)}, "977",
     {"return": "316", "relocate": "86", "stay": "158", "undecided": "417"}),
])
def test_site_profile_intentions_are_of_the_households_present(session, tmp_path, period, present, intentions):
    text = report_text(session, tmp_path, "site", site_name="Kilwa", **period)
    label = "households registered and present"
    if period:
        label += f" on {day_text(period['date_to'])}"
    assert text.key_figures[label] == present
    for intention, n in intentions.items():
        assert re.search(rf"^{intention} {n} \d+\.\d%$", text, re.M), intention
    assert re.search(rf"^Total {present} 100\.0%$", text, re.M)
