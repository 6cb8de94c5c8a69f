"""Users and roles on the command line: --user names an active user of the database, administrators manage users,
and a role's refusal is one line with nothing written."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture
def office(tmp_path, workbench, only_real_users):
    """A database created by zawadi (its administrator), with Kilwa and Kalonda."""
    db = str(tmp_path / "office.db")
    code, out, _ = workbench("db", "upgrade", "--db", db, "--user", "zawadi")
    assert code == 0 and out.strip().endswith("; zawadi is its administrator")
    for values in (["location", "pcode=CD", "name=Congo", "admin_level=0"],
                   ["site", "name=Kilwa", "site_type=spontaneous site", "location=CD", "opened_on=2020-03-01"],
                   ["site", "name=Kalonda", "site_type=spontaneous site", "location=CD", "opened_on=2020-03-01"],
                   ["household", "code=KIL-0001", "head_name=Furaha Amisi", "head_sex=female", "size=4", "site=Kilwa",
                    "registered_on=2022-05-10"],
                   ["household", "code=KAL-0001", "head_name=Mwamba Kasongo", "head_sex=male", "size=5",
                    "site=Kalonda", "registered_on=2022-05-10"]):
        assert workbench("add", *values, "--db", db, "--user", "zawadi")[0] == 0
    return db


def rows(db: str, sql: str) -> list:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_an_administrator_adds_a_user_who_then_acts_within_its_role(office, workbench):
    assert workbench("user", "add", "baraka", "--role", "officer", "--scope", "site:Kilwa", "--full-name",
                     "Baraka Ilunga", "--db", office, "--user", "zawadi")[1] == \
        "Added user baraka: officer, site:Kilwa\n"
    code, out, err = workbench("list", "household", "--db", office, "--user", "baraka")
    assert code == 0 and "KIL-0001" in out and "KAL-0001" not in out
    code, out, err = workbench("show", "household", "KAL-0001", "--db", office, "--user", "baraka")
    assert (code, out, err) == (1, "", "workbench: refused: household KAL-0001 is outside your scope (site:Kilwa)\n")
    code, _, err = workbench("delete", "household", "KIL-0001", "--db", office, "--user", "baraka")
    assert (code, err) == (1, "workbench: refused: an officer may not delete households\n")
    code, _, err = workbench("user", "add", "intern", "--role", "admin", "--db", office, "--user", "baraka")
    assert (code, err) == (1, "workbench: refused: an officer may not add users\n")
    assert rows(office, "SELECT count(*) FROM households") == [(2,)]
    assert rows(office, "SELECT username, role FROM users ORDER BY id") == [("zawadi", "admin"), ("baraka", "officer")]


def test_a_viewer_reads_without_names_and_exports_only_without_them(office, workbench, tmp_path):
    workbench("user", "add", "neema", "--role", "viewer", "--db", office, "--user", "zawadi")
    code, out, _ = workbench("show", "household", "KIL-0001", "--db", office, "--user", "neema")
    assert code == 0 and "Furaha" not in out and "KIL-0001" in out
    code, _, err = workbench("export", "households", "--out", str(tmp_path / "h.csv"), "--db", office,
                             "--user", "neema")
    assert code == 1 and "a viewer may not export households with their personal data" in err
    assert not (tmp_path / "h.csv").exists()


@pytest.mark.parametrize("name", ["", "nobody"])
def test_a_user_not_of_the_database_is_refused_in_one_line(office, workbench, name):
    code, out, err = workbench("add", "donor", "code=ECHO", "name=ECHO", "--db", office, "--user", name)
    assert code == 1 and out == "" and len(err.splitlines()) == 1 and err.startswith("workbench: --user: ")
    assert rows(office, "SELECT count(*) FROM donors") == [(0,)]


def test_the_last_administrator_stays_and_a_deactivated_user_is_refused(office, workbench):
    code, _, err = workbench("user", "deactivate", "zawadi", "--db", office, "--user", "zawadi")
    assert (code, err) == (1, "workbench: refused: active: zawadi is the last active administrator; make another "
                              "user an administrator first\n")
    workbench("user", "add", "rana", "--role", "me_officer", "--db", office, "--user", "zawadi")
    assert workbench("user", "set", "rana", "--role", "admin", "--db", office, "--user", "zawadi")[0] == 0
    assert workbench("user", "deactivate", "zawadi", "--db", office, "--user", "rana")[0] == 0
    code, _, err = workbench("list", "site", "--db", office, "--user", "zawadi")
    assert (code, err) == (1, "workbench: --user: user 'zawadi' is deactivated\n")
    code, out, _ = workbench("user", "list", "--db", office, "--user", "rana")
    assert out.splitlines() == ["login\tname\trole\tscopes\tstatus", "rana\trana\tadmin\twhole office\tactive",
                                "zawadi\tzawadi\tadmin\twhole office\tdeactivated"]


def test_roles_prints_the_table(workbench):
    code, out, _ = workbench("roles")
    assert code == 0
    assert "viewer (viewer): reads the records of its scope without personal data" in out
    assert "  household            households     ordinary RX; personal -" in out


def test_on_the_server_user_add_makes_the_persons_login(server_office, workbench, monkeypatch):
    """`workbench user add` on PostgreSQL makes the person's own login role, with the password from
    WORKBENCH_NEW_PASSWORD (never an argument); that login then works as itself, within its role and scope, whatever
    --user claims."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from tests.conftest import PG_URL

    name = f"baraka_{uuid.uuid4().hex[:6]}"
    monkeypatch.setenv("WORKBENCH_NEW_PASSWORD", "a long passphrase")
    owner = server_office["owner_url"]
    assert workbench("user", "add", name, "--role", "officer", "--scope", "site:Kilwa", "--db", owner,
                     "--user", "tester") == (0, f"Added user {name}: officer, site:Kilwa\n", "")
    root = create_engine(PG_URL)
    with root.connect() as conn:
        stored = conn.execute(text("SELECT rolcanlogin, rolpassword FROM pg_authid WHERE rolname = :n"),
                              {"n": name}).one()
    root.dispose()
    assert stored[0] and stored[1].startswith("SCRAM-SHA-256$")  # the server keeps only its hash
    mine = make_url(server_office["url"]).set(username=name).render_as_string(hide_password=False)
    code, out, err = workbench("list", "household", "--db", mine, "--user", "tester")
    assert code == 0 and "KIL-0001" in out and "KAL-0001" not in out, err
    code, out, err = workbench("user", "add", "intruder", "--role", "admin", "--db", mine, "--user", "tester")
    assert (code, out) == (1, "") and err == "workbench: refused: an officer may not add users\n"
