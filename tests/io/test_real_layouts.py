"""Files in the layouts real offices bring (OCHA COD-AB workbooks, HDX's global P-code list, IOM DTM site lists, HXL
hashtag-only files) import with no --map and no hand edit: all or nothing, each refused row named with its row."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.io.conftest import write_xlsx
from workbench import models as m
from workbench.io import import_rows, read_table, validate

D = dt.date


def location(session, pcode):
    return session.scalars(select(m.Location).where(m.Location.pcode == pcode)).one_or_none()



def test_a_country_sheet_alone_without_a_parent_column_is_written(session, tmp_path):
    """The country row has no parent column at all: its parent is written as NULL (it crashed with 'boolean value
    of NA is ambiguous')."""
    path = write_xlsx(tmp_path / "adm0.xlsx", [["ADM0_EN", "ADM0_PCODE", "Admin level"], ["Iraq", "IQ", 0]])
    table = read_table(path)
    result = validate(session, "locations", table, {"ADM0_EN": "name", "ADM0_PCODE": "pcode",
                                                    "Admin level": "admin_level"})
    assert result.ok
    import_rows(session, result)
    assert (location(session, "IQ").name, location(session, "IQ").parent_id) == ("Iraq", None)
