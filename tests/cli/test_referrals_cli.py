"""Referrals on the command line: added, stepped through their workflow, listed and exported; a mistake is one line
naming the field and writes nothing; a sensitive referral's export holds no name."""

from __future__ import annotations

import csv

import pytest

from tests.cli.test_cli import run


@pytest.fixture
def db(fresh_url, capsys):
    steps = [
        ["db", "upgrade"],
        ["add", "location", "pcode=IQ", "name=Iraq", "admin_level=0"],
        ["add", "location", "pcode=IQG15", "name=Ninewa", "admin_level=1", "parent=IQ"],
        ["add", "location", "pcode=CD", "name=RDC", "admin_level=0"],
        ["add", "location", "pcode=CD74", "name=Tanganyika", "admin_level=1", "parent=CD"],
        ["add", "site", "name=Kalonda", "site_type=spontaneous site", "location=CD74", "opened_on=2020-03-01"],
        ["add", "household", "code=KAL-0001", "head_name=Zainab Khalil Testname", "head_sex=female", "size=4",
         "site=Kalonda", "registered_on=2022-05-10", "intention=return"],
        ["add", "crc", "code=IQ-CRC-BAR-01", "name=Bartella CRC", "centre_type=walk-in", "location=IQG15",
         "opened_on=2023-05-02"],
        ["add", "service_provider", "code=IQ-SP-HAM-01", "organisation=NRC ICLA", "services=legal aid, civil documentation",
         "location=IQG15", "accepts_referrals=yes"],
        ["add", "service_provider", "code=IQ-SP-HAM-02", "organisation=UNFPA women's centre", "services=GBV, MHPSS",
         "location=IQG15", "accepts_referrals=yes"],
        ["add", "service_provider", "code=IQ-SP-HAM-03", "organisation=Shelter partner", "services=shelter",
         "location=IQG15", "accepts_referrals=no"],
    ]
    for argv in steps:
        code, _, err = run(capsys, *argv, "--db", fresh_url)
        assert code == 0, (argv, err)
    return fresh_url


REFERRAL = ["crc=IQ-CRC-BAR-01", "referred_on=2024-03-01", "case_code=BAR-C-0101", "sex=female", "age_group=18-59",
            "priority=urgent"]


def _one_line(code, err, words):
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    assert words in err, err


def test_a_referral_goes_through_its_workflow_from_the_command_line(db, capsys, tmp_path):
    code, out, err = run(capsys, "add", "referral", "code=IQ-REF-000001", *REFERRAL, "service=civil documentation",
                         "provider=IQ-SP-HAM-01", "household=KAL-0001", "--db", db)
    assert (code, out.strip()) == (0, "Created referral 1"), err
    code, _, err = run(capsys, "status", "referral", "IQ-REF-000001", "sent", "--on", "2024-03-01", "--db", db)
    _one_line(code, err, "consent_given: is required before the referral is sent: record who gave it and when")
    code, out, err = run(capsys, "set", "referral", "IQ-REF-000001", "consent_given=yes", "consent_on=2024-03-01",
                         "consent_by=the person", "--db", db)
    assert code == 0, err
    code, _, err = run(capsys, "status", "referral", "IQ-REF-000001", "accepted", "--on", "2024-03-02", "--db", db)
    _one_line(code, err, "status: A referral that is draft cannot become accepted; next steps: sent, withdrawn.")
    for status, day in (("sent", "2024-03-01"), ("accepted", "2024-03-02"), ("service delivered", "2024-03-12")):
        code, out, err = run(capsys, "status", "referral", "IQ-REF-000001", status, "--on", day, "--db", db)
        assert (code, out.strip()) == (0, f"Referral IQ-REF-000001 is now {status} (on {day})"), err
    code, out, _ = run(capsys, "list", "referral", "--db", db)
    header, row = out.splitlines()
    values = dict(zip(header.split(","), row.split(",")))
    assert (values["status"], values["due_on"], values["sent_on"], values["responded_on"]) == (
        "service delivered", "2024-03-04", "2024-03-01", "2024-03-02")
    out_file = tmp_path / "referrals.csv"
    code, out, err = run(capsys, "export", "referrals", "--out", str(out_file), "--db", db)
    assert code == 0, err
    rows = list(csv.DictReader(out_file.open(encoding="utf-8-sig")))
    assert [(r["Referral code"], r["Household ID"], r["Provider code"], r["Status"]) for r in rows] == [
        ("IQ-REF-000001", "KAL-0001", "IQ-SP-HAM-01", "service delivered")]


def test_bad_referrals_are_one_line_naming_the_field_and_nothing_is_written(db, capsys, tmp_path):
    code, _, err = run(capsys, "add", "referral", "code=IQ-REF-000002", *REFERRAL, "service=shelter",
                       "provider=IQ-SP-HAM-03", "--db", db)
    _one_line(code, err, "provider_id: does not accept referrals now")
    code, _, err = run(capsys, "add", "referral", "code=IQ-REF-000002", *REFERRAL, "service=GBV",
                       "provider=IQ-SP-HAM-02", "household=KAL-0001", "--db", db)
    _one_line(code, err, "household_id: cannot be linked to a protection, GBV, child-protection or MHPSS referral")
    code, out, _ = run(capsys, "list", "referral", "--db", db)
    assert out.splitlines()[1:] == []
    # A sensitive referral made as it should be: its export and its list name no one.
    code, _, err = run(capsys, "add", "referral", "code=IQ-REF-000003", *REFERRAL, "service=GBV",
                       "provider=IQ-SP-HAM-02", "consent_given=yes", "consent_on=2024-03-01",
                       "consent_by=the person", "outcome=Case management opened", "--db", db)
    assert code == 0, err
    for fmt in ("csv", "xlsx"):
        out_file = tmp_path / f"referrals.{fmt}"
        code, _, err = run(capsys, "export", "referrals", "--out", str(out_file), "--db", db)
        assert code == 0, err
        data = out_file.read_bytes()
        assert b"Testname" not in data and b"Zainab" not in data
    code, out, _ = run(capsys, "list", "referral", "--db", db)
    assert "IQ-REF-000003" in out and "Testname" not in out


def test_the_crc_report_from_the_command_line(db, capsys, tmp_path):
    from tests.reports.conftest import pdf_text
    from tests.reports.test_report_periods import key_figures

    code, _, err = run(capsys, "add", "referral", "code=IQ-REF-000001", *REFERRAL, "service=GBV",
                       "provider=IQ-SP-HAM-02", "consent_given=yes", "consent_on=2024-03-01",
                       "consent_by=the person", "--db", db)
    assert code == 0, err
    for status, day in (("sent", "2024-03-01"), ("accepted", "2024-03-03")):
        assert run(capsys, "status", "referral", "IQ-REF-000001", status, "--on", day, "--db", db)[0] == 0
    out = tmp_path / "crc.pdf"
    code, said, err = run(capsys, "report", "crc", "--crc", "IQ-CRC-BAR-01", "--from", "2024-01-01", "--to",
                          "2024-03-31", "--out", str(out), "--db", db)
    assert (code, said.strip()) == (0, f"Wrote community resource centre report to {out}"), err
    raw = pdf_text(out)
    assert "IQ-CRC-BAR-01 – Bartella CRC" in raw
    figures = key_figures(raw)
    assert (figures["referrals"], figures["median days to response"], figures["of answered referrals accepted"]) == (
        "1", "2.0", "100.0%")
    code, _, err = run(capsys, "report", "crc", "--crc", "IQ-CRC-NOPE", "--out", str(tmp_path / "x.pdf"), "--db", db)
    _one_line(code, err, "crc: no CRC with the code 'IQ-CRC-NOPE'")
