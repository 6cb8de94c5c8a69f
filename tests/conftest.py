"""Fixtures: every database test runs on SQLite and on the PostgreSQL server the test command started."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Encrypted databases made by the tests (and the commands they start) wrap their keys with a cheap Argon2id cost,
# written into their keys files; the program's default cost is never lowered (workbench/keys.py).
os.environ["WORKBENCH_WEAK_KDF_FOR_TESTS"] = "1"

from workbench.db import make_engine, session_factory, upgrade_schema  # noqa: E402

PG_URL = os.environ.get("WORKBENCH_TEST_PG")
REQUIRE_PG = os.environ.get("WORKBENCH_REQUIRE_PG") == "1"
BACKENDS = ["sqlite", "postgresql"]


def _need_pg() -> None:
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("WORKBENCH_TEST_PG is not set but PostgreSQL tests are required")
        pytest.skip("no PostgreSQL server (run the tests through scripts/dev.sh test)")


class PgDatabases:
    """Creates and drops throw-away databases on the test server."""

    def __init__(self, url: str):
        self.admin = create_engine(url, isolation_level="AUTOCOMMIT")

    def create(self) -> str:
        name = f"wb_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_databases():
    _need_pg()
    databases = PgDatabases(PG_URL)
    yield databases
    databases.admin.dispose()


# The names tests act as (sessions, the command line's --user, the window's user): every database a test creates
# has them as administrators besides its creator, so the tests of other things need not add their users. The tests
# of roles and scopes (tests/services/test_permissions.py) add the users they need with the roles they test.
TEST_USERS = ("tester", "tests", "setup", "check", "probe", "officer", "colleague", "bakari", "amina", "field",
              "first user", "system")


@pytest.fixture(autouse=True)
def test_users(monkeypatch):
    import workbench.db

    original = workbench.db.ensure_administrator

    def with_test_users(conn, creator: str) -> None:
        original(conn, creator)
        if "user_scopes" not in inspect(conn).get_table_names():
            return
        known = {name for (name,) in conn.execute(text("SELECT username FROM users"))}
        for name in TEST_USERS:
            if name not in known:
                conn.execute(text("INSERT INTO users (username, full_name, role, active, version) "
                                  "VALUES (:name, :name, 'admin', :yes, 1)"), {"name": name, "yes": True})

    monkeypatch.setattr(workbench.db, "ensure_administrator", with_test_users)
    return original


@pytest.fixture
def only_real_users(monkeypatch, test_users):
    """For the tests of which users a new or upgraded database gets: none of TEST_USERS is added."""
    import workbench.db

    monkeypatch.setattr(workbench.db, "ensure_administrator", test_users)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def fresh_url(backend, tmp_path, request) -> str:
    """The URL of a new, empty database of this backend, dropped after the test."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    databases = request.getfixturevalue("pg_databases")
    url = databases.create()
    yield url
    databases.drop(url)


@pytest.fixture(scope="session")
def _schema_engines():
    """One database per backend at the head revision, shared by the tests (each in its own rolled-back transaction)."""
    engines = {}
    dropped = []  # (PgDatabases, url) to drop at the end
    yield engines, dropped
    for engine in engines.values():
        engine.dispose()
    for databases, url in dropped:
        databases.drop(url)


@pytest.fixture
def engine(backend, _schema_engines, tmp_path_factory, request):
    engines, dropped = _schema_engines
    if backend not in engines:
        if backend == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'shared.db'}"
        else:
            databases = request.getfixturevalue("pg_databases")
            url = databases.create()
            dropped.append((databases, url))
        engines[backend] = make_engine(url)
        upgrade_schema(engines[backend], creator="tester")  # the administrator the `session` fixture acts as
    return engines[backend]


@pytest.fixture
def session(engine):
    """An audited session inside a transaction that is rolled back after the test: nothing leaks between tests."""
    connection = engine.connect()
    outer = connection.begin()
    factory = session_factory(connection, join_transaction_mode="create_savepoint")
    s = factory()
    s.info["user"] = "tester"
    yield s
    s.close()
    outer.rollback()
    connection.close()


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """The user's data folder, redirected so tests never touch the real one."""
    folder = tmp_path / "userdata"
    monkeypatch.setattr("workbench.db.data_dir", lambda: folder)
    return folder


@pytest.fixture
def build(session):
    """Records made through the services (tests/builders.py), in the test's rolled-back session."""
    from tests.builders import Build

    return Build(session)


@pytest.fixture
def places(build):
    """DR Congo > Tanganyika > Kalemie > Kabubili."""
    return build.tanganyika()


@pytest.fixture
def kalonda(build, places):
    """The Kalonda site in Kalemie territory, opened 2020-03-01."""
    return build.site(places[2])


@pytest.fixture
def workbench(capsys):
    """Runs the command line as a user types it; returns its exit code and what it printed (out, err)."""
    from workbench import cli

    def run(*argv):
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err
    return run


@pytest.fixture
def server_office(pg_databases):
    """PostgreSQL, the server enforcing the roles (workbench.server): an office database owned by its own owner role,
    with Kalonda (in the ECHO project) and Kilwa, a household in each, a sensitive and an ordinary referral, and three
    people with their own logins: a viewer, an officer of Kilwa, a protection focal point."""
    import datetime as dt

    from tests.builders import Build
    from workbench.db import open_database
    from workbench.services import users

    D = dt.date
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


def demo_office(request, tmp_path_factory, scale: float):
    """A demo office at `scale` on the backend a module-scoped fixture is parametrized with ("sqlite" or
    "postgresql"), its administrator "tester"; yields the open database, closed (and dropped) afterwards."""
    from workbench.db import open_database
    from workbench.services.demo import generate

    if request.param == "sqlite":
        url, drop = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}", None
    else:
        databases = request.getfixturevalue("pg_databases")
        url, drop = databases.create(), databases.drop
    db = open_database(url, creator="tester")
    generate(db.engine, scale)
    yield db
    db.close()
    if drop:
        drop(url)
