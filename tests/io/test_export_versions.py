"""A stale spreadsheet does not revert newer edits: an export carries each record's version, and an
`--on-duplicate update` import refuses a row whose record was changed since, with its row number, writing nothing.
A file without versions (typed by hand, or exported before) updates as it always did."""

from __future__ import annotations

import pytest

from tests.builders import count
from workbench import models as m
from workbench.io import import_rows, read_table, validate
from workbench.io.export import VERSION_HEADER, export_records
from workbench.services import records
from workbench.services.errors import DomainError


@pytest.fixture
def households(session, office):
    b = office["build"]
    first = b.household(office["kalonda"], code="KAL-0001", size=5)
    second = b.household(office["kalonda"], code="KAL-0002", head_name="Ilunga Banza", head_sex="male", size=3)
    session.flush()
    return first, second


def _edit_size(path, code: str, size: int):
    """What a user does in the exported spreadsheet: changes one household's size, saves."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[headers.index("Household ID")].value == code:
            row[headers.index("Household size")].value = size
    book.save(path)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_an_export_carries_each_records_version(session, households, tmp_path, fmt):
    records.update(session, "household", households[0].id, {"phone": "+243 990 000 111"})  # version 2
    export_records(session, "households", tmp_path / f"hh.{fmt}", order_by="code")
    table = read_table(tmp_path / f"hh.{fmt}")
    assert [int(v) for v in table.frame[VERSION_HEADER]] == [2, 1]


def test_a_stale_file_is_refused_with_the_row_and_nothing_is_written(session, households, tmp_path):
    path = tmp_path / "households.xlsx"
    export_records(session, "households", path, order_by="code")
    _edit_size(path, "KAL-0002", 4)  # the file's change
    # Meanwhile, in the database, another user records a birth in household KAL-0001.
    records.update(session, "household", households[0].id, {"size": 6})
    result = validate(session, "households", read_table(path), on_duplicate="update")
    assert [(p.row, p.field, p.column) for p in result.rejected] == [(2, "version", VERSION_HEADER)]
    assert "household was changed since this file was exported (version 1 in the file, 2 now)" in \
        result.rejected[0].reason
    with pytest.raises(DomainError, match="1 rows of households.xlsx were rejected, so nothing was imported"):
        import_rows(session, result)
    session.expire_all()
    assert session.get(m.Household, households[0].id).size == 6   # the newer edit stays
    assert session.get(m.Household, households[1].id).size == 3   # and nothing of the file went in


def test_a_file_of_unchanged_records_updates_them(session, households, tmp_path):
    path = tmp_path / "households.xlsx"
    export_records(session, "households", path, order_by="code")
    _edit_size(path, "KAL-0002", 4)
    result = validate(session, "households", read_table(path), on_duplicate="update")
    assert result.ok, result.rejected
    summary = import_rows(session, result)
    assert summary.updated == 2
    session.expire_all()
    assert session.get(m.Household, households[1].id).size == 4
    assert session.get(m.Household, households[1].id).version == 2
    assert count(session, m.Household) == 2


def test_a_record_changed_between_the_check_and_the_write_is_refused_too(session, households, tmp_path):
    path = tmp_path / "households.xlsx"
    export_records(session, "households", path, order_by="code")
    result = validate(session, "households", read_table(path), on_duplicate="update")
    assert result.ok
    records.update(session, "household", households[1].id, {"size": 7})
    with pytest.raises(DomainError, match="row 3: This household was changed by someone else"):
        import_rows(session, result)


def test_a_file_without_versions_updates_as_before(session, households, tmp_path):
    path = tmp_path / "households.csv"
    path.write_text("Household ID,Head of household,Sex of head,Household size,Site,Registered on\n"
                    "KAL-0001,Mwamba Kasongo,female,8,Kalonda,2022-05-10\n", encoding="utf-8")
    records.update(session, "household", households[0].id, {"size": 6})
    result = validate(session, "households", read_table(path), on_duplicate="update")
    assert result.ok, result.rejected
    import_rows(session, result)
    session.expire_all()
    assert session.get(m.Household, households[0].id).size == 8


def test_the_command_line_says_why_and_writes_nothing(workbench, tmp_path, fresh_url):
    from tests.builders import Build
    from workbench.db import open_database

    db = open_database(fresh_url)
    with db.session("tests", write=True) as s, s.begin():
        b = Build(s)
        site = b.site(b.tanganyika()[2], "Kalonda")
        b.household(site, code="KAL-0001", size=5)
    db.close()
    path = tmp_path / "households.xlsx"
    assert workbench("export", "households", "--db", fresh_url, "--out", path)[0] == 0
    code, out, err = workbench("set", "household", "KAL-0001", "size=6", "--db", fresh_url)
    assert code == 0, err
    code, out, err = workbench("import", "households", path, "--db", fresh_url, "--on-duplicate", "update")
    assert code == 1
    assert "row 2, version: the household was changed since this file was exported (version 1 in the file, " \
           "2 now)" in out
    assert "Nothing was imported" in out and "Columns not imported" not in out
    code, out, err = workbench("show", "household", "KAL-0001", "--db", fresh_url)
    assert "size" in out and " 6" in out.split("size", 1)[1].splitlines()[0]
