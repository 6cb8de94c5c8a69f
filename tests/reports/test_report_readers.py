"""What a donor's or a government's reader checks on the printed page (issue 14, second part): counted words in
the three languages' plural forms, figures as they stood at the period's end, Arabic lines in the order drawn.

Each test reads the PDF back: pdftotext for the words, visual_lines for the order in which Arabic lines are drawn.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports.conftest import pdf_text, visual_lines
from workbench.reports import RenderOptions, ReportParams, make_report
from workbench.reports.i18n import Formatter

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
