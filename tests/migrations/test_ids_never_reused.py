"""Ids are never given twice: a deleted household's id is not the next household's, so its history (the audit log,
read by table and id) never shows another person's entries. SQLite reused the largest id once it was deleted;
every table is AUTOINCREMENT since revision 0005 (models.base.NEVER_REUSED_IDS). PostgreSQL's sequences never
reuse an id; the same tests run there."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import MetaData, Table, func, insert, select

from tests.builders import Build, audit
from workbench import models as m
from workbench.db import current_revision, head_revision, make_engine, open_database, sqlite_path, upgrade_schema
from workbench.io import import_rows, read_table, validate
from workbench.services import records

D = dt.date


def _office(db):
    with db.session("tests", write=True) as s, s.begin():
        b = Build(s)
        _, _, territory, _ = b.tanganyika()
        site = b.site(territory, "Kalonda")
        first = b.household(site, code="KAL-0001").id
        last = b.household(site, code="KAL-0002", head_name="Ilunga Banza").id
    return site.id, first, last


def test_a_deleted_households_id_is_not_given_to_the_next_one(fresh_url):
    db = open_database(fresh_url)
    try:
        site, _, last = _office(db)
        with db.session("tests", write=True) as s, s.begin():
            records.delete(s, "household", last)
        with db.session("tests", write=True) as s, s.begin():
            new = records.create(s, "household", dict(
                code="KAL-0003", head_name="Kyungu Mbuyu", head_sex="male", size=3, site_id=site,
                registered_on=D(2023, 1, 5), intention="return")).id
        assert new > last
        with db.session() as s:
            # The new household's history is its own: one entry, its creation.
            assert [(e.action, e.record_id) for e in audit(s, "households", new)] == [("create", new)]
    finally:
        db.close()


def test_an_import_does_not_give_a_deleted_households_id_either(fresh_url, tmp_path):
    db = open_database(fresh_url)
    try:
        _, _, last = _office(db)
        with db.session("tests", write=True) as s, s.begin():
            records.delete(s, "household", last)
        path = tmp_path / "more.csv"
        path.write_text("Household ID,Head of household,Sex of head,Household size,Site,Registered on\n"
                        "KAL-0003,Kyungu Mbuyu,male,3,Kalonda,2023-01-05\n", encoding="utf-8")
        with db.session("tests", write=True) as s, s.begin():
            import_rows(s, validate(s, "households", read_table(path)))
        with db.session() as s:
            new = s.scalars(select(m.Household.id).where(m.Household.code == "KAL-0003")).one()
        assert new > last
    finally:
        db.close()


def test_every_table_with_an_id_never_reuses_one(tmp_path):
    db = open_database(tmp_path / "office.db")
    db.close()
    with sqlite3.connect(tmp_path / "office.db") as conn:
        schema = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())
    conn.close()
    with_ids = [t.name for t in m.Base.metadata.sorted_tables if [c.name for c in t.primary_key] == ["id"]]
    assert len(with_ids) > 20
    for name in with_ids:
        assert m.Base.metadata.tables[name].dialect_options["sqlite"]["autoincrement"], name
        assert "AUTOINCREMENT" in schema[name], f"{name}: {schema[name]}"


def test_an_upgraded_database_keeps_its_rows_and_never_reuses_an_id_its_history_knows(fresh_url, data_dir):
    """Households 2 and 3 were deleted before the upgrade: the audit log still names them."""
    engine = make_engine(fresh_url)
    upgrade_schema(engine, "0004")
    meta = MetaData()
    t = {name: Table(name, meta, autoload_with=engine) for name in ("locations", "sites", "households", "audit_log")}
    with engine.begin() as conn:
        location = conn.execute(insert(t["locations"]).values(pcode="CD74", name="Tanganyika", admin_level=1,
                                                              version=1)).inserted_primary_key[0]
        site = conn.execute(insert(t["sites"]).values(
            name="Kalonda", site_type="spontaneous site", location_id=location, managing_agency="IOM",
            status="open", opened_on=D(2020, 3, 1), version=1)).inserted_primary_key[0]
        ids = [conn.execute(insert(t["households"]).values(
            code=f"KAL-000{n}", head_name="Mwamba Kasongo", head_sex="female", status="displaced", size=5,
            vulnerabilities="", site_id=site, registered_on=D(2022, 5, 10), intention="return",
            went_go_and_see=False, attended_come_and_tell=False, version=1)).inserted_primary_key[0]
            for n in (1, 2, 3)]
        conn.execute(t["households"].delete().where(t["households"].c.id.in_(ids[1:])))
        conn.execute(insert(t["audit_log"]), [
            {"at": dt.datetime(2023, 4, 2, 10, 0), "user_name": "amina", "table_name": "households",
             "record_id": i, "action": action, "new_value": "{}"}
            for i, action in [(i, "create") for i in ids] + [(i, "delete") for i in ids[1:]]])
    engine.dispose()

    db = open_database(fresh_url)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session("tests", write=True) as s, s.begin():
            new = records.create(s, "household", dict(
                code="KAL-0004", head_name="Kyungu Mbuyu", head_sex="male", size=3, site_id=site,
                registered_on=D(2023, 1, 5), intention="return")).id
            assert s.scalar(select(func.count()).select_from(m.Household)) == 2
        assert new > max(ids)
    finally:
        db.close()
    path = sqlite_path(fresh_url)
    if path is not None:
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
