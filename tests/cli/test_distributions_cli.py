"""A distribution run from the command line, as an information officer without the window would: kits, the list
built from the site, stock issued, the signed list imported back, the reports printed with exact figures, and the
service map and CRC sessions exported and imported back unchanged."""

from __future__ import annotations

import csv

import pytest

from tests.cli.test_cli import run
from tests.reports.conftest import pdf_text


def ok(capsys, *argv) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, (argv, err)
    return out


@pytest.fixture
def db(fresh_url, capsys):
    for argv in (
            ["db", "upgrade"],
            ["add", "location", "pcode=CD", "name=RDC", "admin_level=0"],
            ["add", "location", "pcode=CD74", "name=Tanganyika", "admin_level=1", "parent=CD"],
            ["add", "donor", "code=ECHO", "name=European Civil Protection and Humanitarian Aid Operations"],
            ["add", "project", "code=DRC-ECHO-2023-01", "title=Kalemie sites", "donor=ECHO", "start_date=2023-01-01",
             "end_date=2024-12-31", "budget=1000000", "currency=EUR"],
            ["add", "site", "name=Kalonda", "site_type=spontaneous site", "location=CD74", "opened_on=2020-03-01",
             "project=DRC-ECHO-2023-01"],
            ["add", "household", "code=KAL-0001", "head_name=Mwamba Kasongo", "head_sex=female", "size=3",
             "site=Kalonda", "registered_on=2022-05-10", "intention=return", "project=DRC-ECHO-2023-01"],
            ["add", "household", "code=KAL-0002", "head_name=Ilunga Banza", "head_sex=male", "size=9",
             "site=Kalonda", "registered_on=2022-05-11", "intention=stay", "project=DRC-ECHO-2023-01"],
            ["add", "kit_type", "code=SHL-STD", "name=Shelter kit", "category=shelter kit",
             "rule=by household size", "people_per_kit=4", "minimum=1"],
            ["add", "kit_item", "kit_type=SHL-STD", "item=Tarpaulin 4x6 m", "quantity=2"],
            ["add", "distribution", "code=CD-DIST-0001", "project=DRC-ECHO-2023-01", "site=Kalonda",
             "planned_on=2024-03-10", "warehouse=Kalemie warehouse"],
            ["add", "distribution_kit", "distribution=CD-DIST-0001", "kit_type=SHL-STD"],
            ["add", "stock_movement", "warehouse=Kalemie warehouse", "kit_type=SHL-STD", "moved_on=2024-03-01",
             "movement=received", "quantity=20"]):
        ok(capsys, *argv, "--db", fresh_url)
    return fresh_url


def test_a_distribution_from_its_list_to_its_reports(db, capsys, tmp_path):
    out = ok(capsys, "entitle", "CD-DIST-0001", "--db", db)
    assert "2" in out  # KAL-0001 (3 people: 1 kit) and KAL-0002 (9 people: 3 kits)
    listed = list(csv.DictReader(ok(capsys, "list", "entitlement", "--db", db).splitlines()))
    assert sorted(r["quantity"] for r in listed) == ["1", "3"]
    ok(capsys, "add", "stock_movement", "warehouse=Kalemie warehouse", "kit_type=SHL-STD", "moved_on=2024-03-09",
       "movement=issued", "quantity=4", "distribution=CD-DIST-0001", "--db", db)
    ok(capsys, "status", "distribution", "CD-DIST-0001", "in progress", "--on", "2024-03-10", "--db", db)
    signed = tmp_path / "signed.csv"
    signed.write_text("Distribution code,Household ID,Date received,Proof,Recorded by\n"
                      "CD-DIST-0001,KAL-0001,2024-03-10,thumbprint,Esther Mujinga\n"
                      "CD-DIST-0001,KAL-0002,2024-03-11,signature,Esther Mujinga\n", encoding="utf-8")
    code, out, err = run(capsys, "import", "receipts", str(signed), "--db", db)
    assert code == 0 and "2 to create" in out, (out, err)
    code, out, err = run(capsys, "import", "receipts", str(signed), "--db", db)  # the same list again
    assert code == 0 and "receipt CD-DIST-0001 KAL-0001 is already in the database; skipped" in out, (out, err)
    ok(capsys, "status", "distribution", "CD-DIST-0001", "completed", "--on", "2024-03-12", "--db", db)
    report = tmp_path / "distributions.pdf"
    ok(capsys, "report", "distributions", "--from", "2024-03-01", "--to", "2024-03-31", "--out", str(report),
       "--db", db)
    text = " ".join(pdf_text(report, layout=True).split())
    assert "SHL-STD 4 4 100.0%" in text and "Kalemie warehouse SHL-STD 20 4 0 16" in text, text
    sheet = tmp_path / "list.pdf"
    ok(capsys, "report", "distribution-list", "--distribution", "CD-DIST-0001", "--hide-names", "--out", str(sheet),
       "--db", db)
    listed_text = " ".join(pdf_text(sheet, layout=True).split())
    assert "1 KAL-0001 3 1" in listed_text and "2 KAL-0002 9 3" in listed_text and "Mwamba" not in listed_text
    exported = tmp_path / "distributions.csv"
    ok(capsys, "export", "distributions", "--format", "csv", "--out", str(exported), "--db", db)
    rows = list(csv.DictReader(exported.open(encoding="utf-8-sig")))
    assert [(r["Distribution code"], r["Status"], r["Started on"], r["Completed on"]) for r in rows] == [
        ("CD-DIST-0001", "completed", "2024-03-10", "2024-03-12")]


def test_the_service_map_and_crc_sessions_go_out_and_come_back_unchanged(db, capsys, tmp_path):
    for argv in (["add", "location", "pcode=IQ", "name=Iraq", "admin_level=0"],
                 ["add", "location", "pcode=IQG15", "name=Ninewa", "admin_level=1", "parent=IQ"],
                 ["add", "crc", "code=IQ-CRC-BAR-01", "name=Bartella CRC", "centre_type=walk-in", "location=IQG15",
                  "opened_on=2023-05-02"],
                 ["add", "service_provider", "code=IQ-SP-HAM-01", "organisation=NRC ICLA",
                  "services=legal aid, civil documentation", "location=IQG15", "accepts_referrals=yes"],
                 ["add", "crc_session", "crc=IQ-CRC-BAR-01", "held_on=2024-02-01", "session_kind=awareness",
                  "topic=Civil documentation", "participants=12", "girls=0", "boys=0", "women=7", "men=5",
                  "older_women=0", "older_men=0", "idps=4", "returnees=6", "host_community=2"]):
        ok(capsys, *argv, "--db", db)
    for kind in ("service-providers", "crc-sessions"):
        out_file = tmp_path / f"{kind}.xlsx"
        ok(capsys, "export", kind, "--out", str(out_file), "--db", db)
        code, out, err = run(capsys, "import", kind, str(out_file), "--db", db)
        assert code == 0 and "0 to create" in out and "1 duplicates skipped" in out.replace(
            "1 duplicate skipped", "1 duplicates skipped"), (kind, out, err)
    providers = list(csv.DictReader(ok(capsys, "list", "service_provider", "--db", db).splitlines()))
    assert [(p["code"], p["services"]) for p in providers] == [("IQ-SP-HAM-01", "legal aid, civil documentation")]
    sessions = list(csv.DictReader(ok(capsys, "list", "crc_session", "--db", db).splitlines()))
    assert len(sessions) == 1 and sessions[0]["participants"] == "12"
