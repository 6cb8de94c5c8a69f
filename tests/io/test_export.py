"""Exports: readable headers, the HXL row, personal data dropped or masked, formulas escaped, IATI XML, round trip."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from tests.builders import Build
from tests.io.conftest import write_xlsx
from workbench import models as m
from workbench.db import open_database
from workbench.io import export_records, import_rows, read_table, validate, write_iati
from workbench.services import records, workflows

D = dt.date
SCHEMA = Path(__file__).parent / "data" / "iati-2.03" / "iati-activities-schema.xsd"


def _csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_with_hxl_row_masked_personal_data_and_escaped_formulas(session, office, tmp_path):
    b = office["build"]
    b.household(office["kalonda"], code="KAL-0001", head_name="=HYPERLINK(\"http://x\")", phone="+243 812 345 678",
                latitude=-5.94751, longitude=29.19473)
    b.household(office["mukuku"], code="KAL-0002", head_name="Ilunga Banza", size=3)
    out = tmp_path / "hh.csv"
    assert export_records(session, "households", out, hxl=True, personal_data="mask",
                          filters={"site_id": office["kalonda"].id}) == 1
    rows = _csv(out)
    header = dict(zip(rows[0], rows[2]))
    assert rows[0][:4] == ["Household ID", "Project", "Head of household", "Sex of head"]
    assert dict(zip(rows[0], rows[1]))["Household ID"] == "#x_household+id"
    assert (header["Head of household"], header["Phone"], header["Latitude"], header["Longitude"], header["Site"]) \
        == ("'=.", "**********78", "-5.9", "29.2", "Kalonda")
    out = tmp_path / "full.csv"
    export_records(session, "household", out, personal_data="include", order_by="code")
    rows = _csv(out)
    assert [r[2] for r in rows[1:]] == ["'=HYPERLINK(\"http://x\")", "Ilunga Banza"]
    assert rows[1][4] == "'+243 812 345 678"
    # Read back, the quote added against formulas comes off again.
    assert read_table(out).frame.loc[2, "Head of household"] == "'=HYPERLINK(\"http://x\")"
    table = read_table(out)
    result = validate(session, "households", table, on_duplicate="update")
    assert result.updates.loc[2, "head_name"] == "=HYPERLINK(\"http://x\")"


def test_xlsx_without_personal_data_keeps_formula_text_as_text(session, office, tmp_path):
    office["build"].household(office["kalonda"], code="KAL-0001", head_name="=1+1", phone="0812")
    out = tmp_path / "hh.xlsx"
    export_records(session, "households", out, personal_data="drop")
    table = read_table(out)
    assert "Head of household" not in table.columns and "Phone" not in table.columns
    assert "Latitude" not in table.columns and table.frame.loc[2, "Household ID"] == "KAL-0001"
    export_records(session, "households", out)
    assert read_table(out).frame.loc[2, "Head of household"] == "=1+1"  # a text cell, not a formula


def test_households_round_trip_through_xlsx(backend, session, office, tmp_path, fresh_url):
    b = office["build"]
    b.household(office["kalonda"], code="KAL-0001", project_id=office["project"].id, phone="+243 812 345 678",
                vulnerabilities="disability, female-headed", went_go_and_see=True, latitude=-5.94751,
                longitude=29.19473, girls=2, boys=1, women=1, men=1, older_women=0, older_men=0)
    b.household(office["mukuku"], code="KAL-0002", head_name="Ilunga Banza", head_sex="male", size=3,
                intention="relocate", departure_date=D(2023, 6, 20), destination_id=office["village"].id,
                status="returnee", attended_come_and_tell=True)
    for kind in ("locations", "sites", "households"):
        export_records(session, kind, tmp_path / f"{kind}.xlsx", order_by=None)
    db = open_database(fresh_url)
    try:
        with db.session("tester") as other:
            Build(other).project()
            for kind in ("locations", "sites", "households"):
                result = validate(other, kind, read_table(tmp_path / f"{kind}.xlsx"))
                assert result.ok, result.rejected
                import_rows(other, result)
            other.commit()
            ignore = {"id", "version", "uid", "site_id", "destination_id", "project_id"}

            def described(s):
                out = []
                for h in s.scalars(select(m.Household).order_by(m.Household.code)):
                    values = {k: v for k, v in records.as_dict(h).items() if k not in ignore}
                    values |= {"site": h.site.name if h.site else None,
                               "destination": h.destination.pcode if h.destination else None,
                               "project": h.project_id is not None}
                    out.append(values)
                return out

            assert described(other) == described(session)
            assert len(described(other)) == 2
    finally:
        db.close()


def test_iati_activity_file_validates_against_the_2_03_schema(session, office, tmp_path):
    b = office["build"]
    project = office["project"]
    project.locations.append(office["province"])
    outcome = b.create("outcome", project_id=project.id, code="1", title="Displaced households reach durable solutions")
    output = b.create("output", outcome_id=outcome.id, code="1.1", title="Households supported to leave sites")
    indicator = b.create("indicator", project_id=project.id, output_id=output.id, code="1.1.1",
                         title="People supported to leave sites")
    b.create("indicator_value", indicator_id=indicator.id, period_label="2023", period_start=D(2023, 1, 1),
             period_end=D(2023, 12, 31), target=Decimal("18000"), achieved=Decimal("18500"))
    household = b.household(office["kalonda"], code="KAL-0001", project_id=project.id)
    b.create("cash_tranche", household_id=household.id, sequence=1, purpose="transport", status="paid",
             amount=Decimal("45"), currency="USD", paid_on=D(2023, 6, 15))
    iraq = office["iraq"]
    grant = b.approved_grant(iraq, office["bartella"], approved_on=D(2023, 3, 1))
    workflows.pay_grant_tranche(session, grant.id, Decimal("5000"), D(2023, 3, 15))
    session.flush()
    out = tmp_path / "activities.xml"
    assert write_iati(session, out) == 2
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    document = etree.parse(str(out))
    assert schema.validate(document), schema.error_log
    drc = document.xpath("//iati-activity[iati-identifier='XM-DAC-47066-DRC-ECHO-2023-01']")[0]
    assert drc.xpath("recipient-country/@code") == ["CD"]
    assert drc.xpath("transaction[transaction-type/@code='4']/value/text()") == ["45.00"]
    assert drc.xpath("result/indicator/period/actual/@value") == ["18500"]
    iq = document.xpath("//iati-activity[iati-identifier='XM-DAC-47066-IRQ-BHA-2023-02']")[0]
    assert iq.xpath("transaction[transaction-type/@code='4']/description/narrative/text()") == [
        "EDF grant tranches, March 2023"]


# --- the command line ---------------------------------------------------------------------------------

@pytest.fixture
def office_db(fresh_url):
    db = open_database(fresh_url)
    with db.session("tester") as s, s.begin():
        b = Build(s)
        _, _, territory, _ = b.tanganyika()
        b.site(territory, "Kalonda")
    db.close()
    return fresh_url


def test_import_and_export_commands(workbench, office_db, tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [
        ["Household ID", "Head of household", "Sex of head", "Household size", "Site", "Registered on"],
        ["KAL-0001", "Mwamba", "female", 5, "Kalonda", D(2022, 5, 10)]])
    code, out, err = workbench("import", "households", good, "--db", office_db, "--dry-run")
    assert (code, err) == (0, "") and "Dry run: nothing was written." in out
    code, out, _ = workbench("import", "households", good, "--db", office_db, "--user", "amina")
    assert code == 0 and "Imported from good.xlsx: 1 created, 0 updated, 0 skipped, 0 rejected." in out
    bad = write_xlsx(tmp_path / "bad.xlsx", [
        ["Household ID", "Head of household", "Sex of head", "Household size", "Site", "Registered on"],
        ["KAL-0002", "Ilunga", "male", 3, "Kalonda", D(2022, 5, 10)],
        ["KAL-0003", "Kyungu", "male", 3, "Kilwa", D(2022, 5, 10)]])
    code, out, _ = workbench("import", "households", bad, "--db", office_db)
    assert code == 1 and "row 3, site: unknown site 'Kilwa'" in out and "Nothing was imported" in out
    rejected = tmp_path / "rejected.xlsx"
    code, out, _ = workbench("import", "households", bad, "--db", office_db, "--valid-only",
                             "--rejected-out", rejected)
    assert code == 1 and "1 created" in out and read_table(rejected).frame.iloc[0]["Household ID"] == "KAL-0003"
    (tmp_path / "nul.csv").write_bytes(b"a,b\n1,\x00\n")
    code, _, err = workbench("import", "households", tmp_path / "nul.csv", "--db", office_db)
    assert code == 2 and "NUL character" in err and "nothing was imported" in err
    out_file = tmp_path / "export.csv"
    code, out, _ = workbench("export", "households", "--db", office_db, "--out", out_file, "--hxl",
                             "--no-personal-data", "--filter", "site=Kalonda")
    assert code == 0 and "Wrote 2 household records" in out
    rows = _csv(out_file)
    assert rows[1][0] == "#x_household+id" and [r[0] for r in rows[2:]] == ["KAL-0001", "KAL-0002"]
    assert "Head of household" not in rows[0]
    code, _, err = workbench("export", "projects", "--db", office_db, "--out", tmp_path / "a.xml")
    assert code == 1 and "no project" in err
