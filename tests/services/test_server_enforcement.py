"""The office's PostgreSQL server enforces the permission table itself: a "hostile client" connects with psycopg as
each person's own login role, bypassing the workbench, and gains nothing the workbench would not give it.

The database belongs to a separate owner role (not a superuser), which runs the upgrade that makes the roles,
grants and row-level security (workbench.server); each person's login is made by `users.add_user`."""

from __future__ import annotations

import datetime as dt
import uuid

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.builders import Build
from tests.conftest import PG_URL
from workbench import server
from workbench.db import DatabaseError, integrity_problems, open_database
from workbench.services import records, users

D = dt.date
pytestmark = pytest.mark.usefixtures("pg_databases")


def _connect(url: str, user: str) -> psycopg.Connection:
    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=user, autocommit=True)


def _denied(conn: psycopg.Connection, sql: str, *args) -> str:
    """The server's refusal of a statement (permission denied or a row-level security violation)."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as info:
        conn.execute(sql, args or None)
    return str(info.value)


@pytest.fixture
def office(pg_databases):
    """An office database owned by its own owner role, with Kalonda (in the ECHO project) and Kilwa, a household in
    each, a sensitive and an ordinary referral, and three people: a viewer, an officer of Kilwa, a protection focal
    point."""
    url = pg_databases.create()
    tag = uuid.uuid4().hex[:8]
    owner = f"owner_{tag}"
    root = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with root.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{owner}" LOGIN CREATEROLE'))
        conn.execute(text(f'ALTER DATABASE "{make_url(url).database}" OWNER TO "{owner}"'))
    owner_url = make_url(url).set(username=owner).render_as_string(hide_password=False)
    db = open_database(owner_url, creator="tester")
    people = {role: f"{role}_{tag}" for role in ("viewer", "officer", "protection")}
    with db.session("tester", write=True) as session, session.begin():
        b = Build(session)
        _, province, territory, town = b.tanganyika()
        project = b.project()
        kalonda = b.site(territory, project_id=project.id)
        kilwa = b.site(b.nyunzu(province), name="Kilwa")
        b.household(kalonda, code="KAL-0001", head_name="Amani Kalonda")
        b.household(kilwa, code="KIL-0001", head_name="Furaha Amisi")
        crc = b.create("crc", code="CD-CRC-KAL-01", name="Kalemie CRC", centre_type="walk-in", location_id=town.id,
                       opened_on=D(2023, 5, 2))
        provider = b.create("service_provider", code="CD-SP-01", organisation="Kalemie women's centre",
                            services="GBV, legal aid", location_id=town.id, accepts_referrals=True)
        values = dict(crc_id=crc.id, referred_on=D(2024, 3, 1), sex="female", age_group="18-59",
                      provider_id=provider.id, priority="urgent", consent_given=True, consent_on=D(2024, 3, 1),
                      consent_by="the person")
        b.create("referral", code="CD-REF-000001", case_code="KAL-C-01", service="GBV", **values)
        b.create("referral", code="CD-REF-000002", case_code="KAL-C-02", service="legal aid", **values)
        users.add_user(session, people["viewer"], "viewer")
        users.add_user(session, people["officer"], "officer", ["site:Kilwa"])
        users.add_user(session, people["protection"], "protection")
    yield {"url": url, "owner_url": owner_url, "db": db, "people": people, "owner": owner}
    db.close()
    root.dispose()


def test_a_hostile_client_gains_nothing_the_workbench_would_not_give(office):
    url, people = office["url"], office["people"]
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
        other_site = office["db"].engine.connect().execute(text("SELECT id FROM sites WHERE name = 'Kalonda'")).scalar()
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
    with _connect(url, office["owner"]) as owner:
        owner.execute("ALTER TABLE households ADD COLUMN note text")
        owner.execute("ALTER TABLE households DROP COLUMN note")
        assert owner.execute("SELECT count(*) FROM referrals").fetchone()[0] == 2  # FORCEd, and the owner's policy


def test_the_workbench_acts_as_the_person_logged_in_whatever_name_is_claimed(office):
    people = office["people"]
    officer_url = make_url(office["url"]).set(username=people["officer"]).render_as_string(hide_password=False)
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
    viewer_url = make_url(office["url"]).set(username=people["viewer"]).render_as_string(hide_password=False)
    db = open_database(viewer_url)
    try:
        with db.session() as session:  # the services leave out what the server refuses this role
            found = records.list_records(session, "household")
            assert [records.readable_dict(session, "household", h)["head_name"] for h in found] == [None, None]
    finally:
        db.close()
    assert integrity_problems(office["db"].engine) == []  # the entries the server stamped still verify


def test_roles_follow_the_users_role_and_a_deactivated_person_reads_nothing(office):
    people, db = office["people"], office["db"]
    with db.session("tester", write=True) as session, session.begin():
        users.set_user(session, people["viewer"], role="officer", scopes=["site:Kilwa"])
    with _connect(office["url"], people["viewer"]) as conn:
        assert [r[0] for r in conn.execute("SELECT head_name FROM households")] == ["Furaha Amisi"]
    with db.session("tester", write=True) as session, session.begin():
        users.deactivate_user(session, people["viewer"])
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        _connect(office["url"], people["viewer"])  # no group left: not even a connection
    with office["db"].engine.connect() as conn:
        assert server.enforced(conn)
