"""A schema upgrade is all or nothing: `workbench db upgrade` killed at any moment leaves the old revision with
all its data, or the new one, never a half-upgraded database that no longer opens.

The upgrade runs as the user runs it, in its own process, on a database at the first revision holding enough
households that the backup copy and the new indexes take measurable time, and is killed with SIGKILL at
points spread over the whole run (the backup copy, each revision's indexes, the commit).
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.migrations.test_upgrade import FIRST, _fill_at_first_revision
from workbench.db import head_revision, integrity_problems, make_engine, open_database, upgrade_schema

HOUSEHOLDS = 300_000


@pytest.fixture(scope="module")
def old_database(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A database at revision 0001 with many households and their audit rows, closed cleanly (no WAL left)."""
    path = tmp_path_factory.mktemp("upgrade") / "office.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_schema(engine, FIRST)
    _fill_at_first_revision(engine)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(households)")]
        first = conn.execute("SELECT * FROM households").fetchone()
        at = {name: columns.index(name) for name in ("id", "code", "head_name")}

        def household(i: int) -> list:
            row = list(first)
            row[at["id"]], row[at["code"]], row[at["head_name"]] = i, f"KAL-{i:07d}", f"Mwamba {i % 9973}"
            return row

        conn.executemany(f"INSERT INTO households VALUES ({', '.join('?' * len(columns))})",
                         (household(i) for i in range(8, 8 + HOUSEHOLDS)))
        conn.executemany("INSERT INTO audit_log (at, user_name, table_name, record_id, action, new_value) "
                         "VALUES ('2023-04-02 10:00:00.000000', 'amina', 'households', ?, 'create', '{}')",
                         ((i,) for i in range(8, 8 + HOUSEHOLDS)))
    conn.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path, counts(path)


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        found = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}
    conn.close()
    found.pop("alembic_version", None)
    found.pop("audit_chain_head", None)  # one row from revision 0012 on: the audit chain's last entry
    found.pop("users", None)  # revision 0013 adds whoever upgrades a database without an administrator as one
    # Empty tables left out: the tables of later revisions (0007 on) are empty after the upgrade and absent before;
    # a table that lost its rows still differs (its count is missing).
    return {name: n for name, n in found.items() if n}


def inspect_file(path: Path) -> tuple[str, str | None, set[str]]:
    """What a fresh connection finds: integrity, the schema revision, and the indexes."""
    with sqlite3.connect(path) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        indexes = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    conn.close()
    return integrity, revision, indexes


def autoincrement_tables(path: Path) -> set[str]:
    """The tables whose ids are never reused (revision 0005 builds every table with an id anew for this)."""
    with sqlite3.connect(path) as conn:
        found = {name for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
                 if "AUTOINCREMENT" in (sql or "")}
    conn.close()
    return found


def upgrading(path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workbench.cli", "db", "upgrade", "--db", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_an_upgrade_killed_at_any_moment_leaves_the_old_revision_or_the_new_one(old_database, tmp_path):
    original, rows = old_database
    _, _, old_indexes = inspect_file(original)
    head = head_revision()

    # How long the whole upgrade takes here, to kill it at points spread over its work.
    whole = tmp_path / "whole" / "office.db"
    whole.parent.mkdir()
    shutil.copy(original, whole)
    started = time.monotonic()
    process = upgrading(whole)
    out, err = process.communicate(timeout=300)
    duration = time.monotonic() - started
    assert process.returncode == 0, err
    integrity, revision, new_indexes = inspect_file(whole)
    assert (integrity, revision) == ("ok", head) and counts(whole) == rows
    checked = make_engine(f"sqlite:///{whole}")
    assert integrity_problems(checked) == []  # every entry there was, chained
    checked.dispose()
    assert new_indexes != old_indexes
    rebuilt = autoincrement_tables(whole)
    assert autoincrement_tables(original) == set() and "households" in rebuilt

    outcomes = []
    for i, fraction in enumerate((0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)):
        folder = tmp_path / f"killed-{i}"
        folder.mkdir()
        target = folder / "office.db"
        shutil.copy(original, target)
        process = upgrading(target)
        started = time.monotonic()
        while process.poll() is None and time.monotonic() - started < duration * fraction:
            time.sleep(0.01)
        if process.poll() is not None:
            # It finished before this point: the timed run above was slowed by other work on the machine. The
            # next points are spread over the time an upgrade takes now.
            duration = min(duration, time.monotonic() - started)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        killed = process.returncode == -signal.SIGKILL
        integrity, revision, indexes = inspect_file(target)
        assert integrity == "ok", f"killed at {fraction:.0%}: {integrity}"
        assert counts(target) == rows, f"killed at {fraction:.0%}: rows lost"
        # The old revision with its old indexes, or the new one with the new: nothing in between.
        assert (revision, indexes) in ((FIRST, old_indexes), (head, new_indexes)), \
            f"killed at {fraction:.0%}: revision {revision} with indexes {sorted(indexes ^ old_indexes)}"
        # Every table built anew, or none: never some tables of the new revision beside the old stamp.
        assert autoincrement_tables(target) == (rebuilt if revision == head else set()), \
            f"killed at {fraction:.0%}: revision {revision} with tables {sorted(autoincrement_tables(target))} rebuilt"
        outcomes.append((killed, revision))
        # The copy from before the upgrade, when there is one at its name, is whole and at the old revision.
        for copy in folder.glob("office.before-upgrade-*"):
            assert not copy.name.endswith("-journal"), f"killed at {fraction:.0%}: {copy.name} left"
            assert inspect_file(copy)[:2] == ("ok", FIRST) and counts(copy) == rows, \
                f"killed at {fraction:.0%}: an incomplete backup {copy.name}"
        # And the database opens afterwards: upgraded now if it was not, with every row.
        db = open_database(str(target), create=False)
        db.close()
        assert inspect_file(target)[:2] == ("ok", head) and counts(target) == rows
        shutil.rmtree(folder)
    assert sum(1 for killed, revision in outcomes if killed and revision == FIRST) >= 5, \
        f"most kills came after the upgrade had finished: nothing was tested ({outcomes})"
