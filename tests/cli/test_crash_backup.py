"""Backups are atomic: `workbench db backup` killed at any moment leaves the complete backup at its name, or
what was there before, never a half copy (nor a -journal that would make SQLite roll the copy back to empty).

The copy is written to a temporary name beside the backup, checked, then renamed. Killed with SIGKILL (the
process group: pg_dump with it) as in test_crash.py; a pg_dump that fails keeps the file that was there.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.builders import Build
from tests.cli.test_crash_upgrade import counts, old_database  # noqa: F401 (a fixture)
from workbench.db import DatabaseError, backup, make_engine, open_database, upgrade_schema


@pytest.fixture(scope="module")
def big_database(old_database, tmp_path_factory) -> tuple[Path, dict[str, int]]:  # noqa: F811
    """The 300,000 households of test_crash_upgrade, at the head revision."""
    original, rows = old_database
    path = tmp_path_factory.mktemp("backup") / "office.db"
    shutil.copy(original, path)
    open_database(str(path)).close()
    for stray in path.parent.glob("office.before-upgrade-*"):
        stray.unlink()
    return path, rows


def backing_up(db: str, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workbench.cli", "db", "backup", "--db", db, "--out", str(out),
                             *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def kill(process: subprocess.Popen) -> bool:
    """SIGKILL to the command and anything it started (pg_dump); True if it was still running."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate(timeout=60)
    return process.returncode == -signal.SIGKILL


def complete_copy(out: Path, rows: dict[str, int]) -> dict[str, int]:
    """The copy's row counts, checked whole. Each backup adds its own audit entry to the database it copied, after
    the copy: the copy's audit log holds the database's first entries and one per backup before it, at most 30."""
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        [last] = conn.execute("SELECT last_id FROM audit_chain_head").fetchone()
        assert last == conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]  # the copy's chain ends whole
    conn.close()
    found = counts(out)
    if 0 <= found.get("audit_log", 0) - rows["audit_log"] <= 30:
        found["audit_log"] = rows["audit_log"]
    return found


def test_a_backup_killed_at_any_moment_leaves_the_whole_copy_or_nothing(big_database, tmp_path):
    database, rows = big_database
    whole = tmp_path / "whole.db"
    started = time.monotonic()
    process = backing_up(str(database), whole)
    out, err = process.communicate(timeout=300)
    duration = time.monotonic() - started
    assert process.returncode == 0, err
    assert complete_copy(whole, rows) == rows
    assert stat.S_IMODE(whole.stat().st_mode) == 0o600

    killed_midway = 0
    for i, fraction in enumerate((0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)):
        folder = tmp_path / f"killed-{i}"
        folder.mkdir()
        target = folder / "office-backup.db"
        process = backing_up(str(database), target)
        time.sleep(duration * fraction)
        killed = kill(process)
        assert not Path(f"{target}-journal").exists(), f"killed at {fraction:.0%}: a journal at the backup's name"
        if target.exists():
            assert complete_copy(target, rows) == rows, f"killed at {fraction:.0%}: an incomplete backup"
        else:
            killed_midway += killed
        # Only the temporary copy may be left, under a name nobody takes for a backup.
        assert all(p.name.startswith(".office-backup.db.") for p in folder.iterdir() if p != target)
        shutil.rmtree(folder)
    assert killed_midway >= 3, "the backup finished before most kills: nothing was tested"


def test_a_backup_killed_while_replacing_a_file_leaves_that_file_or_the_whole_copy(big_database, tmp_path):
    database, rows = big_database
    target = tmp_path / "office-backup.db"
    kept = 0
    for fraction_of_a_second in (0.6, 0.9, 1.2, 1.5, 1.8):
        target.write_text("notes kept here by mistake\n")
        process = backing_up(str(database), target, "--replace")
        time.sleep(fraction_of_a_second)
        kill(process)
        if target.read_bytes().startswith(b"SQLite format 3\x00"):
            assert complete_copy(target, rows) == rows
            target.unlink()
        else:
            assert target.read_text() == "notes kept here by mistake\n"
            kept += 1
    assert kept >= 1, "every backup finished before the kill: nothing was tested"


def test_a_postgresql_backup_killed_at_any_moment_leaves_a_whole_dump_or_nothing(pg_databases, tmp_path):
    url = pg_databases.create()
    try:
        engine = make_engine(url)
        upgrade_schema(engine)
        with open_database(url).session("tests") as s, s.begin():
            Build(s).tanganyika()
        engine.dispose()
        whole = tmp_path / "whole.dump"
        started = time.monotonic()
        process = backing_up(url, whole)
        _, err = process.communicate(timeout=120)
        duration = time.monotonic() - started
        assert process.returncode == 0, err
        assert subprocess.run(["pg_restore", "--list", str(whole)], capture_output=True).returncode == 0
        assert stat.S_IMODE(whole.stat().st_mode) == 0o600
        absent = 0
        # From early on: a dump of this small database takes little of the run, so late kills can all miss it.
        for i, fraction in enumerate((0.15, 0.3, 0.5, 0.7, 0.85, 0.95)):
            target = tmp_path / f"killed-{i}.dump"
            process = backing_up(url, target)
            time.sleep(duration * fraction)
            kill(process)
            if target.exists():
                assert subprocess.run(["pg_restore", "--list", str(target)], capture_output=True).returncode == 0
            else:
                absent += 1
        assert absent >= 1, "every backup finished before the kill: nothing was tested"
    finally:
        pg_databases.drop(url)


def test_a_failing_pg_dump_keeps_the_file_that_was_there(pg_databases, tmp_path, monkeypatch):
    url = pg_databases.create()
    fake = tmp_path / "bin" / "pg_dump"
    fake.parent.mkdir()
    # A pg_dump that writes half a dump then fails, as when the server goes away in the middle.
    fake.write_text('#!/bin/sh\nwhile [ "$1" != "--file" ]; do shift; done\nprintf half > "$2"\n'
                    'echo "pg_dump: error: connection lost" >&2\nexit 1\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        out = tmp_path / "backups" / "office.dump"
        out.parent.mkdir()
        out.write_bytes(b"yesterday's dump")
        with pytest.raises(DatabaseError, match="connection lost"):
            backup(engine, out)
        assert out.read_bytes() == b"yesterday's dump"
        assert list(out.parent.iterdir()) == [out]
    finally:
        engine.dispose()
        pg_databases.drop(url)
