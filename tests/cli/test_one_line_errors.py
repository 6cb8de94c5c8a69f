"""Mistakes and odd input on the command line end in one line on stderr and exit code 1, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import text

from tests.builders import Build
from workbench.cli import main
from workbench.db import open_database

LONG_NAME = ("Mwamba Ilunga " * 72)[:1000]  # 1,000 characters: with the business, taller than a page


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(code: int, err: str) -> None:
    assert code == 1, err
    assert err.startswith("workbench: ") and err.count("\n") == 1 and "Traceback" not in err, err


@pytest.fixture
def office(fresh_url):
    """Tanganyika, the Kalonda site, an ECHO project and Iraq's project with a grant to a 1,000-character name."""
    db = open_database(fresh_url)
    with db.session("tests") as s, s.begin():
        b = Build(s)
        _, _, territory, _ = b.tanganyika()
        b.site(territory, "Kalonda")
        _, _, _, town = b.ninewa()
        iraq = b.iraq_project()
        # A name is held to its 200 characters now; a SQLite database written before kept what it was given.
        grant = b.grant(iraq, town, recipient_name=LONG_NAME[:200], business_name=LONG_NAME[:200])
        b.grant(iraq, town, code="IQ-EDF-0002")
        if fresh_url.startswith("sqlite"):
            s.flush()
            s.execute(text("UPDATE livelihood_grants SET recipient_name = :name WHERE id = :id"),
                      {"name": LONG_NAME, "id": grant.id})
    db.close()
    return fresh_url


def test_a_database_in_a_folder_under_a_file_is_one_line(capsys):
    code, _, err = run(capsys, "demo", "--db", "/etc/passwd/x/y.db")
    one_line(code, err)
    assert "Cannot create the database /etc/passwd/x/y.db: Not a directory" in err


def test_a_backup_to_where_no_file_can_be_is_one_line(office, capsys):
    code, _, err = run(capsys, "db", "backup", "--db", office, "--out", "/proc/x.db")
    if office.startswith("postgresql"):
        assert code == 1 and "Traceback" not in err
        return
    one_line(code, err)
    assert "/proc/x.db" in err


def test_a_household_size_of_1e19_is_a_rejected_row(office, tmp_path, capsys):
    path = tmp_path / "households.csv"
    path.write_text("Household ID,Head of household,Sex of head,Household size,Site,Registered on\n"
                    "KAL-0001,Mwamba Ilunga,female,1e19,Kalonda,2022-05-10\n"
                    "KAL-0002,Banza Kasongo,male,3000000000,Kalonda,2022-05-10\n", encoding="utf-8")
    code, out, err = run(capsys, "import", "households", str(path), "--db", office)
    assert code == 1 and "Traceback" not in err
    assert "row 2, size: is too large: at most 2,147,483,647" in out + err
    assert "row 3, size: is too large: at most 2,147,483,647" in out + err


def test_an_amount_of_1e308_is_refused_with_its_field(office, capsys):
    code, _, err = run(capsys, "add", "grant", "code=IQ-EDF-0009", "project=IRQ-BHA-2023-02", "programme=EDF",
                       "recipient_name=Ahmed Khalil", "recipient_sex=male", "location=IQD086S01",
                       "sector=food processing", "applied_on=2023-02-01", "amount=1e308", "currency=USD",
                       "business_name=Shop", "--db", office)
    one_line(code, err)
    assert err == "workbench: refused: amount: is too large: at most 9,999,999,999,999.99\n"
    code, _, err = run(capsys, "set", "grant", "IQ-EDF-0002", "amount=99999999999999999", "--db", office)
    one_line(code, err)
    assert "amount: is too large: at most 9,999,999,999,999.99" in err


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_grants_register_with_a_1000_character_name_is_printed(office, tmp_path, capsys, paper):
    out_file = tmp_path / "grants.pdf"
    code, out, err = run(capsys, "report", "grants", "--db", office, "--out", str(out_file), "--paper", paper)
    assert code == 0, err
    text = subprocess.run(["pdftotext", str(out_file), "-"], capture_output=True, text=True).stdout
    assert "IQ-EDF-0001" in text and "IQ-EDF-0002" in text and "Mwamba Ilunga" in text
    if office.startswith("sqlite"):
        assert "…" in text  # the name is cut in its cell, not the report


@pytest.mark.parametrize("url", ["postgresql+pg8000://officer@127.0.0.1/workbench",
                                 "postgresql+psycopg://officer@127.0.0.1:fivefour/workbench"])
def test_a_missing_driver_or_a_port_that_is_no_number_is_one_line(url, capsys):
    code, _, err = run(capsys, "list", "site", "--db", url)
    one_line(code, err)


def test_the_same_from_the_installed_command():
    result = subprocess.run([sys.executable, "-m", "workbench.cli", "demo", "--db", "/etc/passwd/x/y.db"],
                            capture_output=True, text=True)
    one_line(result.returncode, result.stderr)


@pytest.mark.parametrize("name", ["a..b.pdf", "scan\x00.pdf"])
def test_an_unsafe_attachment_name_is_one_line(office, tmp_path, capsys, name):
    if "\x00" not in name:
        (tmp_path / name).write_bytes(b"%PDF-1.4")
    code, _, err = run(capsys, "attach", "location", "CD", str(tmp_path / name), "--db", office)
    one_line(code, err)
    assert err.startswith("workbench: refused: file: ") and "cannot be attached" in err


def test_an_unexpected_error_is_one_line_and_its_traceback_is_in_the_private_log(data_dir, monkeypatch, capsys):
    from workbench import cli
    from workbench.logfile import log_path

    def broken(args):
        secret = "Secret" + "name"  # not in the source line the traceback quotes
        raise RuntimeError(f"the disk controller said no to Mwamba\nDETAIL:  Key (name)=(Mwamba {secret})")

    monkeypatch.setattr(cli, "cmd_figures", broken)
    code, _, err = run(capsys, "figures")
    one_line(code, err)
    assert err == f"workbench: unexpected error: RuntimeError: the disk controller said no to Mwamba; the details " \
                  f"are in {log_path()}\n"
    log = log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "in broken" in log and "Secretname" not in log
    assert log_path().stat().st_mode & 0o777 == 0o600
