"""The password of a database URL is never printed, put in a message, logged or passed on a command line."""

from __future__ import annotations

import subprocess

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from workbench import db as workbench_db
from workbench.cli import main
from workbench.db import DatabaseError, make_engine, open_database, shown_url, to_url

SECRET = "Zq7-Secret-Pw"


def with_password(url: str) -> str:
    return make_url(url).set(password=SECRET).render_as_string(hide_password=False)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def pg_url(backend, fresh_url):
    """A new PostgreSQL database, named by a URL with a password (the test server trusts local connections)."""
    if backend != "postgresql":
        pytest.skip("a password belongs to a server's URL")
    return with_password(fresh_url)


def test_the_url_shown_to_a_person_has_no_password():
    assert shown_url(f"postgresql+psycopg://officer:{SECRET}@server/workbench") == \
        "postgresql+psycopg://officer:***@server/workbench"
    assert shown_url(make_url(f"postgresql://officer:{SECRET}@server/wb")) == "postgresql://officer:***@server/wb"
    assert shown_url(f"postgresql://officer:{SECRET}@server:port/wb") == "postgresql://officer:***@server:port/wb"
    assert shown_url("/home/officer/office.db") == "/home/officer/office.db"


def test_db_check_and_upgrade_print_no_password(pg_url, capsys):
    code, out, err = run(capsys, "db", "upgrade", "--db", pg_url)
    assert code == 0, err
    code, out, err = run(capsys, "db", "check", "--db", pg_url)
    assert code == 0, err
    assert "no problem found; the audit log's 0 entries are chained" in out and "***" in out
    code, out, err = run(capsys, "add", "donor", "code=ECHO", "name=ECHO", "--db", pg_url)
    assert code == 0, err
    assert SECRET not in out + err


def test_a_server_database_that_is_not_a_workbench_one_is_named_without_password(pg_url, capsys):
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE budget (line TEXT)"))
    engine.dispose()
    for argv in (["db", "check"], ["db", "upgrade"], ["list", "site"]):
        code, out, err = run(capsys, *argv, "--db", pg_url)
        assert code == 1
        assert "is not a workbench database" in err and "***" in err, err
        assert SECRET not in out + err


@pytest.mark.parametrize("url", [
    f"postgresql+pg8000://officer:{SECRET}@127.0.0.1/workbench",   # a driver that is not installed
    f"postgresql+psycopg://officer:{SECRET}@127.0.0.1:fivefour/wb",  # a port that is not a number
    f"nosuchdriver://officer:{SECRET}@127.0.0.1/workbench",           # no such database
])
def test_a_url_that_cannot_be_used_is_one_line_without_password(url, capsys):
    for argv in (["db", "check"], ["list", "site"], ["db", "upgrade"], ["export", "site", "--out", "x.csv"]):
        code, out, err = run(capsys, *argv, "--db", url)
        assert code == 1
        assert err.startswith("workbench: ") and err.count("\n") == 1 and "Traceback" not in err, err
        assert "officer:***@" in err
        assert SECRET not in out + err


def test_the_missing_driver_and_the_bad_port_are_named():
    with pytest.raises(DatabaseError, match="its driver pg8000 is not installed"):
        make_engine(f"postgresql+pg8000://officer:{SECRET}@127.0.0.1/workbench")
    with pytest.raises(DatabaseError, match="its port must be a number"):
        to_url(f"postgresql+psycopg://officer:{SECRET}@127.0.0.1:fivefour/wb")


def test_pg_dump_gets_the_password_from_its_environment_not_its_arguments(pg_url, tmp_path, monkeypatch):
    calls = []
    real_run = subprocess.run

    def spy(argv, **kwargs):
        calls.append((argv, kwargs))
        return real_run(argv, **kwargs)

    monkeypatch.setattr(workbench_db.subprocess, "run", spy)
    database = open_database(pg_url)
    try:
        out = workbench_db.backup(database.engine, tmp_path / "office.dump")
    finally:
        database.close()
    assert out.stat().st_size > 0
    (argv, kwargs), = calls
    assert argv[0] == "pg_dump"
    assert not any(SECRET in arg for arg in argv), argv
    assert kwargs["env"]["PGPASSWORD"] == SECRET
    assert make_url(argv[-1]).database == make_url(pg_url).database


def test_an_open_server_database_names_itself_without_password(pg_url):
    database = open_database(pg_url)
    try:
        assert SECRET not in database.display_name and "***" in database.display_name
    finally:
        database.close()
