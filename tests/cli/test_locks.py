"""Two users saving at once: a writer waits a few seconds for the other's save (LOCK_WAIT_SECONDS), then is told
in one line that another user is saving, instead of SQLite's 30 s and "database is locked" or PostgreSQL
waiting for ever; and two imports started together on SQLite both succeed, one after the other (the second
failed with "UNIQUE constraint failed: households.id": both had reserved the same ids before either wrote).

The writers are real `workbench` processes, as two users on one shared database would run them.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.builders import Build
from tests.cli.test_crash import SITES
from workbench.db import BUSY_MESSAGE, LOCK_WAIT_SECONDS, DatabaseBusy, make_engine, open_database


def workbench(*argv) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workbench.cli", *map(str, argv)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def office(fresh_url) -> str:
    db = open_database(fresh_url)
    with db.session("tests") as s, s.begin():
        b = Build(s)
        _, _, territory, _ = b.tanganyika()
        for name in SITES:
            b.site(territory, name)
    db.close()
    return fresh_url


def households_csv(path: Path, prefix: str, n: int) -> Path:
    lines = ["Household ID,Head of household,Sex of head,Household size,Site,Registered on"]
    lines += [f"{prefix}-{i:06d},Mwamba {i},{'female' if i % 2 else 'male'},{1 + i % 7},{SITES[i % len(SITES)]},"
              f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_imports_started_together_both_succeed_one_after_the_other(office, tmp_path, backend):
    rows = 6_000
    first = households_csv(tmp_path / "kalonda.csv", "KAL", rows)
    second = households_csv(tmp_path / "mukuku.csv", "MUK", rows)
    for attempt in range(3):  # started together three times: each time both must go in
        a = workbench("import", "households", first, "--db", office, "--on-duplicate", "skip")
        b = workbench("import", "households", second, "--db", office, "--on-duplicate", "skip")
        (out_a, err_a), (out_b, err_b) = a.communicate(timeout=120), b.communicate(timeout=120)
        assert (a.returncode, b.returncode) == (0, 0), (err_a, err_b)
        if attempt == 0:
            assert f"{rows:,} created" in out_a and f"{rows:,} created" in out_b
        first = households_csv(tmp_path / f"kalonda-{attempt}.csv", f"K{attempt}", rows)
        second = households_csv(tmp_path / f"mukuku-{attempt}.csv", f"M{attempt}", rows)
    engine = make_engine(office)
    with engine.connect() as conn:
        households = conn.execute(text("SELECT count(*), count(DISTINCT id) FROM households")).one()
        audited = conn.execute(text("SELECT count(*) FROM audit_log WHERE table_name = 'households' "
                                    "AND action = 'create'")).scalar()
    engine.dispose()
    assert tuple(households) == (6 * rows, 6 * rows) and audited == 6 * rows


def hold_the_write_lock(url: str):
    """Another user's save in progress: a transaction that has written to the sites and not committed."""
    engine = make_engine(url)
    conn = engine.connect()
    if engine.dialect.name == "sqlite":
        conn = conn.execution_options(workbench_write=True)
    conn.begin()
    conn.execute(text("UPDATE sites SET managing_agency = 'UNHCR' WHERE name = 'Kalonda'"))
    return engine, conn


def test_a_writer_waits_a_few_seconds_then_is_told_another_user_is_saving(office):
    engine, holder = hold_the_write_lock(office)
    try:
        started = time.monotonic()
        process = workbench("set", "site", "Kalonda", "managing_agency=CNR", "--db", office)
        out, err = process.communicate(timeout=60)
        waited = time.monotonic() - started
    finally:
        holder.rollback()
        holder.close()
        engine.dispose()
    assert process.returncode == 1
    assert err.strip() == f"workbench: {BUSY_MESSAGE}"
    assert LOCK_WAIT_SECONDS - 0.5 <= waited <= LOCK_WAIT_SECONDS + 10, waited
    # Once the other save is over, the same command goes through.
    process = workbench("set", "site", "Kalonda", "managing_agency=CNR", "--db", office)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err


def test_the_lock_error_reaches_the_services_as_one_domain_error(office):
    """The window shows a DomainError's message: the busy database is one, with the same words."""
    engine, holder = hold_the_write_lock(office)
    db = open_database(office)
    try:
        with pytest.raises(DatabaseBusy, match=BUSY_MESSAGE):
            with db.session("officer", write=True) as s, s.begin():
                s.execute(text("UPDATE sites SET managing_agency = 'IOM' WHERE name = 'Kalonda'"))
    finally:
        holder.rollback()
        holder.close()
        engine.dispose()
        db.close()


def test_sqlite_transactions_are_real_and_keep_wal_and_foreign_keys(tmp_path):
    from workbench.services.demo import generate

    db = open_database(str(tmp_path / "office.db"))
    try:
        generate(db.engine, 0.02, seed=1)  # switches foreign keys off for its own transaction, and back on
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # DDL is inside the transaction: rolled back with it.
        with db.engine.connect() as conn:
            conn.exec_driver_sql("CREATE INDEX ix_test_rolled_back ON households (size)")
            conn.rollback()
        with sqlite3.connect(tmp_path / "office.db") as raw:
            assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ix_test_rolled_back'"
                               ).fetchone()[0] == 0
        raw.close()
    finally:
        db.close()
