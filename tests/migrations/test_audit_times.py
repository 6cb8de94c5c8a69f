"""Audit times are UTC with their zone, on both backends, whatever the clock of the computer that saved; the times
written before revision 0006 (clock times without a zone) are taken as this computer's local time and converted."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import MetaData, Table, insert, select, text

from tests.builders import Build, audit
from workbench import models as m
from workbench.db import make_engine, open_database, upgrade_schema

UTC = dt.timezone.utc


@pytest.fixture
def in_kalemie(monkeypatch):
    """This computer's clock in Kalemie's zone (UTC+2, no daylight saving), as on the office's laptops."""
    monkeypatch.setenv("TZ", "Africa/Lubumbashi")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_audit_time_is_stored_in_utc_with_its_zone(fresh_url, in_kalemie):
    db = open_database(fresh_url)
    try:
        before = dt.datetime.now(UTC).replace(microsecond=0)
        with db.session("officer", write=True) as s, s.begin():
            Build(s).donor()
        after = dt.datetime.now(UTC)
        with db.session() as s:
            [entry] = audit(s, "donors")
            assert entry.at.utcoffset() == dt.timedelta(0) and before <= entry.at <= after
            stored = s.execute(text("SELECT at FROM audit_log")).scalar()
            if db.engine.dialect.name == "sqlite":  # the UTC clock time, not Kalemie's two hours later
                assert before.replace(tzinfo=None) <= dt.datetime.fromisoformat(stored) <= after.replace(tzinfo=None)
            else:
                assert s.execute(text("SELECT data_type FROM information_schema.columns WHERE table_name = "
                                      "'audit_log' AND column_name = 'at'")).scalar() == "timestamp with time zone"
                assert stored == entry.at
    finally:
        db.close()


def test_an_import_writes_its_audit_times_in_utc_too(fresh_url, in_kalemie, tmp_path):
    from workbench.io import import_rows, read_table, validate

    path = tmp_path / "households.csv"
    path.write_text("Household ID,Head of household,Sex of head,Household size,Site,Registered on\n"
                    "KAL-0001,Mwamba Kasongo,female,5,Kalonda,2023-01-05\n", encoding="utf-8")
    db = open_database(fresh_url)
    try:
        with db.session("tests", write=True) as s, s.begin():
            b = Build(s)
            b.site(b.tanganyika()[2], "Kalonda")
        before = dt.datetime.now(UTC).replace(microsecond=0)
        with db.session("officer", write=True) as s, s.begin():
            import_rows(s, validate(s, "households", read_table(path)))
        with db.session() as s:
            [entry] = audit(s, "households")
            assert before <= entry.at <= dt.datetime.now(UTC)
    finally:
        db.close()


def test_a_time_without_its_zone_is_not_stored(session):
    with pytest.raises(Exception, match="without its zone"):
        session.execute(insert(m.AuditEntry), [{"at": dt.datetime(2023, 4, 2, 10, 0), "user_name": "amina",
                                                "table_name": "donors", "record_id": 1, "action": "create"}])


def test_the_times_written_before_are_taken_as_local_time_and_converted(fresh_url, data_dir, in_kalemie):
    engine = make_engine(fresh_url)
    upgrade_schema(engine, "0005")
    log = Table("audit_log", MetaData(), autoload_with=engine)
    with engine.begin() as conn:
        conn.execute(insert(log), [
            {"at": dt.datetime(2023, 4, 2, 10, 0), "user_name": "amina", "table_name": "households",
             "record_id": 1, "action": "create", "new_value": "{}"},
            {"at": dt.datetime(2023, 4, 2, 10, 0), "user_name": "amina", "table_name": "households",
             "record_id": 2, "action": "create", "new_value": "{}"},
            # Two hours later in Kalemie: the first time converted, 08:00 UTC, must not be converted again.
            {"at": dt.datetime(2023, 4, 2, 8, 0), "user_name": "amina", "table_name": "households",
             "record_id": 1, "action": "update", "field": "size", "old_value": "5", "new_value": "6"}])
    engine.dispose()
    db = open_database(fresh_url)
    try:
        with db.session() as s:
            times = s.scalars(select(m.AuditEntry.at).order_by(m.AuditEntry.id)).all()
        assert times == [dt.datetime(2023, 4, 2, 8, 0, tzinfo=UTC), dt.datetime(2023, 4, 2, 8, 0, tzinfo=UTC),
                         dt.datetime(2023, 4, 2, 6, 0, tzinfo=UTC)]
    finally:
        db.close()


def test_the_conversion_is_undone_by_a_downgrade(fresh_url, in_kalemie):
    from alembic import command

    from workbench.db import alembic_config

    engine = make_engine(fresh_url)
    upgrade_schema(engine, "0005")
    log = Table("audit_log", MetaData(), autoload_with=engine)
    with engine.begin() as conn:
        conn.execute(insert(log), [{"at": dt.datetime(2023, 4, 2, 10, 0), "user_name": "amina",
                                    "table_name": "households", "record_id": 1, "action": "create"}])
    upgrade_schema(engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    with engine.connect() as conn:
        assert conn.execute(select(log.c.at)).scalar() == dt.datetime(2023, 4, 2, 10, 0)
    engine.dispose()
