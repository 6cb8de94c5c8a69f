"""Each report printed in English, French and Arabic, read back with pdftotext; Arabic checked for shaping and order."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import unicodedata

import arabic_reshaper
import pytest

from tests.reports.conftest import pdf_info, pdf_text
from workbench.reports import REPORTS, RenderOptions, ReportParams, i18n, layout, make_report
from workbench.reports.catalogue import CATALOGUE
from workbench.reports.layout import ReportDoc

D = dt.date
PRINTED = D(2024, 1, 15)

PARAMS = {
    "project": ReportParams(project_code="IRQ-BHA-2023-02", date_from=D(2023, 1, 1), date_to=D(2023, 6, 30)),
    "site": ReportParams(site_name="Kilwa"),
    "closure": ReportParams(project_code="DRC-ECHO-2023-01"),
    "grants": ReportParams(project_code="IRQ-BHA-2023-02"),
    "works": ReportParams(as_of=D(2023, 12, 31)),
    "3w": ReportParams(date_from=D(2023, 1, 1), date_to=D(2023, 12, 31)),
    "crc": ReportParams(crc_code="IQ-CRC-BAR-01", date_from=D(2023, 1, 1), date_to=D(2023, 6, 30)),
    "distribution-list": ReportParams(distribution_code="CD-NYZ-KLW-01"),
    "distributions": ReportParams(date_from=D(2023, 7, 1), date_to=D(2023, 12, 31)),
}
# What each report must say, in each language: a title, a word of its tables, figures in the language's style.
EXPECTED = {
    "project": {"en": ["Project progress report", "78.0%", "4,000,000.00 USD", "Page 1 of 2"],
                "fr": ["Rapport d'avancement du projet", "78,0 %", "4 000 000,00 USD", "Page 1 sur 2"],
                "ar": ["تقرير تقدم المشروع", "78.0%", "4,000,000.00", "مؤشرات الإطار المنطقي"]},
    "site": {"en": ["Site profile", "CD7404", "61.1%", "suggestion box"],
             "fr": ["Profil de site", "61,1 %", "boîte à suggestions", "15 janv. 2023"],
             "ar": ["ملف الموقع", "61.1%", "صندوق الاقتراحات", "الشكاوى والملاحظات"]},
    "closure": {"en": ["Site closure and returns report", "Kabubili", "490.00 USD", "Still to be paid"],
                "fr": ["Rapport de fermeture des sites et de retours", "490,00 USD", "Reste à payer"],
                "ar": ["تقرير إغلاق المواقع والعودة", "490.00", "المتبقي للدفع"]},
    "grants": {"en": ["Livelihood grants register", "32,250.00 USD", "1,950,000 IQD", "Layla Hassan"],
               "fr": ["Registre des subventions", "32 250,00 USD", "1 950 000 IQD", "Argent contre travail"],
               "ar": ["سجل منح سبل العيش", "32,250.00", "1,950,000", "النقد مقابل العمل"]},
    "works": {"en": ["Infrastructure works status", "Works behind schedule on 31 Dec 2023", "184", "535,000.00 USD"],
              "fr": ["État des travaux d'infrastructure", "Travaux en retard", "535 000,00 USD"],
              "ar": ["حالة أعمال البنية التحتية", "الأعمال المتأخرة", "535,000.00"]},
    "3w": {"en": ["3W/4W: who does what, where and when", "Site management", "18,450"],
           "fr": ["qui fait quoi, où et quand", "Gestion de site", "18 450"],
           "ar": ["من يفعل ماذا وأين ومتى", "إدارة المواقع", "18,450"]},
    "crc": {"en": ["Community Resource Centre report", "Referrals by service and status", "75.0%", "33.3%"],
            "fr": ["Rapport du centre de ressources communautaire", "documentation civile", "75,0 %"],
            "ar": ["تقرير مركز الموارد المجتمعية", "الإحالات حسب الخدمة والحالة", "75.0%"]},
    "distribution-list": {"en": ["Distribution list CD-NYZ-KLW-01", "Kilwa: 2 households", "Signature or thumbprint"],
                          "fr": ["Liste de distribution CD-NYZ-KLW-01", "Kilwa : 2 ménages", "Signature ou empreinte"],
                          "ar": ["قائمة التوزيع", "التوقيع أو البصمة", "ممثل المجتمع"]},
    "distributions": {"en": ["Distributions report", "Planned and distributed by kit", "100.0%", "Stock on"],
                      "fr": ["Rapport des distributions", "Prévu et distribué par kit", "100,0 %", "Stock au"],
                      "ar": ["تقرير التوزيعات", "المخطط والموزع حسب الحقيبة", "100.0%"]},
}

_ARABIC_WORD = re.compile("[\u0621-\u065f\u0670-\u06d3\ufb50-\ufdff\ufe70-\ufefc]+")  # letters, not punctuation
# Short vowel marks: the reshaper leaves them out (DejaVu cannot place them over joined letters).
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def normalised(text: str) -> str:
    """pdftotext's output with its bidi marks removed and French narrow spaces made ordinary."""
    return _CONTROLS.sub("", text).replace("\u202f", " ").replace("\u00a0", " ")


def arabic_in_order(extracted: str, logical: str) -> bool:
    """True when `logical` (Arabic as typed) appears in the extracted text shaped and in reading order.

    pdftotext gives a right-to-left line back in logical order, keeping the glyphs drawn: joined
    presentation forms when the text was shaped, bare letters when it was not. So the Arabic words of the
    extraction must equal the shaped words of `logical`, in the same order (a reversed line or lines in the
    wrong order fail), and NFKC folds them back to the letters typed.
    """
    got = _ARABIC_WORD.findall(_CONTROLS.sub("", extracted))
    want = _ARABIC_WORD.findall(arabic_reshaper.reshape(logical))
    for i in range(len(got) - len(want) + 1):
        if got[i:i + len(want)] == want:
            folded = [unicodedata.normalize("NFKC", w) for w in got[i:i + len(want)]]
            return folded == _ARABIC_WORD.findall(_HARAKAT.sub("", logical))
    return False


@pytest.mark.parametrize("kind", list(REPORTS))
def test_every_report_prints_in_every_language(session, office, tmp_path, kind):
    data = REPORTS[kind].build(session, PARAMS[kind])
    for lang in ("en", "fr", "ar"):
        out = REPORTS[kind].render(data, tmp_path / f"{kind}-{lang}.pdf",
                                   RenderOptions(lang=lang, office_name="IOM Iraq", database_name="office.db",
                                                 printed_on=PRINTED))
        text = normalised(pdf_text(out))
        for expected in EXPECTED[kind][lang]:
            if i18n.has_arabic(expected):
                assert arabic_in_order(text, expected), f"{kind}/{lang}: {expected!r} not found shaped, in order"
            else:
                assert expected.replace("\u202f", " ") in text, f"{kind}/{lang}: {expected!r} not in the PDF"
        info = pdf_info(out)
        assert info["Author"] == "IOM Iraq"
        assert info["Title"] and info["Subject"]
        assert "office.db" in text
        size = info["Page size"]
        assert size.startswith("841.89 x") == REPORTS[kind].landscape, size


def test_an_arabic_register_prints_governorates_in_arabic(session, office, tmp_path):
    out = make_report(session, "grants", PARAMS["grants"], RenderOptions(lang="ar"), tmp_path / "g.pdf")
    text = normalised(pdf_text(out))
    assert arabic_in_order(text, "نينوى") and arabic_in_order(text, "الأنبار")
    english = normalised(pdf_text(make_report(session, "grants", PARAMS["grants"], RenderOptions(lang="en"),
                                              tmp_path / "g-en.pdf")))
    # In English the governorate is named in the project's title, its totals and on each of its seven grants
    # (the rejected one is listed, not counted); in Arabic only the title, typed in English, still says it.
    assert english.count("Ninewa") == 1 + 1 + 7 and "Anbar" in english
    assert text.count("Ninewa") == 1 and "Anbar" not in text


def test_arabic_title_is_the_logical_text_in_the_metadata(session, office, tmp_path):
    out = make_report(session, "grants", PARAMS["grants"], RenderOptions(lang="ar"), tmp_path / "g.pdf")
    assert pdf_info(out)["Title"] == "سجل منح سبل العيش"


LONG_ARABIC = ("تقرير تقدم المشروع يعرض المؤشرات والمواقع والمنح والأعمال ويُطبع لاجتماعات التنسيق "
               "مع الجهات المانحة والحكومة في المحافظات، ويجب أن تبقى سطوره بالترتيب الصحيح من الأعلى إلى الأسفل")


def _print_paragraph(path, text=LONG_ARABIC):
    doc = ReportDoc(RenderOptions(lang="ar", printed_on=PRINTED), "t", "s")
    doc.width = 200  # a narrow column: the paragraph wraps over several lines
    from reportlab.platypus import Table
    doc.build([Table([[doc.p(text)]], colWidths=[200])], path)
    return pdf_text(path)


def test_a_long_arabic_paragraph_keeps_its_lines_in_order(tmp_path):
    text = _print_paragraph(tmp_path / "p.pdf")
    first, last = arabic_reshaper.reshape("تقرير"), arabic_reshaper.reshape("الأسفل")
    lines = text.splitlines()
    top = next(i for i, line in enumerate(lines) if first in line)
    bottom = next(i for i, line in enumerate(lines) if last in line)
    assert bottom - top >= 3, text  # wrapped over four lines or more, first line on top
    assert arabic_in_order(text, LONG_ARABIC)


def test_the_arabic_check_fails_on_unshaped_or_unordered_text(tmp_path, monkeypatch):
    """The check above is worth something only if broken Arabic fails it: break shaping, then ordering."""
    with monkeypatch.context() as patch:
        patch.setattr(layout, "shape", lambda text: text)
        patch.setattr(i18n, "shape", lambda text: text)
        assert not arabic_in_order(_print_paragraph(tmp_path / "unshaped.pdf"), LONG_ARABIC)
    with monkeypatch.context() as patch:
        patch.setattr(layout, "reorder", lambda line, rtl=True: line)
        assert not arabic_in_order(_print_paragraph(tmp_path / "unordered.pdf"), LONG_ARABIC)
    with monkeypatch.context() as patch:
        # The known trap: the whole paragraph put in visual order before wrapping reverses its lines.
        patch.setattr(layout, "reorder", lambda line, rtl=True: line)
        reversed_first = i18n.reorder(arabic_reshaper.reshape(LONG_ARABIC))
        assert not arabic_in_order(_print_paragraph(tmp_path / "trap.pdf", reversed_first), LONG_ARABIC)
    assert arabic_in_order(_print_paragraph(tmp_path / "right.pdf"), LONG_ARABIC)


def test_letter_paper_and_names_left_out(session, office, tmp_path):
    params = ReportParams(project_code="IRQ-BHA-2023-02", hide_names=True)
    out = make_report(session, "grants", params, RenderOptions(paper="letter"), tmp_path / "g.pdf")
    assert "792 x 612" in pdf_info(out)["Page size"]
    text = pdf_text(out)
    assert "IQ-EDF-0002" in text and "Layla" not in text and "Recipient" not in text


def test_every_word_printed_in_french_and_arabic_is_translated(session, office, tmp_path, monkeypatch):
    missing: set[str] = set()
    real = i18n.Formatter.tr

    def tr(self, text, **values):
        result = real(self, text, **values)
        missing.update(self.missing)
        return result

    monkeypatch.setattr(i18n.Formatter, "tr", tr)
    for kind in REPORTS:
        data = REPORTS[kind].build(session, PARAMS[kind])
        REPORTS[kind].render(data, tmp_path / f"{kind}.pdf", RenderOptions(lang="fr", database_name="x"))
    assert missing == set()
    assert all(len(pair) == 2 and all(pair) for pair in CATALOGUE.values())


def test_numbers_and_dates_follow_the_language():
    en, fr, ar = (i18n.Formatter(lang) for lang in ("en", "fr", "ar"))
    assert en.money(1234.5, "USD") == "1,234.50\u00a0USD"
    assert fr.money(1234.5, "USD") == "1\u202f234,50\u00a0USD"
    assert ar.money(1234.5, "USD") == "1,234.50\u00a0USD"  # Latin digits, see NUMBERING_SYSTEM
    assert en.money(1950000, "IQD") == "1,950,000\u00a0IQD"  # the dinar has no decimals in use
    assert (en.percent(64.5), fr.percent(64.5)) == ("64.5%", "64,5\u202f%")
    # A date never breaks across lines: its spaces are non-breaking.
    assert (en.date(D(2023, 3, 31)), fr.date(D(2023, 3, 31)), ar.date(D(2023, 3, 31))) == (
        "31\u00a0Mar\u00a02023", "31\u00a0mars\u00a02023", "31\u00a0آذار\u00a02023")


def _cli(argv):
    from workbench.reports.command import register

    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db")
    common.add_argument("--user", default="tester")
    register(parser.add_subparsers(), common)
    args = parser.parse_args(argv)
    return args.func(args)


def test_the_report_command_prints_a_pdf(tmp_path, capsys):
    from tests.reports.conftest import build_office
    from workbench.db import open_database

    db_path = tmp_path / "office.db"
    db = open_database(db_path)
    with db.session("tester") as s, s.begin():
        build_office(s)
    db.close()
    out = tmp_path / "grants.pdf"
    assert _cli(["report", "grants", "--db", str(db_path), "--out", str(out), "--project", "IRQ-BHA-2023-02",
                 "--from", "2023-01-01", "--to", "2023-03-31", "--lang", "fr", "--paper", "letter"]) == 0
    assert "Wrote livelihood grants register" in capsys.readouterr().out
    text = normalised(pdf_text(out))
    assert "Registre des subventions" in text and "office.db" in text
    from workbench.services.errors import DomainError
    with pytest.raises(DomainError, match="no grants in the period 2022-01-01 to 2022-03-31"):
        _cli(["report", "grants", "--db", str(db_path), "--out", str(tmp_path / "x.pdf"), "--from", "2022-01-01",
              "--to", "2022-03-31"])
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(DomainError, match="no project with the code 'XX-1'"):
        _cli(["report", "project", "--db", str(db_path), "--out", str(tmp_path / "x.pdf"), "--project", "XX-1"])


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_header_word_wider_than_its_column_is_set_smaller_not_cut(lang):
    """The works register's "Avancement" (Progress) in French was printed as "Avancem" over "ent"."""
    doc = ReportDoc(RenderOptions(lang=lang, printed_on=PRINTED), "t", "s", landscape_pages=True)
    header = "Personnes desservies" if lang == "fr" else "المستفيدون من الخدمات"
    table = doc.table([layout.Column("Code", 12), layout.Column(header, 0.8, numeric=True),
                       layout.Column("Avancement", 0.75, numeric=True)], [["IQ-WRK-001", "850", "18,4 %"]])
    cells = table._cellvalues[0][::-1] if lang == "ar" else table._cellvalues[0]
    widths = table._colWidths[::-1] if lang == "ar" else table._colWidths
    for cell, width in zip(cells[1:], widths[1:]):
        cell.wrap(width - 6, 1000)
        words = [w for line in cell.blPara.lines for w in (line[1] if isinstance(line, tuple) else line.words)]
        assert [str(w) for w in words] == cell.text.split(), f"{cell.text!r} cut into {words}"
        assert cell.style.fontSize < 7.5


@pytest.mark.parametrize("short", [0.5, 1.66, 3.0])
def test_a_header_word_set_just_small_enough_is_not_cut(short):
    """The 3W matrix's "(personnes)" was 1.66 pt too wide for its column; set smaller to the exact room, it was
    still cut "(p" / "ersonnes)"."""
    from reportlab.pdfbase import pdfmetrics

    doc = ReportDoc(RenderOptions(lang="fr", printed_on=PRINTED), "t", "s", landscape_pages=True)
    # 3 pt of padding on each side of the cell
    column = pdfmetrics.stringWidth("(personnes)", layout.FONT_NARROW_BOLD, 7.5) + 6 - short
    table = doc.table([layout.Column("Code", doc.width - column), layout.Column("Pour qui (personnes)", column)],
                      [["IQ-WRK-001", "850"]])
    cell = table._cellvalues[0][1]
    cell.wrap(table._colWidths[1] - 6, 1000)
    words = [str(w) for line in cell.blPara.lines for w in (line[1] if isinstance(line, tuple) else line.words)]
    assert words == ["Pour", "qui", "(personnes)"], words
