"""HXL-tagged files as humanitarian tools publish them: attributes read as HXL means them, a title row above the
headers or the hashtags passed over, rows longer than their header refused with their row, and blank or repeated
headers named alike in CSV and Excel so a saved mapping carries over."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.io.conftest import write_xlsx
from workbench import models as m
from workbench.io import import_rows, read_table, validate
from workbench.io.mapping import load_mapping, save_mapping, table_mapping
from workbench.io.reading import ImportFileError

D = dt.date
DATA = Path(__file__).parent / "data"
TWO_HEADER_ROWS = DATA / "dtm-site-population-two-header-rows.csv"


def counts(session, site):
    return [(c.counted_on, c.households, c.individuals) for c in session.scalars(
        select(m.PopulationCount).where(m.PopulationCount.site_id == site.id))]


def test_a_title_row_above_the_headers_and_their_hashtags_is_passed_over(session, office):
    table = read_table(TWO_HEADER_ROWS)
    assert table.header_row == 2 and list(table.frame.index) == [4, 5]
    assert table.hxl["IDP Households"] == "#affected+idps+hh"
    # #affected+idps+ind is the total; #affected+f+idps (the women) never is.
    assert table_mapping("population", table) == {"Site Name": "site", "Date": "counted_on",
                                                  "IDP Households": "households", "IDP Individuals": "individuals"}
    result = validate(session, "population", table)
    assert result.ok, [str(p) for p in result.rejected]
    import_rows(session, result)
    assert counts(session, office["kalonda"]) == [(D(2023, 3, 31), 1180, 5310)]


def test_the_same_file_as_an_excel_sheet_reads_alike(tmp_path):
    rows = [line.split(",") for line in TWO_HEADER_ROWS.read_text(encoding="utf-8").splitlines()]
    book = write_xlsx(tmp_path / "dtm.xlsx", [[c or None for c in r] for r in rows], sheet="Round 12")
    table = read_table(book)
    assert table.header_row == 2 and list(table.frame.index) == [4, 5]
    assert table_mapping("population", table) == table_mapping("population", read_table(TWO_HEADER_ROWS))


def test_a_title_row_above_the_hashtags_alone(session, office, tmp_path):
    path = tmp_path / "dtm.csv"
    path.write_text("DTM Tanganyika site population round 12\n"
                    "#loc+name,#adm2+code,#adm1+code,#date+reported,#affected+idps+hh,#affected+f+idps,#affected+idps\n"
                    "Kalonda,CD7401,CD74,2023-03-31,1180,2790,5310\n", encoding="utf-8")
    table = read_table(path)
    assert list(table.frame.index) == [3]
    assert table_mapping("population", table) == {
        "#loc+name": "site", "#date+reported": "counted_on", "#affected+idps+hh": "households",
        "#affected+idps": "individuals"}
    import_rows(session, validate(session, "population", table))
    assert counts(session, office["kalonda"]) == [(D(2023, 3, 31), 1180, 5310)]


def test_hxl_attributes_in_any_order_and_spacing(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text("#ADM2 +name,#adm2+code +v_pcode,#adm1 +code,#geo +admin_level\nMosul,IQG15Q05,IQG15,2\n",
                    encoding="utf-8")
    table = read_table(path)
    assert table_mapping("locations", table) == {"#ADM2 +name": "name", "#adm2+code +v_pcode": "pcode",
                                                 "#adm1 +code": "parent", "#geo +admin_level": "admin_level"}


def test_a_csv_row_longer_than_its_header_is_refused_with_its_row(tmp_path):
    path = tmp_path / "sites.csv"
    path.write_text("Site,Site type,P-code\nKalonda,spontaneous site,CD7401\nMukuku,planned camp,CD7401,extra\n",
                    encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        read_table(path)
    assert str(refused.value) == ("row 3 of sites.csv has 4 cells but its header row (row 1) names 3 columns; "
                                  "remove the extra cells or add their header, then import it again")
    path.write_text("Site,Site type,P-code\nKalonda,spontaneous site,CD7401,CD74\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="^row 2 of sites.csv has 4 cells but its header row"):
        read_table(path)  # the first row too (pandas alone drops its extra cell, with a warning)
    # Empty cells past the header (a spreadsheet's trailing separators) are no data: read.
    path.write_text("Site,Site type,P-code\nKalonda,spontaneous site,CD7401,,\n", encoding="utf-8")
    assert read_table(path).frame.shape == (1, 3)


def test_blank_and_repeated_headers_are_named_alike_in_csv_and_excel(session, office, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(tmp_path / "data"))
    header = ["Site", "", "Date", "Households", "Households", "Individuals"]
    row = ["Kalonda", "note", "2023-03-31", "1180", "1175", "5310"]
    csv_path = tmp_path / "counts.csv"
    csv_path.write_text(",".join(header) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    xlsx_path = write_xlsx(tmp_path / "counts.xlsx", [[h or None for h in header], row])
    from_csv, from_excel = read_table(csv_path), read_table(xlsx_path)
    assert from_csv.columns == from_excel.columns == [
        "Site", "Column B", "Date", "Households", "Households (2)", "Individuals"]
    # A mapping saved on the CSV file carries over to the workbook.
    mapping = table_mapping("population", from_csv) | {"Households (2)": "households"}
    mapping.pop("Households")
    save_mapping("dtm counts", "population", mapping)
    result = validate(session, "population", from_excel, load_mapping("dtm counts", "population"))
    assert result.ok, [str(p) for p in result.rejected]
    import_rows(session, result)
    assert counts(session, office["kalonda"]) == [(D(2023, 3, 31), 1175, 5310)]


def test_a_hashtag_row_two_rows_under_a_grouped_header(tmp_path):
    # Two header rows (a group's name above its columns), then the hashtags.
    book = openpyxl.Workbook()
    sheet = book.active
    for r in [["Site", "Date", "IDPs", None], [None, None, "Households", "Individuals"],
              ["#loc+name", "#date+reported", "#affected+idps+hh", "#affected+idps+ind"],
              ["Kalonda", "2023-03-31", 1180, 5310]]:
        sheet.append(r)
    book.save(tmp_path / "grouped.xlsx")
    table = read_table(tmp_path / "grouped.xlsx")
    assert list(table.frame.index) == [4]
    assert table_mapping("population", table) == {"Site": "site", "Date": "counted_on", "Households": "households",
                                                  "Individuals": "individuals"}


def test_libhxl_reads_the_same_hashtags_under_the_title_row():
    """HXL's reference library finds the same hashtag row, and the same tags for the same columns."""
    hxl = pytest.importorskip("hxl")
    table = read_table(TWO_HEADER_ROWS)
    source = hxl.data(str(TWO_HEADER_ROWS), hxl.InputOptions(allow_local=True))
    theirs = [(c.header, c.display_tag) for c in source.columns]
    assert theirs == [(c, table.hxl[c].replace(" ", "")) for c in table.columns]
    assert [row.get("#loc+name") for row in source] == list(table.frame["Site Name"])
