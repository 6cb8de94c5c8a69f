"""The office's PostgreSQL server enforces the permission table itself: a "hostile client" connects with psycopg as
each person's own login role, bypassing the workbench, and gains nothing the workbench would not give it.

The database belongs to a separate owner role (not a superuser), which runs the upgrade that makes the roles,
grants and row-level security (workbench.server); each person's login is made by `users.add_user`."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from workbench import server
from workbench.db import DatabaseError, integrity_problems, open_database
from workbench.services import records, users

pytestmark = pytest.mark.usefixtures("pg_databases")


def _connect(url: str, user: str) -> psycopg.Connection:
    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=user, autocommit=True)


def _denied(conn: psycopg.Connection, sql: str, *args) -> str:
    """The server's refusal of a statement (permission denied or a row-level security violation)."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as info:
        conn.execute(sql, args or None)
    return str(info.value)


def test_a_hostile_client_gains_nothing_the_workbench_would_not_give(server_office):
    url, people = server_office["url"], server_office["people"]
    with _connect(url, people["viewer"]) as viewer:
        # a viewer reads households without their personal columns, and no sensitive referral
        assert sorted(r[0] for r in viewer.execute("SELECT code FROM households")) == ["KAL-0001", "KIL-0001"]
        assert "permission denied" in _denied(viewer, "SELECT head_name FROM households")
        assert "permission denied" in _denied(viewer, "SELECT * FROM households")
        assert "permission denied" in _denied(viewer, "SELECT phone FROM households")
        assert [r[0] for r in viewer.execute("SELECT code FROM referrals")] == ["CD-REF-000002"]
        assert "permission denied" in _denied(viewer, "UPDATE households SET size = 1")
        assert "permission denied" in _denied(viewer, "SELECT new_value FROM audit_log")
    with _connect(url, people["officer"]) as officer:
        # an officer of Kilwa reads and writes the households of Kilwa only, names included
        assert [r for r in officer.execute("SELECT code, head_name FROM households")] == \
            [("KIL-0001", "Furaha Amisi")]
        assert officer.execute("UPDATE households SET size = 9 WHERE code = 'KAL-0001'").rowcount == 0
        assert "permission denied" in _denied(officer, "DELETE FROM households")  # an officer deletes nothing
        kalonda = officer.execute("SELECT id FROM sites").fetchall()
        assert len(kalonda) == 1  # Kilwa only
        other_site = server_office["db"].engine.connect().execute(text("SELECT id FROM sites WHERE name = 'Kalonda'")).scalar()
        assert "row-level security" in _denied(
            officer, "UPDATE households SET site_id = %s WHERE code = 'KIL-0001'", other_site)
        assert "row-level security" in _denied(
            officer, "INSERT INTO households (code, head_name, head_sex, size, status, site_id, registered_on, "
            "version) VALUES ('KAL-0002', 'X', 'male', 2, 'displaced', %s, '2024-01-01', 1)", other_site)
        assert officer.execute("UPDATE households SET size = 6 WHERE code = 'KIL-0001'").rowcount == 1
        assert officer.execute("SELECT code FROM referrals").fetchall() == []  # the CRC is in no scope of hers
    with _connect(url, people["protection"]) as protection:
        assert sorted(r[0] for r in protection.execute("SELECT code FROM referrals")) == \
            ["CD-REF-000001", "CD-REF-000002"]
    # nobody rewrites the history or changes the schema; the owner alone does
    for login in people.values():
        with _connect(url, login) as conn:
            assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0  # everyone reads the log
            assert "permission denied" in _denied(conn, "UPDATE audit_log SET user_name = 'nobody'")
            assert "permission denied" in _denied(conn, "DELETE FROM audit_log")
            assert "permission denied" in _denied(conn, "TRUNCATE audit_log")
            assert "must be owner" in _denied(conn, "ALTER TABLE households ADD COLUMN note text")
            assert "must be owner" in _denied(conn, "DROP TABLE audit_log")
            assert "permission denied" in _denied(conn, "CREATE TABLE mine (id integer)")
            assert "must be owner" in _denied(conn, "ALTER TABLE households DISABLE ROW LEVEL SECURITY")
            assert "permission denied" in _denied(conn, "SELECT wb_erase_audit_values(1, 'x', 'x', 'x')")
    with _connect(url, server_office["owner"]) as owner:
        owner.execute("ALTER TABLE households ADD COLUMN note text")
        owner.execute("ALTER TABLE households DROP COLUMN note")
        assert owner.execute("SELECT count(*) FROM referrals").fetchone()[0] == 2  # FORCEd, and the owner's policy


def test_the_workbench_acts_as_the_person_logged_in_whatever_name_is_claimed(server_office):
    people = server_office["people"]
    officer_url = make_url(server_office["url"]).set(username=people["officer"]).render_as_string(hide_password=False)
    db = open_database(officer_url)
    try:
        assert db.login == people["officer"]
        with db.session("tester", write=True) as session, session.begin():  # "tester" is an administrator
            assert [h.code for h in records.list_records(session, "household")] == ["KIL-0001"]
            household = records.list_records(session, "household")[0]
            records.update(session, "household", household.id, {"size": 7})
        with db.engine.connect() as conn:
            who = conn.execute(text("SELECT user_name FROM audit_log WHERE table_name = 'households' "
                                    "AND field = 'size' ORDER BY id DESC LIMIT 1")).scalar()
        assert who == people["officer"]
        with pytest.raises(DatabaseError, match="Only the database's owner upgrades its schema"):
            open_database(officer_url, server_upgrade=True)
    finally:
        db.close()
    viewer_url = make_url(server_office["url"]).set(username=people["viewer"]).render_as_string(hide_password=False)
    db = open_database(viewer_url)
    try:
        with db.session() as session:  # the services leave out what the server refuses this role
            found = records.list_records(session, "household")
            assert [records.readable_dict(session, "household", h)["head_name"] for h in found] == [None, None]
    finally:
        db.close()
    assert integrity_problems(server_office["db"].engine) == []  # the entries the server stamped still verify


def test_roles_follow_the_users_role_and_a_deactivated_person_reads_nothing(server_office):
    people, db = server_office["people"], server_office["db"]
    with db.session("tester", write=True) as session, session.begin():
        users.set_user(session, people["viewer"], role="officer", scopes=["site:Kilwa"])
    with _connect(server_office["url"], people["viewer"]) as conn:
        assert [r[0] for r in conn.execute("SELECT head_name FROM households")] == ["Furaha Amisi"]
    with db.session("tester", write=True) as session, session.begin():
        users.deactivate_user(session, people["viewer"])
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        _connect(server_office["url"], people["viewer"])  # no group left: not even a connection
    with server_office["db"].engine.connect() as conn:
        assert server.enforced(conn)


def test_only_the_owner_upgrades_and_a_persons_open_never_does(server_office):
    from alembic import command

    from workbench.db import alembic_config, current_revision, head_revision

    cfg = alembic_config()
    with server_office["db"].engine.begin() as conn:  # as if this workbench were a version newer than the database
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    officer_url = make_url(server_office["url"]).set(username=server_office["people"]["officer"])
    officer_url = officer_url.render_as_string(hide_password=False)
    with pytest.raises(DatabaseError, match="^This database needs an upgrade; the database's owner runs"):
        open_database(officer_url)
    with pytest.raises(DatabaseError, match="^Only the database's owner upgrades its schema"):
        open_database(officer_url, server_upgrade=True)
    assert current_revision(server_office["db"].engine) != head_revision()  # nothing changed
    db = open_database(server_office["owner_url"], server_upgrade=True)
    db.close()
    assert current_revision(server_office["db"].engine) == head_revision()
    open_database(officer_url).close()


def test_on_the_server_the_administrator_exchanges_packages_and_nobody_else_reads_the_keys(server_office, tmp_path):
    """Field laptops' sync on the office's server (services/sync.py): an administrator's own login enrols a laptop,
    applies its package and resolves a conflict; other people's logins read no private key and no conflict's values,
    and the workbench tells them that only an administrator exchanges packages."""
    from sqlalchemy import select

    from workbench import models as m
    from workbench.services import sync
    from workbench.services.permissions import PermissionRefused

    url, people, db = server_office["url"], server_office["people"], server_office["db"]
    admin = f"admin_{people['viewer'].split('_')[1]}"
    with db.session("tester", write=True) as s, s.begin():
        users.add_user(s, admin, "admin")
        users.add_user(s, "field1", "officer", ["site:Kalonda"])
    as_admin = open_database(make_url(url).set(username=admin).render_as_string(hide_password=False))
    try:
        with as_admin.session(admin, write=True) as s, s.begin():
            sync.enrol(s, "KALONDA-1", "site:Kalonda", "field1", tmp_path / "laptop.db",
                       lambda p: open_database(p, creator="field1"))
        laptop = open_database(tmp_path / "laptop.db")
        with laptop.session("field1", write=True) as s, s.begin():
            h = s.scalars(select(m.Household)).one()
            records.update(s, "household", h.id, {"size": 8}, expected_version=h.version)
            data, _ = sync.make_package(s, "office")
        laptop.close()
        with as_admin.session(admin, write=True) as s, s.begin():
            h = s.scalars(select(m.Household).where(m.Household.code == "KAL-0001")).one()
            records.update(s, "household", h.id, {"size": 7}, expected_version=h.version)
        with as_admin.session(admin, write=True) as s, s.begin():
            assert sync.apply_package(s, data).conflicts == 1
        with as_admin.session(admin, write=True) as s, s.begin():
            (conflict,) = sync.open_conflicts(s)
            sync.resolve(s, conflict.id, "theirs")
    finally:
        as_admin.dispose() if hasattr(as_admin, "dispose") else as_admin.close()
    with _connect(url, people["officer"]) as officer:
        assert "permission denied" in _denied(officer, "SELECT sign_private FROM sync_nodes")
        assert "permission denied" in _denied(officer, "SELECT their_value FROM sync_conflicts")
        assert "permission denied" in _denied(officer, "UPDATE sync_nodes SET acked_upto = 0")
        assert officer.execute("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL").fetchone()[0] == 0
    as_officer = open_database(make_url(url).set(username=people["officer"]).render_as_string(hide_password=False))
    try:
        with as_officer.session(people["officer"], write=True) as s, s.begin():
            with pytest.raises(PermissionRefused, match="only an administrator exchanges packages"):
                sync.make_package(s, "KALONDA-1")
            assert [p.name for p in sync.peer_rows(s)] == ["KALONDA-1"]  # what the Field sync screen lists
    finally:
        as_officer.close()


def test_two_changes_of_one_login_at_the_same_moment_both_land_in_order(server_office):
    """Login roles are the server's, shared by its databases: a second change of a person's login while a first is
    not yet committed waits for it and is then made, instead of PostgreSQL's "tuple concurrently updated"."""
    import threading
    import time

    viewer = server_office["people"]["viewer"]
    engine = server_office["db"].engine
    errors: list[BaseException] = []

    def second():
        try:
            with engine.begin() as conn:
                server.set_login(conn, viewer, "officer")
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    with engine.connect() as first:
        with first.begin():
            server.set_login(first, viewer, "admin")  # grants, CREATEROLE: not committed yet
            thread = threading.Thread(target=second)
            thread.start()
            time.sleep(0.5)  # the second change now waits on the first's rows
            assert thread.is_alive()
    thread.join(20)
    assert not errors, errors
    with engine.connect() as conn:
        groups = set(conn.execute(text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": viewer}).scalars())
        creates = conn.execute(text("SELECT rolcreaterole FROM pg_roles WHERE rolname = :n"), {"n": viewer}).scalar()
        names = server.groups(conn)
    assert names["officer"] in groups and names["viewer"] not in groups and names["admin"] not in groups
    assert creates is False
