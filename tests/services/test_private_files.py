"""Databases and backups the workbench creates are readable by their owner only (household data is personal)."""

from __future__ import annotations

import os
import sqlite3
import stat
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from tests.builders import Build
from workbench.db import DatabaseError, backup, open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_database_its_folder_and_its_journal_are_private(tmp_path):
    path = tmp_path / "office" / "kalemie.db"
    db = open_database(str(path))
    try:
        with db.session("tests") as s, s.begin():
            Build(s).tanganyika()
        assert mode(path.parent) == 0o700
        assert mode(path) == 0o600
        # While it is open, SQLite's write-ahead log holds the latest changes: private too.
        assert mode(f"{path}-wal") == 0o600 and mode(f"{path}-shm") == 0o600
        copy = backup(db.engine, tmp_path / "backups" / "kalemie-2026-11-25.db")
        assert mode(copy) == 0o600 and mode(copy.parent) == 0o700
        assert copy.stat().st_size > 0
    finally:
        db.close()


def test_an_existing_database_keeps_the_permissions_it_was_given(tmp_path):
    path = tmp_path / "shared.db"
    open_database(str(path)).close()
    os.chmod(path, 0o640)  # an office that shares it with a group on purpose
    db = open_database(str(path))
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1
    db.close()
    assert mode(path) == 0o640


def test_a_failed_backup_leaves_no_file_behind(tmp_path, monkeypatch):
    db = open_database(str(tmp_path / "office.db"))
    real_connect = sqlite3.connect

    class FailingSource:
        """The database as a failing disk gives it back in the middle of the copy."""

        def backup(self, target):
            raise sqlite3.OperationalError("disk I/O error")

        def close(self):
            pass

    def connect(path, *args, **kwargs):
        return FailingSource() if str(path) == str(tmp_path / "office.db") else real_connect(path, *args, **kwargs)

    monkeypatch.setattr("workbench.db.sqlite3", SimpleNamespace(connect=connect, Error=sqlite3.Error))
    out = tmp_path / "backups" / "office-copy.db"
    try:
        with pytest.raises(DatabaseError, match="disk I/O error"):
            backup(db.engine, out)
        assert not out.exists()
        # A backup that existed already is not deleted by a failed attempt to write it again.
        out.write_bytes(b"yesterday's backup")
        with pytest.raises(DatabaseError):
            backup(db.engine, out)
        assert out.read_bytes() == b"yesterday's backup"
    finally:
        db.close()
