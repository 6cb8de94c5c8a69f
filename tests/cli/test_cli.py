"""The command line as a user types it: exit codes, one-line errors, records and workflow steps."""

import subprocess
import sys

import pytest
from sqlalchemy import text

from workbench import __version__
from workbench.cli import main
from workbench.db import login_name, make_engine, upgrade_schema


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(fresh_url, capsys):
    """A new database with a donor, a project and Tanganyika's locations, made through the command line."""
    steps = [
        ["db", "upgrade"],
        ["add", "donor", "code=ECHO", "name=European Civil Protection and Humanitarian Aid Operations"],
        ["add", "project", "code=DRC-ECHO-2023-01", "title=Durable solutions in Tanganyika", "donor=ECHO",
         "start_date=2023-01-01", "end_date=2024-06-30", "budget=2500000", "currency=USD"],
        ["add", "location", "pcode=CD", "name=République démocratique du Congo", "admin_level=0"],
        ["add", "location", "pcode=CD74", "name=Tanganyika", "admin_level=1", "parent=CD"],
        ["add", "location", "pcode=IQ", "name=Iraq", "admin_level=0"],
        ["add", "location", "pcode=IQG15", "name=Ninewa", "name_local=نينوى", "admin_level=1", "parent=IQ"],
    ]
    for argv in steps:
        code, _, err = run(capsys, *argv, "--db", fresh_url)
        assert code == 0, err
    return fresh_url


def test_version_from_the_installed_command():
    result = subprocess.run([sys.executable, "-m", "workbench.cli", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.strip() == f"workbench {__version__}"


def test_a_missing_database_file_is_one_clear_line(tmp_path, capsys):
    code, out, err = run(capsys, "list", "site", "--db", str(tmp_path / "nowhere.db"))
    assert code == 1
    assert err.startswith("workbench: no database at ") and err.count("\n") == 1
    assert not (tmp_path / "nowhere.db").exists()


def test_a_bad_url_is_one_clear_line(capsys):
    code, _, err = run(capsys, "list", "site", "--db", "nosuchdriver://host/db")
    assert code == 1
    assert "Cannot use database URL nosuchdriver://host/db" in err and "Traceback" not in err


def test_an_unreachable_server_is_one_clear_line(capsys):
    code, _, err = run(capsys, "db", "check", "--db", "postgresql+psycopg://nobody@127.0.0.1:9/none")
    assert code == 1
    assert "Connection refused" in err and err.count("\n") == 1


def test_a_database_from_a_newer_version_is_refused(tmp_path, capsys):
    path = tmp_path / "newer.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    code, _, err = run(capsys, "list", "site", "--db", str(path))
    assert code == 1
    assert "written by a newer version of the workbench" in err


def test_a_file_that_is_not_a_workbench_database_is_refused(tmp_path, capsys):
    import sqlite3

    path = tmp_path / "budget.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE budget (line TEXT, amount REAL)")
    code, _, err = run(capsys, "db", "upgrade", "--db", str(path))
    assert code == 1
    assert err.strip() == f"workbench: {path} is not a workbench database."
    with sqlite3.connect(path) as conn:  # untouched
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["budget"]


def test_db_upgrade_creates_a_database_then_says_it_is_up_to_date(tmp_path, capsys):
    path = tmp_path / "office.db"
    code, out, _ = run(capsys, "db", "upgrade", "--db", str(path))
    assert code == 0 and out.strip() == f"Created a new workbench database at {path}; {login_name()} is its administrator"
    code, out, _ = run(capsys, "db", "upgrade", "--db", str(path))
    assert code == 0 and out.strip() == f"{path} is up to date"
    code, out, _ = run(capsys, "db", "check", "--db", str(path))
    assert code == 0 and out.strip() == (f"{path}: no problem found; the audit log's 0 entries are chained, the last "
                                         f"hash is {'0' * 64}")


def test_backup_writes_a_copy_that_opens(db, tmp_path, capsys):
    out_file = tmp_path / "copy.backup"
    code, out, err = run(capsys, "db", "backup", "--db", db, "--out", str(out_file))
    if db.startswith("postgresql") and code != 0:
        pytest.skip(f"no pg_dump here: {err}")
    assert code == 0, err
    assert out_file.stat().st_size > 0
    if db.startswith("sqlite"):
        code, out, _ = run(capsys, "list", "donor", "--db", str(out_file))
        assert out.splitlines()[1].startswith("1,ECHO,European Civil Protection")


def test_add_list_show_and_set_a_site(db, capsys):
    code, out, err = run(capsys, "add", "site", "name=Kalonda", "site_type=spontaneous site", "location=CD74",
                         "opened_on=2020-03-01", "project=DRC-ECHO-2023-01", "--db", db)
    assert (code, out.strip()) == (0, "Created site 1")
    code, out, _ = run(capsys, "set", "site", "Kalonda", "managing_agency=IOM", "--db", db)
    assert (code, out.strip()) == (0, "Saved site Kalonda (version 2)")
    code, out, _ = run(capsys, "list", "site", "--db", db)
    header, row = out.splitlines()
    assert header.split(",")[:3] == ["id", "name", "site_type"]
    assert ",Kalonda,spontaneous site," in f",{row}" and ",IOM,open,2020-03-01," in row
    code, out, _ = run(capsys, "show", "site", "Kalonda", "--db", db)
    assert "managing_agency  IOM" in out


def test_a_stale_expected_version_is_refused(db, capsys):
    run(capsys, "set", "project", "DRC-ECHO-2023-01", "status=completed", "--db", db)  # now version 2
    code, _, err = run(capsys, "set", "project", "DRC-ECHO-2023-01", "title=Other", "--expect-version", "1",
                       "--db", db)
    assert code == 1 and "changed by someone else" in err


def test_a_broken_rule_is_refused_with_the_field(db, capsys):
    code, _, err = run(capsys, "add", "location", "pcode=CD-7401", "name=Kalemie", "admin_level=2",
                       "parent=CD74", "--db", db)
    assert code == 1
    assert err.startswith("workbench: refused: pcode: must be two capital letters")
    code, _, err = run(capsys, "add", "site", "name=Mukuku", "site_type=spontaneous site", "location=CD99",
                       "opened_on=2020-03-01", "--db", db)
    assert code == 1 and "unknown P-code 'CD99'" in err
    code, _, err = run(capsys, "add", "site", "name=Mukuku", "site_type=spontaneous site", "location=CD74",
                       "opened_on=01/03/2020", "--db", db)
    assert code == 1 and "opened_on: must be a date (YYYY-MM-DD), not '01/03/2020'" in err


def test_grant_workflow_and_tranches_from_the_command_line(db, capsys):
    run(capsys, "add", "project", "code=IRQ-BHA-2023-02", "title=Livelihoods in Ninewa", "donor=ECHO",
        "start_date=2023-01-01", "end_date=2024-12-31", "budget=900000", "currency=USD", "--db", db)
    code, _, err = run(capsys, "add", "grant", "code=IQ-CFW-0001", "project=IRQ-BHA-2023-02", "programme=CfW",
                       "recipient_name=Hassan Ali", "recipient_sex=male", "location=IQG15", "sector=debris clearing",
                       "applied_on=2023-03-01", "days_worked=40", "daily_rate=20", "currency=USD", "--db", db)
    assert code == 0, err
    code, _, err = run(capsys, "pay", "IQ-CFW-0001", "400", "--on", "2023-03-05", "--db", db)
    assert code == 1 and "Only an approved grant can be paid; this grant is application" in err
    for status, day in (("vetting", "2023-03-02"), ("approved", "2023-03-04")):
        code, out, _ = run(capsys, "status", "grant", "IQ-CFW-0001", status, "--on", day, "--db", db)
        assert code == 0 and out.strip() == f"Grant IQ-CFW-0001 is now {status} (on {day})"
    code, out, _ = run(capsys, "pay", "IQ-CFW-0001", "500", "--on", "2023-03-20", "--db", db)
    assert out.strip() == "Paid tranche 1 of grant IQ-CFW-0001: 500 USD (500.00 of 800.00 USD paid)"
    code, _, err = run(capsys, "pay", "IQ-CFW-0001", "400", "--on", "2023-04-20", "--db", db)
    assert code == 1 and "more than what remains of the grant (300.00 USD)" in err
    code, _, err = run(capsys, "status", "grant", "IQ-CFW-0001", "closed", "--on", "2023-05-01", "--db", db)
    assert code == 1 and "cannot become closed; next steps: monitored" in err
    code, out, _ = run(capsys, "figures", "--project", "IRQ-BHA-2023-02", "--db", db)
    assert "CfW grants: 1, 800.00 USD (500.00 paid)" in out
    assert "Budget 900,000.00 USD; committed 800.00; paid 500.00" in out


def test_delete_is_refused_where_the_record_is_used(db, capsys):
    code, _, err = run(capsys, "delete", "donor", "ECHO", "--db", db)
    assert code == 1
    assert "This donor cannot be deleted: it still has 1 projects" in err
    run(capsys, "add", "donor", "code=GFFO", "name=German Federal Foreign Office", "--db", db)
    code, out, _ = run(capsys, "delete", "donor", "GFFO", "--db", db)
    assert (code, out.strip()) == (0, "Deleted donor GFFO")


def test_an_unknown_field_is_named(db, capsys):
    code, _, err = run(capsys, "set", "donor", "ECHO", "colour=blue", "--db", db)
    assert code == 1 and "donor has no field 'colour'" in err


def test_the_window_smoke_test_opens_and_closes(tmp_path):
    path = tmp_path / "office.db"
    result = subprocess.run([sys.executable, "-m", "workbench.cli", "--smoke", "--db", str(path)],
                            capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
                                 "WORKBENCH_PASSPHRASE": "smoke test passphrase"})
    assert result.returncode == 0, result.stderr
    assert path.exists() and (tmp_path / "office.db.keys").exists()  # the window's new database is encrypted


def test_report_from_the_command_line_and_a_bad_project_code(db, tmp_path, capsys):
    out_file = tmp_path / "r.pdf"
    code, _, err = run(capsys, "report", "project", "--project", "DRC-XXXX", "--out", str(out_file), "--db", db)
    assert code == 1 and err.count("\n") == 1 and "DRC-XXXX" in err
    assert not out_file.exists()
    code, out, err = run(capsys, "report", "project", "--project", "DRC-ECHO-2023-01", "--out", str(out_file),
                         "--db", db)
    assert code == 0, err
    assert out_file.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", str(out_file), "-"], capture_output=True, text=True).stdout
    assert "DRC-ECHO-2023-01" in text


def test_a_closed_site_and_its_records_are_refused_in_one_line(db, capsys):
    """Issue 17, defect 5: after Kalonda closed, the command line edits neither it nor what belongs to it."""
    assert run(capsys, "add", "site", "name=Kalonda", "site_type=spontaneous site", "location=CD74",
               "opened_on=2020-03-01", "--db", db)[0] == 0
    for step, day in (("closing", "2024-03-15"), ("closed", "2024-03-31")):
        assert run(capsys, "status", "site", "Kalonda", step, "--on", day, "--db", db)[0] == 0
    code, out, err = run(capsys, "set", "site", "Kalonda", "managing_agency=CNR", "--db", db)
    assert (code, err) == (1, "workbench: refused: managing_agency: Kalonda is closed: it can no longer be changed or "
                              "deleted\n")
    code, out, err = run(capsys, "add", "population_count", "site=Kalonda", "counted_on=2024-04-30", "households=3",
                         "individuals=12", "--db", db)
    assert (code, err) == (1, "workbench: refused: site_id: Kalonda is closed: what belongs to it can no longer be added, "
                              "changed or deleted\n")
