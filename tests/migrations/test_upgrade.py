"""Migrations: an old database keeps every record when upgraded, and the models match the head schema."""

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, Table, func, insert, select, text

from workbench import server
from workbench.db import (
    current_revision,
    head_revision,
    integrity_problems,
    make_engine,
    open_database,
    sqlite_path,
    upgrade_schema,
)
from workbench.models import Base

FIRST = "0001"


def _fill_at_first_revision(engine) -> None:
    """Rows written the way a 0.1 workbench wrote them: through the tables as they were at revision 0001."""
    meta = MetaData()
    t = {name: Table(name, meta, autoload_with=engine)
         for name in ("donors", "projects", "locations", "sites", "households", "cash_tranches", "audit_log")}
    with engine.begin() as conn:
        conn.execute(insert(t["donors"]), [{"id": 1, "code": "ECHO", "name": "ECHO", "version": 1}])
        conn.execute(insert(t["projects"]), [{
            "id": 1, "code": "DRC-ECHO-2023-01", "title": "Durable solutions in Tanganyika", "donor_id": 1,
            "start_date": dt.date(2023, 1, 1), "end_date": dt.date(2024, 6, 30), "budget": 2500000,
            "currency": "USD", "status": "ongoing", "sectors": "CCCM", "partners": "", "version": 3}])
        conn.execute(insert(t["locations"]), [
            {"id": 1, "pcode": "CD", "name": "RDC", "admin_level": 0, "version": 1},
            {"id": 2, "pcode": "CD74", "name": "Tanganyika", "admin_level": 1, "parent_id": 1, "version": 1}])
        conn.execute(insert(t["sites"]), [{
            "id": 1, "name": "Kalonda", "site_type": "spontaneous site", "location_id": 2, "project_id": 1,
            "managing_agency": "IOM", "status": "open", "opened_on": dt.date(2020, 3, 1), "version": 1}])
        conn.execute(insert(t["households"]), [{
            "id": 7, "code": "KAL-0007", "project_id": 1, "head_name": "Mwamba Kasongo", "head_sex": "female",
            "status": "displaced", "size": 6, "girls": 2, "boys": 1, "women": 1, "men": 1, "older_women": 1,
            "older_men": 0, "vulnerabilities": "female-headed", "site_id": 1, "registered_on": dt.date(2022, 5, 10),
            "intention": "return", "went_go_and_see": True, "attended_come_and_tell": False, "version": 2}])
        conn.execute(insert(t["cash_tranches"]), [{
            "id": 1, "household_id": 7, "sequence": 1, "purpose": "transport", "amount": "35.50",
            "currency": "USD", "status": "paid", "paid_on": dt.date(2023, 4, 2), "version": 1}])
        conn.execute(insert(t["audit_log"]), [{
            "at": dt.datetime(2023, 4, 2, 10, 0), "user_name": "amina", "table_name": "households",
            "record_id": 7, "action": "update", "field": "size", "old_value": "5", "new_value": "6"}])


def _snapshot(engine, audit_in_utc: bool = False, columns: dict | None = None) -> dict:
    """Every row as text; audit times as this computer's clock time (they are UTC from revision 0006 on). With
    `columns` (table -> names), only those columns: what an older revision had, before later ones added theirs."""
    meta = MetaData()
    meta.reflect(engine)

    def local(value):
        if isinstance(value, dt.datetime) and (value.tzinfo is not None or audit_in_utc):
            return value.replace(tzinfo=value.tzinfo or dt.timezone.utc).astimezone().replace(tzinfo=None)
        return value

    with engine.connect() as conn:
        return {name: sorted(tuple(str(local(v) if name == "audit_log" else v) for v in row)
                             for row in conn.execute(select(*(
                                 c for c in table.columns if columns is None or name not in columns
                                 or c.name in columns[name]))))
                for name, table in meta.tables.items() if name != "alembic_version"}


def _columns(engine) -> dict:
    meta = MetaData()
    meta.reflect(engine)
    return {name: [c.name for c in table.columns] for name, table in meta.tables.items()}


def test_an_old_database_is_backed_up_and_upgraded_with_nothing_lost(fresh_url, data_dir, only_real_users):
    engine = make_engine(fresh_url)
    upgrade_schema(engine, FIRST)
    _fill_at_first_revision(engine)
    before = _snapshot(engine)
    first_columns = _columns(engine)
    assert current_revision(engine) == FIRST
    engine.dispose()

    db = open_database(fresh_url, creator="amina")
    try:
        assert current_revision(db.engine) == head_revision() != FIRST
        after = _snapshot(db.engine, audit_in_utc=True, columns=first_columns)
        # The database had no administrator: who upgrades it becomes one (revision 0012's roles).
        assert before["users"] == [] and after["users"] == [("1", "amina", "amina", "admin", "True", "1")]
        after["users"] = []
        # Columns added later (a site's DTM ID, 0010) start empty.
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM sites WHERE dtm_site_id IS NOT NULL "
                                     "OR latitude IS NOT NULL")).scalar() == 0
        # Tables of later revisions (the CRCs' since 0007) start empty; every earlier one keeps all its rows.
        assert {name: rows for name, rows in after.items() if name in before} == before
        # The audit chain's head (0012) names the one entry there was, which the upgrade chained.
        assert all(not rows for name, rows in after.items() if name not in {*before, "audit_chain_head"})
        assert after["households"][0][:3] == ("7", "KAL-0007", "1")
        assert integrity_problems(db.engine) == []
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT last_id FROM audit_chain_head")).scalar_one() == 1
        path = sqlite_path(fresh_url)
        if path is not None:  # SQLite: a copy next to the database, still at the first revision
            assert db.backup_path.parent == path.parent and db.backup_path.exists()
            copy = make_engine(f"sqlite:///{db.backup_path}")
            assert current_revision(copy) == FIRST
            assert _snapshot(copy) == before
            copy.dispose()
    finally:
        db.close()


def test_the_models_match_the_schema_the_migrations_build(fresh_url):
    engine = make_engine(fresh_url)
    upgrade_schema(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_object": lambda _obj, name, type_, _reflected, _to: not server.server_only(name, type_)})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_each_migration_downgrades_and_upgrades_again(fresh_url):
    from alembic import command

    from workbench.db import alembic_config

    engine = make_engine(fresh_url)
    upgrade_schema(engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        server.unsecure(conn)  # the server's policies read other tables (workbench.server)
        command.downgrade(cfg, "base")
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() is None
    upgrade_schema(engine)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Base.metadata.tables["households"])) == 0
    assert current_revision(engine) == head_revision()
    engine.dispose()
