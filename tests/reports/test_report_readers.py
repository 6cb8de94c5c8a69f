"""What a donor's or a government's reader checks on the printed page (issue 14, second part): counted words in
the three languages' plural forms, figures as they stood at the period's end, Arabic lines in the order drawn.

Each test reads the PDF back: pdftotext for the words, visual_lines for the order in which Arabic lines are drawn.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from decimal import Decimal
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from tests.builders import Build
from tests.reports.conftest import drawn_words, pdf_text, visual_lines
from workbench import models as m
from workbench.reports import RenderOptions, ReportParams, make_report
from workbench.reports.i18n import Formatter
from workbench.services import workflows

D = dt.date
IRAQ = "IRQ-BHA-2023-02"


def printed(session, tmp_path, kind, lang="en", **params) -> str:
    out = make_report(session, kind, ReportParams(**params), RenderOptions(lang=lang, printed_on=D(2024, 7, 1)),
                      tmp_path / f"{kind}-{lang}.pdf")
    return " ".join(pdf_text(out).replace("\u00a0", " ").replace("\u202f", " ").split())


def drawn(session, tmp_path, kind, lang="ar", **params) -> list[str]:
    out = make_report(session, kind, ReportParams(**params), RenderOptions(lang=lang, printed_on=D(2024, 7, 1)),
                      tmp_path / f"{kind}-{lang}-drawn.pdf")
    return visual_lines(out)


# --- plurals from CLDR's rules (Babel) ----------------------------------------------------------------------

def test_counted_words_take_the_plural_form_of_their_number():
    en, fr, ar = Formatter("en"), Formatter("fr"), Formatter("ar")
    assert [en.plural("{n} sites", n) for n in (1, 2)] == ["1 site", "2 sites"]
    assert [fr.plural("{n} sites", n) for n in (0, 1, 2)] == ["0 site", "1 site", "2 sites"]
    # Arabic: 1, 2, 3-10 (plural), 11-99 (accusative singular), 100+ (singular).
    assert [ar.plural("{n} works", n) for n in (1, 2, 9, 23, 100)] == [
        "1 عمل", "2 عملان", "9 أعمال", "23 عملاً", "100 عمل"]
    assert [ar.plural("{n} grants", n) for n in (9, 11)] == ["9 منح", "11 منحة"]
    assert ar.missing == set() and fr.missing == set()


def test_the_closure_report_says_one_site_when_people_left_one(session, office, tmp_path):
    # In July 2023 only Kalonda had departures (KAL-0001).
    params = dict(date_from=D(2023, 7, 1), date_to=D(2023, 7, 31))
    text = printed(session, tmp_path, "closure", **params)
    assert "people supported to leave 1 site " in text
    # The key figure "1" above its label: the label agrees with it.
    assert "household departed" in text and "households departed" not in text
    assert "aidées à quitter 1 site " in printed(session, tmp_path, "closure", "fr", **params)


def test_the_grants_register_totals_agree_with_their_count(session, office, tmp_path):
    # Six USD grants counted, one in IQD (IQ-ILA-0003): "Total: 1 grant", Arabic "6 منح", not "6 منحة" (drawn
    # right to left: the colon on the left of its word).
    text = printed(session, tmp_path, "grants", project_code=IRAQ)
    assert "Total: 6 grants" in text and "Total: 1 grant " in text
    lines = drawn(session, tmp_path, "grants", project_code=IRAQ)
    assert any("منح 6 :المجموع" in line for line in lines), lines
    assert any("منحة 1 :المجموع" in line for line in lines)


# --- figures as they stood at the period's end ---------------------------------------------------------------

def layout_lines(session, tmp_path, kind, lang="en", **params) -> list[str]:
    out = make_report(session, kind, ReportParams(**params), RenderOptions(lang=lang, printed_on=D(2024, 7, 1)),
                      tmp_path / f"{kind}-{lang}-layout.pdf")
    text = pdf_text(out, layout=True).replace("\u00a0", " ").replace("\u202f", " ")
    return [" ".join(line.split()) for line in text.splitlines()]


def test_the_3w_takes_works_and_grants_as_they_stood_at_the_period_end(session, office, tmp_path):
    # The Bartella girls' school (IQ-WRK-002) was completed on 20 Aug 2023: ongoing at the end of June.
    june = layout_lines(session, tmp_path, "3w", project_code=IRAQ, date_from=D(2023, 4, 1), date_to=D(2023, 6, 30))
    school = next(line for line in june if "Infrastructure: school" in line)
    assert school.endswith("1 Apr 2023 – ongoing ongoing"), school
    year = layout_lines(session, tmp_path, "3w", project_code=IRAQ, date_from=D(2023, 1, 1), date_to=D(2023, 12, 31))
    at = next(i for i, line in enumerate(year) if "Infrastructure: school" in line)
    # The When cell wraps after its dash, never inside a date: "20 Aug 2023" whole on the row's second line.
    assert year[at].endswith("1 Apr 2023 – completed"), year[at]
    assert year[at + 1] == "(BHA) 20 Aug 2023", year[at + 1]  # "(BHA)": the project cell's second line
    # Who: the office (the implementing organisation), never a contractor or a government counterpart.
    text = " ".join(year)
    assert "Al-Rafidain" not in text and "Nineveh Builders" not in text
    assert sum(line.startswith("IOM country office IRQ-BHA-2023-02") for line in year) == 8


def add_late_work(session, office):
    """IQ-WRK-005 in Bartella, due on 31 May 2023, completed on 15 Jul 2023: 45 days late, and finished."""
    water_plant = session.scalars(select(m.InfrastructureWork).where(m.InfrastructureWork.code == "IQ-WRK-001")).one()
    work = Build(session).work(office.iraq, water_plant.location, "IQ-WRK-005", title="Bartella health centre",
                               work_type="hospital/health centre", contract_value=Decimal(40000),
                               planned_start=D(2023, 3, 1), planned_end=D(2023, 5, 31), people_served=900)
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 1))
    workflows.change_work_status(session, work.id, "completed", D(2023, 7, 15))
    session.flush()


def test_works_behind_schedule_leave_out_the_works_finished_late(session, office, tmp_path):
    add_late_work(session, office)
    lines = layout_lines(session, tmp_path, "works", as_of=D(2023, 12, 31))
    text = " ".join(lines)
    # Five works, two behind schedule (IQ-WRK-004, 184 days; IQ-WRK-001, 92): not IQ-WRK-005, done 45 days late.
    figures = next(i for i, line in enumerate(lines) if line.startswith("5 "))
    assert lines[figures] == "5 575,000 USD 2 18,500", lines[figures]
    assert lines[figures + 1] == "works contract value works behind schedule people served"
    behind = lines.index(next(line for line in lines if line.startswith("Works behind schedule on 31 Dec 2023")))
    listed = [line.split()[0] for line in lines[behind + 2:behind + 6] if line.startswith("IQ-WRK")]
    assert listed == ["IQ-WRK-004", "IQ-WRK-001"]
    assert "Finished after their planned end, not counted as behind schedule: IQ-WRK-005." in text
    # The section lists only the late works, in a short table: not the twelve columns of every work again.
    assert lines[behind + 1].split()[:4] == ["Code", "Work", "Contractor", "Planned"]


def test_a_late_work_is_red_on_every_line_of_its_row(session, office, tmp_path):
    out = make_report(session, "works", ReportParams(as_of=D(2023, 12, 31)), RenderOptions(),
                      tmp_path / "works.pdf")
    # IQ-WRK-001 "Rehabilitation of Bartella water plant" wraps: "plant" is on the row's second line.
    boxes = word_boxes(out)
    code = next(b for b in boxes if b[4] == "IQ-WRK-001" and b[0] == 2)
    plant = next(b for b in boxes if b[4] == "plant" and b[0] == 2 and 0 < b[2] - code[2] < 14)
    assert red_share(out, plant) > 0.3
    ongoing_type = next(b for b in boxes if b[4] == "irrigation" and b[0] == 2)  # IQ-WRK-004, one line: red
    assert red_share(out, ongoing_type) > 0.3
    completed = next(b for b in boxes if b[4] == "completed" and b[0] == 2)  # IQ-WRK-002, on time: black
    assert red_share(out, completed) == 0


_BOX = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def word_boxes(path) -> list[tuple[int, float, float, float, str, float]]:
    """(page, x, y, right, word, bottom) of each word pdftotext finds, in points from the page's top left."""
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    boxes = []
    for page, content in enumerate(out.split("<page ")[1:], 1):
        for x, y, right, bottom, word in _BOX.findall(content):
            boxes.append((page, float(x), float(y), float(right), word, float(bottom)))
    return boxes


def red_share(path, box) -> float:
    """The share of a word's inked pixels that are the report's alert red (#b42318), at 144 dpi."""
    page, x, y, right, _, bottom = box
    png = Path(path).with_suffix(f".{page}")
    subprocess.run(["pdftoppm", "-r", "144", "-png", "-f", str(page), "-l", str(page), "-singlefile", str(path),
                    str(png)], check=True)
    image = Image.open(f"{png}.png").convert("RGB")
    data = image.crop((int(x * 2), int(y * 2), int(right * 2) + 1, int(bottom * 2) + 1)).tobytes()
    pixels = [tuple(data[i:i + 3]) for i in range(0, len(data), 3)]
    inked = [p for p in pixels if sum(p) < 600]
    red = [p for p in inked if p[0] > 120 and p[0] > p[1] + 60 and p[0] > p[2] + 60]
    return len(red) / len(inked) if inked else 0.0


def test_the_site_profile_counts_the_infrastructure_there_at_the_period_end(session, office, tmp_path):
    # Kilwa: 24 latrines recorded on 1 Mar 2023; 5 more on 1 Aug 2023.
    Build(session).create("site_infrastructure", site_id=office.sites["Kilwa"].id, kind="emergency latrine",
                          quantity=5, condition="good", recorded_on=D(2023, 8, 1))
    session.flush()
    june = layout_lines(session, tmp_path, "site", site_name="Kilwa", date_from=D(2023, 4, 1),
                        date_to=D(2023, 6, 30))
    assert "Infrastructure on 30 Jun 2023" in june
    assert "emergency latrine 24 20 4 0 0" in june   # none of them recorded in the quarter
    year = layout_lines(session, tmp_path, "site", site_name="Kilwa", date_from=D(2023, 7, 1),
                        date_to=D(2023, 12, 31))
    assert "emergency latrine 29 25 4 0 5" in year
    february = layout_lines(session, tmp_path, "site", site_name="Kilwa", date_from=D(2023, 1, 1),
                            date_to=D(2023, 2, 28))
    assert "No infrastructure recorded by 28 Feb 2023." in february


# --- Arabic, read in the order it is drawn -------------------------------------------------------------------

def test_an_arabic_sentence_keeps_each_amount_beside_its_currency(session, office, tmp_path):
    water_plant = session.scalars(select(m.InfrastructureWork).where(m.InfrastructureWork.code == "IQ-WRK-001")).one()
    Build(session).work(office.iraq, water_plant.location, "IQ-WRK-006", title="Bartella electrical network",
                        work_type="electrical network", contract_value=Decimal(1241618000), currency="IQD",
                        exchange_rate=Decimal("0.00076923"), rate_date=D(2023, 3, 1))
    session.flush()
    lines = drawn(session, tmp_path, "project", project_code=IRAQ)
    sentence = next(line for line in lines if "IQD" in line and "قيمة" in line)
    # Drawn left to right: the sentence's last words first, its first words ("قيمة العقود") on the right; the
    # two amounts in their own order, each beside its currency.
    assert "535,000.00 USD + 1,241,618,000 IQD العقود قيمة" in sentence, sentence
    figures = next(line for line in drawn(session, tmp_path, "works", project_code=IRAQ) if "IQD" in line)
    assert "535,000 USD + 1,241,618,000 IQD" in figures, figures


def test_an_arabic_site_location_keeps_its_p_code_and_coordinates_in_their_bracket(session, office, tmp_path):
    bartella = session.scalars(select(m.Location).where(m.Location.pcode == "IQD086S01")).one()
    bartella.name_local, bartella.parent.name_local = "برطلة", "الحمدانية"
    Build(session).site(bartella, "Bartella camp", opened_on=D(2022, 1, 1))
    session.flush()
    lines = drawn(session, tmp_path, "site", site_name="Bartella camp")
    where = next(line for line in lines if "P-code" in line)
    assert "(P-code IQD086S01, 36.3506, 43.3797) برطلة < الحمدانية < نينوى الجغرافي الموقع" in where, where


def test_arabic_charts_are_mirrored_and_their_legend_reads_with_the_bars(session, office, tmp_path):
    for lang in ("en", "ar"):
        out = make_report(session, "closure", ReportParams(), RenderOptions(lang=lang), tmp_path / f"c-{lang}.pdf")
        words = drawn_words(out)
        returned, relocated = ("Returned", "Relocated") if lang == "en" else ("العائدون", "المنتقلون")
        # The chart's heading, "People departed by site", then its legend just below it.
        heading = next(w for w in words if w[0] == 1 and w[3] in ("People", "الأشخاص")
                       and any(v[3] in ("site", "الموقع") and abs(v[2] - w[2]) < 1 for v in words))
        legend = [w for w in words if w[3] in (returned, relocated) and w[0] == 1 and 0 < w[2] - heading[2] < 30]
        top = min(w[2] for w in legend)
        legend_x = {w[3]: w[1] for w in legend}
        # Kalonda: 9 people returned, 7 relocated; Mukuku: 0 and 6. Bars' value labels, within the chart.
        bars = {w[3]: w[1] for w in words if w[0] == 1 and top < w[2] < top + 120 and w[3] in ("9", "7")}
        if lang == "en":
            assert legend_x[returned] < legend_x[relocated] and bars["9"] < bars["7"]
        else:  # right to left: the first series on the right, in the legend and in each group of bars
            assert legend_x[returned] > legend_x[relocated] and bars["9"] > bars["7"], (legend_x, bars)
    # A horizontal chart: labels on the right, bars growing from there (the value axis' 0 on the right).
    out = make_report(session, "site", ReportParams(site_name="Kilwa"), RenderOptions(lang="ar"),
                      tmp_path / "site-ar.pdf")
    words = drawn_words(out)
    stay = next(w for w in words if w[3] == "البقاء" and w[0] == 2 and w[1] > 0)
    axis = sorted((w for w in words if w[0] == 2 and w[3] in ("0", "1") and w[2] > stay[2]), key=lambda w: -w[2])
    zero, one = next(w for w in axis if w[3] == "0"), next(w for w in axis if w[3] == "1")
    assert zero[1] > one[1] and stay[1] > zero[1] - 10, (stay, zero, one)


def test_arabic_dates_do_not_wrap_in_their_column(session, office, tmp_path):
    # Kilwa's first count, 15 Jan 2023: "15 كانون الثاني 2023" is wider than the "Counted on" column's first line.
    lines = drawn(session, tmp_path, "site", site_name="Kilwa")
    count = next(line for line in lines if " 610 " in line)
    assert count.endswith("120 2023 الثاني كانون 15"), count


# --- budget ------------------------------------------------------------------------------------------------

def test_the_budget_counts_works_paid_and_burns_against_time(session, office, tmp_path):
    # By 31 Dec 2023, of 4,000,000 USD: grants paid 10,000 + 12,000 + 1,000 = 23,000; works done 240,000 x 80 %
    # (IQ-WRK-001) + 85,000 (IQ-WRK-002, completed) + 60,000 x 30 % (IQ-WRK-004) = 295,000; paid 318,000 (8.0 %).
    # Committed: grants approved 15,000 + 12,000 + 1,500 + 1,000 and the four contracts, 535,000 = 564,500, of
    # which 246,500 not yet paid; not committed 3,435,500. Time: 365 of the project's 731 days (49.9 %).
    lines = layout_lines(session, tmp_path, "project", project_code=IRAQ, date_from=D(2023, 7, 1),
                         date_to=D(2023, 12, 31))
    text = " ".join(lines)
    assert "Paid to grant recipients 23,000.00 USD 0.6%" in lines
    assert "Works done by contractors (contract value × progress reported) 295,000.00 USD 7.4%" in lines
    assert "Paid in total 318,000.00 USD 8.0%" in lines
    committed = next(line for line in lines if line.startswith("Committed, not yet paid"))
    assert committed.endswith("246,500.00 USD 6.2%"), committed
    assert "Not committed 3,435,500.00 USD 85.9%" in lines
    assert ("Burn rate: by 31 Dec 2023, 8.0% of the budget was paid and 49.9% of the project's time (1 Jan 2023 "
            "to 31 Dec 2024) had gone by.") in text
    assert "not the financial report" in text


def test_the_budget_shows_the_exchange_rates_used(session, office, tmp_path):
    # IQ-ILA-0003, 1,950,000 IQD at 0.00076923, is only applied for: approve it and it is committed, converted.
    grant = session.scalars(select(m.LivelihoodGrant).where(m.LivelihoodGrant.code == "IQ-ILA-0003")).one()
    for step, on in (("vetting", D(2023, 3, 6)), ("approved", D(2023, 3, 7))):
        workflows.change_grant_status(session, grant.id, step, on)
    session.flush()
    lines = layout_lines(session, tmp_path, "project", project_code=IRAQ)
    assert "Exchange rates used" in lines
    assert "IQD 1 IQD = 0.00076923 USD 1 Mar 2023 1,950,000 IQD 1,500.00 USD" in lines


# --- the other defects ---------------------------------------------------------------------------------------

def test_the_donor_code_is_not_printed_twice(session, office, tmp_path):
    office.drc.donor.name = "European Civil Protection and Humanitarian Aid Operations (ECHO)"
    session.flush()
    text = printed(session, tmp_path, "project", project_code="DRC-ECHO-2023-01")
    assert "Humanitarian Aid Operations (ECHO)" in text and "(ECHO) (ECHO)" not in text
    assert "(ECHO) (ECHO)" not in printed(session, tmp_path, "closure", project_code="DRC-ECHO-2023-01")


def test_wide_totals_do_not_run_into_each_other(tmp_path):
    from workbench.reports.layout import Column, ReportDoc

    doc = ReportDoc(RenderOptions(), "t", "s", landscape_pages=True)
    # The amount columns ~60 points wide, as in the register; "65,809,180.00 USD" is ~68 points at 7.5 points.
    columns = [Column("Code", 4.5), Column("Amount", 1, numeric=True), Column("Paid", 1, numeric=True),
               Column("Sector", 6)]
    out = doc.build([doc.table(columns, [["IQ-EDF-0001", "15,000.00 USD", "10,000.00 USD", "tailoring"]],
                               totals=[["Total: 10,000 grants", "65,809,180.00 USD", "59,019,430.00 USD", ""]])],
                    tmp_path / "t.pdf")
    boxes = word_boxes(out)
    total = next(b for b in boxes if b[4] == "65,809,180.00")
    row = sorted((b for b in boxes if abs(b[2] - total[2]) < 1), key=lambda b: b[1])
    assert [b[4] for b in row] == ["Total:", "10,000", "grants", "65,809,180.00", "USD", "59,019,430.00", "USD"]
    # Each word ends before the next begins: the two amounts do not overlap.
    assert all(a[3] <= b[1] for a, b in zip(row, row[1:])), row


def test_units_sectors_and_columns_are_translated(session, office, tmp_path):
    fr = printed(session, tmp_path, "project", "fr", project_code=IRAQ)
    assert "Moyens de subsistance, Infrastructures" in fr          # the project's sectors
    assert "travaux" in fr and "% de femmes" in fr                 # IND-2's unit; a column apart from "Femmes"
    lines = drawn(session, tmp_path, "closure")
    # "Relocated" is a move elsewhere in the country (الانتقال), not resettlement (إعادة التوطين).
    assert not any("توطين" in line for line in lines)
    assert any("آخر مكان إلى المنتقلون" in line for line in lines)


def test_a_totals_row_never_starts_a_page_alone(tmp_path):
    from workbench.reports.layout import Column, ReportDoc

    columns = [Column("Code", 1), Column("Amount", 1, numeric=True)]
    stranded = []
    for n in range(45, 60):  # 52 rows end their body at the foot of page 1 (before the fix, "Total" went alone)
        doc = ReportDoc(RenderOptions(), "t", "s")
        out = doc.build([doc.table(columns, [[f"IQ-EDF-{i:04d}", "15,000.00 USD"] for i in range(n)],
                                   totals=[["Total", f"{n * 15000:,}.00 USD"]])], tmp_path / f"t{n}.pdf")
        pages = pdf_text(out).split("\f")
        for page in pages[1:]:
            if "Total" in page and "IQ-EDF-" not in page:
                stranded.append(n)
        assert len(pages) < 4
    assert stranded == []


def test_chart_labels_are_cut_between_words_and_never_in_arabic():
    from workbench.reports.layout import chart_label

    assert chart_label("Individual livelihoods assistance", 22) == "Individual…"  # not "Individual livelihood…"
    assert chart_label("Individual livelihoods assistance", 23) == "Individual livelihoods…"
    assert chart_label("Rehabilitation", 8) == "Rehabilitation…"      # one long word stays whole
    assert chart_label("school", 22) == "school"
    arabic = "مساعدة سبل العيش الفردية للعائدين والنازحين"
    assert chart_label(arabic, 22, rtl=True) == arabic


def test_a_population_chart_of_75_counts_labels_only_what_fits():
    from workbench.reports.layout import ReportDoc

    doc = ReportDoc(RenderOptions(), "t", "s")
    days = [Formatter("en").date(D(2022, 1, 3) + dt.timedelta(weeks=i)) for i in range(75)]
    flowable = doc.line_chart("Population over time", days, [list(range(75))], ["People"])
    chart = flowable._content[1].contents[0]
    shown = [name for name in chart.categoryAxis.categoryNames if name]
    # The chart is ~515 points wide: at most one date every 42 points, the latest one among them.
    assert 6 <= len(shown) <= 12 and shown[-1] == days[-1]
    assert len(chart.categoryAxis.categoryNames) == 75


# --- what readers expect -------------------------------------------------------------------------------------

def test_reports_for_a_donor_or_a_ministry_end_with_an_approval_block(session, office, tmp_path):
    for kind, params in (("project", dict(project_code=IRAQ)), ("closure", {}), ("site", dict(site_name="Kilwa"))):
        out = make_report(session, kind, ReportParams(**params), RenderOptions(), tmp_path / f"{kind}.pdf")
        last = pdf_text(out).split("\f")[-2]   # the last page (the text ends with a form feed)
        assert all(word in last for word in ("Approval", "Prepared by", "Reviewed by", "Approved by", "Name",
                                             "Function", "Signature")), (kind, last[-400:])
    lines = drawn(session, tmp_path, "project", project_code=IRAQ)
    # Right to left: "Prepared by" (أعدّه) in the rightmost column, the signature column on the left.
    header = next(line for line in lines if "التوقيع" in line and "الاسم" in line)
    assert header == "التوقيع التاريخ الوظيفة الاسم", header
    assert any(line.strip() == "أعده" for line in lines)


def test_the_closure_report_tells_departures_by_month_sex_and_age_and_who_is_owed(session, office, tmp_path):
    # KAL-0001 (5 people: 1 girl, 1 boy, 2 women, 1 man) left in July 2023; KAL-0002 (7), KAL-0003 (4) and
    # MUK-0001 (6) in August, their sex and age not recorded. Still owed: 50 USD to MUK-0002, still in Mukuku;
    # 100 + 100 + 150 = 350 USD to households that had left.
    household = session.scalars(select(m.Household).where(m.Household.code == "KAL-0001")).one()
    household.girls, household.boys, household.women, household.men = 1, 1, 2, 1
    household.older_women = household.older_men = 0
    session.flush()
    lines = layout_lines(session, tmp_path, "closure", date_from=D(2023, 1, 1), date_to=D(2023, 12, 31))
    text = " ".join(lines)
    assert "Jul 2023 1 5" in lines and "Aug 2023 3 17" in lines
    at = lines.index("People who left, by sex and age")
    assert lines[at + 2] == "1 1 2 1 0 0 5", lines[at:at + 3]
    assert "3 households left without their sex and age recorded; they are not in this table." in text
    present = lines.index("Of it, owed to households still in a site")
    assert lines[present + 2] == "transport 1 50.00 USD", lines[present:present + 4]
    left = lines.index("Of it, owed to households that have left")
    assert lines[left + 2:left + 5] == ["construction 1 150.00 USD", "completion 2 200.00 USD", "Total 3 350.00 USD"]


def test_indicators_show_the_period_beside_the_previous_one_and_the_cumulative(session, office, tmp_path):
    # IND-1: Q1 2023 12 people, Q2 27: in Q2, 27, the previous quarter 12 and 39 to 30 June. IND-2: 1, 0 and 1.
    lines = layout_lines(session, tmp_path, "project", project_code=IRAQ, date_from=D(2023, 4, 1),
                         date_to=D(2023, 6, 30))
    ind1 = next(line for line in lines if line.startswith("IND-1"))
    assert ind1.endswith("people 30 27 90.0% 12 39"), ind1
    ind2 = next(line for line in lines if line.startswith("IND-2"))
    assert ind2.endswith("works 2 1 50.0% 0 1"), ind2
    text = " ".join(lines)
    assert "Previous" in text and "Cumulative" in text
    assert "in the period of the same length before it (1 Jan 2023 to 31 Mar 2023) and from the project's start to " \
        "30 Jun 2023." in text
