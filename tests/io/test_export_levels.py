"""Minimised exports: each level of personal data (all, masked, none, anonymised) leaves out or coarsens exactly the
fields the kind's declaration classes, on every kind; values as a partner receives them; the encrypted archive."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from workbench.io.archive import read_encrypted
from workbench.io.export import LEVELS, export_records
from workbench.kinds import KINDS

D = dt.date
COARSE = {"year": "year", "month": "month", "band": "band", "area": "area P-code"}


def _csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _expected(kind, header: str, level: str) -> str | None:
    """What the declaration says the column `header` (of an export with every field) becomes at `level`: its
    header, or None when left out. Read from the declaration alone, not from the export's code."""
    declared = [f for f in kind.fields if f.file_header == header]
    if not declared:
        return header  # an undeclared column (the record's version) is no personal data
    f = declared[0]
    if f.identifies == "direct":
        return header if level == "all" or (level == "masked" and f.personal in ("name", "phone", "coordinate")) \
            else None
    if f.identifies == "indirect" and level == "anonymised":
        return f"{header} ({COARSE[f.anonymised]})" if f.anonymised else None
    return header


@pytest.mark.parametrize("name", list(KINDS))
def test_each_level_leaves_out_exactly_what_the_declaration_classes(session, tmp_path, name):
    kind = KINDS[name]
    full = _csv(_write(session, tmp_path, name, "all"))[0]
    classed = {f.file_header for f in kind.fields if f.identifies}
    assert classed <= set(full) | {f.file_header for f in kind.fields if f.key not in
                                   {c.key for c in kind.model.__table__.columns}}, "a classed field is not exported"
    for level in LEVELS[1:]:
        headers = _csv(_write(session, tmp_path, name, level))[0]
        assert headers == [e for h in full if (e := _expected(kind, h, level)) is not None], (name, level)
    direct = [f for f in kind.fields if f.identifies == "direct"]
    if direct:
        none = _csv(_write(session, tmp_path, name, "none"))[0]
        assert not {f.file_header for f in direct} & set(none)


def _write(session, tmp_path, name, level) -> Path:
    out = tmp_path / f"{name}-{level}.csv"
    export_records(session, name, out, personal_data=level)
    return out


@pytest.fixture
def registered(build, places, kalonda):
    """A household in Kalonda (in Kalemie territory, CD7401), and a grantee in Kabubili village (CD740105)."""
    household = build.household(kalonda, code="KAL-0001", head_name="Mwamba Kasongo Riziki", phone="+243 812 345 678",
                                size=7, registered_on=D(2022, 5, 10), vulnerabilities="disability,chronic illness",
                                latitude=-5.94751, longitude=29.19473, girls=2, boys=1, women=2, men=1,
                                older_women=1, older_men=0)
    project = build.project(code="DRC-LIV-01")
    grant = build.grant(project, places[3], code="CD-EDF-0001", recipient_name="Amani Furaha Neema",
                        recipient_phone="+243 990 111 222", applied_on=D(2023, 2, 14))
    return household, grant


def _row(path: Path) -> dict[str, str]:
    rows = _csv(path)
    assert len(rows) == 2
    return dict(zip(rows[0], rows[1]))


def test_household_values_at_each_level(session, tmp_path, registered):
    every = _row(_write(session, tmp_path, "households", "all"))
    assert (every["Head of household"], every["Phone"], every["Household size"], every["Site"],
            every["Vulnerabilities"], every["Registered on"]) == (
        "Mwamba Kasongo Riziki", "'+243 812 345 678", "7", "Kalonda", "disability,chronic illness", "2022-05-10")
    masked = _row(_write(session, tmp_path, "households", "masked"))
    assert (masked["Head of household"], masked["Phone"], masked["Latitude"], masked["Longitude"],
            masked["Vulnerabilities"]) == ("M. K. R.", "**********78", "-5.9", "29.2", "disability,chronic illness")
    none = _row(_write(session, tmp_path, "households", "none"))
    assert not {"Head of household", "Phone", "Latitude", "Longitude"} & set(none)
    assert (none["Household ID"], none["Sex of head"], none["Household size"]) == ("KAL-0001", "female", "7")
    anonymised = _row(_write(session, tmp_path, "households", "anonymised"))
    assert not {"Household ID", "Sex of head", "Vulnerabilities", "Girls (0-17)", "Site"} & set(anonymised)
    assert (anonymised["Household size (band)"], anonymised["Site (area P-code)"],
            anonymised["Registered on (month)"], anonymised["Status"], anonymised["Intention"]) == (
        "6-9", "CD7401", "2022-05", "displaced", "return")
    text = (tmp_path / "households-anonymised.csv").read_text(encoding="utf-8-sig")
    assert "Mwamba" not in text and "KAL-0001" not in text and "disability" not in text


def test_grantee_values_anonymised(session, tmp_path, registered):
    row = _row(_write(session, tmp_path, "grants", "anonymised"))
    assert (row["Location P-code (area P-code)"], row["Applied on (month)"]) == ("CD7401", "2023-02")
    assert not {"Recipient", "Recipient phone", "Business name", "Sex of recipient", "Grant code"} & set(row)
    assert row["Amount"] == "15000.00"


def _csvdicts(path) -> list[dict]:
    rows = _csv(path)
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def test_users_and_complaints_lose_their_personal_fields(session, tmp_path, build, kalonda):
    build.create("user", username="grace.mbuyi", full_name="Grace Mbuyi Ilunga", role="me_officer")
    build.create("complaint", site_id=kalonda.id, received_on=D(2023, 4, 2), channel="hotline",
                 category="distribution", status="open", description="Mama Riziki was left off the list")
    users = _csv(_write(session, tmp_path, "user", "none"))
    assert users[0] == ["Role", "Active"] and ["me_officer", "yes"] in users[1:]  # the test users are admins
    masked = {r["Role"]: r for r in _csvdicts(_write(session, tmp_path, "user", "masked"))}
    assert masked["me_officer"]["Full name"] == "G. M. I."
    complaint = _row(_write(session, tmp_path, "complaints", "anonymised"))
    assert "Description" not in complaint and complaint["Category"] == "distribution"


def test_the_command_line_levels_old_flags_and_a_kind_without_personal_data(workbench, tmp_path, fresh_url):
    assert workbench("db", "upgrade", "--db", fresh_url)[0] == 0
    assert workbench("add", "location", "pcode=CD", "name=RDC", "admin_level=0", "--db", fresh_url)[0] == 0
    assert workbench("add", "site", "name=Kalonda", "location=CD", "site_type=spontaneous site",
                     "managing_agency=IOM", "opened_on=2020-03-01", "--db", fresh_url)[0] == 0
    assert workbench("add", "household", "code=KAL-1", "head_name=Mwamba Kasongo", "head_sex=female", "size=3",
                     "site=Kalonda", "registered_on=2022-05-10", "phone=0812345678", "--db", fresh_url)[0] == 0
    for flags, level in ((["--personal-data", "anonymised"], "anonymised"), (["--no-personal-data"], "none"),
                         (["--mask-personal-data"], "masked"), (["--personal-data", "mask"], "masked")):
        out = tmp_path / f"{level}-{len(flags)}.csv"
        code, said, err = workbench("export", "households", "--out", out, *flags, "--db", fresh_url)
        assert (code, err) == (0, ""), err
        assert f"(personal data: {level})" in said
        assert "Mwamba Kasongo" not in out.read_text(encoding="utf-8-sig")
    code, said, _ = workbench("export", "households", "--out", tmp_path / "all.csv", "--db", fresh_url)
    assert code == 0 and "This file holds personal data (Head of household, Phone, Latitude, Longitude)" in said
    code, said, _ = workbench("export", "donors", "--out", tmp_path / "d.csv", "--personal-data", "none",
                              "--db", fresh_url)
    assert code == 0 and "donor records hold no personal data" in said
    code, _, err = workbench("export", "households", "--out", tmp_path / "x.csv", "--personal-data", "none",
                             "--mask-personal-data", "--db", fresh_url)
    assert code == 1 and "disagree" in err and not (tmp_path / "x.csv").exists()
    with pytest.raises(SystemExit):
        workbench("export", "households", "--out", tmp_path / "x.csv", "--personal-data", "some", "--db", fresh_url)
    # Every export is an audit event: who, which level, how many, to which file; never a value.
    from sqlalchemy import create_engine, text

    engine = create_engine(fresh_url)
    with engine.connect() as conn:
        events = conn.execute(text("SELECT table_name, new_value FROM audit_log WHERE action = 'export' "
                                   "ORDER BY id")).all()
    engine.dispose()
    import json

    details = [json.loads(e.new_value) for e in events]
    assert [d["personal_data"] for d in details] == ["anonymised", "none", "masked", "masked", "all", "none"]
    assert (details[0]["rows"], Path(details[0]["file"]).name) == (1, "anonymised-2.csv")
    assert events[-1].table_name == "donors"


def test_an_encrypted_archive_opens_with_its_passphrase_and_hides_the_name(workbench, tmp_path, fresh_url,
                                                                            monkeypatch):
    assert workbench("db", "upgrade", "--db", fresh_url)[0] == 0
    assert workbench("add", "user", "username=grace", "full_name=Grace Mbuyi Ilunga", "--db", fresh_url)[0] == 0
    out = tmp_path / "users.csv.zip"
    monkeypatch.delenv("WORKBENCH_EXPORT_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to ask in
    code, _, err = workbench("export", "user", "--out", out, "--encrypt", "--db", fresh_url)
    assert code == 1 and "WORKBENCH_EXPORT_PASSPHRASE" in err and not out.exists()
    monkeypatch.setenv("WORKBENCH_EXPORT_PASSPHRASE", "short")
    code, _, err = workbench("export", "user", "--out", out, "--encrypt", "--db", fresh_url)
    assert code == 1 and "at least 12 characters" in err and not out.exists()
    monkeypatch.setenv("WORKBENCH_EXPORT_PASSPHRASE", "lake tanganyika at dawn")
    code, said, err = workbench("export", "user", "--out", out, "--encrypt", "--db", fresh_url)
    assert code == 0, err
    assert "AES-256 encrypted" in said and "This file holds personal data" not in said
    data = out.read_bytes()
    assert b"Grace" not in data and b"Mbuyi" not in data
    files = read_encrypted(out, "lake tanganyika at dawn")
    assert list(files) == ["users.csv"]
    assert "Grace Mbuyi Ilunga" in files["users.csv"].decode("utf-8-sig")
    with pytest.raises(RuntimeError):
        read_encrypted(out, "not the passphrase at all")
    assert sorted(p.name for p in tmp_path.iterdir() if "users" in p.name) == ["users.csv.zip"]
    code, _, err = workbench("export", "user", "--out", tmp_path / "users.csv", "--encrypt", "--db", fresh_url)
    assert code == 1 and "users.zip" in err
