"""Reading files for import: every format, encodings and separators, KoboToolbox repeat groups, hostile files."""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest

from tests.io.conftest import write_xlsx
from workbench.io import ImportFileError, auto_mapping, read_table
from workbench.io.parsing import dates, integers, numbers

DATA = Path(__file__).parent / "data"
HEADER = ["Household ID", "Head of household", "Household size", "Site"]


def refused(path, *words, sheet=None):
    with pytest.raises(ImportFileError) as info:
        read_table(path, sheet=sheet)
    message = str(info.value)
    for word in words:
        assert word in message, message
    return message


# --- formats -----------------------------------------------------------------------------------------

def test_xlsx_rows_are_numbered_as_excel_shows_them(tmp_path):
    path = write_xlsx(tmp_path / "hh.xlsx", [HEADER, ["KAL-0001", "Mwamba", 5, "Kalonda"], [None] * 4,
                                             ["KAL-0002", "Ilunga", 3, "Kalonda"]], sheet="Ménages")
    table = read_table(path)
    assert table.sheet == "Ménages" and table.sheets == ["Ménages"] and table.source == "hh.xlsx"
    assert table.columns == HEADER
    assert list(table.frame.index) == [2, 4]  # the blank row 3 is dropped, the numbers stay
    assert table.frame.loc[4, "Head of household"] == "Ilunga"
    assert table.preview(1) == [["KAL-0001", "Mwamba", "5", "Kalonda"]]


def test_xls_from_excel_97(tmp_path):
    table = read_table(DATA / "households.xls")
    assert table.sheet == "Ménages"
    assert list(table.frame["Household ID"]) == ["KAL-0101", "KAL-0102"]
    assert table.frame.loc[3, "Registered on"] in (dt.date(2022, 6, 2), dt.datetime(2022, 6, 2))


@pytest.mark.parametrize("encoding, separator", [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", ";"),
                                                 ("utf-16", "\t"), ("utf-8", "|")])
def test_csv_encoding_and_separator_are_detected(tmp_path, encoding, separator):
    text = separator.join(["Code ménage", "Nom du chef", "Taille"]) + "\r\n" + \
        separator.join(["KAL-0001", "Kabulo Ngoie", "5"]) + "\r\n"
    path = tmp_path / "menages.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.separator == separator
    assert table.columns == ["Code ménage", "Nom du chef", "Taille"]
    assert table.frame.loc[2, "Nom du chef"] == "Kabulo Ngoie"
    assert table.encoding in {"utf-8": ("utf-8",), "utf-8-sig": ("utf-8-sig",), "cp1252": ("cp1252",),
                              "utf-16": ("utf-16",)}.get(encoding, (encoding,)) or table.encoding


def test_csv_keeps_leading_zeros_of_codes(tmp_path):
    path = tmp_path / "loc.csv"
    path.write_text("pcode,name\nIQG01,Anbar\n007,Zero\n", encoding="utf-8")
    assert list(read_table(path).frame["pcode"]) == ["IQG01", "007"]


def test_hxl_row_is_read_and_skipped(tmp_path):
    path = write_xlsx(tmp_path / "pop.xlsx", [["Site", "Date", "HH", "Girls"],
                                              ["#loc+name", "#date+reported", "#affected+hh", "#affected+f+children"],
                                              ["Kalonda", dt.date(2023, 1, 31), 1200, 800]])
    table = read_table(path)
    assert table.hxl == {"Site": "#loc+name", "Date": "#date+reported", "HH": "#affected+hh",
                         "Girls": "#affected+f+children"}
    assert list(table.frame.index) == [3]
    assert auto_mapping("population", table.columns, table.hxl) == {
        "Site": "site", "Date": "counted_on", "HH": "households", "Girls": "girls"}


def test_a_first_row_of_hashes_that_are_not_hxl_hashtags_is_data(tmp_path):
    """'#1 Kalonda' or '#Mwamba Kasongo' is text that starts with '#', not a hashtag: the row is a household."""
    table = read_table(DATA / "households-first-row-starts-with-hash.csv")
    assert table.hxl == {}
    assert list(table.frame.index) == [2, 3]
    assert table.frame.loc[2, "Household ID"] == "#1 Kalonda"
    assert table.frame.loc[2, "Head of household"] == "#Mwamba Kasongo"


@pytest.mark.parametrize("cells, hxl", [
    (["#loc+name", "#date +reported", "#Affected+HH", ""], True),   # spaces before +, any case, a blank cell
    (["#loc+name", "#date+reported", "#affected+hh", "#1"], False),  # a tag starts with a letter
    (["#loc", "#date", "#affected", "#note remarks"], False),      # no spaces inside a tag or an attribute
    (["#loc", "#date", "#affected", "#affected+"], False),         # an attribute has a name
    (["#loc", "#date", "#affected", "#affected+f-children"], False),  # '-' is for patterns, not tags
    (["#", "#", "#", "#"], False),
])
def test_only_a_row_of_valid_hxl_hashtags_is_the_hxl_row(tmp_path, cells, hxl):
    path = tmp_path / "pop.csv"
    path.write_text("Site,Date,HH,Note\n" + ",".join(cells) + "\nKalonda,2023-01-31,1200,\n", encoding="utf-8")
    table = read_table(path)
    assert bool(table.hxl) == hxl
    assert list(table.frame.index) == ([3] if hxl else [2, 3])


def test_kobo_repeat_group_rows_get_their_parents_columns(tmp_path):
    main = [["start", "household/code", "household/head_name", "household/site", "_id", "_uuid", "_index"],
            ["2023-05-10T09:12:00.000+02:00", "KAL-0201", "Kyungu Mbuyu", "Kalonda", 501, "u1", 1],
            ["2023-05-10T09:40:00.000+02:00", "KAL-0202", "Ilunga Kasongo", "Mukuku", 502, "u2", 2]]
    members = [["member/sex", "member/age", "_index", "_parent_table_name", "_parent_index", "_submission__id"],
               ["female", 34, 1, "household_survey", 1, 501], ["male", 9, 2, "household_survey", 1, 501],
               ["female", 4, 3, "household_survey", 1, 501], ["male", 67, 4, "household_survey", 2, 502]]
    path = write_xlsx(tmp_path / "kobo.xlsx", main, sheet="household_survey", more={"member": members})
    survey = read_table(path)
    assert survey.repeat_groups == ["member"]
    assert list(survey.frame["Girls (0-17)"]) == [1, 0]
    assert list(survey.frame["Boys (0-17)"]) == [1, 0]
    assert list(survey.frame["Women (18-59)"]) == [1, 0]
    assert list(survey.frame["Older men (60+)"]) == [0, 1]
    mapping = auto_mapping("households", survey.columns, survey.hxl)
    assert mapping["household/code"] == "code" and mapping["household/head_name"] == "head_name"
    assert mapping["Girls (0-17)"] == "girls"
    repeat = read_table(path, sheet="member")
    assert repeat.repeat_groups == ["household_survey"]
    assert list(repeat.frame["household/code"]) == ["KAL-0201", "KAL-0201", "KAL-0201", "KAL-0202"]
    assert list(repeat.frame.index) == [2, 3, 4, 5]


def test_values_as_staff_type_them():
    raw = ["2023-05-10", "10/05/2023", "10.05.2023", "10 mai 2023", "May 10, 2023", dt.date(2023, 5, 10),
           dt.datetime(2023, 5, 10, 14, 30), 45056.0, "1er mai 2023"]
    import pandas as pd

    parsed, bad = dates(pd.Series(raw + ["la semaine prochaine"], dtype=object))
    assert [d.date() for d in parsed[:8]] == [dt.date(2023, 5, 10)] * 8
    assert parsed[8].date() == dt.date(2023, 5, 1)
    assert list(bad) == [False] * 9 + [True]
    french, bad = numbers(pd.Series(["1 250,50", "12,5", "3\u202f000", "1.250.000"], dtype=object))
    assert list(french) == [1250.5, 12.5, 3000.0, 1250000.0] and not bad.any()
    english, bad = numbers(pd.Series(["1,250.50", "1,250", 7.0, "seven"], dtype=object))
    assert list(english[:3]) == [1250.5, 1250.0, 7.0] and list(bad) == [False, False, False, True]
    whole, bad = integers(pd.Series(["1 250", 2.0, 2.5], dtype=object))
    assert list(whole[:2]) == [1250, 2] and list(bad) == [False, False, True]


# --- hostile and broken files -------------------------------------------------------------------------


def test_a_utf8_csv_with_one_windows_1252_line_is_refused_naming_the_line():
    """Not read wholly as Windows-1252 ('DÃ©sirÃ©'): the file is UTF-8 but for line 5."""
    message = refused(DATA / "households-utf8-one-cp1252-line.csv", "line 5", "UTF-8")
    assert "\n" not in message


def test_the_first_bad_line_is_named_when_several_are_bad(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes("Code,Nom\nKAL-1,Désiré\n".encode() + "KAL-2,Hélène\nKAL-3,Josée\n".encode("cp1252"))
    refused(path, "line 3 of mixed.csv", "UTF-8")


def test_a_windows_1252_csv_is_still_read_as_such(tmp_path):
    path = tmp_path / "menages.csv"
    path.write_bytes("Code;Nom\r\nKAL-1;Désiré\r\nKAL-2;Hélène Frédéric\r\n".encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252" and list(table.frame["Nom"]) == ["Désiré", "Hélène Frédéric"]


def test_a_windows_1252_csv_with_a_byte_it_does_not_have_is_refused_naming_the_line(tmp_path):
    path = tmp_path / "menages.csv"
    path.write_bytes("Code;Nom\r\nKAL-1;Désiré\r\n".encode("cp1252") + b"KAL-2;Ng\x81oie\r\n")
    refused(path, "line 3 of menages.csv", "Windows-1252")


def test_a_damaged_utf16_csv_is_refused_naming_the_line(tmp_path):
    path = tmp_path / "menages.csv"
    path.write_bytes("Code\tNom\r\nKAL-1\tDésiré\r\n".encode("utf-16") + b"\x00\xd8A\x00")  # a lone surrogate
    refused(path, "line 3 of menages.csv", "UTF-16")

def test_empty_file(tmp_path):
    (tmp_path / "empty.xlsx").write_bytes(b"")
    refused(tmp_path / "empty.xlsx", "empty.xlsx is empty")
    (tmp_path / "blank.csv").write_text("\n\n  \n")
    refused(tmp_path / "blank.csv", "is empty")


def test_header_row_only(tmp_path):
    refused(write_xlsx(tmp_path / "h.xlsx", [HEADER]), "has a header row but no data rows")
    (tmp_path / "h.csv").write_text(",".join(HEADER) + "\n")
    refused(tmp_path / "h.csv", "has a header row but no data rows")


def test_an_empty_sheet(tmp_path):
    refused(write_xlsx(tmp_path / "e.xlsx", []), "is empty")


def test_wrong_sheet_lists_the_sheets(tmp_path):
    path = write_xlsx(tmp_path / "w.xlsx", [HEADER, ["A", "B", 1, "C"]], sheet="Ménages", more={"Sites": [["x"]]})
    refused(path, "has no sheet 'Households'", "Ménages, Sites", sheet="Households")


def test_merged_cells(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    for row in [HEADER, ["KAL-1", "A", 2, "Kalonda"], ["KAL-2", "B", 3, None]]:
        ws.append(row)
    ws.merge_cells("D2:D3")
    book.save(tmp_path / "merged.xlsx")
    refused(tmp_path / "merged.xlsx", "merged cells (D2:D3)", "unmerge")


def test_formula_never_calculated(tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [HEADER, ["KAL-1", "A", "=2+3", "Kalonda"]])
    refused(path, "cell C2", "formula that was never calculated")


def test_formula_with_its_calculated_value_is_read_as_the_value(tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [HEADER, ["KAL-1", "A", "=2+3", "Kalonda"]])
    # What Excel writes after calculating: the formula and its cached value.
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = sheet.replace("<f>2+3</f><v></v>", "<f>2+3</f><v>5</v>").encode()
    with zipfile.ZipFile(path, "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)
    assert read_table(path).frame.loc[2, "Household size"] == 5


def test_text_starting_with_formula_signs_is_kept_as_text(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(HEADER)
    ws.append(["KAL-1", None, 2, "Kalonda"])
    ws["B2"].value = "=HYPERLINK(\"http://evil\")"
    ws["B2"].data_type = "s"
    ws.append(["KAL-2", "+243 812 345 678", 2, "@Kalonda"])
    book.save(tmp_path / "signs.xlsx")
    frame = read_table(tmp_path / "signs.xlsx").frame
    assert frame.loc[2, "Head of household"] == "=HYPERLINK(\"http://evil\")"
    assert frame.loc[3, "Head of household"] == "+243 812 345 678"


def _sheet_xml(rows: str, dimension: str | None) -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main">{dim}<sheetData>{rows}</sheetData></worksheet>')


def _replace_sheet(path: Path, xml: str | bytes, compress=zipfile.ZIP_DEFLATED) -> None:
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    parts["xl/worksheets/sheet1.xml"] = xml.encode() if isinstance(xml, str) else xml
    with zipfile.ZipFile(path, "w", compression=compress) as out:
        for name, data in parts.items():
            out.writestr(name, data)


def test_sheet_filling_all_1048576_rows(tmp_path):
    path = write_xlsx(tmp_path / "full.xlsx", [["a"]])
    rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Household ID</t></is></c><c r="B1" t="inlineStr"><is><t>'
            'Site</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>KAL-1</t></is></c></row>'
            '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>KAL-9</t></is></c></row>')
    _replace_sheet(path, _sheet_xml(rows, "A1:B1048576"))
    refused(path, "fills all 1,048,576 rows", "cut off")


def _write_zip(path: Path, parts: dict[str, tuple[bytes, int, int]]) -> None:
    """A zip from already deflated members: name -> (deflated bytes, crc, uncompressed size)."""
    local, central = b"", b""
    for name, (data, crc, size) in parts.items():
        raw = name.encode()
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(raw), 0)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size,
                               len(raw), 0, 0, 0, 0, 0, len(local)) + raw
        local += header + raw + data
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(central), len(local), 0)
    path.write_bytes(local + central + end)


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def test_zip_bomb_disguised_as_xlsx_is_refused_before_inflating(tmp_path):
    path = write_xlsx(tmp_path / "bomb.xlsx", [HEADER, ["KAL-1", "A", 2, "Kalonda"]])
    with zipfile.ZipFile(path) as src:
        parts = {name: (_deflate(src.read(name)), zlib.crc32(src.read(name)), len(src.read(name)))
                 for name in src.namelist() if name != "xl/worksheets/sheet1.xml"}
    # 3 GB of spaces as the sheet's XML: one deflated 64 MB block, repeated (each one starts afresh).
    packer = zlib.compressobj(1, zlib.DEFLATED, -15)
    block = packer.compress(b" " * 64 * 1024**2) + packer.flush(zlib.Z_FULL_FLUSH)
    stream = block * 48 + zlib.compressobj(1, zlib.DEFLATED, -15).flush()
    parts["xl/worksheets/sheet1.xml"] = (stream, 0, 48 * 64 * 1024**2)
    _write_zip(path, parts)
    assert path.stat().st_size < 20 * 1024**2
    refused(path, "would expand to 3.0 GB", "not a normal spreadsheet")


def test_csv_with_a_nul_byte(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Household ID,Site\nKAL-1,Kalonda\nKAL-2,Ka\x00londa\n")
    refused(path, "line 3", "NUL character")


def test_a_text_file_renamed_xlsx(tmp_path):
    path = tmp_path / "renamed.xlsx"
    path.write_text("Household ID,Site\nKAL-1,Kalonda\n")
    refused(path, "renamed.xlsx is not an Excel file")


def test_a_damaged_xlsx(tmp_path):
    path = write_xlsx(tmp_path / "cut.xlsx", [HEADER, ["KAL-1", "A", 2, "Kalonda"]])
    path.write_bytes(path.read_bytes()[:300])
    refused(path, "cut.xlsx is not a readable Excel file")


def test_a_missing_file(tmp_path):
    refused(tmp_path / "nowhere.xlsx", "there is no file")
