"""The register's long tables: laid out faster than reportlab's LongTable, onto the very same pages."""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab import rl_config
from reportlab.platypus import LongTable

from workbench.reports import RenderOptions, i18n, layout
from workbench.reports.layout import Column, OnePassLongTable, ReportDoc

PRINTED = dt.date(2024, 1, 15)
COLUMNS = [Column("Code", 1.2, wrap=False), Column("Recipient", 1.9), Column("Sector", 1.4),
           Column("Applied on", 1.1), Column("Amount", 1.25, numeric=True), Column("Status", 0.9, wrap=False)]


def rows(n: int, lang: str) -> list[list[str]]:
    f = i18n.Formatter(lang)
    out = []
    for i in range(n):
        recipient = f"Recipient {i}" + (" (a business name long enough to wrap over two lines)" if i % 7 == 0 else "")
        sector = "تصنيع الأغذية" if lang == "ar" and i % 3 == 0 else ("two\nlines" if i % 11 == 0 else "tailoring")
        out.append([f"IQ-EDF-{i:06d}", recipient, sector, f.date(dt.date(2023, 1, 1) + dt.timedelta(days=i % 365)),
                    f.money(1000 + 37 * i, "USD"), f.tr("approved")])
    return out


def render(path, lang: str, body: list[list[str]]) -> bytes:
    doc = ReportDoc(RenderOptions(lang=lang, printed_on=PRINTED), "t", "s", landscape_pages=True)
    totals = [["Total", "", "", "", doc.fmt.money(123456, "USD"), ""]]
    doc.build([doc.heading("Register"), doc.table(COLUMNS, body, totals=totals)], path)
    return path.read_bytes()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_pages_are_those_of_reportlabs_long_table(tmp_path, monkeypatch, lang):
    """Same row heights, same page breaks, same drawing: the PDFs are identical byte for byte."""
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids in the file
    body = rows(600, lang)
    fast = render(tmp_path / "one-pass.pdf", lang, body)
    monkeypatch.setattr(layout, "OnePassLongTable", LongTable)
    assert render(tmp_path / "reportlab.pdf", lang, body) == fast


def test_a_page_lays_out_the_rows_it_can_reach_not_the_whole_table():
    doc = ReportDoc(RenderOptions(printed_on=PRINTED), "t", "s", landscape_pages=True)
    table = doc.table(COLUMNS, rows(5000, "en"))
    assert isinstance(table, OnePassLongTable)
    width, height = table.wrap(doc.width, 400)
    assert height > 400 and table._hmax < 200  # the rows of about two pages, not 5,000
    first, rest = table.split(doc.width, 400)
    assert first.wrap(doc.width, 400)[1] <= 400
    assert len(first._cellvalues) + len(rest._cellvalues) == 5001 + 1  # the header row repeated on the rest
