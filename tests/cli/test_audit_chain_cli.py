"""`workbench db check` finds an audit entry changed, deleted or added behind the workbench's back, on both backends;
exports, reports and backups are audit entries of their own."""

import json
import re
import sqlite3

import psycopg
import pytest
from sqlalchemy.engine import make_url

from workbench.cli import main
from workbench.db import open_database, sqlite_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def raw(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    """The statement run by another program with the database's own driver, as a user with the password would."""
    path = sqlite_path(url)
    if path is not None:
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute(sql.replace("%s", "?"), params).fetchall()
            conn.commit()
            return rows
        finally:
            conn.close()
    with psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)) as conn:
        cursor = conn.execute(sql, params)
        return cursor.fetchall() if cursor.description else []


@pytest.fixture
def office(fresh_url, capsys):
    """A database with a few records and changes, each its own audit entry, made through the command line."""
    steps = [
        ["db", "upgrade"],
        ["add", "donor", "code=ECHO", "name=European Civil Protection and Humanitarian Aid Operations"],
        ["add", "donor", "code=SIDA", "name=Sida"],
        ["set", "donor", "SIDA", "name=Swedish International Development Cooperation Agency"],
        ["add", "donor", "code=BHA", "name=Bureau for Humanitarian Assistance"],
        ["add", "location", "pcode=CD", "name=République démocratique du Congo", "admin_level=0"],
    ]
    for argv in steps:
        code, _, err = run(capsys, *argv, "--db", fresh_url, "--user", "amina")
        assert code == 0, err
    return fresh_url


def entries(url: str) -> list[tuple]:
    return raw(url, "SELECT id, table_name, record_id, action, field, new_value, user_name FROM audit_log ORDER BY id")


def check(capsys, url: str) -> tuple[int, str]:
    code, out, err = run(capsys, "db", "check", "--db", url)
    assert err == ""
    return code, out


def test_a_clean_database_checks_clean_and_shows_the_chain_s_last_hash(office, capsys):
    code, out = check(capsys, office)
    [last_hash] = raw(office, "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    assert code == 0
    assert out.strip().endswith(f"no problem found; the audit log's 5 entries are chained, the last hash is "
                                f"{last_hash}")


def test_a_value_changed_behind_the_workbench_s_back_is_named(office, capsys):
    sida = entries(office)[1]
    assert sida[1:5] == ("donors", 2, "create", None)
    raw(office, "UPDATE audit_log SET new_value = %s WHERE id = %s", ('{"code": "SIDA", "name": "Someone"}', sida[0]))
    code, out = check(capsys, office)
    assert code == 1 and out.count("\n") == 1
    assert re.fullmatch(rf"audit entry {sida[0]} \(\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC, create donors 2\) was changed "
                        r"outside the workbench: it does not match its hash\n", out)


def test_a_user_name_changed_is_named_too(office, capsys):
    change = entries(office)[2]
    raw(office, "UPDATE audit_log SET user_name = 'nobody' WHERE id = %s", (change[0],))
    code, out = check(capsys, office)
    assert code == 1 and out.startswith(f"audit entry {change[0]} (") and "update donors 2)" in out


def test_a_middle_entry_deleted_is_named_by_the_entry_after_it(office, capsys):
    rows = entries(office)
    raw(office, "DELETE FROM audit_log WHERE id = %s", (rows[2][0],))
    code, out = check(capsys, office)
    assert code == 1 and out.count("\n") == 1
    assert out.startswith(f"audit entry {rows[3][0]} (") and "create donors 3)" in out
    assert "does not follow the entry before it: an entry before it was deleted or changed" in out


def test_the_last_entries_deleted_are_seen_from_the_chain_s_head(office, capsys):
    rows = entries(office)
    raw(office, "DELETE FROM audit_log WHERE id >= %s", (rows[3][0],))
    code, out = check(capsys, office)
    assert code == 1
    assert out.startswith(f"audit log: the entries after audit entry {rows[2][0]} (")
    assert out.strip().endswith(f"up to the chain's last entry {rows[-1][0]} were deleted")


def test_a_forged_entry_is_named(office, capsys):
    rows = entries(office)
    last_hash = raw(office, "SELECT hash FROM audit_log WHERE id = %s", (rows[-1][0],))[0][0]
    # Even with the right previous hash, and a hash of its own, it is not the chain's: the head does not know it.
    raw(office, "INSERT INTO audit_log (at, user_name, table_name, record_id, action, new_value, salt, prev_hash, hash) "
                "VALUES ('2026-01-01 10:00:00', 'amina', 'donors', 9, 'create', '{}', %s, %s, %s)",
        ("00" * 16, last_hash, "f" * 64))
    [forged] = raw(office, "SELECT max(id) FROM audit_log")[0]
    code, out = check(capsys, office)
    assert code == 1
    assert out.startswith(f"audit entry {forged} (") and "create donors 9)" in out
    assert "was added outside the workbench: it is after the chain's last entry" in out
    # The workbench still saves after it, and the check still names the forged entry first.
    code, _, err = run(capsys, "add", "donor", "code=DFID", "name=DFID", "--db", office, "--user", "amina")
    assert code == 0, err
    code, out = check(capsys, office)
    assert code == 1 and out.startswith(f"audit entry {forged} (")


def test_a_forged_entry_in_the_middle_is_named(office, capsys):
    rows = entries(office)
    raw(office, "UPDATE audit_log SET record_id = 7 WHERE id = %s", (rows[1][0],))
    raw(office, "UPDATE audit_log SET record_id = 2 WHERE id = %s", (rows[1][0],))  # put back: whole again
    assert check(capsys, office)[0] == 0
    raw(office, "DELETE FROM audit_log WHERE id = %s", (rows[1][0],))
    raw(office, "INSERT INTO audit_log (id, at, user_name, table_name, record_id, action, new_value, salt, "
                "prev_hash, hash) SELECT %s, at, user_name, table_name, record_id, action, '{\"code\": \"SIDA\"}', "
                "salt, prev_hash, hash FROM audit_log WHERE id = %s", (rows[1][0], rows[0][0]))
    code, out = check(capsys, office)
    assert code == 1 and out.startswith(f"audit entry {rows[1][0]} (")


def test_exports_reports_and_backups_are_audit_entries(office, capsys, tmp_path):
    for argv in (["add", "location", "pcode=CD74", "name=Tanganyika", "admin_level=1", "parent=CD"],
                 ["add", "location", "pcode=CD7401", "name=Kalemie", "admin_level=2", "parent=CD74"],
                 ["add", "project", "code=DRC-ECHO-2023-01", "title=Durable solutions in Tanganyika", "donor=ECHO",
                  "start_date=2023-01-01", "end_date=2024-06-30", "budget=2500000", "currency=USD"],
                 ["add", "site", "name=Kalonda", "site_type=spontaneous site", "location=CD7401",
                  "opened_on=2020-03-01"],
                 ["add", "household", "code=KAL-0101", "head_name=Amisi Furaha", "head_sex=female", "size=1",
                  "girls=0", "boys=0", "women=1", "men=0", "older_women=0", "older_men=0", "site=Kalonda",
                  "registered_on=2023-05-01"],
                 ["add", "household", "code=KAL-0102", "head_name=Ilunga Banza", "head_sex=male", "size=1",
                  "girls=0", "boys=0", "women=0", "men=1", "older_women=0", "older_men=0", "site=Kalonda",
                  "registered_on=2023-05-02"]):
        code, _, err = run(capsys, *argv, "--db", office, "--user", "amina")
        assert code == 0, err
    before = len(entries(office))
    out = {name: tmp_path / name for name in ("households.xlsx", "masked.csv", "donors.csv", "project.pdf",
                                             "backup.db" if sqlite_path(office) else "backup.dump")}
    steps = [["export", "households", "--out", str(out["households.xlsx"])],
             ["export", "households", "--out", str(out["masked.csv"]), "--mask-personal-data"],
             ["export", "donors", "--out", str(out["donors.csv"])],
             ["report", "site", "--site", "Kalonda", "--from", "2023-01-01", "--to", "2023-12-31",
              "--out", str(out["project.pdf"])]]
    if sqlite_path(office):  # PostgreSQL's backups need pg_dump, which the tests of db.backup try where it is
        steps.append(["db", "backup", "--out", str(out["backup.db"])])
    for argv in steps:
        code, _, err = run(capsys, *argv, "--db", office, "--user", "amina")
        assert code == 0, err
    events = entries(office)[before:]
    assert [(e[1], e[2], e[3], e[4], e[6]) for e in events] == [
        ("households", 0, "export", None, "amina"), ("households", 0, "export", None, "amina"),
        ("donors", 0, "export", None, "amina"), ("-", 0, "report", None, "amina"),
        *([("-", 0, "backup", None, "amina")] if sqlite_path(office) else [])]
    details = [json.loads(e[5]) for e in events]
    assert details[0] == {"kind": "household", "rows": 2, "personal_data": "all",
                          "file": str(out["households.xlsx"].resolve()), "personal_fields": ["head_name", "phone", "latitude", "longitude"]}
    assert (details[1]["personal_data"], details[1]["rows"], details[1]["file"]) == (
        "masked", 2, str(out["masked.csv"].resolve()))
    assert details[2] == {"kind": "donor", "rows": 3, "personal_data": "none", "file": str(out["donors.csv"].resolve())}
    assert details[3] == {"report": "site", "title": "Site profile", "names": False, "lang": "en",
                          "period": "2023-01-01 to 2023-12-31", "site_name": "Kalonda",
                          "file": str(out["project.pdf"].resolve())}
    if sqlite_path(office):
        assert details[4]["file"] == str(out["backup.db"].resolve())
    assert check(capsys, office)[0] == 0
    db = open_database(office)
    db.close()
